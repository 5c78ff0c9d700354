"""TPU op executions: every event on a device plane's ``XLA Ops`` line.

The event's metadata carries the op: its ``name`` is the op's HLO text, its ``display_name`` the
instruction name, and its stats the program id and static costs (flops, bytes_accessed, ...). The
``XLA Modules`` line names each program: ``<module>(<program_id>)``, one event per execution. Each op
is matched to the execution holding it (``executions.ModuleRuns``) when steps are to be inferred from
them: a trace with step marks needs no op's execution. A pod trace's op lines are read in batches
(``Line.batch_readers``), side by side on the cores, each straight into its rows of the host's columns.

Times: an op event may carry ``device_offset_ps`` and ``device_duration_ps``, its interval on the
device's own clock; the event's ``offset_ps``/``duration_ps`` are that interval mapped onto the
host-aligned timeline, and the mapping stretches or shrinks single ops (by up to 13 % on the TPU v6e
test trace; some become 0 ps long). The device figures are the measurement, and xprof uses them too, so
op times are taken from them when present. The device clock runs tens of microseconds off the aligned
one, which only matters for an op within that distance of a step boundary.
"""

from __future__ import annotations

import functools
import queue
import threading
from collections.abc import Callable
from typing import NamedTuple

import numpy as np
import pandas as pd

from perfdiff.compute import native, side_by_side
from perfdiff.compute.side_by_side import each, in_ranges
from perfdiff.infer.executions import ModuleRuns, split_module_name
from perfdiff.parse.chunks import DevicePlanes, Interner, OpChunk, PlaneOps
from perfdiff.xplane import line_kernels, space
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
    batches: list[_Batch] = []
    at = 0
    for index, plane in planes:
        metadata = _OpMetadata(plane)
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
            device_clock = metadata.device_clock
            stat_ids = [metadata.device_offset, metadata.device_duration] if device_clock else []
            n = line.n_events
            part = {name: column[at : at + n] for name, column in store.items()}
            at += n
            part["device_id"][:] = index
            for first, read in line.batch_readers(stat_ids, first_wins=True):
                batches.append(_Batch(metadata, line.timestamp_ns, runs, part, first, read))
            out.chunks.append(OpChunk(device=plane.name, line=line.name, **part))
    _read(batches, ops, out)


class _OpMetadata:
    """A device plane's stats for its op events, and the op code and program of each event metadata
    id met so far."""

    def __init__(self, plane: PlaneView) -> None:
        self.plane = plane
        self.stats = PlaneStats(plane)
        self.program_stat = self.stats.id_of("program_id")
        self.device_offset = self.stats.id_of("device_offset_ps")
        self.device_duration = self.stats.id_of("device_duration_ps")
        self.device_clock = self.device_offset is not None and self.device_duration is not None
        self.known: dict[int, tuple[int, int]] = {}

    def lookup(
        self, uniq: np.ndarray, slots: np.ndarray, size: int, ops: Interner, out: PlaneOps
    ) -> tuple[np.ndarray, np.ndarray]:
        """(op code, program id) per slot of ``columns.id_slots``; a metadata id met for the first
        time has its op name interned in ``ops`` and its metadata kept in ``out.tpu_metadata``."""
        op_of, program_of = np.zeros(size, np.int32), np.zeros(size, np.uint64)
        for mid, slot in zip(uniq.tolist(), slots.tolist(), strict=True):
            if mid not in self.known:
                meta = self.plane.event_metadata[mid]
                op_name = meta.display_name or meta.name
                program_id = 0
                for stat in meta.stats:
                    if stat.metadata_id == self.program_stat:
                        program_id = as_uint64(self.stats.value(stat))
                        break
                self.known[mid] = (ops.code(op_name), program_id)
                out.tpu_metadata.setdefault((program_id, op_name), (self.plane, meta))
            op_of[slot], program_of[slot] = self.known[mid]
        return op_of, program_of


class _Batch(NamedTuple):
    """A batch of an op line's events: its plane's metadata, the line's timestamp (ns), the plane's
    module executions, the line's slices of the host's columns, the batch's first row in them, and
    the function reading the batch's columns (``Line.batch_readers``)."""

    metadata: _OpMetadata
    timestamp_ns: int
    runs: ModuleRuns | None
    part: dict[str, np.ndarray]
    first: int
    read: Callable[[Scratch, bool], EventColumns]


def _read(batches: list[_Batch], ops: Interner, out: PlaneOps) -> None:
    """Each batch read and filled into its rows. With fewer batches than cores, one after another,
    each cut into a part per core; else side by side, each on the next free core, with no barrier
    between one batch and the next. Op names are interned batch after batch in order, as reading
    the batches in turn would: a batch waits for its turn to look its metadata ids up (a moment),
    so the op codes never depend on which thread ran first."""
    cores = side_by_side.usable_cores()
    in_parts = cores == 1 or len(batches) < cores
    threads = 1 if in_parts else cores
    scratches: queue.SimpleQueue[Scratch] = queue.SimpleQueue()
    # A batch is at most BATCH_EVENTS long, and no longer than its line.
    rows = min(space.BATCH_EVENTS, max((len(b.part["op"]) for b in batches), default=0))
    for _ in range(threads):
        scratch = Scratch()
        scratch.columns(rows, 2)  # allocated here: what a thread allocates stays in its arena
        scratches.put(scratch)
    turn = threading.Condition()
    state = {"next": 0, "failed": False}

    def read(i: int) -> None:
        batch = batches[i]
        scratch = scratches.get()
        try:
            cols = batch.read(scratch, in_parts)
            uniq, slots, event_slots, size = id_slots(cols.metadata_id)
            with turn:
                turn.wait_for(lambda: state["next"] == i or state["failed"])
                if state["failed"]:
                    return  # an earlier batch's error is raised
                try:
                    op_of, program_of = batch.metadata.lookup(uniq, slots, size, ops, out)
                finally:
                    state["next"] += 1
                    turn.notify_all()
            rows = {
                name: column[batch.first : batch.first + len(cols)] for name, column in batch.part.items()
            }
            _fill(
                cols, event_slots, op_of, program_of, batch.timestamp_ns, batch.metadata.device_clock, rows,
                batch.runs, in_parts=in_parts,
            )  # fmt: skip
        except BaseException:
            with turn:
                state["failed"] = True
                turn.notify_all()
            raise
        finally:
            scratches.put(scratch)

    if in_parts:
        for i in range(len(batches)):
            read(i)
    else:
        each(len(batches), read)


def _fill(
    cols: EventColumns,
    slots: np.ndarray,
    op_of: np.ndarray,
    program_of: np.ndarray,
    timestamp_ns: int,
    device_clock: bool,
    part: dict[str, np.ndarray],
    runs: ModuleRuns | None,
    *,
    in_parts: bool = True,
) -> None:
    """A scanned op line's op code, program, start and duration (ns; on the device's clock where the
    events have it: stats 0 and 1 of ``cols``) and module execution into ``part``'s columns, by
    ``line_kernels.ops_into`` (``in_parts``: the rows cut into a range per core, side by side).
    ``slots``: each event's slot in ``op_of`` and ``program_of``. ``cols`` are the caller's: their
    offsets become host-aligned ns."""
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

    if in_parts:
        in_ranges(len(offsets), fill)
    else:
        fill(0, len(offsets))


@functools.cache
def _kernels() -> native.Kernels:
    """The compiled line kernels (loaded once per process)."""
    return native.load(line_kernels, line_kernels.EXPORTS)
