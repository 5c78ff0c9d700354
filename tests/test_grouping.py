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
        out, state, first = np.empty(len(keys), np.int64), np.zeros(3, np.int64), np.empty(1000, np.int64)
        assert run(keys, table, ids, state, out, first) == 0
        outs += [out, first[: state[0]]]
    codes, _ = pd.factorize(keys)
    assert outs[0].tolist() == outs[2].tolist() == codes.tolist()
    assert outs[1].tolist() == outs[3].tolist() == np.unique(codes, return_index=True)[1].tolist()
    table, ids, state = np.full(8, numbering.EMPTY, np.int64), np.zeros(8, np.int64), np.zeros(3, np.int64)
    five = np.array([1, 2, 3, 4, 5])
    assert fast.number_into(five, table, ids, state, np.empty(5, np.int64), np.empty(5, np.int64)) == 1
    assert state.tolist() == [4, 4, 0]  # half full after four keys: stopped at the fifth
    state[:] = 0
    negative = np.array([-1])
    one = np.empty(1, np.int64)
    assert fast.number_into(negative, np.full(8, -1), np.zeros(8, np.int64), state, one, one.copy()) == -2
    state[:] = 0
    short = np.empty(3, np.int64)  # room for the first rows of three new keys, not five
    table = np.full(16, numbering.EMPTY, np.int64)
    assert fast.number_into(five, table, np.zeros(16, np.int64), state, np.empty(5, np.int64), short) == -2
    assert state.tolist() == [3, 3, 0]
    with pytest.raises(ValueError, match="missing values"):
        grouping._Numbering().number(np.array([3, -1]))


@pytest.mark.parametrize("block", [1000, 1 << 20])
def test_fingerprints_in_long_runs_are_coded_run_by_run(block: int) -> None:
    """Program ids (fingerprints above 2**63) come program after program on an op line: coded per
    run, blocks cutting through runs, and numbered as pandas numbers them."""
    rng = np.random.default_rng(9)
    programs = np.array([2**64 - 5, 17, 2**63 + 3], np.uint64)
    lengths = rng.integers(60, 300, 200)
    frame = pd.DataFrame(
        {
            "program_id": np.repeat(programs[rng.integers(0, 3, 200)], lengths),
            "op": rng.integers(0, 5, int(lengths.sum())),
        }
    )
    column = grouping._Column(frame["program_id"])
    assert column.uniques is None and column.codes.dtype == np.int8 and column.size == 3
    original, grouping.BLOCK = grouping.BLOCK, block
    try:
        ids, first = grouping.group_ids(frame, ["program_id", "op"])
    finally:
        grouping.BLOCK = original
    expected = frame.groupby(["program_id", "op"], sort=False).ngroup().to_numpy()
    assert ids.tolist() == expected.tolist()
    assert first.tolist() == frame.drop_duplicates(["program_id", "op"]).index.tolist()
