from flowdsl.dsl import U8, Header, Protocol


class Flags(Header):
    flags = U8()


# Python's `and` cannot be overloaded: conditions must be combined with `&`.
flagged = Protocol(Flags, stop_if=[(Flags.flags > 0) and (Flags.flags < 5)])

bindings = []
