"""TPU op executions: every event on a device plane's ``XLA Ops`` line.

The event's metadata carries the op: its ``name`` is the op's HLO text, its ``display_name`` the
instruction name, and its stats the program id and static costs (flops, bytes_accessed, ...). The
``XLA Modules`` line names each program: ``<module>(<program_id>)``.
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
