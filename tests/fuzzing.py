"""Mutations of serialized traces, and the property every mutant must keep: perfdiff reads it or
refuses it with a ``PerfdiffError`` — never another exception.

Two kinds of mutation, picked at random (``mutate``):

- byte-level (``RAW``): flip bits, set "interesting" bytes, truncate, insert, delete or duplicate
  ranges — what a half-written file, a bad disk or a wrong file looks like;
- field-aware (``FIELD``): the wire format is walked into a tree of fields (every length-delimited
  payload that parses as a message is descended into, so the embedded ``HloProto`` of a CPU trace is
  reached too), one field is changed, and the length prefixes of all its enclosing messages are
  rewritten, so the file stays well-formed protobuf and the mutant gets past the decoder into the
  parse and analysis stages: varints set to 0, 2**63, 2**64-1…, doubles to NaN/inf, strings to
  invalid UTF-8, fields dropped, duplicated, renumbered or moved into another message.

``attempt`` runs one mutant through both decoders and, optionally, ``perfdiff.analyze``. Used by
tests/test_fuzz.py (a bounded hypothesis run) and benchmarks/fuzz.py (the long run).
"""

from __future__ import annotations

import gzip
import random
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from perfdiff.errors import PerfdiffError
from perfdiff.xplane import wire_scan

VARINT, FIXED64, LENGTH_DELIMITED, FIXED32 = 0, 1, 2, 5  # protobuf wire types
MAX_DEPTH = 16
INTERESTING_VARINTS = (0, 1, 2, 127, 128, 255, 2**31 - 1, 2**31, 2**32, 2**53 + 1, 2**62, 2**63 - 1,
                       2**63, 2**64 - 2, 2**64 - 1)  # fmt: skip
INTERESTING_DOUBLES = (0.0, -0.0, -1.0, 1e-300, 1e300, -1e300, float("nan"), float("inf"),
                       float("-inf"), 2.0**63, 2.0**64)  # fmt: skip
INTERESTING_BYTES = (0x00, 0x01, 0x7F, 0x80, 0xFF, 0x0A, 0x12, 0x22)


@dataclass(frozen=True)
class Field:
    """One field in a serialized message: bytes [tag_start, tag_end) are its tag, [tag_end, start) its
    length prefix (length-delimited only), [start, end) its payload; ``parent`` indexes the field
    whose payload holds it (-1: top level); ``message`` says its payload parsed as a message."""

    number: int
    wire: int
    tag_start: int
    tag_end: int
    start: int
    end: int
    parent: int
    message: bool


def varint(value: int) -> bytes:
    value &= (1 << 64) - 1
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


_WALKED: dict[bytes, list[Field]] = {}


def fields_of(data: bytes) -> list[Field]:
    """Every field of ``data`` (an XSpace), depth first; payloads that parse as messages are walked.
    The walks of the last few inputs are kept (a seed trace is mutated over and over)."""
    if data in _WALKED:
        return _WALKED[data]
    out: list[Field] = []
    _walk(data, 0, len(data), -1, 0, out)
    if len(_WALKED) >= 16:
        _WALKED.pop(next(iter(_WALKED)))
    _WALKED[data] = out
    return out


def _shallow(buf: np.ndarray, start: int, end: int) -> list[tuple[int, int, int, int, int, int]] | None:
    """(number, wire, tag_start, tag_end, payload start, payload end) rows of the message in
    buf[start:end], or None if it is not one. Read by perfdiff's own wire scanner (``message_fields``):
    the fuzzer cuts inputs where the reader under test sees fields."""
    status, fields = wire_scan.message_fields(buf, start, end)
    if status < 0:
        return None
    rows = []
    columns = [wire_scan.NUMBER, wire_scan.WIRE, wire_scan.FIELD_START, wire_scan.START, wire_scan.END]
    for number, wire, tag_start, payload, stop in fields[:, columns].tolist():
        # A length-delimited field's payload starts after its length; any other's, after its tag.
        tag_end = wire_scan.read_varint(buf, tag_start, end)[1] if wire == LENGTH_DELIMITED else payload
        rows.append((number, wire, tag_start, tag_end, payload, stop))
    return rows


def _walk(data: bytes, start: int, end: int, parent: int, depth: int, out: list[Field]) -> None:
    buf = np.frombuffer(data, np.uint8)
    stack = [(_shallow(buf, start, end) or [], parent, depth)]
    while stack:
        rows, parent, depth = stack.pop()
        for number, wire, tag_start, tag_end, payload, stop in rows:
            inner = None
            if wire == LENGTH_DELIMITED and depth < MAX_DEPTH and stop > payload:
                inner = _shallow(buf, payload, stop)
            out.append(Field(number, wire, tag_start, tag_end, payload, stop, parent, inner is not None))
            if inner:
                stack.append((inner, len(out) - 1, depth + 1))


def replace_field(data: bytes, fields: list[Field], i: int, new: bytes) -> bytes:
    """``data`` with field ``i`` (tag to end) replaced by ``new`` (any number of whole fields, or
    nothing), every enclosing length prefix rewritten to match."""
    piece, lo, hi = new, fields[i].tag_start, fields[i].end
    parent = fields[i].parent
    while parent >= 0:
        outer = fields[parent]
        payload = data[outer.start : lo] + piece + data[hi : outer.end]
        piece = data[outer.tag_start : outer.tag_end] + varint(len(payload)) + payload
        lo, hi, parent = outer.tag_start, outer.end, outer.parent
    return data[:lo] + piece + data[hi:]


def _tag(number: int, wire: int) -> bytes:
    return varint(number << 3 | wire)


def _field_bytes(data: bytes, f: Field) -> bytes:
    return data[f.tag_start : f.end]


def _with_payload(f: Field, payload: bytes) -> bytes:
    if f.wire == LENGTH_DELIMITED:
        return _tag(f.number, f.wire) + varint(len(payload)) + payload
    return _tag(f.number, f.wire) + payload


def _new_value(data: bytes, f: Field, rng: random.Random) -> bytes:
    """The field with a new value of its own wire type."""
    if f.wire == VARINT:
        value = (
            rng.choice(INTERESTING_VARINTS)
            if rng.random() < 0.8
            else rng.getrandbits(rng.choice((8, 32, 64)))
        )
        return _with_payload(f, varint(value))
    if f.wire == FIXED64:
        if rng.random() < 0.8:
            return _with_payload(f, struct.pack("<d", rng.choice(INTERESTING_DOUBLES)))
        return _with_payload(f, rng.randbytes(8))
    if f.wire == FIXED32:
        return _with_payload(f, rng.randbytes(4))
    old = data[f.start : f.end]
    choice = rng.randrange(5)
    if choice == 0:
        payload = b""
    elif choice == 1:
        payload = b"\xff\xfe" + old[: rng.randrange(len(old) + 1)]  # not UTF-8
    elif choice == 2:
        payload = old[: rng.randrange(len(old) + 1)]
    elif choice == 3:
        payload = rng.randbytes(rng.randint(1, 16))
    else:
        payload = bytearray(old or b"\x00")
        payload[rng.randrange(len(payload))] = rng.choice(INTERESTING_BYTES)
        payload = bytes(payload)
    return _with_payload(f, payload)


def _field_mutation(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    fields = fields_of(data)
    if not fields:
        return "raw-flip", _flip(data, rng)
    i = rng.randrange(len(fields))
    f = fields[i]
    choice = rng.randrange(11)
    if choice == 10:  # a well-formed field of another number and type: a stat that is now a double inf
        number = rng.choice((f.number, f.number, 1, 2, 3, 4, 5, 6, 7))
        wire = rng.choice((VARINT, FIXED64, LENGTH_DELIMITED, FIXED32))
        fresh = Field(number, wire, 0, 0, 0, 0, -1, False)
        return "field-retype", replace_field(data, fields, i, _new_value(b"", fresh, rng))
    if choice < 4:
        return "field-value", replace_field(data, fields, i, _new_value(data, f, rng))
    if choice == 4:
        return "field-drop", replace_field(data, fields, i, b"")
    if choice == 5:
        return "field-duplicate", replace_field(data, fields, i, _field_bytes(data, f) * 2)
    if choice == 6:  # another field number of the same wire type: a stat's type, a renamed field
        number = rng.choice((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, rng.randint(12, 600)))
        return "field-renumber", replace_field(
            data, fields, i, _tag(number, f.wire) + data[f.tag_end : f.end]
        )
    if choice == 7:  # keep the payload, change how it is encoded: usually malformed
        wire = rng.choice([w for w in (VARINT, FIXED64, LENGTH_DELIMITED, FIXED32) if w != f.wire])
        return "field-rewire", replace_field(data, fields, i, _tag(f.number, wire) + data[f.tag_end : f.end])
    # Move: a field from elsewhere inserted beside this one (a stat into another event, an event
    # into another line, a computation into another module...).
    other = fields[rng.randrange(len(fields))]
    moved = _field_bytes(data, other)
    if choice == 8:
        return "field-transplant", replace_field(data, fields, i, _field_bytes(data, f) + moved)
    return "field-swap", replace_field(data, fields, i, moved)


def _flip(data: bytes, rng: random.Random) -> bytes:
    if not data:  # an earlier mutation truncated it all: nothing to flip
        return rng.randbytes(rng.randint(1, 16))
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(len(out))
        out[at] ^= 1 << rng.randrange(8)
    return bytes(out)


def _raw_mutation(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    if not data:
        return "raw-insert", rng.randbytes(rng.randint(1, 16))
    out = bytearray(data)
    at = rng.randrange(len(out))
    choice = rng.randrange(6)
    if choice == 0:
        return "raw-flip", _flip(data, rng)
    if choice == 1:
        for _ in range(rng.randint(1, 4)):
            out[rng.randrange(len(out))] = rng.choice(INTERESTING_BYTES)
        return "raw-bytes", bytes(out)
    if choice == 2:
        return "raw-truncate", bytes(out[:at])
    if choice == 3:
        out[at:at] = rng.randbytes(rng.randint(1, 8))
        return "raw-insert", bytes(out)
    if choice == 4:
        del out[at : at + rng.randint(1, 8)]
        return "raw-delete", bytes(out)
    size = rng.randint(1, 64)
    out[at:at] = out[at : at + size]
    return "raw-duplicate", bytes(out)


def mutate(data: bytes, rng: random.Random, *, field_share: float = 0.7) -> tuple[str, bytes]:
    """(name of the mutations applied, mutant): 1-3 mutations, field-aware with ``field_share``."""
    names = []
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        if rng.random() < field_share:
            name, data = _field_mutation(data, rng)
        else:
            name, data = _raw_mutation(data, rng)
        names.append(name)
    return "+".join(names), data


def mutate_file(data: bytes, rng: random.Random, *, gz: bool = False) -> tuple[str, bytes]:
    """``mutate`` for a host file; a gzip file is mutated inside and compressed again (a mutation of
    the compressed bytes almost always fails the CRC), or one time in four as compressed bytes."""
    if gz and rng.random() < 0.75:
        name, inner = mutate(gzip.decompress(data), rng)
        return f"gz({name})", gzip.compress(inner, mtime=0)
    return mutate(data, rng)


class Unexpected(Exception):
    """An exception other than PerfdiffError escaped perfdiff for a mutant."""


def attempt(
    data: bytes,
    folder: Path,
    *,
    analyze: bool,
    gz: bool = False,
    decoders: tuple[str, ...] = ("proto", "wire"),
    cache_dir: str | None = None,
) -> str:
    """Run ``data`` as a host file (``host.xplane.pb``, or ``.pb.gz`` with ``gz``) through
    ``parse_host`` with each decoder, then (``analyze``) through ``assemble`` and ``analyze``. Returns
    "accepted" (read, and analysed if asked) or "refused" (a PerfdiffError); raises ``Unexpected``
    (chained to the cause) for anything else."""
    from perfdiff.attribution.analyze import analyze as analyze_profile
    from perfdiff.parse.host import parse_host
    from perfdiff.parse.profile import assemble
    from perfdiff.xplane.locate import Run, TraceFile

    path = folder / ("host.xplane.pb.gz" if gz else "host.xplane.pb")
    path.write_bytes(data)
    outcome = "accepted"
    tables = None
    for decoder in decoders:
        try:
            tables = parse_host("host", path, decoder=decoder)
        except PerfdiffError:
            outcome = "refused"
        except Exception as err:
            raise Unexpected(f"parse_host(decoder={decoder!r}): {type(err).__name__}: {err}") from err
    if tables is None or not analyze:
        return outcome
    try:
        profile = assemble(Run("run", folder, (TraceFile("host", path),)), [tables])
        analyze_profile(profile, cache_dir=cache_dir)
    except PerfdiffError:
        return "refused"
    except Exception as err:
        raise Unexpected(f"analyze: {type(err).__name__}: {err}") from err
    return outcome
