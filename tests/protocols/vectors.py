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
        Vector("ipv4-ihl-past-end", b(E4 / IP(ihl=15, src=V4S, dst=V4D))[:50], 0, DROP,
               keys(thoff=14, v4=v4, ip_proto=0)),
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
        Vector("tcp-bad-doff", b(E4 / I4 / TCP(dataofs=4)), 0, DROP,
               keys(thoff=34, v4=v4, ip_proto=6)),
        Vector("tcp-options-past-end", b(E4 / I4 / TCP(sport=5, dport=6, dataofs=15)), 0, DROP,
               keys(thoff=34, v4=v4, ip_proto=6, sport=5, dport=6)),
        Vector("tcp-truncated", b(E4 / I4 / TCP())[:44], 0, DROP,
               keys(thoff=34, v4=v4, ip_proto=6)),
        Vector("udp-truncated", b(E4 / I4 / UDP())[:38], 0, DROP,
               keys(thoff=34, v4=v4, ip_proto=17)),
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
        Vector("arp-unknown-ethertype", b(E4 / ARP()), 0, DROP, keys(thoff=14, n_proto=0x0806)),
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
               keys(nhoff=18, thoff=38, v4=zero4, ip_proto=6, sport=sport, dport=dport)),
        Vector("selftest-802.1ad-ipv6", bytes(12) + struct.pack(">HHHHH", 0x88A8, 0, 0x8100, 0,
                                                                 0x86DD)
               + _c_struct_packet(0x86DD, ip6(), (80, 8080))[14:], 0, OK,
               keys(nhoff=22, thoff=62, n_proto=0x86DD, v6=("::", "::"), ip_proto=6,
                    sport=sport, dport=dport)),
        Vector("selftest-ipip-encap", _c_struct_packet(0x0800, ip4_ipip + ip4, (80, 8080)), 0,
               OK, keys(thoff=54, v4=zero4, ip_proto=6, encap=1, sport=sport, dport=dport)),
        Vector("selftest-ipip-no-encap", _c_struct_packet(0x0800, ip4_ipip + ip4, (80, 8080)),
               FE, OK, keys(thoff=34, v4=zero4, ip_proto=4, encap=1, flags=FE)),
        Vector("selftest-ip-gre", _c_struct_packet(0x0800, ip4_gre + gre + ip4, (80, 8080)), 0,
               OK, keys(thoff=58, v4=zero4, ip_proto=6, encap=1, sport=sport, dport=dport)),
        Vector("selftest-ip-gre-no-encap", _c_struct_packet(0x0800, ip4_gre + ip4, (80, 8080)),
               FE, OK, keys(thoff=38, v4=zero4, ip_proto=47, encap=1, flags=FE)),
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
