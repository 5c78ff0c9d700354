"""Just enough of the protobuf wire format to read small messages embedded in traces as bytes.

Traces carry a few serialized messages whose schemas perfdiff does not otherwise need: the
``xla.HloProto`` of each module (we only unwrap its field 1, the ``HloModuleProto``) and xprof's
``MemoryAccessBreakdown`` on TPU ops. Reading a handful of fields by number is simpler and sturdier than
carrying those schemas. Malformed input raises ``ValueError``; callers turn it into a warning.
"""

from __future__ import annotations

from collections.abc import Iterator

VARINT, FIXED64, LENGTH_DELIMITED, FIXED32 = 0, 1, 2, 5


def read_varint(buf: bytes, pos: int) -> tuple[int, int]:
    """Decode the varint at ``buf[pos]``; return (value, position after it)."""
    result = shift = 0
    while True:
        if pos >= len(buf):
            raise ValueError("truncated varint")
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7
        if shift > 63:
            raise ValueError("varint longer than 10 bytes")


def iter_fields(buf: bytes) -> Iterator[tuple[int, int, int | bytes]]:
    """Yield (field number, wire type, value) for each top-level field of a serialized message.

    Varints come back as int, length-delimited fields as bytes, fixed-width fields as int.
    """
    pos, end = 0, len(buf)
    while pos < end:
        key, pos = read_varint(buf, pos)
        number, wire_type = key >> 3, key & 7
        if wire_type == VARINT:
            value, pos = read_varint(buf, pos)
            yield number, wire_type, value
        elif wire_type == LENGTH_DELIMITED:
            size, pos = read_varint(buf, pos)
            if pos + size > end:
                raise ValueError("length-delimited field runs past the end")
            yield number, wire_type, buf[pos : pos + size]
            pos += size
        elif wire_type == FIXED64:
            if pos + 8 > end:
                raise ValueError("truncated fixed64")
            yield number, wire_type, int.from_bytes(buf[pos : pos + 8], "little")
            pos += 8
        elif wire_type == FIXED32:
            if pos + 4 > end:
                raise ValueError("truncated fixed32")
            yield number, wire_type, int.from_bytes(buf[pos : pos + 4], "little")
            pos += 4
        else:
            raise ValueError(f"unsupported wire type {wire_type}")


def first_bytes_field(buf: bytes, number: int) -> bytes | None:
    """The first length-delimited field ``number`` of a message, or None."""
    for field, wire_type, value in iter_fields(buf):
        if field == number and wire_type == LENGTH_DELIMITED:
            assert isinstance(value, bytes)
            return value
    return None


# xprof's op_metrics.proto: MemoryAccessBreakdown{repeated MemoryAccessed memory_accessed = 1},
# MemoryAccessed{OperationType operation_type = 1; MemorySpace memory_space = 2; uint64 bytes_accessed = 3},
# MemorySpace HBM = 1 (CMEM = 2, VMEM = 3). Field numbers checked against xprof 2.24's op_metrics_pb2.
_HBM_MEMORY_SPACE = 1


def hbm_bytes_from_breakdown(buf: bytes) -> int:
    """Bytes read and written in HBM, from a serialized ``MemoryAccessBreakdown``."""
    total = 0
    for field, wire_type, value in iter_fields(buf):
        if field != 1 or wire_type != LENGTH_DELIMITED:
            continue
        assert isinstance(value, bytes)
        space = nbytes = 0
        for sub, _, sub_value in iter_fields(value):
            if sub == 2:
                space = int(sub_value)  # type: ignore[arg-type]
            elif sub == 3:
                nbytes = int(sub_value)  # type: ignore[arg-type]
        if space == _HBM_MEMORY_SPACE:
            total += nbytes
    return total
