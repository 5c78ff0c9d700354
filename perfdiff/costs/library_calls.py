"""Costs of GPU library calls that HloCostAnalysis cannot see into.

XLA:GPU lowers most matmuls and convolutions to custom calls into cuBLAS/hipBLASLt and cuDNN/MIOpen.
The generic HloCostAnalysis prices any custom call as unknown (-1), and xprof's ``hlo_stats`` shows the
GEMM calls with 0 FLOPs and bound "Unknown". Both kinds carry what they compute:

- **GEMM** (``__cublas$gemm``, ``__cublas$lt$matmul``, their ROCm builds and fp8 variants — any custom
  call whose ``backend_config`` JSON has ``gemm_backend_config.dot_dimension_numbers``): operand 0 is
  the lhs, operand 1 the rhs. With B = product of the batch dimensions, K = product of the contracting
  dimensions, M and N = products of the remaining lhs and rhs dimensions, the call performs
  ``2·B·M·N·K`` FLOPs (one multiply and one add per term; the ``alpha``/``beta`` epilogue is not
  counted). Bytes = all operands + the result (element 0 of the output tuple; the ``s8`` workspace
  element is scratch and not counted), as xprof counts its other ops.
- **Convolution** (``__cudnn$conv*`` targets, also used by ROCm): the call keeps the window, dimension
  numbers and group counts of the HLO convolution it replaced, so it is rewritten back into that
  ``convolution`` (same operands, result = element 0 of the output tuple) and priced by HloCostAnalysis,
  which counts only the multiply-adds that touch real (non-padding) input, exactly as xprof does.

Any other custom call (fused attention, user kernels) stays unpriced.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

from perfdiff.hlo.dtypes import TUPLE
from perfdiff.hlo.module import shape_bytes

CONV_TARGET_PREFIX = "__cudnn$conv"


@dataclass(frozen=True)
class GemmShape:
    """One GEMM call: batch ``b`` and the ``m x k @ k x n`` problem; ``flops`` in FLOPs."""

    b: int
    m: int
    n: int
    k: int

    @property
    def flops(self) -> int:
        """``2·b·m·n·k`` FLOPs."""
        return 2 * self.b * self.m * self.n * self.k


def result_shape(inst: Any) -> Any:
    """The library call's result ``ShapeProto``: element 0 when the output is a tuple with workspace."""
    shape = inst.shape
    if shape.element_type == TUPLE and shape.tuple_shapes:
        return shape.tuple_shapes[0]
    return shape


def gemm_dimension_numbers(inst: Any) -> dict[str, list[int]] | None:
    """The ``dot_dimension_numbers`` of a GEMM custom call's backend config, or None if not a GEMM."""
    if inst.opcode != "custom-call" or not inst.backend_config.startswith(b"{"):
        return None
    try:
        config = json.loads(inst.backend_config)
    except (ValueError, RecursionError):  # not JSON (or nested past Python's limit)
        return None
    gemm = config.get("gemm_backend_config") if isinstance(config, dict) else None
    dnums = gemm.get("dot_dimension_numbers") if isinstance(gemm, dict) else None
    if not isinstance(dnums, dict):
        return None
    keys = (
        "lhs_contracting_dimensions",
        "rhs_contracting_dimensions",
        "lhs_batch_dimensions",
        "rhs_batch_dimensions",
    )
    out = {key: dnums.get(key, []) for key in keys}
    # XLA writes int64 as JSON strings ("1"); anything but whole numbers is not a GEMM config.
    if not all(isinstance(v, list) and all(_is_index(d) for d in v) for v in out.values()):
        return None
    return {key: [int(d) for d in values] for key, values in out.items()}


def _is_index(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, str) and value.isdigit() and len(value) < 4)


def gemm_shape(inst: Any, operand_shapes: list[Any]) -> GemmShape | None:
    """The GEMM problem of a GEMM custom call from its operand shapes, or None if not a GEMM."""
    dnums = gemm_dimension_numbers(inst)
    if dnums is None or len(operand_shapes) < 2:
        return None
    lhs, rhs = list(operand_shapes[0].dimensions), list(operand_shapes[1].dimensions)
    lhs_c, rhs_c = dnums["lhs_contracting_dimensions"], dnums["rhs_contracting_dimensions"]
    lhs_b, rhs_b = dnums["lhs_batch_dimensions"], dnums["rhs_batch_dimensions"]
    for dims, used in ((lhs, lhs_c + lhs_b), (rhs, rhs_c + rhs_b)):
        if len(set(used)) != len(used) or not all(0 <= d < len(dims) for d in used):
            return None  # axes that the operands do not have: not a GEMM this can price

    def free(dims: list[int], *used: list[int]) -> int:
        taken = {d for group in used for d in group}
        return math.prod(size for axis, size in enumerate(dims) if axis not in taken)

    return GemmShape(
        b=math.prod(lhs[d] for d in lhs_b),
        m=free(lhs, lhs_c, lhs_b),
        n=free(rhs, rhs_c, rhs_b),
        k=math.prod(lhs[d] for d in lhs_c),
    )


def gemm_bytes(inst: Any, operand_shapes: list[Any]) -> int:
    """Bytes a GEMM call moves: every operand plus the result (workspace excluded)."""
    return sum(shape_bytes(s) for s in operand_shapes) + shape_bytes(result_shape(inst))


def is_library_conv(inst: Any) -> bool:
    """Whether ``inst`` is a cuDNN/MIOpen convolution custom call."""
    return bool(inst.opcode == "custom-call" and inst.custom_call_target.startswith(CONV_TARGET_PREFIX))


def conv_as_hlo(inst: Any) -> Any:
    """A copy of a convolution custom call rewritten as the HLO ``convolution`` it performs.

    Keeps id, window, dimension numbers, group counts and the first two operands; the result is
    element 0 of the call's output tuple. Custom-call-only fields are cleared.
    """
    conv = type(inst)()
    conv.CopyFrom(inst)
    conv.opcode = "convolution"
    conv.shape.CopyFrom(result_shape(inst))
    del conv.operand_ids[2:]
    for name in ("custom_call_target", "backend_config", "called_computation_ids"):
        conv.ClearField(name)
    return conv
