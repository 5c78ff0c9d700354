"""Copies between the device's memory and its host's: which way they go and how many bytes they move.

XLA marks where an array lives in its layout's memory space: ``S(5)`` in HLO text
(``f32[8]{0:S(5)}``), ``LayoutProto.memory_space`` = 5 in the proto, is host memory (host offloading:
``jax.device_put(x, memory_kind="pinned_host")``, activation offloading). A ``copy``, ``copy-start``
or ``copy-done`` whose source or destination is in host memory moves its array over the host link
(PCIe / host DMA), whatever the trace says it moved through HBM: its time is host-link time.

The destination of a copy is its result (for ``copy-start``, the first element of the tuple it
returns: ``(destination, source, context)``); the source is its operand (for ``copy-done``, the
second element of the ``copy-start`` tuple it takes). Direction: ``to_host`` when the destination is
in host memory, ``from_host`` when the source is. Bytes: the destination array's dense size.
"""

from __future__ import annotations

import math
import re
from typing import Any

from perfdiff.hlo.dtypes import DTYPES
from perfdiff.hlo.module import HOST_MEMORY_SPACE, HloModule, memory_spaces, shape_bytes

TO_HOST, FROM_HOST = "to_host", "from_host"
COPIES = frozenset({"copy", "copy-start", "copy-done"})

_DTYPE = "|".join(sorted((name for name, bits in DTYPES.values() if bits), key=len, reverse=True))
# One array of HLO text with its layout: f32[5,1024]{1,0:T(8,128)S(5)}
_ARRAY = re.compile(rf"\b({_DTYPE})\[([\d,]*)\](\{{[^{{}}]*\}})?")
_SPACE = re.compile(r"S\((\d+)\)")
_BITS = {name: bits for name, bits in DTYPES.values()}


def text_arrays(text: str) -> list[tuple[int, int]]:
    """(bytes, memory space) of each array written in ``text``; bytes -1 for a shape no array has."""
    out = []
    for dtype, dims, layout in _ARRAY.findall(text):
        numbers = [d for d in dims.split(",") if d]
        size = -1 if any(len(d) > 19 for d in numbers) else math.prod(int(d) for d in numbers)
        space = _SPACE.search(layout or "")
        out.append((-(-size * _BITS[dtype] // 8) if size >= 0 else -1, int(space.group(1)) if space else 0))
    return out


def _direction(destination: tuple[int, int] | None, source: tuple[int, int] | None) -> tuple[str, float]:
    """(direction, bytes) of a copy from ``source`` to ``destination`` ((bytes, space) each)."""
    if destination is None or destination[0] < 0:
        return "", 0.0
    if destination[1] == HOST_MEMORY_SPACE:
        return TO_HOST, float(destination[0])
    if source is not None and source[1] == HOST_MEMORY_SPACE:
        return FROM_HOST, float(destination[0])
    return "", 0.0


def host_copy_from_text(opcode: str, result: str, operands: str) -> tuple[str, float]:
    """(direction, bytes) of a copy written as HLO text (``result``: its result shape text,
    ``operands``: the text inside its parentheses); ("", 0.0) when it does not touch host memory."""
    if opcode not in COPIES:
        return "", 0.0
    out, ins = text_arrays(result), text_arrays(operands)
    if opcode == "copy-start":
        return _direction(out[0] if out else None, out[1] if len(out) > 1 else None)
    if opcode == "copy-done":
        return _direction(out[0] if out else None, ins[1] if len(ins) > 1 else None)
    return _direction(out[0] if out else None, ins[0] if ins else None)


def host_copy(module: HloModule, inst: Any) -> tuple[str, float]:
    """(direction, bytes) of an ``HloInstructionProto`` copy that touches host memory, else ("", 0.0)."""
    if inst.opcode not in COPIES:
        return "", 0.0
    shapes = list(inst.shape.tuple_shapes) if inst.opcode == "copy-start" else [inst.shape]
    operands = module.operands(inst)
    if inst.opcode == "copy-start":
        source = shapes[1] if len(shapes) > 1 else None
    elif inst.opcode == "copy-done":
        pair = list(operands[0].shape.tuple_shapes) if operands else []
        source = pair[1] if len(pair) > 1 else None
    else:
        source = operands[0].shape if operands else None

    def where(shape: Any) -> tuple[int, int] | None:
        return None if shape is None else (shape_bytes(shape), memory_spaces(shape)[0])

    return _direction(where(shapes[0]) if shapes else None, where(source))
