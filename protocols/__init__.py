"""The built-in protocol library and its default parse graph.

The graph is built explicitly here (no registration by import side effect): users who
add a protocol import the nodes they bind to, e.g. ``from flowdsl.protocols import udp``.
"""

from __future__ import annotations

from flowdsl.dsl import Binding, Limits, ParseGraph, bind, build_graph
from flowdsl.protocols.ip import ETH_P_IP, ETH_P_IPV6, IPv4, IPv6, ipv4, ipv6
from flowdsl.protocols.ipv6ext import (
    NEXTHDR_DEST,
    NEXTHDR_FRAGMENT,
    NEXTHDR_HOP,
    NEXTHDR_ROUTING,
    ipv6_frag,
    ipv6_opts,
)
from flowdsl.protocols.link import entry
from flowdsl.protocols.transport import TCP, UDP, UDPLite, tcp, udp, udplite

IPPROTO_TCP = 6
IPPROTO_UDP = 17
IPPROTO_UDPLITE = 136

DEFAULT_LIMITS = Limits(encap_depth=2, repeats=(("ipv6_ext", 3),))


def default_bindings() -> list[Binding]:
    """Every edge of the built-in library, in the order selects try them."""
    out = [
        bind(entry, ipv4, ETH_P_IP),
        bind(entry, ipv6, ETH_P_IPV6),
    ]
    transports = [(tcp, IPPROTO_TCP), (udp, IPPROTO_UDP), (udplite, IPPROTO_UDPLITE)]
    out += [bind(ipv4, child, protocol=value) for child, value in transports]
    ipv6_next = [(ipv6_opts, NEXTHDR_HOP), (ipv6_opts, NEXTHDR_ROUTING),
                 (ipv6_opts, NEXTHDR_DEST), (ipv6_frag, NEXTHDR_FRAGMENT), *transports]
    for parent in (ipv6, ipv6_opts, ipv6_frag):
        out += [bind(parent, child, next_header=value) for child, value in ipv6_next]
    return out


def default_graph() -> ParseGraph:
    return build_graph(default_bindings(), entry, DEFAULT_LIMITS)


__all__ = [
    "DEFAULT_LIMITS", "ETH_P_IP", "ETH_P_IPV6", "IPPROTO_TCP", "IPPROTO_UDP", "IPPROTO_UDPLITE",
    "TCP", "UDP", "IPv4", "IPv6", "UDPLite", "default_bindings", "default_graph", "entry",
    "ipv4", "ipv6", "ipv6_frag", "ipv6_opts", "tcp", "udp", "udplite",
]
