"""Ethertypes the built-in dissector accepts without taking flow keys from them.

What net/core/flow_dissector.c (Linux 6.18) does with each, for the dissectors a BPF
program stands in for (the flow hash's ``flow_keys_dissector``, ``skb_get_poff``'s and
``eth_get_headlen``'s ``flow_keys_basic_dissector``): it succeeds, reports the
ethertype as n_proto and no ip_proto, and thoff is where it stopped.

- ARP and RARP (0x0806, 0x8035): ``__skb_flow_dissect_arp`` reads nothing unless the
  dissector asks for the ARP key (only tc flower does): success at the ARP header, however
  short or malformed it is.
- PTP over Ethernet (0x88F7): the 34-byte common header must be there (else failure);
  thoff after it.
- CFM (0x8902): like ARP, read only for the CFM key: success at its start.
- TIPC (0x88CA): the 16-byte basic header must be there; thoff stays at its start. The
  built-in dissector hashes the TIPC node address (``tipc_hdr_rps_key``) instead of IP
  addresses, which a BPF dissector cannot report: such frames hash differently.
- FCoE (0x8906): 38 bytes (``FCOE_HEADER_LEN``) must be there; thoff after them.
"""

from flowdsl.dsl import U8, U16, U32, Bits, Bytes, Header, Protocol

ETH_P_ARP = 0x0806
ETH_P_RARP = 0x8035
ETH_P_1588 = 0x88F7
ETH_P_CFM = 0x8902
ETH_P_TIPC = 0x88CA
ETH_P_FCOE = 0x8906

# Zero-length: nothing is read, so nothing can be missing.
arp = Protocol(None, name="arp")
cfm = Protocol(None, name="cfm")


class PTP(Header):
    """IEEE 1588 common message header (struct ptp_header)."""

    transport_specific = Bits(4)
    message_type = Bits(4)
    version = U8()
    message_length = U16()
    domain = U8()
    reserved1 = U8()
    flag_field = U16()
    correction = Bytes(8)
    reserved2 = U32()
    source_port_identity = Bytes(10)
    sequence_id = U16()
    control = U8()
    log_message_interval = U8()


ptp = Protocol(PTP, name="ptp")


class TIPC(Header):
    """struct tipc_basic_hdr: four words; the node address is in word 3."""

    w0 = U32()
    w1 = U32()
    w2 = U32()
    w3 = U32()


tipc = Protocol(TIPC, name="tipc", peek=True)  # must be there, but thoff stays before it


class FCoE(Header):
    header = Bytes(38)  # FCOE_HEADER_LEN: FCoE header and the FC frame header


fcoe = Protocol(FCoE, name="fcoe")
