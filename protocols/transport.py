"""Transport headers: the ports, and thoff left at the start of the L4 header.

TCP needs ``doff >= 5`` and its whole header (options included) within the packet, as
the kernel's reference program checks. UDP selects on the destination port, so UDP
tunnels can be bound to it; an unbound port simply stops there.
"""

from flowdsl.dsl import U16, U32, Bits, Bytes, Header, Protocol


class TCP(Header):
    sport = U16()
    dport = U16()
    seq = U32()
    ack = U32()
    doff = Bits(4)
    reserved = Bits(4)
    flags = Bits(8)
    window = U16()
    checksum = U16()
    urgent = U16()
    options = Bytes(length=doff * 4 - 20, max=40)


tcp = Protocol(
    TCP,
    require=[TCP.doff >= 5],
    keys={"sport": TCP.sport, "dport": TCP.dport},
    transport=True,
)


class UDP(Header):
    sport = U16()
    dport = U16()
    length = U16()
    checksum = U16()


udp = Protocol(
    UDP,
    keys={"sport": UDP.sport, "dport": UDP.dport},
    select=UDP.dport,
    transport=True,
)


class UDPLite(Header):
    sport = U16()
    dport = U16()
    coverage = U16()
    checksum = U16()


udplite = Protocol(
    UDPLite,
    keys={"sport": UDPLite.sport, "dport": UDPLite.dport},
    transport=True,
)
