"""Link layer: the entry node, Ethernet (inside GRE TEB) and 802.1Q/802.1AD tags.

The kernel sets ``n_proto`` (the L3 ethertype) and ``nhoff`` (the network header offset)
before running the program; the entry node is zero bytes long and selects on n_proto.
The kernel's built-in dissector fails (BPF_DROP) on an ethertype it does not know.
Each VLAN tag moves nhoff and thoff past itself and makes its ethertype the n_proto;
tags may come in any order, up to the ``vlan_tags`` limit.
"""

from flowdsl.dsl import U16, Header, MACAddress, Protocol, inputs

ETH_P_8021Q = 0x8100
ETH_P_8021AD = 0x88A8
ETH_P_TEB = 0x6558

entry = Protocol(None, name="entry", select=inputs.n_proto, on_unknown="drop")


class Ethernet(Header):
    dst = MACAddress()
    src = MACAddress()
    ethertype = U16()


ethernet = Protocol(Ethernet, select=Ethernet.ethertype, on_unknown="drop")


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
