from flowdsl.dsl import U16, Header, Protocol, bind
from flowdsl.protocols import udp


class Label(Header):
    value = U16()
    next = U16()


label = Protocol(Label, select=Label.next)

bindings = [
    bind(udp, label, dport=6635),
    bind(label, label, next=0x8847),
]
