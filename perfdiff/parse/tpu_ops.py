"""TPU op executions: every event on a device plane's ``XLA Ops`` line.

The event's metadata carries the op: its ``name`` is the op's HLO text, its ``display_name`` the
instruction name, and its stats the program id and static costs (flops, bytes_accessed, ...). The
``XLA Modules`` line names each program: ``<module>(<program_id>)``.

Times: an op event may carry ``device_offset_ps`` and ``device_duration_ps``, its interval on the
device's own clock; the event's ``offset_ps``/``duration_ps`` are that interval mapped onto the
host-aligned timeline, and the mapping stretches or shrinks single ops (by up to 13 % on the TPU v6e
test trace; some become 0 ps long). The device figures are the measurement, and xprof uses them too, so
op times are taken from them when present. The device clock runs tens of microseconds off the aligned
one, which only matters for an op within that distance of a step boundary.
"""

from __future__ import annotations

import numpy as np

from perfdiff.parse import xplane_pb2
from perfdiff.parse.chunks import Interner, OpChunk, PlaneOps, durations_ns, starts_ns
from perfdiff.parse.modules import split_module_name
from perfdiff.parse.stats import PlaneStats

XLA_OPS_LINE = "XLA Ops"
XLA_MODULES_LINE = "XLA Modules"


def extract(
    planes: list[tuple[int, xplane_pb2.XPlane]],
    host_planes: list[xplane_pb2.XPlane],
    ops: Interner,
    out: PlaneOps,
) -> None:
    del host_planes  # TPU traces say everything on the device planes
    for index, plane in planes:
        stats = PlaneStats(plane)
        program_stat = stats.id_of("program_id")
        device_offset = stats.id_of("device_offset_ps")
        device_duration = stats.id_of("device_duration_ps")
        meta_cache: dict[int, tuple[int, int]] = {}
        for line in plane.lines:
            if line.name == XLA_MODULES_LINE:
                for event in line.events:
                    name, program_id = split_module_name(plane.event_metadata[event.metadata_id].name)
                    if program_id is not None:
                        out.module_names.setdefault(program_id, name)
                continue
            if line.name != XLA_OPS_LINE or not line.events:
                continue
            n = len(line.events)
            mids = np.fromiter((e.metadata_id for e in line.events), np.int64, n)
            offsets = np.fromiter((e.offset_ps for e in line.events), np.int64, n)
            durs = np.fromiter((e.duration_ps for e in line.events), np.int64, n)
            if device_offset is not None and device_duration is not None:
                offsets = np.fromiter(
                    (
                        _stat_or(e, device_offset, o)
                        for e, o in zip(line.events, offsets.tolist(), strict=True)
                    ),
                    np.int64,
                    n,
                )
                durs = np.fromiter(
                    (
                        _stat_or(e, device_duration, d)
                        for e, d in zip(line.events, durs.tolist(), strict=True)
                    ),
                    np.int64,
                    n,
                )
            uniq, inverse = np.unique(mids, return_inverse=True)
            op_codes = np.empty(len(uniq), np.int32)
            programs = np.empty(len(uniq), np.uint64)
            for k, mid in enumerate(uniq.tolist()):
                if mid not in meta_cache:
                    meta = plane.event_metadata[mid]
                    op_name = meta.display_name or meta.name
                    program_id = 0
                    for stat in meta.stats:
                        if stat.metadata_id == program_stat:
                            program_id = int(stats.value(stat))
                            break
                    meta_cache[mid] = (ops.code(op_name), program_id)
                    out.tpu_metadata.setdefault((program_id, op_name), (plane, meta))
                op_codes[k], programs[k] = meta_cache[mid]
            out.chunks.append(
                OpChunk(
                    device=plane.name,
                    line=line.name,
                    device_id=np.full(n, index, np.int32),
                    program_id=programs[inverse],
                    op=op_codes[inverse],
                    start_ns=starts_ns(line.timestamp_ns, offsets),
                    dur_ns=durations_ns(offsets, durs),
                )
            )


def _stat_or(event: xplane_pb2.XEvent, stat_id: int, default: int) -> int:
    """The event's integer stat ``stat_id``, or ``default`` when it has none."""
    for stat in event.stats:
        if stat.metadata_id == stat_id:
            return stat.int64_value or stat.uint64_value or default
    return default
