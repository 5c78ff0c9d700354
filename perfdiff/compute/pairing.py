"""Asynchronous transfers' walks, as kernels (``perfdiff.compute.native``): each -done's -start, and
each transfer's share of its link's busy time.

An asynchronous ``-done`` is paired with the latest ``-start`` of its kind that began no later than it
(``attribution.async_pairs``). When a device's events come in order of start, one forward walk finds
them all (``dones_into``): each start event notes its start under its program's and kind's slot, and
each -done reads the slot of the kind it wants — O(events + slots), no sort, no search. Events of
equal start are one moment: the starts among them are noted before any of them reads, so "no later
than" includes ties.

Transfers on one link whose spans chain into a busy stretch share its length by their bytes
(``shares_into``): once they are sorted by link and begin, one walk finds the stretches and a second
over each stretch writes the shares.
"""

from __future__ import annotations

import numpy as np

from perfdiff.compute.native import Export, kernel

# A slot no start has been noted in yet (below every int64 time: ``last`` is filled with it).
NONE = -(2**63)


@kernel(inline=True)
def slot_of(programs, value, guess):  # pragma: no cover - compiled
    """The index of ``value`` in ``programs`` (sorted, distinct), or -1; ``guess`` is tried first
    (a device's ops come program after program: mostly the previous row's)."""
    if 0 <= guess < programs.size and programs[guess] == value:
        return guess
    low = 0
    high = programs.size
    while low < high:
        middle = (low + high) // 2
        if programs[middle] < value:
            low = middle + 1
        else:
            high = middle
    if low < programs.size and programs[low] == value:
        return low
    return -1


@kernel(inline=True)
def tables_fit(programs, pair_at, want, ops):  # pragma: no cover - compiled
    """Whether the pair tables have a row per program (of at least one) and a column per op code."""
    count = programs.size
    return (
        count > 0
        and pair_at.shape[0] == count
        and want.shape[0] == count
        and (pair_at.shape[1] == ops and want.shape[1] == ops)
    )


@kernel(inline=True)
def takes_part(row, op, ids, chosen, kind_of, is_done):  # pragma: no cover - compiled
    """1 when ``row`` of a table takes part in ``table_dones_into``'s walk (its op a -start of a kind
    or a -done, its group chosen), 0 when not, -2 for an op code or group id outside its table."""
    o = op[row]
    if o < 0 or o >= kind_of.size or ids[row] < 0 or ids[row] >= chosen.size:
        return -2
    return 1 if (kind_of[o] >= 0 or is_done[o] != 0) and chosen[ids[row]] != 0 else 0


@kernel(inline=True)
def ask_into(k, o, s, slot, pair_at, want, last, kinds, done, pair, begin, written):  # pragma: no cover
    """Row ``k`` (op code ``o``, start ``s``, its program's ``slot``) asks for its -start: where it is
    a pair's -done, its row, pair and -start's begin (its own start when none began before it) are
    written at ``written``. Returns the count written after it, or -2 for a kind outside ``last``
    or outputs too short."""
    found = pair_at[slot, o]
    if found < 0:
        return written
    kind = want[slot, o]
    if kind >= kinds or written >= min(done.size, pair.size, begin.size):
        return -2
    at = last[slot * kinds + kind] if kind >= 0 else NONE
    done[written] = k
    pair[written] = found
    begin[written] = at if at != NONE else s
    return written + 1


@kernel
def dones_into(
    start, op, program, programs, pair_at, want, kind_of, last, done, pair, begin
):  # pragma: no cover - compiled
    """One device's -done events, each with its pair and the start (int64 ns) of the latest event of
    the -start it wants, in its program, that began no later than it (its own start when there is
    none), written in order into ``done`` (its row), ``pair`` and ``begin``.

    ``start``: the rows' starts, non-decreasing (checked: -1 is returned at the first that falls,
    the outputs then incomplete). ``op``: op codes per row; ``program``: program ids per row (any
    int64; rows of a program not in ``programs`` take no part). ``programs``: the programs that have
    pairs, sorted. ``pair_at``: per (program slot, op code), the pair its events are the -done of,
    or -1; ``want``: per (program slot, op code), the kind of -start that pair asks for, or -1 (its
    -start never ran). ``kind_of``: per op code, the kind of -start its events are, or -1. ``last``:
    per (program slot, kind), all ``NONE``. Returns the number of -dones written, or -2 when a code
    lies outside its table or the outputs have no room for a -done (nothing is read or written out
    of bounds).
    """
    n = start.size
    ops = kind_of.size
    programs_count = programs.size
    if op.size != n or program.size != n or not tables_fit(programs, pair_at, want, ops):
        return -2
    kinds = last.size // programs_count
    written = 0
    slot = 0
    i = 0
    while i < n:
        s = start[i]
        if i > 0 and s < start[i - 1]:
            return -1
        j = i
        while j < n and start[j] == s:  # the moment's starts are noted before any of it asks
            o = op[j]
            if o < 0 or o >= ops:
                return -2
            kind = kind_of[o]
            if kind >= 0:
                if kind >= kinds:
                    return -2
                slot = slot_of(programs, program[j], slot)
                if slot >= 0:
                    last[slot * kinds + kind] = s
            j += 1
        for k in range(i, j):
            slot = slot_of(programs, program[k], slot)
            if slot >= 0:
                written = ask_into(k, op[k], s, slot, pair_at, want, last, kinds, done, pair, begin, written)
                if written < 0:
                    return -2
        i = j
    return written


@kernel
def table_dones_into(
    first, last, op, program, start, ids, chosen, is_done, programs, pair_at, want, kind_of, slots,
    done, pair, begin,
):  # pragma: no cover - compiled  # fmt: skip
    """``dones_into`` over rows ``first`` to ``last`` (excluded) of a whole events table's columns,
    one device's, in place: only the rows of a chosen group (``chosen[ids[row]]`` non-zero) whose op
    is a -start of a kind (``kind_of``) or a -done (``is_done``, per op code) take part, and they
    must come in order of start (-1 is returned at the first that falls). ``done`` gets the rows
    themselves. ``slots``: per (program slot, kind), all ``NONE``. Returns the number of -dones
    written, or -2 when a row, code or id lies outside its table or an output is too short.
    """
    n = start.size
    ops = kind_of.size
    programs_count = programs.size
    if (
        first < 0
        or last > n
        or min(op.size, program.size, ids.size) < last
        or is_done.size != ops
        or not tables_fit(programs, pair_at, want, ops)
    ):
        return -2
    kinds = slots.size // programs_count
    written = 0
    slot = 0
    previous = NONE
    i = first
    while i < last:
        taking = takes_part(i, op, ids, chosen, kind_of, is_done)
        if taking < 0:
            return -2
        if taking == 0:
            i += 1
            continue
        s = start[i]
        if s < previous:
            return -1
        previous = s
        # The moment: the rows taking part whose start is s, up to the first that starts later.
        j = i
        while j < last:
            taking = takes_part(j, op, ids, chosen, kind_of, is_done)
            if taking < 0:
                return -2
            if taking > 0:
                if start[j] != s:
                    break
                kind = kind_of[op[j]]  # its start is noted before any of the moment asks
                if kind >= 0:
                    if kind >= kinds:
                        return -2
                    slot = slot_of(programs, program[j], slot)
                    if slot >= 0:
                        slots[slot * kinds + kind] = s
            j += 1
        for k in range(i, j):
            o = op[k]
            if is_done[o] == 0 or chosen[ids[k]] == 0:
                continue
            slot = slot_of(programs, program[k], slot)
            if slot >= 0:
                written = ask_into(k, o, s, slot, pair_at, want, slots, kinds, done, pair, begin, written)
                if written < 0:
                    return -2
        i = j
    return written


@kernel
def group_begin_order_into(group, begin, done_start, counts, order, limit):  # pragma: no cover - compiled
    """Every index into ``order``, by ``group``, then ``begin``, then ``done_start``, then index: a
    counting sort by group (codes 0..len(counts)-2; ``counts`` is scratch), then an insertion sort
    within each group, O(n + the pairs out of order). Transfers come nearly in that order (a link's
    -dones in order of start begin nearly in order too), so the second sort moves little; past
    ``limit`` moves it stops and returns -1 (``order`` then incomplete: sort another way). Returns
    0, or -2 for a group outside the codes or arrays of different lengths."""
    n = group.size
    if begin.size != n or done_start.size != n or order.size != n:
        return -2
    groups = counts.size - 1
    for g in range(counts.size):
        counts[g] = 0
    for i in range(n):
        g = group[i]
        if g < 0 or g >= groups:
            return -2
        counts[g + 1] += 1
    for g in range(groups):
        counts[g + 1] += counts[g]
    for i in range(n):  # stable: each group's indices in order
        g = group[i]
        order[counts[g]] = i
        counts[g] += 1
    moves = 0
    at = 0
    for g in range(groups):
        end = counts[g]  # after the placing loop, each group's end
        for t in range(at + 1, end):
            j = order[t]
            b = begin[j]
            d = done_start[j]
            u = t
            while u > at:
                k = order[u - 1]
                if begin[k] < b or (begin[k] == b and done_start[k] <= d):
                    break
                order[u] = k
                u -= 1
                moves += 1
            order[u] = j
            if moves > limit:
                return -1
        at = end
    return 0


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


def _table_dones(codes: str) -> Export:
    """``table_dones_into`` for op codes of one width (a categorical's codes are as narrow as they can be)."""
    kinds = (
        "i64", "i64", codes, I64, I64, "i32[:]", "u8[:]", "u8[:]", I64, "i64[:,:]", "i64[:,:]", I64, I64,
        I64, I64, I64,
    )  # fmt: skip
    return Export(f"table_dones_into_{codes[:-3]}", kinds, kernel="table_dones_into")


EXPORTS = (
    Export("dones_into", (I64, I64, I64, I64, "i64[:,:]", "i64[:,:]", I64, I64, I64, I64, I64)),
    _table_dones("i8[:]"),
    _table_dones("i16[:]"),
    _table_dones("i32[:]"),
    Export("group_begin_order_into", (I64, I64, I64, I64, I64, "i64")),
    Export("shares_into", (I64, I64, I64, I64, F64, F64)),
)
