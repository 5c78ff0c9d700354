"""CPU op executions: events on ``/host:CPU`` that carry an ``hlo_op`` stat.

Each op event also carries ``hlo_module``, ``program_id`` and ``device_ordinal`` (the fake-device index
with ``--xla_force_host_platform_device_count``); the ``end: <op>`` marker after each op carries none.
"""

from __future__ import annotations

import numpy as np

from perfdiff.parse import xplane_pb2
from perfdiff.parse.chunks import Interner, OpChunk, PlaneOps, durations_ns, starts_ns
from perfdiff.parse.stats import PlaneStats

CPU_PLANE = "/host:CPU"
OP_STATS = ("hlo_op", "hlo_module", "program_id", "device_ordinal")


def events_with_stats(line: xplane_pb2.XLine, stats: PlaneStats, names: tuple[str, ...]):
    """(event, {stat: value}) for the events of ``line`` that carry an ``hlo_op`` stat."""
    wanted = {sid: name for name in names if (sid := stats.id_of(name)) is not None}
    if "hlo_op" not in wanted.values():
        return
    for event in line.events:
        found: dict[str, object] = {}
        for stat in event.stats:
            name = wanted.get(stat.metadata_id)
            if name is not None:
                found[name] = stats.value(stat)
        if "hlo_op" in found:
            yield event, found


def extract(
    planes: list[tuple[int, xplane_pb2.XPlane]],
    host_planes: list[xplane_pb2.XPlane],
    ops: Interner,
    out: PlaneOps,
) -> None:
    del planes  # a CPU trace has no device planes
    for plane in host_planes:
        if plane.name != CPU_PLANE:
            continue
        stats = PlaneStats(plane)
        for line in plane.lines:
            rows = [
                (
                    event.offset_ps,
                    event.duration_ps,
                    ops.code(str(found["hlo_op"])),
                    int(found.get("program_id", 0) or 0),
                    int(found.get("device_ordinal", 0) or 0),
                    found.get("hlo_module"),
                )
                for event, found in events_with_stats(line, stats, OP_STATS)
            ]
            if not rows:
                continue
            for _, _, _, program_id, _, module in rows:
                if module is not None:
                    out.module_names.setdefault(program_id, str(module))
            columns = list(zip(*rows, strict=True))
            offsets = np.array(columns[0], np.int64)
            out.chunks.append(
                OpChunk(
                    device=plane.name,
                    line=line.name,
                    device_id=np.array(columns[4], np.int32),
                    program_id=np.array(columns[3], np.uint64),
                    op=np.array(columns[2], np.int32),
                    start_ns=starts_ns(line.timestamp_ns, offsets),
                    dur_ns=durations_ns(offsets, np.array(columns[1], np.int64)),
                )
            )
