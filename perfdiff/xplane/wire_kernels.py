"""The loops that walk an XSpace's protobuf wire format, as kernels (see ``perfdiff.compute.native``).

Protobuf-Python must build an object per event and per stat (a 1 GB trace needs gigabytes of them);
here only three shapes are decoded, straight into the caller's arrays:

- the top-level fields of one message (the XSpace's planes, an XPlane's lines and metadata): counted
  by ``field_count``, then written by ``fields_into`` as rows (number, wire type, field start, payload
  start, payload end, varint value);
- ``line_header_into``: an XLine's header (id, name, timestamp, event count) without its events, and
  where every so many events start (marks, so that a line's events can be decoded in parts);
- ``events_into``: an XLine's events, or a run of them between two marks, as columns — metadata_id,
  offset_ps, duration_ps — plus the value of each asked-for stat (by stat metadata id) and its kind;
  other stats are skipped unread.

Malformed input never reads out of bounds: each returns a negative status (see ``wire_scan.ERRORS``)
instead. Field semantics follow protobuf: a repeated scalar's last value wins; fields of a wrong wire
type are skipped as unknown fields; ``num_occurrences`` replaces ``offset_ps`` (one oneof).
"""

from __future__ import annotations

import numpy as np

from perfdiff.compute.native import SCALAR, Export, kernel
from perfdiff.xplane.columns import ABSENT, BYTES, DOUBLE, EMPTY, INT64, REF, STR, UINT64

# Status codes (0 = fine).
TRUNCATED, BAD_WIRE_TYPE, BAD_FIELD_NUMBER, LONG_VARINT, COUNT_MISMATCH, SHORT_OUTPUT = -1, -2, -3, -4, -5, -6

# fields_into columns.
NUMBER, WIRE, FIELD_START, START, END, VALUE = range(6)
# line_header_into slots.
(
    L_STATUS,
    L_EVENTS,
    L_ID,
    L_DISPLAY_ID,
    L_TIMESTAMP,
    L_DURATION,
    L_NAME,
    L_NAME_END,
    L_DISPLAY,
    L_DISPLAY_END,
) = range(10)
LINE_SLOTS = 10


@kernel(inline=True)
def read_varint(buf, pos, end):  # pragma: no cover - compiled
    """(value, position after it) of the varint at ``pos`` within buf[:end]; position < 0 on error.
    Values above 2**63 wrap to negative int64.

    One loop with its stop computed up front: a second code path (say, an unchecked fast one) made
    numba's output several times slower here (benchmarks/README.md).
    """
    limit = min(end, buf.size)
    if pos >= limit:
        return np.int64(0), TRUNCATED
    byte = buf[pos]
    if byte < 0x80:
        return np.int64(byte), pos + 1
    result = np.int64(byte & 0x7F)
    shift = 7
    at = pos + 1
    stop = min(pos + 10, limit)
    while at < stop:
        byte = buf[at]
        at += 1
        result |= np.int64(byte & 0x7F) << shift
        if byte < 0x80:
            return result, at
        shift += 7
    return np.int64(0), (LONG_VARINT if at == pos + 10 else TRUNCATED)


@kernel
def skip_field(buf, pos, end, wire):  # pragma: no cover - compiled
    """Position after a field's payload of wire type ``wire`` starting at ``pos``, or < 0."""
    if wire == 0:
        _, pos = read_varint(buf, pos, end)
        return pos
    if wire == 1:
        pos += 8
    elif wire == 2:
        size, pos = read_varint(buf, pos, end)
        if pos < 0:
            return pos
        if size < 0:
            return TRUNCATED
        pos += size
    elif wire == 5:
        pos += 4
    else:
        return BAD_WIRE_TYPE
    return pos if pos <= end else TRUNCATED


@kernel
def varint_into(buf, pos, end, out):  # pragma: no cover - compiled
    """out[0], out[1] = the varint at ``pos`` and the position after it; returns that position (< 0 on
    error)."""
    value, after = read_varint(buf, pos, end)
    out[0] = value
    out[1] = after
    return after


@kernel
def field_count(buf, start, end):  # pragma: no cover - compiled
    """How many top-level fields the message in buf[start:end] has, or a status < 0."""
    count = 0
    pos = start
    while pos < end:
        key, pos = read_varint(buf, pos, end)
        if pos < 0:
            return pos
        if key >> 3 == 0:
            return BAD_FIELD_NUMBER
        pos = skip_field(buf, pos, end, key & 7)
        if pos < 0:
            return pos
        count += 1
    return count


@kernel
def fields_into(buf, start, end, rows):  # pragma: no cover - compiled
    """One int64 row per top-level field of the message in buf[start:end] (``field_count`` rows,
    which checked them): NUMBER, WIRE, FIELD_START (of the tag), START/END (of the payload; a
    length-delimited field's content), VALUE (a varint's value, else 0). Returns 0."""
    pos = start
    for i in range(rows.shape[0]):
        rows[i, FIELD_START] = pos
        key, pos = read_varint(buf, pos, end)
        wire = key & 7
        rows[i, NUMBER] = key >> 3
        rows[i, WIRE] = wire
        rows[i, VALUE] = 0
        if wire == 0:
            value, after = read_varint(buf, pos, end)
            rows[i, VALUE] = value
        elif wire == 2:
            size, pos = read_varint(buf, pos, end)
            after = pos + size
        else:
            after = skip_field(buf, pos, end, wire)
        rows[i, START] = pos
        rows[i, END] = after
        pos = after
    return 0


@kernel
def line_header_into(buf, start, end, every, out, marks):  # pragma: no cover - compiled
    """An XLine's header fields and event count into ``out`` (LINE_SLOTS int64, slots L_*), without
    decoding events; ``marks[i]`` = the position of the tag of event ``i * every``, for as many as
    ``marks`` holds (a line of ``end - start`` bytes has at most (end - start) // 2 events). Returns
    out[L_STATUS]."""
    every = max(every, 1)
    for slot in range(LINE_SLOTS):
        out[slot] = 0
    pos = start
    while pos < end:
        field_start = pos
        key, pos = read_varint(buf, pos, end)
        if pos < 0:
            out[L_STATUS] = pos
            return pos
        number, wire = key >> 3, key & 7
        if number == 0:
            out[L_STATUS] = BAD_FIELD_NUMBER
            return BAD_FIELD_NUMBER
        if wire == 0:
            value, pos = read_varint(buf, pos, end)
            if number == 1:
                out[L_ID] = value
            elif number == 10:
                out[L_DISPLAY_ID] = value
            elif number == 3:
                out[L_TIMESTAMP] = value
            elif number == 9:
                out[L_DURATION] = value
        elif wire == 2:
            size, pos = read_varint(buf, pos, end)
            if pos < 0 or size < 0 or pos + size > end:
                out[L_STATUS] = TRUNCATED
                return TRUNCATED
            if number == 4:
                if out[L_EVENTS] % every == 0 and out[L_EVENTS] // every < marks.size:
                    marks[out[L_EVENTS] // every] = field_start
                out[L_EVENTS] += 1
            elif number == 2:
                out[L_NAME], out[L_NAME_END] = pos, pos + size
            elif number == 11:
                out[L_DISPLAY], out[L_DISPLAY_END] = pos, pos + size
            pos += size
        else:
            pos = skip_field(buf, pos, end, wire)
        if pos < 0:
            out[L_STATUS] = pos
            return pos
    return 0


@kernel
def events_into(
    buf, start, end, stat_ids, first_wins, first, last, mid, off, dur, kinds, values
):  # pragma: no cover
    """The events of the XLine in buf[start:end] into rows ``first`` to ``last`` (excluded) of the
    caller's columns (each row is cleared before it is filled, so they may hold anything): ``mid``,
    ``off``, ``dur`` (int64, one per event: ``line_header_into``'s count) and ``kinds``/``values``
    (len(stat_ids) × events): the value of each asked-for stat per event (see the kind constants; an
    absent field or stat reads 0); when an event repeats a stat, the last one wins, or the first with
    ``first_wins``. buf[start:end] is the whole line, or the part from the mark of event ``first`` to
    that of event ``last`` (``line_header_into``): parts write separate rows, so they may be decoded
    at the same time. Returns the status. One function with the event and stat loops written out:
    numba compiles nested calls taking arrays several times slower.
    """
    k = stat_ids.size
    n_events = last
    if (
        first < 0
        or last < first
        or min(mid.size, off.size, dur.size, kinds.shape[1], values.shape[1]) < last
        or min(kinds.shape[0], values.shape[0]) < k
    ):
        return SHORT_OUTPUT
    row = first
    pos = start
    while pos < end:
        key, pos = read_varint(buf, pos, end)
        if pos < 0:
            break
        if key != 0x22:  # not field 4 (events), length-delimited: skip it
            pos = BAD_FIELD_NUMBER if key >> 3 == 0 else skip_field(buf, pos, end, key & 7)
            if pos < 0:
                break
            continue
        size, pos = read_varint(buf, pos, end)
        if pos < 0 or size < 0 or pos + size > end:
            pos = TRUNCATED
            break
        if row >= n_events:
            pos = COUNT_MISMATCH
            break
        event_end = pos + size
        mid[row] = 0
        off[row] = 0
        dur[row] = 0
        for j in range(k):
            kinds[j, row] = ABSENT
            values[j, row] = 0
        while pos < event_end:  # one XEvent
            key, pos = read_varint(buf, pos, event_end)
            if pos < 0:
                break
            number, wire = key >> 3, key & 7
            if number == 0:
                pos = BAD_FIELD_NUMBER
            elif wire == 0:
                value, pos = read_varint(buf, pos, event_end)
                if number == 1:
                    mid[row] = value
                elif number == 2:
                    off[row] = value
                elif number == 3:
                    dur[row] = value
                elif number == 5:
                    off[row] = 0  # num_occurrences: the oneof no longer holds an offset
            elif wire == 2:
                size, pos = read_varint(buf, pos, event_end)
                if pos < 0 or size < 0 or pos + size > event_end:
                    pos = TRUNCATED
                    break
                stat_end = pos + size
                if number == 4 and k > 0:  # one XStat
                    metadata_id = np.int64(0)
                    kind = EMPTY
                    value = np.int64(0)
                    while pos < stat_end:
                        key, pos = read_varint(buf, pos, stat_end)
                        if pos < 0:
                            break
                        number, wire = key >> 3, key & 7
                        if number == 0:
                            pos = BAD_FIELD_NUMBER
                        elif wire == 0:
                            field_value, pos = read_varint(buf, pos, stat_end)
                            if number == 1:
                                metadata_id = field_value
                            elif number == 3:
                                kind, value = UINT64, field_value
                            elif number == 4:
                                kind, value = INT64, field_value
                            elif number == 7:
                                kind, value = REF, field_value
                        elif wire == 1:
                            if pos + 8 > stat_end:
                                pos = TRUNCATED
                            elif number == 2:
                                bits = np.int64(0)
                                for b in range(8):
                                    bits |= np.int64(buf[pos + b]) << (8 * b)
                                kind, value = DOUBLE, bits
                                pos += 8
                            else:
                                pos += 8
                        elif wire == 2:
                            length_at = pos
                            size, pos = read_varint(buf, pos, stat_end)
                            if pos < 0 or size < 0 or pos + size > stat_end:
                                pos = TRUNCATED
                            else:
                                if number == 5:
                                    kind, value = STR, length_at
                                elif number == 6:
                                    kind, value = BYTES, length_at
                                pos += size
                        elif wire == 5:
                            pos = pos + 4 if pos + 4 <= stat_end else TRUNCATED
                        else:
                            pos = BAD_WIRE_TYPE
                        if pos < 0:
                            break
                    if pos < 0:
                        break
                    for j in range(k):
                        if stat_ids[j] == metadata_id:
                            if not (first_wins and kinds[j, row] != ABSENT):
                                kinds[j, row] = kind
                                values[j, row] = value
                            break
                pos = stat_end
            elif wire == 1:
                pos = pos + 8 if pos + 8 <= event_end else TRUNCATED
            elif wire == 5:
                pos = pos + 4 if pos + 4 <= event_end else TRUNCATED
            else:
                pos = BAD_WIRE_TYPE
            if pos < 0:
                break
        if pos < 0:
            break
        row += 1
    if pos < 0:
        return pos
    if row != n_events:
        return COUNT_MISMATCH
    return 0


U8, I64, U8_2D, I64_2D = "u8[:]", "i64[:]", "u8[:,:]", "i64[:,:]"
EXPORTS = (
    Export("varint_into", (U8, SCALAR, SCALAR, I64)),
    Export("field_count", (U8, SCALAR, SCALAR)),
    Export("fields_into", (U8, SCALAR, SCALAR, I64_2D)),
    Export("line_header_into", (U8, SCALAR, SCALAR, SCALAR, I64, I64)),
    Export("events_into", (U8, SCALAR, SCALAR, I64, SCALAR, SCALAR, SCALAR, I64, I64, I64, U8_2D, I64_2D)),
)
