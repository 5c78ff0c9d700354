"""The protobuf wire format of an XSpace, scanned by compiled loops over the file's bytes.

The loops are the kernels of ``wire_kernels`` (machine code from their committed IR, see
``perfdiff.compute.native``); this module allocates their outputs and names their results:

- ``message_fields``: the top-level fields of one message as rows (columns NUMBER, WIRE, FIELD_START,
  START, END, VALUE);
- ``scan_line``: an XLine's header and event count (slots L_*), and its events' marks;
- ``scan_events``: an XLine's events as columns, with the asked-for stats; a long line is decoded in
  parts between its marks, one thread per core (the kernels run without the GIL);
- ``batches``: a line cut at its marks into consecutive batches, each decoded on its own
  (``Line.column_batches``; ``Line.batch_readers``, to read them side by side), so that one batch's
  scratch serves a line of any length;
- ``read_varint``: one varint (a length prefix).

Malformed input gives a negative status (``ERRORS``), never a read out of bounds.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

import numpy as np

from perfdiff.compute import native
from perfdiff.compute.side_by_side import each, usable_cores
from perfdiff.xplane import wire_kernels
from perfdiff.xplane.wire_kernels import (  # noqa: F401  (the names callers index results with)
    BAD_FIELD_NUMBER,
    BAD_WIRE_TYPE,
    COUNT_MISMATCH,
    END,
    FIELD_START,
    L_DISPLAY,
    L_DISPLAY_END,
    L_DISPLAY_ID,
    L_DURATION,
    L_EVENTS,
    L_ID,
    L_NAME,
    L_NAME_END,
    L_STATUS,
    L_TIMESTAMP,
    LINE_SLOTS,
    LONG_VARINT,
    NUMBER,
    SHORT_OUTPUT,
    START,
    TRUNCATED,
    VALUE,
    WIRE,
)

ERRORS = {
    TRUNCATED: "a field runs past the end of its message (truncated file?)",
    BAD_WIRE_TYPE: "an unsupported wire type",
    BAD_FIELD_NUMBER: "field number 0",
    LONG_VARINT: "a varint longer than 10 bytes",
    COUNT_MISMATCH: "inconsistent event count",
    SHORT_OUTPUT: "output columns shorter than the line's events (a perfdiff bug)",
}
# A line's marks: where events 0, MARK_EVERY, 2 * MARK_EVERY... start (the points it may be split at).
MARK_EVERY = 1 << 15
# A part of a line decoded on its own thread has at least this many events: below, a thread's start
# (~0.1 ms) is a sizeable share of the part's decoding (~50 ns per event).
MIN_PART_EVENTS = 1 << 16


@functools.cache
def kernels() -> native.Kernels:
    """The compiled wire kernels (loaded once per process)."""
    return native.load(wire_kernels, wire_kernels.EXPORTS)


def message_fields(buf: np.ndarray, start: int, end: int) -> tuple[int, np.ndarray]:
    """(status, rows): one int64 row per top-level field of the message in buf[start:end]."""
    k = kernels()
    count = k.field_count(buf, start, end)
    if count < 0:
        return count, np.zeros((0, 6), np.int64)
    rows = np.empty((count, 6), np.int64)
    k.fields_into(buf, start, end, rows)
    return 0, rows


def scan_line(buf: np.ndarray, start: int, end: int) -> tuple[np.ndarray, np.ndarray]:
    """(header, marks): an XLine's header fields and event count (int64 slots L_*; L_STATUS < 0 on
    error), and the position of every MARK_EVERY-th event in ``buf`` (int64, one per started run of
    MARK_EVERY events)."""
    out = np.zeros(LINE_SLOTS, np.int64)
    marks = np.zeros((end - start) // 2 // MARK_EVERY + 1, np.int64)  # an event field is >= 2 bytes
    kernels().line_header_into(buf, start, end, MARK_EVERY, out, marks)
    return out, marks[: -(-int(out[L_EVENTS]) // MARK_EVERY)].copy()


def scan_events(
    buf: np.ndarray,
    start: int,
    end: int,
    n_events: int,
    stat_ids: np.ndarray,
    first_wins: bool,
    scratch: Scratch | None = None,
    marks: np.ndarray | None = None,
) -> tuple[int, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(status, metadata_id, offset_ps, duration_ps, kinds, values) of the XLine in buf[start:end].

    ``n_events`` and ``marks`` come from ``scan_line``; with ``marks``, a long line is decoded in
    parts, side by side on the cores this process may use. ``kinds``/``values`` are (len(stat_ids),
    n_events): the value of each asked-for stat per event (kinds of ``columns``; a str/bytes value is
    the offset of its length prefix in ``buf``); when an event repeats a stat, the last one wins, or
    the first with ``first_wins``. With ``scratch``, the arrays are views into its buffers, valid
    until its next use.
    """
    ids = np.ascontiguousarray(stat_ids, np.int64)
    k = len(ids)
    mid, off, dur, kinds, values = (scratch or Scratch()).columns(n_events, k)
    events_into = kernels().events_into
    parts = _parts(start, end, n_events, marks)
    results: list[int] = [0] * len(parts)

    def decode(i: int) -> None:
        (begin, stop), (first, last) = parts[i]
        results[i] = events_into(
            buf, begin, stop, ids, int(first_wins), first, last, mid, off, dur, kinds, values
        )

    each(len(parts), decode)
    status = next((s for s in results if s < 0), 0)  # the first part's error: where one scan stops
    return status, mid, off, dur, kinds, values


class Batch(NamedTuple):
    """Events ``first`` to ``last`` (excluded) of a line, in bytes ``start`` to ``end`` of the file, and
    the marks of its events (``scan_line``'s, from event ``first`` on)."""

    first: int
    last: int
    start: int
    end: int
    marks: np.ndarray


def batches(start: int, end: int, n_events: int, marks: np.ndarray, rows: int) -> list[Batch]:
    """The line in buf[start:end] (``n_events`` events with ``scan_line``'s ``marks``) as consecutive
    batches of ``rows`` events, rounded to a multiple of MARK_EVERY (the last batch: the rest)."""
    step = max(1, rows // MARK_EVERY)  # marks per batch
    if len(marks) <= step:
        return [Batch(0, n_events, start, end, marks)]
    return [
        Batch(
            i * MARK_EVERY,
            min(n_events, (i + step) * MARK_EVERY),
            int(marks[i]) if i else start,
            int(marks[i + step]) if i + step < len(marks) else end,
            marks[i : i + step],
        )
        for i in range(0, len(marks), step)
    ]


def _parts(
    start: int, end: int, n_events: int, marks: np.ndarray | None
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """((byte start, byte end), (first event, last event excluded)) of each part of a line to decode
    on its own thread: one per core, each at least MIN_PART_EVENTS long, split at the marks."""
    count = min(usable_cores(), n_events // MIN_PART_EVENTS)
    if marks is None or not len(marks) or count <= 1:
        return [((start, end), (0, n_events))]
    # Event index of each split, a multiple of MARK_EVERY: the mark says where its bytes start.
    at = sorted({round(n_events * i / count / MARK_EVERY) for i in range(1, count)} - {0})
    at = [i for i in at if i < len(marks)]
    firsts = [0, *(i * MARK_EVERY for i in at)]
    begins = [start, *(int(marks[i]) for i in at)]
    return [
        ((begin, stop), (first, last))
        for begin, stop, first, last in zip(
            begins, [*begins[1:], end], firsts, [*firsts[1:], n_events], strict=True
        )
    ]


class Scratch:
    """Buffers for the columns of one line at a time, reused from line to line: a line's columns are
    read and dropped before the next is scanned, and fresh memory costs the kernel a page clearing."""

    def __init__(self) -> None:
        self._int = np.zeros(0, np.int64)
        self._kinds = np.zeros(0, np.uint8)

    def columns(self, n: int, k: int) -> tuple[np.ndarray, ...]:
        """(metadata_id, offset_ps, duration_ps, kinds, values) views for ``n`` events and ``k`` stats
        (contents undefined)."""
        if len(self._int) < (3 + k) * n:
            self._int = np.empty((3 + k) * n, np.int64)
        if len(self._kinds) < k * n:
            self._kinds = np.empty(k * n, np.uint8)
        ints = self._int[: (3 + k) * n]
        return (
            ints[:n],
            ints[n : 2 * n],
            ints[2 * n : 3 * n],
            self._kinds[: k * n].reshape(k, n),
            ints[3 * n :].reshape(k, n),
        )


def read_varint(buf: np.ndarray, pos: int, end: int) -> tuple[int, int]:
    """(value, position after it) of the varint at ``pos`` within buf[:end]; position < 0 on error."""
    out = np.zeros(2, np.int64)
    kernels().varint_into(buf, pos, end, out)
    return int(out[0]), int(out[1])
