"""Counting the kernel objects a test holds, to prove it left none behind.

Only the test's own objects count, so the suite passes on a host where other BPF
programs come and go (another test run, an agent, a tracer), even ones named
"flowdsl". An object is alive only while something holds it: a file descriptor, a pin,
an attachment, or another object (a link holds its program, a program its maps). The
test's objects are then the ones reachable from what the test owns:

- this process's file descriptors (``/proc/self/fdinfo``: the in-process API, threads
  included; the CLI subprocesses of a test have exited when it counts),
- the pins in the bpffs mounts its fixtures made (``own_mount``),
- the flow dissectors attached to the namespaces its fixtures made (``own_netns``), by
  link or by ``BPF_PROG_ATTACH``,

and from those, each link's program and each program's maps. A leak is one of these
still there at the end: an fd never closed, a pin never removed, a link never
detached. Programs and maps count by their name (those starting with "flowdsl", the
names flowdsl gives: ``flowdsl``, ``flowdsl_hash``, ``flowdsl_pghash``,
``flowdsl_stats``, ...), links by their type.

Not seen: an object the code under test pinned outside the test's mounts, or one held by
a process that outlives the test.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from flowdsl.runtime import bpffs
from flowdsl.runtime.links import attached_programs, flow_dissector_links
from flowdsl.runtime.syscall import Fd, bpf
from flowdsl.runtime.uapi import Cmd, GetIdAttr, InfoByFdAttr, MapInfo, ProgInfo

from flowdsl.errors import BpfError

T = TypeVar("T")

_MOUNTS: set[Path] = set()  # bpffs mounts of the running test's fixtures
_NAMESPACES: set[str] = set()  # names in /run/netns of the running test's fixtures
NAME_PREFIX = "flowdsl"


def own_mount(mountpoint: Path) -> None:
    _MOUNTS.add(mountpoint)


def disown_mount(mountpoint: Path) -> None:
    _MOUNTS.discard(mountpoint)


def own_netns(name: str) -> None:
    _NAMESPACES.add(name)


def disown_netns(name: str) -> None:
    _NAMESPACES.discard(name)


def _fdinfo(fd: int) -> dict[str, str]:
    with open(f"/proc/self/fdinfo/{fd}") as file:
        return dict(line.split(":", 1) for line in file.read().splitlines() if ":" in line)


def _bpf_object(fd: int) -> tuple[str, int, int]:
    """(kind, id, the link's program id or 0) of a BPF object's fd."""
    info = _fdinfo(fd)
    if "link_id" in info:
        return "link", int(info["link_id"]), int(info.get("prog_id", "0"))
    if "map_id" in info:
        return "map", int(info["map_id"]), 0
    if "prog_id" in info:
        return "prog", int(info["prog_id"]), 0
    raise ValueError(f"fd {fd} is not a BPF object: {sorted(info)}")


def _own_fds() -> list[int]:
    """This process's fds of BPF objects, listed before the counting opens any."""
    out = []
    for entry in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):  # closed meanwhile (the listing's own fd too)
            if os.readlink(f"/proc/self/fd/{entry}").startswith("anon_inode:bpf"):
                out.append(int(entry))
    return out


def _pins(mountpoint: Path) -> Iterator[Path]:
    for directory, _, files in os.walk(mountpoint):
        for name in files:
            yield Path(directory, name)


def _by_id(cmd: Cmd, object_id: int) -> Fd | None:
    try:
        return Fd(bpf(cmd, GetIdAttr(id=object_id)))
    except BpfError as error:
        if error.errno == errno.ENOENT:  # freed meanwhile: it is not held
            return None
        raise


def _prog_name_and_maps(prog_id: int) -> tuple[str, list[int]] | None:
    fd = _by_id(Cmd.PROG_GET_FD_BY_ID, prog_id)
    if fd is None:
        return None
    with fd:
        info = ProgInfo()
        bpf(Cmd.OBJ_GET_INFO_BY_FD, InfoByFdAttr(bpf_fd=fd.fd, info_len=ctypes.sizeof(info),
                                                 info=ctypes.addressof(info)))
        ids = (ctypes.c_uint32 * max(info.nr_map_ids, 1))()
        again = ProgInfo(nr_map_ids=info.nr_map_ids, map_ids=ctypes.addressof(ids))
        bpf(Cmd.OBJ_GET_INFO_BY_FD, InfoByFdAttr(bpf_fd=fd.fd, info_len=ctypes.sizeof(again),
                                                 info=ctypes.addressof(again)))
        count = min(info.nr_map_ids, again.nr_map_ids)
        return bytes(info.name).decode(errors="replace"), list(ids[:count])


def _map_name(map_id: int) -> str | None:
    fd = _by_id(Cmd.MAP_GET_FD_BY_ID, map_id)
    if fd is None:
        return None
    with fd:
        info = MapInfo()
        bpf(Cmd.OBJ_GET_INFO_BY_FD, InfoByFdAttr(bpf_fd=fd.fd, info_len=ctypes.sizeof(info),
                                                 info=ctypes.addressof(info)))
        return bytes(info.name).decode(errors="replace")


def _link_kind(link_id: int) -> tuple[str, int] | None:
    fd = _by_id(Cmd.LINK_GET_FD_BY_ID, link_id)
    if fd is None:
        return None
    with fd:
        info = _fdinfo(fd.fd)
        return (f"link {info['link_type'].strip()} {info.get('attach_type', '').strip()}".strip(),
                int(info.get("prog_id", "0")))


def flowdsl_objects() -> Counter[str]:
    """The test's flowdsl programs and maps, by name, and its links, by type."""
    progs: set[int] = set()
    maps: set[int] = set()
    links: set[int] = set()

    def add(kind: str, object_id: int) -> None:
        {"prog": progs, "map": maps, "link": links}[kind].add(object_id)

    for fd in _own_fds():
        with contextlib.suppress(OSError, ValueError):  # closed meanwhile by another thread
            kind, object_id, _ = _bpf_object(fd)
            add(kind, object_id)
    for mountpoint in list(_MOUNTS):
        for path in _pins(mountpoint):
            try:
                pinned = bpffs.get(path)
            except BpfError as error:
                if error.errno == errno.ENOENT:  # unpinned meanwhile
                    continue
                raise
            with pinned:
                kind, object_id, _ = _bpf_object(pinned.fd)
            add(kind, object_id)
    inodes = set()
    for name in list(_NAMESPACES):
        try:
            nsfd = os.open(f"/run/netns/{name}", os.O_RDONLY | os.O_CLOEXEC)
        except FileNotFoundError:  # the test deleted it: what it held went with it
            continue
        try:
            inodes.add(os.fstat(nsfd).st_ino)
            progs.update(attached_programs(nsfd))
        finally:
            os.close(nsfd)
    links.update(link.id for link in flow_dissector_links() if link.netns_ino in inodes)

    counts: Counter[str] = Counter()
    for link_id in links:
        described = _link_kind(link_id)
        if described is not None:
            counts[described[0]] += 1
            progs.add(described[1])
    for prog_id in progs:
        named = _prog_name_and_maps(prog_id)
        if named is None:
            continue
        name, map_ids = named
        maps.update(map_ids)
        if name.startswith(NAME_PREFIX):
            counts[f"prog {name}"] += 1
    for map_id in maps:
        map_name = _map_name(map_id)
        if map_name is not None and map_name.startswith(NAME_PREFIX):
            counts[f"map {map_name}"] += 1
    return counts


def settled(read: Callable[[], T], done: Callable[[T], bool], timeout: float = 5.0) -> T:
    """``read()``, once ``done`` holds for it or ``timeout`` passed: the kernel frees a
    program's maps, and a link whose pins went, an RCU grace period later."""
    deadline = time.monotonic() + timeout
    while True:
        now = read()
        if done(now) or time.monotonic() > deadline:
            return now
        time.sleep(0.05)


def settled_objects(expected: Counter[str]) -> Counter[str]:
    """flowdsl_objects(), once it equals ``expected`` (or after 5 s)."""
    return settled(flowdsl_objects, lambda now: now == expected)


def baseline_objects() -> Counter[str]:
    """flowdsl_objects() once two reads 0.2 s apart agree: objects an earlier test freed
    may still be dying (an RCU grace period), and must not count as present."""
    previous = flowdsl_objects()
    deadline = time.monotonic() + 5.0
    while True:
        time.sleep(0.2)
        now = flowdsl_objects()
        if now == previous or time.monotonic() > deadline:
            return now
        previous = now
