from flowdsl.dsl import U16, Header, Protocol, bind
from flowdsl.protocols import ipv4, udp


class A(Header):
    ethertype = U16()


a = Protocol(A, name="a", select=A.ethertype, encap=True)
b = Protocol(A, name="b", select=A.ethertype, encap=True)

bindings = [
    bind(udp, a, dport=7777),
    bind(udp, b, dport=7777),
    bind(a, ipv4, ethertype=0x0800),
    bind(b, ipv4, ethertype=0x0800),
]
