from flowdsl.dsl import U8, U16, Header, Protocol, bind
from flowdsl.protocols import udp


class GPE(Header):
    flags = U8()
    next_proto = U16()


gpe = Protocol(GPE, select=GPE.next_proto)

bindings = [bind(udp, gpe, dport=4790.0, mask=0.5, keys={"n_proto": "0x0800"})]
