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


def test_event_groups_against_pandas_on_a_capture(cpu4_logdir) -> None:
    """Every figure EventGroups derives from its one grouping, against pandas on the whole table."""
    import perfdiff
    from perfdiff.attribution.executions import DEVICE_STEP, KEYS, EventGroups

    events = perfdiff.load(cpu4_logdir).events
    groups = EventGroups(events)
    by = events.groupby(KEYS, sort=False, observed=True)
    assert groups.occurrences.tolist() == by.size().tolist()
    assert groups.self_ns.tolist() == by["self_ns"].sum().astype(float).tolist()
    expected_ops = events[["host", "program_id", "op"]].drop_duplicates().reset_index(drop=True)
    pd.testing.assert_frame_equal(groups.ops(), expected_ops)
    firsts = events.drop_duplicates("program_id")
    assert groups.modules().to_dict() == dict(
        zip(firsts["program_id"], firsts["module"].astype(str), strict=True)
    )
    chosen = groups.keys["step"].to_numpy() >= 0
    covered = groups.covered(chosen)
    assert len(covered) == events[events["step"] >= 0].groupby(DEVICE_STEP, observed=True).ngroups
    for row in covered.itertuples(index=False):
        mine = events[(events["device_id"] == row.device_id) & (events["step"] == row.step)]
        ns = {t for s, d in zip(mine["start_ns"], mine["dur_ns"], strict=True) for t in range(s, s + d)}
        assert row.covered_s == len(ns) / 1e9


def test_many_groups_grow_the_table_and_keep_first_appearance_order() -> None:
    """Past half of the hash table's 4,096 slots the table doubles, block after block, and the
    numbering stays pandas' (here 60,000 groups over 200,000 rows in blocks of 50,000)."""
    rng = np.random.default_rng(7)
    frame = pd.DataFrame({"a": rng.integers(0, 300, 200_000), "b": rng.integers(0, 200, 200_000)})
    original, grouping.BLOCK = grouping.BLOCK, 50_000
    try:
        ids, first = grouping.group_ids(frame, ["a", "b"])
    finally:
        grouping.BLOCK = original
    expected = frame.groupby(["a", "b"], sort=False).ngroup().to_numpy()
    assert ids.tolist() == expected.tolist()
    assert len(first) == expected.max() + 1 > 2 * 4096


def test_numbering_kernels_agree_with_numba_and_refuse_a_negative_key() -> None:
    from perfdiff.compute import native, numbering

    jit = native.jit_kernels(numbering)
    fast = native.load(numbering, numbering.EXPORTS)
    keys = np.random.default_rng(8).integers(0, 1000, 5_000)
    outs = []
    for run in (fast.number_into, jit["number_into"]):
        table, ids = np.full(4096, numbering.EMPTY, np.int64), np.zeros(4096, np.int64)
        out, state = np.empty(len(keys), np.int64), np.zeros(2, np.int64)
        assert run(keys, table, ids, state, out) == 0
        outs.append(out)
    assert outs[0].tolist() == outs[1].tolist() == pd.factorize(keys)[0].tolist()
    table, ids, state = np.full(8, numbering.EMPTY, np.int64), np.zeros(8, np.int64), np.zeros(2, np.int64)
    assert fast.number_into(np.array([1, 2, 3, 4, 5]), table, ids, state, np.empty(5, np.int64)) == 1
    assert state.tolist() == [4, 4]  # half full after four keys: stopped at the fifth
    state[:] = 0
    assert (
        fast.number_into(np.array([-1]), np.full(8, -1), np.zeros(8, np.int64), state, np.empty(1, np.int64))
        == -2
    )
    with pytest.raises(ValueError, match="missing values"):
        grouping._Numbering().number(np.array([3, -1]))
