"""Sample frames for `flowdsl test --samples`: one per path of the built-in library.

Built by hand with struct (no scapy import, so the command stays fast). The test suite
builds its packets with scapy instead.
"""

from __future__ import annotations

import struct

MAC_DST = bytes.fromhex("020000000002")
MAC_SRC = bytes.fromhex("020000000001")


def ethernet(ethertype: int, payload: bytes) -> bytes:
    return MAC_DST + MAC_SRC + struct.pack(">H", ethertype) + payload


def ipv4(proto: int, payload: bytes, src: str = "192.0.2.1", dst: str = "198.51.100.2",
         options: bytes = b"", frag_off: int = 0) -> bytes:
    ihl = 5 + len(options) // 4
    header = struct.pack(">BBHHHBBH4s4s", 0x40 | ihl, 0, 20 + len(options) + len(payload),
                         1, frag_off, 64, proto, 0, _v4(src), _v4(dst))
    return header + options + payload


def ipv6(next_header: int, payload: bytes, src: str = "2001:db8::1", dst: str = "2001:db8::2",
         flow_label: int = 0) -> bytes:
    import ipaddress

    first = (6 << 28) | flow_label
    return struct.pack(">IHBB", first, len(payload), next_header, 64) + \
        ipaddress.IPv6Address(src).packed + ipaddress.IPv6Address(dst).packed + payload


def tcp(sport: int = 40000, dport: int = 443, options: bytes = b"") -> bytes:
    doff = 5 + len(options) // 4
    return struct.pack(">HHIIBBHHH", sport, dport, 1, 0, doff << 4, 0x02, 65535, 0, 0) + options


def udp(sport: int = 40000, dport: int = 53, payload: bytes = b"") -> bytes:
    return struct.pack(">HHHH", sport, dport, 8 + len(payload), 0) + payload


def vlan(tci: int, ethertype: int, payload: bytes) -> bytes:
    """A tag's body; the tag's own ethertype (0x8100/0x88A8) comes before it."""
    return struct.pack(">HH", tci, ethertype) + payload


def gre(protocol: int, payload: bytes, key: int | None = None) -> bytes:
    flags = 0x2000 if key is not None else 0
    return struct.pack(">HH", flags, protocol) + \
        (struct.pack(">I", key) if key is not None else b"") + payload


def _v4(text: str) -> bytes:
    return bytes(int(part) for part in text.split("."))


def bench_classes(protocols: set[str] | None = None) -> list[tuple[str, bytes]]:
    """The packet classes `flowdsl bench` measures: those of the kernel profile, and the
    overlay tunnels when ``protocols`` (a graph's node names) has them."""
    hop = bytes([6, 0]) + bytes(6)  # Hop-by-Hop, 8 bytes, next header TCP
    frag = bytes([6, 0, 0, 0]) + bytes(4)  # Fragment header, offset 0, next header TCP
    inner = ethernet(0x0800, ipv4(6, tcp(), src="192.0.2.7", dst="192.0.2.8"))
    tunnels = []
    if protocols and "vxlan" in protocols:
        tunnels.append(("VXLAN/IPv4/TCP", ethernet(0x0800, ipv4(17, udp(
            50000, 4789, struct.pack(">II", 0x08000000, 42 << 8) + inner)))))
    if protocols and "geneve" in protocols:
        tunnels.append(("GENEVE/IPv4/TCP", ethernet(0x0800, ipv4(17, udp(
            50000, 6081, struct.pack(">BBHI", 0, 0, 0x6558, 42 << 8) + inner)))))
    return [
        ("IPv4/UDP", ethernet(0x0800, ipv4(17, udp()))),
        ("IPv4/TCP", ethernet(0x0800, ipv4(6, tcp()))),
        ("IPv4 options/TCP", ethernet(0x0800, ipv4(6, tcp(), options=bytes([1]) * 12))),
        ("IPv6/TCP", ethernet(0x86DD, ipv6(6, tcp()))),
        ("IPv6 ext/TCP", ethernet(0x86DD, ipv6(0, hop + tcp()))),
        ("IPv6 fragment", ethernet(0x86DD, ipv6(44, frag + tcp()))),
        ("VLAN/IPv4/TCP", ethernet(0x8100, vlan(100, 0x0800, ipv4(6, tcp())))),
        ("QinQ/IPv4/TCP", ethernet(0x88A8, vlan(100, 0x8100, vlan(200, 0x0800,
                                                                ipv4(6, tcp()))))),
        ("IPIP/TCP", ethernet(0x0800, ipv4(4, ipv4(6, tcp())))),
        ("GRE key/IPv4/TCP", ethernet(0x0800, ipv4(47, gre(0x0800, ipv4(6, tcp()), key=7)))),
        ("GRE TEB/IPv4/TCP", ethernet(0x0800, ipv4(47, gre(0x6558, ethernet(
            0x0800, ipv4(6, tcp())))))),
        *tunnels,
    ]


def sample_frames() -> list[tuple[str, bytes]]:
    return [
        ("IPv4/TCP", ethernet(0x0800, ipv4(6, tcp()))),
        ("IPv4/UDP", ethernet(0x0800, ipv4(17, udp()))),
        ("IPv4 options/TCP options", ethernet(0x0800, ipv4(
            6, tcp(options=bytes.fromhex("020405b4")), options=bytes.fromhex("94040000")))),
        ("IPv4 first fragment", ethernet(0x0800, ipv4(17, udp(), frag_off=0x2000))),
        ("IPv4 later fragment", ethernet(0x0800, ipv4(17, b"\0" * 8, frag_off=0x00B9))),
        ("IPv6/TCP", ethernet(0x86DD, ipv6(6, tcp()))),
        ("IPv6/UDP flow label", ethernet(0x86DD, ipv6(17, udp(), flow_label=0xBEEEF))),
        ("IPv6/UDP-Lite", ethernet(0x86DD, ipv6(136, udp()))),
        ("truncated IPv4", ethernet(0x0800, ipv4(6, tcp())[:30])),
        ("ARP (not IP)", ethernet(0x0806, bytes(28))),
    ]
