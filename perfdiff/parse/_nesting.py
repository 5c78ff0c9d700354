"""The stack walk behind self times, compiled by numba (imported only for traces with nested ops)."""

from __future__ import annotations

import numba
import numpy as np


@numba.njit(cache=True)
def self_time_sorted(group: np.ndarray, start: np.ndarray, end: np.ndarray, dur: np.ndarray) -> np.ndarray:
    """Self time of events sorted by (group, start, -end): each event's duration is subtracted from
    its innermost enclosing event on the same timeline."""
    n = len(start)
    out = dur.copy()
    stack = np.empty(n, np.int64)
    depth = 0
    for i in range(n):
        if i > 0 and group[i] != group[i - 1]:
            depth = 0
        while depth > 0 and end[stack[depth - 1]] <= start[i]:
            depth -= 1
        if depth > 0 and end[i] <= end[stack[depth - 1]]:
            out[stack[depth - 1]] -= dur[i]
        stack[depth] = i
        depth += 1
    return out
