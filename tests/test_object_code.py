"""The kernels' cached machine code linked by hand (compute/object_code): every kernel module links so,
the code computes what LLVM's own link of the same object computes, and an object the linker does not
know is refused before any of it runs, LLVM linking it instead."""

from __future__ import annotations

import importlib
import struct
from pathlib import Path

import numpy as np
import pytest
import real_traces

from perfdiff.compute import machine_code, native, object_code
from perfdiff.xplane import wire_kernels

MODULES = [importlib.import_module(name) for name in machine_code.KERNEL_MODULES]


def cached_object(module_name: str) -> bytes:
    """The module's object as the cache holds it (made by LLVM on first use)."""
    machine_code.engine(module_name)
    text = machine_code.ir_path(module_name).read_text(encoding="utf-8")
    return machine_code._object_path(text).read_bytes()


def _refuse(code: bytes) -> object_code.Linked:
    raise object_code.Unlinkable("refused by the test")


@pytest.fixture(scope="module")
def by_llvm():
    """The wire kernels linked by LLVM's MCJIT from the same cached object: what ``native.load``
    gives when the hand linker refuses it."""
    cached_object(wire_kernels.__name__)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(object_code, "link", _refuse)
        loaded = native.load(wire_kernels, wire_kernels.EXPORTS)
    assert loaded.how == "native" and not isinstance(loaded._keep, object_code.Linked)
    return loaded


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_every_kernel_module_is_linked_without_llvm(module) -> None:
    cached_object(module.__name__)  # the code is in the cache (LLVM made it if it was not)
    loaded = native.load(module, module.EXPORTS)
    assert loaded.how == "native"
    assert isinstance(loaded._keep, object_code.Linked)


@pytest.mark.parametrize("name", real_traces.JAX + real_traces.TENSORFLOW_GPU, ids=real_traces.ids)
def test_hand_linked_code_computes_what_llvm_linked_code_does(by_llvm, traces: Path, name: str) -> None:
    """The wire kernels: the object with the most relocations (its jump tables are addresses)."""
    by_hand = native.load(wire_kernels, wire_kernels.EXPORTS)
    buf = np.frombuffer((traces / name).read_bytes(), np.uint8)
    count = by_hand.field_count(buf, 0, len(buf))
    assert count == by_llvm.field_count(buf, 0, len(buf)) > 0
    rows = [np.full((count, 6), -7, np.int64) for _ in range(2)]
    by_hand.fields_into(buf, 0, len(buf), rows[0])
    by_llvm.fields_into(buf, 0, len(buf), rows[1])
    assert (rows[0] == rows[1]).all() and (rows[0] != -7).any()


def test_what_the_linker_does_not_know_is_refused() -> None:
    code = cached_object(wire_kernels.__name__)
    object_code.link(code)  # the real object links
    refused = {
        "not an ELF object": b"\x7fELG" + code[4:],
        "not x86-64": code[:18] + struct.pack("<H", 183) + code[20:],  # EM_AARCH64
        "cut short": code[: len(code) // 2],
        "another relocation type": _first_relocation_retyped(code, 2),  # R_X86_64_PC32
    }
    for why, damaged in refused.items():
        with pytest.raises(object_code.Unlinkable):
            object_code.link(damaged)
            pytest.fail(why)


def _first_relocation_retyped(code: bytes, kind: int) -> bytes:
    sections = object_code._sections(code)
    table = next(s for s in sections if s.kind == 4 and sections[s.info].flags & 0x2)  # RELA of code
    offset, info, addend = struct.unpack_from("<QQq", code, table.offset)
    out = bytearray(code)
    struct.pack_into("<QQq", out, table.offset, offset, (info >> 32) << 32 | kind, addend)
    return bytes(out)


def test_an_object_the_linker_refuses_is_linked_by_llvm(by_llvm) -> None:
    """(The fixture checks LLVM linked it; here, that its code runs.)"""
    out = np.zeros(2, np.int64)
    assert by_llvm.varint_into(np.array([0x96, 0x01], np.uint8), 0, 2, out) >= 0
    assert out[0] == 150
