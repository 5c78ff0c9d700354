"""The bytes an in-place update really touches: ``scatter`` and ``dynamic-update-slice``.

XLA runs a scatter or dynamic-update-slice in place when its buffer operand can share the result's
buffer (it inserts a copy before it otherwise, a separate op priced as one). The op then touches the
updated elements, not the buffer: HloCostAnalysis, which counts every operand and the result whole,
prices a 1 KB update of a 1 MB buffer as 2 MB of traffic, and the op shows many times faster than
its roofline (a KV-cache write, an embedding-gradient scatter). perfdiff prices such an op at

    Σ bytes of its operands other than the buffer  (indices, updates, what the updates are made from)
    + k x the update's bytes                       (k = 2 for scatter: read, combine, write; 1 for a
                                                    dynamic-update-slice: write)

— a bare instruction, or a fusion whose root is one and whose buffer operand reaches that root's
operand 0 through parameters and bitcasts only, used by nothing else in the fusion.
"""

from __future__ import annotations

from typing import Any

from perfdiff.hlo.module import HloModule, shape_bytes

# opcode -> (index of its update operand, times the update's bytes are touched)
_UPDATES = {"scatter": (2, 2.0), "dynamic-update-slice": (1, 1.0)}
_PASS_THROUGH = frozenset({"bitcast", "reshape"})


def _fused(module: HloModule, inst: Any) -> tuple[Any, Any] | None:
    """(fused computation, its root) of a fusion instruction."""
    if inst.opcode != "fusion" or not inst.called_computation_ids:
        return None
    comp = module.computations.get(inst.called_computation_ids[0])
    if comp is None:
        return None
    root = next((i for i in comp.instructions if i.id == comp.root_id), None)
    return (comp, root) if root is not None else None


def _buffer_parameter(comp: Any, root: Any) -> int | None:
    """The parameter number feeding ``root``'s operand 0 through bitcasts alone, if nothing else in
    the fusion reads it (else the update is not the only thing touching the buffer)."""
    by_id = {i.id: i for i in comp.instructions}
    users: dict[int, int] = {}
    for inst in comp.instructions:
        for oid in inst.operand_ids:
            users[oid] = users.get(oid, 0) + 1
    node = by_id.get(root.operand_ids[0]) if root.operand_ids else None
    while node is not None and node.opcode in _PASS_THROUGH and users.get(node.id, 0) == 1:
        node = by_id.get(node.operand_ids[0]) if node.operand_ids else None
    if node is None or node.opcode != "parameter" or users.get(node.id, 0) != 1:
        return None
    return int(node.parameter_number)


def in_place_bytes(module: HloModule, inst: Any) -> float | None:
    """Bytes an in-place scatter / dynamic-update-slice (bare or as a fusion's root) touches per
    execution (see the module docstring); None when ``inst`` is not one."""
    core, buffer = inst, 0
    fused = _fused(module, inst)
    if fused is not None:
        comp, core = fused
        if core.opcode not in _UPDATES:
            return None
        found = _buffer_parameter(comp, core)
        if found is None:
            return None
        buffer = found
    if core.opcode not in _UPDATES or len(core.operand_ids) <= _UPDATES[core.opcode][0]:
        return None
    if core.opcode == "scatter" and len(core.operand_ids) != 3:  # variadic scatter: leave it whole
        return None
    index, times = _UPDATES[core.opcode]
    core_operands = [module.instructions[i] for i in core.operand_ids]
    update = shape_bytes(core_operands[index].shape)
    operands = module.operands(inst)
    others = sum(shape_bytes(op.shape) for n, op in enumerate(operands) if n != buffer)
    return float(others + times * update)
