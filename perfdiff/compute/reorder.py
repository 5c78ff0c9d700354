"""Timelines' columns put in order of start in place, the timelines side by side on the cores.

The nesting walk and the events table need each timeline's rows (one line of one device) in order
of start, the longest first among equal starts (``intervals.start_order``). A TPU's op line comes
nearly in that order (its device clock jitters starts by a few places): an insertion sort finds the
order, and only the rows it moved are moved. A line far from it (written by host time, read by
device time) is sorted, and each column permuted through a scratch buffer: memory-bound gathers of
millions of rows. Both run without the GIL, so the timelines are shared out among the usable cores
(``side_by_side``); each thread's scratch buffer is allocated by the caller's thread (glibc keeps
what a thread frees in that thread's own arena, where the process's peak would grow by it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from perfdiff.compute.intervals import nearly_start_order, start_order
from perfdiff.compute.side_by_side import in_ranges, ranges

# A timeline: its start_ns and dur_ns (int64), and every column of its rows (those two among them).
Timeline = tuple[np.ndarray, np.ndarray, list[np.ndarray]]


def order_timelines(timelines: Sequence[Timeline], then: Callable[[int], None] | None = None) -> None:
    """Put each timeline's columns (1-d, C-contiguous) in order of start, in place; ``then(i)`` is
    called for timeline ``i`` once it is in order, on the thread that ordered it (say, to walk its
    nesting while others are still being ordered). Raises the first timeline's error."""
    longest = max((len(start) for start, _, _ in timelines), default=0)
    widest = max((column.itemsize for _, _, columns in timelines for column in columns), default=1)
    scratch = {first: np.empty(longest * widest, np.uint8) for first, _ in ranges(len(timelines), 1)}

    def order_some(first: int, last: int) -> None:
        for i in range(first, last):
            _order(*timelines[i], scratch[first])
            if then is not None:
                then(i)

    in_ranges(len(timelines), order_some, min_rows=1)


def _order(start: np.ndarray, dur: np.ndarray, columns: list[np.ndarray], scratch: np.ndarray) -> None:
    nearly = nearly_start_order(start, dur)
    if nearly is not None:
        order, moves = nearly
        if moves:
            moved = np.flatnonzero(order != np.arange(len(order)))
            source = order[moved]
            for column in columns:
                column[moved] = column[source]
        return
    order = start_order(start, dur_ns=dur)
    for column in columns:
        if column[0] == column[-1] and not (column != column[0]).any():
            continue  # one value all along: as it is
        gathered = scratch[: len(order) * column.itemsize].view(column.dtype)
        # mode="clip" (the indices are in range) writes into ``gathered`` directly; the default
        # "raise" would gather into a buffer of its own first.
        np.take(column, order, out=gathered, mode="clip")
        column[:] = gathered
