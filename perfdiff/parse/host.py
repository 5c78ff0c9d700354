"""One host's trace file -> its tables. A pure function of the file, so hosts parse in parallel."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from google.protobuf.message import DecodeError
from xprof.protobuf import op_metrics_pb2

from perfdiff.infer.executions import empty as executions_empty
from perfdiff.infer.executions import executions_table
from perfdiff.infer.steps import infer_steps
from perfdiff.parse.chunks import Interner, PlaneOps, device_planes
from perfdiff.parse.modules import read_modules
from perfdiff.parse.ops import extract_ops
from perfdiff.xplane import reader
from perfdiff.xplane.stats import DEVICE_STATS, TPU_OP_STATS, PlaneStats, pick

TASK_ENVIRONMENT_PLANE = "Task Environment"
# The memory space xprof counts as HBM in a MemoryAccessBreakdown (MemoryAccessed.memory_space is a
# plain number there): xprof's own roofline compares it with MemorySpace.MEMORY_SPACE_HBM
# (openxla/xprof, xprof/convert/op_metrics_to_record.h, BytesAccessedPerCore).
_HBM = op_metrics_pb2.MemorySpace.MEMORY_SPACE_HBM


@dataclass
class HostTables:
    """Everything perfdiff keeps from one host's file (columns as in ``perfdiff.parse.profile``)."""

    host: str
    path: str
    platform: str
    file_bytes: int
    hostname: str
    profile_start_unix_ns: int
    events: pd.DataFrame
    steps: pd.DataFrame
    modules: pd.DataFrame
    devices: pd.DataFrame
    op_stats: pd.DataFrame
    executions: pd.DataFrame = field(default_factory=executions_empty)
    steps_inferred_from: str = ""  # the module whose executions are the steps ("": marked, or none)
    non_op_events: int = 0
    warnings: list[str] = field(default_factory=list)


def parse_host(
    host: str, path: Path, *, memory_limit: int | None = None, decoder: str = "auto"
) -> HostTables:
    """Read ``path`` (one host's ``.xplane.pb[.gz]``) into tables; raises BadTraceError.

    ``decoder``: "auto" (by file size, see ``reader.open_space``), "proto" or "wire"; the tables are
    the same either way.
    """
    from perfdiff.parse.timeline import event_self_times, event_steps, read_steps

    with reader.open_space(path, memory_limit=memory_limit, decoder=decoder) as space:
        warnings: list[str] = [f"{host}: profiler error: {e}" for e in space.errors]
        op_names = Interner()
        platform, found = extract_ops(space, op_names)
        modules = read_modules(space, warnings)
        step_rows = read_steps(space)
    # The file's bytes are released: from here on only columns and small protobuf messages are held.
    module_names = dict(found.module_names)
    for record in modules:
        module_names.setdefault(record.program_id, record.module)

    events = _events_table(host, found, op_names, module_names)
    found.chunks.clear()
    steps = pd.DataFrame(step_rows, columns=["step", "name", "start_ns", "dur_ns"])
    steps.insert(0, "host", host)
    # Timelines and steps never span hosts: derive both here, in the host's worker. An asynchronous
    # op's time in flight after its event is its own: nesting is judged on the event, then it is added.
    in_flight = events.pop("in_flight_ns").to_numpy()
    events["self_ns"] = event_self_times(events) + in_flight
    events["dur_ns"] += in_flight
    execution = events.pop("execution").to_numpy()
    executions = executions_table(host, events, execution, found.runs)
    inferred, why = infer_steps(host, executions, events, execution) if steps.empty else (None, [])
    warnings.extend(why)
    steps = inferred.steps if inferred else steps  # no step marks: the main module's executions
    events["step"] = inferred.event_step if inferred else event_steps(events, steps)
    if len(events) and not events["dur_ns"].to_numpy().any():
        warnings.append(
            f"{host}: none of its {len(events)} op events has a duration (all 0 ns): measured times "
            "are 0, so efficiencies and gaps say nothing (a trace from a profiler that drops durations?)"
        )
    modules_df = pd.DataFrame(
        {
            "host": host,
            "program_id": np.array([m.program_id for m in modules], np.uint64),
            "module": [m.module for m in modules],
            "hlo_proto": [m.hlo_proto for m in modules],
        }
    )
    seen = set(modules_df["program_id"].tolist())
    extra = [(pid, name) for pid, name in module_names.items() if pid not in seen]
    if extra:
        modules_df = pd.concat(
            [
                modules_df,
                pd.DataFrame(
                    {
                        "host": host,
                        "program_id": np.array([pid for pid, _ in extra], np.uint64),
                        "module": [name for _, name in extra],
                        "hlo_proto": [None] * len(extra),
                    }
                ),
            ],
            ignore_index=True,
        )
    return HostTables(
        host=host,
        path=str(path),
        platform=platform,
        file_bytes=path.stat().st_size,
        hostname=space.hostnames[0] if space.hostnames else "",
        profile_start_unix_ns=_profile_start(space),
        events=events,
        steps=steps,
        modules=modules_df,
        devices=_devices_table(host, space, platform, events),
        op_stats=_op_stats_table(host, found),
        executions=executions,
        steps_inferred_from=inferred.module if inferred is not None else "",
        non_op_events=found.non_op_events,
        warnings=warnings,
    )


def _events_table(
    host: str, found: PlaneOps, op_names: Interner, module_names: dict[int, str]
) -> pd.DataFrame:
    """The events table from the extractors' chunks, emptying them as it goes (one copy at a time)."""
    chunks = found.chunks
    n = sum(len(c.start_ns) for c in chunks)
    if not n:
        return pd.DataFrame(
            {
                "host": pd.Categorical([], categories=[host]),
                "device": pd.Categorical([]),
                "device_id": np.zeros(0, np.int32),
                "line": pd.Categorical([]),
                "program_id": np.zeros(0, np.uint64),
                "module": pd.Categorical([]),
                "op": pd.Categorical([]),
                "start_ns": np.zeros(0, np.int64),
                "dur_ns": np.zeros(0, np.int64),
                "kernels": np.zeros(0, np.int32),
                "in_flight_ns": np.zeros(0, np.int64),
                "execution": np.zeros(0, np.int64),
            }
        )
    device_names = list(dict.fromkeys(c.device for c in chunks))
    line_names = list(dict.fromkeys(c.line for c in chunks))
    programs = sorted(set().union(*(pd.unique(c.program_id).tolist() for c in chunks)))
    module_values = [module_names.get(pid, f"program_{pid}") for pid in programs]
    module_order = list(dict.fromkeys(module_values))
    module_of_program = np.array([module_order.index(m) for m in module_values], _code_dtype(module_order))
    program_array = np.array(programs, np.uint64)

    def cat(values: list[str], codes: np.ndarray) -> pd.Categorical:
        return pd.Categorical.from_codes(codes, categories=values)

    def repeat_names(names: list[str], attr: str) -> pd.Categorical:
        dtype = _code_dtype(names)
        return cat(
            names,
            np.concatenate([np.full(len(c.start_ns), names.index(getattr(c, attr)), dtype) for c in chunks]),
        )

    def take(attr: str, dtype: type) -> np.ndarray:
        """Concatenate one column over the chunks and drop it from them."""
        out = np.concatenate([np.asarray(getattr(c, attr)).astype(dtype, copy=False) for c in chunks])
        for chunk in chunks:
            setattr(chunk, attr, None)
        return out

    for chunk in chunks:
        if chunk.kernels is None:
            chunk.kernels = np.ones(len(chunk.start_ns), np.int32)
        if chunk.in_flight_ns is None:
            chunk.in_flight_ns = np.zeros(len(chunk.start_ns), np.int64)
        if chunk.execution is None:
            chunk.execution = np.full(len(chunk.start_ns), -1, np.int64)
    columns = {
        "host": cat([host], np.zeros(n, np.int8)),
        "device": repeat_names(device_names, "device"),
        "line": repeat_names(line_names, "line"),
        "module": cat(
            module_order,
            np.concatenate([module_of_program[np.searchsorted(program_array, c.program_id)] for c in chunks]),
        ),
        "op": cat(op_names.values, take("op", _code_dtype(op_names.values))),
        "device_id": take("device_id", np.int32),
        "program_id": take("program_id", np.uint64),
        "start_ns": take("start_ns", np.int64),
        "dur_ns": take("dur_ns", np.int64),
        "kernels": take("kernels", np.int32),
        "in_flight_ns": take("in_flight_ns", np.int64),
        "execution": take("execution", np.int64),
    }
    order = [
        "host",
        "device",
        "device_id",
        "line",
        "program_id",
        "module",
        "op",
        "start_ns",
        "dur_ns",
        "kernels",
        "in_flight_ns",
        "execution",
    ]
    return pd.DataFrame({name: columns[name] for name in order}, copy=False)


def _code_dtype(categories: list) -> type:
    """The narrowest integer dtype for codes into ``categories`` (pandas stores codes this narrow)."""
    size = len(categories)
    return np.int8 if size < 2**7 else np.int16 if size < 2**15 else np.int32


def _profile_start(space) -> int:
    for plane in space.planes:
        if plane.name == TASK_ENVIRONMENT_PLANE:
            value = PlaneStats(plane).as_dict(plane.stats).get("profile_start_time")
            if isinstance(value, int):
                return value
    return 0


def _devices_table(host: str, space, platform: str, events: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for kind, index, plane in device_planes(space):
        values = PlaneStats(plane).as_dict(plane.stats)
        rows.append(
            {"host": host, "device": plane.name, "device_id": index, "kind": kind}
            | pick(values, DEVICE_STATS)
        )
    if platform == "cpu":
        for ordinal in sorted(set(events["device_id"].tolist())) or [0]:
            rows.append(
                {"host": host, "device": "/host:CPU", "device_id": ordinal, "kind": "cpu"}
                | pick({}, DEVICE_STATS)
            )
    columns = ["host", "device", "device_id", "kind"] + [c.column for c in DEVICE_STATS]
    return pd.DataFrame(rows, columns=columns).astype({"device_id": np.int32})


def _op_stats_table(host: str, found: PlaneOps) -> pd.DataFrame:
    rows = []
    for (program_id, op), (plane, meta) in found.tpu_metadata.items():
        values = PlaneStats(plane).as_dict(meta.stats)
        breakdown = values.get("memory_access_breakdown")
        hbm = _hbm_bytes(breakdown) if isinstance(breakdown, bytes) else float("nan")
        rows.append(
            {"host": host, "program_id": program_id, "op": op, "hlo_text": meta.name}
            | pick(values, TPU_OP_STATS)
            | {"hbm_bytes": hbm}
        )
    columns = ["host", "program_id", "op", "hlo_text"] + [c.column for c in TPU_OP_STATS] + ["hbm_bytes"]
    table = pd.DataFrame(rows, columns=columns)
    return table.astype({"program_id": np.uint64})


def _hbm_bytes(breakdown: bytes) -> float:
    """Bytes read and written in HBM per execution, from the op's serialized xprof
    ``MemoryAccessBreakdown``; NaN when it does not decode."""
    try:
        accesses = op_metrics_pb2.MemoryAccessBreakdown.FromString(breakdown).memory_accessed
    except DecodeError:
        return float("nan")
    return float(sum(a.bytes_accessed for a in accesses if a.memory_space == _HBM))
