"""Drill-down tables of one run: what the op detail and the step timeline of the plugin show.

Both are read from the Profile (the report keeps per-op totals only): an op's HLO text, shapes and
time in each step, and one step's op executions lane by lane. Ops are keyed ``"<program_id>/<op>"``
(``op_key``), as the report's ops table names them. Pure functions of the Profile; the plugin's
worker calls them and the plugin joins them to the report's ops table.
"""

from __future__ import annotations

from typing import Any, cast

import numpy as np
import pandas as pd

from perfdiff.errors import PerfdiffError
from perfdiff.hlo.module import HloModule, parse_module
from perfdiff.hlo.render import instruction_shapes, instruction_text
from perfdiff.parse.profile import Profile
from perfdiff.parse.rows import module_rows, op_stat_rows

_NS = 1e-9


def op_key(program_id: Any, op: Any) -> str:
    """How the drill-down names an op: ``"<program_id>/<op>"`` (program id in decimal)."""
    return f"{int(program_id)}/{op}"


def _instructions(profile: Profile) -> dict[str, tuple[HloModule, Any]]:
    """op key -> (module, instruction proto) for every instruction of every module the trace holds."""
    found: dict[str, tuple[HloModule, Any]] = {}
    for row in module_rows(profile.modules):
        if not row.hlo_proto:
            continue
        try:
            module = parse_module(row.hlo_proto)
        except PerfdiffError:  # a damaged module costs its ops' text, not the drill-down
            continue
        for inst in module.instructions.values():
            found.setdefault(op_key(row.program_id, inst.name), (module, inst))
    return found


def _devices_per_op(events: pd.DataFrame) -> pd.Series:
    """Per (program_id, op): how many (host, device) ran it."""
    ran = events[["program_id", "op", "host", "device_id"]].drop_duplicates()
    return ran.groupby(["program_id", "op"], observed=True).size()


def op_details(profile: Profile) -> dict[str, dict[str, Any]]:
    """Per op key: ``hlo_text`` (the trace's own text on TPU, else written from the HLO proto; "" when
    the trace has neither), ``shapes`` (``{"result", "operands": [{"name", "shape"}]}`` or None),
    ``steps`` (step numbers) and ``step_s`` (its self time in each, seconds per device that ran it)."""
    events = profile.events
    found = _instructions(profile)
    texts = {
        op_key(r.program_id, r.op): str(r.hlo_text)
        for r in op_stat_rows(profile.op_stats)
        if getattr(r, "hlo_text", "")
    }
    devices = _devices_per_op(events)
    per_step = events.groupby(["program_id", "op", "step"], observed=True)["self_ns"].sum()
    details: dict[str, dict[str, Any]] = {}
    for pair, count in devices.items():
        program_id, op = cast(tuple[int, str], pair)  # the (program_id, op) index
        key = op_key(program_id, op)
        module_inst = found.get(key)
        text = texts.get(key) or (instruction_text(*module_inst) if module_inst else "")
        times = per_step.loc[(program_id, op)]
        details[key] = {
            "hlo_text": text,
            "shapes": instruction_shapes(*module_inst) if module_inst else None,
            "steps": [int(s) for s in times.index],
            "step_s": [float(v) * _NS / count for v in times.to_numpy()],
        }
    return details


def _async_starts(found: dict[str, tuple[HloModule, Any]]) -> dict[str, str]:
    """op key of each ``*-done`` -> op key of its ``*-start`` (the done's operand in the HLO)."""
    pairs = {}
    for key, (module, inst) in found.items():
        if inst.opcode.endswith("-done") and inst.operand_ids:
            start = module.instructions.get(inst.operand_ids[0])
            if start is not None and start.opcode.endswith("-start"):
                pairs[key] = key.rsplit("/", 1)[0] + "/" + start.name
    return pairs


def step_steps(profile: Profile) -> list[int]:
    """The step numbers that have op events, ascending (-1: events outside every step)."""
    return sorted(int(s) for s in profile.events["step"].unique())


def step_timeline(profile: Profile, step: int | None) -> dict[str, Any]:
    """One step's op executions, columnar: ``lanes`` (``"host device · line"`` names), ``ops``
    (op keys), and per execution ``lane``, ``op`` (indices), ``start_ns`` (from ``t0_ns``, the first
    execution's start, ns relative to its host's profile start) and ``dur_ns``; ``async``: each
    ``*-done``'s transfer from its ``*-start``'s start to its own end (``lane``, ``op`` (the done's),
    ``start_ns``, ``end_ns``). ``step``: the step drawn (``None``: the first with events)."""
    events = profile.events
    steps = step_steps(profile)
    if step is None:
        step = next((s for s in steps if s >= 0), steps[0] if steps else -1)
    if step not in steps:
        raise PerfdiffError(f"step {step} has no op events; steps with events: {steps[:20]}")
    chosen = events[events["step"] == step].sort_values("start_ns", kind="stable")
    multi_host = events["host"].nunique() > 1
    lane_names = (
        (chosen["host"].astype(str) + " " if multi_host else "")
        + chosen["device"].astype(str)
        + " · "
        + chosen["line"].astype(str)
    )
    lanes, lane = np.unique(lane_names.to_numpy(str), return_inverse=True)
    keys = [op_key(p, o) for p, o in zip(chosen["program_id"], chosen["op"], strict=True)]
    ops, op = np.unique(np.array(keys, dtype=object), return_inverse=True)
    start = chosen["start_ns"].to_numpy(np.int64)
    t0 = int(start.min()) if len(start) else 0
    end = start + chosen["dur_ns"].to_numpy(np.int64)
    found = _instructions(profile)
    pairs = _async_starts(found)
    transfers: dict[str, list[int]] = {"lane": [], "op": [], "start_ns": [], "end_ns": []}
    device = (chosen["host"].astype(str) + "|" + chosen["device_id"].astype(str)).to_numpy(str)
    key_array = np.array(keys, dtype=object)
    for i in np.flatnonzero(np.isin(key_array, list(pairs))):
        mine = np.flatnonzero(
            (key_array == pairs[key_array[i]]) & (device == device[i]) & (start <= start[i])
        )
        if len(mine):  # the latest -start before this -done on its device
            j = mine[np.argmax(start[mine])]
            transfers["lane"].append(int(lane[i]))
            transfers["op"].append(int(op[i]))
            transfers["start_ns"].append(int(start[j] - t0))
            transfers["end_ns"].append(int(end[i] - t0))
    return {
        "step": int(step),
        "steps": steps,
        "t0_ns": t0,
        "span_ns": int(end.max() - t0) if len(end) else 0,
        "lanes": [str(x) for x in lanes],
        "ops": [str(x) for x in ops],
        "lane": lane.astype(int).tolist(),
        "op": op.astype(int).tolist(),
        "start_ns": (start - t0).tolist(),
        "dur_ns": chosen["dur_ns"].to_numpy(np.int64).tolist(),
        "async": transfers,
    }
