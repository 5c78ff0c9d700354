"""An XSpace as the parse stage reads it: planes with their metadata, lines that yield event columns.

Two decoders stand behind the same interface:

- ``from_proto``: the protobuf runtime (upb) parses the whole file into objects; a line's columns are
  gathered by a Python loop over its events. No compile step, so it is the quickest way into a small
  file.
- ``from_wire``: numba-compiled loops (``wire_scan``) walk the file's bytes. Only the small messages —
  the XSpace without its planes, each XPlane without its lines (metadata maps, plane stats) — go
  through upb; lines are located by byte range and their events decoded on demand into columns, only
  the stats asked for. Over a memory map, the pages of a line are handed back to the kernel once
  scanned, so a file never needs to be resident at once.

A ``PlaneView`` answers ``name``, ``id``, ``stats``, ``event_metadata`` and ``stat_metadata`` like an
XPlane (``PlaneStats`` and the metadata readers take either); its ``lines`` are ``Line``s.
"""

from __future__ import annotations

import contextlib
import functools
import mmap
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np

from perfdiff.errors import BadTraceError
from perfdiff.xplane import xplane_pb2
from perfdiff.xplane.columns import (
    BYTES,
    DOUBLE,
    EMPTY,
    INT64,
    NO_STAT,
    REF,
    STR,
    UINT64,
    EventColumns,
    stat_id_array,
)

_PAGE = mmap.PAGESIZE
# Events per batch of ``Line.column_batches``: a batch's columns (~42 bytes an event with two stats)
# are a 22 MB scratch reused batch after batch, where a whole line's would be fresh memory in
# proportion to the line (105 MB for a line of 2.5M events).
BATCH_EVENTS = 1 << 19


class Line:
    """One timeline: header fields, and its events as columns on demand."""

    id: int
    name: str
    display_name: str
    timestamp_ns: int
    duration_ps: int
    n_events: int

    def columns(
        self, stat_ids: Sequence[int | None] = (), *, first_wins: bool = False, scratch: Any = None
    ) -> EventColumns:
        """The line's events; per event the value of each stat in ``stat_ids`` (None: not asked).
        When an event repeats a stat the last one counts, or the first with ``first_wins``. With a
        ``wire_scan.Scratch``, the columns may be views into its buffers, valid until its next use."""
        raise NotImplementedError

    def column_batches(
        self,
        stat_ids: Sequence[int | None] = (),
        *,
        first_wins: bool = False,
        scratch: Any = None,
        rows: int | None = None,
    ) -> Iterator[tuple[int, EventColumns]]:
        """The line's events as ``columns`` gives them, in consecutive batches of about ``rows``
        events (None: BATCH_EVENTS): (row of the batch's first event, its columns). A batch's
        columns may be views into ``scratch``, valid until the next batch is asked for. A decoder
        that holds the whole line anyway (``from_proto``) gives it as one batch."""
        for first, read in self.batch_readers(stat_ids, first_wins=first_wins, rows=rows):
            yield first, read(scratch, True)

    def batch_readers(
        self, stat_ids: Sequence[int | None] = (), *, first_wins: bool = False, rows: int | None = None
    ) -> list[tuple[int, Callable[[Any, bool], EventColumns]]]:
        """The batches of ``column_batches`` as (row of the batch's first event, ``read(scratch,
        in_parts)``, which reads the batch's columns: ``in_parts``, cut into a part per core decoded
        side by side, else on the calling thread). Batches can be read in any order, or on several
        threads at once, each with a scratch of its own."""
        del rows

        def read(scratch: Any, in_parts: bool) -> EventColumns:
            del in_parts  # a decoder that holds the whole line has nothing to cut
            return self.columns(stat_ids, first_wins=first_wins, scratch=scratch)

        return [(0, read)]


class PlaneView:
    """A plane: its protobuf message for metadata and stats, and its lines."""

    def __init__(self, proto: xplane_pb2.XPlane, lines: list[Line]) -> None:
        self.proto = proto
        self.lines = lines

    @property
    def name(self) -> str:
        return self.proto.name

    @property
    def id(self) -> int:
        return self.proto.id

    @property
    def stats(self) -> Any:
        return self.proto.stats

    @property
    def event_metadata(self) -> Any:
        return self.proto.event_metadata

    @property
    def stat_metadata(self) -> Any:
        return self.proto.stat_metadata


class SpaceView:
    """The planes of one host file, plus the XSpace's errors, warnings and hostnames."""

    def __init__(
        self, planes: list[PlaneView], head: xplane_pb2.XSpace, closer: Any = None, decoder: str = ""
    ) -> None:
        self.planes = planes
        self.errors = list(head.errors)
        self.warnings = list(head.warnings)
        self.hostnames = list(head.hostnames)
        self.decoder = decoder
        self._closer = closer

    def close(self) -> None:
        """Release the file's bytes; lines cannot be read afterwards (planes' metadata stay usable)."""
        if self._closer is not None:
            self._closer()
            self._closer = None

    def __enter__(self) -> SpaceView:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --- protobuf objects --------------------------------------------------------------------------------


class _ProtoLine(Line):
    def __init__(self, line: xplane_pb2.XLine) -> None:
        self._line = line
        self.id, self.name, self.display_name = line.id, line.name, line.display_name
        self.timestamp_ns, self.duration_ps = line.timestamp_ns, line.duration_ps
        self.n_events = len(line.events)

    def columns(
        self, stat_ids: Sequence[int | None] = (), *, first_wins: bool = False, scratch: Any = None
    ) -> EventColumns:
        del scratch  # fresh arrays: the protobuf objects are the memory here
        events = self._line.events
        n = len(events)
        ids = stat_id_array(stat_ids)
        k = len(ids)
        wanted: dict[int, int] = {}
        for column, stat_id in enumerate(ids.tolist()):
            wanted.setdefault(stat_id, column)  # an id asked twice fills its first column, as the scanner
        wanted.pop(int(NO_STAT), None)
        # Plain Python containers in the loop (numpy item access costs more than the work).
        kinds = [bytearray(n) for _ in range(k)]
        values = [[0] * n for _ in range(k)]
        texts: dict[int, str | bytes] = {}
        mids, offsets, durations = [0] * n, [0] * n, [0] * n
        for i, event in enumerate(events):
            mids[i], offsets[i], durations[i] = event.metadata_id, event.offset_ps, event.duration_ps
            if not wanted:
                continue
            for stat in event.stats:
                j = wanted.get(stat.metadata_id)
                if j is None or (first_wins and kinds[j][i]):
                    continue
                which = stat.WhichOneof("value")
                kind = _KINDS.get(which, EMPTY)
                kinds[j][i] = kind
                if kind in (UINT64, INT64, REF):
                    value = getattr(stat, which)
                    values[j][i] = value - (1 << 64) if value >= 1 << 63 else value
                elif kind in (STR, BYTES):
                    texts[len(texts)] = getattr(stat, which)
                    values[j][i] = len(texts) - 1
                elif kind == DOUBLE:
                    values[j][i] = int(np.float64(stat.double_value).view(np.int64))
        return EventColumns(
            np.array(mids, np.int64),
            np.array(offsets, np.int64),
            np.array(durations, np.int64),
            np.array([np.frombuffer(row, np.uint8) for row in kinds], np.uint8).reshape(k, n),
            np.array(values, np.int64).reshape(k, n),
            texts,
        )


_KINDS = {
    "double_value": DOUBLE,
    "uint64_value": UINT64,
    "int64_value": INT64,
    "str_value": STR,
    "bytes_value": BYTES,
    "ref_value": REF,
}


def from_proto(space: xplane_pb2.XSpace) -> SpaceView:
    """A view over an XSpace already parsed by the protobuf runtime."""
    planes = [PlaneView(plane, [_ProtoLine(line) for line in plane.lines]) for plane in space.planes]
    return SpaceView(planes, space, decoder="proto")


# --- wire bytes ----------------------------------------------------------------------------------------


class _WireLine(Line):
    def __init__(self, wire: _Wire, start: int, end: int, scanned: tuple[np.ndarray, np.ndarray]) -> None:
        """``scanned``: ``wire_scan.scan_line``'s (header, marks) of the line in wire.buf[start:end]."""
        from perfdiff.xplane import wire_scan as ws

        header, self._marks = scanned
        wire.check(int(header[ws.L_STATUS]))
        self._wire, self._start, self._end = wire, start, end
        self.id, self.timestamp_ns = int(header[ws.L_ID]), int(header[ws.L_TIMESTAMP])
        self.duration_ps, self.n_events = int(header[ws.L_DURATION]), int(header[ws.L_EVENTS])
        self.name = wire.text(int(header[ws.L_NAME]), int(header[ws.L_NAME_END]))
        self.display_name = wire.text(int(header[ws.L_DISPLAY]), int(header[ws.L_DISPLAY_END]))

    def columns(
        self, stat_ids: Sequence[int | None] = (), *, first_wins: bool = False, scratch: Any = None
    ) -> EventColumns:
        from perfdiff.xplane import wire_scan as ws

        batch = ws.Batch(0, self.n_events, self._start, self._end, self._marks)
        return self._decode(batch, stat_id_array(stat_ids), first_wins, scratch)

    def batch_readers(
        self, stat_ids: Sequence[int | None] = (), *, first_wins: bool = False, rows: int | None = None
    ) -> list[tuple[int, Callable[[Any, bool], EventColumns]]]:
        from perfdiff.xplane import wire_scan as ws

        ids = stat_id_array(stat_ids)
        return [
            (batch.first, functools.partial(self._decode, batch, ids, first_wins))
            for batch in ws.batches(self._start, self._end, self.n_events, self._marks, rows or BATCH_EVENTS)
        ]

    def _decode(
        self, batch: Any, ids: np.ndarray, first_wins: bool, scratch: Any, in_parts: bool = True
    ) -> EventColumns:
        """The events of one ``wire_scan.Batch`` of the line as columns (``in_parts``: the batch cut
        at its marks into a part per core, decoded side by side); its pages are then dropped."""
        from perfdiff.xplane import wire_scan as ws

        wire = self._wire
        marks = batch.marks if in_parts else None
        status, mid, off, dur, kinds, values = ws.scan_events(
            wire.buf, batch.start, batch.end, batch.last - batch.first, ids, first_wins, scratch, marks
        )
        wire.check(int(status))
        texts: dict[int, str | bytes] = {}
        for kind in (STR, BYTES):
            for at in np.unique(values[kinds == kind]).tolist():
                texts[at] = wire.length_prefixed(at, as_text=kind == STR)
        wire.release(batch.start, batch.end)
        return EventColumns(mid, off, dur, kinds, values, texts)


class _Wire:
    """The file's bytes as a uint8 array, and what the views need from them."""

    def __init__(self, buf: np.ndarray, source: str, mapped: mmap.mmap | None) -> None:
        self.buf = buf
        self.source = source
        self._mapped = mapped

    def check(self, status: int) -> None:
        from perfdiff.xplane.wire_scan import ERRORS

        if status < 0:
            raise unreadable(self.source, ERRORS.get(status, f"status {status}"))

    def text(self, start: int, end: int) -> str:
        try:
            return bytes(self.buf[start:end]).decode("utf-8")
        except UnicodeDecodeError as err:
            raise unreadable(self.source, f"a name is not UTF-8: {err}") from err

    def length_prefixed(self, at: int, *, as_text: bool) -> str | bytes:
        from perfdiff.xplane.wire_scan import read_varint

        size, start = read_varint(self.buf, at, len(self.buf))
        data = bytes(self.buf[start : start + size])
        return self.text(start, start + size) if as_text else data

    def release(self, start: int, end: int) -> None:
        """Drop the scanned pages of a memory-mapped file from this process (re-read on demand)."""
        if self._mapped is None:
            return
        first = start // _PAGE * _PAGE
        last = -(-end // _PAGE) * _PAGE
        self._mapped.madvise(mmap.MADV_DONTNEED, first, min(last, len(self._mapped)) - first)

    def close(self) -> None:
        self.buf = np.zeros(0, np.uint8)
        if self._mapped is not None:
            # A view still alive (say, in a traceback) keeps the map open until GC unmaps it.
            with contextlib.suppress(BufferError):
                self._mapped.close()
            self._mapped = None


def from_wire(data: bytes | mmap.mmap, source: str) -> SpaceView:
    """A view over serialized XSpace bytes (a bytes object or a read-only memory map of the file).

    Raises BadTraceError when the bytes are not an XSpace. The view owns a memory map: ``close()``
    unmaps it.
    """
    from perfdiff.xplane import wire_scan as ws

    mapped = data if isinstance(data, mmap.mmap) else None
    wire = _Wire(np.frombuffer(data, np.uint8), source, mapped)
    try:
        status, fields = ws.message_fields(wire.buf, 0, len(wire.buf))
        wire.check(int(status))
        is_plane = (fields[:, ws.NUMBER] == 1) & (fields[:, ws.WIRE] == 2)
        head = _parse(xplane_pb2.XSpace, wire, fields[~is_plane], source)
        plane_fields = []
        for row in fields[is_plane]:
            status, found = ws.message_fields(wire.buf, int(row[ws.START]), int(row[ws.END]))
            wire.check(int(status))
            plane_fields.append(found)
        scanned = _scan_lines(wire, plane_fields)
        planes = [_plane(wire, found, scanned) for found in plane_fields]
    except BaseException:
        wire.close()
        raise
    return SpaceView(planes, head, closer=wire.close, decoder="wire")


def _line_fields(fields: np.ndarray) -> np.ndarray:
    from perfdiff.xplane import wire_scan as ws

    return (fields[:, ws.NUMBER] == 3) & (fields[:, ws.WIRE] == 2)


def _scan_lines(wire: _Wire, plane_fields: list[np.ndarray]) -> dict[int, tuple[np.ndarray, np.ndarray]]:
    """Every line's ``scan_line`` (header, marks), by its start: the lines' headers are counted side
    by side, one thread per core (a pass over every event of the file), and each line's pages are
    dropped from the process once counted."""
    from perfdiff.compute.side_by_side import each
    from perfdiff.xplane import wire_scan as ws

    spans = [(int(r[ws.START]), int(r[ws.END])) for found in plane_fields for r in found[_line_fields(found)]]
    scanned: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    def scan(i: int) -> None:
        start, end = spans[i]
        scanned[start] = ws.scan_line(wire.buf, start, end)
        wire.release(start, end)  # counting the events touched every page of the line

    each(len(spans), scan, sizes=[end - start for start, end in spans])
    return scanned


def _plane(wire: _Wire, fields: np.ndarray, scanned: dict[int, tuple[np.ndarray, np.ndarray]]) -> PlaneView:
    from perfdiff.xplane import wire_scan as ws

    is_line = _line_fields(fields)
    proto = _parse(xplane_pb2.XPlane, wire, fields[~is_line], wire.source)
    lines: list[Line] = [
        _WireLine(wire, int(r[ws.START]), int(r[ws.END]), scanned[int(r[ws.START])]) for r in fields[is_line]
    ]
    return PlaneView(proto, lines)


def _parse(message: Any, wire: _Wire, fields: np.ndarray, source: str) -> Any:
    """Parse the given top-level fields (rows of ``message_fields``) as one ``message``."""
    from google.protobuf.message import DecodeError

    from perfdiff.xplane import wire_scan as ws

    spans: list[list[int]] = []
    for start, end in zip(fields[:, ws.FIELD_START].tolist(), fields[:, ws.END].tolist(), strict=True):
        if spans and spans[-1][1] == start:
            spans[-1][1] = end  # neighbouring fields: one slice
        else:
            spans.append([start, end])
    data = b"".join(bytes(wire.buf[s:e]) for s, e in spans)
    try:
        return message.FromString(data)
    except (DecodeError, RuntimeError, ValueError) as err:
        raise unreadable(source, str(err)) from err


def unreadable(source: str, reason: str) -> BadTraceError:
    """The error for a file that does not decode as an XSpace."""
    text = " ".join(reason.split())[:120] or "decode error"
    return BadTraceError(
        f"{source} is not a readable XSpace protobuf ({text}): it may be truncated or "
        "not an XPlane trace at all"
    )
