"""GPU op executions: kernel and memcpy events on device planes that carry ``hlo_op``.

One HLO op may launch several kernels (a GEMM with a split-K reduction, a fused attention), so kernels
are grouped into op executions: kernels of the same ``(program_id, hlo_op)`` that follow each other on a
stream *and were launched within one execution of the program* form one row, which starts with the
first kernel and is busy for the sum of their durations (``kernels`` says how many).

The execution a kernel belongs to is found on the host: its ``correlation_id`` names the launch call
(``cuLaunchKernel``/``hipModuleLaunchKernel``…) on a host thread, and the launch falls inside one
``GpuExecutable::ExecuteThunks`` span (jax's per-execution TraceMe). Kernels whose launch cannot be
placed are never merged: a single-op program run twice in a row must stay two executions.

Kernels run inside an XLA command buffer are annotated with the buffer (``command_buffer_<N>``), not
their op: they get the op their kernel name names where it names one (``infer.command_buffers``). When several
devices execute at once their spans overlap in time; a launch is given the latest-starting span that
holds it, which can misplace it only if another device's execution spans two of this device's.
"""

from __future__ import annotations

import numpy as np

from perfdiff.infer.command_buffers import instruction_of, is_command_buffer
from perfdiff.infer.command_buffers import kernel_names as names_of
from perfdiff.parse.chunks import DevicePlanes, Interner, OpChunk, PlaneOps, times_ns
from perfdiff.parse.cpu_ops import OpEvents, first_modules, intern, op_events
from perfdiff.parse.modules import read_modules
from perfdiff.xplane.space import PlaneView
from perfdiff.xplane.stats import PlaneStats, as_uint64, stat_int

EXECUTION_SPANS = ("GpuExecutable::ExecuteThunks", "PjRtStreamExecutorLoadedExecutable::ExecuteHelper")
KERNEL_STATS = ("hlo_op", "hlo_module", "program_id", "correlation_id")
_MAX_SHIFT_NS = 2**62 // 1000  # a line this far from the origin would overflow int64 picoseconds


class _Executions:
    """Host-side facts to place a kernel in a program execution: launch times and execution spans.

    Times are ps from the median host line's start (host line timestamps may be ns since the epoch,
    too large for int64 picoseconds). A line more than ~53 days from it (only in a damaged trace:
    its ps would overflow int64) places nothing; the median keeps one such line from moving the
    origin away from all the others.
    """

    def __init__(self, host_planes: list[PlaneView]) -> None:
        spans: dict[str, list[tuple[np.ndarray, np.ndarray]]] = {name: [] for name in EXECUTION_SPANS}
        keys: list[np.ndarray] = []
        launches: list[np.ndarray] = []
        stamps = [line.timestamp_ns for p in host_planes for line in p.lines]
        origin = int(np.median(np.array(stamps, np.float64))) if stamps else 0
        for plane in host_planes:
            stats = PlaneStats(plane)
            corr = stats.id_of("correlation_id")
            span_ids = {key: meta.name for key, meta in plane.event_metadata.items() if meta.name in spans}
            if corr is None and not span_ids:
                continue
            for line in plane.lines:
                shift_ns = line.timestamp_ns - origin
                if abs(shift_ns) >= _MAX_SHIFT_NS:
                    continue
                cols = line.columns([corr], first_wins=True)
                start = shift_ns * 1000 + cols.offset_ps
                is_span = np.zeros(len(cols), bool)
                for mid, name in span_ids.items():
                    mine = cols.metadata_id == mid
                    is_span |= mine
                    spans[name].append((start[mine], start[mine] + cols.duration_ps[mine]))
                rows = np.flatnonzero(~is_span & cols.has(0))
                codes, objects = cols.factorize(0, stats.names, rows)
                keys.append(np.array([as_uint64(v) for v in objects] + [0], np.uint64)[codes])
                launches.append(start[rows])
        chosen = next((spans[n] for n in EXECUTION_SPANS if spans[n]), [])
        starts = np.concatenate([s for s, _ in chosen]) if chosen else np.zeros(0, np.int64)
        ends = np.concatenate([e for _, e in chosen]) if chosen else np.zeros(0, np.int64)
        order = np.lexsort((ends, starts))
        self.starts, self.ends = starts[order], ends[order]
        all_keys = np.concatenate(keys) if keys else np.zeros(0, np.uint64)
        all_launches = np.concatenate(launches) if launches else np.zeros(0, np.int64)
        # The first launch recorded for a correlation id counts.
        self.keys, first = np.unique(all_keys, return_index=True)
        self.launch_ps = all_launches[first]

    def of(self, present: np.ndarray, correlation_id: np.ndarray) -> np.ndarray:
        """Per kernel, the index of the execution span holding its launch, or -1 when unknown."""
        out = np.full(len(correlation_id), -1, np.int64)
        if not len(self.starts) or not len(self.keys):
            return out
        at = np.minimum(np.searchsorted(self.keys, correlation_id), len(self.keys) - 1)
        known = present & (self.keys[at] == correlation_id)
        launch = self.launch_ps[at]
        index = np.searchsorted(self.starts, launch, side="right") - 1
        inside = known & (index >= 0) & (self.ends[np.maximum(index, 0)] >= launch)
        out[inside] = index[inside]
        return out


def extract(planes: DevicePlanes, host_planes: list[PlaneView], ops: Interner, out: PlaneOps) -> None:
    executions = _Executions(host_planes)
    kernel_names: dict[int, dict[str, str]] | None = None  # per program, read once a command buffer shows
    for index, plane in planes:
        stats = PlaneStats(plane)
        for line in plane.lines:
            events = op_events(line, stats, KERNEL_STATS)
            seen = len(events) if events is not None else 0
            out.non_op_events += line.n_events - seen
            if events is None or not seen:
                continue
            codes, objects = events.column("hlo_op")
            op = intern(ops, objects, codes)
            program_id = events.ints("program_id")
            buffered = [j for j, value in enumerate(objects) if is_command_buffer(value)]
            if buffered:
                if kernel_names is None:
                    modules = read_modules(host_planes, [])  # its warnings: read_modules' own call
                    kernel_names = {m.program_id: names_of(m.hlo_proto or b"") for m in modules}
                _unbuffer(
                    op, np.flatnonzero(np.isin(codes, buffered)), events, plane, program_id, ops, kernel_names
                )
            first_modules(out, program_id, events, skip_none=False)
            corr_codes, corr_objects = events.column("correlation_id")
            usable = [stat_int(v) is not None for v in corr_objects] + [False]
            corr = np.array([as_uint64(v) for v in corr_objects] + [0], np.uint64)
            execution = executions.of(np.array(usable)[corr_codes], corr[corr_codes])
            # A kernel joins the previous row when it belongs to a known execution and has the same
            # (program, op, execution) as the kernel before it on the line.
            new_row = np.ones(seen, bool)
            new_row[1:] = (
                (execution[1:] < 0)
                | (execution[1:] != execution[:-1])
                | (program_id[1:] != program_id[:-1])
                | (op[1:] != op[:-1])
            )
            firsts = np.flatnonzero(new_row)
            offsets = events.cols.offset_ps[events.rows][firsts]
            durs = np.add.reduceat(events.cols.duration_ps[events.rows], firsts)
            start_ns, dur_ns = times_ns(line.timestamp_ns, offsets, durs)
            out.chunks.append(
                OpChunk(
                    device=plane.name,
                    line=line.name,
                    device_id=np.full(len(firsts), index, np.int32),
                    program_id=program_id[firsts],
                    op=op[firsts],
                    start_ns=start_ns,
                    dur_ns=dur_ns,
                    kernels=np.diff(np.append(firsts, seen)).astype(np.int32),
                    execution=execution[firsts],
                )
            )


def _unbuffer(op: np.ndarray, rows: np.ndarray, events: OpEvents, plane: PlaneView, program_id: np.ndarray,
              ops: Interner, names: dict[int, dict[str, str]]) -> None:  # fmt: skip
    """Give the kernels ``rows`` (annotated with a command buffer, not an op) the HLO op their kernel
    name names, where it names one (``infer.command_buffers``); the others keep the buffer's name."""
    mids = events.cols.metadata_id[events.rows][rows]
    pairs = {(int(m), int(p)) for m, p in zip(mids.tolist(), program_id[rows].tolist(), strict=True)}
    for mid, program in pairs:
        inst = instruction_of(plane.event_metadata[mid].name, names.get(program, {}))
        if inst is not None:
            op[rows[(mids == mid) & (program_id[rows] == program)]] = ops.code(inst)
