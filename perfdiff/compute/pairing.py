"""The latest earlier event of a kind, per event asking for one, as a kernel (``perfdiff.compute.native``).

An asynchronous ``-done`` is paired with the latest ``-start`` of its kind that began no later than it
(``attribution.async_pairs``). When a device's events come in order of start, one forward walk finds
them all: each start event notes its start under its kind's slot, and each asking event reads the slot
of the kind it wants — O(events + slots), no sort, no search. Events of equal start are one moment:
the starts among them are noted before any of them reads, so "no later than" includes ties.
"""

from __future__ import annotations

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


I64 = "i64[:]"
EXPORTS = (Export("latest_starts_into", (I64, I64, I64, I64, "i64[:,:]", I64, I64)),)
