"""Self time and covered time against their definitions, on random intervals of any nesting and overlap.

The oracles are plain Python, quadratic, written from the definitions: an event's innermost encloser
is the latest event before it in (start, end descending, index) order, on its timeline, that ends no
earlier than it and after its start; covered time is the number of nanoseconds some interval holds.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_timeline import nested_timelines

from perfdiff.compute import intervals
from perfdiff.compute.intervals import covered_ns, holding, nearly_start_order, self_time, start_order


def reference_self_time(group, start, dur) -> list[int]:
    n = len(start)
    end = [int(s) + max(int(d), 0) for s, d in zip(start, dur, strict=True)]
    key = [(int(start[i]), -end[i], i) for i in range(n)]
    out = [max(int(d), 0) for d in dur]
    for j in range(n):
        need = end[j] if end[j] > start[j] else int(start[j]) + 1
        enclosers = [i for i in range(n) if group[i] == group[j] and key[i] < key[j] and end[i] >= need]
        if enclosers:
            out[max(enclosers, key=lambda i: key[i])] -= end[j] - int(start[j])
    return [max(v, 0) for v in out]


def stack_walk(group, start, dur) -> list[int]:
    """The classic walk, right for properly nested events: each event's duration leaves the top of the
    stack of events still open at its start."""
    order = sorted(range(len(start)), key=lambda i: (group[i], start[i], -(start[i] + dur[i]), i))
    out = [int(d) for d in dur]
    stack: list[int] = []
    for k, i in enumerate(order):
        if k and group[i] != group[order[k - 1]]:
            stack.clear()
        while stack and start[stack[-1]] + dur[stack[-1]] <= start[i]:
            stack.pop()
        if stack and start[i] + dur[i] <= start[stack[-1]] + dur[stack[-1]]:
            out[stack[-1]] -= int(dur[i])
        stack.append(i)
    return out


@st.composite
def overlapping(draw: st.DrawFn, low: int = -3) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Intervals with any overlap: shared starts, shared ends, duplicates, zero and negative lengths."""
    n = draw(st.integers(0, 40))
    group = draw(st.lists(st.integers(0, 2), min_size=n, max_size=n))
    start = draw(st.lists(st.integers(-5, 30), min_size=n, max_size=n))
    dur = draw(st.lists(st.integers(low, 25), min_size=n, max_size=n))
    return np.array(group, np.int64), np.array(start, np.int64), np.array(dur, np.int64)


@settings(max_examples=400, deadline=None)
@given(overlapping())
def test_self_time_is_the_definition(case) -> None:
    group, start, dur = case
    assert self_time(group, start, dur).tolist() == reference_self_time(group, start, dur)


@settings(max_examples=200, deadline=None)
@given(nested_timelines())
def test_nested_events_get_what_the_stack_walk_gives(case) -> None:
    group, start, dur = case
    assert self_time(group, start, dur).tolist() == stack_walk(group, start, dur)


@settings(max_examples=400, deadline=None)
@given(overlapping(low=0))
def test_covered_time_counts_each_covered_nanosecond_once(case) -> None:
    group, start, dur = case
    expected = [
        len({t for i in np.flatnonzero(group == g) for t in range(start[i], start[i] + dur[i])})
        for g in range(3)
    ]
    assert covered_ns(group, start, dur, 3).tolist() == expected


@settings(max_examples=300, deadline=None)
@given(overlapping())
def test_events_already_in_order_walk_as_they_come(case) -> None:
    """Rows sorted as parse_host leaves them take the walk without a sort; the result is the same."""
    group, start, dur = case
    order = start_order(start, start + np.maximum(dur, 0))
    group, start, dur = group[order], start[order], dur[order]
    assert self_time(group, start, dur).tolist() == reference_self_time(group, start, dur)
    clamped = np.maximum(dur, 0)
    expected = [
        len({t for i in np.flatnonzero(group == g) for t in range(start[i], start[i] + clamped[i])})
        for g in range(3)
    ]
    assert covered_ns(group, start, dur, 3).tolist() == expected


def test_heavy_overlap_at_size() -> None:
    """Thousands of long intervals over each other, on two timelines: the vectorised oracle (each
    event's encloser found by numpy over all events) agrees."""
    rng = np.random.default_rng(7)
    n = 4000
    group = rng.integers(0, 2, n)
    start = rng.integers(0, 1_000_000, n)
    dur = np.where(rng.random(n) < 0.1, rng.integers(100_000, 900_000, n), rng.integers(0, 3_000, n))
    end = start + dur
    order = start_order(start, end)
    rank = np.empty(n, np.int64)
    rank[order] = np.arange(n)
    expected = dur.astype(np.int64).copy()
    for j in range(n):
        need = end[j] if end[j] > start[j] else start[j] + 1
        candidates = np.flatnonzero((group == group[j]) & (rank < rank[j]) & (end >= need))
        if len(candidates):
            expected[candidates[np.argmax(rank[candidates])]] -= dur[j]
    assert (self_time(group, start, dur) == np.maximum(expected, 0)).all()


def test_start_order_puts_enclosers_first() -> None:
    start = np.array([5, 0, 5, 5, 0])
    end = np.array([6, 9, 9, 6, 9])
    # by start; equal starts by end descending; equal both by index
    assert start_order(start, end).tolist() == [1, 4, 2, 0, 3]
    assert start_order(start).tolist() == [1, 4, 0, 2, 3]


@pytest.mark.parametrize("seed", range(6))
def test_start_order_by_duration_is_lexsort_with_ties_across_blocks(seed: int, monkeypatch) -> None:
    """Ties looked for a few rows at a time (runs of equal starts across the blocks' edges), ends
    made from durations only for tied rows (negative ones as 0): numpy's lexsort by start, end
    descending, index."""
    monkeypatch.setattr(intervals, "_TIE_BLOCK", 1 + seed)
    rng = np.random.default_rng(seed)
    n = 500
    start = rng.integers(0, 40, n).astype(np.int64)  # ~12 events a start
    dur = rng.integers(-5, 30, n).astype(np.int64)
    end = start + np.maximum(dur, 0)
    expected = np.lexsort((np.arange(n), -end, start))
    assert start_order(start, dur_ns=dur).tolist() == expected.tolist()
    assert start_order(start, end).tolist() == expected.tolist()
    assert start_order(start[:1], dur_ns=dur[:1]).tolist() == [0]
    distinct = rng.permutation(n).astype(np.int64)
    assert start_order(distinct, dur_ns=dur).tolist() == np.argsort(distinct).tolist()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(-3, 8)), max_size=60), st.integers(0, 4))
def test_nearly_in_order_events_are_ordered_as_start_order_orders_them(events, jitter: int) -> None:
    """The insertion sort for a jittered op line: the order ``start_order`` gives (ties in start by
    end descending, then by index, negative durations as 0), the moves it took (0 only when already
    in order), or None past its moves."""
    rng = np.random.default_rng(len(events) + jitter)
    start = np.sort(np.array([s for s, _ in events], np.int64)) + rng.integers(0, jitter + 1, len(events))
    dur = np.array([d for _, d in events], np.int64)
    expected = start_order(start, start + np.maximum(dur, 0))
    found = nearly_start_order(start, dur, moves_per_event=len(events) + 1)
    assert found is not None
    order, moves = found
    assert order.tolist() == expected.tolist()
    assert (moves == 0) == (expected.tolist() == list(range(len(events))))
    falling = np.arange(len(events), dtype=np.int64)[::-1].copy()
    assert len(events) < 3 or nearly_start_order(falling, np.zeros(len(events), np.int64), 0) is None


@st.composite
def steps_and_starts(draw: st.DrawFn):
    """Non-overlapping step intervals (gaps between some) and event starts in any order."""
    cuts = sorted(set(draw(st.lists(st.integers(-50, 50), max_size=12))))
    spans = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if draw(st.booleans())]
    starts = draw(st.lists(st.integers(-60, 60), max_size=50))
    if draw(st.booleans()):
        starts.sort()
    return spans, np.array(starts, np.int64)


@settings(max_examples=400, deadline=None)
@given(steps_and_starts())
def test_steps_hold_the_starts_inside_them(case) -> None:
    spans, starts = case
    step_start = np.array([a for a, _ in spans], np.int64)
    step_end = np.array([b for _, b in spans], np.int64)
    numbers = np.arange(len(spans), dtype=np.int64) * 10 + 3
    expected = [
        next((int(n) for (a, b), n in zip(spans, numbers, strict=True) if a <= s < b), -1) for s in starts
    ]
    assert holding(starts, step_start, step_end, numbers).tolist() == expected


@settings(max_examples=200, deadline=None)
@given(steps_and_starts(), st.integers(1, 4))
def test_steps_of_starts_cut_into_ranges_are_those_of_one_walk(case, cores) -> None:
    """The starts cut into up to four ranges walked side by side (a range may begin mid-timeline,
    after a start that fell or rose): each start gets the label one walk over them all gives it."""
    from perfdiff.compute import side_by_side

    spans, starts = case
    step_start = np.array([a for a, _ in spans], np.int64)
    step_end = np.array([b for _, b in spans], np.int64)
    numbers = np.arange(len(spans), dtype=np.int64) + 1
    one = holding(starts, step_start, step_end, numbers)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(side_by_side, "MIN_ROWS", 1)
        patch.setattr(side_by_side, "usable_cores", lambda: cores)
        cut = holding(starts, step_start, step_end, numbers)
    np.testing.assert_array_equal(cut, one)
