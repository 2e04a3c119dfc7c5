"""IPv4 and IPv6, with the kernel's semantics (net/core/flow_dissector.c, bpf_flow.c).

IPv4: ``ihl >= 5`` and the 20-byte header within the packet; the version nibble is not
checked, and options the packet ends in are skipped unread (thoff past the end, which
the kernel clamps), as the built-in dissector does. A fragment stops after the header
unless it is a first fragment and the caller asked for PARSE_1ST_FRAG.
IPv6: the flow label is reported; STOP_AT_FLOW_LABEL stops after the header when it is
non-zero.
"""

from flowdsl.dsl import (
    U8,
    U16,
    Bits,
    Bytes,
    Fragment,
    Header,
    IPv4Address,
    IPv6Address,
    Protocol,
    inputs,
)

ETH_P_IP = 0x0800
ETH_P_IPV6 = 0x86DD


class IPv4(Header):
    version = Bits(4)
    ihl = Bits(4)
    tos = U8()
    total_length = U16()
    identification = U16()
    frag_off = U16()  # 3 flag bits (reserved, DF, MF) and a 13-bit offset
    ttl = U8()
    protocol = U8()
    checksum = U16()
    src = IPv4Address()
    dst = IPv4Address()
    options = Bytes(length=ihl * 4 - 20, max=40)


ipv4 = Protocol(
    IPv4,
    require=[IPv4.ihl >= 5],
    keys={
        "addr_proto": ETH_P_IP,
        # The built-in dissector reports the innermost L3 protocol (IPv4 in IPv6 too).
        "n_proto": ETH_P_IP,
        "ipv4_src": IPv4.src,
        "ipv4_dst": IPv4.dst,
        "ip_proto": IPv4.protocol,
    },
    fragment=Fragment(
        is_frag=(IPv4.frag_off & 0x3FFF) != 0,  # MF or a non-zero offset
        first=(IPv4.frag_off & 0x1FFF) == 0,
    ),
    select=IPv4.protocol,
    on_unknown="stop",
    on_short_variable="skip",  # options are skipped unread, as the kernel does
)


class IPv6(Header):
    version = Bits(4)
    traffic_class = Bits(8)
    flow_label = Bits(20)
    payload_length = U16()
    next_header = U8()
    hop_limit = U8()
    src = IPv6Address()
    dst = IPv6Address()


ipv6 = Protocol(
    IPv6,
    keys={
        "addr_proto": ETH_P_IPV6,
        "n_proto": ETH_P_IPV6,
        "ipv6_src": IPv6.src,
        "ipv6_dst": IPv6.dst,
        "ip_proto": IPv6.next_header,
        "flow_label": IPv6.flow_label,
    },
    stop_if=[(IPv6.flow_label != 0) & inputs.STOP_AT_FLOW_LABEL],
    select=IPv6.next_header,
    on_unknown="stop",
)


class IPVersion(Header):
    version = Bits(4)  # looked at, not consumed: the IP header itself follows
    rest = Bits(4)


# Chooses IPv4 or IPv6 by the version nibble, where the outer header does not say which
# (below MPLS, inside GTP-U).
ip_version = Protocol(IPVersion, name="ip_version", peek=True, select=IPVersion.version)
