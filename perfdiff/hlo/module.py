"""Read an optimised ``xla.HloModuleProto``: its computations, which of them run as ops, shapes, sources.

An op event in a trace names one HLO instruction. Instructions that can be op events live in the
*executed* computations: the entry computation and, transitively, the computations that control flow
runs as ops of their own — ``while`` bodies and conditions, ``conditional`` branches, ``call``
targets and ``async-start`` wrapped computations. Fusion bodies and embedded computations (the
reducer of a ``reduce`` or ``all-reduce``, a ``sort`` comparator, a custom call's callees) never run
as separate ops: their work is part of the instruction that uses them.

Byte sizes are dense array sizes: ``ceil(elements * bits / 8)`` per array, summed over tuple elements
(layout padding such as TPU tiling is not counted).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from google.protobuf.message import DecodeError

from perfdiff.errors import BadTraceError
from perfdiff.hlo.dtypes import DTYPES, TUPLE
from perfdiff.hlo.hlo_pb2 import HloModuleProto, LayoutMemorySpace

# Opcodes whose called computations run as ops of their own (everything else embeds its callees).
CONTROL_FLOW = frozenset({"while", "conditional", "call", "async-start"})

EIGHT_BIT = frozenset(
    name for name, bits in DTYPES.values() if bits == 8 and name not in ("pred",)
)  # s8, u8 and the f8 formats


def shape_text(shape: Any) -> str:
    """HLO text of a ``ShapeProto`` without layout: ``f32[256,256]``, ``(bf16[8], s8[64])``, ``token[]``."""
    if shape.element_type == TUPLE:
        return "(" + ", ".join(shape_text(s) for s in shape.tuple_shapes) + ")"
    name = DTYPES.get(shape.element_type, (f"type{shape.element_type}", 0))[0]
    return f"{name}[{','.join(str(d) for d in shape.dimensions)}]"


def shape_bytes(shape: Any) -> int:
    """Dense size of a ``ShapeProto`` in bytes, summed over tuple elements; tokens count 0."""
    if shape.element_type == TUPLE:
        return sum(shape_bytes(s) for s in shape.tuple_shapes)
    bits = DTYPES.get(shape.element_type, ("", 0))[1]
    return math.ceil(math.prod(int(d) for d in shape.dimensions) * bits / 8)


# XLA's host memory space (Layout::kHostMemorySpace): arrays in S(5) live in the host's memory.
HOST_MEMORY_SPACE = 5


def memory_spaces(shape: Any) -> list[int]:
    """The memory space of every array in a ``ShapeProto`` (tuples flattened; 0: the default, HBM)."""
    if shape.element_type == TUPLE:
        return [space for s in shape.tuple_shapes for space in memory_spaces(s)]
    if not shape.layout:
        return [0]
    try:
        return [int(LayoutMemorySpace.FromString(shape.layout).memory_space)]
    except DecodeError:  # a damaged layout says nothing about where the array lives
        return [0]


def dtype_names(shape: Any) -> list[str]:
    """Element type names of every array in a ``ShapeProto`` (tuples flattened)."""
    if shape.element_type == TUPLE:
        return [name for s in shape.tuple_shapes for name in dtype_names(s)]
    return [DTYPES.get(shape.element_type, ("", 0))[0]]


@dataclass
class HloModule:
    """A parsed ``HloModuleProto`` with lookups by id; ``proto`` is the parsed message itself."""

    proto: Any
    computations: dict[int, Any] = field(default_factory=dict)  # computation id -> HloComputationProto
    instructions: dict[int, Any] = field(default_factory=dict)  # instruction id -> HloInstructionProto
    computation_of: dict[int, Any] = field(default_factory=dict)  # instruction id -> its computation

    @property
    def entry(self) -> Any:
        """The entry ``HloComputationProto``."""
        return self.computations[self.proto.entry_computation_id]

    def operands(self, inst: Any) -> list[Any]:
        """The operand instructions of ``inst``, in operand order."""
        return [self.instructions[i] for i in inst.operand_ids]

    def called_closure(self, computation_ids: Any) -> set[int]:
        """Ids of ``computation_ids`` and every computation they call, transitively."""
        seen: set[int] = set()
        stack = list(computation_ids)
        while stack:
            cid = stack.pop()
            if cid in seen:
                continue
            seen.add(cid)
            for inst in self.computations[cid].instructions:
                stack.extend(inst.called_computation_ids)
        return seen

    def executed_computations(self) -> list[Any]:
        """Entry first, then the computations control flow runs as ops (see the module docstring)."""
        order, seen = [self.entry], {self.entry.id}
        for comp in order:  # grows while iterating: breadth-first
            for inst in comp.instructions:
                if inst.opcode not in CONTROL_FLOW:
                    continue
                for cid in inst.called_computation_ids:
                    if cid not in seen:
                        seen.add(cid)
                        order.append(self.computations[cid])
        return order

    def executed_instructions(self) -> Iterator[tuple[Any, Any]]:
        """(computation, instruction) for every instruction of the executed computations."""
        for comp in self.executed_computations():
            for inst in comp.instructions:
                yield comp, inst

    def stack(self, inst: Any) -> list[tuple[str, int, str]]:
        """The instruction's Python stack from the module's stack-frame index, innermost frame first:
        (file, line, function) per frame; [] when the HLO has none. ``metadata.stack_frame_id`` names
        the innermost frame; each frame names its caller by ``parent_frame_id`` (1-based, 0: none)."""
        index = self.proto.stack_frame_index
        frames, seen = [], set()
        frame_id = inst.metadata.stack_frame_id
        while (frame := _nth(index.stack_frames, frame_id)) is not None and frame_id not in seen:
            seen.add(frame_id)  # a damaged index could loop
            loc = _nth(index.file_locations, frame.file_location_id)
            if loc is not None:
                name = _nth(index.file_names, loc.file_name_id)
                function = _nth(index.function_names, loc.function_name_id)
                frames.append((name or "", int(loc.line), function or ""))
            frame_id = frame.parent_frame_id
        return frames

    def source(self, inst: Any) -> str:
        """``file:line`` of the instruction's Python source, or ``""`` when the HLO does not say.

        ``metadata.source_file``/``source_line`` win; otherwise the innermost frame of
        ``metadata.stack_frame_id`` in the module's stack-frame index (1-based ids throughout).
        """
        meta = inst.metadata
        if meta.source_file:
            return f"{meta.source_file}:{meta.source_line}"
        index = self.proto.stack_frame_index
        frame = _nth(index.stack_frames, meta.stack_frame_id)
        loc = _nth(index.file_locations, frame.file_location_id) if frame is not None else None
        name = _nth(index.file_names, loc.file_name_id) if loc is not None else None
        return f"{name}:{loc.line}" if name is not None and loc is not None else ""


def _nth(items: Any, one_based: int) -> Any:
    """``items[one_based - 1]``, or None when the id is 0 (unset) or names no item (also negative)."""
    return items[one_based - 1] if 1 <= one_based <= len(items) else None


def parse_module(hlo_module_proto: bytes) -> HloModule:
    """Parse serialized ``xla.HloModuleProto`` bytes; ``BadTraceError`` when they are not one."""
    try:
        proto = HloModuleProto.FromString(hlo_module_proto)
    except DecodeError as exc:
        raise BadTraceError(
            f"the HLO module bytes do not parse as an xla.HloModuleProto ({exc}); "
            "pass the module's hlo_proto bytes from the trace's /host:metadata plane"
        ) from exc
    module = HloModule(proto)
    for comp in proto.computations:
        module.computations[comp.id] = comp
        for inst in comp.instructions:
            module.instructions[inst.id] = inst
            module.computation_of[inst.id] = comp
    if proto.entry_computation_id not in module.computations:
        raise BadTraceError(
            f"HLO module {proto.name!r} has no entry computation; "
            "pass the HloModuleProto (field 1 of the trace's HloProto), not another message"
        )
    problem = _broken_reference(module)
    if problem:
        raise BadTraceError(f"HLO module {proto.name!r} is corrupt: {problem}")
    return module


# XLA counts an array's elements and bytes in int64; a shape past that is not one XLA could have made.
_MAX_ARRAY_BYTES = 2**63 - 1


def _bad_shape(shape: Any) -> str:
    """What makes a ShapeProto impossible (a negative dimension, more bytes than int64), or ""."""
    if shape.element_type == TUPLE:
        return next((bad for s in shape.tuple_shapes if (bad := _bad_shape(s))), "")
    if any(d < 0 for d in shape.dimensions):
        return f"a negative dimension in {shape_text(shape)}"
    if shape_bytes(shape) > _MAX_ARRAY_BYTES:
        return f"an array of more than 2**63 bytes, {shape_text(shape)}"
    return ""


def _broken_reference(module: HloModule) -> str:
    """What breaks the module, or "": XLA's invariants that the code here relies on — every operand
    is an instruction of the same computation, every called computation exists, no computation calls
    itself, directly or through others, and every shape is one XLA can represent."""
    callees: dict[int, set[int]] = {}
    for comp in module.computations.values():
        own = {inst.id for inst in comp.instructions}
        calls = callees.setdefault(comp.id, set())
        for inst in comp.instructions:
            if bad := _bad_shape(inst.shape):
                return f"instruction {inst.name!r} has {bad}"
            for operand in inst.operand_ids:
                if operand not in own:
                    return (
                        f"instruction {inst.name!r} reads id {operand}, not in its computation {comp.name!r}"
                    )
            for cid in inst.called_computation_ids:
                if cid not in module.computations:
                    return f"instruction {inst.name!r} calls computation id {cid}, which does not exist"
                calls.add(cid)
    # Depth-first search for a cycle in the call graph (white/grey/black marks, no recursion).
    state: dict[int, int] = {}
    for root in callees:
        if state.get(root):
            continue
        stack = [(root, iter(callees[root]))]
        state[root] = 1
        while stack:
            cid, pending = stack[-1]
            nxt = next(pending, None)
            if nxt is None:
                state[cid] = 2
                stack.pop()
            elif state.get(nxt) == 1:
                return f"computation {module.computations[nxt].name!r} calls itself"
            elif not state.get(nxt):
                state[nxt] = 1
                stack.append((nxt, iter(callees[nxt])))
    return ""
