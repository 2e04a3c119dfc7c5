"""Transport headers: the ports, and thoff left at the start of the L4 header.

TCP needs ``doff >= 5`` and its whole header (options included) within the packet, as
the kernel's reference program checks. UDP selects on the destination port, so UDP
tunnels can be bound to it; an unbound port simply stops there. SCTP and DCCP report
their ports, ESP and AH their SPI as the port pair (as the built-in dissector does),
ICMP and ICMPv6 nothing.
"""

from flowdsl.dsl import U8, U16, U32, Bits, Bytes, Header, Protocol


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


class Ports(Header):
    """The first four bytes of SCTP and DCCP: all the built-in dissector reads of them,
    so a packet cut after the ports still reports (and hashes) them, as in the kernel."""

    sport = U16()
    dport = U16()


sctp = Protocol(Ports, name="sctp", keys={"sport": Ports.sport, "dport": Ports.dport},
                transport=True)
dccp = Protocol(Ports, name="dccp", keys={"sport": Ports.sport, "dport": Ports.dport},
                transport=True)


class ICMP(Header):
    """ICMP and ICMPv6 share this layout. A BPF dissector cannot report type, code or
    echo id (only the built-in dissector hashes those), so there are no keys."""

    type = U8()
    code = U8()
    checksum = U16()


icmp = Protocol(ICMP, name="icmp", transport=True)
icmpv6 = Protocol(ICMP, name="icmpv6", transport=True)


class ESP(Header):
    spi = U32()  # the built-in dissector reads it as the port pair


esp = Protocol(ESP, keys={"sport": ESP.spi >> 16, "dport": ESP.spi & 0xFFFF}, transport=True)


class AH(Header):
    next_header = U8()
    payload_length = U8()
    reserved = U16()
    spi = U32()


# As the built-in dissector: AH ends the walk, its SPI as the port pair (it is not
# skipped to the protocol it protects).
ah = Protocol(AH, keys={"sport": AH.spi >> 16, "dport": AH.spi & 0xFFFF}, transport=True)
