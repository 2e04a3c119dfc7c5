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
# The outer flow's transport keys: entering an encapsulated packet clears them, so an inner
# flow without ports (ICMP in VXLAN) does not report the tunnel's. sport and dport are
# adjacent, network order: one 4-byte store of zero clears both.
TRANSPORT_KEYS = ("sport", "dport")
ADDRESS_KEYS = {"ipv4_src": 32, "ipv4_dst": 32, "ipv6_src": 128, "ipv6_dst": 128}
# The address union (both families' addresses share these bytes): FlowKeys.addrs.
ADDRS_OFFSET, ADDRS_SIZE = 16, 32
# The slots that are FlowKeys fields of their own (the addresses are views of addrs).
SCALAR_SLOTS = tuple(slot for slot in KEY_SLOTS.values() if slot.name not in ADDRESS_KEYS)


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
        """The kernel's 56 bytes, laid out and byte-ordered by KEY_SLOTS."""
        out = bytearray(FLOW_KEYS_SIZE)
        for slot in SCALAR_SLOTS:
            out[slot.offset:slot.offset + slot.size] = getattr(self, slot.name).to_bytes(
                slot.size, "big" if slot.network_order else "little")
        out[ADDRS_OFFSET:ADDRS_OFFSET + ADDRS_SIZE] = self.addrs
        return bytes(out)

    @classmethod
    def unpack(cls, data: bytes) -> FlowKeys:
        if len(data) < FLOW_KEYS_SIZE:
            raise ValueError(f"bpf_flow_keys is {FLOW_KEYS_SIZE} bytes, got {len(data)}")
        values: dict[str, Any] = {
            slot.name: int.from_bytes(data[slot.offset:slot.offset + slot.size],
                                      "big" if slot.network_order else "little")
            for slot in SCALAR_SLOTS}
        return cls(**values, addrs=bytes(data[ADDRS_OFFSET:ADDRS_OFFSET + ADDRS_SIZE]))

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
        if name in ADDRESS_KEYS:
            assert isinstance(value, bytes) and len(value) == slot.size
            start = slot.offset - ADDRS_OFFSET
            return replace(self, addrs=self.addrs[:start] + value + self.addrs[start + slot.size:])
        return replace(self, **{name: value})  # type: ignore[arg-type]

    def to_dict(self) -> dict[str, Any]:
        """Readable form, in struct order with the address union as src and dst: what
        `flowdsl test` prints."""
        out: dict[str, Any] = {}
        for name, value in asdict(self).items():
            if name == "addrs":
                out["src"], out["dst"] = self.src, self.dst
            else:
                out[name] = value
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
