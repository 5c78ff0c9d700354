"""Copies a step makes of its own inputs because they were not donated.

A jitted step that returns an updated version of one of its inputs (a KV cache written at one
position, parameters and optimizer state after an update) can update the input's buffer in place only
when the caller gives that buffer away: ``jax.jit(..., donate_argnums=…)`` / ``donate_argnames``,
which XLA sees as the module's ``input_output_alias`` (or ``buffer_donor``) entries. Without it the
input must survive the call, so XLA copies the whole array into a fresh buffer first and updates the
copy: a ``copy`` of an entry parameter that the step returns, updated in place. Each such copy
moves the whole input (bytes read and written) on every call, and disappears when the input is
donated.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from perfdiff.hlo.module import HloModule, shape_bytes, shape_text


@dataclass(frozen=True)
class InputCopy:
    """A copy of an entry parameter that is not donated. ``parameter``: its number; ``name``: JAX's
    path of the argument (``cache[0]['k']``, the parameter's ``op_name``; else ``parameter N``);
    ``bytes``: the array's size (bytes); ``shape``: its HLO shape text."""

    op: str
    parameter: int
    name: str
    bytes: int
    shape: str


def donated_parameters(module: HloModule) -> set[int]:
    """Entry parameter numbers whose buffers the caller gave away (aliased to an output, or donors)."""
    proto = module.proto
    aliased = {int(e.parameter_number) for e in proto.input_output_alias.entries}
    return aliased | {int(e.parameter_number) for e in proto.buffer_donor.entries}


def _copied_parameter(module: HloModule, inst: Any) -> Any:
    """The entry parameter ``inst`` copies whole: a ``copy`` of it, or a fusion whose fused root is a
    copy of its one parameter (XLA:GPU wraps lone copies so); None otherwise."""
    if len(inst.operand_ids) != 1:
        return None
    if inst.opcode == "fusion" and inst.called_computation_ids:
        fused = module.computations.get(inst.called_computation_ids[0])
        root = next((i for i in fused.instructions if i.id == fused.root_id), None) if fused else None
        if root is None or root.opcode != "copy":
            return None
    elif inst.opcode != "copy":
        return None
    source = module.instructions[inst.operand_ids[0]]
    return source if source.opcode == "parameter" else None


def _elements(shape: Any) -> int:
    """Elements of an array shape (a tuple shape: -1, matching no array)."""
    if shape.tuple_shapes:
        return -1
    return math.prod(int(d) for d in shape.dimensions)


def _returned(entry: Any, users: dict[int, list[Any]], start: Any) -> bool:
    """Whether the array ``start`` defines is itself returned: it reaches the entry's root through ops
    that keep an array of its size (a dynamic-update-slice into it, a bitcast, a copy, a fusion of
    those). Ops that make something else of it (a dot, a reduction: the logits) end the path — a
    layout copy read by the attention is not the updated cache."""
    size = _elements(start.shape)
    seen, stack = {start.id}, [start]
    while stack:
        node = stack.pop()
        for user in users.get(node.id, ()):
            if user.id == entry.root_id and user.opcode == "tuple":
                return True
            if user.id in seen or _elements(user.shape) != size:
                continue
            if user.id == entry.root_id:
                return True
            seen.add(user.id)
            stack.append(user)
    return False


def undonated_copies(module: HloModule) -> list[InputCopy]:
    """The entry computation's copies of entry parameters that are not donated and whose copy the step
    returns (updated or not, ``_returned``): the copies donation removes (see the module docstring)."""
    entry = module.entry
    donated = donated_parameters(module)
    users: dict[int, list[Any]] = {}
    for inst in entry.instructions:
        for operand in inst.operand_ids:
            users.setdefault(operand, []).append(inst)
    found = []
    for inst in entry.instructions:
        param = _copied_parameter(module, inst)
        if param is None or int(param.parameter_number) in donated:
            continue
        if not _returned(entry, users, inst):
            continue
        number = int(param.parameter_number)
        name = param.metadata.op_name or f"parameter {number}"
        found.append(InputCopy(inst.name, number, name, shape_bytes(param.shape), shape_text(param.shape)))
    return found
