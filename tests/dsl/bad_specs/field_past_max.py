from flowdsl.dsl import U8, U16, Bytes, Header, Protocol, bind
from flowdsl.protocols import udp


class Opt(Header):
    length = U8()
    kind = U8()
    body = Bytes(length=length, max=32)


class Other(Header):
    port = U16()


opt = Protocol(Opt, keys={"ip_proto": Opt.body, "sport": Other.port})

bindings = [bind(udp, opt, dport=4000)]
