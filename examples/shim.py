"""A custom 8-byte shim header over UDP port 7777 that carries IPv4.

    flowdsl build examples/shim.py -o shim.o
"""

from flowdsl.dsl import U8, U16, U32, Header, Protocol, bind
from flowdsl.protocols import ipv4, udp


class Shim(Header):
    version = U8()
    flags = U8()
    ethertype = U16()  # what the shim carries
    tenant = U32()


shim = Protocol(Shim, select=Shim.ethertype, encap=True)

bindings = [
    bind(udp, shim, dport=7777),
    bind(shim, ipv4, ethertype=0x0800),
]
