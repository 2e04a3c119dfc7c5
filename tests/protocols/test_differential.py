"""Differential property test: random and mutated packets give the same verdict and keys
in the reference dissector and in the kernel (BPF_PROG_TEST_RUN)."""

from __future__ import annotations

from flowdsl.dsl.reference import ReferenceDissector
from flowdsl.protocols import default_graph
from flowdsl.runtime.testrun import test_run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scapy.layers.inet import IP, TCP, UDP
from scapy.layers.inet6 import (
    IPv6,
    IPv6ExtHdrDestOpt,
    IPv6ExtHdrFragment,
    IPv6ExtHdrHopByHop,
    IPv6ExtHdrRouting,
)
from scapy.layers.l2 import Ether
from scapy.packet import Packet, Raw

from tests.conftest import MAC_DST, MAC_SRC, describe_mismatch

EXAMPLES = 1500
REFERENCE = ReferenceDissector(default_graph())
u8, u16 = st.integers(0, 0xFF), st.integers(0, 0xFFFF)


@st.composite
def transport(draw: st.DrawFn) -> Packet:
    kind = draw(st.sampled_from(["tcp", "udp", "raw"]))
    if kind == "tcp":
        doff = draw(st.one_of(st.none(), st.integers(0, 15)))
        return TCP(sport=draw(u16), dport=draw(u16), dataofs=doff,
                   options=draw(st.sampled_from([[], [("MSS", 1460)], [("NOP", None)] * 8])))
    if kind == "udp":
        return UDP(sport=draw(u16), dport=draw(u16))
    return Raw(draw(st.binary(max_size=24)))


@st.composite
def ipv4(draw: st.DrawFn) -> Packet:
    proto = draw(st.sampled_from([6, 17, 136, 1, 4, 41, 47, draw(u8)]))
    ihl = draw(st.one_of(st.none(), st.integers(0, 15)))
    options = draw(st.sampled_from([b"", b"\x01" * 4, b"\x94\x04\x00\x00" * 3, b"\x01" * 40]))
    frag = draw(st.sampled_from([0, 0, 1, 100, draw(st.integers(0, 0x1FFF))]))
    flags = draw(st.sampled_from([0, 1, 2, 4]))
    return IP(version=draw(st.sampled_from([4, 4, 6])), ihl=ihl, proto=proto, flags=flags,
              frag=frag, options=options, src="10.1.2.3", dst="10.4.5.6") / draw(transport())


@st.composite
def ipv6(draw: st.DrawFn) -> Packet:
    layer: Packet = IPv6(fl=draw(st.sampled_from([0, 1, 0xFFFFF, draw(st.integers(0, 0xFFFFF))])),
                         tc=draw(u8), src="2001:db8::a", dst="2001:db8::b")
    for _ in range(draw(st.integers(0, 5))):
        ext = draw(st.sampled_from(["hop", "rt", "dst", "frag"]))
        if ext == "frag":
            layer = layer / IPv6ExtHdrFragment(offset=draw(st.sampled_from([0, 0, 1, 8191])),
                                               m=draw(st.integers(0, 1)))
        else:
            cls = {"hop": IPv6ExtHdrHopByHop, "rt": IPv6ExtHdrRouting,
                   "dst": IPv6ExtHdrDestOpt}[ext]
            layer = layer / cls()
    return layer / draw(transport())


@st.composite
def frames(draw: st.DrawFn) -> bytes:
    l3 = draw(st.sampled_from(["ipv4", "ipv6", "other"]))
    if l3 == "other":
        payload = Raw(draw(st.binary(max_size=64)))
        frame = bytes(Ether(src=MAC_SRC, dst=MAC_DST, type=draw(u16)) / payload)
    else:
        frame = bytes(Ether(src=MAC_SRC, dst=MAC_DST) / draw(ipv4() if l3 == "ipv4" else ipv6()))
    mutation = draw(st.sampled_from(["none", "truncate", "flip", "both"]))
    data = bytearray(frame)
    if mutation in ("flip", "both") and len(data) > 14:
        for _ in range(draw(st.integers(1, 4))):
            data[draw(st.integers(14, len(data) - 1))] = draw(u8)
    if mutation in ("truncate", "both"):
        data = data[:draw(st.integers(14, len(data)))]
    return bytes(data)


def test_reference_equals_kernel(default_program) -> None:  # type: ignore[no-untyped-def]
    seen = []

    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(frame=frames(), flags=st.integers(0, 7))
    def check(frame: bytes, flags: int) -> None:
        seen.append(1)
        run = test_run(default_program.fd.fd, frame, flags)
        ref = REFERENCE.run(frame, flags)
        problem = describe_mismatch(run.verdict, run.keys, ref.verdict, ref.keys)
        assert not problem, f"frame {frame.hex()} flags {flags}:\n{problem}"

    check()
    assert len(seen) >= 1000, f"only {len(seen)} packets were generated"
