from flowdsl.dsl import U8, Bytes, Header


class Tlv(Header):
    kind = U8()
    length = U8()
    value = Bytes(length=length * 4)


bindings = []
