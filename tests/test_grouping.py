"""Group ids a block at a time: the same numbering as pandas' groupby over the whole table."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perfdiff.compute import grouping


@st.composite
def tables(draw: st.DrawFn) -> pd.DataFrame:
    n = draw(st.integers(0, 60))
    ints = st.lists(st.integers(-3, 3), min_size=n, max_size=n)
    return pd.DataFrame(
        {
            "cat": pd.Categorical(
                draw(st.lists(st.sampled_from("xyz"), min_size=n, max_size=n)), categories=list("zyx")
            ),
            "small": np.array(draw(ints), np.int32),
            # fingerprints above 2**63, as TPU program ids are
            "wide": np.array([2**64 - 1 - 2**62 * abs(v) for v in draw(ints)], np.uint64),
            "text": draw(st.lists(st.sampled_from(["a", "b"]), min_size=n, max_size=n)),
        }
    )


@pytest.mark.parametrize("block", [1, 7, 1 << 20])
@settings(max_examples=60, deadline=None)
@given(frame=tables(), columns=st.permutations(["cat", "small", "wide", "text"]).map(lambda c: c[:3]))
def test_group_ids_are_pandas_first_appearance_numbering(block: int, frame, columns) -> None:
    original, grouping.BLOCK = grouping.BLOCK, block
    try:
        ids, first = grouping.group_ids(frame, columns)
        distinct = grouping.distinct_rows(frame, columns)
    finally:
        grouping.BLOCK = original
    expected = frame.groupby(columns, sort=False, observed=True).ngroup().to_numpy()
    assert ids.tolist() == expected.tolist()
    assert first.tolist() == frame.drop_duplicates(columns).index.tolist()
    pd.testing.assert_frame_equal(distinct, frame[columns].drop_duplicates().reset_index(drop=True))
    totals = grouping.sums(ids, frame["small"].to_numpy(), len(first))
    assert totals.tolist() == frame.groupby(columns, sort=False, observed=True)["small"].sum().tolist()
