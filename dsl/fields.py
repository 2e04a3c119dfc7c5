"""Field descriptors: the attributes of a Header class.

Every field is big-endian (network order) as on the wire, and remembers the file and line
that declared it so every error can point at the user's code. Inside the class body a
field is an expression (``ihl * 4`` works there); on the finished class,
``IPv4.ihl`` is a bound ``FieldRef`` with the field's bit offset and width.
"""

from __future__ import annotations

from typing import Any

from flowdsl.dsl.expr import Expr, FieldRef, caller_location


class Field(Expr):
    """A fixed-width field. ``kind`` says how keys may use it."""

    kind_name = "uint"

    def __init__(self, bits: int) -> None:
        self.bits = bits
        self.name = ""
        self.header = ""
        self.bit_offset = -1
        self.source = caller_location()

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if self.bit_offset < 0:  # still inside the class body
            return self
        return self.as_expr()

    def as_expr(self) -> FieldRef:
        return FieldRef(self.header, self.name, self.bit_offset, self.bits)

    def to_dict(self) -> dict[str, Any]:
        return {"field": f"{self.header}.{self.name}", "bits": self.bits}

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.bits}) {self.header}.{self.name}"

    __hash__ = object.__hash__


class Bits(Field):
    """An unsigned bit field of 1 to 64 bits (may start and end inside a byte)."""


class U8(Field):
    def __init__(self) -> None:
        super().__init__(8)


class U16(Field):
    def __init__(self) -> None:
        super().__init__(16)


class U32(Field):
    def __init__(self) -> None:
        super().__init__(32)


class U64(Field):
    def __init__(self) -> None:
        super().__init__(64)


class IPv4Address(Field):
    kind_name = "ipv4"

    def __init__(self) -> None:
        super().__init__(32)


class IPv6Address(Field):
    kind_name = "ipv6"

    def __init__(self) -> None:
        super().__init__(128)


class MACAddress(Field):
    kind_name = "mac"

    def __init__(self) -> None:
        super().__init__(48)


class Bytes(Field):
    """Opaque bytes: ``Bytes(n)`` of fixed size, or the variable-length tail of a header.

    ``Bytes(length=expr, max=n)`` is a header's variable part (options, TLVs). ``expr`` is
    in bytes and built from this header's fields; ``max`` bounds it, so the compiler
    knows the largest offset of every path. It must be the header's last field.
    """

    kind_name = "bytes"

    def __init__(self, size: int = 0, *, length: object = None, max: int | None = None) -> None:
        super().__init__(size * 8)
        self.length = length
        self.max = max
        self.variable = length is not None or max is not None
