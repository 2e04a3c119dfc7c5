"""Read a BPF flow dissector object file: pure, no kernel, no ELF library.

Accepts what flowdsl emits (and what clang emits for a map-less program): a little-endian
ELF64 relocatable for EM_BPF with a ``flow_dissector`` code section and a ``license``
section. Anything else raises ElfError naming the problem. The object may come from
anyone (``flowdsl load x.o``), so every offset, size and index is checked against the
file before it is used (``_Elf``). The reader is this module's own, not pyelftools:
only section headers, symbols and relocations are needed, and importing pyelftools was
a good part of a command's start (about 18 ms of a CNI ADD without the node agent,
benchmarks/results-2026-12-03-cni.md).
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from flowdsl.dsl.abi import (
    GRAPH_SECTION,
    LICENSE_SECTION,
    PROGRAM_SECTION,
    STATS_MAP,  # the one map an object may refer to
    EmbeddedGraph,
    GraphSchemaError,
)
from flowdsl.runtime.btf import BtfFormatError, ProgramBtf, program_btf

from flowdsl.errors import ElfError

EM_BPF = 247
MACHINES = {3: "EM_386", 8: "EM_MIPS", 20: "EM_PPC", 21: "EM_PPC64", 22: "EM_S390",
            40: "EM_ARM", 62: "EM_X86_64", 183: "EM_AARCH64", 243: "EM_RISCV",
            258: "EM_LOONGARCH"}
INSN_SIZE = 8
R_BPF_64_64 = 1  # a 64-bit immediate load (ld_imm64) of a symbol's address
SHT_RELA, SHT_REL, SHT_NOBITS = 4, 9, 8  # NOBITS: no bytes in the file (.bss)
STT_OBJECT = 1
_HEADER = struct.Struct("<16sHHIQQQIHHHHHH")  # Elf64_Ehdr
_SECTION = struct.Struct("<IIQQQQIIQQ")  # Elf64_Shdr
_SYMBOL = struct.Struct("<IBBHQQ")  # Elf64_Sym
_REL, _RELA = struct.Struct("<QQ"), struct.Struct("<QQq")  # Elf64_Rel, Elf64_Rela


class _Malformed(ValueError):
    """An offset, size or index that does not fit the file (read_elf says it)."""


@dataclass(frozen=True)
class Section:
    name: str
    type: int  # sh_type
    offset: int  # in the file
    size: int
    link: int  # sh_link: a relocation's or symbol table's related section
    entsize: int  # sh_entsize: an entry's size in a table (0: not a table)
    file: bytes = field(repr=False, compare=False)

    @property
    def data(self) -> bytes:
        """The section's bytes, copied when asked: every header of a hostile file may
        claim the whole file, so copying each up front could take sections x file size
        of memory (2,000 headers of a 128 KB file: 257 MB)."""
        return b"" if self.type == SHT_NOBITS else \
            self.file[self.offset:self.offset + self.size]


class _Elf:
    """The section headers of a 64-bit little-endian ELF file, each checked to lie
    within it, and its symbols and relocations on demand."""

    def __init__(self, data: bytes, name: str) -> None:
        if data[:4] != b"\x7fELF":
            raise ElfError(f"{name}: not an ELF file (no \\x7fELF magic); give an object "
                           "written by `flowdsl build -o`")
        if len(data) < _HEADER.size:
            raise _Malformed(f"{len(data)} bytes, shorter than an ELF64 header")
        (ident, _type, machine, _version, _entry, _phoff, shoff, _flags, _ehsize,
         _phentsize, _phnum, shentsize, shnum, shstrndx) = _HEADER.unpack_from(data)
        if ident[4] != 2 or ident[5] != 1:  # EI_CLASS ELFCLASS64, EI_DATA ELFDATA2LSB
            raise ElfError(f"{name}: must be a 64-bit little-endian (bpfel) object")
        if machine != EM_BPF:
            raise ElfError(f"{name}: built for {MACHINES.get(machine, f'machine {machine}')}"
                           ", not for BPF (EM_BPF); compile for the bpf target")
        if not shnum and shoff:  # the count in section 0 (more than 65,279 sections)
            raise _Malformed("extended section numbering, which no BPF object needs")
        if shnum and shentsize != _SECTION.size:
            raise _Malformed(f"section headers of {shentsize} bytes, not {_SECTION.size}")
        if shoff + shnum * _SECTION.size > len(data):
            raise _Malformed(f"{shnum} section headers at byte {shoff}, past the end")
        headers = [_SECTION.unpack_from(data, shoff + i * _SECTION.size)
                   for i in range(shnum)]
        for _name, sh_type, _flags, _addr, offset, size, *_rest in headers:
            if sh_type != SHT_NOBITS and offset + size > len(data):
                raise _Malformed(f"a section of {size} bytes at byte {offset}, past the end")
        if shnum and shstrndx >= shnum:
            raise _Malformed(f"section name table {shstrndx} of {shnum} sections")

        def section(header: tuple[int, ...], name: str = "") -> Section:
            return Section(name, header[1], header[4], header[5], header[6], header[9], data)

        names = section(headers[shstrndx]).data if shnum else b""
        self.sections = [section(h, _string(names, h[0])) for h in headers]

    def section(self, name: str) -> Section | None:
        """The first section of that name."""
        return next((s for s in self.sections if s.name == name), None)

    def linked(self, section: Section) -> Section:
        if section.link >= len(self.sections):
            raise _Malformed(f"section {section.name!r} links to section {section.link} "
                             f"of {len(self.sections)}")
        return self.sections[section.link]

    def symbols(self, table: Section) -> list[tuple[str, int, int]]:
        """(name, st_info, st_value) of each symbol of a symbol table."""
        strings, entries = self.linked(table).data, table.data
        return [(_string(strings, st_name), info, value) for st_name, info, _other, _shndx,
                value, _size in (_SYMBOL.unpack_from(entries, i * _SYMBOL.size)
                                 for i in range(len(entries) // _SYMBOL.size))]

    def relocations(self, section: Section) -> Iterator[tuple[int, int, int]]:
        """(r_offset, symbol index, type) of each entry of a SHT_REL or SHT_RELA section
        (by its type, as the ELF specification says, not by its name)."""
        entry = {SHT_REL: _REL, SHT_RELA: _RELA}.get(section.type)
        if entry is None:
            raise _Malformed(f"section {section.name!r} (type {section.type}) is not a "
                             "relocation section")
        if section.entsize not in (0, entry.size):
            raise _Malformed(f"relocations of {section.entsize} bytes in {section.name!r}, "
                             f"not {entry.size}")
        table = section.data
        for i in range(len(table) // entry.size):
            offset, info = entry.unpack_from(table, i * entry.size)[:2]
            yield offset, info >> 32, info & 0xFFFFFFFF


def _string(table: bytes, offset: int) -> str:
    """A NUL-terminated name in a string table."""
    if offset >= len(table) and offset:
        raise _Malformed(f"a name at byte {offset} of a {len(table)}-byte string table")
    end = table.find(b"\0", offset)
    return table[offset:end if end >= 0 else len(table)].decode(errors="replace")


@contextmanager
def _unreadable_as_elf_error(name: str) -> Iterator[None]:
    """A malformed object is an ElfError that says so (ElfErrors pass as they are)."""
    try:
        yield
    except (_Malformed, struct.error, UnicodeDecodeError) as error:
        raise ElfError(f"{name}: not a readable ELF object ({error}); rebuild it with "
                       "`flowdsl build`") from None


def sections(data: bytes, name: str = "<object>") -> list[Section]:
    """The object's sections, checked (tests and tools look inside objects with it)."""
    with _unreadable_as_elf_error(name):
        return _Elf(data, name).sections


@dataclass(frozen=True)
class BpfObject:
    insns: bytes
    license: str
    graph: EmbeddedGraph | None  # the ParseGraph, if flowdsl built the object
    name: str
    stats_refs: tuple[int, ...] = ()  # instruction indexes that load the stats map
    # .BTF and the program's func/line info (flowdsl objects have them), or why not
    btf: ProgramBtf | None = field(default=None, compare=False)
    btf_problem: str = field(default="", compare=False)  # set when .BTF is unusable

    @property
    def has_stats(self) -> bool:
        return bool(self.stats_refs)

    @property
    def uses_continue(self) -> bool:
        """Whether it can return BPF_FLOW_DISSECTOR_CONTINUE (a newer kernel's verdict)."""
        return self.graph is not None and self.graph.uses_continue

    @property
    def insn_count(self) -> int:
        return len(self.insns) // INSN_SIZE


def read_elf(data: bytes, name: str = "<object>") -> BpfObject:
    with _unreadable_as_elf_error(name):
        return _read(data, name)


def _read(data: bytes, name: str) -> BpfObject:
    elf = _Elf(data, name)
    section = elf.section(PROGRAM_SECTION)
    if section is None:
        raise ElfError(f"{name}: no '{PROGRAM_SECTION}' section, so no flow dissector "
                       "program; the program must be in SEC(\"flow_dissector\")")
    insns = section.data
    if not insns or len(insns) % INSN_SIZE:
        raise ElfError(f"{name}: section '{PROGRAM_SECTION}' is {len(insns)} bytes, not a "
                       "whole number of 8-byte BPF instructions")
    stats_refs = []
    for rel_name in (".rel" + PROGRAM_SECTION, ".rela" + PROGRAM_SECTION):
        rel = elf.section(rel_name)
        if rel is None:
            continue
        symbols = elf.symbols(elf.linked(rel))
        for offset, index, kind in elf.relocations(rel):
            if index >= len(symbols):
                raise _Malformed(f"a relocation against symbol {index} of {len(symbols)}")
            symbol = symbols[index][0]
            if kind != R_BPF_64_64 or symbol != STATS_MAP or \
                    offset % INSN_SIZE or offset >= len(insns):
                raise ElfError(f"{name}: relocation against {symbol!r} (type "
                               f"{kind}) at byte {offset} of "
                               f"'{PROGRAM_SECTION}'; this loader resolves only the "
                               f"'{STATS_MAP}' map of `flowdsl build --stats`")
            stats_refs.append(offset // INSN_SIZE)
    lic = elf.section(LICENSE_SECTION)
    if lic is None:
        raise ElfError(f"{name}: no '{LICENSE_SECTION}' section; flow dissectors need a "
                       "GPL-compatible license string")
    license_text = lic.data.split(b"\0", 1)[0].decode()
    graph = None
    graph_section = elf.section(GRAPH_SECTION)
    if graph_section is not None:
        try:
            graph = EmbeddedGraph.parse(graph_section.data)
        except GraphSchemaError as error:
            raise ElfError(f"{name}: section '{GRAPH_SECTION}' is not a flowdsl graph "
                           f"({error}); the object is corrupted, rebuild it") from None
    btf, problem = _read_btf(elf, len(insns) // INSN_SIZE)
    return BpfObject(insns, license_text, graph, name, tuple(stats_refs), btf, problem)


def _read_btf(elf: _Elf, insn_count: int) -> tuple[ProgramBtf | None, str]:
    """The object's BTF for the program, or (None, why) when it has none or a broken one:
    the program loads without it either way (loader.py), so this is no ElfError."""
    btf, ext = elf.section(".BTF"), elf.section(".BTF.ext")
    if btf is None or ext is None:
        return None, "" if btf is None and ext is None else "only one of .BTF, .BTF.ext"
    sizes = {s.name: s.size for s in elf.sections}
    symbols: dict[str, int] = {}
    table = elf.section(".symtab")
    if table is not None:
        symbols = {sym: value for sym, info, value in elf.symbols(table)
                   if info & 0xF == STT_OBJECT}
    try:
        return program_btf(btf.data, ext.data, PROGRAM_SECTION, insn_count, sizes,
                           symbols), ""
    except BtfFormatError as error:
        return None, str(error)
