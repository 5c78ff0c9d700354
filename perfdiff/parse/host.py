"""One host's trace file -> its tables. A pure function of the file, so hosts parse in parallel."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from perfdiff.compute.grouping import BLOCK, run_starts
from perfdiff.infer.executions import empty as executions_empty
from perfdiff.infer.executions import executions_table
from perfdiff.infer.steps import infer_steps
from perfdiff.parse.chunks import Interner, OpChunk, PlaneOps, consecutive_views, device_planes
from perfdiff.parse.modules import read_modules
from perfdiff.parse.ops import extract_ops
from perfdiff.xplane import reader
from perfdiff.xplane.stats import DEVICE_STATS, TPU_OP_STATS, PlaneStats, hbm_bytes, pick

TASK_ENVIRONMENT_PLANE = "Task Environment"


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
    from perfdiff.parse.timeline import event_steps, read_steps

    with reader.open_space(path, memory_limit=memory_limit, decoder=decoder) as space:
        warnings: list[str] = [f"{host}: profiler error: {e}" for e in space.errors]
        op_names = Interner()
        step_rows = read_steps(space)  # first: with step marks, no op's execution is looked up
        platform, found = extract_ops(space, op_names, op_executions=not step_rows)
        modules = read_modules(space, warnings)
    # The file's bytes are released: from here on only columns and small protobuf messages are held.
    module_names = dict(found.module_names)
    for record in modules:
        module_names.setdefault(record.program_id, record.module)

    # Timelines and steps never span hosts: derive both here, in the host's worker, a timeline at a
    # time (its rows put in order of start, the order the nesting walk takes them in).
    found.chunks[:] = _in_order(found.chunks)
    events = _events_table(host, found, op_names, module_names)
    found.chunks.clear()
    steps = pd.DataFrame(step_rows, columns=["step", "name", "start_ns", "dur_ns"])
    steps.insert(0, "host", host)
    execution = events.pop("execution").to_numpy() if "execution" in events else None
    executions = executions_table(host, events, execution, found.runs)
    inferred, why = infer_steps(host, executions, events, execution) if steps.empty else (None, [])
    warnings.extend(why)
    steps = inferred.steps if inferred else steps  # no step marks: the main module's executions
    step = inferred.event_step if inferred else event_steps(events, steps)
    events["step"] = pd.Series(step, index=events.index, copy=False)  # as a Series, not copied (pandas 3)
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


def _in_order(chunks: list[OpChunk]) -> list[OpChunk]:
    """One chunk per timeline (device, line), its rows put in order of start (ties: longest first;
    ``reorder.order_timelines``, the timelines side by side) and its self times. An asynchronous
    op's time in flight after its event is its own: nesting is judged on the event, then that time
    is added to its duration and its self time."""
    from perfdiff.compute.intervals import self_time
    from perfdiff.compute.reorder import order_timelines

    by_timeline: dict[tuple[str, str], list[OpChunk]] = {}
    for chunk in chunks:
        by_timeline.setdefault((chunk.device, chunk.line), []).append(chunk)
    out = [parts[0] if len(parts) == 1 else _merged(*key, parts) for key, parts in by_timeline.items()]
    timelines = [(c.start_ns, c.dur_ns, [getattr(c, name) for name in c.arrays()]) for c in out]
    self_ns = np.empty(sum(len(c.start_ns) for c in out), np.int64)  # a slice per timeline
    at = 0
    for merged in out:
        merged.self_ns = self_ns[at : at + len(merged.start_ns)]
        at += len(merged.start_ns)

    def nest(i: int) -> None:
        merged = out[i]
        self_time(merged.device_id, merged.start_ns, merged.dur_ns, out=merged.self_ns)
        if merged.in_flight_ns is not None:
            merged.self_ns += merged.in_flight_ns
            merged.dur_ns += merged.in_flight_ns
            merged.in_flight_ns = None

    order_timelines(timelines, then=nest)
    return out


def _merged(device: str, line: str, parts: list[OpChunk]) -> OpChunk:
    """Chunks of one timeline (a line split in two) as one."""
    for part in parts:
        n = len(part.start_ns)
        if part.kernels is None:
            part.kernels = np.ones(n, np.int32)
        if part.in_flight_ns is None:
            part.in_flight_ns = np.zeros(n, np.int64)
        if part.execution is None:
            part.execution = np.full(n, -1, np.int64)
    names = parts[0].arrays()
    merged = OpChunk(
        device, line, **{name: np.concatenate([getattr(p, name) for p in parts]) for name in names}
    )
    parts.clear()
    return merged


def _events_table(
    host: str, found: PlaneOps, op_names: Interner, module_names: dict[int, str]
) -> pd.DataFrame:
    """The events table from the extractors' chunks, emptying them as it goes."""
    chunks = found.chunks
    sizes = [len(c.start_ns) for c in chunks]
    n = sum(sizes)
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
                "self_ns": np.zeros(0, np.int64),
                "execution": np.zeros(0, np.int64),
            }
        )
    device_names = list(dict.fromkeys(c.device for c in chunks))
    line_names = list(dict.fromkeys(c.line for c in chunks))

    def cat(values: list[str], codes: np.ndarray) -> pd.Categorical:
        # pandas-stubs wants an Index of categories; pandas takes any list-like (and makes the Index)
        return pd.Categorical.from_codes(codes, categories=values)  # type: ignore[call-overload]

    def repeat_names(names: list[str], attr: str) -> pd.Categorical:
        codes = np.empty(n, _code_dtype(names))
        at = 0
        for chunk, size in zip(chunks, sizes, strict=True):
            codes[at : at + size] = names.index(getattr(chunk, attr))
            at += size
        return cat(names, codes)

    def take(attr: str, dtype: type[np.integer], default: int = 0) -> np.ndarray:
        """One column over the chunks, each chunk's rows in its order; dropped from the chunks."""
        parts = [getattr(c, attr) for c in chunks]
        if all(part is None for part in parts):
            return np.full(n, default, dtype)
        base = consecutive_views(parts) if all(part is not None for part in parts) else None
        if base is not None:  # the chunks are slices of one array: keep it
            for chunk in chunks:
                setattr(chunk, attr, None)
            del parts
            return base.astype(dtype, copy=False)
        del parts
        out = np.empty(n, dtype)
        at = 0
        for chunk, size in zip(chunks, sizes, strict=True):
            part, where = getattr(chunk, attr), out[at : at + size]
            if part is None:
                where[:] = default
            else:
                where[:] = part
            setattr(chunk, attr, None)
            at += size
        return out

    # An op line runs program after program: its programs are the first values of its runs, and
    # their modules are looked up per run.
    program_column = take("program_id", np.uint64)
    starts = run_starts(program_column)
    programs = sorted(set(program_column[starts].tolist()))
    module_values = [module_names.get(pid, f"program_{pid}") for pid in programs]
    module_order = list(dict.fromkeys(module_values))
    module_of_program = np.array([module_order.index(m) for m in module_values], _code_dtype(module_order))
    program_array = np.array(programs, np.uint64)
    columns: dict[str, pd.Categorical | np.ndarray] = {
        "host": cat([host], np.zeros(n, np.int8)),
        "device": repeat_names(device_names, "device"),
        "line": repeat_names(line_names, "line"),
        "op": cat(op_names.values, take("op", _code_dtype(op_names.values))),
        "device_id": take("device_id", np.int32),
        "program_id": program_column,
        "start_ns": take("start_ns", np.int64),
        "dur_ns": take("dur_ns", np.int64),
        "kernels": take("kernels", np.int32, default=1),
        "self_ns": take("self_ns", np.int64),
    }
    if any(chunk.execution is not None for chunk in chunks):  # else none was looked up
        columns["execution"] = take("execution", np.int64, default=-1)
    if 64 * len(starts) <= n:  # runs of 64 rows or more on average: a lookup per run
        first_programs = np.searchsorted(program_array, program_column[starts])
        module_codes = np.repeat(module_of_program[first_programs], np.diff(starts, append=n))
    else:
        module_codes = np.empty(n, module_of_program.dtype)
        for at in range(0, n, BLOCK):
            module_codes[at : at + BLOCK] = module_of_program[
                np.searchsorted(program_array, program_column[at : at + BLOCK])
            ]
    columns["module"] = cat(module_order, module_codes)
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
        "self_ns",
        "execution",
    ]
    return pd.DataFrame({name: columns[name] for name in order if name in columns}, copy=False)


def _code_dtype(categories: list) -> type[np.signedinteger]:
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
        hbm = hbm_bytes(breakdown) if isinstance(breakdown, bytes) else float("nan")
        rows.append(
            {"host": host, "program_id": program_id, "op": op, "hlo_text": meta.name}
            | pick(values, TPU_OP_STATS)
            | {"hbm_bytes": hbm}
        )
    columns = ["host", "program_id", "op", "hlo_text"] + [c.column for c in TPU_OP_STATS] + ["hbm_bytes"]
    table = pd.DataFrame(rows, columns=columns)
    return table.astype({"program_id": np.uint64})
