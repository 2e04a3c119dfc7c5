"""FlowKeys: the value type mirroring ``struct bpf_flow_keys`` (include/uapi/linux/bpf.h).

This module is shared by the compiler (key offsets and widths), the reference dissector
(which produces FlowKeys) and the runtime (which unpacks the kernel's 56 bytes), so it
depends on nothing else in flowdsl.

Values are kept as plain host integers; ``pack``/``unpack`` apply each field's byte
order: nhoff, thoff, addr_proto and flags are host order, everything else is network
order in the kernel struct.
"""

from __future__ import annotations

import ipaddress
import struct
from dataclasses import asdict, dataclass, fields, replace
from enum import IntFlag
from typing import Any

FLOW_KEYS_SIZE = 56


class InputFlags(IntFlag):
    """``BPF_FLOW_DISSECTOR_F_*``: input flags, read-only for the program."""

    PARSE_1ST_FRAG = 1
    STOP_AT_FLOW_LABEL = 2
    STOP_AT_ENCAP = 4


@dataclass(frozen=True)
class KeySlot:
    """Where a key lives in ``struct bpf_flow_keys`` and who may write it."""

    name: str
    offset: int
    size: int  # bytes
    network_order: bool
    writable: bool  # by a spec's ``keys=``; nhoff/thoff/flags are the compiler's


KEY_SLOTS: dict[str, KeySlot] = {
    slot.name: slot
    for slot in (
        KeySlot("nhoff", 0, 2, False, False),
        KeySlot("thoff", 2, 2, False, False),
        KeySlot("addr_proto", 4, 2, False, True),
        KeySlot("is_frag", 6, 1, False, False),
        KeySlot("is_first_frag", 7, 1, False, False),
        KeySlot("is_encap", 8, 1, False, False),
        KeySlot("ip_proto", 9, 1, False, True),
        KeySlot("n_proto", 10, 2, True, True),
        KeySlot("sport", 12, 2, True, True),
        KeySlot("dport", 14, 2, True, True),
        KeySlot("ipv4_src", 16, 4, True, True),
        KeySlot("ipv4_dst", 20, 4, True, True),
        KeySlot("ipv6_src", 16, 16, True, True),
        KeySlot("ipv6_dst", 32, 16, True, True),
        KeySlot("flags", 48, 4, False, False),
        KeySlot("flow_label", 52, 4, True, True),
    )
}
ADDRESS_KEYS = {"ipv4_src": 32, "ipv4_dst": 32, "ipv6_src": 128, "ipv6_dst": 128}


@dataclass(frozen=True)
class FlowKeys:
    """Dissection result. Addresses are raw bytes (4 or 16), the rest host integers."""

    nhoff: int = 0
    thoff: int = 0
    addr_proto: int = 0
    is_frag: int = 0
    is_first_frag: int = 0
    is_encap: int = 0
    ip_proto: int = 0
    n_proto: int = 0
    sport: int = 0
    dport: int = 0
    addrs: bytes = bytes(32)  # the 32-byte address union: v4 uses the first 8
    flags: int = 0
    flow_label: int = 0

    def pack(self) -> bytes:
        return struct.pack(
            "<HHHBBBB", self.nhoff, self.thoff, self.addr_proto, self.is_frag,
            self.is_first_frag, self.is_encap, self.ip_proto,
        ) + struct.pack(">HHH", self.n_proto, self.sport, self.dport) + self.addrs + struct.pack(
            "<I", self.flags) + struct.pack(">I", self.flow_label)

    @classmethod
    def unpack(cls, data: bytes) -> FlowKeys:
        if len(data) < FLOW_KEYS_SIZE:
            raise ValueError(f"bpf_flow_keys is {FLOW_KEYS_SIZE} bytes, got {len(data)}")
        nhoff, thoff, addr_proto, frag, first, encap, proto = struct.unpack_from("<HHHBBBB", data)
        n_proto, sport, dport = struct.unpack_from(">HHH", data, 10)
        (flags,) = struct.unpack_from("<I", data, 48)
        (label,) = struct.unpack_from(">I", data, 52)
        return cls(nhoff, thoff, addr_proto, frag, first, encap, proto, n_proto, sport, dport,
                   bytes(data[16:48]), flags, label)

    @property
    def src(self) -> str:
        return self._address(0)

    @property
    def dst(self) -> str:
        return self._address(1)

    def _address(self, which: int) -> str:
        if self.addr_proto == 0x0800:
            return str(ipaddress.IPv4Address(self.addrs[4 * which: 4 * which + 4]))
        if self.addr_proto == 0x86DD:
            return str(ipaddress.IPv6Address(self.addrs[16 * which: 16 * which + 16]))
        return ""

    def with_key(self, name: str, value: int | bytes) -> FlowKeys:
        """A copy with one key written as the program writes it (addresses as bytes)."""
        slot = KEY_SLOTS[name]
        if slot.offset >= 16 and slot.offset < 48:
            assert isinstance(value, bytes) and len(value) == slot.size
            start = slot.offset - 16
            return replace(self, addrs=self.addrs[:start] + value + self.addrs[start + slot.size:])
        return replace(self, **{name: value})  # type: ignore[arg-type]

    def to_dict(self) -> dict[str, Any]:
        """Readable form: what `flowdsl test --json` prints."""
        out = asdict(self)
        del out["addrs"]
        out["src"], out["dst"] = self.src, self.dst
        out["n_proto"] = f"0x{self.n_proto:04x}"
        out["addr_proto"] = f"0x{self.addr_proto:04x}"
        out["flow_label"] = f"0x{self.flow_label:05x}"
        return out

    def differences(self, other: FlowKeys) -> list[tuple[str, object, object]]:
        """(key, self's value, other's value) for every key that differs."""
        out = []
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if mine != theirs:
                out.append((f.name, mine, theirs))
        return out
