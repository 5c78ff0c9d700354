"""One optimised XLA module priced instruction by instruction, in this process (see ``instructions``
for the pricing rules; XLA runs here, so a corrupt module may crash the process: ``cost_worker`` runs
this in a helper process)."""

from __future__ import annotations

import math
from typing import Any

from perfdiff.costs.categories import category_of, int8_inputs, wrapped_root
from perfdiff.costs.collectives import CollectiveInfo, collective_of
from perfdiff.costs.custom_kernels import cost_estimate
from perfdiff.costs.in_place import in_place_bytes
from perfdiff.costs.library_calls import conv_as_hlo, gemm_bytes, gemm_shape, is_library_conv
from perfdiff.costs.transfers import host_copy
from perfdiff.costs.xla_cost import Cost, InstructionCoster
from perfdiff.hlo.module import CONTROL_FLOW, HloModule, parse_module, shape_bytes, shape_text

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
    "host_bytes": (
        "float64",
        "bytes moved over the host link per execution (a copy to or from host memory), bytes",
    ),
    "link": ("str", "to_host / from_host for a copy that touches host memory, else ''"),
    "cost_lower_bound": ("bool", "the cost is a lower bound of the op's work (operand_bytes)"),
    "cost_source": (
        "str",
        "hlo_cost_analysis, gemm_shapes, conv_as_hlo, in_place, cost_estimate, operand_bytes, nested or none",
    ),
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
    if inst.opcode == "custom-call":
        estimate = cost_estimate(inst.backend_config)
        if estimate is not None:  # the kernel author's own figures (a Pallas cost_estimate)
            return estimate, "cost_estimate"
    cost: Cost | None
    if is_library_conv(inst):
        cost, source = coster.cost_of_members([conv_as_hlo(inst)]), "conv_as_hlo"
    else:
        cost, source = coster.cost(inst.id), "hlo_cost_analysis"
    if cost is None or cost["flops"] < 0 or cost["bytes accessed"] < 0:
        if inst.opcode == "custom-call":  # an opaque kernel reads its operands, writes its results
            nbytes = float(sum(shape_bytes(s) for s in operand_shapes) + shape_bytes(inst.shape))
            return {"flops": math.nan, "transcendentals": math.nan, "bytes accessed": nbytes}, "operand_bytes"
        return None, "none"  # HloCostAnalysis marks what it cannot see with -1
    touched = in_place_bytes(module, inst)
    if touched is not None and touched < cost["bytes accessed"]:
        return cost | {"bytes accessed": touched}, "in_place"
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
        link, host_bytes = host_copy(module, inst)
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
            "host_bytes": host_bytes if inst.opcode != "copy-start" else 0.0,  # a pair's bytes: its -done
            "link": link,
            "cost_lower_bound": cost_source == "operand_bytes",
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


def module_rows(hlo_module_proto: bytes) -> dict[str, list[Any]]:
    """The rows of ``instructions.instruction_costs`` as {column: values}, priced in this process."""
    return _rows(parse_module(bytes(hlo_module_proto)))
