"""Transport headers: the ports, and thoff left at the start of the L4 header.

The built-in dissector reads the ports as soon as their 4 bytes are there, whatever
follows, and succeeds without them (ports 0, ``skb_flow_get_ports``): so do these nodes
(``on_short="stop"``), and a header cut short still reports its ports. ``tcp_header``
checks ``doff >= 5`` and the whole TCP header (options included), as the kernel's
reference program bpf_flow.c does; the built-in dissector does not, so the kernel
profile disables it. UDP selects on the destination port, so UDP tunnels can be
bound to it; an unbound port simply stops there. SCTP and DCCP report
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


tcp_header = Protocol(TCP, name="tcp_header", require=[TCP.doff >= 5], transport=True)


class Ports(Header):
    """The first four bytes of TCP, UDP, SCTP and DCCP: all the built-in dissector reads
    of them for the flow keys."""

    sport = U16()
    dport = U16()


tcp = Protocol(Ports, name="tcp", peek=True, keys={"sport": Ports.sport, "dport": Ports.dport},
               select=0, transport=True, on_short="stop")  # then always tcp_header


class UDP(Header):
    sport = U16()
    dport = U16()
    rest = Bytes(length=4, max=4)  # length and checksum: after the ports are reported


udp = Protocol(
    UDP,
    keys={"sport": UDP.sport, "dport": UDP.dport},
    select=UDP.dport,
    transport=True,
    on_short="stop",
)


class UDPLite(Header):
    sport = U16()
    dport = U16()
    rest = Bytes(length=4, max=4)  # checksum coverage and checksum


udplite = Protocol(
    UDPLite,
    keys={"sport": UDPLite.sport, "dport": UDPLite.dport},
    transport=True,
    on_short="stop",
)


sctp = Protocol(Ports, name="sctp", keys={"sport": Ports.sport, "dport": Ports.dport},
                transport=True, on_short="stop")
dccp = Protocol(Ports, name="dccp", keys={"sport": Ports.sport, "dport": Ports.dport},
                transport=True, on_short="stop")


class ICMP(Header):
    """ICMP and ICMPv6 share this layout. A BPF dissector cannot report type, code or
    echo id (only the built-in dissector hashes those), so there are no keys."""

    type = U8()
    code = U8()
    checksum = U16()


icmp = Protocol(ICMP, name="icmp", transport=True, on_short="stop")
icmpv6 = Protocol(ICMP, name="icmpv6", transport=True, on_short="stop")


class ESP(Header):
    spi = U32()  # the built-in dissector reads it as the port pair


esp = Protocol(ESP, keys={"sport": ESP.spi >> 16, "dport": ESP.spi & 0xFFFF}, transport=True,
               on_short="stop")


class AH(Header):
    next_header = U8()
    payload_length = U8()
    reserved = U16()
    spi = U32()


# As the built-in dissector: AH ends the walk, its SPI as the port pair (it is not
# skipped to the protocol it protects).
ah = Protocol(AH, keys={"sport": AH.spi >> 16, "dport": AH.spi & 0xFFFF}, transport=True,
              on_short="stop")
