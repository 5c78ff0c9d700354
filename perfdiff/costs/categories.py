"""What kind of work an HLO instruction does: a small string enum, decided from opcodes alone.

A fusion takes the category of the heaviest kind of op inside it (its fused computation and anything
that calls, e.g. Triton's nested block fusions), in the order convolution > matmul > reduction >
elementwise > data movement; a fusion of only parameters/constants/bitcasts is ``fusion``.
Library calls count as what they compute (a cuBLAS GEMM is ``matmul``); an ``async-start`` /
``async-done`` pair wrapping a collective is ``collective``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from perfdiff.costs.collectives import KIND_OF_OPCODE
from perfdiff.costs.library_calls import gemm_dimension_numbers, is_library_conv
from perfdiff.hlo.module import CONTROL_FLOW, EIGHT_BIT, HloModule, dtype_names


class Category(StrEnum):
    """Kinds of work; the string values are what tables and reports show."""

    CONVOLUTION = "convolution"
    MATMUL = "matmul"
    REDUCTION = "reduction"
    ELEMENTWISE = "elementwise"
    DATA_MOVEMENT = "data movement"
    COLLECTIVE = "collective"
    CUSTOM_CALL = "custom-call"
    CONTROL_FLOW = "control flow"
    FUSION = "fusion"
    OTHER = "other"


_ELEMENTWISE = frozenset(
    {
        "abs",
        "add",
        "and",
        "atan2",
        "bitcast-convert",
        "cbrt",
        "ceil",
        "clamp",
        "clz",
        "compare",
        "complex",
        "convert",
        "cosine",
        "divide",
        "erf",
        "exponential",
        "exponential-minus-one",
        "floor",
        "imag",
        "is-finite",
        "log",
        "log-plus-one",
        "logistic",
        "map",
        "maximum",
        "minimum",
        "multiply",
        "negate",
        "not",
        "or",
        "popcnt",
        "power",
        "real",
        "reduce-precision",
        "remainder",
        "round-nearest-afz",
        "round-nearest-even",
        "rsqrt",
        "select",
        "shift-left",
        "shift-right-arithmetic",
        "shift-right-logical",
        "sign",
        "sine",
        "sqrt",
        "stochastic-convert",
        "subtract",
        "tan",
        "tanh",
        "xor",
    }
)
_DATA_MOVEMENT = frozenset(
    {
        "bitcast",
        "broadcast",
        "concatenate",
        "copy",
        "copy-done",
        "copy-start",
        "dynamic-reshape",
        "dynamic-slice",
        "dynamic-update-slice",
        "gather",
        "get-tuple-element",
        "infeed",
        "iota",
        "outfeed",
        "pad",
        "recv",
        "recv-done",
        "reshape",
        "reverse",
        "scatter",
        "send",
        "send-done",
        "slice",
        "transpose",
        "tuple",
    }
)
_REDUCTION = frozenset({"reduce", "reduce-window", "select-and-scatter"})
_MATMUL = frozenset({"dot", "ragged-dot", "sparse-dot"})
_CONVOLUTION = frozenset({"convolution"})
_CORE_OPCODES = _MATMUL | _CONVOLUTION
_CORE_CATEGORIES = (Category.MATMUL, Category.CONVOLUTION)
# Inside a fusion: the first kind present wins.
_FUSION_ORDER = (
    (_CONVOLUTION, Category.CONVOLUTION),
    (_MATMUL, Category.MATMUL),
    (_REDUCTION, Category.REDUCTION),
    (_ELEMENTWISE, Category.ELEMENTWISE),
    (_DATA_MOVEMENT - {"bitcast", "tuple", "get-tuple-element"}, Category.DATA_MOVEMENT),
)


def _fused_instructions(module: HloModule, inst: Any) -> list[Any]:
    closure = module.called_closure(inst.called_computation_ids)
    return [i for cid in closure for i in module.computations[cid].instructions]


def wrapped_root(module: HloModule, inst: Any) -> Any | None:
    """The root instruction of the computation an ``async-*`` instruction wraps, if any."""
    if not inst.opcode.startswith("async-") or not inst.called_computation_ids:
        return None
    comp = module.computations[inst.called_computation_ids[0]]
    return next((i for i in comp.instructions if i.id == comp.root_id), None)


def category_of(module: HloModule, inst: Any) -> Category:
    """The ``Category`` of one instruction of ``module``."""
    opcode = inst.opcode
    if opcode in KIND_OF_OPCODE:
        return Category.COLLECTIVE
    root = wrapped_root(module, inst)
    if root is not None and root.opcode in KIND_OF_OPCODE:
        return Category.COLLECTIVE
    if opcode in CONTROL_FLOW or opcode.startswith("async-"):
        return Category.CONTROL_FLOW
    if opcode == "custom-call":
        if gemm_dimension_numbers(inst) is not None:
            return Category.MATMUL
        return Category.CONVOLUTION if is_library_conv(inst) else Category.CUSTOM_CALL
    if opcode == "fusion":
        inside = {i.opcode for i in _fused_instructions(module, inst)}
        for opcodes, cat in _FUSION_ORDER:
            if inside & opcodes:
                return cat
        return Category.FUSION
    for opcodes, cat in _FUSION_ORDER:
        if opcode in opcodes:
            return cat
    return Category.DATA_MOVEMENT if opcode in _DATA_MOVEMENT else Category.OTHER


def int8_inputs(module: HloModule, inst: Any) -> bool:
    """Whether the op's matmul/convolution reads 8-bit inputs (s8, u8, fp8), so the int8 peak applies.

    The matmul/convolution is the instruction itself, a GEMM/convolution library call, or the first
    dot/convolution inside a fusion; its first two operands must both be 8-bit.
    """
    core: Any | None = None
    if inst.opcode == "fusion":
        core = next((i for i in _fused_instructions(module, inst) if i.opcode in _CORE_OPCODES), None)
    elif inst.opcode in _CORE_OPCODES or category_of(module, inst) in _CORE_CATEGORIES:
        core = inst
    if core is None or len(core.operand_ids) < 2:
        return False
    types = [t for op in module.operands(core)[:2] for t in dtype_names(op.shape)]
    return all(t in EIGHT_BIT for t in types)
