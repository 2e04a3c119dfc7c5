"""An object's BTF and the program's func_info and line_info, as the kernel takes them.

``.BTF`` is the type and string table (include/uapi/linux/btf.h); ``.BTF.ext`` holds per
code section the func_info records (insn_off, type_id) and line_info records (insn_off,
file_name_off, line_off, line_col) with ``insn_off`` in bytes within the section. The
kernel wants instruction indexes into the loaded program; flowdsl's program is its
section's only function, so the index is ``insn_off / 8`` (what libbpf's
``adjust_prog_btf_ext_info`` computes for a program at the start of its section).

Before ``BPF_BTF_LOAD`` libbpf fixes up what the compiler cannot know (``btf_fixup_datasec``
in libbpf.c): a DATASEC's size is its ELF section's size and each variable's offset its
symbol's value. flowdsl's objects have no global with debug info, so no DATASEC; the
fix-up is here for objects that have one. Pure: parsing only, no kernel (loader.py loads).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

BTF_MAGIC = 0xEB9F
BTF_VERSION = 1
_HEADER = struct.Struct("<HBBIIIII")  # magic, version, flags, hdr_len, type/str off+len
_EXT_HEADER = struct.Struct("<HBBIIIII")  # magic, version, flags, hdr_len, func/line off+len
_TYPE = struct.Struct("<III")  # name_off, info, size_or_type
FUNC_INFO_MIN = 8  # struct bpf_func_info
LINE_INFO_MIN = 16  # struct bpf_line_info
INSN_SIZE = 8

KIND_INT, KIND_PTR, KIND_ARRAY, KIND_STRUCT, KIND_UNION, KIND_ENUM, KIND_FWD = range(1, 8)
KIND_TYPEDEF, KIND_VOLATILE, KIND_CONST, KIND_RESTRICT, KIND_FUNC, KIND_FUNC_PROTO = range(8, 14)
KIND_VAR, KIND_DATASEC, KIND_FLOAT, KIND_DECL_TAG, KIND_TYPE_TAG, KIND_ENUM64 = range(14, 20)
BTF_VAR_STATIC = 0


def _trailing(kind: int, vlen: int) -> int:
    """Bytes after struct btf_type for a type of this kind (btf.h)."""
    if kind in (KIND_INT, KIND_VAR, KIND_DECL_TAG):
        return 4
    if kind == KIND_ARRAY:
        return 12
    if kind in (KIND_STRUCT, KIND_UNION, KIND_DATASEC, KIND_ENUM64):
        return 12 * vlen
    if kind in (KIND_ENUM, KIND_FUNC_PROTO):
        return 8 * vlen
    if kind in (KIND_PTR, KIND_FWD, KIND_TYPEDEF, KIND_VOLATILE, KIND_CONST, KIND_RESTRICT,
                KIND_FUNC, KIND_FLOAT, KIND_TYPE_TAG):
        return 0
    raise BtfFormatError(f"unknown BTF kind {kind}")


class BtfFormatError(ValueError):
    """The object's .BTF or .BTF.ext is not what btf.h describes."""


@dataclass(frozen=True)
class LineInfo:
    """One line_info record, resolved: instruction index, file, line and its text."""

    insn: int
    file: str
    line: int
    column: int
    text: str

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class ProgramBtf:
    """What BPF_BTF_LOAD and BPF_PROG_LOAD take for the program: the (fixed-up) .BTF
    and the func_info and line_info records with instruction indexes."""

    data: bytes
    func_info_rec_size: int
    func_info: bytes
    line_info_rec_size: int
    line_info: bytes
    lines: tuple[LineInfo, ...]

    @property
    def func_info_cnt(self) -> int:
        return len(self.func_info) // self.func_info_rec_size

    @property
    def line_info_cnt(self) -> int:
        return len(self.line_info) // self.line_info_rec_size


class _Btf:
    def __init__(self, data: bytes) -> None:
        if len(data) < _HEADER.size:
            raise BtfFormatError(".BTF is shorter than its header")
        magic, version, _, hdr_len, type_off, type_len, str_off, str_len = \
            _HEADER.unpack_from(data)
        if magic != BTF_MAGIC or version != BTF_VERSION:
            raise BtfFormatError(f".BTF magic {magic:#x} version {version}: not BTF v1 "
                                 "little-endian")
        if hdr_len < _HEADER.size or hdr_len + max(type_off + type_len, str_off + str_len) \
                > len(data):
            raise BtfFormatError(".BTF sections lie outside it")
        self.data = bytearray(data)
        self.types_at = hdr_len + type_off
        self.types_end = self.types_at + type_len
        self.strings = bytes(data[hdr_len + str_off:hdr_len + str_off + str_len])
        if not self.strings or self.strings[0] != 0 or self.strings[-1] != 0:
            raise BtfFormatError(".BTF string table is not NUL-delimited")

    def string(self, offset: int) -> str:
        if offset >= len(self.strings):
            raise BtfFormatError(f"string offset {offset} past the string table")
        end = self.strings.index(b"\0", offset)
        return self.strings[offset:end].decode(errors="replace")

    def types(self) -> list[tuple[int, int, int, int]]:
        """(offset in data, kind, vlen, name_off) of every type, in id order from 1."""
        found, at = [], self.types_at
        while at < self.types_end:
            if at + _TYPE.size > self.types_end:
                raise BtfFormatError("a BTF type runs past the type section")
            name_off, info, _ = _TYPE.unpack_from(self.data, at)
            kind, vlen = (info >> 24) & 0x1F, info & 0xFFFF
            found.append((at, kind, vlen, name_off))
            at += _TYPE.size + _trailing(kind, vlen)
        if at != self.types_end:
            raise BtfFormatError("the last BTF type runs past the type section")
        return found

    def fixup_datasec(self, section_sizes: dict[str, int], symbols: dict[str, int]) -> None:
        """libbpf's btf_fixup_datasec: DATASEC sizes and non-static variable offsets."""
        types = self.types()
        for at, kind, vlen, name_off in types:
            if kind != KIND_DATASEC:
                continue
            name = self.string(name_off)
            size = section_sizes.get(name)
            if size is None:
                raise BtfFormatError(f"DATASEC {name!r} names no section of the object")
            struct.pack_into("<I", self.data, at + 8, size)
            for index in range(vlen):
                entry = at + _TYPE.size + 12 * index
                var_id = struct.unpack_from("<I", self.data, entry)[0]
                if not 1 <= var_id <= len(types) or types[var_id - 1][1] != KIND_VAR:
                    raise BtfFormatError(f"DATASEC {name!r} entry {index} is not a VAR")
                var_at, _, _, var_name = types[var_id - 1]
                linkage = struct.unpack_from("<I", self.data, var_at + _TYPE.size)[0]
                if linkage == BTF_VAR_STATIC:
                    continue
                offset = symbols.get(self.string(var_name))
                if offset is None:
                    raise BtfFormatError(f"VAR {self.string(var_name)!r} has no symbol")
                struct.pack_into("<I", self.data, entry + 4, offset)


def _ext_records(ext: bytes, offset: int, length: int, min_rec: int, section: str,
                 btf: _Btf) -> tuple[int, list[bytes]]:
    """(rec_size, records) of one .BTF.ext info block for ``section``."""
    if length == 0:
        return min_rec, []
    if offset + length > len(ext) or length < 4:
        raise BtfFormatError(".BTF.ext info lies outside it")
    rec_size = struct.unpack_from("<I", ext, offset)[0]
    if rec_size < min_rec or rec_size % 4:
        raise BtfFormatError(f".BTF.ext record size {rec_size} (at least {min_rec})")
    at, end = offset + 4, offset + length
    records: list[bytes] = []
    while at < end:
        if at + 8 > end:
            raise BtfFormatError(".BTF.ext section header runs past its info")
        name_off, count = struct.unpack_from("<II", ext, at)
        at += 8
        if at + count * rec_size > end:
            raise BtfFormatError(".BTF.ext records run past their info")
        if btf.string(name_off) == section:
            records.extend(ext[at + i * rec_size:at + (i + 1) * rec_size]
                           for i in range(count))
        at += count * rec_size
    return rec_size, records


def _in_insns(records: list[bytes], insn_count: int) -> bytes:
    """The records with insn_off turned from a byte offset into an instruction index."""
    out = bytearray()
    for record in records:
        insn_off = struct.unpack_from("<I", record)[0]
        if insn_off % INSN_SIZE or insn_off // INSN_SIZE >= insn_count:
            raise BtfFormatError(f".BTF.ext insn_off {insn_off} is not an instruction of "
                                 "the program")
        out += struct.pack("<I", insn_off // INSN_SIZE) + record[4:]
    return bytes(out)


def program_btf(btf_data: bytes, ext_data: bytes, section: str, insn_count: int,
                section_sizes: dict[str, int] | None = None,
                symbols: dict[str, int] | None = None) -> ProgramBtf:
    """The BTF and the func/line info of the program in ``section``; raises
    BtfFormatError for anything btf.h does not describe."""
    btf = _Btf(btf_data)
    btf.fixup_datasec(section_sizes or {}, symbols or {})
    if len(ext_data) < _EXT_HEADER.size:
        raise BtfFormatError(".BTF.ext is shorter than its header")
    magic, version, _, hdr_len, func_off, func_len, line_off, line_len = \
        _EXT_HEADER.unpack_from(ext_data)
    if magic != BTF_MAGIC or version != BTF_VERSION or hdr_len < _EXT_HEADER.size:
        raise BtfFormatError(".BTF.ext is not BTF.ext v1 little-endian")
    func_size, funcs = _ext_records(ext_data, hdr_len + func_off, func_len, FUNC_INFO_MIN,
                                    section, btf)
    line_size, lines = _ext_records(ext_data, hdr_len + line_off, line_len, LINE_INFO_MIN,
                                    section, btf)
    func_info = _in_insns(funcs, insn_count)
    line_info = _in_insns(lines, insn_count)
    resolved = []
    for index in range(0, len(line_info), line_size):
        insn, file_off, text_off, line_col = struct.unpack_from("<IIII", line_info, index)
        resolved.append(LineInfo(insn, btf.string(file_off), line_col >> 10,
                                 line_col & 0x3FF, btf.string(text_off).strip()))
    return ProgramBtf(bytes(btf.data), func_size, func_info, line_size, line_info,
                      tuple(resolved))


def line_at(lines: tuple[LineInfo, ...] | list[LineInfo], insn: int) -> LineInfo | None:
    """The line info in force at instruction ``insn``: the last one at or before it."""
    best = None
    for line in lines:
        if line.insn > insn:
            break
        best = line
    return best
