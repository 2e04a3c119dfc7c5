from flowdsl.dsl import U16, Header, Protocol


class Thing(Header):
    kind = U16()


thing = Protocol(Thing)
