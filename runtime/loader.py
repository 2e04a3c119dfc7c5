"""BPF_PROG_LOAD with the verifier log kept, and bpf_prog_info figures."""

from __future__ import annotations

import ctypes
import errno as errno_codes
import re
from dataclasses import dataclass

from flowdsl.dsl.abi import STATS_MAP
from flowdsl.runtime.elf import INSN_SIZE, BpfObject
from flowdsl.runtime.maps import create_array
from flowdsl.runtime.syscall import Fd, bpf
from flowdsl.runtime.uapi import (
    AttachType,
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


def _load(insns: bytes, license: str, name: str, prog_type: ProgType,
          attach_type: int, log_level: int, log_size: int) -> tuple[int, str]:
    insn_buf = ctypes.create_string_buffer(insns, len(insns))
    lic = ctypes.create_string_buffer(license.encode())
    log = ctypes.create_string_buffer(log_size) if log_level else None
    attr = ProgLoadAttr(
        prog_type=prog_type, insn_cnt=len(insns) // 8, insns=ctypes.addressof(insn_buf),
        license=ctypes.addressof(lic), log_level=log_level,
        log_size=log_size if log else 0, log_buf=ctypes.addressof(log) if log else 0,
        prog_name=name.encode()[:15], expected_attach_type=attach_type,
    )
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


def load_insns(insns: bytes, license: str = "GPL", name: str = "flowdsl",
               prog_type: ProgType = ProgType.FLOW_DISSECTOR,
               attach_type: int = AttachType.FLOW_DISSECTOR) -> Program:
    """Load a program; on rejection raise VerifierError with the full log kept."""
    try:
        fd, log = _load(insns, license, name, prog_type, attach_type, 0, 0)
    except BpfError as error:
        if error.errno not in (errno_codes.EINVAL, errno_codes.EACCES, errno_codes.E2BIG,
                               errno_codes.ENOSPC):
            raise
        # Load again with a log to explain the rejection.
        size = LOG_SIZE_START
        while True:
            try:
                fd, log = _load(insns, license, name, prog_type, attach_type, 1, size)
                break  # accepted with a log (should not happen, but then it is loaded)
            except BpfError as again:
                if again.errno == errno_codes.ENOSPC and size < LOG_SIZE_MAX:
                    size *= 4
                    continue
                log = getattr(again, "verifier_log", "")
                if not log:
                    raise
                raise VerifierError(again.errno or errno_codes.EINVAL, log,
                                    summarize_log(log)) from None
    owned = Fd(fd)
    return Program(owned, prog_info(owned.fd), log)


BPF_PSEUDO_MAP_FD = 1  # src_reg of an ld_imm64 whose imm is a map fd


def load_object(obj: BpfObject, name: str = "flowdsl") -> Program:
    """Load an object; one built with --stats gets a fresh counters map."""
    if not obj.has_stats:
        return load_insns(obj.insns, obj.license, name)
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
        program = load_insns(bytes(insns), obj.license, name)
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
    )
