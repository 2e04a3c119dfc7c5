"""Network namespaces: the ones a user names for a deployment, and throwaway ones.

Throwaway namespaces serve kernel-side experiments (the hash oracle, the whole-path
benchmark): a thread unshares its own, anonymous network namespace, works there, and
ends; the kernel frees the namespace with the thread's last reference.

A flow dissector attached there only ever sees that thread's test runs: nothing else
on the host is affected, no name is created in /run/netns, and nothing is left behind
even if the process is killed.

None of this goes through pyroute2 (which ``paged`` uses to set its tap up): it has no
thread-scoped anonymous namespace (``netns.create`` names one in /run/netns from a
forked child, which a killed process would leave behind); naming, opening and checking
a namespace are an ``open`` and an ``ioctl`` here, where importing pyroute2 costs about
0.15 s on every command (``flowdsl status`` included; measured 0.14 to 0.22 s with
pyroute2 0.9.7, whose ``__init__`` imports all of it); and its ``setns`` and
``IPRoute(netns=...)`` create a missing namespace unless given ``flags=0``, where
flowdsl must never create one.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import fcntl
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from flowdsl.errors import AttachError

CLONE_NEWNET = 0x40000000
_libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)

T = TypeVar("T")


def _on_thread(body: Callable[[], T], name: str) -> T:
    """``body()`` on a thread of its own (a namespace entered there stays that thread's);
    its result, or its exception raised in the caller's thread."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = body()
        except BaseException as error:  # handed to the caller's thread
            outcome["error"] = error

    thread = threading.Thread(target=run, name=name)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def in_private_netns(work: Callable[[int], T]) -> T:
    """``work(netns_fd)`` on a thread inside a fresh network namespace; its result or
    its exception comes back to the caller."""
    def body() -> T:
        if _libc.unshare(CLONE_NEWNET) != 0:
            err = ctypes.get_errno()
            raise AttachError(f"cannot create a private network namespace: "
                              f"{os.strerror(err)}; it needs CAP_SYS_ADMIN (run as root)")
        fd = os.open("/proc/thread-self/ns/net", os.O_RDONLY | os.O_CLOEXEC)
        try:
            return work(fd)
        finally:
            os.close(fd)

    return _on_thread(body, "flowdsl-netns")


def in_netns(path: str, work: Callable[[], T]) -> T:
    """``work()`` on a thread that entered the network namespace at ``path`` (setns), so
    what it makes (sockets, a tcx link by ifindex, a tap) is that namespace's and stays
    so once the thread has ended; its result or exception comes back to the caller."""
    def body() -> T:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        try:
            if _libc.setns(fd, CLONE_NEWNET) != 0:
                raise OSError(ctypes.get_errno(), f"setns into {path}")
        finally:
            os.close(fd)
        return work()

    return _on_thread(body, "flowdsl-netns")


NS_GET_NSTYPE = 0xB703  # ioctl: the namespace type of an nsfs fd
NETNS_RUN_DIR = Path("/run/netns")


@dataclass(frozen=True)
class Netns:
    """A network namespace chosen on the command line, known by its nsfs inode."""

    path: str
    label: str  # its name, "pid N" or the path, for messages and status
    inode: int


def inode_of(path: str | Path) -> int:
    return os.stat(path).st_ino


# init_net's inode number is fixed (PROC_NET_INIT_INO): the root namespace, where a
# flow dissector applies to every namespace of the host. Comparing with it needs no
# access to pid 1 (which sandboxes and containers often deny).
ROOT_NETNS_INODE = 0xEFFFFFF9


def names_by_inode() -> dict[int, str]:
    """Namespaces named by `ip netns add`, by inode."""
    out = {}
    if NETNS_RUN_DIR.is_dir():
        for entry in NETNS_RUN_DIR.iterdir():
            with contextlib.suppress(OSError):
                out[inode_of(entry)] = entry.name
    return out


def resolve(name: str | None = None, pid: int | None = None,
            path: str | None = None) -> Netns:
    """The namespace given by exactly one of name, pid or path; never creates one."""
    given = [v for v in (name, pid, path) if v is not None]
    if len(given) != 1:
        raise AttachError("choose the network namespace with one of --netns NAME, "
                          "--netns-pid PID or --netns-path PATH")
    if name is not None:
        if "/" in name or name in (".", ".."):
            raise AttachError(f"{name!r} is not a namespace name; use --netns-path for a path")
        where, label = NETNS_RUN_DIR / name, name
        hint = "`ip netns list` shows the names; flowdsl never creates a namespace"
    elif pid is not None:
        where, label = Path(f"/proc/{pid}/ns/net"), f"pid {pid}"
        hint = "is the process still running?"
    else:
        where, label = Path(str(path)), str(path)
        hint = "give a /run/netns/NAME or /proc/PID/ns/net file"
    try:
        fd = os.open(where, os.O_RDONLY | os.O_CLOEXEC)
    except FileNotFoundError:
        raise AttachError(f"network namespace {label} not found ({where}); {hint}") from None
    except OSError as error:
        raise AttachError(f"cannot open network namespace {label} ({where}): "
                          f"{error.strerror}") from None
    try:
        try:
            kind = fcntl.ioctl(fd, NS_GET_NSTYPE)
        except OSError:
            kind = -1
        if kind != CLONE_NEWNET:
            raise AttachError(f"{where} is not a network namespace; {hint}")
        return Netns(str(where), label, os.fstat(fd).st_ino)
    finally:
        os.close(fd)


def open_netns(ns: Netns) -> int:
    try:
        fd = os.open(ns.path, os.O_RDONLY | os.O_CLOEXEC)
    except OSError as error:
        raise AttachError(f"network namespace {ns.label} is gone ({ns.path}: "
                          f"{error.strerror}); nothing was changed there") from None
    if os.fstat(fd).st_ino != ns.inode:
        os.close(fd)
        raise AttachError(f"network namespace {ns.label} changed while flowdsl worked; retry")
    return fd


def ensure_on_host() -> None:
    """Refuse to run inside a named namespace (``ip netns exec NAME``): it remounts
    /sys, so the host's bpffs and pins are not there, and they would go astray."""
    own = inode_of("/proc/self/ns/net")
    name = names_by_inode().get(own) if own != ROOT_NETNS_INODE else None
    if name is not None:
        raise AttachError(f"flowdsl is running inside network namespace {name!r} (ip netns "
                          f"exec?); run it from the host with --netns {name}")
