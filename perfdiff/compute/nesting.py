"""Nesting and coverage of intervals on timelines, as kernels (see ``perfdiff.compute.native``).

Both walk the events once, in the order of their starts (``intervals.start_order``) — or, when the
events already come in that order on each timeline, as they are, checking it as they go — so their
cost is at most that sort's, O(n log n), whatever the nesting and the overlap of the events:

- ``self_times_into``: each event's duration is subtracted from its innermost enclosing event on its
  timeline — the event before it in (start, longest first) order that ends no earlier than it (and,
  for a zero-length event, strictly after its start). Per timeline a stack holds the events that can
  still enclose a later one, with ends decreasing upwards: an event ending no later than a later one
  can never be the innermost encloser again and leaves the stack for good, so each event is pushed
  and popped once, however many others overlap it. Events that only partly overlap do not nest.
- ``covered_into``: per group, the length of the union of its events' intervals: a running reach per
  group, each event adding what it covers beyond the reach of the events before it;
- ``steps_into``: the step interval holding each event's start.

Times are int64 (ns); an event with a negative duration counts as zero-length.
"""

from __future__ import annotations

from perfdiff.compute.native import Export, kernel


@kernel
def self_times_into(order, timeline, start, dur, top, below, out):  # pragma: no cover - compiled
    """Self times into ``out`` (int64, one per event, indexed like ``start``): the event's duration
    less those of the events it is the innermost encloser of, at least 0.

    ``order``: every event index, by start, then end descending, then index — or empty when each
    timeline's events already come in that order (checked: -1 is returned as soon as one does not,
    and ``out`` is then incomplete). ``timeline``: a code in 0..len(top)-1 per event. ``top`` (all
    -1) and ``below`` (one per event) are the stacks' storage. Returns 0.
    """
    n = start.size
    given = order.size > 0
    for i in range(n):
        out[i] = dur[i] if dur[i] > 0 else 0
    for t in range(n):
        j = order[t] if given else t
        s = start[j]
        e = s + dur[j] if dur[j] > 0 else s
        need = e if e > s else s + 1
        g = timeline[j]
        i = top[g]
        if not given and i >= 0:  # i is the timeline's previous event: is it before j?
            before = start[i]
            if before > s or (before == s and before + (dur[i] if dur[i] > 0 else 0) < e):
                return -1
        while i >= 0 and start[i] + (dur[i] if dur[i] > 0 else 0) < need:
            i = below[i]
        if i >= 0:
            out[i] -= e - s
        while i >= 0 and start[i] + (dur[i] if dur[i] > 0 else 0) <= e:
            i = below[i]
        below[j] = i
        top[g] = j
    for i in range(n):
        if out[i] < 0:
            out[i] = 0
    return 0


@kernel
def covered_into(order, ids, group_of, start, dur, last, reach, out):  # pragma: no cover - compiled
    """Adds to ``out[g]`` the time covered by the [start, start + dur) intervals of group g's events.

    ``order``: the events by start, or empty when each group's events already come by start (checked:
    -1 is returned as soon as one does not, ``out`` then incomplete). The group of event ``j`` is
    ``group_of[ids[j]]`` (``ids``: int32, say each event's execution group; ``group_of``: a code in
    0..len(out)-1 per id). ``last`` and ``reach``: one slot per group, all below every start (the
    int64 minimum). Returns 0, or -2 when an id or a group lies outside its table (nothing is read or
    written out of bounds; ``out`` is then incomplete).
    """
    given = order.size > 0
    n = start.size
    if ids.size < n or dur.size < n or (given and order.size < n):
        return -2
    groups = out.size
    if last.size < groups or reach.size < groups:
        return -2
    for t in range(n):
        j = order[t] if given else t
        if j < 0 or j >= n:
            return -2
        i = ids[j]
        if i < 0 or i >= group_of.size:
            return -2
        g = group_of[i]
        if g < 0 or g >= groups:
            return -2
        s = start[j]
        if s < last[g]:
            return -1
        last[g] = s
        e = s + dur[j] if dur[j] > 0 else s
        r = reach[g]
        if e > r:
            out[g] += e - (s if s > r else r)
            reach[g] = e
    return 0


@kernel
def nearly_start_order_into(start, dur, order, limit):  # pragma: no cover - compiled
    """Every index into ``order``, by start, events of equal start by end (start + max(dur, 0))
    descending, then by index: an insertion sort, O(n + the pairs out of order), for events that
    come nearly in that order (a device's clock jitters its ops' starts by a few places). Returns
    the number of moves (0: already in order), or -1 past ``limit`` moves (``order`` then
    incomplete: sort another way), or -2 for arrays of different lengths."""
    n = start.size
    if dur.size != n or order.size != n:
        return -2
    moves = 0
    for t in range(n):
        s = start[t]
        e = s + dur[t] if dur[t] > 0 else s
        u = t
        while u > 0:
            k = order[u - 1]
            sk = start[k]
            if sk < s:
                break
            if sk == s:
                ek = sk + dur[k] if dur[k] > 0 else sk
                if ek >= e:
                    break
            order[u] = k
            u -= 1
            moves += 1
        order[u] = t
        if moves > limit:
            return -1
    return moves


@kernel
def steps_into(start, step_start, step_end, step, out):  # pragma: no cover - compiled
    """``out[i]``: the ``step`` of the interval [step_start, step_end) that holds ``start[i]``, or -1;
    the intervals sorted by start and not overlapping. The events are walked as they come, the step
    pointer moving forward while starts rise (events come by start on each timeline: O(events +
    steps) per timeline), a falling start finding its step by binary search. Returns 0."""
    m = step_start.size
    k = -1  # the last interval starting at or before the current start
    previous = start[0] if start.size else 0
    for i in range(start.size):
        s = start[i]
        if s < previous:
            low, high = 0, m
            while low < high:
                middle = (low + high) // 2
                if step_start[middle] <= s:
                    low = middle + 1
                else:
                    high = middle
            k = low - 1
        else:
            while k + 1 < m and step_start[k + 1] <= s:
                k += 1
        previous = s
        out[i] = step[k] if k >= 0 and s < step_end[k] else -1
    return 0


I64 = "i64[:]"
EXPORTS = (
    Export("self_times_into", (I64, I64, I64, I64, I64, I64, I64)),
    Export("covered_into", (I64, "i32[:]", I64, I64, I64, I64, I64, I64)),
    Export("steps_into", (I64, I64, I64, I64, I64)),
    Export("nearly_start_order_into", (I64, I64, I64, "i64")),
)
