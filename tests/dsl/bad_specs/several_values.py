from flowdsl.dsl import U16, Header, Protocol, bind
from flowdsl.protocols import udp


class Thing(Header):
    kind = U16()


thing = Protocol(Thing)

bindings = [bind(udp, thing, dport=7000, sport=7001)]
