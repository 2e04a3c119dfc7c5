"""A baseline for `flowdsl bench --baseline`: any flow dissector to measure beside flowdsl's.

Either a program pinned in a bpffs (such as the kernel's ``bpf_flow.c``, pinned by
``../shared/bench/anchor.sh``, with its tail-call table pinned beside it) or an object file
flowdsl can load.

A pin is opened with care, for a shared host where other users can write into a bpffs
(usually mode 1777) or into /tmp: every directory on the way is opened by itself
(``O_PATH | O_NOFOLLOW``) and must belong to root or to us; the one holding the pin may
not be writable by group or others at all, and the ones above it only if sticky (then no
one else can rename what is in them). The pin itself must not be a symbolic link and must
belong to root or to us, and it is opened relative to the checked directory's fd
(``BPF_F_PATH_FD``), so nothing can be swapped between the check and the open. What it
holds must be a program, of type ``BPF_PROG_TYPE_FLOW_DISSECTOR`` (``OBJ_GET_INFO_BY_FD``).
"""

from __future__ import annotations

import ctypes
import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from flowdsl.runtime import caps
from flowdsl.runtime.bpffs import BPF_FS_MAGIC, KINDS, fs_magic
from flowdsl.runtime.elf import read_elf
from flowdsl.runtime.loader import Program, ProgramInfo, load_object, prog_info
from flowdsl.runtime.syscall import Fd, bpf
from flowdsl.runtime.trust import distrust
from flowdsl.runtime.uapi import Cmd, ObjPinAttr, ProgType

from flowdsl.errors import AttachError, BpfError, ElfError

BPF_F_PATH_FD = 1 << 14  # OBJ_GET/OBJ_PIN: pathname is relative to path_fd (Linux 6.5)
MAX_OBJECT_BYTES = 64 << 20  # an object file larger than this is not a flow dissector

# enum bpf_prog_type (include/uapi/linux/bpf.h), to say what a pinned program is instead
PROG_TYPE_NAMES = (
    "unspec", "socket_filter", "kprobe", "sched_cls", "sched_act", "tracepoint", "xdp",
    "perf_event", "cgroup_skb", "cgroup_sock", "lwt_in", "lwt_out", "lwt_xmit", "sock_ops",
    "sk_skb", "cgroup_device", "sk_msg", "raw_tracepoint", "cgroup_sock_addr",
    "lwt_seg6local", "lirc_mode2", "sk_reuseport", "flow_dissector", "cgroup_sysctl",
    "raw_tracepoint_writable", "cgroup_sockopt", "tracing", "struct_ops", "ext", "lsm",
    "sk_lookup", "syscall", "netfilter")


def prog_type_name(prog_type: int) -> str:
    name = PROG_TYPE_NAMES[prog_type] if 0 <= prog_type < len(PROG_TYPE_NAMES) else "unknown"
    return f"{name} (type {prog_type})"


@dataclass
class Baseline:
    """An open baseline program: its fd (closed on ``close()``) and the kernel's figures."""

    source: str  # the path as given
    kind: str  # "pin" or "object"
    fd: Fd
    info: ProgramInfo
    program: Program | None = None  # when loaded here from an object

    def close(self) -> None:
        if self.program is not None:
            self.program.close()
        self.fd.close()

    def __enter__(self) -> Baseline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def to_dict(self) -> dict[str, object]:
        return {"source": self.source, "kind": self.kind, "id": self.info.id,
                "name": self.info.name, "tag": self.info.tag,
                "verified_insns": self.info.verified_insns,
                "xlated_bytes": self.info.xlated_bytes, "jited_bytes": self.info.jited_bytes}


def open_baseline(path: str) -> Baseline:
    """The flow dissector at ``path``: a pin in a bpffs (AttachError, exit 7, for any pin
    problem) or an object file (ElfError, exit 4); BpfError (exit 5) without the
    capabilities to measure anything."""
    lacking = caps.missing()
    if lacking:
        raise BpfError(errno.EPERM, "OBJ_GET", f"--baseline {path}: measuring a baseline "
                       f"needs CAP_BPF and CAP_NET_ADMIN, and this process lacks "
                       f"{' and '.join(lacking)}", hint="run as root (sudo flowdsl bench ...)")
    absolute = Path(os.path.abspath(path))
    on_bpffs = fs_magic(absolute.parent) == BPF_FS_MAGIC
    if not os.path.lexists(absolute):
        if on_bpffs:
            raise AttachError(f"--baseline {path}: nothing is pinned there; pin a flow "
                              "dissector there first (e.g. ../shared/bench/anchor.sh DIR "
                              "prints the path of the one it pins)")
        raise ElfError(f"--baseline {path}: no such file; give a program pinned in a bpffs "
                       "or an object file built by `flowdsl build` (or clang)")
    if on_bpffs:
        return _open_pin(path, absolute)
    return _load_object_file(path)


def _load_object_file(path: str) -> Baseline:
    try:
        # O_NONBLOCK: a FIFO at that path must not hang the command before the check
        with os.fdopen(os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC), "rb") as stream:
            if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
                raise ElfError(f"--baseline {path}: not a regular file; give a program "
                               "pinned in a bpffs or an object file")
            data = stream.read(MAX_OBJECT_BYTES + 1)
    except OSError as error:
        raise ElfError(f"--baseline {path}: cannot read it: {error.strerror}; give a "
                       "program pinned in a bpffs or a readable object file") from None
    if len(data) > MAX_OBJECT_BYTES:
        raise ElfError(f"--baseline {path}: larger than {MAX_OBJECT_BYTES >> 20} MiB, "
                       "not a flow dissector object")
    program = load_object(read_elf(data, f"--baseline {path}"), name="flowdsl_base")
    return Baseline(path, "object", program.fd, program.info, program)


def _open_pin(path: str, absolute: Path) -> Baseline:
    parts = absolute.parts[1:]
    dir_fd = os.open("/", os.O_PATH | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        here = Path("/")
        for index, part in enumerate(parts[:-1]):
            here = here / part
            parent_fd = dir_fd
            dir_fd = -1
            try:
                dir_fd = _open_dir(parent_fd, part, here, path, last=index == len(parts) - 2)
            finally:
                os.close(parent_fd)
        return _get_program(dir_fd, parts[-1], path)
    finally:
        if dir_fd >= 0:
            os.close(dir_fd)


def _open_dir(parent_fd: int, name: str, where: Path, given: str, last: bool) -> int:
    """``name`` under ``parent_fd``, opened without following a link and
    checked as the top of the module says."""
    try:
        st = os.stat(name, dir_fd=parent_fd, follow_symlinks=False)
        if stat.S_ISLNK(st.st_mode):
            raise AttachError(f"--baseline {given}: {where} is a symbolic link; flowdsl "
                              "does not follow links on the way to a pin, where another "
                              "user may have planted one: give the real path")
        fd = os.open(name, os.O_PATH | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC,
                     dir_fd=parent_fd)
    except OSError as error:
        raise AttachError(f"--baseline {given}: cannot open {where}: {error.strerror}"
                          ) from None
    problem = distrust(os.fstat(fd), os.geteuid(), sticky_ok=not last)
    if problem is not None:
        os.close(fd)
        holds = "the directory holding the pin" if last else "a directory above the pin"
        raise AttachError(f"--baseline {given}: {where}, {holds}, {problem.text}: another user "
                          "could put a program of theirs at that path; pin the baseline "
                          "in a directory only root can change (mkdir -m 700)")
    return fd


def _get_program(dir_fd: int, name: str, given: str) -> Baseline:
    if fs_magic(dir_fd) != BPF_FS_MAGIC:
        raise AttachError(f"--baseline {given}: its directory is not on a BPF filesystem")
    try:
        st = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
    except OSError as error:
        raise AttachError(f"--baseline {given}: {error.strerror}") from None
    if stat.S_ISLNK(st.st_mode):
        raise AttachError(f"--baseline {given} is a symbolic link, not a pin; flowdsl does "
                          "not follow links in a bpffs, where any user may plant one: give "
                          "the pin's own path")
    if stat.S_ISDIR(st.st_mode):
        raise AttachError(f"--baseline {given} is a directory; give the pinned entry "
                          "program in it (anchor.sh pins bpf_flow/_dissect)")
    euid = os.geteuid()
    if st.st_uid not in (euid, 0):
        raise AttachError(f"--baseline {given}: the pin belongs to uid {st.st_uid}, not to "
                          f"root or uid {euid}; flowdsl does not run another user's program")
    fd = _obj_get_at(dir_fd, name, given)
    try:
        found = os.readlink(f"/proc/self/fd/{fd.fd}")
    except OSError:
        found = "?"
    if found != KINDS["program"]:
        fd.close()
        raise AttachError(f"--baseline {given} holds a "
                          f"{found.removeprefix('anon_inode:').removeprefix('bpf-')}, not a "
                          "program; give the pinned flow dissector program")
    info = prog_info(fd.fd)
    if info.prog_type != ProgType.FLOW_DISSECTOR:
        fd.close()
        raise AttachError(f"--baseline {given} is a {prog_type_name(info.prog_type)} "
                          "program, not a flow dissector (flow_dissector, type 22): "
                          "BPF_PROG_TEST_RUN and the hook would measure something else")
    return Baseline(given, "pin", fd, info)


def _obj_get_at(dir_fd: int, name: str, given: str) -> Fd:
    buf = ctypes.create_string_buffer(name.encode())
    attr = ObjPinAttr(pathname=ctypes.addressof(buf), file_flags=BPF_F_PATH_FD,
                       path_fd=dir_fd)
    try:
        return Fd(bpf(Cmd.OBJ_GET, attr, f"open {given}"))
    except BpfError as error:
        if error.errno != errno.EINVAL:
            raise AttachError(f"--baseline {given}: cannot open the pin: {error}") from None
    # before Linux 6.5, no path_fd: the same directory through its fd's /proc link
    fallback = ctypes.create_string_buffer(f"/proc/self/fd/{dir_fd}/{name}".encode())
    old = ObjPinAttr(pathname=ctypes.addressof(fallback))
    try:
        return Fd(bpf(Cmd.OBJ_GET, old, f"open {given}"))
    except BpfError as error:
        raise AttachError(f"--baseline {given}: cannot open the pin: {error}") from None
