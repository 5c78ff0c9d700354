"""The HLO op of a kernel that ran inside a GPU command buffer.

With XLA command buffers (CUDA/HIP graphs, on by default in recent XLA) a kernel's annotation names
the command buffer thunk, ``hlo_op=command_buffer_<N>``, not the HLO instruction it computes. XLA
names the kernels it generates after their instruction, with characters other than letters, digits
and ``_`` made ``_`` (``gemm_fusion_dot_general.1`` -> ``gemm_fusion_dot_general_1``; AMD adds
``.kd``). So a kernel maps back to its instruction by name when:

- its name, without ``.kd``, is the sanitised name of exactly one instruction that runs as an op;
- no other instruction of the module computes the same thing: XLA compiles identical fusions once and
  runs that kernel, named after the first, for each of them (the MI355X test trace runs
  ``wrapped_convert.kd`` for ``wrapped_convert`` and ``wrapped_convert.1``), so a twin's kernel names
  the wrong op.

Library kernels (cuBLAS/hipBLASLt ``Cijk_…``, ``sm90_xmma_…``, cuDNN, memcpys) are not named after
their op; they, and the kernels of twins, stay on the command buffer's row.
"""

from __future__ import annotations

import re
from typing import Any

from perfdiff.errors import BadTraceError
from perfdiff.hlo.module import HloModule, parse_module, shape_text

COMMAND_BUFFER = re.compile(r"^command_buffer_\d+$")
HOW_TO_SEE_OPS = "XLA_FLAGS=--xla_gpu_enable_command_buffer="  # turns command buffers off
_NOT_NAME = re.compile(r"[^A-Za-z0-9_]")


def is_command_buffer(op: object) -> bool:
    """Whether an ``hlo_op`` value names a command buffer thunk rather than an HLO instruction."""
    return isinstance(op, str) and COMMAND_BUFFER.match(op) is not None


def kernel_names(hlo_module_proto: bytes) -> dict[str, str]:
    """Kernel name -> instruction name, for the module's ops whose kernel names them (see the module
    docstring); {} for a module that does not parse."""
    try:
        module = parse_module(hlo_module_proto)
    except BadTraceError:  # a corrupt module maps nothing (op_costs reports it)
        return {}
    by_name: dict[str, list[str]] = {}
    twins: dict[tuple[Any, ...], list[str]] = {}
    for _, inst in module.executed_instructions():
        by_name.setdefault(_NOT_NAME.sub("_", inst.name), []).append(inst.name)
        twins.setdefault(_what_it_computes(module, inst), []).append(inst.name)
    has_twin = {name for names in twins.values() if len(names) > 1 for name in names}
    return {
        kernel: names[0] for kernel, names in by_name.items() if len(names) == 1 and names[0] not in has_twin
    }


def instruction_of(kernel: str, names: dict[str, str]) -> str | None:
    """The instruction a kernel named ``kernel`` computes, by ``names`` (from ``kernel_names``)."""
    return names.get(kernel.removesuffix(".kd"))


def _what_it_computes(module: HloModule, inst: Any) -> tuple[Any, ...]:
    """A key equal for instructions XLA would compile to one kernel: opcode, fusion kind, shapes, and
    the called computations' instructions (opcode and shape each, in order)."""
    called = tuple(
        tuple((i.opcode, shape_text(i.shape)) for i in module.computations[c].instructions)
        for c in inst.called_computation_ids
    )
    operands = tuple(shape_text(op.shape) for op in module.operands(inst))
    return inst.opcode, inst.fusion_kind, inst.custom_call_target, shape_text(inst.shape), operands, called
