"""UDP tunnels: what neither the built-in dissector nor bpf_flow.c can see into.

Off in the kernel profile (the default), on in the overlay profile, where the inner
flow's addresses and ports replace the outer ones and is_encap is set (STOP_AT_ENCAP
stops at the tunnel header, after the outer UDP ports). The UDP ports that select them
are profile values (``[bindings] "udp -> vxlan" = [4789, 8472]``).

- VXLAN (RFC 7348, 4789): 8 bytes, then an Ethernet frame.
- GENEVE (RFC 8926, 6081): 8 bytes and opt_len * 4 bytes of options; the protocol type
  says what follows (Ethernet, IPv4, IPv6). A version other than 0 stops before it.
- GUE variant 0 (draft-ietf-intarea-gue, 6080): 4 bytes and hlen * 4 bytes of
  extensions; the protocol field is an IP protocol number (4: IPv4, 41: IPv6). Control
  messages (C bit) and other variants stop before it.
- GTP-U (3GPP TS 29.281, 2152): 8 bytes; 4 more (sequence, N-PDU, next extension type)
  if any of E, S, PN is set; with E, a chain of extension headers (``gtpu_ext`` limit),
  each ``length * 4`` bytes ending with the next type. Only G-PDU messages of version 1
  carry a user packet, IPv4 or IPv6 by its version nibble; others stop before it.
"""

from flowdsl.dsl import U8, U16, U32, Bits, Bytes, Header, Protocol

VXLAN_PORT = 4789
GENEVE_PORT = 6081
GUE_PORT = 6080
GTPU_PORT = 2152


class VXLAN(Header):
    flags = U8()
    reserved1 = Bits(24)
    vni = Bits(24)
    reserved2 = U8()


vxlan = Protocol(VXLAN, encap=True, select=0)  # always an Ethernet frame next


class GENEVE(Header):
    version = Bits(2)
    opt_len = Bits(6)
    o = Bits(1)
    c = Bits(1)
    reserved1 = Bits(6)
    protocol = U16()
    vni = Bits(24)
    reserved2 = U8()
    options = Bytes(length=opt_len * 4, max=63 * 4)


geneve = Protocol(GENEVE, stop_before=[GENEVE.version != 0], encap=True,
                  select=GENEVE.protocol)


class GUE(Header):
    variant = Bits(2)
    c = Bits(1)
    hlen = Bits(5)
    protocol = U8()
    flags = U16()
    extensions = Bytes(length=hlen * 4, max=31 * 4)


gue = Protocol(GUE, stop_before=[(GUE.variant != 0) | (GUE.c != 0)], encap=True,
               select=GUE.protocol)


class GTPU(Header):
    version = Bits(3)
    pt = Bits(1)
    spare = Bits(1)
    e = Bits(1)
    s = Bits(1)
    pn = Bits(1)
    message_type = U8()
    length = U16()
    teid = U32()


GTPU_G_PDU = 0xFF

gtpu = Protocol(
    GTPU,
    stop_before=[(GTPU.version != 1) | (GTPU.pt != 1) | (GTPU.message_type != GTPU_G_PDU)],
    encap=True,
    select=GTPU.e * 4 + GTPU.s * 2 + GTPU.pn,  # 0: payload; 1-3: 4 optional bytes; 4-7: E
)


class GTPUOptional(Header):
    sequence = U16()
    npdu = U8()
    next_type = U8()  # read only when E is set; the chain starts after it


gtpu_opt = Protocol(GTPUOptional, name="gtpu_opt", select=0)


class GTPUSequence(Header):
    sequence = U16()
    npdu = U8()


gtpu_seq = Protocol(GTPUSequence, name="gtpu_seq", select=0)  # E set: next type follows


class GTPUNextType(Header):
    next_type = U8()  # 0: the payload; else another extension header


gtpu_next = Protocol(GTPUNextType, name="gtpu_next", select=GTPUNextType.next_type)


class GTPUExtension(Header):
    length = U8()  # in 4-byte units, this byte and the next type byte included
    content = Bytes(length=length * 4 - 2, max=255 * 4 - 2)


# A length of 0 is malformed (the chain would not move): fail, as the GTP driver does.
gtpu_ext = Protocol(GTPUExtension, name="gtpu_ext", require=[GTPUExtension.length >= 1],
                    select=0, limit="gtpu_ext")
