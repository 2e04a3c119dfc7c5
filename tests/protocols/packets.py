"""A hypothesis strategy for frames of every protocol in the library, built as bytes
(no scapy: fast enough for tens of thousands of examples), then mutated.

The grammar follows the library: link layer (VLAN, QinQ, MPLS, PPPoE), the non-IP
ethertypes, IPv4 with options and fragments, IPv6 with extension chains, every
transport, GRE variants and PPTP, IPIP,
and the UDP tunnels (VXLAN, GENEVE, GUE, GTP-U) carrying a new inner frame. Field values
are drawn from the interesting ones (limits, zero, the one that selects a protocol)
mixed with arbitrary ones; mutations truncate, flip bytes, or both.
"""

from __future__ import annotations

import struct

from hypothesis import strategies as st

MACS = bytes.fromhex("020000000002020000000001")
u8, u16, u32 = st.integers(0, 0xFF), st.integers(0, 0xFFFF), st.integers(0, 0xFFFFFFFF)
TUNNEL_PORTS = [4789, 8472, 6081, 6080, 2152]


def _pick(draw: st.DrawFn, common: list[int], anything: st.SearchStrategy[int]) -> int:
    """One of the values that select something (three times in four), or any value."""
    if draw(st.integers(0, 3)):
        return draw(st.sampled_from(common))
    return draw(anything)


@st.composite
def l4(draw: st.DrawFn, proto: int, depth: int) -> bytes:
    """What follows an IP header whose protocol is ``proto``."""
    if proto == 6:
        doff = draw(st.sampled_from([5, 5, 6, 8, 15, 4, 0]))
        return struct.pack(">HHIIBBHHH", draw(u16), draw(u16), 0, 0, doff << 4, 2, 0, 0, 0) + \
            draw(st.binary(max_size=44))
    if proto in (17, 136):
        dport = _pick(draw, TUNNEL_PORTS if proto == 17 else [53], u16)
        payload = draw(tunnel(dport, depth)) if proto == 17 and dport in TUNNEL_PORTS \
            else draw(st.binary(max_size=16))
        return struct.pack(">HHHH", draw(u16), dport, 8 + len(payload), 0) + payload
    if proto == 47:
        if draw(st.integers(0, 3)) == 0:
            return draw(pptp(depth))
        flags = _pick(draw, [0, 0x2000, 0xB000, 0x4000, 0x0001, 0x8000], u16)
        gre_proto = _pick(draw, [0x0800, 0x86DD, 0x6558, 0x8847, 0x8100, 0x0806], u16)
        extra = bytes(4 * bin(flags & 0xB000).count("1"))
        return struct.pack(">HH", flags, gre_proto) + extra + draw(after_ethertype(
            gre_proto, depth + 1))
    if proto in (4, 41):
        return draw(ip_packet(4 if proto == 4 else 6, depth + 1))
    if proto == 137:
        return draw(mpls(depth))
    if proto in (0, 43, 60, 44):  # IPv6 extension headers, if the outer is IPv6
        nxt = draw(st.sampled_from([6, 17, 0, 44, 60, 58, draw(u8)]))
        if proto == 44:
            frag = _pick(draw, [0, 1, 8, 0xFFF8], u16)
            return struct.pack(">BBHI", nxt, 0, frag, 7) + draw(l4(nxt, depth))
        length = draw(st.sampled_from([0, 0, 1, 255]))
        return struct.pack(">BB", nxt, length) + bytes(6 + 8 * length) + draw(l4(nxt, depth))
    return draw(st.binary(max_size=24))  # SCTP, DCCP, ESP, AH, ICMP and the unknown


@st.composite
def pptp(draw: st.DrawFn, depth: int) -> bytes:
    """GRE version 1: the enhanced header (K, and S, A, C in any mix), a PPP header."""
    flags = _pick(draw, [0x2001, 0x3001, 0x3081, 0x2081, 0xB081, 0x0001, 0x6001], u16)
    gre_proto = _pick(draw, [0x880B], u16)
    extra = bytes(4 * (bin(flags & 0xB000).count("1") + bool(flags & 0x0080)))
    ppp = _pick(draw, [0x21, 0x57, 0xC021, 0x281], u16)
    payload = draw(ip_packet(4 if ppp == 0x21 else 6, depth + 1)) if ppp in (0x21, 0x57) \
        else draw(st.binary(max_size=16))
    return struct.pack(">HH", flags, gre_proto) + extra + \
        struct.pack(">BBH", 0xFF, 0x03, ppp) + payload


@st.composite
def tunnel(draw: st.DrawFn, dport: int, depth: int) -> bytes:
    inner = draw(frame_body(depth + 1))  # (ethertype, bytes after the Ethernet header)
    if dport in (4789, 8472):
        return struct.pack(">II", _pick(draw, [0x08000000], u32), 1 << 8) + MACS + \
            struct.pack(">H", inner[0]) + inner[1]
    if dport == 6081:
        opt_len = draw(st.sampled_from([0, 0, 1, 63]))
        proto = _pick(draw, [0x6558, 0x0800, 0x86DD], u16)
        head = struct.pack(">BBHI", (_pick(draw, [0], st.integers(0, 3)) << 6) | opt_len, 0,
                           proto, 0) + bytes(4 * opt_len)
        if proto == 0x6558:
            return head + MACS + struct.pack(">H", inner[0]) + inner[1]
        return head + draw(ip_packet(4 if proto == 0x0800 else 6, depth + 1))
    if dport == 6080:
        first = _pick(draw, [0, 1, 0x20, 0x40], u8)
        proto = _pick(draw, [4, 41], u8)
        return struct.pack(">BBH", first, proto, 0) + bytes(4 * (first & 0x1F)) + \
            draw(ip_packet(4 if proto == 4 else 6, depth + 1))
    flags = _pick(draw, [0x30, 0x32, 0x34, 0x31, 0x20], u8)
    extra = b""
    if flags & 7:
        extra = struct.pack(">HB", 0, 0) + bytes([_pick(draw, [0, 0x85], u8)])
        if flags & 4 and extra[-1]:
            extra += bytes([draw(st.sampled_from([1, 1, 2, 0]))]) + bytes(2) + b"\0"
    return struct.pack(">BBHI", flags, _pick(draw, [0xFF], u8), 0, 1) + extra + \
        draw(ip_packet(draw(st.sampled_from([4, 6])), depth + 1))


@st.composite
def ip_packet(draw: st.DrawFn, version: int, depth: int = 0) -> bytes:
    if depth > 3:
        return draw(st.binary(max_size=8))
    if version == 4:
        proto = _pick(draw, [6, 17, 136, 47, 4, 41, 132, 33, 50, 51, 1, 137], u8)
        options = draw(st.sampled_from([b"", b"\x01" * 4, b"\x01" * 40]))
        ihl = _pick(draw, [5 + len(options) // 4], st.integers(0, 15))
        frag = _pick(draw, [0, 0, 0x2000, 0x0064, 0x4000], u16)
        body = draw(l4(proto, depth))
        return struct.pack(">BBHHHBBH4s4s", (4 << 4) | ihl, 0, 20 + len(options) + len(body),
                           1, frag, 64, proto, 0, bytes([10, 0, 0, depth + 1]),
                           bytes([10, 0, 1, depth + 1])) + options + body
    nh = _pick(draw, [6, 17, 0, 43, 60, 44, 47, 4, 41, 58, 132, 50, 51], u8)
    label = _pick(draw, [0, 0xFFFFF], st.integers(0, 0xFFFFF))
    body = draw(l4(nh, depth))
    return struct.pack(">IHBB", (6 << 28) | label, len(body), nh, 64) + \
        bytes(15) + bytes([depth + 1]) + bytes(15) + bytes([depth + 2]) + body


@st.composite
def mpls(draw: st.DrawFn, depth: int = 0) -> bytes:
    labels = draw(st.integers(1, 6))
    out = b"".join(struct.pack(">I", (i << 12) | (int(i == labels - 1) << 8) | 64)
                   for i in range(labels))
    return out + draw(ip_packet(draw(st.sampled_from([4, 6])), depth + 1))


@st.composite
def after_ethertype(draw: st.DrawFn, ethertype: int, depth: int) -> bytes:
    if ethertype == 0x6558:  # GRE TEB: a whole Ethernet frame
        inner = draw(frame_body(depth))
        return MACS + struct.pack(">H", inner[0]) + inner[1]
    if ethertype in (0x0800, 0x86DD):
        return draw(ip_packet(4 if ethertype == 0x0800 else 6, depth))
    if ethertype in (0x8847, 0x8848):
        return draw(mpls(depth))
    return draw(st.binary(max_size=32))


@st.composite
def frame_body(draw: st.DrawFn, depth: int = 0) -> tuple[int, bytes]:
    """(ethertype, the bytes after the Ethernet header)."""
    kind = draw(st.sampled_from(["ipv4", "ipv4", "ipv6", "ipv6", "vlan", "qinq", "mpls",
                                 "pppoe", "nonip", "hsr", "other"]))
    if kind == "hsr" and depth > 3:
        kind = "other"
    if kind in ("ipv4", "ipv6"):
        return (0x0800 if kind == "ipv4" else 0x86DD), draw(ip_packet(
            4 if kind == "ipv4" else 6, depth))
    if kind in ("vlan", "qinq"):
        tags = 1 if kind == "vlan" else draw(st.integers(2, 4))
        inner = draw(frame_body(depth))
        types = [draw(st.sampled_from([0x8100, 0x88A8])) for _ in range(tags)] + [inner[0]]
        body = b"".join(struct.pack(">HH", 5, t) for t in types[1:]) + inner[1]
        return types[0], body
    if kind == "mpls":
        return 0x8847, draw(mpls(depth))
    if kind == "pppoe":
        ppp = _pick(draw, [0x21, 0x57, 0x281, 0xC021, 0x8021, 0x2145, 0x0100], u16)
        payload = draw(mpls(depth)) if ppp == 0x281 else draw(ip_packet(
            4 if ppp == 0x21 else 6, depth)) if ppp in (0x21, 0x57) else draw(
            st.binary(max_size=16))
        code = _pick(draw, [0], u8)
        return 0x8864, struct.pack(">BBHHH", 0x11, code, 1, len(payload) + 2, ppp) + payload
    if kind == "nonip":  # ARP, RARP, PTP, CFM, TIPC, FCoE: headers long and short
        ethertype = draw(st.sampled_from([0x0806, 0x8035, 0x88F7, 0x8902, 0x88CA, 0x8906]))
        return ethertype, draw(st.binary(max_size=48))
    if kind == "hsr":  # HSR/PRP tags, batman-adv unicast: then another frame body
        inner = draw(frame_body(depth + 1))
        if draw(st.booleans()):
            tag = struct.pack(">HH", draw(u16), draw(u16))
            return draw(st.sampled_from([0x892F, 0x88FB])), tag + struct.pack(
                ">H", inner[0]) + inner[1]
        head = bytes([_pick(draw, [0x40], u8), _pick(draw, [15], u8), 1, 0]) + bytes(6)
        return 0x4305, head + MACS + struct.pack(">H", inner[0]) + inner[1]
    return draw(u16), draw(st.binary(max_size=64))


@st.composite
def frames(draw: st.DrawFn) -> bytes:
    ethertype, body = draw(frame_body())
    data = bytearray(MACS + struct.pack(">H", ethertype) + body)
    mutation = draw(st.sampled_from(["none", "none", "truncate", "flip", "both"]))
    if mutation in ("flip", "both") and len(data) > 14:
        for _ in range(draw(st.integers(1, 4))):
            data[draw(st.integers(14, len(data) - 1))] = draw(u8)
    if mutation in ("truncate", "both"):
        data = data[:draw(st.integers(14, len(data)))]
    return bytes(data[:4096])


def _eth(ethertype: int, body: bytes) -> bytes:
    return MACS + struct.pack(">H", ethertype) + body


def _ip4(proto: int, body: bytes, ihl: int = 5) -> bytes:
    return struct.pack(">BBHHHBBH4s4s", (4 << 4) | ihl, 0, 20 + len(body), 1, 0, 64, proto,
                       0, bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2])) + body


TCP_HEADER = struct.pack(">HHIIBBHHH", 1000, 80, 0, 0, 5 << 4, 2, 0, 0, 0)


def hostile_frames() -> list[tuple[str, bytes]]:
    """Nesting past every limit, and the classics: 64 of each stackable header, IPIP with
    an inner header length below 5 (CVE-2013-4348), and maximal option lengths."""
    out = []
    inner = _ip4(6, TCP_HEADER)
    ipip = inner
    for _ in range(64):
        ipip = _ip4(4, ipip)
    out.append(("64 x IPIP", _eth(0x0800, ipip)))
    gre = inner
    for _ in range(64):
        gre = _ip4(47, struct.pack(">HH", 0, 0x0800) + gre)
    out.append(("64 x GRE", _eth(0x0800, gre)))
    tags = b"".join(struct.pack(">HH", i, 0x8100) for i in range(63)) + \
        struct.pack(">HH", 63, 0x0800) + inner
    out.append(("64 x VLAN", _eth(0x8100, tags)))
    labels = b"".join(struct.pack(">I", (i << 12) | 64) for i in range(63)) + \
        struct.pack(">I", (63 << 12) | 0x100 | 64) + inner
    out.append(("64 x MPLS", _eth(0x8847, labels)))
    exts = b"".join(bytes([0, 0]) + bytes(6) for _ in range(63)) + bytes([6, 0]) + bytes(6)
    out.append(("64 x IPv6 Hop-by-Hop", _eth(0x86DD, struct.pack(">IHBB", 6 << 28, len(exts),
                                                                 0, 64) + bytes(32) + exts)))
    for ihl in range(5):
        out.append((f"IPIP, inner ihl {ihl}", _eth(0x0800, _ip4(4, _ip4(6, TCP_HEADER, ihl)))))
    out.append(("IPv4 ihl 15, no options", _eth(0x0800, _ip4(6, TCP_HEADER, 15)[:20])))
    out.append(("TCP doff 15, header cut", _eth(0x0800, _ip4(6, TCP_HEADER[:12] + b"\xf0"))))
    out.append(("IPv6 Hop-by-Hop length 255, cut", _eth(0x86DD, struct.pack(
        ">IHBB", 6 << 28, 16, 0, 64) + bytes(32) + bytes([6, 255]) + bytes(14))))
    vxlans = inner
    for _ in range(64):
        vxlans = _ip4(17, struct.pack(">HHHH", 1, 4789, 8 + 8 + 14 + len(vxlans), 0) +
                      struct.pack(">II", 0x08000000, 0) + _eth(0x0800, vxlans))
    out.append(("64 x VXLAN", _eth(0x0800, vxlans)))
    gtp_exts = b"".join(bytes([1, 0, 0, 0x85]) for _ in range(63)) + bytes([1, 0, 0, 0])
    out.append(("GTP-U, 64 extension headers", _eth(0x0800, _ip4(17, struct.pack(
        ">HHHH", 1, 2152, 0, 0) + struct.pack(">BBHI", 0x34, 0xFF, 0, 1) + bytes(3) + b"\x85"
        + gtp_exts + inner))))
    out.append(("GENEVE, 252 bytes of options", _eth(0x0800, _ip4(17, struct.pack(
        ">HHHH", 1, 6081, 0, 0) + struct.pack(">BBHI", 63, 0, 0x0800, 0) + bytes(252)
        + inner))))
    return [(name, frame[:4096]) for name, frame in out]
