"""transfer_spans at pod scale against the plain pandas statement of the same rules (its first
implementation, kept here as the oracle): merge each -done with its -start by merge_asof, share each
link's busy stretches by bytes. Same spans on real traces, a replicated overlap-heavy one and random
events with ties, zero lengths and several hosts, devices, programs and links."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

import perfdiff
from perfdiff.attribution import async_pairs
from perfdiff.attribution.async_pairs import _link, done_spans, table_done_spans, transfer_spans
from perfdiff.costs.op_costs import op_costs

_KEYS = ["host", "device_id", "program_id"]


def reference_spans(events: pd.DataFrame, costs: pd.DataFrame) -> np.ndarray:
    out = np.full(len(events), np.nan)
    pairs = costs[costs["async_start"] != ""]
    if pairs.empty or events.empty:
        return out
    link, weight = _link(pairs)
    pairs = pairs.assign(link_name=link, weight=weight)[
        ["host", "program_id", "op", "async_start", "link_name", "weight"]
    ]
    done_mask = events["op"].isin(set(pairs["op"])).to_numpy()
    start_mask = events["op"].isin(set(pairs["async_start"])).to_numpy()
    columns = [*_KEYS, "op", "start_ns", "dur_ns"]
    done = events.loc[done_mask, columns].astype({"host": str, "op": str})
    done["row"] = np.flatnonzero(done_mask)
    done = done.merge(pairs, on=["host", "program_id", "op"], how="inner")
    if done.empty:
        return out
    starts = events.loc[start_mask, [*_KEYS, "op", "start_ns"]].astype({"host": str, "op": str})
    starts = starts.rename(columns={"op": "async_start", "start_ns": "begin_ns"})
    done = pd.merge_asof(
        done.sort_values("start_ns", kind="stable"),
        starts.sort_values("begin_ns", kind="stable"),
        left_on="start_ns", right_on="begin_ns", by=[*_KEYS, "async_start"], direction="backward",
    )  # fmt: skip
    end = (done["start_ns"] + done["dur_ns"]).to_numpy(np.int64)
    begin = done["begin_ns"].fillna(done["start_ns"]).to_numpy(np.int64)
    done = done.assign(begin=begin, end=end)
    order = done.sort_values(["host", "device_id", "link_name", "begin"], kind="stable")
    group = order.groupby(["host", "device_id", "link_name"], sort=False).ngroup().to_numpy()
    begin, end = order["begin"].to_numpy(np.int64), order["end"].to_numpy(np.int64)
    reach = pd.Series(end).groupby(group).cummax().to_numpy()
    earlier = np.concatenate([[np.iinfo(np.int64).min], reach[:-1]])
    fresh = (begin >= earlier) | np.concatenate([[True], group[1:] != group[:-1]])
    frame = pd.DataFrame(
        {"c": np.cumsum(fresh), "begin": begin, "end": end, "w": order["weight"].to_numpy(float)}
    )
    span = frame.groupby("c")["end"].transform("max") - frame.groupby("c")["begin"].transform("min")
    total = frame.groupby("c")["w"].transform("sum")
    count = frame.groupby("c")["w"].transform("size")
    share = np.where(total > 0, frame["w"] / total.where(total > 0, 1.0), 1.0 / count)
    priced = pd.Series(span.to_numpy(float) * share, index=order.index)
    out[done["row"].to_numpy()] = priced.reindex(done.index).to_numpy()
    return out


def _same(events: pd.DataFrame, costs: pd.DataFrame) -> None:
    np.testing.assert_array_equal(transfer_spans(events, costs), reference_spans(events, costs))


def _same_in_place(events: pd.DataFrame, costs: pd.DataFrame, seed: int) -> bool:
    """``table_done_spans`` (the devices' rows walked where they lie) against ``done_spans`` over the
    rows of the chosen groups, for all groups chosen and for a random part of them; whether the
    walk in place could be used for both (it says None otherwise)."""
    ids = events.groupby(_KEYS + ["op"], sort=False, observed=True).ngroup().to_numpy().astype(np.int32)
    groups = int(ids.max()) + 1 if len(ids) else 0
    pairs = costs[costs["async_start"] != ""]
    names = {*pairs["op"], *pairs["async_start"]}
    used = []
    for chosen in (np.ones(groups, bool), np.random.default_rng(seed).random(groups) < 0.6):
        rows = np.flatnonzero(chosen[ids] & events["op"].isin(names).to_numpy())
        where, spans = done_spans(events, costs, rows)
        found: list[tuple[np.ndarray, np.ndarray]] = []
        walked = table_done_spans(events, costs, ids, chosen, lambda *piece, found=found: found.append(piece))
        used.append(walked)
        if not walked:
            continue
        assert all(len(mine) and len(mine) == len(priced) for mine, priced in found)  # per device holding any
        mine = np.concatenate([m for m, _ in found]) if found else np.zeros(0, np.int64)
        priced = np.concatenate([p for _, p in found]) if found else np.zeros(0)
        order = np.argsort(mine, kind="stable")
        np.testing.assert_array_equal(mine[order], rows[where])
        np.testing.assert_array_equal(priced[order], spans)
    return all(used)  # (only rows that take part must come in order: fewer chosen may walk where all do not)


def test_real_tpu_trace(traces: Path) -> None:
    profile = perfdiff.load(traces / "tpu-v6e/tpu_inference_2.xplane.pb")
    costs = op_costs(profile)
    assert (costs["async_start"] != "").any()  # the trace's copies and all-reduce are pairs
    _same(profile.events, costs)
    assert _same_in_place(profile.events, costs, seed=1)


def test_overlap_heavy_replicas(tmp_path: Path, traces: Path) -> None:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "make_overlap_trace.py"
    sys.path.insert(0, str(path.parent))
    try:
        spec = importlib.util.spec_from_file_location("make_overlap_trace", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    trace = tmp_path / "overlap.xplane.pb"
    module.write_overlap_trace(traces / "tpu-v6e/tpu_inference_2.xplane.pb", trace, op_events=12 * 6013)
    profile = perfdiff.load(trace)
    costs = op_costs(profile)
    _same(profile.events, costs)
    assert _same_in_place(profile.events, costs, seed=2)


@st.composite
def transfers(draw: st.DrawFn) -> tuple[pd.DataFrame, pd.DataFrame]:
    names = ["a", "b", "c"]
    costs = pd.DataFrame(
        {
            "host": [h for h in ("h0", "h1") for _ in names * 2],
            "program_id": np.uint64(7),
            "op": [f"{n}-{kind}" for _ in ("h0", "h1") for kind in ("done", "start") for n in names],
            "async_start": [
                f"{n}-start" if kind == "done" else ""
                for _ in ("h0", "h1")
                for kind in ("done", "start")
                for n in names
            ],  # fmt: skip
            "link": [draw(st.sampled_from(["to_host", "from_host"])) for _ in range(12)],
            "host_bytes": [float(draw(st.integers(0, 3))) for _ in range(12)],
            "dcn_bytes": 0.0,
            "ici_bytes": [float(draw(st.integers(0, 1))) for _ in range(12)],
            "hbm_bytes": [float(draw(st.integers(0, 2))) for _ in range(12)],
        }
    )
    n = draw(st.integers(0, 40))
    events = pd.DataFrame(
        {
            "host": pd.Categorical(draw(st.lists(st.sampled_from(["h0", "h1"]), min_size=n, max_size=n))),
            "device_id": draw(st.lists(st.integers(0, 1), min_size=n, max_size=n)),
            "program_id": np.array(
                draw(st.lists(st.sampled_from([7, 8]), min_size=n, max_size=n)), np.uint64
            ),
            "op": pd.Categorical(
                draw(
                    st.lists(
                        st.sampled_from([f"{x}-{k}" for x in names for k in ("done", "start")] + ["add"]),
                        min_size=n,
                        max_size=n,
                    )
                )  # fmt: skip
            ),
            "start_ns": draw(st.lists(st.integers(0, 30), min_size=n, max_size=n)),
            "dur_ns": draw(st.lists(st.integers(0, 12), min_size=n, max_size=n)),
        }
    )
    ordered = draw(st.booleans())
    if ordered:  # each device's events in order of start, as on a TPU's op line
        events = events.sort_values(["host", "device_id", "start_ns"], kind="stable", ignore_index=True)
    return events, costs, ordered


@settings(max_examples=300, deadline=None)
@given(transfers(), st.integers(0, 2**16))
def test_random_transfers(case, seed: int) -> None:
    events, costs, ordered = case
    _same(events, costs)
    in_place = _same_in_place(events, costs, seed)
    assert in_place or not ordered  # devices in order of start, each one run: walked in place


def test_tables_not_laid_out_for_the_walk_in_place_say_so() -> None:
    """A device's rows in two runs of the table, a device's rows out of order of start, or names
    that are not categorical: None (the caller pairs the rows it gathers instead)."""
    costs = pd.DataFrame(
        {"host": ["h"] * 2, "program_id": np.uint64(7), "op": ["c-done", "c-start"],
         "async_start": ["c-start", ""], "link": "to_host", "host_bytes": 1.0, "dcn_bytes": 0.0,
         "ici_bytes": 0.0, "hbm_bytes": 0.0}
    )  # fmt: skip
    events = pd.DataFrame(
        {"host": pd.Categorical(["h"] * 4), "device_id": np.array([0, 0, 1, 1], np.int32),
         "program_id": np.uint64(7), "op": pd.Categorical(["c-start", "c-done"] * 2),
         "start_ns": [0, 5, 0, 6], "dur_ns": [1, 2, 1, 2]}
    )  # fmt: skip
    ids, chosen = np.array([0, 1, 2, 3], np.int32), np.ones(4, bool)

    def walks(events: pd.DataFrame, ids: np.ndarray) -> bool:
        return table_done_spans(events, costs, ids, chosen, lambda *piece: None)

    assert walks(events, ids)
    split = events.iloc[[0, 2, 1, 3]].reset_index(drop=True)  # device 0, 1, 0, 1
    assert not walks(split, ids)
    falling = events.assign(start_ns=[5, 0, 0, 6])  # device 0's -done before its -start
    assert not walks(falling, ids)
    taken: list[np.ndarray] = []  # device 0 in order, device 1 not: device 0's transfers were taken
    later = events.assign(start_ns=[0, 5, 6, 0])
    assert not table_done_spans(later, costs, ids, chosen, lambda rows, spans: taken.append(rows.copy()))
    assert [rows.tolist() for rows in taken] == [[1]]
    assert not walks(events.astype({"op": str}), ids)
    assert not walks(events, ids.astype(np.int64))


def test_events_in_order_are_paired_by_one_walk(monkeypatch, traces: Path) -> None:
    """A TPU's op line comes in order of start: its -dones find their -starts by the forward walk,
    never by the search (which would give the same spans, only slower)."""
    walks: list[bool] = []
    walk = async_pairs._walked

    def spy(*args):
        found = walk(*args)
        walks.append(found is not None)
        return found

    monkeypatch.setattr(async_pairs, "_walked", spy)
    profile = perfdiff.load(traces / "tpu-v6e/tpu_inference_2.xplane.pb")
    _same(profile.events, op_costs(profile))
    assert walks and all(walks)  # one per device, each walked


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_order_by_group_and_begin_is_lexsorts(data) -> None:
    """The order the sharing walks, by the insertion sort (nearly in order: a TPU op line) and by the
    stable sorts it falls back to, against ``np.lexsort`` of (group, begin, -done start, position)."""
    n = data.draw(st.integers(1, 40))

    def draw(high: int) -> np.ndarray:
        return np.array(data.draw(st.lists(st.integers(0, high), min_size=n, max_size=n)), np.int64)

    group, begin, done_start = draw(3), draw(20), draw(20)
    if data.draw(st.booleans()):
        done_start.sort()
    if data.draw(st.booleans()):
        for g in np.unique(group):
            begin[group == g] = np.sort(begin[group == g])
    expected = np.lexsort((np.arange(n), done_start, begin, group))
    np.testing.assert_array_equal(async_pairs._by_group_and_begin(group, begin, done_start), expected)
    moves = async_pairs.ORDER_MOVES
    try:  # no moves allowed: the insertion sort gives up at the first, the stable sorts take over
        async_pairs.ORDER_MOVES = 0
        np.testing.assert_array_equal(async_pairs._by_group_and_begin(group, begin, done_start), expected)
    finally:
        async_pairs.ORDER_MOVES = moves
