"""Why a packet's flow hash differs from the kernel's built-in dissector's
(``flowdsl test --compare-kernel``, runtime/oracle.py).

The kernel hashes ``struct flow_keys`` from ``basic`` to the end of the address part
(``flow_keys_hash_start``, ``flow_keys_hash_length``, ``__flow_hash_from_keys`` in
net/core/flow_dissector.c, Linux 6.18). A BPF dissector's keys reach it through
``__skb_flow_bpf_to_target``, which fills only n_proto, ip_proto, the IPv4/IPv6
addresses, the ports and the flow label. Of the keys the hash's dissector asks for
(``flow_keys_dissector_keys``: control, basic, IPv4, IPv6, TIPC, ports, VLAN, flow
label, GRE key id), the built-in dissector can therefore also hash three that no BPF
dissector can hand back:

- ``vlan``: the first VLAN tag it walks through (FLOW_DISSECTOR_KEY_VLAN: id, priority,
  TPID and the encapsulated ethertype, so any tag, even VID 0 priority 0). The second
  tag goes to FLOW_DISSECTOR_KEY_CVLAN, which the hash does not ask for; later ones are
  skipped.
- ``gre-key``: the GRE key (FLOW_DISSECTOR_KEY_GRE_KEYID) of version 0 with the K flag,
  or of version 1 (PPTP: K set, protocol 0x880B) masked with GRE_PPTP_KEY_MASK, the call
  id. The last GRE header with K wins; a key of 0 hashes like none.
- ``tipc``: a TIPC header (ethertype 0x88CA) makes the address type
  FLOW_DISSECTOR_KEY_TIPC, and the hash covers ``tipc_hdr_rps_key`` instead of IP
  addresses; a BPF dissector's address type is IPv4, IPv6 or none.

Not in ``flow_keys_dissector_keys``, so never hashed: FLOW_DISSECTOR_KEY_MPLS_ENTROPY
(``__skb_flow_dissect_mpls`` returns at the first label), FLOW_DISSECTOR_KEY_ICMP
(``__skb_flow_dissect_icmp`` returns at once: no type, code or echo id), CVLAN, IPSEC.

And two differences flowdsl makes on purpose (the overlay profile, or a spec's own
protocols), where the program reports an inner flow and the built-in dissector the outer:

- ``udp-tunnel``: the program dissected past a UDP header (VXLAN, GENEVE, GUE, GTP-U, a
  spec's own); the built-in dissector ends at L4.
- ``mpls-payload``: the program dissected the packet under an MPLS label stack
  (``ip_version``); the built-in dissector stops at the first label.

Each reason is decided from the frame by walking it as ``__skb_flow_dissect`` does for
the hash (flags STOP_AT_FLOW_LABEL, up to MAX_FLOW_DISSECT_HDRS), so that a feature it
never reaches (GRE behind a non-zero IPv6 flow label, behind a later fragment, inside a
UDP tunnel) is no reason; ``udp-tunnel`` and ``mpls-payload`` from the reference
dissector's path. A difference with none of them is ``unexplained``: a flowdsl bug or
gap to look at. A by-design reason can hide another difference in the same packet: the
hash says only that something differs.
"""

from __future__ import annotations

import struct
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from flowdsl.dsl.keys import InputFlags
from flowdsl.errors import UsageError

if TYPE_CHECKING:
    from flowdsl.dsl.reference import Result
    from flowdsl.runtime.oracle import HashPair

REASONS: dict[str, str] = {
    "vlan": "the built-in dissector hashes the first VLAN tag (id, priority, TPID)",
    "gre-key": "the built-in dissector hashes the GRE key (PPTP: the call id)",
    "tipc": "the built-in dissector hashes the TIPC node address instead of IP addresses",
    "ipv6-residue": "the built-in dissector hashes 4 bytes of an outer IPv6 source address "
                    "left in the address union under an inner IPv4 flow",
    "udp-tunnel": "the program dissected a UDP tunnel the built-in dissector does not parse",
    "mpls-payload": "the program dissected the packet under MPLS; the built-in dissector "
                    "stops at the first label",
    "limit": "the program stopped at a limit of its profile (vlan_tags, ipv6_ext, "
             "encap_depth, ...) where the built-in dissector walks on",
}
UNEXPLAINED = "unexplained"
ALL = "all"  # --accept all: every by-design reason

# The flags the kernel's flow hash dissects with (__skb_get_hash_net); give the
# reference dissector these for the ``reference`` argument of ``explain``.
HASH_FLAGS = int(InputFlags.STOP_AT_FLOW_LABEL)

MAX_FLOW_DISSECT_HDRS = 15
ETH_P_IP, ETH_P_IPV6, ETH_P_8021Q, ETH_P_8021AD = 0x0800, 0x86DD, 0x8100, 0x88A8
ETH_P_PPP_SES, ETH_P_TIPC, ETH_P_TEB = 0x8864, 0x88CA, 0x6558
ETH_P_MPLS_UC, ETH_P_MPLS_MC = 0x8847, 0x8848
ETH_P_HSR, ETH_P_PRP, ETH_P_BATMAN = 0x892F, 0x88FB, 0x4305
PPP_IP, PPP_IPV6, PPP_MPLS_UC, PPP_MPLS_MC = 0x21, 0x57, 0x281, 0x283
GRE_CSUM, GRE_ROUTING, GRE_KEY, GRE_SEQ, GRE_ACK, GRE_VERSION = (
    0x8000, 0x4000, 0x2000, 0x1000, 0x0080, 0x0007)
GRE_PROTO_PPP, GRE_PPTP_KEY_MASK = 0x880B, 0xFFFF
IPPROTO_IPIP, IPPROTO_IPV6, IPPROTO_GRE, IPPROTO_MPLS = 4, 41, 47, 137
NEXTHDR_HOP, NEXTHDR_ROUTING, NEXTHDR_DEST = 0, 43, 60
BATADV_COMPAT_VERSION, BATADV_UNICAST = 15, 0x40
UDP_NODES = ("udp", "udplite")  # flowdsl's node names (protocols/transport.py)
MPLS_NODE = "mpls"  # protocols/link.py

# What one protocol step returns: the next (proto, nhoff), or None to stop.
_Next = tuple[int, int] | None


@dataclass
class _BuiltinWalk:
    """The built-in dissector's walk over one frame, keeping only what the hash takes
    that a BPF dissector cannot report (``__skb_flow_dissect``)."""

    frame: bytes
    vlan_tags: int = 0
    gre_key: int = 0
    tipc: bool = False
    # The address union's bytes 8..11: flow_keys_hash_length covers them for an IPv4
    # flow too (struct flow_keys' tail padding), and the built-in dissector leaves there
    # what an outer IPv6 header wrote (its source address, bytes 8..11); a BPF
    # dissector's IPv4 flow reaches the kernel with them zero (__skb_flow_bpf_to_target).
    union_tail: bytes = bytes(4)
    last_family: int = 0
    headers: int = field(default=0, repr=False)

    def read(self, offset: int, size: int) -> bytes | None:
        """``__skb_header_pointer`` on an skb: the bytes, or None past its end."""
        if offset + size > len(self.frame):
            return None
        return self.frame[offset:offset + size]

    def again(self) -> bool:
        """``skb_flow_dissect_allowed``: one more header, at most 15."""
        self.headers += 1
        return self.headers <= MAX_FLOW_DISSECT_HDRS

    def run(self) -> set[str]:
        step: _Next = (int.from_bytes(self.frame[12:14], "big"), 14)
        while step is not None:
            step = self.proto(*step)
            if step is not None and not self.again():
                break
        found = {"vlan": self.vlan_tags > 0, "gre-key": self.gre_key != 0, "tipc": self.tipc,
                 "ipv6-residue": self.last_family == 4 and any(self.union_tail)}
        return {name for name, present in found.items() if present}

    # -- the ``switch (proto)`` of __skb_flow_dissect ----------------------------------

    def proto(self, proto: int, nhoff: int) -> _Next:
        handlers = {ETH_P_IP: self.ipv4, ETH_P_IPV6: self.ipv6, ETH_P_8021Q: self.vlan,
                    ETH_P_8021AD: self.vlan, ETH_P_PPP_SES: self.pppoe,
                    ETH_P_TIPC: self.tipc_header, ETH_P_HSR: self.hsr, ETH_P_PRP: self.hsr,
                    ETH_P_BATMAN: self.batadv}
        handler = handlers.get(proto)
        # MPLS: neither MPLS key is asked for, so __skb_flow_dissect_mpls stops at once;
        # ARP, FCoE, PTP, CFM and the unknown stop too
        return handler(nhoff) if handler else None

    def ipv4(self, nhoff: int) -> _Next:
        """``case htons(ETH_P_IP)``: ihl >= 5; any fragment stops (no PARSE_1ST_FRAG)."""
        header = self.read(nhoff, 20)
        if header is None or header[0] & 0x0F < 5:
            return None
        self.last_family = 4  # the addresses are copied before the fragment check
        if struct.unpack_from(">H", header, 6)[0] & 0x3FFF:  # ip_is_fragment
            return None
        return self.ip_proto(ETH_P_IP, header[9], nhoff + (header[0] & 0x0F) * 4)

    def ipv6(self, nhoff: int) -> _Next:
        """``case htons(ETH_P_IPV6)``: a non-zero flow label stops (STOP_AT_FLOW_LABEL)."""
        header = self.read(nhoff, 40)
        if header is None:
            return None
        self.last_family, self.union_tail = 6, header[16:20]  # before the flow label check
        if struct.unpack_from(">I", header)[0] & 0x000FFFFF:
            return None
        return self.ip_proto(ETH_P_IPV6, header[6], nhoff + 40)

    def vlan(self, nhoff: int) -> _Next:
        """``case htons(ETH_P_8021Q)``: the first tag fills FLOW_DISSECTOR_KEY_VLAN."""
        tag = self.read(nhoff, 4)
        if tag is None:
            return None
        self.vlan_tags += 1
        return int.from_bytes(tag[2:4], "big"), nhoff + 4

    def pppoe(self, nhoff: int) -> _Next:
        """``case htons(ETH_P_PPP_SES)``: a valid session header, then IP or MPLS."""
        header = self.read(nhoff, 8)
        if header is None or header[0] != 0x11 or header[1] != 0:  # is_pppoe_ses_hdr_valid
            return None
        after = {PPP_IP: ETH_P_IP, PPP_IPV6: ETH_P_IPV6, PPP_MPLS_UC: ETH_P_MPLS_UC,
                 PPP_MPLS_MC: ETH_P_MPLS_MC}.get(int.from_bytes(header[6:8], "big"))
        return (after, nhoff + 8) if after is not None else None

    def tipc_header(self, nhoff: int) -> _Next:
        """``case htons(ETH_P_TIPC)``: struct tipc_basic_hdr (16 bytes), then stop."""
        self.tipc = self.read(nhoff, 16) is not None
        return None

    def hsr(self, nhoff: int) -> _Next:
        """``case htons(ETH_P_HSR)``, ``ETH_P_PRP``: struct hsr_tag, then encap_proto."""
        tag = self.read(nhoff, 6)
        return (int.from_bytes(tag[4:6], "big"), nhoff + 6) if tag is not None else None

    def batadv(self, nhoff: int) -> _Next:
        """``__skb_flow_dissect_batadv``: a unicast packet, then its Ethernet header."""
        header = self.read(nhoff, 24)
        if header is None or header[1] != BATADV_COMPAT_VERSION or header[0] != BATADV_UNICAST:
            return None
        return int.from_bytes(header[22:24], "big"), nhoff + 24

    # -- the ``switch (ip_proto)`` ------------------------------------------------------

    def ip_proto(self, proto: int, ip_proto: int, nhoff: int) -> _Next:
        if ip_proto == IPPROTO_GRE:
            return self.gre(nhoff)
        if ip_proto in (IPPROTO_IPIP, IPPROTO_IPV6):  # STOP_AT_ENCAP is not set
            return (ETH_P_IP if ip_proto == IPPROTO_IPIP else ETH_P_IPV6), nhoff
        if ip_proto in (NEXTHDR_HOP, NEXTHDR_ROUTING, NEXTHDR_DEST) and proto == ETH_P_IPV6:
            option = self.read(nhoff, 2)
            if option is None or not self.again():
                return None
            return self.ip_proto(proto, option[0], nhoff + (option[1] + 1) * 8)
        # NEXTHDR_FRAGMENT stops (no PARSE_1ST_FRAG), IPPROTO_MPLS stops at the label,
        # and L4 ends the walk
        return None

    def gre(self, nhoff: int) -> _Next:
        """``__skb_flow_dissect_gre``: versions 0 and 1 (PPTP) without routing."""
        base = self.read(nhoff, 4)
        if base is None:
            return None
        flags, protocol = struct.unpack(">HH", base)
        version = flags & GRE_VERSION
        if flags & GRE_ROUTING or version > 1:
            return None
        if version == 1 and not (protocol == GRE_PROTO_PPP and flags & GRE_KEY):
            return None
        offset = 4 + (4 if flags & GRE_CSUM else 0)
        if flags & GRE_KEY:
            key = self.read(nhoff + offset, 4)
            if key is None:
                return None
            self.gre_key = int.from_bytes(key, "big") & (GRE_PPTP_KEY_MASK if version
                                                         else 0xFFFFFFFF)
            offset += 4
        offset += 4 if flags & GRE_SEQ else 0
        if version == 0:
            return self.gre_payload(protocol, nhoff + offset)
        return self.pptp_payload(flags, nhoff + offset)

    def gre_payload(self, protocol: int, nhoff: int) -> _Next:
        """Version 0: TEB (0x6558) carries an Ethernet header; its type goes on."""
        if protocol != ETH_P_TEB:
            return protocol, nhoff
        ethernet = self.read(nhoff, 14)
        if ethernet is None:
            return None
        return int.from_bytes(ethernet[12:14], "big"), nhoff + 14

    def pptp_payload(self, flags: int, nhoff: int) -> _Next:
        """Version 1: the acknowledgement, then a PPP header (PPP_HDRLEN, 4 bytes)."""
        nhoff += 4 if flags & GRE_ACK else 0
        ppp = self.read(nhoff, 4)
        if ppp is None:
            return None
        after = {PPP_IP: ETH_P_IP, PPP_IPV6: ETH_P_IPV6}.get(int.from_bytes(ppp[2:4], "big"),
                                                            GRE_PROTO_PPP)
        return after, nhoff + 4


def builtin_reasons(frame: bytes) -> set[str]:
    """What the built-in dissector hashes in ``frame`` that a BPF dissector cannot
    report: ``vlan``, ``gre-key``, ``tipc``."""
    return _BuiltinWalk(frame).run() if len(frame) >= 14 else set()


def program_reasons(reference: Result) -> set[str]:
    """What the program dissects that the built-in dissector does not, from the
    reference dissector's path: ``udp-tunnel`` when it goes on past a UDP header (the
    built-in dissector ends at L4), ``mpls-payload`` past the MPLS labels (it stops at
    the first one), ``limit`` when a limit of the profile ended the walk."""
    found = {"limit"} if reference.limit_reached else set()
    path = reference.path
    for index, name in enumerate(path[:-1]):
        if name in UDP_NODES:
            found.add("udp-tunnel")
        if name == MPLS_NODE and path[index + 1] != MPLS_NODE:
            found.add("mpls-payload")
    return found


def explain(frame: bytes, reference: Result, pair: HashPair) -> list[str]:
    """Why ``frame`` hashes differently with the built-in dissector and the program:
    the reasons in REASONS order, ``["unexplained"]`` when none applies, ``[]`` when the
    hashes are equal or not comparable. ``reference``: the reference dissector's result
    for the frame under HASH_FLAGS (the flags the kernel's hash uses)."""
    if pair.same or not pair.comparable:
        return []
    return reasons_for(frame, reference)


def reasons_for(frame: bytes, reference: Result | None) -> list[str]:
    """The reasons a difference between the hashes of ``frame`` can have, in REASONS
    order (``["unexplained"]``: none); without the reference dissector's result (no parse
    graph), only what the built-in dissector hashes in the frame."""
    found = builtin_reasons(frame) | (program_reasons(reference) if reference else set())
    return [name for name in REASONS if name in found] or [UNEXPLAINED]


def parse_accept(values: str | Sequence[str]) -> frozenset[str]:
    """``--accept`` values (comma separated, repeatable; ``all`` for every reason) as a
    set of reason names. An unknown name is a UsageError that lists the valid ones."""
    items = [values] if isinstance(values, str) else list(values)
    names = {part.strip().lower() for item in items for part in item.split(",")} - {""}
    if UNEXPLAINED in names:
        raise UsageError("--accept: 'unexplained' cannot be accepted: such a difference "
                         "is no design decision but a flowdsl bug or gap; report it")
    unknown = sorted(names - set(REASONS) - {ALL})
    if unknown:
        valid = ", ".join([*REASONS, ALL])
        raise UsageError(f"--accept: unknown reason{'s' if len(unknown) > 1 else ''} "
                         f"{', '.join(map(repr, unknown))}; valid: {valid}")
    return frozenset(REASONS) if ALL in names else frozenset(names)


def accepted(reasons: Sequence[str], accept: Iterable[str]) -> bool:
    """Whether a packet's difference is accepted: every reason is in ``accept`` (so
    never ``unexplained``). No reasons (no difference) is accepted."""
    allowed = set(accept)
    return all(reason in allowed and reason != UNEXPLAINED for reason in reasons)


def summarize(explanations: Iterable[Sequence[str]]) -> dict[str, int]:
    """How many packets have each reason (a packet with two counts in both), in
    REASONS order, then ``unexplained``; reasons no packet has are left out."""
    return in_order(Counter(reason for reasons in explanations for reason in reasons))


def in_order(counts: Mapping[str, int]) -> dict[str, int]:
    """Counts per reason in REASONS order, then ``unexplained``, leaving out zeros."""
    return {name: counts.get(name, 0) for name in [*REASONS, UNEXPLAINED]
            if counts.get(name, 0)}


def summary_line(explanations: Sequence[Sequence[str]], accept: Iterable[str]) -> str:
    """One line for the CLI, e.g. ``3 packet(s) hash differently from the built-in
    dissector: vlan 2 (accepted), gre-key 1``; empty when none differs."""
    differing = [reasons for reasons in explanations if reasons]
    if not differing:
        return ""
    allowed = set(accept)
    parts = [f"{name} {count}" + (" (accepted)" if name in allowed else "")
             for name, count in summarize(differing).items()]
    return (f"{len(differing)} packet(s) hash differently from the built-in dissector: "
            + ", ".join(parts))
