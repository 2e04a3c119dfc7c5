"""BPF maps: create, read and write (ARRAY and PERCPU_ARRAY, u32 keys)."""

from __future__ import annotations

import ctypes
import os
from pathlib import Path

from flowdsl.runtime.syscall import Fd, bpf
from flowdsl.runtime.uapi import Cmd, InfoByFdAttr, MapCreateAttr, MapElemAttr, MapInfo, MapType

from flowdsl.errors import AttachError


def create_array(name: str, value_size: int, entries: int,
                 map_type: MapType = MapType.ARRAY) -> Fd:
    attr = MapCreateAttr(map_type=map_type, key_size=4, value_size=value_size,
                         max_entries=entries, map_name=name.encode()[:15])
    return Fd(bpf(Cmd.MAP_CREATE, attr))


def update(map_fd: int, index: int, value: bytes) -> None:
    key = ctypes.c_uint32(index)
    buf = ctypes.create_string_buffer(value, len(value))
    bpf(Cmd.MAP_UPDATE_ELEM, MapElemAttr(map_fd=map_fd, key=ctypes.addressof(key),
                                        value=ctypes.addressof(buf)))


def lookup(map_fd: int, index: int, size: int) -> bytes:
    """The value at ``index`` (for a per-CPU map, ``size`` covers every possible CPU)."""
    key = ctypes.c_uint32(index)
    buf = ctypes.create_string_buffer(size)
    bpf(Cmd.MAP_LOOKUP_ELEM, MapElemAttr(map_fd=map_fd, key=ctypes.addressof(key),
                                        value=ctypes.addressof(buf)))
    return buf.raw


def shape(fd: int, what: str) -> MapInfo:
    """The map behind ``fd``; an AttachError if ``fd`` is not a map at all."""
    try:
        kind = os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        kind = "?"
    if kind != "anon_inode:bpf-map":
        raise AttachError(f"{what} is a {kind.removeprefix('anon_inode:')}, not a map: "
                          "someone else made it; remove it (flowdsl unload)")
    info = MapInfo()
    bpf(Cmd.OBJ_GET_INFO_BY_FD, InfoByFdAttr(bpf_fd=fd, info_len=ctypes.sizeof(info),
                                             info=ctypes.addressof(info)))
    return info


def expect(fd: int, map_type: MapType, value_size: int | range, entries: int,
           what: str) -> MapInfo:
    """Refuse a pinned object that is not the map flowdsl made there: another program or
    map (planted by someone else, or by another tool) could make a read write past the
    buffer it gets, or return anything. Keys are always u32."""
    info = shape(fd, what)
    sizes = value_size if isinstance(value_size, range) else range(value_size, value_size + 1)
    if (info.type, info.key_size, info.max_entries) != (map_type, 4, entries) or \
            info.value_size not in sizes:
        kind = {t.value: t.name for t in MapType}.get(info.type, f"type {info.type}")
        wanted = f"{sizes.start}" if len(sizes) == 1 else f"{sizes.start}..{sizes.stop - 1}"
        raise AttachError(f"{what} holds a map ({kind}, {info.max_entries} entries of "
                          f"{info.key_size}+{info.value_size} bytes, key+value), not the "
                          f"{map_type.name} map flowdsl pins there ({entries} entries of "
                          f"4+{wanted} bytes): someone else made it; remove it "
                          "(flowdsl unload)")
    return info


def percpu_counters(map_fd: int, slots: list[str]) -> dict[str, int]:
    """A PERCPU_ARRAY of u64 counters, each slot summed over every possible CPU."""
    cpus = possible_cpus()
    out = {}
    for index, slot in enumerate(slots):
        raw = lookup(map_fd, index, 8 * cpus)
        out[slot] = sum(int.from_bytes(raw[8 * cpu:8 * cpu + 8], "little")
                        for cpu in range(cpus))
    return out


def possible_cpus() -> int:
    """How many per-CPU slots a PERCPU map value has (the kernel's possible CPUs)."""
    try:
        text = Path("/sys/devices/system/cpu/possible").read_text().strip()
    except OSError:
        return os.cpu_count() or 1
    count = 0
    for part in text.split(","):
        lo, _, hi = part.partition("-")
        count += int(hi or lo) - int(lo) + 1
    return count
