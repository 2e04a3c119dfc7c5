from flowdsl.dsl import U16, Header, Protocol

PORTS = {"thing": 7000}


class Thing(Header):
    kind = U16()


thing = Protocol(Thing)
bindings = [PORTS["other"]]
