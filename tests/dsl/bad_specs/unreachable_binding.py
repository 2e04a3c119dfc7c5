from flowdsl.dsl import U16, Header, Protocol, bind
from flowdsl.protocols import ipv4


class Big(Header):
    word = U16()


big = Protocol(Big)

bindings = [bind(ipv4, big, protocol=300)]
