from flowdsl.dsl import U8, U16, Header, Protocol, bind
from flowdsl.protocols import ipv4, udp


class Thing(Header):
    kind = U8()
    pad = U8()
    port = U16()


thing = Protocol(Thing, keys={"thoff": Thing.port, "colour": 1}, select=Thing.kind,
                 on_unknown="explode")

bindings = [
    bind(udp, thing, sport=1234),
    bind(thing, ipv4, kind=4),
    bind(thing, ipv4, kind=4),
]
