from flowdsl.dsl import U16, Header, Protocol, bind
from flowdsl.protocols import udp


class Thing(Header):
    kind = U16()


thing = Protocol(Thing, limit="things")

bindings = [bind(udp, thing, dport=7000, keys={"thoff": 3, "n_proto": 0x1FFFF})]
