"""BPF_PROG_LOAD with the verifier log kept, and bpf_prog_info figures.

An object with BTF (every flowdsl build) is loaded with it: BPF_BTF_LOAD, then
BPF_PROG_LOAD with the BTF fd, func_info and line_info (runtime/btf.py), so the verifier
log and ``bpftool prog dump xlated id N linum`` name the spec line of each instruction,
and a rejection is reported at the spec line the verifier stopped at. A kernel that
refuses the BTF gets the program without it, and a warning (once per process).
"""

from __future__ import annotations

import ctypes
import errno as errno_codes
import os
import re
import sys
from dataclasses import dataclass

from flowdsl.dsl.abi import STATS_MAP
from flowdsl.runtime.btf import LineInfo, ProgramBtf, line_at
from flowdsl.runtime.elf import INSN_SIZE, BpfObject
from flowdsl.runtime.maps import create_array
from flowdsl.runtime.syscall import Fd, bpf
from flowdsl.runtime.uapi import (
    AttachType,
    BtfLoadAttr,
    Cmd,
    InfoByFdAttr,
    MapType,
    ProgInfo,
    ProgLoadAttr,
    ProgType,
)

from flowdsl.errors import BpfError, ElfError, VerifierError

LOG_SIZE_START = 1 << 20
LOG_SIZE_MAX = 1 << 30  # the kernel's own cap on log_size
BTF_LOG_SIZE = 1 << 16
PROGRAM_NAME = "flowdsl"  # what every program's name starts with (bpftool prog show)
_NAME_CHARS = re.compile(r"[^A-Za-z0-9_.]")  # what the kernel takes in an object name
_warned: set[str] = set()  # warnings given in this process (each once)


@dataclass(frozen=True)
class ProgramInfo:
    id: int
    tag: str
    name: str
    verified_insns: int
    xlated_bytes: int
    jited_bytes: int
    load_time_ns: int  # since boot
    prog_type: int = 0
    btf_id: int = 0  # 0: loaded without BTF
    nr_func_info: int = 0
    nr_line_info: int = 0

    @property
    def xlated_insns(self) -> int:
        return self.xlated_bytes // 8


class Program:
    """A loaded program: its fd (closed on ``close()``), the kernel's figures, and the
    maps it uses (``stats``, for objects built with --stats)."""

    def __init__(self, fd: Fd, info: ProgramInfo, log: str,
                 maps: dict[str, Fd] | None = None) -> None:
        self.fd = fd
        self.info = info
        self.log = log
        self.maps = maps or {}
        self.stats_slots: list[str] | None = None  # what each counter of maps["stats"] counts

    def close(self) -> None:
        self.fd.close()
        for fd in self.maps.values():
            fd.close()

    def __enter__(self) -> Program:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def warn_once(key: str, message: str) -> None:
    """``message`` on stderr, the first time ``key`` comes up in this process."""
    if key not in _warned:
        _warned.add(key)
        print(f"flowdsl: warning: {message}", file=sys.stderr)


def load_btf(data: bytes) -> Fd:
    """BPF_BTF_LOAD; a refusal is a BpfError with the kernel's BTF log as its detail."""
    buf = ctypes.create_string_buffer(data, len(data))
    attr = BtfLoadAttr(btf=ctypes.addressof(buf), btf_size=len(data))
    try:
        return Fd(bpf(Cmd.BTF_LOAD, attr))
    except BpfError as error:
        if error.errno in (errno_codes.EPERM, errno_codes.EACCES):
            raise
        log = ctypes.create_string_buffer(BTF_LOG_SIZE)
        attr.btf_log_buf, attr.btf_log_size, attr.btf_log_level = \
            ctypes.addressof(log), BTF_LOG_SIZE, 1
        try:
            return Fd(bpf(Cmd.BTF_LOAD, attr))  # accepted now: keep it
        except BpfError as again:
            text = log.value.decode(errors="replace").strip().splitlines()
            raise BpfError(again.errno or errno_codes.EINVAL, "BTF_LOAD",
                           text[-1] if text else "",
                           hint="") from None


@dataclass
class _BtfArgs:
    """The BTF part of a PROG_LOAD: the BTF fd and the buffers the attr points at."""

    fd: Fd
    btf: ProgramBtf

    def __post_init__(self) -> None:
        self.func_info = ctypes.create_string_buffer(self.btf.func_info,
                                                     max(len(self.btf.func_info), 1))
        self.line_info = ctypes.create_string_buffer(self.btf.line_info,
                                                     max(len(self.btf.line_info), 1))

    def fill(self, attr: ProgLoadAttr) -> None:
        attr.prog_btf_fd = self.fd.fd
        if self.btf.func_info:
            attr.func_info_rec_size = self.btf.func_info_rec_size
            attr.func_info = ctypes.addressof(self.func_info)
            attr.func_info_cnt = self.btf.func_info_cnt
        if self.btf.line_info:
            attr.line_info_rec_size = self.btf.line_info_rec_size
            attr.line_info = ctypes.addressof(self.line_info)
            attr.line_info_cnt = self.btf.line_info_cnt


def _load(insns: bytes, license: str, name: str, prog_type: ProgType,
          attach_type: int, log_level: int, log_size: int,
          btf: _BtfArgs | None = None) -> tuple[int, str]:
    insn_buf = ctypes.create_string_buffer(insns, len(insns))
    lic = ctypes.create_string_buffer(license.encode())
    log = ctypes.create_string_buffer(log_size) if log_level else None
    attr = ProgLoadAttr(
        prog_type=prog_type, insn_cnt=len(insns) // 8, insns=ctypes.addressof(insn_buf),
        license=ctypes.addressof(lic), log_level=log_level,
        log_size=log_size if log else 0, log_buf=ctypes.addressof(log) if log else 0,
        prog_name=name.encode()[:15], expected_attach_type=attach_type,
    )
    if btf is not None:
        btf.fill(attr)
    try:
        fd = bpf(Cmd.PROG_LOAD, attr)
    except BpfError as error:
        text = log.value.decode(errors="replace") if log else ""
        error.verifier_log = text  # type: ignore[attr-defined]
        raise
    return fd, log.value.decode(errors="replace") if log else ""


def summarize_log(log: str) -> str:
    """The verifier's complaint: the last lines before its statistics."""
    lines = [ln for ln in log.strip().splitlines() if ln.strip()]
    while lines and re.match(r"(processed \d+ insns|verification time|stack depth)", lines[-1]):
        lines.pop()
    return " / ".join(lines[-2:]) if lines else "no verifier log"


# "; <source text> @ <file>:<line>": the verifier's note of the line info of the
# instructions after it (Linux 6.7+; older kernels print "; <source text>" alone)
_LINE_NOTE = re.compile(r"^; (?P<text>.*?)(?: @ (?P<file>\S+):(?P<line>\d+))?$")
_INSN = re.compile(r"^(?P<index>\d+): \([0-9a-f]{2}\)")


def rejected_at(log: str, lines: tuple[LineInfo, ...] = ()) -> LineInfo | None:
    """The source line of the instruction the verifier stopped at (the log of a
    rejection ends on the path that failed, with the failing instruction last): the
    program's own line info at the last instruction index the log shows, which names
    the file as the object does (the kernel's notes give only its base name); without
    it, the last line-info note of the log."""
    note: LineInfo | None = None
    last_insn: int | None = None
    for raw in log.splitlines():
        if (insn := _INSN.match(raw)) is not None:
            last_insn = int(insn["index"])
        elif (found := _LINE_NOTE.match(raw)) is not None and raw != ";":
            line = int(found["line"]) if found["line"] else 0
            note = LineInfo(-1, found["file"] or "", line, 0, found["text"].strip())
    own = line_at(lines, last_insn) if last_insn is not None and lines else None
    if own is not None:
        return own
    return note if note is not None and note.file else None


def load_insns(insns: bytes, license: str = "GPL", name: str = PROGRAM_NAME,
               prog_type: ProgType = ProgType.FLOW_DISSECTOR,
               attach_type: int = AttachType.FLOW_DISSECTOR,
               btf: ProgramBtf | None = None) -> Program:
    """Load a program (with ``btf``, its BTF and line info, when the kernel takes them);
    on rejection raise VerifierError with the full log kept and, with line info, the
    spec line the verifier stopped at."""
    args = _btf_args(btf) if btf is not None else None
    try:
        try:
            fd, log = _load(insns, license, name, prog_type, attach_type, 0, 0, args)
        except BpfError as error:
            if error.errno not in (errno_codes.EINVAL, errno_codes.EACCES, errno_codes.E2BIG,
                                   errno_codes.ENOSPC):
                raise
            if args is not None:  # the line info, or the program? Without it, once.
                try:
                    fd, log = _load(insns, license, name, prog_type, attach_type, 0, 0)
                except BpfError:
                    pass
                else:
                    warn_once("btf", "the kernel refused the program's BTF line info ("
                              f"{_btf_refusal(insns, license, name, prog_type, attach_type, args)}"
                              "): loaded without it, so verifier logs and bpftool show no "
                              "spec lines")
                    args.fd.close()
                    args = None
                    return _program(fd, log)
            raise _rejection(insns, license, name, prog_type, attach_type, args) from None
    finally:
        if args is not None:
            args.fd.close()  # the program holds its own reference to the BTF
    return _program(fd, log)


def _btf_args(btf: ProgramBtf) -> _BtfArgs | None:
    try:
        return _BtfArgs(load_btf(btf.data), btf)
    except BpfError as error:
        if error.errno in (errno_codes.EPERM, errno_codes.EACCES):
            return None  # PROG_LOAD will say what is missing
        warn_once("btf", f"the kernel refused the program's BTF ({error}): loading it "
                  "without, so verifier logs and bpftool show no spec lines")
        return None


def _btf_refusal(insns: bytes, license: str, name: str, prog_type: ProgType,
                 attach_type: int, args: _BtfArgs) -> str:
    """Why the kernel refuses the func/line info: the last line of its log (the kernel
    checks them before it verifies anything, so the log is short)."""
    try:
        Fd(_load(insns, license, name, prog_type, attach_type, 1, BTF_LOG_SIZE, args)[0]).close()
    except BpfError as error:
        log = getattr(error, "verifier_log", "")
        return summarize_log(log) if log.strip() else \
            os.strerror(error.errno or errno_codes.EINVAL)
    return "refused once, then accepted"


def _rejection(insns: bytes, license: str, name: str, prog_type: ProgType,
               attach_type: int, args: _BtfArgs | None) -> BpfError:
    """Load again with a log to explain the rejection: the VerifierError (or the error
    the kernel gives then)."""
    size = LOG_SIZE_START
    while True:
        try:
            fd, _ = _load(insns, license, name, prog_type, attach_type, 1, size, args)
        except BpfError as again:
            if again.errno == errno_codes.ENOSPC and size < LOG_SIZE_MAX:
                size *= 4
                continue
            log = getattr(again, "verifier_log", "")
            if not log:
                return again
            where = rejected_at(log, args.btf.lines if args is not None else ())
            return VerifierError(again.errno or errno_codes.EINVAL, log, summarize_log(log),
                                 where.location if where is not None else None,
                                 where.text if where is not None else "")
        # accepted with a log (a flaky first refusal): nothing to explain
        Fd(fd).close()
        return BpfError(errno_codes.EAGAIN, "PROG_LOAD", "refused, then accepted on retry")


def _program(fd: int, log: str) -> Program:
    owned = Fd(fd)
    return Program(owned, prog_info(owned.fd), log)


BPF_PSEUDO_MAP_FD = 1  # src_reg of an ld_imm64 whose imm is a map fd


def program_name(obj: BpfObject) -> str:
    """``flowdsl_<profile>`` (``bpftool prog show`` says what it is), at most 15 chars."""
    profile = obj.graph.profile if obj.graph is not None else ""
    name = f"{PROGRAM_NAME}_{_NAME_CHARS.sub('_', profile)}" if profile else PROGRAM_NAME
    return name[:15]


def load_object(obj: BpfObject, name: str | None = None) -> Program:
    """Load an object (named ``program_name(obj)`` unless ``name``), with its BTF when
    it has some; one built with --stats gets a fresh counters map."""
    name = name or program_name(obj)
    if obj.btf_problem:
        warn_once("btf", f"{obj.name}: its BTF is unusable ({obj.btf_problem}): loading it "
                  "without, so verifier logs and bpftool show no spec lines")
    if not obj.has_stats:
        return load_insns(obj.insns, obj.license, name, btf=obj.btf)
    if obj.graph is None:
        raise ElfError(f"{obj.name}: refers to the stats map but carries no parse graph to "
                       "size it; rebuild it with `flowdsl build --stats`")
    slots = obj.graph.stats_slots
    stats = create_array(STATS_MAP, 8, len(slots), MapType.PERCPU_ARRAY)  # u64 per slot
    insns = bytearray(obj.insns)
    for index in obj.stats_refs:
        at = index * INSN_SIZE
        insns[at + 1] = (BPF_PSEUDO_MAP_FD << 4) | (insns[at + 1] & 0x0F)
        insns[at + 4:at + 8] = stats.fd.to_bytes(4, "little")
    try:
        program = load_insns(bytes(insns), obj.license, name, btf=obj.btf)
    except BaseException:
        stats.close()
        raise
    program.maps["stats"] = stats
    program.stats_slots = slots
    return program


def prog_info(fd: int) -> ProgramInfo:
    info = ProgInfo()
    attr = InfoByFdAttr(bpf_fd=fd, info_len=ctypes.sizeof(info), info=ctypes.addressof(info))
    bpf(Cmd.OBJ_GET_INFO_BY_FD, attr)
    return ProgramInfo(
        id=info.id, tag=bytes(info.tag).hex(), name=info.name.decode(errors="replace"),
        verified_insns=info.verified_insns, xlated_bytes=info.xlated_prog_len,
        jited_bytes=info.jited_prog_len, load_time_ns=info.load_time, prog_type=info.type,
        btf_id=info.btf_id, nr_func_info=info.nr_func_info, nr_line_info=info.nr_line_info,
    )


def line_info(fd: int) -> list[tuple[int, int, int, int]]:
    """The program's line info as the kernel holds it: (insn_off, file_name_off,
    line_off, line_col) per record, offsets into the program's BTF strings."""
    count = prog_info(fd).nr_line_info
    record = ctypes.c_uint32 * 4
    buf = (record * max(count, 1))()
    info = ProgInfo(nr_line_info=count, line_info_rec_size=ctypes.sizeof(record),
                    line_info=ctypes.addressof(buf))
    attr = InfoByFdAttr(bpf_fd=fd, info_len=ctypes.sizeof(info), info=ctypes.addressof(info))
    bpf(Cmd.OBJ_GET_INFO_BY_FD, attr)
    return [(buf[i][0], buf[i][1], buf[i][2], buf[i][3]) for i in range(count)]
