from flowdsl.dsl import U8, U16, Bits, Header, Protocol, bind
from flowdsl.protocols import udp


class NSH(Header):
    version = Bits(2)
    flags = Bits(8)
    ttl = Bits(6)
    length = U8()
    next_proto = U8()
    spi = U16()


nsh = Protocol(NSH, select=NSH.next_proto, require=[NSH.lenght >= 2])

bindings = [bind(udp, nsh, dport=6633)]
