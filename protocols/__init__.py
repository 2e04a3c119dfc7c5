"""The built-in protocol library and its default parse graph.

The graph is built explicitly here (no registration by import side effect): users who
add a protocol import the nodes they bind to, e.g. ``from flowdsl.protocols import udp``.
"""

from __future__ import annotations

from flowdsl.dsl import Binding, Limits, ParseGraph, bind, build_graph
from flowdsl.protocols.gre import GRE, gre
from flowdsl.protocols.ip import ETH_P_IP, ETH_P_IPV6, IPv4, IPv6, ipv4, ipv6
from flowdsl.protocols.ipv6ext import (
    NEXTHDR_DEST,
    NEXTHDR_FRAGMENT,
    NEXTHDR_HOP,
    NEXTHDR_ROUTING,
    ipv6_frag,
    ipv6_opts,
)
from flowdsl.protocols.link import (
    ETH_P_8021AD,
    ETH_P_8021Q,
    ETH_P_TEB,
    VLAN,
    Ethernet,
    entry,
    ethernet,
    vlan,
)
from flowdsl.protocols.transport import TCP, UDP, UDPLite, tcp, udp, udplite

IPPROTO_TCP = 6
IPPROTO_UDP = 17
IPPROTO_UDPLITE = 136
IPPROTO_IPIP = 4
IPPROTO_IPV6 = 41
IPPROTO_GRE = 47

DEFAULT_LIMITS = Limits(encap_depth=1, repeats=(("ipv6_ext", 3), ("vlan_tags", 2)))


def default_bindings() -> list[Binding]:
    """Every edge of the built-in library, in the order selects try them."""
    out = []
    ethertypes = [(ipv4, ETH_P_IP), (ipv6, ETH_P_IPV6), (vlan, ETH_P_8021Q),
                  (vlan, ETH_P_8021AD)]
    for parent in (entry, vlan, ethernet):
        out += [bind(parent, child, value) for child, value in ethertypes]
    transports = [(tcp, IPPROTO_TCP), (udp, IPPROTO_UDP), (udplite, IPPROTO_UDPLITE),
                  (gre, IPPROTO_GRE)]
    out += [bind(ipv4, child, protocol=value) for child, value in transports]
    out += [bind(ipv4, ipv4, protocol=IPPROTO_IPIP, encap=True),
            bind(ipv4, ipv6, protocol=IPPROTO_IPV6, encap=True)]
    ipv6_next = [(ipv6_opts, NEXTHDR_HOP), (ipv6_opts, NEXTHDR_ROUTING),
                 (ipv6_opts, NEXTHDR_DEST), (ipv6_frag, NEXTHDR_FRAGMENT), *transports]
    for parent in (ipv6, ipv6_opts, ipv6_frag):
        out += [bind(parent, child, next_header=value) for child, value in ipv6_next]
        out += [bind(parent, ipv4, next_header=IPPROTO_IPIP, encap=True),
                bind(parent, ipv6, next_header=IPPROTO_IPV6, encap=True)]
    out += [bind(gre, ipv4, ETH_P_IP), bind(gre, ipv6, ETH_P_IPV6),
            bind(gre, ethernet, ETH_P_TEB)]
    return out


def default_graph() -> ParseGraph:
    return build_graph(default_bindings(), entry, DEFAULT_LIMITS)


__all__ = [
    "DEFAULT_LIMITS",
    "ETH_P_8021AD",
    "ETH_P_8021Q",
    "ETH_P_IP",
    "ETH_P_IPV6",
    "ETH_P_TEB",
    "GRE",
    "IPPROTO_GRE",
    "IPPROTO_IPIP",
    "IPPROTO_IPV6",
    "IPPROTO_TCP",
    "IPPROTO_UDP",
    "IPPROTO_UDPLITE",
    "TCP",
    "UDP",
    "VLAN",
    "Ethernet",
    "IPv4",
    "IPv6",
    "UDPLite",
    "default_bindings",
    "default_graph",
    "entry",
    "ethernet",
    "gre",
    "ipv4",
    "ipv6",
    "ipv6_frag",
    "ipv6_opts",
    "tcp",
    "udp",
    "udplite",
    "vlan",
]
