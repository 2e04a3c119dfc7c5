"""Counting the kernel objects flowdsl may create, to prove none is left behind."""

from __future__ import annotations

import ctypes
import time
from collections import Counter
from collections.abc import Callable
from typing import TypeVar

from flowdsl.runtime.links import flow_dissector_links, object_ids
from flowdsl.runtime.loader import prog_info
from flowdsl.runtime.syscall import Fd, bpf
from flowdsl.runtime.uapi import Cmd, GetIdAttr, InfoByFdAttr

from flowdsl.errors import BpfError

T = TypeVar("T")


def _map_name(map_id: int) -> str | None:
    try:
        fd = Fd(bpf(Cmd.MAP_GET_FD_BY_ID, GetIdAttr(id=map_id)))
    except BpfError:
        return None
    with fd:
        info = (ctypes.c_uint8 * 96)()
        bpf(Cmd.OBJ_GET_INFO_BY_FD, InfoByFdAttr(bpf_fd=fd.fd, info_len=96,
                                                 info=ctypes.addressof(info)))
        return bytes(info[24:40]).split(b"\0", 1)[0].decode()


def _prog_name(prog_id: int) -> str | None:
    try:
        fd = Fd(bpf(Cmd.PROG_GET_FD_BY_ID, GetIdAttr(id=prog_id)))
    except BpfError:
        return None
    with fd:
        return prog_info(fd.fd).name


def flowdsl_objects() -> Counter[str]:
    """Programs and maps whose names flowdsl gives, and flow dissector links, by kind."""
    counts: Counter[str] = Counter()
    for prog_id in object_ids(Cmd.PROG_GET_NEXT_ID):
        name = _prog_name(prog_id)
        if name and name.startswith("flowdsl"):
            counts[f"prog {name}"] += 1
    for map_id in object_ids(Cmd.MAP_GET_NEXT_ID):
        name = _map_name(map_id)
        if name and name.startswith("flowdsl"):
            counts[f"map {name}"] += 1
    counts["flow dissector links"] = len(flow_dissector_links())
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
