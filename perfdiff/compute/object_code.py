"""Link a kernel module's cached machine code into this process without LLVM.

``machine_code`` has LLVM's MCJIT make each kernel module's code for this CPU and caches it as a
relocatable ELF object. Linking that object back with llvmlite means loading llvmlite's library
(179 MB): merely loading it maps ~100 MB into the process, a third of a 1M-event report's peak
memory. The kernels' objects are simple enough to link by hand: code in the large code model, some
read-only constants and jump tables, relocations that are all absolute 64-bit addresses
(``R_X86_64_64``), and at most a call into the C library (``memset``). ``link`` handles exactly that
(ELF64, little-endian, x86-64, ``R_X86_64_64`` against sections, defined symbols and symbols this
process already has) and refuses anything else with ``Unlinkable``; ``machine_code`` then links the
object with LLVM, as it always could.

The sections are copied into one anonymous mapping, relocated while it is writable, then made
read-and-execute (``mprotect``): never writable and executable at once. The formats are the System V
ABI's (ELF: the gABI's "Object Files" chapter; relocation types: the x86-64 psABI, table 4.9).

The ELF tables are read with ``struct``: pyelftools reads them too, but its import alone (~55 ms)
costs more than linking with LLVM does.
"""

from __future__ import annotations

import ctypes
import mmap
import struct
from dataclasses import dataclass

# ELF constants (gABI): the identification bytes, file type, machine, section types and flags, the
# special section indices, symbol types; and the one x86-64 relocation type handled (psABI).
_MAGIC = b"\x7fELF"
_CLASS64, _LITTLE_ENDIAN = 2, 1
_RELOCATABLE = 1
_X86_64 = 62
_SHT_SYMTAB, _SHT_STRTAB, _SHT_RELA, _SHT_NOBITS, _SHT_REL = 2, 3, 4, 8, 9
_SHF_WRITE, _SHF_ALLOC = 0x1, 0x2
_SHN_UNDEF, _SHN_LORESERVE, _SHN_ABS = 0, 0xFF00, 0xFFF1
_STT_FUNC = 2
_STB_GLOBAL = 1
_R_X86_64_64 = 1

_HEADER = struct.Struct("<16sHHIQQQIHHHHHH")  # Elf64_Ehdr
_SECTION = struct.Struct("<IIQQQQIIQQ")  # Elf64_Shdr
_SYMBOL = struct.Struct("<IBBHQQ")  # Elf64_Sym
_RELA = struct.Struct("<QQq")  # Elf64_Rela


class Unlinkable(Exception):
    """Why an object cannot be linked by ``link`` (another format, machine or relocation type)."""


@dataclass(frozen=True)
class _Section:
    name: str
    kind: int
    flags: int
    offset: int  # bytes into the file
    size: int  # bytes
    link: int
    info: int
    align: int  # bytes


@dataclass(frozen=True)
class _Symbol:
    name: str
    info: int
    section: int
    value: int  # bytes into its section (a defined symbol), or an absolute value (SHN_ABS)


class Linked:
    """An object's code, linked at a fixed place in this process; holds the mapping that holds it."""

    def __init__(self, mapping: mmap.mmap, functions: dict[str, int]) -> None:
        self._mapping = mapping  # the code lives as long as this object
        self._functions = functions

    def get_function_address(self, name: str) -> int:
        """The address of the global function ``name``, or 0 if the object defines none (as LLVM's
        execution engine answers, so either can stand for the other)."""
        return self._functions.get(name, 0)


def link(code: bytes) -> Linked:
    """The object ``code`` linked into this process: its allocated sections in memory, relocated,
    read-and-execute. Unlinkable when it is not an x86-64 relocatable ELF64 object whose relocations
    this linker knows, or a symbol it needs is nowhere in the process."""
    sections = _sections(code)
    placed = {index: section for index, section in enumerate(sections) if section.flags & _SHF_ALLOC}
    for section in placed.values():
        if section.flags & _SHF_WRITE:
            raise Unlinkable(f"writable section {section.name}")  # the mapping ends read-only
    offsets, size = _layout(placed)
    mapping = mmap.mmap(-1, max(size, 1), flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS,
                        prot=mmap.PROT_READ | mmap.PROT_WRITE)  # fmt: skip
    base = ctypes.addressof(ctypes.c_char.from_buffer(mapping))
    for index, section in placed.items():
        if section.kind != _SHT_NOBITS:  # NOBITS (.bss) stays as mmap gave it: zeros
            start = offsets[index]
            mapping[start : start + section.size] = code[section.offset : section.offset + section.size]
    symbols = _symbols(code, sections)
    address = {index: base + offset for index, offset in offsets.items()}
    for section in sections:
        if section.kind == _SHT_REL:
            raise Unlinkable("REL relocations")  # LLVM writes RELA on x86-64
        if section.kind == _SHT_RELA and section.info in placed:
            _relocate(
                code, section, symbols, address, mapping, offsets[section.info], placed[section.info].size
            )
    _protect(base, len(mapping))
    functions = {
        symbol.name: address[symbol.section] + symbol.value
        for symbol in symbols
        if symbol.info & 0xF == _STT_FUNC and symbol.info >> 4 == _STB_GLOBAL and symbol.section in placed
    }
    return Linked(mapping, functions)


def _sections(code: bytes) -> list[_Section]:
    if len(code) < _HEADER.size or code[:4] != _MAGIC:
        raise Unlinkable("not an ELF object")
    ident, kind, machine, *_, shoff, _flags, _ehsize, _phentsize, _phnum, shentsize, shnum, shstrndx = (
        _HEADER.unpack_from(code)
    )
    if ident[4] != _CLASS64 or ident[5] != _LITTLE_ENDIAN or kind != _RELOCATABLE:
        raise Unlinkable("not a little-endian 64-bit relocatable ELF object")
    if machine != _X86_64:
        raise Unlinkable(f"ELF machine {machine}, not x86-64")
    if shentsize != _SECTION.size or shoff + shnum * shentsize > len(code) or shstrndx >= shnum:
        raise Unlinkable("a section table outside the file")
    rows = [_SECTION.unpack_from(code, shoff + i * shentsize) for i in range(shnum)]
    names = rows[shstrndx]
    out = []
    for name, kind, flags, _addr, offset, size, link, info, align, _entsize in rows:
        if kind != _SHT_NOBITS and offset + size > len(code):
            raise Unlinkable("a section outside the file")
        out.append(
            _Section(_string(code, names[4], name), kind, flags, offset, size, link, info, max(align, 1))
        )
    return out


def _string(code: bytes, table_offset: int, at: int) -> str:
    start = table_offset + at
    end = code.find(b"\0", start)
    if end < 0:
        raise Unlinkable("an unterminated name")
    return code[start:end].decode("utf-8", "replace")


def _layout(placed: dict[int, _Section]) -> tuple[dict[int, int], int]:
    """Each allocated section's offset in the mapping (aligned as it asks) and the mapping's size."""
    offsets, end = {}, 0
    for index, section in placed.items():
        end = -(-end // section.align) * section.align
        offsets[index] = end
        end += section.size
    return offsets, end


def _symbols(code: bytes, sections: list[_Section]) -> list[_Symbol]:
    tables = [s for s in sections if s.kind == _SHT_SYMTAB]
    if len(tables) != 1:
        raise Unlinkable(f"{len(tables)} symbol tables")
    table = tables[0]
    if table.link >= len(sections) or sections[table.link].kind != _SHT_STRTAB:
        raise Unlinkable("a symbol table without its names")
    names = sections[table.link].offset
    out = []
    for at in range(table.offset, table.offset + table.size - _SYMBOL.size + 1, _SYMBOL.size):
        name, info, _other, section, value, _size = _SYMBOL.unpack_from(code, at)
        out.append(_Symbol(_string(code, names, name), info, section, value))
    return out


def _relocate(code: bytes, table: _Section, symbols: list[_Symbol], address: dict[int, int],
              mapping: mmap.mmap, section_offset: int, section_size: int) -> None:  # fmt: skip
    """Apply one RELA table to its allocated section (at ``section_offset`` in the mapping,
    ``section_size`` bytes): each entry writes S + A, the symbol's address plus the addend, as 8 bytes
    at its offset."""
    for at in range(table.offset, table.offset + table.size - _RELA.size + 1, _RELA.size):
        offset, info, addend = _RELA.unpack_from(code, at)
        kind, index = info & 0xFFFFFFFF, info >> 32
        if kind != _R_X86_64_64:
            raise Unlinkable(f"relocation type {kind}")
        if index >= len(symbols) or offset + 8 > section_size:
            raise Unlinkable("a relocation outside its section or symbol table")
        value = (_resolve(symbols[index], address) + addend) & 0xFFFFFFFFFFFFFFFF
        struct.pack_into("<Q", mapping, section_offset + offset, value)


def _resolve(symbol: _Symbol, address: dict[int, int]) -> int:
    if symbol.section == _SHN_UNDEF:
        try:  # a symbol of the process (the C library's memset), as LLVM's linker resolves it
            return ctypes.cast(getattr(ctypes.CDLL(None), symbol.name), ctypes.c_void_p).value or 0
        except AttributeError as err:
            raise Unlinkable(f"no symbol {symbol.name} in this process") from err
    if symbol.section == _SHN_ABS:
        return symbol.value
    if symbol.section >= _SHN_LORESERVE or symbol.section not in address:
        raise Unlinkable(f"symbol {symbol.name!r} in section {symbol.section}, which is not loaded")
    return address[symbol.section] + symbol.value


def _protect(base: int, size: int) -> None:
    """Make the mapping read-and-execute (no longer writable)."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.mprotect.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    if libc.mprotect(base, size, mmap.PROT_READ | mmap.PROT_EXEC) != 0:
        raise Unlinkable(f"mprotect refused executable memory (errno {ctypes.get_errno()})")
