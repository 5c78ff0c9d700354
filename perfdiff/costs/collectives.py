"""Collectives: which kind, how many devices, and how many bytes cross the interconnect per device.

Classified by HLO opcode, never by instruction name (a psum is often named ``psum.7``):
``all-reduce``, ``all-gather``, ``reduce-scatter``, ``all-to-all`` (also ``ragged-all-to-all``) and
``collective-permute``, with their asynchronous ``-start``/``-done`` forms. The ``-start`` carries the
cost; the ``-done`` is marked as the same collective with the same group size, and moves nothing.

Group size N: the size of a replica group — explicit ``replica_groups={{0,1,2,3}}`` or the iota form
``replica_groups=[G,S]<=[d0,d1,...]T(p0,p1,...)`` (G groups of S devices: ``iota(d0·d1·…)`` reshaped
to ``[d0,d1,…]``, transposed by ``(p0,p1,…)``, flattened and cut into G rows of S). All groups of one
collective have the same size. Empty groups mean "all devices" and N comes from the module's device
assignment when it has one (else unknown). For ``collective-permute`` N is the number of
source→target pairs.

V (``collective_bytes``) is the array the collective moves: for all-gather its output, for
reduce-scatter its input, for all-reduce / all-to-all / collective-permute the operand (summed over
operands of variadic forms; a permute's extra offset operands are ignored).

Bytes each device sends over the interconnect (``ici_bytes``), assuming a bandwidth-optimal ring
over the group (as in "How To Scale Your Model"):
  all-gather, reduce-scatter: V·(N−1)/N;  all-reduce: 2·V·(N−1)/N (a reduce-scatter then an
  all-gather);  all-to-all: V·(N−1)/N²;  collective-permute: V (each device sends its buffer once).
N = 1 moves nothing. Unknown N gives NaN.

Across slices (``split_dcn``): when the devices' slice is known and a group spans s > 1 slices with
k members in each, the collective is taken as hierarchical, as multi-slice XLA runs it: the part within
each slice over ICI, the part between slices over the data-centre network (DCN). All-reduce,
all-gather, reduce-scatter: ICI V·(k−1)/k-style traffic of the whole array within the slice, and the
same formula for V/k bytes across the s slices on DCN; all-to-all: V·(N−k)/N to the members in other
slices on DCN; a permute whose pairs cross slices: all V on DCN.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

import numpy as np

from perfdiff.hlo.dtypes import DTYPES
from perfdiff.hlo.module import shape_bytes

_BASE_KINDS = ("all-reduce", "all-gather", "reduce-scatter", "all-to-all", "collective-permute")
KIND_OF_OPCODE: dict[str, str] = {
    **{kind: kind for kind in _BASE_KINDS},
    **{f"{kind}-start": kind for kind in _BASE_KINDS},
    **{f"{kind}-done": kind for kind in _BASE_KINDS},
    "ragged-all-to-all": "all-to-all",
}


@dataclass(frozen=True)
class CollectiveInfo:
    """One collective: ``kind``, ``group_size`` (devices; None if unknown), ``collective_bytes`` (V,
    bytes) and ``ici_bytes`` (bytes each device sends over the interconnect; NaN if N is unknown)."""

    kind: str
    group_size: int | None
    collective_bytes: int
    ici_bytes: float
    groups: tuple[tuple[int, ...], ...] = ()  # replica groups (permute: source-target pairs), if known


def ici_bytes(kind: str, collective_bytes: float, group_size: int | None) -> float:
    """Interconnect bytes per device for a collective of ``kind`` moving V bytes over N devices."""
    if group_size is None:
        return math.nan
    v, n = float(collective_bytes), group_size
    if n <= 1:
        return 0.0
    if kind == "collective-permute":
        return v
    if kind == "all-reduce":
        return 2.0 * v * (n - 1) / n
    if kind == "all-to-all":
        return v * (n - 1) / n**2
    return v * (n - 1) / n  # all-gather, reduce-scatter


# More devices than any machine has: an iota list this long is a damaged trace, and expanding it
# would take gigabytes.
MAX_DEVICES = 2**20


def iota_replica_groups(
    num_groups: int, group_size: int, reshape_dims: list[int], transpose_perm: list[int]
) -> list[list[int]]:
    """Expand the iota form ``[num_groups,group_size]<=[reshape_dims]T(transpose_perm)``; ValueError
    when the numbers do not describe one (sizes that disagree, a perm that is not one, past
    MAX_DEVICES)."""
    devices = math.prod(reshape_dims)
    if not 0 < devices <= MAX_DEVICES or devices != num_groups * group_size or min(reshape_dims) < 1:
        raise ValueError(f"[{num_groups},{group_size}]<=[{reshape_dims}] is not a replica-group list")
    if transpose_perm and sorted(transpose_perm) != list(range(len(reshape_dims))):
        raise ValueError(f"T({transpose_perm}) is not a permutation of {len(reshape_dims)} axes")
    ids = np.arange(devices).reshape(reshape_dims)
    if transpose_perm:
        ids = ids.transpose(transpose_perm)
    return ids.reshape(num_groups, group_size).tolist()


def _ints(text: str) -> list[int]:
    return [int(t) for t in re.findall(r"-?\d+", text)]


def parse_replica_groups(text: str) -> list[list[int]]:
    """Replica groups from their HLO text: ``{{0,1},{2,3}}``, ``{}`` or ``[2,2]<=[4]`` / ``…T(1,0)``;
    ValueError for an iota form that describes no list (see ``iota_replica_groups``)."""
    text = text.strip()
    iota = re.fullmatch(r"\[([\d,\s]+)\]<=\[([\d,\s]+)\](?:T\(([\d,\s]+)\))?", text)
    if iota:
        shape = _ints(iota.group(1))
        if len(shape) not in (1, 2):
            raise ValueError(f"replica groups {text!r}: the list shape has {len(shape)} axes, not 1 or 2")
        num_groups, group_size = (shape[0], shape[1]) if len(shape) == 2 else (1, shape[0])
        return iota_replica_groups(num_groups, group_size, _ints(iota.group(2)), _ints(iota.group(3) or ""))
    return [_ints(group) for group in re.findall(r"\{([\d,\s]*)\}", text[1:-1] if text else "")]


def group_size_of(inst: Any, devices: int | None = None) -> int | None:
    """N of a collective ``HloInstructionProto`` (see the module docstring); ``devices`` for empty groups."""
    if inst.source_target_pairs:
        return len(inst.source_target_pairs)
    for iota in (inst.iota_replica_group_list, inst.collective_device_list.iota_replica_group_list):
        if iota.num_devices_per_group:
            return int(iota.num_devices_per_group)
    groups = inst.replica_groups or inst.collective_device_list.replica_groups
    if groups and groups[0].replica_ids:
        return len(groups[0].replica_ids)
    return devices


def collective_bytes(kind: str, opcode: str, operand_bytes: list[int], result_bytes: int) -> int:
    """V for a collective from its operand sizes and result size (bytes; see the module docstring)."""
    if kind == "all-gather":
        # all-gather-start returns (operands, results): the gathered array is the rest.
        return result_bytes - sum(operand_bytes) if opcode.endswith("-start") else result_bytes
    if not operand_bytes:  # text without operand shapes: these kinds keep the operand's size
        return result_bytes
    if kind == "collective-permute":
        return operand_bytes[0]
    return sum(operand_bytes)


def collective_of(inst: Any, operand_shapes: list[Any], devices: int | None = None) -> CollectiveInfo | None:
    """The collective an ``HloInstructionProto`` performs, or None if it is not a collective."""
    kind = KIND_OF_OPCODE.get(inst.opcode)
    if kind is None:
        return None
    n = group_size_of(inst, devices)
    if inst.opcode.endswith("-done"):
        return CollectiveInfo(kind, n, 0, 0.0)
    v = collective_bytes(kind, inst.opcode, [shape_bytes(s) for s in operand_shapes], shape_bytes(inst.shape))
    return CollectiveInfo(kind, n, v, ici_bytes(kind, v, n))


_DTYPE = "|".join(sorted((name for name, bits in DTYPES.values() if bits), key=len, reverse=True))
_ARRAY = re.compile(rf"\b({_DTYPE})\[([\d,]*)\]")
_OPCODE = re.compile(r"(?:^|\s)([a-z][a-z0-9\-]*)\(")
_BITS = {name: bits for name, bits in DTYPES.values()}


def _text_bytes(text: str) -> list[int]:
    """Dense byte sizes of every array shape written in ``text`` (layouts ignored); ValueError for a
    shape no array can have (more than 2**63 bytes: a damaged text)."""
    sizes = []
    for dtype, dims in _ARRAY.findall(text):
        numbers = [d for d in dims.split(",") if d]
        if any(len(d) > 19 for d in numbers):
            raise ValueError(f"{dtype}[{dims[:40]}...] is not an array shape")
        bits = math.prod(int(d) for d in numbers) * _BITS[dtype]
        if bits >= 8 * 2**63:
            raise ValueError(f"{dtype}[{dims}] is larger than any array")
        sizes.append(-(-bits // 8))  # whole bytes, rounded up
    return sizes


def _balanced(text: str, start: int) -> int:
    """Index just past the bracket group opening at ``text[start]``."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] in "([{":
            depth += 1
        elif text[i] in ")]}":
            depth -= 1
            if depth == 0:
                return i + 1
    return len(text)


def collective_from_hlo_text(text: str) -> CollectiveInfo | None:
    """The collective one HLO instruction's text performs (as TPU traces name ops), or None.

    E.g. ``%all-reduce = f32[5,1024,1024,256]{3,2,1,0:T(8,128)} all-reduce(f32[…]{…} %bitcast),
    channel_id=1, replica_groups=[4,2]<=[2,4]T(1,0), …`` is an all-reduce over N = 2 devices of
    V = 5,368,709,120 bytes. Empty replica groups give group_size None.
    """
    _, _, rhs = text.partition(" = ")
    match = _OPCODE.search(rhs)
    if match is None or match.group(1) not in KIND_OF_OPCODE:
        return None
    opcode, kind = match.group(1), KIND_OF_OPCODE[match.group(1)]
    operands_end = _balanced(rhs, match.end() - 1)
    attrs = rhs[operands_end:]
    pairs = re.search(r"source_target_pairs=(\{.*?\}\})", attrs)
    groups = re.search(r"replica_groups=(\[[\d,]+\]<=\[[\d,]+\](?:T\([\d,]+\))?|\{[\d,{}\s]*\})", attrs)
    parsed: list[list[int]] = []
    if pairs:
        parsed = [_ints(p) for p in re.findall(r"\{\s*\d+\s*,\s*\d+\s*\}", pairs.group(1))]
        n: int | None = len(parsed)
    elif groups:
        try:
            parsed = parse_replica_groups(groups.group(1))
        except ValueError:  # a damaged list: the group size is unknown
            parsed = []
        n = len(parsed[0]) if parsed and parsed[0] else None
    else:
        n = None
    known = tuple(tuple(g) for g in parsed)
    if opcode.endswith("-done"):
        return CollectiveInfo(kind, n, 0, 0.0, known)
    try:
        result = sum(_text_bytes(rhs[: match.start()]))
        v = collective_bytes(kind, opcode, _text_bytes(rhs[match.end() : operands_end]), result)
    except ValueError:  # a damaged shape: what it moves is unknown
        return CollectiveInfo(kind, n, 0, math.nan, known)
    return CollectiveInfo(kind, n, v, ici_bytes(kind, v, n), known)


def split_dcn(info: CollectiveInfo, slice_of: dict[int, int]) -> tuple[float, float] | None:
    """(ici_bytes, dcn_bytes) per device of a collective whose groups span slices (see the module
    docstring); None when none does, or a member's slice is unknown (then it is all ICI)."""
    if not info.groups or not info.collective_bytes:
        return None
    if any(d not in slice_of for group in info.groups for d in group):
        return None
    v = float(info.collective_bytes)
    if info.kind == "collective-permute":
        crossing = any(slice_of[a] != slice_of[b] for a, b, *_ in info.groups)
        return (0.0, v) if crossing else None
    group = info.groups[0]
    per_slice: dict[int, int] = {}
    for device in group:
        per_slice[slice_of[device]] = per_slice.get(slice_of[device], 0) + 1
    s, k, n = len(per_slice), max(per_slice.values()), len(group)
    if s <= 1:
        return None
    if info.kind == "all-to-all":
        return ici_bytes(info.kind, v * k / n, k), v * (n - k) / n
    return ici_bytes(info.kind, v, k), ici_bytes(info.kind, v / k, s)
