"""Read a BPF flow dissector object file with pyelftools: pure, no kernel.

Accepts what flowdsl emits (and what clang emits for a map-less program): a little-endian
ELF64 relocatable for EM_BPF with a ``flow_dissector`` code section and a ``license``
section. Anything else raises ElfError naming the problem.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from elftools.common.exceptions import ELFError as PyElfError
from elftools.elf.elffile import ELFFile
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

EM_BPF = "EM_BPF"
INSN_SIZE = 8
R_BPF_64_64 = 1  # a 64-bit immediate load (ld_imm64) of a symbol's address


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
    try:
        return _read(data, name)
    except ElfError:
        raise
    except (PyElfError, ValueError, KeyError, IndexError, UnicodeDecodeError) as error:
        raise ElfError(f"{name}: not a readable ELF object ({error}); rebuild it with "
                       "`flowdsl build`") from None


def _read(data: bytes, name: str) -> BpfObject:
    if data[:4] != b"\x7fELF":
        raise ElfError(f"{name}: not an ELF file (no \\x7fELF magic); give an object "
                       "written by `flowdsl build -o`")
    elf = ELFFile(io.BytesIO(data))
    if elf.elfclass != 64 or not elf.little_endian:
        raise ElfError(f"{name}: must be a 64-bit little-endian (bpfel) object")
    machine = elf["e_machine"]
    if machine != EM_BPF:
        raise ElfError(f"{name}: built for {machine}, not for BPF (EM_BPF); "
                       "compile for the bpf target")
    section = elf.get_section_by_name(PROGRAM_SECTION)
    if section is None:
        raise ElfError(f"{name}: no '{PROGRAM_SECTION}' section, so no flow dissector "
                       "program; the program must be in SEC(\"flow_dissector\")")
    insns = section.data()
    if not insns or len(insns) % INSN_SIZE:
        raise ElfError(f"{name}: section '{PROGRAM_SECTION}' is {len(insns)} bytes, not a "
                       "whole number of 8-byte BPF instructions")
    stats_refs = []
    for rel_name in (".rel" + PROGRAM_SECTION, ".rela" + PROGRAM_SECTION):
        rel = elf.get_section_by_name(rel_name)
        if rel is None:
            continue
        symbols = elf.get_section(rel["sh_link"])
        for reloc in rel.iter_relocations():  # type: ignore[attr-defined]
            symbol = symbols.get_symbol(reloc["r_info_sym"]).name  # type: ignore[attr-defined]
            offset = reloc["r_offset"]
            if reloc["r_info_type"] != R_BPF_64_64 or symbol != STATS_MAP or \
                    offset % INSN_SIZE or offset >= len(insns):
                raise ElfError(f"{name}: relocation against {symbol!r} (type "
                               f"{reloc['r_info_type']}) at byte {offset} of "
                               f"'{PROGRAM_SECTION}'; this loader resolves only the "
                               f"'{STATS_MAP}' map of `flowdsl build --stats`")
            stats_refs.append(offset // INSN_SIZE)
    lic = elf.get_section_by_name(LICENSE_SECTION)
    if lic is None:
        raise ElfError(f"{name}: no '{LICENSE_SECTION}' section; flow dissectors need a "
                       "GPL-compatible license string")
    license_text = lic.data().split(b"\0", 1)[0].decode()
    graph = None
    graph_section = elf.get_section_by_name(GRAPH_SECTION)
    if graph_section is not None:
        try:
            graph = EmbeddedGraph.parse(graph_section.data())
        except GraphSchemaError as error:
            raise ElfError(f"{name}: section '{GRAPH_SECTION}' is not a flowdsl graph "
                           f"({error}); the object is corrupted, rebuild it") from None
    btf, problem = _read_btf(elf, len(insns) // INSN_SIZE)
    return BpfObject(insns, license_text, graph, name, tuple(stats_refs), btf, problem)


def _read_btf(elf: ELFFile, insn_count: int) -> tuple[ProgramBtf | None, str]:
    """The object's BTF for the program, or (None, why) when it has none or a broken one:
    the program loads without it either way (loader.py), so this is no ElfError."""
    btf, ext = elf.get_section_by_name(".BTF"), elf.get_section_by_name(".BTF.ext")
    if btf is None or ext is None:
        return None, "" if btf is None and ext is None else "only one of .BTF, .BTF.ext"
    sizes = {s.name: s["sh_size"] for s in elf.iter_sections()}
    symbols: dict[str, int] = {}
    table = elf.get_section_by_name(".symtab")
    if table is not None:
        symbols = {sym.name: sym["st_value"] for sym in table.iter_symbols()  # type: ignore[attr-defined]
                   if sym["st_info"]["type"] == "STT_OBJECT"}
    try:
        return program_btf(btf.data(), ext.data(), PROGRAM_SECTION, insn_count, sizes,
                           symbols), ""
    except BtfFormatError as error:
        return None, str(error)
