"""Pins in a BPF filesystem: the only way a link or map outlives the command that made it.

bpffs rules (kernel.md §4): it is found by its statfs magic; pin names may not contain
'.'; regular files cannot be created there; rename(2) over a pin is atomic, so a new
pin can replace an old one without a moment where neither exists.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
from pathlib import Path

from flowdsl.runtime.syscall import Fd, bpf
from flowdsl.runtime.uapi import Cmd, ObjPinAttr

from flowdsl.errors import AttachError, BpfError

BPF_FS_MAGIC = 0xCAFE4A11
DEFAULT_PIN_ROOT = "/sys/fs/bpf/flowdsl"
_libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)


class _StatFs(ctypes.Structure):
    _fields_ = [("f_type", ctypes.c_long), ("rest", ctypes.c_long * 15)]


def fs_magic(path: str | Path) -> int | None:
    buf = _StatFs()
    if _libc.statfs(str(path).encode(), ctypes.byref(buf)) != 0:
        return None
    return buf.f_type & 0xFFFFFFFF


def ensure_pin_root(root: str | Path) -> Path:
    """The pin root, created if missing, on a BPF filesystem, or an AttachError."""
    root = Path(root)
    parent = next((p for p in (root, *root.parents) if p.exists()), Path("/"))
    if fs_magic(parent) != BPF_FS_MAGIC:
        raise AttachError(
            f"{parent} is not a BPF filesystem, so {root} cannot hold pins; mount one "
            "(e.g. mount -t bpf bpf /sys/fs/bpf) and use a pin root inside it (--pin-root)")
    root.mkdir(parents=True, exist_ok=True)
    return root


def pin(fd: int, path: str | Path) -> None:
    buf = ctypes.create_string_buffer(str(path).encode())
    bpf(Cmd.OBJ_PIN, ObjPinAttr(pathname=ctypes.addressof(buf), bpf_fd=fd), f"pin {path}")


def get(path: str | Path) -> Fd:
    buf = ctypes.create_string_buffer(str(path).encode())
    return Fd(bpf(Cmd.OBJ_GET, ObjPinAttr(pathname=ctypes.addressof(buf)), f"open {path}"))


def get_if_pinned(path: str | Path) -> Fd | None:
    try:
        return get(path)
    except BpfError as error:
        if error.errno == errno.ENOENT:
            return None
        raise


def replace_pin(fd: int, path: Path) -> None:
    """Pin ``fd`` at ``path``, atomically replacing what is pinned there."""
    staging = path.with_name(path.name + "_new")
    if staging.exists():
        staging.unlink()
    pin(fd, staging)
    os.rename(staging, path)


def remove(path: Path) -> None:
    path.unlink(missing_ok=True)
