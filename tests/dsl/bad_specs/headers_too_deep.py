from flowdsl.dsl import U8, Bytes, Header, Limits, Protocol, bind
from flowdsl.protocols import DEFAULT_LIMITS, udp


class Blob(Header):
    length = U8()
    next = U8()
    body = Bytes(length=length * 64, max=16320)


blob = Protocol(Blob, select=Blob.next, limit="blobs")

bindings = [
    bind(udp, blob, dport=9999),
    bind(blob, blob, next=1),
]
limits = Limits(encap_depth=1, repeats=(*DEFAULT_LIMITS.repeats, ("blobs", 4)))
