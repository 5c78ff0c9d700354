"""GPU op executions: kernel and memcpy events on device planes that carry ``hlo_op``.

One HLO op may launch several kernels (a GEMM with a split-K reduction, a fused attention), so kernels
are grouped into op executions: kernels of the same ``(program_id, hlo_op)`` that follow each other on a
stream *and were launched within one execution of the program* form one row, which starts with the
first kernel and is busy for the sum of their durations (``kernels`` says how many).

The execution a kernel belongs to is found on the host: its ``correlation_id`` names the launch call
(``cuLaunchKernel``/``hipModuleLaunchKernel``…) on a host thread, and the launch falls inside one
``GpuExecutable::ExecuteThunks`` span (jax's per-execution TraceMe). Kernels whose launch cannot be
placed are never merged: a single-op program run twice in a row must stay two executions. When several
devices execute at once their spans overlap in time; a launch is given the latest-starting span that
holds it, which can misplace it only if another device's execution spans two of this device's.
"""

from __future__ import annotations

import numpy as np

from perfdiff.parse import xplane_pb2
from perfdiff.parse.chunks import Interner, OpChunk, PlaneOps, durations_ns, starts_ns
from perfdiff.parse.cpu_ops import events_with_stats
from perfdiff.parse.stats import PlaneStats

EXECUTION_SPANS = ("GpuExecutable::ExecuteThunks", "PjRtStreamExecutorLoadedExecutable::ExecuteHelper")
KERNEL_STATS = ("hlo_op", "hlo_module", "program_id", "correlation_id")


class _Executions:
    """Host-side facts to place a kernel in a program execution: launch times and execution spans."""

    def __init__(self, host_planes: list[xplane_pb2.XPlane]) -> None:
        self.launch_ps: dict[int, int] = {}
        spans: dict[str, list[tuple[int, int]]] = {name: [] for name in EXECUTION_SPANS}
        for plane in host_planes:
            stats = PlaneStats(plane)
            corr = stats.id_of("correlation_id")
            span_ids = {key: meta.name for key, meta in plane.event_metadata.items() if meta.name in spans}
            for line in plane.lines:
                base = line.timestamp_ns * 1000
                for event in line.events:
                    name = span_ids.get(event.metadata_id)
                    if name is not None:
                        spans[name].append(
                            (base + event.offset_ps, base + event.offset_ps + event.duration_ps)
                        )
                    elif corr is not None:
                        for stat in event.stats:
                            if stat.metadata_id == corr:
                                self.launch_ps.setdefault(int(stats.value(stat)), base + event.offset_ps)
                                break
        chosen = next((spans[n] for n in EXECUTION_SPANS if spans[n]), [])
        chosen.sort()
        self.starts = np.array([s for s, _ in chosen], np.int64)
        self.ends = np.array([e for _, e in chosen], np.int64)

    def of(self, correlation_id: object) -> int:
        """Index of the execution span holding the kernel's launch, or -1 when unknown."""
        if correlation_id is None or not len(self.starts):
            return -1
        launch = self.launch_ps.get(int(correlation_id))  # type: ignore[call-overload]
        if launch is None:
            return -1
        index = int(np.searchsorted(self.starts, launch, side="right")) - 1
        if index < 0 or self.ends[index] < launch:
            return -1
        return index


def extract(
    planes: list[tuple[int, xplane_pb2.XPlane]],
    host_planes: list[xplane_pb2.XPlane],
    ops: Interner,
    out: PlaneOps,
) -> None:
    executions = _Executions(host_planes)
    for index, plane in planes:
        stats = PlaneStats(plane)
        for line in plane.lines:
            starts: list[int] = []
            durs: list[int] = []
            codes: list[int] = []
            programs: list[int] = []
            kernels: list[int] = []
            last_key: tuple[int, int, int] | None = None
            seen = 0
            for event, found in events_with_stats(line, stats, KERNEL_STATS):
                seen += 1
                program_id = int(found.get("program_id", 0) or 0)
                code = ops.code(str(found["hlo_op"]))
                if "hlo_module" in found:
                    out.module_names.setdefault(program_id, str(found["hlo_module"]))
                execution = executions.of(found.get("correlation_id"))
                key = (program_id, code, execution)
                if execution >= 0 and key == last_key:
                    durs[-1] += event.duration_ps
                    kernels[-1] += 1
                    continue
                last_key = key
                starts.append(event.offset_ps)
                durs.append(event.duration_ps)
                codes.append(code)
                programs.append(program_id)
                kernels.append(1)
            out.non_op_events += len(line.events) - seen
            if starts:
                n = len(starts)
                offsets = np.array(starts, np.int64)
                out.chunks.append(
                    OpChunk(
                        device=plane.name,
                        line=line.name,
                        device_id=np.full(n, index, np.int32),
                        program_id=np.array(programs, np.uint64),
                        op=np.array(codes, np.int32),
                        start_ns=starts_ns(line.timestamp_ns, offsets),
                        dur_ns=durations_ns(offsets, np.array(durs, np.int64)),
                        kernels=np.array(kernels, np.int32),
                    )
                )
