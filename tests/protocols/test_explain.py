"""Why a flow hash differs from the built-in dissector's (flowdsl/explain.py), against the
real kernel: each frame runs through the built-in C dissector and the shipped profile's
program (runtime/oracle.py, a private network namespace). A frame with a by-design
feature must hash differently and be explained by exactly that reason; the same frame
without it must hash the same and get no reason. The frames follow the kernel's
semantics (net/core/flow_dissector.c, Linux 6.18), not the classifier's code."""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from flowdsl.dsl.reference import ReferenceDissector
from flowdsl.runtime.loader import Program
from flowdsl.runtime.oracle import HashPair, compare_with_builtin
from scapy.layers.inet6 import IPv6
from scapy.packet import Raw

from flowdsl.errors import UsageError
from flowdsl.explain import (
    HASH_FLAGS,
    REASONS,
    UNEXPLAINED,
    accepted,
    builtin_reasons,
    explain,
    parse_accept,
    summarize,
    summary_line,
)
from tests.conftest import profile_graph
from tests.protocols.vectors import V6D, V6S, b, eth, ip4, ip6, mpls_label, pppoe, udp, vxlan

INNER = ip4(17, udp(1000, 2000, b"payload!"))


def tag(tci: int, ethertype: int) -> bytes:
    return struct.pack(">HH", tci, ethertype)


def gre(flags: int, protocol: int, optional: bytes, payload: bytes) -> bytes:
    return struct.pack(">HH", flags, protocol) + optional + payload


def gre_key(key: int, payload: bytes = INNER) -> bytes:
    return ip4(47, gre(0x2000, 0x0800, struct.pack(">I", key), payload))


def pptp(call_id: int) -> bytes:
    """GRE version 1 with K (payload length, call id), PPP carrying IPv4."""
    return ip4(47, gre(0x2001, 0x880B, struct.pack(">HH", len(INNER) + 4, call_id),
                       b"\xff\x03\x00\x21" + INNER))


def tipc(node: int, length: int = 40) -> bytes:
    """struct tipc_basic_hdr (the node address in word 3) and a body, cut to length."""
    return (struct.pack(">IIII", 0x5 << 29, 0, 0, node) + bytes(24))[:length]


def icmp_echo(ident: int) -> bytes:
    return ip4(1, struct.pack(">BBHHH", 8, 0, 0, ident, 1) + bytes(8))


def ip6_label(nh: int, payload: bytes, label: int) -> bytes:
    return b(IPv6(src=V6S, dst=V6D, nh=nh, fl=label) / Raw(payload))


@dataclass(frozen=True)
class Case:
    name: str
    frame: bytes
    reasons: tuple[str, ...]  # () means: the same hash, no reason
    profile: str = "kernel"


CASES = [
    # vlan: FLOW_DISSECTOR_KEY_VLAN holds id, priority and TPID of the first tag
    Case("vlan", eth(0x8100, tag(5, 0x0800) + INNER), ("vlan",)),
    Case("vlan-id-0-priority-0", eth(0x8100, tag(0, 0x0800) + INNER), ("vlan",)),
    Case("vlan-qinq", eth(0x88A8, tag(0, 0x8100) + tag(7, 0x0800) + INNER), ("vlan",)),
    Case("vlan-pppoe", eth(0x8100, tag(5, 0x8864) + pppoe(b"\x00\x21", INNER)), ("vlan",)),
    Case("vlan-inside-gre-teb", eth(0x0800, ip4(47, gre(0, 0x6558, b"", eth(
        0x8100, tag(3, 0x0800) + INNER)))), ("vlan",)),
    Case("no-vlan", eth(0x0800, INNER), ()),
    Case("no-vlan-pppoe", eth(0x8864, pppoe(b"\x00\x21", INNER)), ()),
    Case("no-vlan-inside-gre-teb", eth(0x0800, ip4(47, gre(0, 0x6558, b"", eth(
        0x0800, INNER)))), ()),
    # gre-key: FLOW_DISSECTOR_KEY_GRE_KEYID, version 0 with K; PPTP's call id
    Case("gre-key", eth(0x0800, gre_key(42)), ("gre-key",)),
    Case("gre-key-over-ipv6", eth(0x86DD, ip6(47, gre(0x2000, 0x0800, struct.pack(
        ">I", 42), INNER))), ("gre-key",)),
    Case("gre-key-pptp-call-id", eth(0x0800, pptp(7)), ("gre-key",)),
    Case("gre-no-k-flag", eth(0x0800, ip4(47, gre(0, 0x0800, b"", INNER))), ()),
    Case("gre-key-zero", eth(0x0800, gre_key(0)), ()),
    # STOP_AT_FLOW_LABEL: the hash never reaches GRE behind a non-zero flow label
    Case("gre-key-behind-flow-label", eth(0x86DD, ip6_label(47, gre(
        0x2000, 0x0800, struct.pack(">I", 42), INNER), 5)), ()),
    # tipc: address type FLOW_DISSECTOR_KEY_TIPC, tipc_hdr_rps_key hashed
    Case("tipc", eth(0x88CA, tipc(0x01001001)), ("tipc",)),
    Case("tipc-node-zero", eth(0x88CA, tipc(0)), ("tipc",)),
    Case("tipc-inside-gre", eth(0x0800, ip4(47, gre(0, 0x88CA, b"", tipc(1)))), ("tipc",)),
    Case("tipc-header-short", eth(0x88CA, tipc(0x01001001, length=12)), ()),
    # never hashed: the MPLS entropy label, ICMP type, code and echo id
    Case("mpls-entropy-label", eth(0x8847, mpls_label(7, 0) + mpls_label(12345, 1) + INNER),
         ()),
    Case("icmp-echo", eth(0x0800, icmp_echo(1)), ()),
    Case("icmp-echo-other-id", eth(0x0800, icmp_echo(2)), ()),
    # two features, two reasons
    Case("vlan-and-gre-key", eth(0x8100, tag(9, 0x0800) + gre_key(42)), ("vlan", "gre-key")),
    # IPv4 in IPv6: the built-in dissector hashes bytes 8..11 of the outer source address
    Case("ipv6-residue", eth(0x86DD, ip6(4, INNER, src="2001:db8:0:0:1::1")),
         ("ipv6-residue",)),
    Case("no-ipv6-residue", eth(0x86DD, ip6(4, INNER, src="2001:db8::1")), ()),
    # a limit of the kernel profile: one encapsulation; the built-in dissector walks on
    Case("second-encapsulation", eth(0x0800, ip4(41, ip6(4, INNER))), ("limit",)),
    Case("one-encapsulation", eth(0x0800, ip4(41, ip6(6, INNER[20:]))), ()),
    Case("vlan-and-tipc", eth(0x8100, tag(9, 0x88CA) + tipc(1)), ("vlan", "tipc")),
    # what the overlay profile dissects and the built-in dissector does not
    Case("udp-tunnel", eth(0x0800, ip4(17, udp(5000, 4789, vxlan(1, eth(0x0800, INNER))))),
         ("udp-tunnel",), "overlay"),
    Case("udp-not-a-tunnel", eth(0x0800, ip4(17, udp(5000, 4788, vxlan(1, eth(
        0x0800, INNER))))), (), "overlay"),
    Case("mpls-payload", eth(0x8847, mpls_label(100, 1) + INNER), ("mpls-payload",),
         "overlay"),
    Case("mpls-kernel-profile", eth(0x8847, mpls_label(100, 1) + INNER), ()),
    Case("vlan-and-udp-tunnel", eth(0x8100, tag(9, 0x0800) + ip4(17, udp(5000, 4789, vxlan(
        1, eth(0x0800, INNER))))), ("vlan", "udp-tunnel"), "overlay"),
]


@dataclass(frozen=True)
class Outcome:
    pair: HashPair
    reasons: list[str]


@pytest.fixture(scope="module")
def outcomes(profile_program: Callable[[str], Program]) -> dict[str, Outcome]:
    """Every case through the kernel once per profile (the programs are the session's)."""
    found: dict[str, Outcome] = {}
    for profile in sorted({case.profile for case in CASES}):
        cases = [case for case in CASES if case.profile == profile]
        reference = ReferenceDissector(profile_graph(profile))
        pairs = compare_with_builtin(profile_program(profile).fd.fd,
                                     [(case.name, case.frame) for case in cases])
        for case, pair in zip(cases, pairs, strict=True):
            result = reference.run(case.frame, HASH_FLAGS)
            found[case.name] = Outcome(pair, explain(case.frame, result, pair))
    return found


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_difference_and_its_reason(case: Case, outcomes: dict[str, Outcome]) -> None:
    outcome = outcomes[case.name]
    assert outcome.pair.comparable
    assert outcome.pair.same is not bool(case.reasons), (
        f"built-in {outcome.pair.builtin:#x}, flowdsl {outcome.pair.program:#x}")
    assert outcome.reasons == list(case.reasons)


def test_a_difference_without_a_feature_is_unexplained(outcomes: dict[str, Outcome]) -> None:
    """A plain IPv4/UDP frame that hashed differently would be a flowdsl bug."""
    frame = eth(0x0800, INNER)
    result = ReferenceDissector(profile_graph("kernel")).run(frame, HASH_FLAGS)
    assert explain(frame, result, outcomes["no-vlan"].pair) == []
    assert explain(frame, result, HashPair("bug", 0x1234, 0x5678)) == [UNEXPLAINED]
    assert explain(frame, result, HashPair("short", None, 0x5678)) == []  # not comparable


def test_the_walk_mirrors_the_kernel_where_a_hash_cannot_tell() -> None:
    """Edges the flow hash cannot separate from flowdsl's own limits (encap depth)."""
    # the last GRE header with K wins (key_keyid is overwritten): an inner key 0 hides
    # the outer key, an inner header without K does not
    assert builtin_reasons(eth(0x0800, gre_key(42, gre_key(0)))) == set()
    assert builtin_reasons(eth(0x0800, gre_key(42, ip4(47, gre(0, 0x0800, b"", INNER))))) == \
        {"gre-key"}
    # MAX_FLOW_DISSECT_HDRS: 15 more headers are dissected, the 16th is not
    for ipip, reached in ((15, True), (16, False)):
        packet = gre_key(42)
        for _ in range(ipip):
            packet = ip4(4, packet)
        assert bool(builtin_reasons(eth(0x0800, packet))) is reached
    # a later IPv4 fragment ends the walk before GRE; a PPTP call id of 0 is no key
    fragment = bytearray(gre_key(42))
    fragment[6:8] = struct.pack(">H", 1)  # fragment offset 8
    assert builtin_reasons(eth(0x0800, bytes(fragment))) == set()
    assert builtin_reasons(eth(0x0800, pptp(0))) == set()
    assert builtin_reasons(b"\x00" * 10) == set()


def test_accept_names_are_parsed_and_checked() -> None:
    assert parse_accept("vlan,gre-key") == {"vlan", "gre-key"}
    assert parse_accept([" VLAN ", "tipc,", ""]) == {"vlan", "tipc"}
    assert parse_accept("all") == set(REASONS)
    with pytest.raises(UsageError, match=r"unknown reason 'vlans'; valid: vlan, gre-key, "
                                         r"tipc, ipv6-residue, udp-tunnel, mpls-payload, "
                                         r"limit, all"):
        parse_accept("vlans,gre-key")
    with pytest.raises(UsageError, match="'unexplained' cannot be accepted"):
        parse_accept("vlan,unexplained")


def test_a_difference_is_accepted_only_for_accepted_reasons() -> None:
    accept = parse_accept("vlan,gre-key")
    assert accepted(["vlan"], accept)
    assert accepted(["vlan", "gre-key"], accept)
    assert not accepted(["vlan", "tipc"], accept)
    assert not accepted([UNEXPLAINED], parse_accept("all"))
    assert accepted([], set())  # no difference


def test_summary_counts_each_reason() -> None:
    explanations = [["vlan"], ["vlan", "gre-key"], [], [UNEXPLAINED]]
    assert summarize(explanations) == {"vlan": 2, "gre-key": 1, UNEXPLAINED: 1}
    assert summary_line(explanations, {"vlan"}) == (
        "3 packet(s) hash differently from the built-in dissector: vlan 2 (accepted), "
        "gre-key 1, unexplained 1")
    assert summary_line([[], []], set()) == ""
