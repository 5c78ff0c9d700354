"""The ``perfdiff`` plane: a report's verdicts as XPlane events, shown by XProf's trace viewer.

One line per trace line that holds op executions (a TPU's ``XLA Ops``, a GPU stream, a CPU thread),
with that line's start time; one event per op execution on it (on a GPU, per kernel), with its own
offset and duration (picoseconds, copied), named after the op. Its metadata (one per op) carries the
op's figures from the report as stats (``STATS``), which XProf shows with each event. XProf shows a
plane named ``/device:CUSTOM:<name>`` as a process of its own in its trace viewer (checked with xprof
2.24.2: planes of other names are dropped there).

The figures are the op's over the analysed steps (an execution's own time varies around them): per
execution (``theory_per_call_s``, ``gap_per_call_s``: the op's total over its executions), and per step
and device as the CLI prints them. A figure the report does not know (an unpriced op's efficiency) is
left out, never written as 0. Executions of ops the report does not have (ops of other programs
outside the analysed steps; GPU kernels of a command buffer, named by the buffer) are not annotated.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, cast

import pandas as pd

from perfdiff import units
from perfdiff.report.tables import OPS
from perfdiff.report.vocabulary import bound_label
from perfdiff.xplane import xplane_pb2

PLANE_NAME = "/device:CUSTOM:perfdiff"
# The stats that name an event's op and program where the event carries them (CPU, GPU); a TPU op
# event's metadata is the op (display_name: the instruction, stats: program_id).
_OP_STAT = "hlo_op"
_PROGRAM_STAT = "program_id"

Op = dict[str, Any]  # one row of Report.ops (plus "advice")
OpKey = tuple[int, str]  # (program_id, op)


@dataclass(frozen=True)
class Stat:
    """One stat of an annotated event: its name, what it means (with its unit), and its value for an
    op (None: not known, not written)."""

    name: str
    description: str
    value: Callable[[Op], float | int | str | None]


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and math.isfinite(value) else None


def _per_call(column: str) -> Callable[[Op], float | None]:
    def value(op: Op) -> float | None:
        total, calls = _number(op.get(column)), _number(op.get("occurrences"))
        return total / calls if total is not None and calls else None

    return value


def _column(name: str) -> Stat:
    """A stat that is the report's column ``name``, described as the registry describes it."""
    column = OPS[name]
    unit = f" ({column.unit})" if column.unit else ""
    text = name in ("bound", "source")
    return Stat(name, column.doc + unit, lambda op: (op.get(name) or None) if text else _number(op.get(name)))


STATS: tuple[Stat, ...] = (
    _column("bound"),
    _column("efficiency"),
    Stat("theory_per_call_s", "the op's roofline time per execution: theory_s / occurrences (s)",
         _per_call("theory_s")),
    Stat("gap_per_call_s", "the op's recoverable time per execution: gap_s / occurrences (s)",
         _per_call("gap_s")),
    _column("theory_per_step_s"),
    _column("gap_per_step_s"),
    _column("share_of_step"),
    Stat("flag", OPS["flag"].doc + " (1: flagged)", lambda op: int(bool(op.get("flag")))),
    _column("source"),
    Stat("advice", "perfdiff's top advice naming this op", lambda op: op.get("advice") or None),
)  # fmt: skip


def op_table(ops: pd.DataFrame, advice: Iterable[Any] = ()) -> dict[OpKey, Op]:
    """The report's ops by (program_id, op), each with its top advice message ("advice": the first
    item of ``advice`` that names the op; items are dicts or objects with ``ops`` and ``message``)."""
    first: dict[str, str] = {}
    for item in advice:
        get = item.get if isinstance(item, dict) else lambda key, item=item: getattr(item, key, None)
        for name in get("ops") or ():
            first.setdefault(str(name), str(get("message") or ""))
    table: dict[OpKey, Op] = {}
    for row in cast("list[Op]", ops.to_dict("records")):  # pandas-stubs: keys any hashable
        row["advice"] = first.get(str(row["op"]), "")
        table[(int(row["program_id"]), str(row["op"]))] = row
    return table


class _Names:
    """What one source plane's events are: the op and program of an event, by its stats or its
    metadata's (string stats are often references to a stat metadata's name)."""

    def __init__(self, plane: xplane_pb2.XPlane) -> None:
        self.plane = plane
        ids = {meta.name: key for key, meta in plane.stat_metadata.items()}
        self.op_id, self.program_id = ids.get(_OP_STAT), ids.get(_PROGRAM_STAT)
        self._by_metadata: dict[int, tuple[int | None, str]] = {}

    def _value(self, stat: xplane_pb2.XStat) -> int | str | None:
        kind = stat.WhichOneof("value")
        if kind == "ref_value":
            return self.plane.stat_metadata[stat.ref_value].name
        if kind in ("str_value", "int64_value", "uint64_value"):
            return getattr(stat, kind)
        return None

    def _found(self, stats: Iterable[xplane_pb2.XStat]) -> tuple[int | None, str | None]:
        program, op = None, None
        for stat in stats:
            if stat.metadata_id == self.op_id:
                op = str(self._value(stat))
            elif stat.metadata_id == self.program_id:
                value = self._value(stat)
                if isinstance(value, int):
                    program = value
                else:
                    program = int(value) if isinstance(value, str) and value.isdigit() else None
        return program, op

    def key(self, event: xplane_pb2.XEvent) -> OpKey | None:
        program, op = self._found(event.stats) if len(event.stats) else (None, None)
        if program is None or op is None:
            if event.metadata_id not in self._by_metadata:
                meta = self.plane.event_metadata[event.metadata_id]
                meta_program, meta_op = self._found(meta.stats)
                self._by_metadata[event.metadata_id] = (
                    meta_program,
                    meta_op or meta.display_name or meta.name,
                )
            meta_program, meta_op = self._by_metadata[event.metadata_id]
            program = program if program is not None else meta_program
            op = op or meta_op
        return (program, op) if program is not None else None


def build_plane(
    space: xplane_pb2.XSpace, op_lines: set[tuple[str, str]], ops: dict[OpKey, Op], chip_kind: str = ""
) -> xplane_pb2.XPlane:
    """The ``perfdiff`` plane for ``space``: ``op_lines`` are the (plane name, line name) pairs that
    hold op executions (``Profile.events``' device and line); ``ops`` from ``op_table``. Events whose
    (program_id, op) the report does not have (a CPU op's ``end:`` marker, a module span) are skipped."""
    plane = xplane_pb2.XPlane(id=max((p.id for p in space.planes), default=0) + 1, name=PLANE_NAME)
    stat_ids = {}
    for stat_id, stat in enumerate(STATS, start=1):
        metadata = xplane_pb2.XStatMetadata(id=stat_id, name=stat.name, description=stat.description)
        plane.stat_metadata[stat_id].CopyFrom(metadata)
        stat_ids[stat.name] = stat_id
    metadata_ids: dict[OpKey, int] = {}
    for source in space.planes:
        lines = [line for line in source.lines if (source.name, line.name) in op_lines]
        if not lines:
            continue
        names = _Names(source)
        for line in lines:
            mirror = plane.lines.add()
            mirror.id = mirror.display_id = len(plane.lines)
            mirror.name = f"{source.name} {line.name}"
            mirror.timestamp_ns = line.timestamp_ns
            for event in line.events:
                key = names.key(event)
                if key is None or key not in ops:
                    continue
                if key not in metadata_ids:
                    metadata_ids[key] = _metadata(plane, ops[key], stat_ids, chip_kind)
                mirror.events.add(
                    metadata_id=metadata_ids[key], offset_ps=event.offset_ps, duration_ps=event.duration_ps
                )
            mirror.duration_ps = line.duration_ps
    return plane


def _metadata(plane: xplane_pb2.XPlane, op: Op, stat_ids: dict[str, int], chip_kind: str) -> int:
    """A new event metadata for ``op``, carrying its stats (the same for each of its executions: XProf
    shows an event's metadata stats with its own); returns its id."""
    key = len(plane.event_metadata) + 1
    meta = plane.event_metadata[key]
    meta.id, meta.name = key, str(op["op"])
    efficiency = _number(op.get("efficiency"))
    shown = f" {units.percent(efficiency)}" if efficiency is not None else ""
    meta.display_name = f"{op['op']} · {bound_label(str(op['bound']), chip_kind)}{shown}"
    for stat in STATS:
        value = stat.value(op)
        if value is None:
            continue
        out = meta.stats.add()
        out.metadata_id = stat_ids[stat.name]
        if isinstance(value, str):
            out.str_value = value
        elif isinstance(value, int):
            out.int64_value = value
        else:
            out.double_value = value
    return key
