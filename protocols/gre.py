"""GRE version 0 (RFC 2784/2890) and version 1 (PPTP, RFC 2637), with the kernel's
semantics (``__skb_flow_dissect_gre``).

``gre_version`` looks at the base header first: with the routing bit, or a version above
1, the built-in dissector stops before GRE with success; otherwise it goes on with the
GRE protocol as n_proto, by version:

- Version 0 (``gre``): the C (checksum), K (key) and S (sequence) flags each add 4
  bytes; an encapsulated packet follows (is_encap; STOP_AT_ENCAP stops there). Protocol
  0x6558 (TEB) carries a whole Ethernet frame; any other is an ethertype.
- Version 1 (``pptp``): the enhanced GRE header of PPTP. Without the K flag or with a
  protocol other than PPP (0x880B) it stops before the header with success. K adds the
  payload length and call id (4 bytes; the call id is part of the built-in dissector's
  GRE key, which a BPF dissector cannot report), C, S and A (acknowledgement) 4 bytes
  each. Then a 4-byte PPP header (``ppp``: address and control, which are not checked,
  and the protocol): IPv4 or IPv6 follow as an encapsulated packet; any other PPP
  protocol fails, unless STOP_AT_ENCAP stopped at the encapsulation first.
"""

from flowdsl.dsl import U8, U16, Bits, Bytes, Header, Protocol

GRE_PROTO_PPP = 0x880B


class GREBase(Header):
    c = Bits(1)
    r = Bits(1)
    k = Bits(1)
    s = Bits(1)
    reserved = Bits(9)
    version = Bits(3)
    protocol = U16()


gre_version = Protocol(
    GREBase,
    name="gre_version",
    peek=True,  # the version's own header reads these bytes again
    stop_before=[(GREBase.r != 0) | (GREBase.version > 1)],
    keys={"n_proto": GREBase.protocol},  # set before the PPTP checks, as the kernel does
    select=GREBase.version,
)


class GRE(Header):
    c = Bits(1)
    r = Bits(1)
    k = Bits(1)
    s = Bits(1)
    reserved = Bits(9)
    version = Bits(3)
    protocol = U16()
    optional = Bytes(length=(c + k + s) * 4, max=12)


gre = Protocol(
    GRE,
    stop_before=[(GRE.version != 0) | (GRE.r != 0)],
    keys={"n_proto": GRE.protocol},  # what the built-in dissector goes on with
    encap=True,
    select=GRE.protocol,
    on_unknown="drop",
)


class PPTP(Header):
    c = Bits(1)
    r = Bits(1)
    k = Bits(1)
    s = Bits(1)
    strict = Bits(1)
    recursion = Bits(3)
    a = Bits(1)
    flags = Bits(4)
    version = Bits(3)
    protocol = U16()
    # checksum and offset (C), payload length and call id (K), sequence (S) and
    # acknowledgement (A) numbers, in that order
    optional = Bytes(length=(c + k + s + a) * 4, max=16)


pptp = Protocol(
    PPTP,
    stop_before=[(PPTP.protocol != GRE_PROTO_PPP) | (PPTP.k == 0)],
    select=0,
)


class PPP(Header):
    address = U8()
    control = U8()
    protocol = U16()


# The encapsulation is on the edges (bound in protocols/__init__.py): the kernel sets the
# next n_proto from the PPP protocol before STOP_AT_ENCAP stops.
ppp = Protocol(PPP, select=PPP.protocol, on_unknown="drop")

# Any other PPP protocol: the kernel marks the encapsulation (STOP_AT_ENCAP: success), then
# fails on n_proto 0x880B.
ppp_unknown = Protocol(None, name="ppp_unknown", on_unknown="drop")
