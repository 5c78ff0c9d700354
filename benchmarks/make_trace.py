"""Benchmark traces of any size: a real XSpace with its steps replicated, written as protobuf wire format.

usage: python benchmarks/make_trace.py SOURCE OUT --op-events N [--hosts H] [--all-lines] [--no-steps]

SOURCE is a real ``.xplane.pb`` (the TPU v6e trace in tests/data/traces, or a CPU capture from
``perfdiff capture``). Every line of the planes that hold op events (TPU/GPU device planes; the
``/host:CPU`` plane of CPU and GPU traces; every plane with ``--all-lines``) is repeated R times, each
replica shifted by the period P (ps) of the source's activity, so that replica r is the source's step
run again r·P later. Stats that name a time (``device_offset_ps``) shift by r·P; counters that must stay
unique or consecutive (``step_num``, ``group_id``, ``correlation_id``, ``run_id``) shift by
r·(their range). A TPU source without a ``Steps`` line gets one per device plane, one step per replica,
so step assignment is exercised. Everything else (metadata, plane stats, other planes) is kept once.

Ten million events do not fit protobuf-Python objects, so the events are encoded straight into bytes by a
numba loop; only the small messages (plane and line headers, metadata) go through the protobuf runtime.
The file is canonical protobuf (fields in number order), so any XSpace reader takes it: perfdiff, xprof,
``jax.profiler.ProfileData``.

With ``--hosts H``, OUT is a run folder holding ``host0.xplane.pb`` ... ``host{H-1}.xplane.pb``, each with
N op events (copies of one file).
"""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numba
import numpy as np

from perfdiff.parse.chunks import device_planes
from perfdiff.xplane import xplane_pb2

STEPS_LINE = "Steps"
TIME_STATS = ("device_offset_ps",)
COUNTER_STATS = ("step_num", "group_id", "correlation_id", "run_id")


@dataclass(frozen=True)
class TraceInfo:
    """What was written: ``op_events`` = ``replicas`` × ``base_op_events``; ``period_ps`` between replicas."""

    path: Path
    op_events: int
    replicas: int
    base_op_events: int
    period_ps: int
    file_bytes: int


@numba.njit(cache=True)
def _vlen(value: np.int64) -> int:
    u = np.uint64(value)
    n = 1
    while u >= 128:
        u >>= np.uint64(7)
        n += 1
    return n


@numba.njit(cache=True)
def _put(out: np.ndarray, pos: int, value: np.int64) -> int:
    u = np.uint64(value)
    while u >= 128:
        out[pos] = np.uint8((u & np.uint64(0x7F)) | np.uint64(0x80))
        pos += 1
        u >>= np.uint64(7)
    out[pos] = np.uint8(u)
    return pos + 1


def _varint(value: int) -> bytes:
    """A tag or a length as a varint, by the compiled encoder the events are written with."""
    out = np.zeros(10, np.uint8)
    return out[: _put(out, 0, np.int64(value))].tobytes()


def _field(number: int, payload: bytes) -> bytes:
    """A length-delimited field: tag, length, payload."""
    return _varint(number << 3 | 2) + _varint(len(payload)) + payload


@numba.njit(cache=True)
def _encode_events(
    rep, idx, period, mid, off, dur, st_lo, st_hi, kind, a, b, base, shift, blob, out
) -> int:  # pragma: no cover - compiled
    """Serialized ``XLine.events`` fields (tag 0x22 each): for each t, base event idx[t] of replica
    rep[t] (shifted by rep[t]·period).

    Stat j of event i (j in [st_lo[i], st_hi[i])): kind 0 = static bytes blob[a[j]:b[j]] (a whole
    ``XEvent.stats`` field); kind 1 = an integer XStat {metadata_id a[j], field b[j] (3 uint64, 4 int64):
    base[j] + r·shift[j]}. Counts the bytes when ``out`` is empty, writes them otherwise.
    """
    write = out.size > 0
    pos = 0
    for t in range(rep.size):
        r, i = np.int64(rep[t]), np.int64(idx[t])
        o = off[i] + r * period
        size = 1 + _vlen(mid[i]) + 1 + _vlen(o) + 1 + _vlen(dur[i])
        for j in range(st_lo[i], st_hi[i]):
            if kind[j] == 0:
                size += b[j] - a[j]
            else:
                inner = 1 + _vlen(a[j]) + 1 + _vlen(base[j] + r * shift[j])
                size += 1 + _vlen(inner) + inner
        if not write:
            pos += 1 + _vlen(size) + size
            continue
        out[pos] = 0x22
        pos = _put(out, pos + 1, size)
        out[pos] = 0x08
        pos = _put(out, pos + 1, mid[i])
        out[pos] = 0x10
        pos = _put(out, pos + 1, o)
        out[pos] = 0x18
        pos = _put(out, pos + 1, dur[i])
        for j in range(st_lo[i], st_hi[i]):
            if kind[j] == 0:
                for k in range(a[j], b[j]):
                    out[pos] = blob[k]
                    pos += 1
            else:
                v = base[j] + r * shift[j]
                out[pos] = 0x22
                pos = _put(out, pos + 1, 1 + _vlen(a[j]) + 1 + _vlen(v))
                out[pos] = 0x08
                pos = _put(out, pos + 1, a[j])
                out[pos] = np.uint8(b[j] << 3)
                pos = _put(out, pos + 1, v)
    return pos


class _Shifts:
    """Which stats of a plane shift per replica, and by how much."""

    def __init__(self, plane: xplane_pb2.XPlane, period_ps: int, ranges: dict[str, int]) -> None:
        names = {key: meta.name for key, meta in plane.stat_metadata.items()}
        self.by_id: dict[int, int] = {}
        for key, name in names.items():
            if name in TIME_STATS:
                self.by_id[key] = period_ps
            elif name in COUNTER_STATS:
                self.by_id[key] = ranges.get(name, 1)


def _counter_ranges(planes: list[xplane_pb2.XPlane]) -> dict[str, int]:
    """max − min + 1 of each counter stat over the replicated events, so replicas never collide."""
    low: dict[str, int] = {}
    high: dict[str, int] = {}
    for plane in planes:
        names = {key: meta.name for key, meta in plane.stat_metadata.items()}
        for line in plane.lines:
            for event in line.events:
                for stat in event.stats:
                    name = names.get(stat.metadata_id)
                    if name in COUNTER_STATS and stat.WhichOneof("value") in ("int64_value", "uint64_value"):
                        value = stat.int64_value or stat.uint64_value
                        low[name] = min(low.get(name, value), value)
                        high[name] = max(high.get(name, value), value)
    return {name: high[name] - low[name] + 1 for name in low}


def _encode_line(
    line: xplane_pb2.XLine, shifts: _Shifts, replicas: int, period_ps: int, time_order: bool = False
) -> bytes:
    """The line with its events replicated: replica after replica, or all in order of start time."""
    events = line.events
    n = len(events)
    mid = np.array([e.metadata_id for e in events], np.int64)
    off = np.array([e.offset_ps for e in events], np.int64)
    dur = np.array([e.duration_ps for e in events], np.int64)
    if any(e.WhichOneof("data") == "num_occurrences" for e in events):
        raise ValueError(f"line {line.name!r} has aggregated events (num_occurrences); cannot replicate")
    st_lo = np.zeros(n, np.int64)
    st_hi = np.zeros(n, np.int64)
    kind: list[int] = []
    a: list[int] = []
    b: list[int] = []
    base: list[int] = []
    shift: list[int] = []
    blob = bytearray()
    for i, event in enumerate(events):
        st_lo[i] = len(kind)
        for stat in event.stats:
            step = shifts.by_id.get(stat.metadata_id)
            which = stat.WhichOneof("value")
            if step is not None and which in ("int64_value", "uint64_value"):
                kind.append(1)
                a.append(stat.metadata_id)
                b.append(4 if which == "int64_value" else 3)
                base.append(stat.int64_value if which == "int64_value" else stat.uint64_value)
                shift.append(step)
            else:
                piece = _field(4, stat.SerializeToString())
                kind.append(0)
                a.append(len(blob))
                blob += piece
                b.append(len(blob))
                base.append(0)
                shift.append(0)
        st_hi[i] = len(kind)
    arrays = (
        np.array(kind, np.int64),
        np.array(a, np.int64),
        np.array(b, np.int64),
        np.array([v - (1 << 64) if v >= 1 << 63 else v for v in base], np.int64),
        np.array(shift, np.int64),
        np.frombuffer(bytes(blob) or b"\0", np.uint8),
    )
    rep = np.repeat(np.arange(replicas, dtype=np.int32), n)
    idx = np.tile(np.arange(n, dtype=np.int32), replicas)
    if time_order:  # as a profiler writes a line: by start (stable, so ties keep replica order)
        order = np.argsort(off[idx] + rep.astype(np.int64) * period_ps, kind="stable")
        rep, idx = rep[order], idx[order]
        del order
    args = (rep, idx, period_ps, mid, off, dur, st_lo, st_hi, *arrays)
    size = _encode_events(*args, np.zeros(0, np.uint8))
    out = np.empty(size, np.uint8)
    written = _encode_events(*args, out)
    assert written == size
    head = xplane_pb2.XLine(id=line.id, name=line.name, timestamp_ns=line.timestamp_ns)
    tail = xplane_pb2.XLine(display_id=line.display_id, display_name=line.display_name)
    if line.duration_ps:
        tail.duration_ps = line.duration_ps + (replicas - 1) * period_ps
    return head.SerializeToString() + out.tobytes() + tail.SerializeToString()


def _span_ps(planes: list[xplane_pb2.XPlane]) -> tuple[int, int]:
    """(first start, last end) in absolute ps over the events of ``planes``, device-clock stats included."""
    first, last = None, None
    for plane in planes:
        dev_off = {k for k, m in plane.stat_metadata.items() if m.name == "device_offset_ps"}
        dev_dur = {k for k, m in plane.stat_metadata.items() if m.name == "device_duration_ps"}
        for line in plane.lines:
            base = line.timestamp_ns * 1000
            for event in line.events:
                start, end = event.offset_ps, event.offset_ps + event.duration_ps
                values = {s.metadata_id: s.int64_value or s.uint64_value for s in event.stats}
                d_off = next((values[k] for k in dev_off if k in values), None)
                d_dur = next((values[k] for k in dev_dur if k in values), 0)
                if d_off is not None:
                    start, end = min(start, d_off), max(end, d_off + d_dur)
                first = base + start if first is None else min(first, base + start)
                last = base + end if last is None else max(last, base + end)
    if first is None:
        raise ValueError("the source trace has no events on the planes to replicate")
    return first, last


def _add_steps_line(plane: xplane_pb2.XPlane, replicas: int, period_ps: int, first: int, last: int) -> int:
    """A ``Steps`` line: one event per replica, covering it, carrying ``step_num`` = replica."""
    gap = period_ps - (last - first)
    begin = first - gap // 4
    spans = [
        (begin + r * period_ps, begin + r * period_ps + last - first + gap // 2) for r in range(replicas)
    ]
    return steps_line(plane, first // 1000, spans)


def steps_line(plane: xplane_pb2.XPlane, timestamp_ns: int, spans: list[tuple[int, int]]) -> int:
    """Add a ``Steps`` line starting at ``timestamp_ns`` with one ``train_step`` event per (start,
    stop) in ``spans`` (ps, absolute), the i-th carrying ``step_num`` = i; returns the line's id."""
    stat_id = next((k for k, m in plane.stat_metadata.items() if m.name == "step_num"), None)
    if stat_id is None:
        stat_id = max(plane.stat_metadata.keys(), default=0) + 1
        plane.stat_metadata[stat_id].id = stat_id
        plane.stat_metadata[stat_id].name = "step_num"
    meta_id = max(plane.event_metadata.keys(), default=0) + 1
    plane.event_metadata[meta_id].id = meta_id
    plane.event_metadata[meta_id].name = "train_step"
    line = plane.lines.add(id=max((x.id for x in plane.lines), default=0) + 1, name=STEPS_LINE)
    line.timestamp_ns = timestamp_ns
    for index, (start, stop) in enumerate(spans):
        event = line.events.add(metadata_id=meta_id, duration_ps=stop - start)
        event.offset_ps = start - timestamp_ns * 1000
        event.stats.add(metadata_id=stat_id, int64_value=index)
    return line.id


def _replicated_planes(space: xplane_pb2.XSpace, all_lines: bool) -> list[int]:
    """Indices of the planes whose lines are replicated."""
    kinds = {kind for kind, _, _ in device_planes(space)}
    chosen = []
    for index, plane in enumerate(space.planes):
        if not plane.lines:
            continue
        on_device = plane.name.startswith("/device:")
        host_ops = plane.name == "/host:CPU" and kinds <= {"gpu"}
        if on_device or host_ops or all_lines:
            chosen.append(index)
    return chosen


def count_op_events(path: Path) -> int:
    """Op events perfdiff finds in ``path`` (the unit the sizes are given in)."""
    from perfdiff.parse.host import parse_host

    return len(parse_host("source", path).events)


def write_trace(
    source: Path, out: Path, *, op_events: int, all_lines: bool = False, steps_line: bool = True
) -> TraceInfo:
    """Write ``out``: ``source`` with its op-bearing lines replicated to about ``op_events`` op events.

    The replica count is round(op_events / the source's op events), at least 1; the exact count is
    returned in the TraceInfo. Replica r is the source shifted by r periods (one period: the source's
    activity and a 1 % gap), so replicas never overlap and each gets a step of its own.
    """
    return write_replicas(source, out, op_events=op_events, all_lines=all_lines, steps_line=steps_line)


# Builds the Steps line of a TPU device plane: (plane, replicas, shift ps, first ps, last ps) -> line id.
StepsLine = Callable[[xplane_pb2.XPlane, int, int, int, int], int]


def write_replicas(
    source: Path,
    out: Path,
    *,
    op_events: int,
    all_lines: bool = False,
    steps_line: bool = True,
    shift_ps: Callable[[int, int], int] | None = None,
    add_steps: StepsLine | None = None,
    time_order: bool = False,
) -> TraceInfo:
    """``write_trace`` with the shift between replicas and the Steps line chosen by the caller.

    ``shift_ps(period_ps, replicas)``: ps between replica r and r + 1 (default: one period, whole ns);
    ``add_steps``: writes the Steps line of a TPU plane that lacks one (default: one step per replica,
    as long as the source's activity); ``time_order``: each line's events sorted by start, not
    replica after replica.
    """
    space = xplane_pb2.XSpace.FromString(Path(source).read_bytes())
    base_ops = count_op_events(Path(source))
    if base_ops == 0:
        raise ValueError(f"{source} has no op events to replicate")
    replicas = max(1, round(op_events / base_ops))
    chosen = _replicated_planes(space, all_lines)
    planes = [space.planes[i] for i in chosen]
    first, last = _span_ps(planes)
    gap = max((last - first) // 100, 1_000_000)
    period = -(-(last - first + gap) // 1000) * 1000  # whole ns, so ns times shift exactly
    if shift_ps is not None:
        period = shift_ps(period, replicas)
        if period % 1000:
            raise ValueError(f"the shift must be whole ns, not {period} ps")
    ranges = _counter_ranges(planes)
    added: set[tuple[int, int]] = set()  # (plane index, line id) of Steps lines written whole
    for index, plane in zip(chosen, planes, strict=True):
        tpu = plane.name.startswith("/device:TPU:")
        if steps_line and tpu and not any(line.name == STEPS_LINE for line in plane.lines):
            line_id = (add_steps or _add_steps_line)(plane, replicas, period, first, last)
            added.add((index, line_id))
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as handle:
        for index, plane in enumerate(space.planes):
            if index not in chosen:
                handle.write(_field(1, plane.SerializeToString()))
                continue
            shifts = _Shifts(plane, period, ranges)
            lines = []
            for line in plane.lines:
                if (index, line.id) in added:
                    lines.append(line.SerializeToString())
                else:
                    lines.append(_encode_line(line, shifts, replicas, period, time_order))
            head = xplane_pb2.XPlane(id=plane.id, name=plane.name).SerializeToString()
            rest = xplane_pb2.XPlane()
            rest.CopyFrom(plane)
            rest.ClearField("id")
            rest.ClearField("name")
            rest.ClearField("lines")
            body = [head, *(_field(3, line) for line in lines), rest.SerializeToString()]
            size = sum(len(part) for part in body)
            handle.write(_varint(1 << 3 | 2) + _varint(size))
            for part in body:
                handle.write(part)
        tail = xplane_pb2.XSpace()
        tail.CopyFrom(space)
        tail.ClearField("planes")
        handle.write(tail.SerializeToString())
    return TraceInfo(out, replicas * base_ops, replicas, base_ops, period, out.stat().st_size)


def write_run(source: Path, run_dir: Path, *, op_events: int, hosts: int, **options: bool) -> list[TraceInfo]:
    """A run folder of ``hosts`` host files (``host0.xplane.pb`` ...), each with ``op_events`` op events."""
    run_dir.mkdir(parents=True, exist_ok=True)
    first = write_trace(source, run_dir / "host0.xplane.pb", op_events=op_events, **options)
    return copies_of(first, run_dir, hosts)


def copies_of(first: TraceInfo, run_dir: Path, hosts: int) -> list[TraceInfo]:
    """``first`` (``host0.xplane.pb`` of ``run_dir``) and ``hosts`` − 1 copies of it, ``host1`` ..."""
    infos = [first]
    for index in range(1, hosts):
        path = run_dir / f"host{index}.xplane.pb"
        shutil.copyfile(first.path, path)
        infos.append(TraceInfo(path, first.op_events, first.replicas, first.base_op_events, first.period_ps,
                               first.file_bytes))  # fmt: skip
    return infos


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path, help="output .xplane.pb (or run folder with --hosts)")
    parser.add_argument("--op-events", type=float, required=True, help="op events per host, e.g. 1e6")
    parser.add_argument("--hosts", type=int, default=0, help="write a run folder of this many hosts")
    parser.add_argument("--all-lines", action="store_true", help="replicate host-thread lines too")
    parser.add_argument("--no-steps", action="store_true", help="do not add a Steps line on TPU")
    args = parser.parse_args()
    options = {"all_lines": args.all_lines, "steps_line": not args.no_steps}
    if args.hosts:
        infos = write_run(args.source, args.out, op_events=int(args.op_events), hosts=args.hosts, **options)
    else:
        infos = [write_trace(args.source, args.out, op_events=int(args.op_events), **options)]
    for info in infos:
        print(f"{info.path}: {info.op_events:,} op events ({info.replicas} x {info.base_op_events}), "
              f"{info.file_bytes / 1e6:.1f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
