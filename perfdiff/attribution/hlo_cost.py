"""Per-instruction costs of an optimised XLA module: FLOPs, HBM bytes, interconnect bytes.

``instruction_costs(hlo_module_proto)`` prices every instruction that can appear as an op event in a
trace — every instruction of the entry computation and of the computations control flow runs as ops
(``while`` bodies and conditions, ``conditional`` branches, ``call`` targets, ``async-start`` wrapped
computations; see ``hlo_module``). Parameters are left out: they cost nothing and are never op events.
Constants, tuples, get-tuple-elements and bitcasts are kept (tuples cost a few bytes of pointers in
HloCostAnalysis; most never show up as events, which is harmless).

How each row is priced (``cost_source``):
- ``hlo_cost_analysis``: XLA's HloCostAnalysis on a module built around the instruction
  (``xla_cost``). Summed over the rows of a module these equal ``compiled.cost_analysis()`` /
  ``hlo_module_cost_analysis`` of the whole module (to float32 rounding), given the conventions below
  — except XLA:GPU Triton GEMM fusions, whose operand reads HloCostAnalysis misses and perfdiff
  counts (as xprof does; see ``xla_cost``).
- ``gemm_shapes``: a cuBLAS/hipBLASLt GEMM custom call, 2·M·N·K from its shapes (``library_calls``).
- ``conv_as_hlo``: a cuDNN/MIOpen convolution custom call, priced as the HLO convolution it replaced.
- ``nested``: ``while``, ``conditional``, ``call``, ``async-start``. Their work is on the rows of the
  computations they run, which appear as op events of their own, once per execution; the row itself
  costs 0. HloCostAnalysis counts a ``while`` as one trip of body + condition — so the module total
  equals Σ rows when every body row is counted once — and a ``conditional`` as its most expensive
  branch, while the rows hold every branch.
- ``none``: XLA cannot price it (an opaque custom call such as fused attention: HloCostAnalysis says
  −1). ``flops``, ``transcendentals`` and ``hbm_bytes`` are NaN, not 0.

While loops: a trace shows each body op once per iteration, so multiplying rows by their occurrences
in the trace gives the loop's true cost; the trip count is not applied here.
"""

from __future__ import annotations

import hashlib
import math
import os
from typing import Any

import pandas as pd

from perfdiff.attribution import cost_cache, xla_process
from perfdiff.attribution.collectives import CollectiveInfo, collective_from_hlo_text, collective_of
from perfdiff.attribution.hlo_module import CONTROL_FLOW, HloModule, parse_module, shape_text
from perfdiff.attribution.library_calls import conv_as_hlo, gemm_bytes, gemm_shape, is_library_conv
from perfdiff.attribution.op_category import category_of, int8_inputs, wrapped_root
from perfdiff.attribution.xla_cost import Cost, InstructionCoster, check_api, jax_version, module_cost

__all__ = ["COLUMNS", "collective_from_hlo_text", "instruction_costs", "module_cost"]

CACHE_VERSION = 3  # bump when the pricing rules change, to retire old cache entries

# column -> (dtype, meaning and unit)
COLUMNS: dict[str, tuple[str, str]] = {
    "op": ("str", "instruction name, as op events in traces name ops (unique in a module)"),
    "opcode": ("str", "HLO opcode, e.g. fusion, dot, all-reduce, custom-call"),
    "computation": ("str", "name of the computation holding the instruction"),
    "category": ("str", "op_category.Category value: matmul, convolution, elementwise, ..."),
    "flops": ("float64", "floating-point operations per execution, FLOPs (NaN: unknown)"),
    "transcendentals": ("float64", "transcendental operations per execution (NaN: unknown)"),
    "hbm_bytes": ("float64", "bytes read + written per execution (operands + outputs), bytes"),
    "ici_bytes": ("float64", "bytes each device sends over the interconnect per execution, bytes"),
    "collective": (
        "object",
        "None, all-reduce, all-gather, reduce-scatter, all-to-all or collective-permute",
    ),
    "group_size": ("Int64", "devices in the collective's group (permute: pairs); NA if none/unknown"),
    "collective_bytes": ("int64", "V, bytes of the array the collective moves; 0 otherwise"),
    "int8_inputs": ("bool", "the op's matmul/convolution reads 8-bit inputs (int8/fp8 peak applies)"),
    "cost_source": ("str", "hlo_cost_analysis, gemm_shapes, conv_as_hlo, nested or none"),
    "source": ("str", "file:line of the Python source from the HLO metadata, or ''"),
    "op_name": ("str", "metadata op_name, e.g. jit(step)/dot_general"),
    "shape": ("str", "result shape without layout, e.g. f32[256,256]"),
    "signature": ("str", "opcode[:target or fusion kind](operand shapes)->result shape"),
    "async_start": ("str", "for an async -done: the name of the -start it completes; else ''"),
}


def _devices_for_empty_groups(module: HloModule, inst: Any) -> int | None:
    """Devices an empty ``replica_groups`` spans, from the module's device assignment if present."""
    da = module.proto.device_assignment
    if not da.replica_count:
        return None
    if inst.channel_id > 0 and not inst.use_global_device_ids:
        return int(da.computation_count) or None  # cross-partition
    if inst.channel_id > 0:
        return int(da.replica_count * da.computation_count)
    return int(da.replica_count)  # cross-replica


def _operand_shapes(module: HloModule, inst: Any) -> list[Any]:
    return [op.shape for op in module.operands(inst)]


def _collective(module: HloModule, inst: Any) -> CollectiveInfo | None:
    root = wrapped_root(module, inst)
    if root is not None:  # async-start/done wrapping a collective: the wrapped row carries the cost
        info = collective_of(root, _operand_shapes(module, root), _devices_for_empty_groups(module, root))
        return None if info is None else CollectiveInfo(info.kind, info.group_size, 0, 0.0)
    if inst.opcode.endswith("-done") and inst.operand_ids:
        start = module.instructions[inst.operand_ids[0]]  # N from the start's attributes
        info = collective_of(start, [], _devices_for_empty_groups(module, start))
        if info is not None:
            return CollectiveInfo(info.kind, info.group_size, 0, 0.0)
    return collective_of(inst, _operand_shapes(module, inst), _devices_for_empty_groups(module, inst))


def _price(module: HloModule, coster: InstructionCoster, inst: Any) -> tuple[Cost | None, str]:
    """(cost, cost_source) of one instruction; cost None means unknown."""
    if inst.opcode in CONTROL_FLOW:
        return {"flops": 0.0, "transcendentals": 0.0, "bytes accessed": 0.0}, "nested"
    operand_shapes = _operand_shapes(module, inst)
    gemm = gemm_shape(inst, operand_shapes) if inst.opcode == "custom-call" else None
    if gemm is not None:
        nbytes = float(gemm_bytes(inst, operand_shapes))
        return {"flops": float(gemm.flops), "transcendentals": 0.0, "bytes accessed": nbytes}, "gemm_shapes"
    cost: Cost | None
    if is_library_conv(inst):
        cost, source = coster.cost_of_members([conv_as_hlo(inst)]), "conv_as_hlo"
    else:
        cost, source = coster.cost(inst.id), "hlo_cost_analysis"
    if cost is None or cost["flops"] < 0 or cost["bytes accessed"] < 0:
        return None, "none"  # HloCostAnalysis marks what it cannot see with -1
    return cost, source


def _async_start(module: HloModule, inst: Any) -> str:
    if inst.opcode.endswith("-done") and inst.operand_ids:
        return str(module.instructions[inst.operand_ids[0]].name)
    return ""


def _signature(module: HloModule, inst: Any) -> str:
    detail = inst.custom_call_target or inst.fusion_kind
    operands = ",".join(shape_text(op.shape) for op in module.operands(inst))
    return f"{inst.opcode}{':' + detail if detail else ''}({operands})->{shape_text(inst.shape)}"


def _rows(module: HloModule) -> dict[str, list[Any]]:
    coster = InstructionCoster(module)
    rows: dict[str, list[Any]] = {name: [] for name in COLUMNS}
    for comp, inst in module.executed_instructions():
        if inst.opcode == "parameter":
            continue
        cost, cost_source = _price(module, coster, inst)
        coll = _collective(module, inst)
        nan = math.nan
        values = {
            "op": inst.name,
            "opcode": inst.opcode,
            "computation": comp.name,
            "category": str(category_of(module, inst)),
            "flops": cost["flops"] if cost else nan,
            "transcendentals": cost["transcendentals"] if cost else nan,
            "hbm_bytes": cost["bytes accessed"] if cost else nan,
            "ici_bytes": coll.ici_bytes if coll else 0.0,
            "collective": coll.kind if coll else None,
            "group_size": coll.group_size if coll else None,
            "collective_bytes": coll.collective_bytes if coll else 0,
            "int8_inputs": int8_inputs(module, inst),
            "cost_source": cost_source,
            "source": module.source(inst),
            "op_name": inst.metadata.op_name,
            "shape": shape_text(inst.shape),
            "signature": _signature(module, inst),
            "async_start": _async_start(module, inst),
        }
        for name, value in values.items():
            rows[name].append(value)
    return rows


def _frame(rows: dict[str, list[Any]]) -> pd.DataFrame:
    if len({len(values) for values in rows.values()}) > 1:
        raise ValueError("columns of different lengths")
    frame = pd.DataFrame({name: pd.Series(rows[name], dtype=dtype) for name, (dtype, _) in COLUMNS.items()})
    frame["collective"] = frame["collective"].where(frame["collective"].notna(), None)
    return frame


def instruction_costs(
    hlo_module_proto: bytes, *, cache_dir: str | os.PathLike[str] | None = None
) -> pd.DataFrame:
    """One row per instruction of an optimised module that can appear as an op in a trace.

    ``hlo_module_proto``: serialized ``xla.HloModuleProto`` (field 1 of the ``Hlo Proto`` stat's
    ``xla.HloProto`` in a trace's ``/host:metadata`` plane, or ``compiled.runtime_executable()
    .hlo_modules()[0].as_serialized_hlo_module_proto()``). Results are cached on disk per module
    (``cost_cache``; key: sha256 of the bytes, jaxlib version, CACHE_VERSION). A module not in the
    cache is priced in a helper process (``xla_process``): a module XLA crashes or hangs on raises
    BadTraceError like one that does not parse.

    Columns (per execution of the instruction; see ``COLUMNS`` and the module docstring):
    op, opcode, computation, category, flops [FLOPs], transcendentals [operations], hbm_bytes [bytes],
    ici_bytes [bytes per device], collective, group_size [devices], collective_bytes [bytes],
    int8_inputs, cost_source, source, op_name, shape, signature, async_start.
    """
    data = bytes(hlo_module_proto)
    key = f"{hashlib.sha256(data).hexdigest()}-jaxlib{jax_version()}-v{CACHE_VERSION}"
    root = cost_cache.cache_root(cache_dir)
    cached = cost_cache.load(root, key)
    if cached is not None and isinstance(cached.get("rows"), dict) and set(cached["rows"]) == set(COLUMNS):
        try:
            return _frame(cached["rows"])
        except (ValueError, TypeError):  # an entry edited or damaged in place: price again
            pass
    parse_module(data)  # a module that is not well-formed is refused here, before XLA sees it
    check_api()
    rows = xla_process.price(data)  # XLA runs in a helper process: it may crash on a corrupt module
    cost_cache.store(root, key, {"rows": rows})
    return _frame(rows)


def module_rows(hlo_module_proto: bytes) -> dict[str, list[Any]]:
    """The rows of ``instruction_costs`` as {column: values}, priced in this process (what the helper
    process of ``xla_process`` runs; XLA may crash the process on a corrupt module)."""
    return _rows(parse_module(bytes(hlo_module_proto)))
