"""GRE version 0 (RFC 2784/2890), with the kernel's semantics.

The C (checksum), K (key) and S (sequence) flags each add 4 bytes. A version other than 0
or the routing bit stops before the header with BPF_OK, as the built-in dissector does.
After the header an encapsulated packet follows: is_encap is set and STOP_AT_ENCAP stops
there. Protocol 0x6558 (TEB) carries a whole Ethernet frame.
"""

from flowdsl.dsl import U16, Bits, Bytes, Header, Protocol


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
