"""Table vectors: (name, frame, flags, expected verdict, expected keys), expected values
written from the kernel's semantics (shared/docs/kernel.md §3), not from the reference
dissector, so they check both it and the compiled program."""

from __future__ import annotations

import ipaddress
import struct
from dataclasses import dataclass

from flowdsl.dsl.keys import FlowKeys, InputFlags
from scapy.layers.inet import ICMP, IP, TCP, UDP
from scapy.layers.inet6 import IPv6
from scapy.layers.l2 import ARP, Ether
from scapy.packet import Raw

from tests.conftest import MAC_DST, MAC_SRC

OK, DROP, CONTINUE = 0, 2, 129
F1, FL, FE = (int(InputFlags.PARSE_1ST_FRAG), int(InputFlags.STOP_AT_FLOW_LABEL),
              int(InputFlags.STOP_AT_ENCAP))
V4S, V4D = "10.0.0.1", "10.0.0.2"
V6S, V6D = "2001:db8::1", "2001:db8::2"


@dataclass(frozen=True)
class Vector:
    name: str
    frame: bytes
    flags: int
    verdict: int
    keys: FlowKeys
    profile: str = "kernel"
    # False where the built-in dissector also hashes a key a BPF dissector cannot
    # report (a VLAN tag, a GRE key, a TIPC node): its flow hash differs by design.
    same_hash: bool = True


def keys(*, thoff: int, n_proto: int = 0x0800, v4: tuple[str, str] | None = None,
         v6: tuple[str, str] | None = None, ip_proto: int = 0, sport: int = 0, dport: int = 0,
         frag: int = 0, first: int = 0, encap: int = 0, flags: int = 0, label: int = 0,
         nhoff: int = 14) -> FlowKeys:
    addrs, addr_proto = bytes(32), 0
    if v4:
        addrs = ipaddress.IPv4Address(v4[0]).packed + ipaddress.IPv4Address(v4[1]).packed
        addrs += bytes(24)
        addr_proto = 0x0800
    if v6:
        addrs = ipaddress.IPv6Address(v6[0]).packed + ipaddress.IPv6Address(v6[1]).packed
        addr_proto = 0x86DD
    return FlowKeys(nhoff, thoff, addr_proto, frag, first, encap, ip_proto, n_proto, sport,
                    dport, addrs, flags, label)


def b(packet: object) -> bytes:
    return bytes(packet)  # type: ignore[call-overload]


E4 = Ether(src=MAC_SRC, dst=MAC_DST)
I4 = IP(src=V4S, dst=V4D)
I6 = IPv6(src=V6S, dst=V6D)
OPT4 = b"\x94\x04\x00\x00" * 2  # router alert twice: ihl 7
TCPOPT = b"\x02\x04\x05\xb4\x01\x01\x04\x02"  # MSS, NOP, NOP, SACK-permitted: doff 7


def vectors() -> list[Vector]:
    v4 = (V4S, V4D)
    v6 = (V6S, V6D)
    out = [
        Vector("ipv4-tcp", b(E4 / I4 / TCP(sport=1234, dport=80)), 0, OK,
               keys(thoff=34, v4=v4, ip_proto=6, sport=1234, dport=80)),
        Vector("ipv4-udp", b(E4 / I4 / UDP(sport=53, dport=5353)), 0, OK,
               keys(thoff=34, v4=v4, ip_proto=17, sport=53, dport=5353)),
        Vector("ipv4-udplite", b(E4 / IP(src=V4S, dst=V4D, proto=136) / UDP(sport=7, dport=9)),
               0, OK, keys(thoff=34, v4=v4, ip_proto=136, sport=7, dport=9)),
        Vector("ipv4-options-tcp-options",
               b(E4 / IP(src=V4S, dst=V4D, options=OPT4) / TCP(sport=1, dport=2,
                                                                options=[("MSS", 1460)] * 2)),
               0, OK, keys(thoff=42, v4=v4, ip_proto=6, sport=1, dport=2)),
        Vector("ipv4-max-options", b(E4 / IP(src=V4S, dst=V4D, options=b"\x01" * 40) / UDP()),
               0, OK, keys(thoff=74, v4=v4, ip_proto=17, sport=53, dport=53)),
        Vector("ipv4-icmp-no-ports", b(E4 / I4 / ICMP()), 0, OK,
               keys(thoff=34, v4=v4, ip_proto=1)),
        Vector("ipv4-version-not-checked", b(E4 / IP(version=6, src=V4S, dst=V4D) / UDP()), 0,
               OK, keys(thoff=34, v4=v4, ip_proto=17, sport=53, dport=53)),
        Vector("ipv4-bad-ihl", b(E4 / IP(ihl=4, src=V4S, dst=V4D) / TCP()), 0, DROP,
               keys(thoff=14)),
        # The built-in dissector skips options without reading them (thoff: clamped)
        Vector("ipv4-ihl-past-end", b(E4 / IP(ihl=15, src=V4S, dst=V4D))[:50], 0, OK,
               keys(thoff=34, v4=v4, ip_proto=0)),
        Vector("ipv4-first-fragment", b(E4 / IP(src=V4S, dst=V4D, flags="MF") / UDP()), 0, OK,
               keys(thoff=34, v4=v4, ip_proto=17, frag=1, first=1)),
        Vector("ipv4-first-fragment-parsed", b(E4 / IP(src=V4S, dst=V4D, flags="MF") / UDP()),
               F1, OK, keys(thoff=34, v4=v4, ip_proto=17, frag=1, first=1, sport=53, dport=53,
                            flags=F1)),
        Vector("ipv4-later-fragment", b(E4 / IP(src=V4S, dst=V4D, frag=100) / UDP()), F1, OK,
               keys(thoff=34, v4=v4, ip_proto=17, frag=1, flags=F1)),
        Vector("ipv4-later-last-fragment", b(E4 / IP(src=V4S, dst=V4D, flags="MF", frag=9)
                                             / Raw(b"x" * 8)), 0, OK,
               keys(thoff=34, v4=v4, ip_proto=0, frag=1)),  # a Raw payload: IP proto 0
        Vector("ipv4-dont-fragment", b(E4 / IP(src=V4S, dst=V4D, flags="DF") / TCP(dport=22)),
               0, OK, keys(thoff=34, v4=v4, ip_proto=6, sport=20, dport=22)),
        # The ports are reported as soon as their 4 bytes are there (the built-in
        # dissector hashes them); the header itself must still be whole and sane.
        # The built-in dissector reads nothing of TCP but the ports, and those only if
        # they are there (bpf_flow.c checks doff and the options: flowdsl follows the
        # built-in dissector)
        Vector("tcp-bad-doff", b(E4 / I4 / TCP(dataofs=4)), 0, OK,
               keys(thoff=34, v4=v4, ip_proto=6, sport=20, dport=80)),
        Vector("tcp-options-past-end", b(E4 / I4 / TCP(sport=5, dport=6, dataofs=15)), 0, OK,
               keys(thoff=34, v4=v4, ip_proto=6, sport=5, dport=6)),
        Vector("tcp-truncated", b(E4 / I4 / TCP())[:44], 0, OK,
               keys(thoff=34, v4=v4, ip_proto=6, sport=20, dport=80)),
        Vector("tcp-cut-in-ports", b(E4 / I4 / TCP())[:37], 0, OK,
               keys(thoff=34, v4=v4, ip_proto=6)),
        Vector("udp-truncated", b(E4 / I4 / UDP())[:38], 0, OK,
               keys(thoff=34, v4=v4, ip_proto=17, sport=53, dport=53)),
        Vector("ipv6-tcp", b(E4 / I6 / TCP(sport=1234, dport=80)), 0, OK,
               keys(thoff=54, n_proto=0x86DD, v6=v6, ip_proto=6, sport=1234, dport=80)),
        Vector("ipv6-udp", b(E4 / I6 / UDP(sport=1, dport=2)), 0, OK,
               keys(thoff=54, n_proto=0x86DD, v6=v6, ip_proto=17, sport=1, dport=2)),
        Vector("ipv6-udplite", b(E4 / IPv6(src=V6S, dst=V6D, nh=136) / UDP(sport=3, dport=4)),
               0, OK, keys(thoff=54, n_proto=0x86DD, v6=v6, ip_proto=136, sport=3, dport=4)),
        Vector("ipv6-flow-label", b(E4 / IPv6(src=V6S, dst=V6D, fl=0xBEEEF) / TCP()), 0, OK,
               keys(thoff=54, n_proto=0x86DD, v6=v6, ip_proto=6, sport=20, dport=80,
                    label=0xBEEEF)),
        Vector("ipv6-stop-at-flow-label", b(E4 / IPv6(src=V6S, dst=V6D, fl=0xBEEEF) / TCP()),
               FL, OK, keys(thoff=54, n_proto=0x86DD, v6=v6, ip_proto=6, label=0xBEEEF,
                            flags=FL)),
        Vector("ipv6-zero-flow-label-not-stopped", b(E4 / I6 / TCP()), FL, OK,
               keys(thoff=54, n_proto=0x86DD, v6=v6, ip_proto=6, sport=20, dport=80,
                    flags=FL)),
        Vector("ipv6-traffic-class-not-label", b(E4 / IPv6(src=V6S, dst=V6D, tc=0xFF) / TCP()),
               FL, OK, keys(thoff=54, n_proto=0x86DD, v6=v6, ip_proto=6, sport=20, dport=80,
                            flags=FL)),
        Vector("ipv6-no-next-header", b(E4 / IPv6(src=V6S, dst=V6D, nh=59)), 0, OK,
               keys(thoff=54, n_proto=0x86DD, v6=v6, ip_proto=59)),
        Vector("ipv6-truncated", b(E4 / I6 / TCP())[:40], 0, DROP,
               keys(thoff=14, n_proto=0x86DD)),
        # ARP: the built-in dissector reads nothing of it (only for tc flower's ARP key)
        Vector("arp", b(E4 / ARP()), 0, OK, keys(thoff=14, n_proto=0x0806)),
        Vector("ethernet-only", b(E4 / IP())[:14], 0, DROP, keys(thoff=14)),
    ]
    return out


def _c_struct_packet(ethertype: int, l3: bytes, tcp_ports_host: tuple[int, int]) -> bytes:
    """A packet laid out like the kernel selftest's C structs (ports in host order)."""
    tcp = struct.pack("<HH", *tcp_ports_host) + bytes(8) + bytes([5 << 4]) + bytes(7)
    return bytes(12) + struct.pack(">H", ethertype) + l3 + tcp


def kernel_selftest_vectors() -> list[Vector]:
    """tools/testing/selftests/bpf/prog_tests/flow_dissector.c, the cases this library
    covers. The C test assigns host-order 80 and 8080 to network-order port fields, so
    the bytes on the wire are little-endian; the expected keys hold the same bytes."""
    magic = 123
    sport, dport = struct.unpack(">HH", struct.pack("<HH", 80, 8080))
    ip4 = bytes([0x05, 0]) + struct.pack(">H", magic) + bytes(5) + bytes([6]) + bytes(10)
    ip4_mf = bytes([0x05, 0]) + struct.pack(">H", magic) + bytes(2) + struct.pack(">H", 0x2000) \
        + bytes(1) + bytes([6]) + bytes(10)

    def ip6(label: bytes = bytes(3)) -> bytes:
        return bytes([0]) + label + struct.pack(">H", magic) + bytes([6, 0]) + bytes(32)

    ip6_frag = bytes(4) + struct.pack(">H", magic) + bytes([44, 0]) + bytes(32) + \
        bytes([6, 0, 0, 0, 0, 0, 0, 0])
    label = int.from_bytes(b"\x0b\xee\xef", "big") & 0xFFFFF
    ip4_ipip = ip4[:9] + bytes([4]) + ip4[10:]
    ip4_gre = ip4[:9] + bytes([47]) + ip4[10:]
    gre = struct.pack(">HH", 0, 0x0800)
    zero4 = ("0.0.0.0", "0.0.0.0")
    return [
        Vector("selftest-802.1q-ipv4", bytes(12) + struct.pack(">HHH", 0x8100, 0, 0x0800)
               + _c_struct_packet(0x0800, ip4, (80, 8080))[14:], 0, OK,
               keys(nhoff=18, thoff=38, v4=zero4, ip_proto=6, sport=sport, dport=dport),
               same_hash=False),
        Vector("selftest-802.1ad-ipv6", bytes(12) + struct.pack(">HHHHH", 0x88A8, 0, 0x8100, 0,
                                                                 0x86DD)
               + _c_struct_packet(0x86DD, ip6(), (80, 8080))[14:], 0, OK,
               keys(nhoff=22, thoff=62, n_proto=0x86DD, v6=("::", "::"), ip_proto=6,
                    sport=sport, dport=dport), same_hash=False),
        Vector("selftest-ipip-encap", _c_struct_packet(0x0800, ip4_ipip + ip4, (80, 8080)), 0,
               OK, keys(thoff=54, v4=zero4, ip_proto=6, encap=1, sport=sport, dport=dport)),
        Vector("selftest-ipip-no-encap", _c_struct_packet(0x0800, ip4_ipip + ip4, (80, 8080)),
               FE, OK, keys(thoff=34, v4=zero4, ip_proto=4, encap=1, flags=FE)),
        Vector("selftest-ip-gre", _c_struct_packet(0x0800, ip4_gre + gre + ip4, (80, 8080)), 0,
               OK, keys(thoff=58, v4=zero4, ip_proto=6, encap=1, sport=sport, dport=dport)),
        # The built-in dissector reports the GRE protocol (here the inner header's bytes:
        # 123) as n_proto before STOP_AT_ENCAP stops; bpf_flow.c and its selftest keep
        # the outer IPv4's: flowdsl follows the built-in dissector
        Vector("selftest-ip-gre-no-encap", _c_struct_packet(0x0800, ip4_gre + ip4, (80, 8080)),
               FE, OK, keys(thoff=38, n_proto=magic, v4=zero4, ip_proto=47, encap=1, flags=FE)),
        Vector("selftest-ipv4", _c_struct_packet(0x0800, ip4, (80, 8080)), 0, OK,
               keys(thoff=34, v4=("0.0.0.0", "0.0.0.0"), ip_proto=6, sport=sport, dport=dport)),
        Vector("selftest-ipv6", _c_struct_packet(0x86DD, ip6(), (80, 8080)), 0, OK,
               keys(thoff=54, n_proto=0x86DD, v6=("::", "::"), ip_proto=6, sport=sport,
                    dport=dport)),
        Vector("selftest-ipv4-frag", _c_struct_packet(0x0800, ip4_mf, (80, 8080)), F1, OK,
               keys(thoff=34, v4=("0.0.0.0", "0.0.0.0"), ip_proto=6, frag=1, first=1,
                    sport=sport, dport=dport, flags=F1)),
        Vector("selftest-ipv4-no-frag", _c_struct_packet(0x0800, ip4_mf, (80, 8080)), 0, OK,
               keys(thoff=34, v4=("0.0.0.0", "0.0.0.0"), ip_proto=6, frag=1, first=1)),
        Vector("selftest-ipv6-frag", _c_struct_packet(0x86DD, ip6_frag, (80, 8080)), F1, OK,
               keys(thoff=62, n_proto=0x86DD, v6=("::", "::"), ip_proto=6, frag=1, first=1,
                    sport=sport, dport=dport, flags=F1)),
        Vector("selftest-ipv6-no-frag", _c_struct_packet(0x86DD, ip6_frag, (80, 8080)), 0, OK,
               keys(thoff=62, n_proto=0x86DD, v6=("::", "::"), ip_proto=6, frag=1, first=1)),
        Vector("selftest-ipv6-flow-label", _c_struct_packet(0x86DD, ip6(b"\x0b\xee\xef"),
                                                            (80, 8080)), 0, OK,
               keys(thoff=54, n_proto=0x86DD, v6=("::", "::"), ip_proto=6, sport=sport,
                    dport=dport, label=label)),
        Vector("selftest-ipv6-no-flow-label", _c_struct_packet(0x86DD, ip6(b"\x0b\xee\xef"),
                                                               (80, 8080)), FL, OK,
               keys(thoff=54, n_proto=0x86DD, v6=("::", "::"), ip_proto=6, label=label,
                    flags=FL)),
        Vector("selftest-ipv6-empty-flow-label", _c_struct_packet(0x86DD, ip6(), (80, 8080)),
               FL, OK, keys(thoff=54, n_proto=0x86DD, v6=("::", "::"), ip_proto=6, sport=sport,
                            dport=dport, flags=FL)),
    ]


# -- the rest of the library, by hand-laid headers (kernel.md §3, flow_dissector.c) ------

ETH = bytes.fromhex(MAC_DST.replace(":", "")) + bytes.fromhex(MAC_SRC.replace(":", ""))


def eth(ethertype: int, payload: bytes) -> bytes:
    return ETH + struct.pack(">H", ethertype) + payload


def ip4(proto: int, payload: bytes, src: str = V4S, dst: str = V4D) -> bytes:
    return b(IP(src=src, dst=dst, proto=proto) / Raw(payload))


def ip6(nh: int, payload: bytes, src: str = V6S, dst: str = V6D) -> bytes:
    return b(IPv6(src=src, dst=dst, nh=nh) / Raw(payload))


def tcp(sport: int = 1000, dport: int = 80) -> bytes:
    return b(TCP(sport=sport, dport=dport))


def udp(sport: int = 1000, dport: int = 53, payload: bytes = b"") -> bytes:
    return struct.pack(">HHHH", sport, dport, 8 + len(payload), 0) + payload


def mpls_label(label: int, bos: int, ttl: int = 64) -> bytes:
    return struct.pack(">I", (label << 12) | (bos << 8) | ttl)


def pppoe(ppp_protocol: bytes, payload: bytes, code: int = 0) -> bytes:
    return struct.pack(">BBHH", 0x11, code, 7, len(ppp_protocol) + len(payload)) + \
        ppp_protocol + payload


def gre1(key: int, payload: bytes, protocol: int = 0x880B, call_id: int = 0,
         seq: bool = False, ack: bool = False) -> bytes:
    """A GRE version 1 (PPTP) header: K (``key``: payload length and call id), S, A."""
    header = struct.pack(">HH", key | 0x1000 * seq | 0x0080 * ack | 1, protocol)
    if key:
        header += struct.pack(">HH", len(payload), call_id)
    return header + bytes(4 * seq) + bytes(4 * ack) + payload


def ppp(protocol: int, payload: bytes) -> bytes:
    return struct.pack(">BBH", 0xFF, 0x03, protocol) + payload


def nonip_vectors() -> list[Vector]:
    """The ethertypes the built-in dissector accepts without flow keys, and PPTP."""
    v4, v6 = (V4S, V4D), (V6S, V6D)
    ptp_header = bytes([0x00, 0x02]) + struct.pack(">H", 44) + bytes(30)
    inner4, inner6 = ip4(6, tcp(1, 2), "10.1.0.1", "10.1.0.2"), ip6(17, udp(3, 4))
    batman = bytes([0x40, 15, 50, 0]) + bytes(6) + ETH + struct.pack(">H", 0x0800)
    k = 0x2000
    return [
        Vector("rarp", eth(0x8035, b(ARP(op=3))), 0, OK, keys(thoff=14, n_proto=0x8035)),
        Vector("arp-truncated", eth(0x0806, b"\x00\x01"), 0, OK,
               keys(thoff=14, n_proto=0x0806)),
        Vector("arp-malformed", eth(0x0806, bytes(28)), 0, OK, keys(thoff=14, n_proto=0x0806)),
        Vector("vlan-arp", eth(0x8100, struct.pack(">HH", 7, 0x0806) + b(ARP())), 0, OK,
               keys(nhoff=18, thoff=18, n_proto=0x0806), same_hash=False),
        Vector("ptp", eth(0x88F7, ptp_header + bytes(10)), 0, OK,
               keys(thoff=48, n_proto=0x88F7)),
        Vector("ptp-truncated", eth(0x88F7, ptp_header[:33]), 0, DROP,
               keys(thoff=14, n_proto=0x88F7)),
        Vector("cfm", eth(0x8902, bytes([0x00, 0x01, 0x00, 0x46]) + bytes(70)), 0, OK,
               keys(thoff=14, n_proto=0x8902)),
        Vector("cfm-empty", eth(0x8902, b""), 0, OK, keys(thoff=14, n_proto=0x8902)),
        # TIPC: the built-in dissector hashes the node address, which no BPF
        # dissector can report
        Vector("tipc", eth(0x88CA, struct.pack(">IIII", 0x5000002C, 0, 0, 0x01001001)
                           + bytes(28)), 0, OK, keys(thoff=14, n_proto=0x88CA),
               same_hash=False),
        Vector("tipc-truncated", eth(0x88CA, bytes(15)), 0, DROP,
               keys(thoff=14, n_proto=0x88CA)),
        Vector("fcoe", eth(0x8906, bytes(38) + bytes(8)), 0, OK,
               keys(thoff=52, n_proto=0x8906)),
        Vector("fcoe-truncated", eth(0x8906, bytes(37)), 0, DROP,
               keys(thoff=14, n_proto=0x8906)),
        # HSR/PRP tags: as a VLAN tag; batman-adv unicast: an encapsulated frame
        Vector("hsr-ipv4-tcp", eth(0x892F, struct.pack(">HHH", 0x0034, 9, 0x0800) + inner4), 0,
               OK, keys(nhoff=20, thoff=40, v4=("10.1.0.1", "10.1.0.2"), ip_proto=6,
                        sport=1, dport=2)),
        Vector("prp-ipv6-udp", eth(0x88FB, struct.pack(">HHH", 0x0034, 9, 0x86DD) + inner6), 0,
               OK, keys(nhoff=20, thoff=60, n_proto=0x86DD, v6=v6, ip_proto=17, sport=3,
                        dport=4)),
        Vector("hsr-truncated", eth(0x892F, bytes(5)), 0, DROP, keys(thoff=14, n_proto=0x892F)),
        Vector("hsr-vlan-ipv4", eth(0x892F, struct.pack(">HHH", 0x0034, 9, 0x8100)
                                    + struct.pack(">HH", 5, 0x0800) + inner4), 0, OK,
               keys(nhoff=24, thoff=44, v4=("10.1.0.1", "10.1.0.2"), ip_proto=6, sport=1,
                    dport=2), same_hash=False),
        Vector("batadv-hsr-ipv4", eth(0x4305, batman[:-2] + b"\x89\x2f" + struct.pack(
            ">HHH", 0x0034, 9, 0x0800) + inner4), 0, OK,
               keys(nhoff=44, thoff=64, v4=("10.1.0.1", "10.1.0.2"), ip_proto=6, sport=1,
                    dport=2, encap=1)),
        Vector("batadv-ipv4-tcp", eth(0x4305, batman + inner4), 0, OK,
               keys(thoff=58, v4=("10.1.0.1", "10.1.0.2"), ip_proto=6, sport=1, dport=2,
                    encap=1)),
        Vector("batadv-stop-at-encap", eth(0x4305, batman + inner4), FE, OK,
               keys(thoff=38, encap=1, flags=FE)),
        Vector("batadv-other-version-fails", eth(0x4305, batman[:1] + b"\x0e" + batman[2:]
                                                 + inner4), 0, DROP,
               keys(thoff=14, n_proto=0x4305)),
        # a failed dissection is hashed too: n_proto is the protocol being read, as the
        # built-in dissector sets it before reading the header
        Vector("pppoe-ipv4-truncated", eth(0x8864, pppoe(b"\x00\x21", inner4[:19])), 0, DROP,
               keys(nhoff=22, thoff=22)),
        Vector("ipv6-in-ipv4-truncated", eth(0x0800, ip4(41, inner6[:39])), 0, DROP,
               keys(thoff=34, n_proto=0x86DD, v4=v4, ip_proto=41, encap=1)),
        Vector("batadv-unknown-ethertype-fails", eth(0x4305, batman[:-2] + b"\xfc\x06"
                                                     + bytes(20)), 0, DROP,
               keys(thoff=38, n_proto=0xFC06)),
        # GRE goes on with any ethertype, as the built-in dissector's proto_again does
        Vector("gre-arp", eth(0x0800, ip4(47, struct.pack(">HH", 0, 0x0806) + bytes(28))),
               0, OK, keys(thoff=38, n_proto=0x0806, v4=v4, ip_proto=47, encap=1)),
        Vector("gre-vlan-ipv4", eth(0x0800, ip4(47, struct.pack(">HH", 0, 0x8100)
                                                + struct.pack(">HH", 9, 0x0800) + inner4)),
               0, OK, keys(nhoff=42, thoff=62, v4=("10.1.0.1", "10.1.0.2"), ip_proto=6,
                           sport=1, dport=2, encap=1), same_hash=False),
        # PPTP: the inner flow; a call id is part of the built-in dissector's GRE key
        Vector("pptp-ipv4-tcp", eth(0x0800, ip4(47, gre1(k, ppp(0x21, inner4)))), 0, OK,
               keys(thoff=66, v4=("10.1.0.1", "10.1.0.2"), ip_proto=6, sport=1, dport=2,
                    encap=1)),
        Vector("pptp-seq-ack-ipv4", eth(0x0800, ip4(47, gre1(k, ppp(0x21, inner4), seq=True,
                                                             ack=True))), 0, OK,
               keys(thoff=74, v4=("10.1.0.1", "10.1.0.2"), ip_proto=6, sport=1, dport=2,
                    encap=1)),
        Vector("pptp-call-id-ipv6", eth(0x0800, ip4(47, gre1(k, ppp(0x57, inner6), call_id=7,
                                                             seq=True))), 0, OK,
               keys(thoff=90, n_proto=0x86DD, v6=v6, ip_proto=17, sport=3, dport=4,
                    encap=1), same_hash=False),
        Vector("pptp-stop-at-encap", eth(0x0800, ip4(47, gre1(k, ppp(0x21, inner4)))), FE, OK,
               keys(thoff=46, v4=v4, ip_proto=47, encap=1, flags=FE)),
        Vector("pptp-lcp-fails", eth(0x0800, ip4(47, gre1(k, ppp(0xC021, bytes(8))))), 0,
               DROP, keys(thoff=46, n_proto=0x880B, v4=v4, ip_proto=47, encap=1)),
        Vector("pptp-lcp-stop-at-encap", eth(0x0800, ip4(47, gre1(k, ppp(0xC021, bytes(8))))),
               FE, OK, keys(thoff=46, n_proto=0x880B, v4=v4, ip_proto=47, encap=1,
                            flags=FE)),
        # version 1 without the key, or not PPP: stop before GRE, the protocol reported
        Vector("gre1-without-key", eth(0x0800, ip4(47, gre1(0, ppp(0x21, inner4)))), 0, OK,
               keys(thoff=34, n_proto=0x880B, v4=v4, ip_proto=47)),
        Vector("gre1-not-ppp", eth(0x0800, ip4(47, gre1(k, inner4, protocol=0x0800))), 0, OK,
               keys(thoff=34, v4=v4, ip_proto=47)),
        Vector("gre-version-2", eth(0x0800, ip4(47, struct.pack(">HH", 2, 0x0800) + inner4)),
               0, OK, keys(thoff=34, v4=v4, ip_proto=47)),
        Vector("pptp-truncated-ppp", eth(0x0800, ip4(47, gre1(k, b"\xff\x03\x00"))), 0, DROP,
               keys(thoff=42, n_proto=0x880B, v4=v4, ip_proto=47)),
    ]


def library_vectors() -> list[Vector]:
    """MPLS, PPPoE, SCTP, DCCP, ICMPv6, ESP and AH under the kernel profile."""
    v4, v6 = (V4S, V4D), (V6S, V6D)
    inner4 = ip4(6, tcp(1, 2))
    spi = struct.pack(">I", 0x12345678)
    return [
        # MPLS: the built-in dissector stops after the bottom label (n_proto stays MPLS)
        Vector("mpls-one-label", eth(0x8847, mpls_label(100, 1) + inner4), 0, OK,
               keys(thoff=18, n_proto=0x8847)),
        Vector("mpls-multicast-two-labels", eth(0x8848, mpls_label(1, 0) + mpls_label(2, 1)
                                                + inner4), 0, OK,
               keys(thoff=18, n_proto=0x8848)),
        Vector("mpls-label-limit", eth(0x8847, b"".join(mpls_label(i, 0) for i in range(5))
                                       + mpls_label(9, 1) + inner4), 0, OK,
               keys(thoff=18, n_proto=0x8847)),  # the first label only, as the built-in
        Vector("mpls-truncated", eth(0x8847, mpls_label(1, 1)[:2]), 0, OK,
               keys(thoff=16, n_proto=0x8847)),  # not read: success, thoff clamped
        Vector("ipv4-mpls-in-ip", eth(0x0800, ip4(137, mpls_label(5, 1) + inner4)), 0, OK,
               keys(thoff=38, n_proto=0x8847, v4=v4, ip_proto=137)),
        Vector("gre-mpls", eth(0x0800, ip4(47, struct.pack(">HH", 0, 0x8847) + mpls_label(5, 1)
                                           + inner4)), 0, OK,
               keys(thoff=42, n_proto=0x8847, v4=v4, ip_proto=47, encap=1)),
        Vector("gre-unknown-protocol", eth(0x0800, ip4(47, struct.pack(">HH", 0, 0x88B5)
                                                       + bytes(8))), 0, DROP,
               keys(thoff=38, n_proto=0x88B5, v4=v4, ip_proto=47, encap=1)),
        Vector("gre-teb-arp", eth(0x0800, ip4(47, struct.pack(">HH", 0, 0x6558)
                                              + eth(0x0806, bytes(28)))), 0, OK,
               keys(thoff=52, n_proto=0x0806, v4=v4, ip_proto=47, encap=1)),
        # PPPoE session: nhoff and thoff move past it; the PPP protocol picks the L3
        Vector("pppoe-ipv4", eth(0x8864, pppoe(b"\x00\x21", ip4(17, udp(5, 6)))), 0, OK,
               keys(nhoff=22, thoff=42, v4=v4, ip_proto=17, sport=5, dport=6)),
        Vector("pppoe-ipv6", eth(0x8864, pppoe(b"\x00\x57", ip6(6, tcp(7, 8)))), 0, OK,
               keys(nhoff=22, thoff=62, n_proto=0x86DD, v6=v6, ip_proto=6, sport=7, dport=8)),
        # Linux 6.18 does not decompress the PPP protocol field (RFC 1661 PFC)
        Vector("pppoe-compressed-protocol-fails", eth(0x8864, pppoe(b"\x21", ip4(17, udp(5, 6)))),
               0, DROP, keys(nhoff=22, thoff=22, n_proto=0x8864)),
        Vector("pppoe-mpls", eth(0x8864, pppoe(b"\x02\x81", mpls_label(1, 1))), 0, OK,
               keys(nhoff=22, thoff=26, n_proto=0x8847)),
        # any other valid PPP protocol (odd, even high byte): success after the header
        Vector("pppoe-lcp", eth(0x8864, pppoe(b"\xc0\x21", bytes(8))), 0, OK,
               keys(nhoff=22, thoff=22, n_proto=0x8864)),
        Vector("pppoe-ipcp", eth(0x8864, pppoe(b"\x80\x21", bytes(8))), 0, OK,
               keys(nhoff=22, thoff=22, n_proto=0x8864)),
        Vector("pppoe-invalid-ppp-protocol-fails", eth(0x8864, pppoe(b"\xc0\x22", bytes(8))),
               0, DROP, keys(nhoff=22, thoff=22, n_proto=0x8864)),
        Vector("pppoe-discovery-code-fails", eth(0x8864, pppoe(b"\x00\x21", inner4, code=9)),
               0, DROP, keys(thoff=14, n_proto=0x8864)),
        Vector("vlan-pppoe-ipv4", eth(0x8100, struct.pack(">HH", 5, 0x8864) + pppoe(
            b"\x00\x21", ip4(6, tcp(3, 4)))), 0, OK,
               keys(nhoff=26, thoff=46, v4=v4, ip_proto=6, sport=3, dport=4),
               same_hash=False),
        # transports the built-in dissector takes ports (or an SPI) from
        Vector("ipv4-sctp", eth(0x0800, ip4(132, struct.pack(">HHII", 5000, 6000, 1, 0))), 0,
               OK, keys(thoff=34, v4=v4, ip_proto=132, sport=5000, dport=6000)),
        Vector("ipv6-dccp", eth(0x86DD, ip6(33, struct.pack(">HH", 7000, 8000) + bytes(12))), 0,
               OK, keys(thoff=54, n_proto=0x86DD, v6=v6, ip_proto=33, sport=7000,
                        dport=8000)),
        Vector("sctp-ports-only", eth(0x0800, ip4(132, struct.pack(">HH", 5000, 6000))), 0, OK,
               keys(thoff=34, v4=v4, ip_proto=132, sport=5000, dport=6000)),
        Vector("ipv4-esp-spi", eth(0x0800, ip4(50, spi + bytes(12))), 0, OK,
               keys(thoff=34, v4=v4, ip_proto=50, sport=0x1234, dport=0x5678)),
        Vector("ipv6-ah-spi", eth(0x86DD, ip6(51, bytes([6, 4, 0, 0]) + spi + bytes(16)
                                              + tcp())), 0, OK,
               keys(thoff=54, n_proto=0x86DD, v6=v6, ip_proto=51, sport=0x1234,
                    dport=0x5678)),
        Vector("ah-truncated", eth(0x0800, ip4(51, bytes([6, 4, 0, 0]) + spi[:2])), 0, OK,
               keys(thoff=34, v4=v4, ip_proto=51)),
        Vector("ipv6-icmpv6", eth(0x86DD, ip6(58, bytes([128, 0, 0, 0, 0, 1, 0, 1]))), 0, OK,
               keys(thoff=54, n_proto=0x86DD, v6=v6, ip_proto=58)),
        Vector("ipv6-hop-icmpv6", eth(0x86DD, ip6(0, bytes([58, 0]) + bytes(6)
                                                  + bytes([128, 0, 0, 0]))), 0, OK,
               keys(thoff=62, n_proto=0x86DD, v6=v6, ip_proto=58)),
        # UDP tunnels are off in the kernel profile: the outer UDP ports stop there
        Vector("vxlan-not-parsed-by-kernel-profile", eth(0x0800, ip4(17, udp(
            999, 4789, bytes(8) + eth(0x0800, inner4)))), 0, OK,
               keys(thoff=34, v4=v4, ip_proto=17, sport=999, dport=4789)),
    ]


I4B = ("192.0.2.1", "192.0.2.2")  # inner addresses
I6B = ("2001:db8:1::1", "2001:db8:1::2")


def vxlan(vni: int, frame: bytes) -> bytes:
    return struct.pack(">II", 0x08000000, vni << 8) + frame


def geneve(protocol: int, payload: bytes, options: bytes = b"") -> bytes:
    return struct.pack(">BBHI", len(options) // 4, 0, protocol, 42 << 8) + options + payload


def gtpu(flags: int, payload: bytes, message: int = 0xFF, extra: bytes = b"") -> bytes:
    return struct.pack(">BBHI", flags, message, len(extra) + len(payload), 7) + extra + payload


def overlay_vectors() -> list[Vector]:
    """The overlay profile: the inner flow's keys for each UDP tunnel."""
    out4 = (V4S, V4D)
    in4 = ip4(6, tcp(1111, 2222), *I4B)
    in6 = ip6(17, udp(3333, 4444), *I6B)
    inner4 = keys(thoff=0, v4=I4B, ip_proto=6, sport=1111, dport=2222, encap=1)
    inner6 = keys(thoff=0, n_proto=0x86DD, v6=I6B, ip_proto=17, sport=3333, dport=4444,
                  encap=1)

    def at(k: FlowKeys, thoff: int, **extra: int) -> FlowKeys:
        from dataclasses import replace
        return replace(k, thoff=thoff, **extra)

    def over_udp(dport: int, tunnel: bytes) -> bytes:
        return eth(0x0800, ip4(17, udp(50000, dport, tunnel)))

    ext = bytes([1, 0x10, 0x00, 0x00])  # PDU session container: 4 bytes, next type 0
    vectors = [
        Vector("vxlan-ipv4-tcp", over_udp(4789, vxlan(42, eth(0x0800, in4))), 0, OK,
               at(inner4, 84)),
        Vector("vxlan-linux-port", over_udp(8472, vxlan(42, eth(0x86DD, in6))), 0, OK,
               at(inner6, 104)),
        # cut in UDP's length: the ports, as in the kernel profile (udp-truncated)
        Vector("vxlan-cut-in-udp", over_udp(4789, b"")[:38], 0, OK,
               keys(thoff=34, v4=out4, ip_proto=17, sport=50000, dport=4789)),
        Vector("vxlan-stop-at-encap", over_udp(4789, vxlan(42, eth(0x0800, in4))), FE, OK,
               keys(thoff=50, v4=out4, ip_proto=17, sport=50000, dport=4789, encap=1,
                    flags=FE)),
        # an inner flow without ports has none: the tunnel's are the outer flow's
        Vector("vxlan-ipv4-icmp", over_udp(4789, vxlan(42, eth(0x0800, ip4(
            1, bytes([8, 0, 0, 0, 0, 7, 0, 1]), *I4B)))), 0, OK,
               keys(thoff=84, v4=I4B, ip_proto=1, encap=1)),
        Vector("geneve-ipv6-icmpv6", over_udp(6081, geneve(0x86DD, ip6(
            58, bytes([128, 0, 0, 0, 0, 7, 0, 1]), *I6B))), 0, OK,
               keys(thoff=90, n_proto=0x86DD, v6=I6B, ip_proto=58, encap=1)),
        Vector("vxlan-inner-vlan", over_udp(4789, vxlan(1, eth(0x8100, struct.pack(
            ">HH", 9, 0x0800) + in4))), 0, OK, at(inner4, 88, nhoff=68)),
        Vector("geneve-ethernet-options", over_udp(6081, geneve(0x6558, eth(0x0800, in4),
                                                                 bytes(8))), 0, OK,
               at(inner4, 92)),
        Vector("geneve-ipv6", over_udp(6081, geneve(0x86DD, in6)), 0, OK, at(inner6, 90)),
        Vector("geneve-version-1-stops", over_udp(6081, b"\x40" + geneve(0x0800, in4)[1:]), 0,
               OK, keys(thoff=42, v4=out4, ip_proto=17, sport=50000, dport=6081)),
        Vector("geneve-options-past-end", over_udp(6081, geneve(0x0800, b"", bytes(8))[:12]),
               0, DROP, keys(thoff=42, v4=out4, ip_proto=17, sport=50000, dport=6081)),
        Vector("gue-ipv4", over_udp(6080, struct.pack(">BBH", 1, 4, 0) + bytes(4) + in4), 0,
               OK, at(inner4, 70)),
        Vector("gue-ipv6", over_udp(6080, struct.pack(">BBH", 0, 41, 0) + in6), 0, OK,
               at(inner6, 86)),
        Vector("gue-control-stops", over_udp(6080, struct.pack(">BBH", 0x20, 4, 0) + in4), 0,
               OK, keys(thoff=42, v4=out4, ip_proto=17, sport=50000, dport=6080)),
        Vector("gtpu-ipv4", over_udp(2152, gtpu(0x30, in4)), 0, OK, at(inner4, 70)),
        Vector("gtpu-sequence-ipv6", over_udp(2152, gtpu(0x32, in6, extra=bytes(4))), 0, OK,
               at(inner6, 94)),
        Vector("gtpu-extension-header", over_udp(2152, gtpu(0x34, in4, extra=bytes(3) + b"\x85"
                                                             + ext)), 0, OK,
               at(inner4, 78)),
        Vector("gtpu-echo-stops", over_udp(2152, gtpu(0x30, in4, message=1)), 0, OK,
               keys(thoff=42, v4=out4, ip_proto=17, sport=50000, dport=2152)),
        Vector("gtpu-zero-length-extension-fails", over_udp(2152, gtpu(
            0x34, in4, extra=bytes(3) + b"\x85" + bytes(4))), 0, DROP,
               keys(thoff=54, v4=out4, ip_proto=17, encap=1)),  # ports: the outer flow's
        Vector("mpls-payload-ipv4", eth(0x8847, mpls_label(1, 0) + mpls_label(2, 1) + in4), 0,
               OK, at(inner4, 42)),
        Vector("ipv4-tcp-unchanged", eth(0x0800, ip4(6, tcp(5, 6))), 0, OK,
               keys(thoff=34, v4=out4, ip_proto=6, sport=5, dport=6)),
    ]
    return [Vector(v.name, v.frame, v.flags, v.verdict, v.keys, "overlay", False)
            for v in vectors]


def minimal_vectors() -> list[Vector]:
    """The minimal profile: IPv4/IPv6 TCP/UDP here, everything else to the kernel."""
    v4, v6 = (V4S, V4D), (V6S, V6D)
    vectors = [
        Vector("minimal-ipv4-tcp", eth(0x0800, ip4(6, tcp(5, 6))), 0, OK,
               keys(thoff=34, v4=v4, ip_proto=6, sport=5, dport=6)),
        Vector("minimal-ipv6-udp", eth(0x86DD, ip6(17, udp(7, 8))), 0, OK,
               keys(thoff=54, n_proto=0x86DD, v6=v6, ip_proto=17, sport=7, dport=8)),
        Vector("minimal-vlan-to-kernel", eth(0x8100, struct.pack(">HH", 1, 0x0800)
                                             + ip4(6, tcp())), 0, CONTINUE, keys(thoff=14)),
        Vector("minimal-gre-to-kernel", eth(0x0800, ip4(47, bytes(4))), 0, CONTINUE,
               keys(thoff=14)),
        Vector("minimal-ipv6-hop-to-kernel", eth(0x86DD, ip6(0, bytes(8) + tcp())), 0,
               CONTINUE, keys(thoff=14)),
        Vector("minimal-truncated-tcp-drops", eth(0x0800, ip4(6, tcp()))[:40], 0, DROP,
               keys(thoff=34, v4=v4, ip_proto=6, sport=1000, dport=80)),
    ]
    return [Vector(v.name, v.frame, v.flags, v.verdict, v.keys, "minimal") for v in vectors]
