"""What each op of a profile costs per execution: FLOPs, HBM bytes, interconnect, host-link and DCN bytes.

One row per ``(host, program_id, op)`` that appears in the profile's events:

- TPU: the trace's own per-op stats (``op_stats``: ``flops``, the HBM part of
  ``memory_access_breakdown``, else ``bytes_accessed``), and the collective read from the op's HLO
  text; ``cost_source`` "trace".
- CPU and GPU: XLA's HloCostAnalysis on the optimised HLO embedded in the trace, per instruction
  (``hlo_cost.instruction_costs``, cached per module); GEMM custom calls priced from their shapes.
- An op the trace gives no cost for says so: ``cost_source`` "none", NaN costs (never 0).
- A copy to or from host memory (``S(5)``, see ``transfers``) moves ``host_bytes`` over the host link,
  ``link`` "to_host" / "from_host". A TPU custom kernel the trace gives no cost for is priced from
  its backend config's ``cost_estimate``, else from its operand and result bytes (a lower bound,
  ``cost_lower_bound``; see ``custom_kernels``).
- A collective whose replica groups span slices (known when the profile's ``devices`` table has a
  ``slice_index`` column, keyed by the device id the groups use: no trace here has one, and then
  every collective is ICI) moves ``dcn_bytes`` between slices (``collectives.split_dcn``).

Where an op comes from: ``stack`` is its Python stack from the module's HLO (innermost frame first, one
``file:line in function`` per line), ``source`` the innermost frame that is the user's own code and
``library_source`` the innermost frame when that one is a library's (``perfdiff.hlo.frames``; the
library list is the default, ``PERFDIFF_LIBRARIES`` and ``libraries``). Without a stack in the HLO,
``source`` is the HLO metadata's (TPU: the trace's ``source`` stat).

Asynchronous pairs (``copy-start``/``copy-done``, ``all-reduce-start``/``-done``…) carry their cost on
the ``-done`` row: the attribution prices the transfer over the pair's span, start to done
(``attribution/async_pairs``), and the ``-start`` keeps its launch time and costs nothing. (TPU traces
split a pair's bytes between the two halves by direction — a copy to host memory puts them on the
start.)

Columns: host, program_id, op, opcode, category, flops [FLOPs], hbm_bytes [bytes], ici_bytes [bytes
per device], dcn_bytes [bytes per device], host_bytes [bytes], link, collective (kind or None),
group_size [devices], int8_inputs (bool), cost_lower_bound (bool), cost_source, source ("file:line" or
""), library_source ("file:line" or ""), stack (text), op_name, signature (opcode and shapes: stable
across recompiles), async_start (for an async -done, its -start's name; else ""), copies_input (the
name of the step input a copy duplicates because it was not donated, ``input_copies``; else "").
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol, cast

import numpy as np
import pandas as pd

from perfdiff.compute.grouping import distinct_rows
from perfdiff.costs.collectives import collective_from_hlo_text, split_dcn
from perfdiff.costs.custom_kernels import cost_estimate
from perfdiff.costs.input_copies import add_copies_input
from perfdiff.costs.transfers import host_copy_from_text, text_arrays
from perfdiff.errors import BadTraceError
from perfdiff.hlo import frames
from perfdiff.hlo.module import parse_module
from perfdiff.hlo.text import split_hlo_text
from perfdiff.infer.command_buffers import is_command_buffer
from perfdiff.parse.profile import Profile
from perfdiff.parse.rows import module_rows, op_stat_rows

log = logging.getLogger(__name__)

COLUMNS = [
    "host", "program_id", "op", "opcode", "category", "flops", "hbm_bytes", "ici_bytes", "dcn_bytes",
    "host_bytes", "link", "collective", "group_size", "int8_inputs", "cost_lower_bound", "cost_source",
    "source", "library_source", "stack", "op_name", "signature", "async_start",
]  # fmt: skip

_FOUND = [c for c in COLUMNS if c not in ("library_source", "stack")]  # what the pricing steps give
_EIGHT_BIT = re.compile(r"\b(?:s8|u8|f8e\w+)\[")

# Called once per module costed: (modules done, modules in all).
Progress = Callable[[int, int], None]


def op_costs(
    profile: Profile,
    *,
    cache_dir: str | None = None,
    progress: Progress | None = None,
    warnings: list[str] | None = None,
    libraries: Iterable[str] | None = None,
    keys: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Per-execution cost of every (host, program_id, op) in ``profile.events`` (see module doc).

    A module whose embedded HLO is corrupt leaves its ops unpriced; what was wrong is appended to
    ``warnings`` (and logged). ``libraries``: package names (or path prefixes) whose frames are not
    the user's, besides ``perfdiff.hlo.frames``' defaults and ``PERFDIFF_LIBRARIES``. ``keys``: the
    distinct (host, program_id, op) rows in order of first appearance, when the caller has them
    already (the analysis does: finding them is a pass over every op event).
    """
    if keys is None:
        keys = distinct_rows(profile.events, ["host", "program_id", "op"])
    keys = keys.astype({"host": str, "op": str})
    if profile.platform == "tpu":
        costs = _tpu_costs(profile.op_stats, _slices(profile.devices))
    else:
        costs = _hlo_costs(profile, keys, cache_dir, progress, warnings if warnings is not None else [])
    merged = keys.merge(costs, on=["host", "program_id", "op"], how="left")
    unknown = merged["cost_source"].isna()
    merged.loc[unknown, "cost_source"] = "none"
    for column in ("opcode", "category", "source", "op_name", "signature", "async_start", "link"):
        merged[column] = merged[column].fillna("").astype(str)
    for column in ("int8_inputs", "cost_lower_bound"):
        merged[column] = merged[column].fillna(False).astype(bool)
    for column in ("flops", "hbm_bytes", "ici_bytes"):
        merged[column] = merged[column].astype(float)
    for column in ("dcn_bytes", "host_bytes"):
        merged[column] = merged[column].astype(float).fillna(0.0)
    merged["collective"] = merged["collective"].astype(object).where(merged["collective"].notna(), None)
    merged = _user_sources(profile, merged, frames.libraries(libraries))
    # Kernels of a GPU command buffer that no op name could be found for (infer.command_buffers).
    buffers = merged["op"].map(is_command_buffer) & (merged["category"] == "")
    merged.loc[buffers, "category"] = "command buffer"
    merged = add_copies_input(merged, profile.modules)
    return _price_async_pairs_on_done(merged)[[*COLUMNS, "copies_input"]]


def _user_sources(profile: Profile, costs: pd.DataFrame, names: tuple[str, ...]) -> pd.DataFrame:
    """``costs`` with stack, source and library_source from each module's stack frames (where the HLO
    has them; else source as it was)."""
    stacks: dict[tuple[str, int], dict[str, list[frames.Frame]]] = {}
    by_bytes: dict[bytes, dict[str, list[frames.Frame]]] = {}
    for module in module_rows(profile.modules):
        if isinstance(module.hlo_proto, bytes):
            if module.hlo_proto not in by_bytes:
                by_bytes[module.hlo_proto] = _module_stacks(module.hlo_proto)
            stacks[(str(module.host), int(module.program_id))] = by_bytes[module.hlo_proto]
    found = [stacks.get((h, int(p)), {}).get(op, []) for h, p, op in
             zip(costs["host"], costs["program_id"].tolist(), costs["op"], strict=True)]  # fmt: skip
    chosen = [frames.user_and_library(stack, names) for stack in found]
    out = costs.copy()
    out["stack"] = ["\n".join(map(frames.frame_text, stack)) for stack in found]
    out["source"] = [user or old for (user, _), old in zip(chosen, out["source"], strict=True)]
    out["library_source"] = [library for _, library in chosen]
    return out


def _module_stacks(hlo_module_proto: bytes) -> dict[str, list[frames.Frame]]:
    """Instruction name -> its stack, for the instructions that run as ops ({} for a corrupt module:
    op_costs says so already when it prices it)."""
    try:
        module = parse_module(hlo_module_proto)
    except BadTraceError:
        return {}
    return {inst.name: module.stack(inst) for _, inst in module.executed_instructions()}


_PAIR_COLUMNS = ["flops", "hbm_bytes", "ici_bytes", "dcn_bytes", "host_bytes"]


class _DoneRow(Protocol):
    """A row of the costs table (``itertuples()``) whose op is an async -done."""

    Index: int
    host: str
    program_id: int
    async_start: str


def _price_async_pairs_on_done(costs: pd.DataFrame) -> pd.DataFrame:
    """Move each async pair's cost (and collective facts) from its -start row to its -done row."""
    done = costs[costs["async_start"] != ""]
    if done.empty:
        return costs
    out = costs.copy()
    index = {
        key: i for i, key in enumerate(zip(out["host"], out["program_id"].tolist(), out["op"], strict=True))
    }
    for row in cast(Iterator[_DoneRow], done.itertuples()):
        start = index.get((row.host, int(row.program_id), row.async_start))
        if start is None or out.at[start, "cost_source"] == "none":
            continue
        for column in _PAIR_COLUMNS:
            out.at[row.Index, column] = np.nansum([out.at[row.Index, column], out.at[start, column]])
            out.at[start, column] = 0.0
        for column in ("collective", "group_size", "int8_inputs", "link", "cost_lower_bound"):
            # pandas-stubs types a cell read wider than a cell write takes; these columns hold objects
            mine: Any = out.at[row.Index, column]
            if mine in (None, False, "") or pd.isna(mine):
                out.at[row.Index, column] = cast(Any, out.at[start, column])
        if out.at[row.Index, "cost_source"] == "none":
            out.at[row.Index, "cost_source"] = cast(Any, out.at[start, "cost_source"])
    return out


def _slices(devices: pd.DataFrame) -> dict[int, int]:
    """{device id: slice index} from a ``slice_index`` column of the devices table, if it has one."""
    if devices is None or "slice_index" not in devices or "device_id" not in devices:
        return {}
    known = devices.dropna(subset=["slice_index"])
    return {int(d): int(s) for d, s in zip(known["device_id"], known["slice_index"], strict=True)}


def _tpu_costs(op_stats: pd.DataFrame, slice_of: dict[int, int]) -> pd.DataFrame:
    rows = []
    for stat in op_stat_rows(op_stats):
        text = str(stat.hlo_text)
        info = collective_from_hlo_text(text)
        parts = split_hlo_text(text)
        hbm = stat.hbm_bytes if not math.isnan(stat.hbm_bytes) else stat.bytes_accessed
        known = not (math.isnan(stat.flops) and math.isnan(hbm))
        flops = stat.flops if known else math.nan
        hbm = hbm if known else math.nan
        source, lower_bound = "trace" if known else "none", False
        opcode = parts.opcode if parts else ""
        if opcode == "custom-call" and not (known and (flops > 0 or hbm > 0)):
            flops, hbm, source, lower_bound = _custom_kernel(text, parts)
        is_done = parts is not None and parts.opcode.endswith("-done") and parts.operand_names
        link, host_bytes = host_copy_from_text(opcode, parts.result, parts.operands) if parts else ("", 0.0)
        ici, dcn = info.ici_bytes if info else 0.0, 0.0
        split = split_dcn(info, slice_of) if info and slice_of else None
        if split is not None:
            ici, dcn = split
        rows.append(
            {
                "host": stat.host,
                "program_id": stat.program_id,
                "op": stat.op,
                "opcode": opcode,
                "category": stat.category,
                "flops": flops,
                "hbm_bytes": hbm,
                "ici_bytes": ici,
                "dcn_bytes": dcn,
                "host_bytes": host_bytes if opcode != "copy-start" else 0.0,  # a pair's bytes: its -done
                "link": link,
                "collective": info.kind if info else None,
                "group_size": info.group_size if info else None,
                "int8_inputs": bool(parts and _EIGHT_BIT.search(parts.operands)),
                "cost_lower_bound": lower_bound,
                "cost_source": source,
                "source": stat.source,
                "op_name": stat.tf_op,
                "signature": parts.signature() if parts else "",
                "async_start": parts.operand_names[0] if is_done and parts else "",
            }
        )
    frame = pd.DataFrame(rows, columns=_FOUND)
    return frame.astype({"program_id": np.uint64})


def _custom_kernel(text: str, parts: object) -> tuple[float, float, str, bool]:
    """(flops, hbm_bytes, cost_source, cost_lower_bound) of a TPU custom call the trace leaves
    unpriced: its ``cost_estimate`` if its text holds one, else its operand and result bytes."""
    estimate = cost_estimate(text)
    if estimate is not None:
        return estimate["flops"], estimate["bytes accessed"], "cost_estimate", False
    result, operands = getattr(parts, "result", ""), getattr(parts, "operands", "")
    arrays = text_arrays(f"{result} {operands}")
    if not arrays or any(size < 0 for size, _ in arrays):
        return math.nan, math.nan, "none", False
    return math.nan, float(sum(size for size, _ in arrays)), "operand_bytes", True


def _hlo_costs(
    profile: Profile,
    keys: pd.DataFrame,
    cache_dir: str | None,
    progress: Progress | None,
    warnings: list[str],
) -> pd.DataFrame:
    from perfdiff.costs.instructions import instruction_costs

    wanted = keys[["host", "program_id"]].drop_duplicates()
    modules = profile.modules.astype({"host": str}).merge(wanted, on=["host", "program_id"])
    frames = []
    by_digest: dict[bytes, pd.DataFrame] = {}
    total = len(modules)
    have = set()
    for done, module in enumerate(module_rows(modules), start=1):
        if isinstance(module.hlo_proto, bytes):
            table = by_digest.get(module.hlo_proto)
            if table is None:
                try:
                    table = instruction_costs(module.hlo_proto, cache_dir=cache_dir)
                except BadTraceError as err:  # one corrupt module: its ops stay unpriced
                    where = f"{module.host}: program {module.program_id} ({module.module})"
                    message = f"{where}: {err}; its ops are unpriced"
                    log.warning("%s", message)
                    warnings.append(message)
                    table = pd.DataFrame()
                by_digest[module.hlo_proto] = table
            if len(table.columns):
                frames.append(table.assign(host=module.host, program_id=np.uint64(module.program_id)))
                have.add((module.host, int(module.program_id)))
        if progress is not None:
            progress(done, total)
    for host, program_id in wanted.itertuples(index=False):
        if (str(host), int(program_id)) not in have:
            log.info("no HLO in the trace for program %s on %s: its ops stay unpriced", program_id, host)
    if not frames:
        return pd.DataFrame(columns=_FOUND).astype({"program_id": np.uint64})
    costs = pd.concat(frames, ignore_index=True)
    costs["dcn_bytes"] = 0.0  # slices are a TPU matter: the HLO path prices every collective on ICI
    costs["group_size"] = costs["group_size"].astype(object).where(costs["group_size"].notna(), None)
    return costs[_FOUND]
