"""TPU op executions: every event on a device plane's ``XLA Ops`` line.

The event's metadata carries the op: its ``name`` is the op's HLO text, its ``display_name`` the
instruction name, and its stats the program id and static costs (flops, bytes_accessed, ...). The
``XLA Modules`` line names each program: ``<module>(<program_id>)``, one event per execution. Each op
is matched to the execution holding it (``executions.ModuleRuns``) when steps are to be inferred from
them: a trace with step marks needs no op's execution.

Times: an op event may carry ``device_offset_ps`` and ``device_duration_ps``, its interval on the
device's own clock; the event's ``offset_ps``/``duration_ps`` are that interval mapped onto the
host-aligned timeline, and the mapping stretches or shrinks single ops (by up to 13 % on the TPU v6e
test trace; some become 0 ps long). The device figures are the measurement, and xprof uses them too, so
op times are taken from them when present. The device clock runs tens of microseconds off the aligned
one, which only matters for an op within that distance of a step boundary.
"""

from __future__ import annotations

import functools

import numpy as np
import pandas as pd

from perfdiff.compute import native
from perfdiff.compute.side_by_side import in_ranges
from perfdiff.infer.executions import ModuleRuns, split_module_name
from perfdiff.parse.chunks import DevicePlanes, Interner, OpChunk, PlaneOps
from perfdiff.xplane import line_kernels
from perfdiff.xplane.columns import EventColumns, id_slots
from perfdiff.xplane.space import PlaneView
from perfdiff.xplane.stats import PlaneStats, as_uint64
from perfdiff.xplane.wire_scan import Scratch

XLA_OPS_LINE = "XLA Ops"
XLA_MODULES_LINE = "XLA Modules"
# No device-clock stats asked for: kinds and values of no stat.
_NO_KINDS, _NO_VALUES = np.zeros((0, 0), np.uint8), np.zeros((0, 0), np.int64)


def extract(planes: DevicePlanes, host_planes: list[PlaneView], ops: Interner, out: PlaneOps) -> None:
    del host_planes  # TPU traces say everything on the device planes
    scratch = Scratch()  # one batch of a line's columns at a time, filled into the store's columns
    # Every event of an op line is an op: one array per column for the host, a slice per line.
    total = sum(line.n_events for _, plane in planes for line in plane.lines if line.name == XLA_OPS_LINE)
    store: dict[str, np.ndarray] = {
        "device_id": np.empty(total, np.int32),
        "program_id": np.empty(total, np.uint64),
        "op": np.empty(total, np.int32),
        "start_ns": np.empty(total, np.int64),
        "dur_ns": np.empty(total, np.int64),
    }
    if out.op_executions:  # -1 on a plane without an XLA Modules line
        store["execution"] = np.empty(total, np.int64)
    at = 0
    for index, plane in planes:
        stats = PlaneStats(plane)
        program_stat = stats.id_of("program_id")
        device_offset = stats.id_of("device_offset_ps")
        device_duration = stats.id_of("device_duration_ps")
        device_clock = device_offset is not None and device_duration is not None
        meta_cache: dict[int, tuple[int, int]] = {}
        modules_line = next((line for line in plane.lines if line.name == XLA_MODULES_LINE), None)
        runs = ModuleRuns.read(plane, index, modules_line) if modules_line is not None else None
        out.runs += [runs] if runs is not None else []
        for line in plane.lines:
            if line.name == XLA_MODULES_LINE:
                # First appearance order: module_names keeps the first name each program id gets.
                if line is modules_line and runs is not None:
                    named = runs.named  # read with the runs: the line is not scanned again
                else:
                    named = [split_module_name(plane.event_metadata[mid].name)
                             for mid in pd.unique(line.columns().metadata_id).tolist()]  # fmt: skip
                for name, program_id in named:
                    if program_id is not None:
                        out.module_names.setdefault(program_id, name)
                continue
            if line.name != XLA_OPS_LINE or not line.n_events:
                continue
            stat_ids = [device_offset, device_duration] if device_clock else []
            n = line.n_events
            part = {name: column[at : at + n] for name, column in store.items()}
            at += n
            part["device_id"][:] = index
            # In batches: a batch's columns are filled in while they are still in the cache.
            for first, cols in line.column_batches(stat_ids, first_wins=True, scratch=scratch):
                uniq, slots, event_slots, size = id_slots(cols.metadata_id)
                op_of, program_of = np.zeros(size, np.int32), np.zeros(size, np.uint64)
                for mid, slot in zip(uniq.tolist(), slots.tolist(), strict=True):
                    if mid not in meta_cache:
                        meta = plane.event_metadata[mid]
                        op_name = meta.display_name or meta.name
                        program_id = 0
                        for stat in meta.stats:
                            if stat.metadata_id == program_stat:
                                program_id = as_uint64(stats.value(stat))
                                break
                        meta_cache[mid] = (ops.code(op_name), program_id)
                        out.tpu_metadata.setdefault((program_id, op_name), (plane, meta))
                    op_of[slot], program_of[slot] = meta_cache[mid]
                rows = {name: column[first : first + len(cols)] for name, column in part.items()}
                _fill(cols, event_slots, op_of, program_of, line.timestamp_ns, device_clock, rows, runs)
            out.chunks.append(OpChunk(device=plane.name, line=line.name, **part))


def _fill(
    cols: EventColumns,
    slots: np.ndarray,
    op_of: np.ndarray,
    program_of: np.ndarray,
    timestamp_ns: int,
    device_clock: bool,
    part: dict[str, np.ndarray],
    runs: ModuleRuns | None,
) -> None:
    """A scanned op line's op code, program, start and duration (ns; on the device's clock where the
    events have it: stats 0 and 1 of ``cols``) and module execution into ``part``'s columns, by
    ``line_kernels.ops_into``, the line's halves side by side. ``slots``: each event's slot in
    ``op_of`` and ``program_of``. ``cols`` are the caller's: their offsets become host-aligned ns."""
    offsets = np.ascontiguousarray(cols.offset_ps, np.int64)
    durations = np.ascontiguousarray(cols.duration_ps, np.int64)
    kinds, values = (cols.kinds, cols.values) if device_clock else (_NO_KINDS, _NO_VALUES)
    programs = part["program_id"].view(np.int64)
    ops_into = _kernels().ops_into
    slots = np.ascontiguousarray(slots, np.int64)

    def fill(a: int, b: int) -> None:
        status = ops_into(
            slots, offsets, durations, kinds, values, timestamp_ns, int(device_clock), op_of,
            program_of.view(np.int64), a, b, part["op"], programs, part["start_ns"], part["dur_ns"],
        )  # fmt: skip
        if status != 0:  # slots come from the metadata ids the tables were made of: never, unless a bug
            raise RuntimeError(f"ops_into refused its arrays ({status})")
        # The module execution of each op, matched on the host-aligned times the Modules line uses.
        if "execution" not in part:  # not looked up
            return
        if runs is None:
            part["execution"][a:b] = -1
        else:
            runs.of(part["program_id"][a:b], offsets[a:b], out=part["execution"][a:b])

    in_ranges(len(offsets), fill)


@functools.cache
def _kernels() -> native.Kernels:
    """The compiled line kernels (loaded once per process)."""
    return native.load(line_kernels, line_kernels.EXPORTS)
