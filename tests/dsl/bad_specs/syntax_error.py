from flowdsl.dsl import U16, Header

class Broken(Header)
    kind = U16()
