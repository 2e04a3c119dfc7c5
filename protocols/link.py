"""Link layer: the entry node, Ethernet (inside GRE TEB and VXLAN), 802.1Q/802.1AD tags,
MPLS and PPPoE sessions.

The kernel sets ``n_proto`` (the L3 ethertype) and ``nhoff`` (the network header offset)
before running the program; the entry node is zero bytes long and selects on n_proto.
The kernel's built-in dissector fails (BPF_DROP) on an ethertype it does not know.
Each VLAN tag moves nhoff and thoff past itself and makes its ethertype the n_proto;
tags may come in any order, up to the ``vlan_tags`` limit. A PPPoE session header is
checked and its PPP protocol read as the built-in dissector of Linux 6.18 does: IPv4,
IPv6 or MPLS go on; any other valid PPP protocol (odd, with an even high byte:
``ppp_proto_is_valid``, e.g. LCP 0xC021) succeeds after the PPPoE header
(``ppp_other``); anything else, a compressed protocol field included, fails (BPF_DROP).
Inside GRE
TEB, Ethernet makes its ethertype the n_proto, as the built-in dissector does.
"""

from flowdsl.dsl import U8, U16, Bits, Header, MACAddress, Protocol, inputs

ETH_P_8021Q = 0x8100
ETH_P_8021AD = 0x88A8
ETH_P_TEB = 0x6558
ETH_P_MPLS_UC = 0x8847
ETH_P_MPLS_MC = 0x8848
ETH_P_PPP_SES = 0x8864

entry = Protocol(None, name="entry", select=inputs.n_proto, on_unknown="drop")


class Ethernet(Header):
    dst = MACAddress()
    src = MACAddress()
    ethertype = U16()


ethernet = Protocol(Ethernet, keys={"n_proto": Ethernet.ethertype}, select=Ethernet.ethertype,
                    on_unknown="drop")


class VLAN(Header):
    tci = U16()  # priority, DEI, VLAN id: only the built-in dissector can report the id
    ethertype = U16()


vlan = Protocol(
    VLAN,
    keys={"n_proto": VLAN.ethertype},
    select=VLAN.ethertype,
    link_layer=True,
    limit="vlan_tags",
    on_unknown="drop",
)


class MPLS(Header):
    label = Bits(20)
    tc = Bits(3)
    bos = Bits(1)  # bottom of stack
    ttl = U8()


# The built-in dissector of 6.18 stops after the first label without reading it (it reads
# labels only for tc flower's MPLS keys): the kernel profile limits the stack to one
# label, and a label the packet ends in stops too (thoff clamped to the end). With
# ``ip_version`` enabled (the overlay profile) the walk continues into the payload.
mpls = Protocol(MPLS, select=MPLS.bos, limit="mpls_labels", on_unknown="stop",
                on_short="stop")


class PPPoE(Header):
    version = Bits(4)
    type = Bits(4)
    code = U8()
    session = U16()
    length = U16()
    protocol = U16()  # the PPP protocol field


PPP_IP, PPP_IPV6, PPP_MPLS_UC, PPP_MPLS_MC = 0x21, 0x57, 0x281, 0x283

# A session header must be version 1, type 1, code 0 (is_pppoe_ses_hdr_valid); the PPP
# protocol ends the link layer: nhoff moves past it, as past a VLAN tag.
pppoe = Protocol(
    PPPoE,
    require=[(PPPoE.version == 1) & (PPPoE.type == 1) & (PPPoE.code == 0)],
    select=PPPoE.protocol,
    link_layer=True,
    on_unknown="drop",
)

# A valid PPP protocol the dissector does not parse: success, thoff after the PPPoE header
# (bound with mask 0x0101 == 0x0001, after the protocols that are parsed).
ppp_other = Protocol(None, name="ppp_other")
PPP_VALID_MASK, PPP_VALID = 0x0101, 0x0001


class HSR(Header):
    """struct hsr_tag: the HSR (IEC 62439-3) tag; PRP frames carry the same first."""

    path_and_size = U16()
    sequence = U16()
    ethertype = U16()


ETH_P_HSR, ETH_P_PRP = 0x892F, 0x88FB

# As a VLAN tag: its ethertype is the n_proto and nhoff moves past it; it counts toward
# the vlan_tags limit (tags and HSR tags in a row), which bounds the cycle between them.
hsr = Protocol(HSR, keys={"n_proto": HSR.ethertype}, select=HSR.ethertype, link_layer=True,
               limit="vlan_tags", on_unknown="drop")


class BatmanUnicast(Header):
    """struct batadv_unicast_packet and the Ethernet header it carries."""

    packet_type = U8()
    version = U8()
    ttl = U8()
    ttvn = U8()
    dest = MACAddress()
    inner_dst = MACAddress()
    inner_src = MACAddress()
    ethertype = U16()


ETH_P_BATMAN = 0x4305
BATADV_UNICAST, BATADV_COMPAT_VERSION = 0x40, 15

# __skb_flow_dissect_batadv: only unicast packets of the version it knows; what they
# carry is an encapsulated packet (the edges are encap; n_proto is set before the
# STOP_AT_ENCAP stop, as the kernel does, and stays on a failure after it).
batadv = Protocol(
    BatmanUnicast,
    name="batadv",
    require=[(BatmanUnicast.version == BATADV_COMPAT_VERSION)
             & (BatmanUnicast.packet_type == BATADV_UNICAST)],
    keys={"n_proto": BatmanUnicast.ethertype},
    select=BatmanUnicast.ethertype,
    on_unknown="drop",
)
