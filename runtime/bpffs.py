"""Pins in a BPF filesystem: the only way a link or map outlives the command that made it.

bpffs rules (kernel.md §4): it is found by its statfs magic; pin names may not contain
'.'; regular files cannot be created there; rename(2) over a pin is atomic, so a new
pin can replace an old one without a moment where neither exists.

Trust: a bpffs is usually mode 1777, so any user can create directories, pins and
symbolic links in it. flowdsl trusts a directory only if it belongs to the user running
flowdsl (root) and no one else can write to it (its ancestors in the bpffs likewise, or
sticky), and never opens a pin through a symbolic link; then nothing in it can be
planted, renamed or swapped by anyone else, and what a pin holds is checked by kind
(map, link) and shape before it is used.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import os
import stat
from pathlib import Path

from flowdsl.runtime.syscall import Fd, bpf
from flowdsl.runtime.trust import distrust
from flowdsl.runtime.uapi import Cmd, ObjPinAttr

from flowdsl.errors import AttachError, BpfError

BPF_FS_MAGIC = 0xCAFE4A11
DEFAULT_PIN_ROOT = "/sys/fs/bpf/flowdsl"
_libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)


class _StatFs(ctypes.Structure):
    _fields_ = [("f_type", ctypes.c_long), ("rest", ctypes.c_long * 15)]


def fs_magic(path: str | Path | int) -> int | None:
    """The filesystem type of a path, or of an open file descriptor (an ``O_PATH``
    directory that was opened without following links)."""
    buf = _StatFs()
    done = (_libc.fstatfs(path, ctypes.byref(buf)) if isinstance(path, int)
            else _libc.statfs(str(path).encode(), ctypes.byref(buf)))
    if done != 0:
        return None
    return int(buf.f_type) & 0xFFFFFFFF


def ensure_pin_root(root: str | Path) -> Path:
    """The pin root, created if missing (mode 0700), on a BPF filesystem, checked to be
    ours (see the top), or an AttachError."""
    root = Path(os.path.abspath(root))
    _refuse_link(root)
    parent = next((p for p in (root, *root.parents) if p.exists()), Path("/"))
    if fs_magic(parent) != BPF_FS_MAGIC:
        raise AttachError(
            f"{parent} is not a BPF filesystem, so {root} cannot hold pins; mount one "
            "(e.g. mount -t bpf bpf /sys/fs/bpf) and use a pin root inside it (--pin-root)")
    _check_bpffs_parents(root)
    make_private_dir(root, "the pin root")
    return root


def check_pin_root(root: str | Path) -> Path | None:
    """The pin root if it exists, checked as ``ensure_pin_root`` checks it (None if it
    does not exist: nothing was deployed there); for commands that only read."""
    root = Path(os.path.abspath(root))
    if not os.path.lexists(root):
        return None
    _refuse_link(root)
    if fs_magic(root) != BPF_FS_MAGIC:
        raise AttachError(f"{root} is not on a BPF filesystem, so it holds no deployments; "
                          "give the --pin-root that `flowdsl load` used")
    _check_bpffs_parents(root)
    check_directory(root, "the pin root")
    return root


def _refuse_link(root: Path) -> None:
    """A pin root that is a symbolic link is refused as one first: the filesystem test
    follows it, and would only say that where it leads is no BPF filesystem."""
    if os.path.islink(root):
        check_directory(root, "the pin root")  # says it is a link, and what to do


def _check_bpffs_parents(root: Path) -> None:
    """Every existing directory above the pin root on the BPF filesystem is checked as
    a shared one (``check_directory``): else another user could swap the pin root for
    theirs."""
    for ancestor in reversed(root.parents):
        if ancestor.exists() and fs_magic(ancestor) == BPF_FS_MAGIC:
            check_directory(ancestor, "the pin root's parent", shared=True)


def make_private_dir(path: Path, what: str) -> None:
    """``path`` as a directory only flowdsl's user can change: made with mode 0700 if
    missing (parents too), refused if someone else made it."""
    if not path.parent.exists():
        make_private_dir(path.parent, what + "'s parent")
    with contextlib.suppress(FileExistsError):
        os.mkdir(path, 0o700)
    check_directory(path, what)


def check_directory(path: Path, what: str, shared: bool = False) -> None:
    """Refuse a directory that is a symbolic link, belongs to another user, or that group
    or others may write (``shared``: unless sticky, as a bpffs mount is: then others
    cannot rename or remove what is ours in it)."""
    try:
        st = os.lstat(path)
    except OSError as error:
        raise AttachError(f"cannot inspect {what} {path}: {error.strerror}") from None
    if stat.S_ISLNK(st.st_mode):
        raise AttachError(f"{what} {path} is a symbolic link; flowdsl does not follow links "
                          "in a bpffs, where any user may plant one: remove it, or choose "
                          "another --pin-root")
    if not stat.S_ISDIR(st.st_mode):
        raise AttachError(f"{what} {path} is not a directory; remove it or choose another "
                          "--pin-root")
    problem = distrust(st, os.geteuid(), shared)
    if problem is not None:
        raise AttachError(f"{what} {path} {problem.text}: " + (
            "another user made it and could change what flowdsl attaches; remove it "
            f"(rm -r {path}) and run again, or choose another --pin-root"
            if problem.owned_by_other else f"they could replace its pins: chmod go-w {path}"))


def pin(fd: int, path: str | Path) -> None:
    buf = ctypes.create_string_buffer(str(path).encode())
    bpf(Cmd.OBJ_PIN, ObjPinAttr(pathname=ctypes.addressof(buf), bpf_fd=fd), f"pin {path}")


def get(path: str | Path) -> Fd:
    buf = ctypes.create_string_buffer(str(path).encode())
    return Fd(bpf(Cmd.OBJ_GET, ObjPinAttr(pathname=ctypes.addressof(buf)), f"open {path}"))


KINDS = {"map": "anon_inode:bpf-map", "link": "anon_inode:bpf-link",
         "program": "anon_inode:bpf-prog"}


def get_if_pinned(path: str | Path, kind: str) -> Fd | None:
    """The object pinned at ``path`` (None if nothing is), which must be a ``kind``
    ("map", "link", "program"); a symbolic link or another kind is an AttachError."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(st.st_mode):
        raise AttachError(f"{path} is a symbolic link, not a pin flowdsl made; flowdsl does "
                          "not follow links in a bpffs: remove it")
    try:
        fd = get(path)
    except BpfError as error:
        if error.errno == errno.ENOENT:
            return None
        raise
    try:
        found = os.readlink(f"/proc/self/fd/{fd.fd}")
    except OSError:
        found = "?"
    if found != KINDS[kind]:
        fd.close()
        raise AttachError(f"{path} holds a {found.removeprefix('anon_inode:')}, not the "
                          f"{kind} flowdsl pins there: someone else made it; remove it")
    return fd


def replace_pin(fd: int, path: Path) -> None:
    """Pin ``fd`` at ``path``, atomically replacing what is pinned there."""
    staging = path.with_name(path.name + "_new")
    if staging.exists():
        staging.unlink()
    pin(fd, staging)
    os.rename(staging, path)


def remove(path: Path) -> None:
    path.unlink(missing_ok=True)
