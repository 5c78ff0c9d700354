"""The stack walk behind self times, compiled by numba (imported only for traces of many events)."""

from __future__ import annotations

import numba
import numpy as np


@numba.njit(cache=True, nogil=True)
def _order_run(start: np.ndarray, end: np.ndarray, first: int, stop: int) -> np.ndarray:  # pragma: no cover
    """Indices first..stop-1 sorted by (start, -end), stable.

    Insertion sort first: op lines come nearly sorted (a device clock reorders a few neighbours), which
    it sorts in one pass; past a budget of moves it gives up for a merge sort.
    """
    m = stop - first
    order = np.arange(first, stop)
    moves = 0
    budget = 16 * m + 1024
    for t in range(1, m):
        x = order[t]
        u = t - 1
        while u >= 0 and (
            start[order[u]] > start[x] or (start[order[u]] == start[x] and end[order[u]] < end[x])
        ):
            order[u + 1] = order[u]
            u -= 1
            moves += 1
        order[u + 1] = x
        if moves > budget:
            break
    if moves <= budget:
        return order
    order = np.argsort(start[first:stop], kind="mergesort") + first  # stable
    t = 0
    while t < m:  # runs of equal start: by -end, stable
        u = t + 1
        while u < m and start[order[u]] == start[order[t]]:
            u += 1
        if u - t > 1:
            segment = order[t:u].copy()
            order[t:u] = segment[np.argsort(-end[segment], kind="mergesort")]
        t = u
    return order


@numba.njit(cache=True, nogil=True)
def self_time_runs(group: np.ndarray, start: np.ndarray, end: np.ndarray, dur: np.ndarray) -> np.ndarray:
    """Self time (>= 0) of every event, when each timeline (equal ``group``) is one contiguous run.

    Within a run the events are walked in (start, -end) order; each event's duration is subtracted
    from its innermost enclosing event on the same timeline.
    """  # pragma: no cover - compiled
    n = start.size
    out = dur.copy()
    stack = np.empty(64, np.int64)
    first = 0
    while first < n:
        stop = first + 1
        while stop < n and group[stop] == group[first]:
            stop += 1
        order = _order_run(start, end, first, stop)
        depth = 0
        for i in order:
            while depth > 0 and end[stack[depth - 1]] <= start[i]:
                depth -= 1
            if depth > 0 and end[i] <= end[stack[depth - 1]]:
                out[stack[depth - 1]] -= dur[i]
            if depth == stack.size:
                grown = np.empty(2 * stack.size, np.int64)
                grown[:depth] = stack
                stack = grown
            stack[depth] = i
            depth += 1
        for i in range(first, stop):
            if out[i] < 0:
                out[i] = 0
        first = stop
    return out


@numba.njit(cache=True, nogil=True)
def covered_runs(group: np.ndarray, start: np.ndarray, end: np.ndarray, groups: int) -> np.ndarray:
    """Per group (ids 0..groups-1, each group one contiguous run): the length of the union of its
    events' [start, end) intervals."""  # pragma: no cover - compiled
    out = np.zeros(groups, np.int64)
    n = start.size
    first = 0
    while first < n:
        stop = first + 1
        while stop < n and group[stop] == group[first]:
            stop += 1
        order = _order_run(start, end, first, stop)
        total = 0
        reach = start[order[0]]
        for i in order:
            if end[i] > reach:
                total += end[i] - max(start[i], reach)
                reach = end[i]
        out[group[first]] += total
        first = stop
    return out
