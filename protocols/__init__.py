"""The built-in protocol library, its parse graph, and the shipped profiles.

The graph is built explicitly here (no registration by import side effect): users who
add a protocol import the nodes they bind to, e.g. ``from flowdsl.protocols import udp``.

``library_graph()`` holds every protocol; ``default_graph()`` is that graph under the
``kernel`` profile (protocols/profiles/kernel.toml), which is what every command uses
when no profile is given: what the kernel's built-in dissector does, no UDP tunnels.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from flowdsl.dsl import Binding, Limits, ParseGraph, bind, build_graph
from flowdsl.dsl.profile import Profile
from flowdsl.protocols.gre import GRE, GRE_PROTO_PPP, gre, gre_version, ppp, ppp_unknown, pptp
from flowdsl.protocols.ip import ETH_P_IP, ETH_P_IPV6, IPv4, IPv6, ip_version, ipv4, ipv6
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
    ETH_P_BATMAN,
    ETH_P_HSR,
    ETH_P_MPLS_MC,
    ETH_P_MPLS_UC,
    ETH_P_PPP_SES,
    ETH_P_PRP,
    ETH_P_TEB,
    PPP_IP,
    PPP_IPV6,
    PPP_MPLS_MC,
    PPP_MPLS_UC,
    PPP_VALID,
    PPP_VALID_MASK,
    VLAN,
    Ethernet,
    batadv,
    entry,
    ethernet,
    hsr,
    mpls,
    ppp_other,
    pppoe,
    vlan,
)
from flowdsl.protocols.nonip import (
    ETH_P_1588,
    ETH_P_ARP,
    ETH_P_CFM,
    ETH_P_FCOE,
    ETH_P_RARP,
    ETH_P_TIPC,
    arp,
    cfm,
    fcoe,
    ptp,
    tipc,
)
from flowdsl.protocols.transport import (
    TCP,
    UDP,
    UDPLite,
    ah,
    dccp,
    esp,
    icmp,
    icmpv6,
    sctp,
    tcp,
    tcp_header,
    udp,
    udplite,
)
from flowdsl.protocols.tunnels import (
    GENEVE_PORT,
    GTPU_PORT,
    GUE_PORT,
    VXLAN_PORT,
    geneve,
    gtpu,
    gtpu_ext,
    gtpu_next,
    gtpu_opt,
    gtpu_seq,
    gue,
    vxlan,
)

IPPROTO_ICMP = 1
IPPROTO_IPIP = 4
IPPROTO_TCP = 6
IPPROTO_UDP = 17
IPPROTO_DCCP = 33
IPPROTO_IPV6 = 41
IPPROTO_GRE = 47
IPPROTO_ESP = 50
IPPROTO_AH = 51
IPPROTO_ICMPV6 = 58
IPPROTO_SCTP = 132
IPPROTO_UDPLITE = 136
IPPROTO_MPLS = 137

DEFAULT_LIMITS = Limits(encap_depth=1, repeats=(
    ("gtpu_ext", 2), ("ipv6_ext", 3), ("mpls_labels", 4), ("vlan_tags", 2)))
PROFILE_DIR = Path(__file__).resolve().parent / "profiles"
PROFILES = ("kernel", "overlay", "minimal")


def default_bindings() -> list[Binding]:
    """Every edge of the built-in library, in the order selects try them."""
    out = []
    ethertypes = [(ipv4, ETH_P_IP), (ipv6, ETH_P_IPV6), (vlan, ETH_P_8021Q),
                  (vlan, ETH_P_8021AD), (mpls, ETH_P_MPLS_UC), (mpls, ETH_P_MPLS_MC),
                  (pppoe, ETH_P_PPP_SES), (arp, ETH_P_ARP), (arp, ETH_P_RARP),
                  (ptp, ETH_P_1588), (cfm, ETH_P_CFM), (tipc, ETH_P_TIPC),
                  (fcoe, ETH_P_FCOE)]
    # GRE version 0 goes on with its protocol as an ethertype, as the built-in dissector
    # does (proto_again with any ethertype it knows)
    tags = [(hsr, ETH_P_HSR), (hsr, ETH_P_PRP), (batadv, ETH_P_BATMAN)]
    for parent in (entry, vlan, ethernet, gre):
        out += [bind(parent, child, value) for child, value in [*ethertypes, *tags]]
    # HSR/PRP and batman-adv go on with any ethertype too: an HSR tag counts toward the
    # vlan_tags limit, batman-adv toward encap_depth, which bounds their cycles
    out += [bind(hsr, child, value) for child, value in [*ethertypes, *tags]]
    out += [bind(batadv, child, value, encap=True) for child, value in [*ethertypes, *tags]]
    # A select expects its bindings in the order they are written (codegen/lower.py
    # tests the first ones one by one): the transports and ICMP first, then the
    # tunnels, then the rest. The built-in dissector sets the next protocol before it
    # reads the next header, and hashes the keys of a failed dissection too: edges say
    # it first (edge keys), so a header that does not fit leaves the same n_proto behind.
    as_ipv4, as_ipv6 = {"n_proto": ETH_P_IP}, {"n_proto": ETH_P_IPV6}
    mpls_in_ip = {"n_proto": ETH_P_MPLS_UC}  # the built-in dissector goes on as MPLS
    rare = [(esp, IPPROTO_ESP), (ah, IPPROTO_AH), (sctp, IPPROTO_SCTP),
            (udplite, IPPROTO_UDPLITE), (dccp, IPPROTO_DCCP)]
    out += [bind(ipv4, tcp, protocol=IPPROTO_TCP), bind(ipv4, udp, protocol=IPPROTO_UDP),
            bind(ipv4, icmp, protocol=IPPROTO_ICMP),
            bind(ipv4, ipv4, protocol=IPPROTO_IPIP, encap=True, keys=as_ipv4),
            bind(ipv4, gre_version, protocol=IPPROTO_GRE),
            bind(ipv4, ipv6, protocol=IPPROTO_IPV6, encap=True, keys=as_ipv6)]
    out += [bind(ipv4, child, protocol=value) for child, value in rare]
    out += [bind(ipv4, mpls, protocol=IPPROTO_MPLS, keys=mpls_in_ip)]
    # after an extension header too the transport is likelier than another one; the
    # extension headers in the order RFC 8200 (4.1) recommends
    ipv6_next = [(tcp, IPPROTO_TCP), (udp, IPPROTO_UDP), (icmpv6, IPPROTO_ICMPV6),
                 (ipv6_opts, NEXTHDR_HOP), (ipv6_opts, NEXTHDR_DEST),
                 (ipv6_opts, NEXTHDR_ROUTING), (ipv6_frag, NEXTHDR_FRAGMENT)]
    for parent in (ipv6, ipv6_opts, ipv6_frag):
        out += [bind(parent, child, next_header=value) for child, value in ipv6_next]
        out += [bind(parent, ipv6, next_header=IPPROTO_IPV6, encap=True, keys=as_ipv6),
                bind(parent, ipv4, next_header=IPPROTO_IPIP, encap=True, keys=as_ipv4),
                bind(parent, gre_version, next_header=IPPROTO_GRE)]
        out += [bind(parent, child, next_header=value) for child, value in rare]
        out += [bind(parent, mpls, next_header=IPPROTO_MPLS, keys=mpls_in_ip)]
    out += [bind(gre, ethernet, ETH_P_TEB)]
    # GRE by version: 0 plain GRE, 1 PPTP, whose PPP payload is the encapsulated packet
    out += [bind(gre_version, gre, version=0), bind(gre_version, pptp, version=1),
            bind(pptp, ppp, 0),
            bind(ppp, ipv4, protocol=PPP_IP, encap=True, keys={"n_proto": ETH_P_IP}),
            bind(ppp, ipv6, protocol=PPP_IPV6, encap=True, keys={"n_proto": ETH_P_IPV6}),
            bind(ppp, ppp_unknown, 0, mask=0, fallback=True, encap=True,
                 keys={"n_proto": GRE_PROTO_PPP})]
    out += [bind(tcp, tcp_header, 0)]
    # MPLS: the next label, or (bottom of stack) the payload by its version nibble; the
    # payload of a label switched path is an encapsulated packet (is_encap, depth + 1)
    out += [bind(mpls, mpls, bos=0), bind(mpls, ip_version, bos=1, encap=True),
            bind(ip_version, ipv4, version=4), bind(ip_version, ipv6, version=6)]
    out += [bind(pppoe, ipv4, protocol=PPP_IP, keys=as_ipv4),
            bind(pppoe, ipv6, protocol=PPP_IPV6, keys=as_ipv6),
            bind(pppoe, mpls, protocol=PPP_MPLS_UC, keys={"n_proto": ETH_P_MPLS_UC}),
            bind(pppoe, mpls, protocol=PPP_MPLS_MC, keys={"n_proto": ETH_P_MPLS_MC}),
            bind(pppoe, ppp_other, PPP_VALID, mask=PPP_VALID_MASK, fallback=True)]
    # UDP tunnels (pruned by the kernel profile)
    out += [bind(udp, vxlan, dport=VXLAN_PORT), bind(udp, geneve, dport=GENEVE_PORT),
            bind(udp, gue, dport=GUE_PORT), bind(udp, gtpu, dport=GTPU_PORT)]
    out += [bind(vxlan, ethernet, 0),
            bind(geneve, ethernet, protocol=ETH_P_TEB), bind(geneve, ipv4, protocol=ETH_P_IP),
            bind(geneve, ipv6, protocol=ETH_P_IPV6),
            bind(gue, ipv4, protocol=IPPROTO_IPIP), bind(gue, ipv6, protocol=IPPROTO_IPV6),
            bind(gtpu, ip_version, 0), bind(gtpu, gtpu_opt, range=(1, 3)),
            bind(gtpu, gtpu_seq, range=(4, 7)), bind(gtpu_opt, ip_version, 0),
            bind(gtpu_seq, gtpu_next, 0), bind(gtpu_next, ip_version, 0),
            bind(gtpu_next, gtpu_ext, range=(1, 255)), bind(gtpu_ext, gtpu_next, 0)]
    return out


def library_graph() -> ParseGraph:
    """Every built-in protocol, UDP tunnels included, no profile applied."""
    return build_graph(default_bindings(), entry, DEFAULT_LIMITS)


def profile_path(name: str) -> Path:
    """A profile given on the command line: a file, or a shipped profile by name."""
    path = Path(name)
    if path.exists() or "/" in name or name.endswith(".toml"):
        return path
    return PROFILE_DIR / f"{name}.toml"


def with_profile(graph: ParseGraph, profile: str | Profile = "kernel",
                 enable: Sequence[str] = (), disable: Sequence[str] = ()
                 ) -> tuple[ParseGraph, Profile]:
    """``graph`` under ``profile`` (a shipped profile's name, a path, or a Profile) with
    ``enable``/``disable`` switching protocols in it: the one place a graph meets its
    profile (the CLI, the deployments and the tests all come here)."""
    from flowdsl.dsl.profile import apply_profile, extend, load_profile, switch_protocols

    _check_switched(graph, "enable", enable)
    _check_switched(graph, "disable", disable)
    if not isinstance(profile, Profile):
        profile = load_profile(profile_path(profile))
    if profile.extends is not None:
        profile = extend(_shipped(profile), profile)
    profile = switch_protocols(profile, enable, disable)
    return apply_profile(graph, profile), profile


def _shipped(profile: Profile) -> Profile:
    """The shipped profile ``profile`` extends (by name only: a deployment that stores
    the file reapplies it with the same flowdsl, whose shipped profiles are its own)."""
    from flowdsl.dsl.profile import load_profile

    from flowdsl.errors import Problem, Source, SpecError

    if profile.extends not in PROFILES:
        line = next((i + 1 for i, text in enumerate(profile.text.splitlines())
                     if text.strip().startswith("extends")), 0)
        raise SpecError(Problem("P001", "profile.extends",
                                f"{profile.extends!r} is not a shipped profile",
                                f"extend one of {', '.join(PROFILES)}, or list the "
                                "protocols yourself", Source(profile.source, line)))
    return load_profile(PROFILE_DIR / f"{profile.extends}.toml")


def _check_switched(graph: ParseGraph, command: str, names: Sequence[str]) -> None:
    """Protocol names given to ``flowdsl enable``/``disable`` are the command line's
    mistake when unknown, not the profile's: the error names the command."""
    import difflib

    from flowdsl.errors import UsageError

    known = sorted(graph.names)
    for name in names:
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            raise UsageError(f"{command} {name}: no such protocol"
                             + (f" (did you mean {close[0]!r}?)" if close else "")
                             + f"; the protocols: {', '.join(known)}")


def default_graph() -> ParseGraph:
    """The library under the kernel profile: the built-in C dissector's protocols."""
    return with_profile(library_graph())[0]


__all__ = [
    "DEFAULT_LIMITS",
    "ETH_P_1588",
    "ETH_P_8021AD",
    "ETH_P_8021Q",
    "ETH_P_ARP",
    "ETH_P_BATMAN",
    "ETH_P_CFM",
    "ETH_P_FCOE",
    "ETH_P_HSR",
    "ETH_P_IP",
    "ETH_P_IPV6",
    "ETH_P_MPLS_MC",
    "ETH_P_MPLS_UC",
    "ETH_P_PPP_SES",
    "ETH_P_PRP",
    "ETH_P_RARP",
    "ETH_P_TEB",
    "ETH_P_TIPC",
    "GENEVE_PORT",
    "GRE",
    "GRE_PROTO_PPP",
    "GTPU_PORT",
    "GUE_PORT",
    "IPPROTO_AH",
    "IPPROTO_DCCP",
    "IPPROTO_ESP",
    "IPPROTO_GRE",
    "IPPROTO_ICMP",
    "IPPROTO_ICMPV6",
    "IPPROTO_IPIP",
    "IPPROTO_IPV6",
    "IPPROTO_MPLS",
    "IPPROTO_SCTP",
    "IPPROTO_TCP",
    "IPPROTO_UDP",
    "IPPROTO_UDPLITE",
    "PROFILES",
    "PROFILE_DIR",
    "TCP",
    "UDP",
    "VLAN",
    "VXLAN_PORT",
    "Ethernet",
    "IPv4",
    "IPv6",
    "UDPLite",
    "ah",
    "arp",
    "batadv",
    "cfm",
    "dccp",
    "default_bindings",
    "default_graph",
    "entry",
    "esp",
    "ethernet",
    "fcoe",
    "geneve",
    "gre",
    "gre_version",
    "gtpu",
    "gue",
    "hsr",
    "icmp",
    "icmpv6",
    "ip_version",
    "ipv4",
    "ipv6",
    "ipv6_frag",
    "ipv6_opts",
    "library_graph",
    "mpls",
    "ppp",
    "ppp_other",
    "ppp_unknown",
    "pppoe",
    "pptp",
    "profile_path",
    "ptp",
    "sctp",
    "tcp",
    "tcp_header",
    "tipc",
    "udp",
    "udplite",
    "vlan",
    "vxlan",
    "with_profile",
]
