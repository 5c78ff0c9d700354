"""One host's trace file -> its tables. A pure function of the file, so hosts parse in parallel."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from perfdiff.parse import reader
from perfdiff.parse.chunks import Interner, PlaneOps, device_planes
from perfdiff.parse.modules import read_modules
from perfdiff.parse.ops import extract_ops
from perfdiff.parse.stats import DEVICE_STATS, TPU_OP_STATS, PlaneStats, pick
from perfdiff.parse.wire import hbm_bytes_from_breakdown

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
    non_op_events: int = 0
    warnings: list[str] = field(default_factory=list)


def parse_host(host: str, path: Path, *, memory_limit: int | None = None) -> HostTables:
    """Read ``path`` (one host's ``.xplane.pb[.gz]``) into tables; raises BadTraceError."""
    from perfdiff.parse.timeline import read_steps

    space = reader.read_xspace(path, memory_limit=memory_limit)
    warnings: list[str] = [f"{host}: profiler error: {e}" for e in space.errors]
    op_names = Interner()
    platform, found = extract_ops(space, op_names)
    modules = read_modules(space, warnings)
    module_names = dict(found.module_names)
    for record in modules:
        module_names.setdefault(record.program_id, record.module)

    events = _events_table(host, found, op_names, module_names)
    steps = pd.DataFrame(read_steps(space), columns=["step", "name", "start_ns", "dur_ns"])
    steps.insert(0, "host", host)
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
        non_op_events=found.non_op_events,
        warnings=warnings,
    )


def _events_table(
    host: str, found: PlaneOps, op_names: Interner, module_names: dict[int, str]
) -> pd.DataFrame:
    chunks = found.chunks
    n = sum(len(c.start_ns) for c in chunks)
    cat = lambda values, codes: pd.Categorical.from_codes(codes, categories=values)  # noqa: E731
    device_names = list(dict.fromkeys(c.device for c in chunks))
    line_names = list(dict.fromkeys(c.line for c in chunks))
    program_id = np.concatenate([c.program_id for c in chunks]) if chunks else np.zeros(0, np.uint64)
    programs = sorted(set(program_id.tolist()))
    module_values = [module_names.get(pid, f"program_{pid}") for pid in programs]
    module_order = list(dict.fromkeys(module_values))
    module_code_of_program = np.array([module_order.index(m) for m in module_values], np.int32)
    program_index = np.searchsorted(np.array(programs, np.uint64), program_id)

    def per_chunk(attr: str, dtype: type) -> np.ndarray:
        if not chunks:
            return np.zeros(0, dtype)
        return np.concatenate([getattr(c, attr) for c in chunks]).astype(dtype, copy=False)

    def repeat_names(names: list[str], attr: str) -> pd.Categorical:
        codes = np.concatenate(
            [np.full(len(c.start_ns), names.index(getattr(c, attr)), np.int32) for c in chunks]
        )
        return cat(names, codes)

    return pd.DataFrame(
        {
            "host": pd.Categorical([host] * n) if n else pd.Categorical([], categories=[host]),
            "device": repeat_names(device_names, "device") if n else pd.Categorical([]),
            "device_id": per_chunk("device_id", np.int32),
            "line": repeat_names(line_names, "line") if n else pd.Categorical([]),
            "program_id": program_id,
            "module": cat(module_order, module_code_of_program[program_index]) if n else pd.Categorical([]),
            "op": cat(op_names.values, per_chunk("op", np.int32)) if n else pd.Categorical([]),
            "start_ns": per_chunk("start_ns", np.int64),
            "dur_ns": per_chunk("dur_ns", np.int64),
            "kernels": np.concatenate(
                [c.kernels if c.kernels is not None else np.ones(len(c.start_ns), np.int32) for c in chunks]
            )
            if chunks
            else np.zeros(0, np.int32),
        }
    )


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
        try:
            hbm = float(hbm_bytes_from_breakdown(breakdown)) if isinstance(breakdown, bytes) else float("nan")
        except ValueError:
            hbm = float("nan")
        rows.append(
            {"host": host, "program_id": program_id, "op": op, "hlo_text": meta.name}
            | pick(values, TPU_OP_STATS)
            | {"hbm_bytes": hbm}
        )
    columns = ["host", "program_id", "op", "hlo_text"] + [c.column for c in TPU_OP_STATS] + ["hbm_bytes"]
    table = pd.DataFrame(rows, columns=columns)
    return table.astype({"program_id": np.uint64})
