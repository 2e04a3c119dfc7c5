"""Counting the kernel objects flowdsl may create, to prove none is left behind."""

from __future__ import annotations

import ctypes
import time
from collections import Counter

from flowdsl.runtime.links import flow_dissector_links, object_ids
from flowdsl.runtime.loader import prog_info
from flowdsl.runtime.syscall import Fd, bpf
from flowdsl.runtime.uapi import Cmd, GetIdAttr, InfoByFdAttr

from flowdsl.errors import BpfError


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


def settled_objects(expected: Counter[str], timeout: float = 5.0) -> Counter[str]:
    """flowdsl_objects(), once it equals ``expected`` or ``timeout`` passed: a program's
    maps are released after an RCU grace period, a moment after the program itself."""
    deadline = time.monotonic() + timeout
    while True:
        now = flowdsl_objects()
        if now == expected or time.monotonic() > deadline:
            return now
        time.sleep(0.05)
