from flowdsl.dsl import U16, U32, Header, Protocol, bind
from flowdsl.protocols import udp


class Tag(Header):
    session = U32()
    port = U16()
    pad = U16()


tag = Protocol(Tag, keys={"sport": Tag.session, "ipv4_src": Tag.port}, transport=True)

bindings = [bind(udp, tag, dport=9999)]
