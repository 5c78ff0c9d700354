"""CPU op executions: events on ``/host:CPU`` that carry an ``hlo_op`` stat.

Each op event also carries ``hlo_module``, ``program_id`` and ``device_ordinal`` (the fake-device index
with ``--xla_force_host_platform_device_count``).

Asynchronous ops: XLA's CPU runtime hands some ops (Eigen dots, large partitioned fusions) to its thread
pool and moves on, so their event ends when the work is handed off, not done. Every op is followed by a
marker event ``end: <op>``, recorded when the op completes — often on another thread — and linked to
the op by a flow id (the op's ``_p`` stat equals the marker's ``_c``). An op is in flight until its
marker ends: ``in_flight_ns`` is that time past the op's own event. Timed by its event alone, such
an op can appear to run faster than the machine can compute (benchmarks/README.md has a measured
case). In-flight time includes waiting for a free core when other ops run alongside.
"""

from __future__ import annotations

import numpy as np

from perfdiff.parse.chunks import DevicePlanes, Interner, OpChunk, PlaneOps, times_ns
from perfdiff.xplane.columns import EventColumns
from perfdiff.xplane.space import Line, PlaneView
from perfdiff.xplane.stats import PlaneStats, as_uint64

CPU_PLANE = "/host:CPU"
OP_STATS = ("hlo_op", "hlo_module", "program_id", "device_ordinal", "_p", "run_id")
END_MARKER = "end: "


class OpEvents:
    """The events of one line that carry an ``hlo_op`` stat, with the stats ``names`` asked for.

    ``rows`` indexes the line's events; ``column(name)`` gives, per op event, (codes, objects) as
    ``EventColumns.factorize`` (objects in order of first appearance, -1 where the event lacks it).
    """

    def __init__(self, cols: EventColumns, rows: np.ndarray, names: tuple[str, ...], stats: PlaneStats):
        self.cols, self.rows, self._stats = cols, rows, stats
        self._index = {name: j for j, name in enumerate(names)}

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, name: str) -> tuple[np.ndarray, list]:
        return self.cols.factorize(self._index[name], self._stats.names, self.rows)

    def ints(self, name: str) -> np.ndarray:
        """The stat per op event as uint64 (``stats.as_uint64``: 0 when absent or not an integer)."""
        codes, objects = self.column(name)
        return np.array([as_uint64(v) for v in objects] + [0], np.uint64)[codes]


def op_events(line: Line, stats: PlaneStats, names: tuple[str, ...]) -> OpEvents | None:
    """The events of ``line`` carrying ``hlo_op`` (None when the plane never uses that stat)."""
    ids = [stats.id_of(name) for name in names]
    if ids[names.index("hlo_op")] is None:
        return None
    cols = line.columns(ids)
    rows = np.flatnonzero(cols.has(names.index("hlo_op")))
    return OpEvents(cols, rows, names, stats)


def intern(ops: Interner, objects: list, codes: np.ndarray) -> np.ndarray:
    """Interner codes (int32) of per-event values given as (codes, objects), interned in order of first
    appearance — the codes an event-by-event walk would give."""
    table = np.array([ops.code(str(v)) for v in objects] + [-1], np.int32)
    return table[codes]


def first_modules(out: PlaneOps, program_id: np.ndarray, events: OpEvents, *, skip_none: bool = True) -> None:
    """Record each program's module name from the first op event naming it (``hlo_module``); a stat
    without a value names nothing with ``skip_none``, else the module "None" (as str() of it)."""
    codes, objects = events.column("hlo_module")
    named = np.flatnonzero(np.array([m is not None or not skip_none for m in objects] + [False])[codes])
    for i in _firsts(program_id, named):
        out.module_names.setdefault(int(program_id[i]), str(objects[codes[i]]))


def _firsts(keys: np.ndarray, rows: np.ndarray) -> list[int]:
    """Of ``rows``, the first row of each distinct key, in row order."""
    _, first = np.unique(keys[rows], return_index=True)
    return rows[np.sort(first)].tolist()


def extract(planes: DevicePlanes, host_planes: list[PlaneView], ops: Interner, out: PlaneOps) -> None:
    del planes  # a CPU trace has no device planes
    for plane in host_planes:
        if plane.name != CPU_PLANE:
            continue
        stats = PlaneStats(plane)
        completions = _completions_ps(plane, stats)
        for line in plane.lines:
            events = op_events(line, stats, OP_STATS)
            if events is None or not len(events):
                continue
            codes, objects = events.column("hlo_op")
            program_id = events.ints("program_id")
            first_modules(out, program_id, events)
            start_ns, dur_ns = times_ns(
                line.timestamp_ns, events.cols.offset_ps[events.rows], events.cols.duration_ps[events.rows]
            )
            out.chunks.append(
                OpChunk(
                    device=plane.name,
                    line=line.name,
                    device_id=events.ints("device_ordinal").astype(np.int32),
                    program_id=program_id,
                    op=intern(ops, objects, codes),
                    start_ns=start_ns,
                    dur_ns=dur_ns,
                    in_flight_ns=_in_flight_ns(events, line, completions),
                    execution=_run_ids(events),
                )
            )


def _run_ids(events: OpEvents) -> np.ndarray:
    """Per op event, its ``run_id`` stat (one per execution of a program on a device) as a
    non-negative int64, or -1 (read from the integer columns: a run has a few ops, so ids are many)."""
    raw = events.cols.int_or(OP_STATS.index("run_id"), np.zeros(len(events.cols), np.int64))[events.rows]
    return np.where(raw != 0, raw & np.int64(2**63 - 1), -1)


def _completions_ps(plane: PlaneView, stats: PlaneStats) -> dict[int, int]:
    """Flow id -> end (ps, profile timeline) of each ``end: <op>`` marker of the plane."""
    flow = stats.id_of("_c")
    markers = np.array([k for k, meta in plane.event_metadata.items() if meta.name.startswith(END_MARKER)])
    ends: dict[int, int] = {}
    if flow is None or not len(markers):
        return ends
    for line in plane.lines:
        cols = line.columns([flow])
        rows = np.flatnonzero(np.isin(cols.metadata_id, markers) & cols.has(0))
        if len(rows):
            end_ps = np.int64(line.timestamp_ns) * 1000 + cols.offset_ps[rows] + cols.duration_ps[rows]
            ends.update(zip(cols.values[0, rows].tolist(), end_ps.tolist(), strict=True))
    return ends


def _in_flight_ns(events: OpEvents, line: Line, completions: dict[int, int]) -> np.ndarray | None:
    """Per op event, the ns from its event's end to its completion marker's end (0 if none later)."""
    if not completions:
        return None
    codes, objects = events.column("_p")
    marker_end = np.array([completions.get(as_uint64(v, -1), -1) for v in objects] + [-1], np.int64)
    ends_ps = marker_end[codes]
    own_end_ps = (
        np.int64(line.timestamp_ns) * 1000
        + events.cols.offset_ps[events.rows]
        + events.cols.duration_ps[events.rows]
    )
    late = np.maximum(ends_ps - own_end_ps, 0)
    return late // 1000
