from flowdsl.dsl import U8, Bytes, Header, Protocol, bind
from flowdsl.protocols import udp


class Look(Header):
    length = U8()
    body = Bytes(length=length, max=16)


look = Protocol(Look, peek=True)

bindings = [bind(udp, look, dport=7000)]
