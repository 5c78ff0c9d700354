"""Intervals on timelines: the order of their starts, self times, covered time.

Events are (start, duration) in integer ns on a timeline (a code per event). Their walks are the
kernels of ``nesting``; here they get their order and their scratch. Each costs at most one sort,
O(n log n), whatever the nesting and overlap of the events, and none when the events already come
in order of start on each timeline (the kernels check it as they go).
"""

from __future__ import annotations

import functools

import numpy as np

from perfdiff.compute import native, nesting
from perfdiff.compute.side_by_side import in_ranges

# An empty order: the kernels walk the events as they come.
_NO_ORDER = np.zeros(0, np.int64)
# Rows of the order whose starts are compared at once when looking for ties.
_TIE_BLOCK = 1 << 18


@functools.cache
def kernels() -> native.Kernels:
    """The compiled nesting kernels (loaded once per process)."""
    return native.load(nesting, nesting.EXPORTS)


def start_order(
    start_ns: np.ndarray, end_ns: np.ndarray | None = None, *, dur_ns: np.ndarray | None = None
) -> np.ndarray:
    """Indices that sort events by start; with ``end_ns`` (or ``dur_ns``: the end is then start +
    max(dur, 0)), events of equal start by end descending (an encloser before what it encloses), then
    by index.

    A stable sort (timsort: events come nearly in order, a line after another, each by start), then
    only the runs of equal starts are sorted again by end: O(n log n) at worst. Besides the order, no
    array as long as the events is made: ties are found a block at a time, ends only for them.
    """
    order = np.argsort(start_ns, kind="stable")
    if (end_ns is None and dur_ns is None) or len(order) < 2:
        return order
    at = _tied(start_ns, order)
    if not len(at):
        return order
    tied = order[at]
    tied_start = start_ns[tied]
    if end_ns is not None:
        tied_end = end_ns[tied]
    else:
        assert dur_ns is not None  # one of the two (above)
        tied_end = tied_start + np.maximum(dur_ns[tied], 0)
    # ~end: descending end without the overflow of -end; the runs stay where they are (start first)
    order[at] = tied[np.lexsort((tied, ~tied_end, tied_start))]
    return order


def _tied(start_ns: np.ndarray, order: np.ndarray) -> np.ndarray:
    """The positions in ``order`` (ascending) of the events whose start equals a neighbour's there."""
    pairs: list[np.ndarray] = []  # i where order[i] and order[i + 1] start together
    for a in range(0, len(order) - 1, _TIE_BLOCK):
        starts = start_ns[order[a : a + _TIE_BLOCK + 1]]
        pairs.append(np.flatnonzero(starts[1:] == starts[:-1]) + a)
    first = np.concatenate(pairs) if pairs else np.zeros(0, np.int64)
    return np.union1d(first, first + 1)


def nearly_start_order(
    start_ns: np.ndarray, dur_ns: np.ndarray, moves_per_event: int = 2
) -> tuple[np.ndarray, int] | None:
    """(``start_order(start_ns, dur_ns=dur_ns)``, the moves it took: 0 when the events
    came in that order) for events that come nearly in order, by an insertion sort
    (``nesting.nearly_start_order_into``); None when it would move more than ``moves_per_event``
    times each event (sort them with ``start_order`` then)."""
    order = np.empty(len(start_ns), np.int64)
    moves = kernels().nearly_start_order_into(
        start_ns.astype(np.int64, copy=False), dur_ns.astype(np.int64, copy=False), order,
        moves_per_event * len(start_ns),
    )  # fmt: skip
    return (order, moves) if moves >= 0 else None


def _dense(codes: np.ndarray) -> tuple[np.ndarray, int]:
    """``codes`` as int64 in 0..k-1 (as they are when small and non-negative), and k."""
    if len(codes) and int(codes.min()) >= 0 and int(codes.max()) < max(1 << 16, len(codes)):
        return codes.astype(np.int64, copy=False), int(codes.max()) + 1
    uniq, inverse = np.unique(codes, return_inverse=True)
    return inverse.astype(np.int64, copy=False), len(uniq)


def self_time(
    group: np.ndarray,
    start_ns: np.ndarray,
    dur_ns: np.ndarray,
    *,
    order: np.ndarray | None = None,
    out: np.ndarray | None = None,
) -> np.ndarray:
    """Duration minus the durations of the op events it is the innermost encloser of on the same
    timeline, in ns (>= 0; see ``perfdiff.parse.nesting``).

    ``group`` identifies a timeline (one line of one device); events on different timelines never nest.
    Partially overlapping events (not nested) do not reduce each other. ``order``: the events'
    ``start_order``, when the caller has it; without, events that come in that order on each
    timeline, as ``parse_host`` leaves them, need no sort. ``out``: an int64 array to write them into.
    """
    n = len(start_ns)
    out = np.empty(n, np.int64) if out is None else out
    if not n:
        return out
    start = start_ns.astype(np.int64, copy=False)
    dur = dur_ns.astype(np.int64, copy=False)
    timeline, timelines = _dense(group)
    below = np.empty(n, np.int64)
    run = kernels().self_times_into
    if order is not None:
        run(order, timeline, start, dur, np.full(timelines, -1, np.int64), below, out)
    elif run(_NO_ORDER, timeline, start, dur, np.full(timelines, -1, np.int64), below, out) < 0:
        order = start_order(start, dur_ns=dur)
        run(order, timeline, start, dur, np.full(timelines, -1, np.int64), below, out)
    return out


def holding(
    start_ns: np.ndarray,
    interval_start_ns: np.ndarray,
    interval_end_ns: np.ndarray,
    label: np.ndarray,
    out: np.ndarray | None = None,
) -> np.ndarray:
    """Per start time, the ``label`` (int64) of the interval [start, end) holding it, or -1; the
    intervals sorted by start (of intervals that overlap, the last to start before it is taken). One
    walk (``nesting.steps_into``), O(starts + intervals) when starts come in order, a binary search
    for each start that falls; each start's label depends on it alone, so the starts are cut into a
    range per core, walked side by side. Written into ``out`` (int64, C-contiguous) when given."""
    out = np.empty(len(start_ns), np.int64) if out is None else out
    if len(interval_start_ns) == 0:
        out.fill(-1)
        return out
    start = np.ascontiguousarray(start_ns, np.int64)
    spans = [np.ascontiguousarray(a, np.int64) for a in (interval_start_ns, interval_end_ns, label)]

    def walk(first: int, last: int) -> None:
        kernels().steps_into(start[first:last], *spans, out[first:last])

    in_ranges(len(start), walk)
    return out


def covered_ns(
    group: np.ndarray,
    start_ns: np.ndarray,
    dur_ns: np.ndarray,
    groups: int,
    group_of: np.ndarray | None = None,
) -> np.ndarray:
    """Per group (``group`` holds ids 0..groups-1): the time covered by at least one of its events'
    [start, start + dur) intervals, in ns (int64). Nested and overlapping events count once. Groups
    whose events come by start need no sort. With ``group_of``, event i's group is
    ``group_of[group[i]]`` (``group`` then holds ids into it: say execution groups, coarsened to
    device-steps without a column per event)."""
    out = np.zeros(groups, np.int64)
    if not len(start_ns):
        return out
    start = start_ns.astype(np.int64, copy=False)
    dur = dur_ns.astype(np.int64, copy=False)
    if group_of is None:
        group_of = np.arange(groups, dtype=np.int64)
    ids = group.astype(np.int32, copy=False)  # ids below 2**31: there are fewer groups than events
    of = np.ascontiguousarray(group_of, np.int64)
    low = np.iinfo(np.int64).min
    run = kernels().covered_into
    status = run(_NO_ORDER, ids, of, start, dur, np.full(groups, low), np.full(groups, low), out)
    if status == -1:
        out[:] = 0
        status = run(start_order(start), ids, of, start, dur, np.full(groups, low), np.full(groups, low), out)
    if status != 0:
        raise ValueError("covered_ns: a group or id outside 0..groups-1")
    return out
