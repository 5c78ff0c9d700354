"""Asynchronous transfers' walks, as kernels (``perfdiff.compute.native``): each -done's -start, and
each transfer's share of its link's busy time.

An asynchronous ``-done`` is paired with the latest ``-start`` of its kind that began no later than it
(``attribution.async_pairs``). When a device's events come in order of start, one forward walk finds
them all: each start event notes its start under its kind's slot, and each asking event reads the slot
of the kind it wants — O(events + slots), no sort, no search. Events of equal start are one moment:
the starts among them are noted before any of them reads, so "no later than" includes ties.

Transfers on one link whose spans chain into a busy stretch share its length by their bytes
(``shares_into``): once they are sorted by link and begin, one walk finds the stretches and a second
over each stretch writes the shares.
"""

from __future__ import annotations

import numpy as np

from perfdiff.compute.native import Export, kernel

# A slot no start has been noted in yet (below every int64 time: ``last`` is filled with it).
NONE = -(2**63)


@kernel
def latest_starts_into(start, op, program, kind_of, want, last, out):  # pragma: no cover - compiled
    """For each event asking for a kind, in order, the start (int64 ns) of the latest event of that
    kind and of its program that began no later than it, into ``out`` (its own start when there is
    none).

    ``start``: the events' starts, non-decreasing (checked: -1 is returned at the first that falls,
    ``out`` then incomplete). ``op``, ``program``: codes per event (an op code of -1: none).
    ``kind_of``: per op code, the kind its events are (they note their start), or -1; ``want``: per
    (program, op code), the kind its events ask for, or -1. ``last``: per (program, kind) slot
    (program * kinds + kind), all ``NONE``. ``out``: one per asking event. Returns the number of
    asking events written, or -2 when a code lies outside its table or ``out`` is too short (nothing
    is read or written out of bounds).
    """
    n = start.size
    ops = kind_of.size
    programs = want.shape[0]
    if want.shape[1] != ops or programs == 0:
        return -2
    kinds = last.size // programs
    written = 0
    i = 0
    while i < n:
        s = start[i]
        if i > 0 and s < start[i - 1]:
            return -1
        j = i
        while j < n and start[j] == s:  # the moment's starts are noted before any of it asks
            o, p = op[j], program[j]
            if o >= ops or p < 0 or p >= programs:
                return -2
            if o >= 0:
                kind = kind_of[o]
                if kind >= kinds:
                    return -2
                if kind >= 0:
                    last[p * kinds + kind] = s
            j += 1
        for k in range(i, j):
            o = op[k]
            if o >= 0:
                kind = want[program[k], o]
                if kind >= 0:
                    if kind >= kinds or written >= out.size:
                        return -2
                    found = last[program[k] * kinds + kind]
                    out[written] = found if found != NONE else s
                    written += 1
        i = j
    return written


@kernel
def shares_into(order, group, begin, end, weight, out):  # pragma: no cover - compiled
    """Each interval's share of the busy stretch it belongs to, into ``out[i]`` (float64, ns).

    ``order``: every index, by ``group``, then ``begin``. Within a group, a stretch is a run of
    intervals each beginning before every earlier one of the group has ended (the group's running
    maximum of ``end``); its length, its latest end less its earliest begin, is split among its
    intervals in proportion to ``weight`` (float64), equally when their weights add up to 0.
    Returns 0, or -2 when an index lies outside the arrays (nothing is written then).
    """
    n = order.size
    if group.size != n or begin.size != n or end.size != n or weight.size != n or out.size != n:
        return -2
    for t in range(n):
        if order[t] < 0 or order[t] >= n:
            return -2
    reach = np.int64(0)
    t = 0
    while t < n:
        first = t
        j = order[t]
        if t == 0 or group[j] != group[order[t - 1]]:
            reach = end[j]  # a new group: no earlier interval reaches into it
        elif end[j] > reach:
            reach = end[j]
        low, high = begin[j], end[j]
        total = weight[j]
        t += 1
        while t < n:
            j = order[t]
            if group[j] != group[order[t - 1]] or begin[j] >= reach:
                break
            if end[j] > reach:
                reach = end[j]
            if begin[j] < low:
                low = begin[j]
            if end[j] > high:
                high = end[j]
            total += weight[j]
            t += 1
        length = np.float64(high - low)
        count = np.float64(t - first)
        for s in range(first, t):
            j = order[s]
            out[j] = length * (weight[j] / total) if total > 0 else length * (1.0 / count)
    return 0


I64, F64 = "i64[:]", "f64[:]"
EXPORTS = (
    Export("latest_starts_into", (I64, I64, I64, I64, "i64[:,:]", I64, I64)),
    Export("shares_into", (I64, I64, I64, I64, F64, F64)),
)
