"""Header classes: a header is a class whose attributes are field descriptors.

    class UDP(Header):
        sport = U16()
        dport = U16()
        length = U16()
        checksum = U16()

``__init_subclass__`` lays the fields out in declaration order and checks the layout;
problems are collected and raised together with the user's file and line.
"""

from __future__ import annotations

import difflib
import sys
from typing import TYPE_CHECKING, ClassVar

from flowdsl.dsl.expr import Binary, Const, Expr, FieldRef, Not, caller_location, lift
from flowdsl.dsl.fields import Bits, Bytes, Field

from flowdsl.errors import UNKNOWN_SOURCE, Problem, Source, SpecError


class UnknownField(SpecError, AttributeError):
    """``NSH.lenght``: a header has no such field. An AttributeError too, so ``hasattr``
    and ``getattr(..., default)`` keep working; a SpecError so the user sees their line."""


class _HeaderType(type):
    if not TYPE_CHECKING:  # keep mypy's own check of header attributes
        def __getattr__(cls, name: str) -> object:
            fields = cls.fields
            if name.startswith("_") or not fields:
                raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")
            names = [f.name for f in fields]
            close = difflib.get_close_matches(name, names, n=3, cutoff=0.6)
            guess = f"did you mean {' or '.join(map(repr, close))}? " if close else ""
            raise UnknownField(Problem(
                "E030", f"{cls.__name__}.{name}", f"{cls.__name__} has no field {name!r}",
                f"{guess}its fields are {', '.join(names)}", caller_location()))


class Header(metaclass=_HeaderType):
    """Base class of every protocol header. Subclass it; do not instantiate it."""

    fields: ClassVar[tuple[Field, ...]] = ()
    fixed_size: ClassVar[int] = 0  # bytes before the variable part
    # The variable-length tail, if any. Kept in a tuple: a Field stored directly as a class
    # attribute would go through its descriptor and come back as a FieldRef.
    variable: ClassVar[tuple[Bytes, ...]] = ()
    variable_length: ClassVar[Expr | None] = None  # bound expression, in bytes
    source: ClassVar[Source] = UNKNOWN_SOURCE

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        frame = sys._getframe(1)
        cls.source = Source(frame.f_code.co_filename, frame.f_lineno)
        problems: list[Problem] = []
        fields = [v for v in cls.__dict__.values() if isinstance(v, Field)]
        offset = 0
        for index, field in enumerate(fields):
            field.header = cls.__name__
            where = f"{cls.__name__}.{field.name}"
            if isinstance(field, Bytes) and field.variable:
                if index != len(fields) - 1:
                    problems.append(_problem(field, "E015", where,
                                             "a variable-length field must be the last field",
                                             "move it to the end of the header"))
                cls.variable = (field,)
            elif field.bits <= 0 or (field.bits > 64 and field.bits % 8):
                problems.append(_problem(field, "E016", where, f"invalid width {field.bits} bits",
                                         "use Bits(1..64) or a whole number of bytes"))
            elif not isinstance(field, Bits) and offset % 8:
                problems.append(_problem(
                    field, "E016", where,
                    f"starts at bit {offset}, which is not on a byte boundary",
                    "byte-sized fields and addresses must be byte aligned; "
                    "split the bits before it into Bits(n) fields that fill the byte"))
            field.bit_offset = offset
            offset += field.bits
        if offset % 8:
            last = fields[-1]
            problems.append(_problem(last, "E016", f"{cls.__name__}.{last.name}",
                                     f"the fixed part is {offset} bits, not whole bytes",
                                     "add Bits(n) padding so the header ends on a byte"))
        cls.fields = tuple(fields)
        cls.fixed_size = offset // 8
        for var in cls.variable:
            if var.length is None:
                problems.append(_problem(var, "E017", f"{cls.__name__}.{var.name}",
                                         "a variable-length field without a length",
                                         "give Bytes(length=<expression in bytes>, max=N)"))
            if var.max is None:
                problems.append(_problem(var, "E001", f"{cls.__name__}.{var.name}",
                                         "a length without a maximum",
                                         "declare the largest size in bytes: "
                                         "Bytes(length=..., max=N)"))
            if var.length is not None:
                try:
                    cls.variable_length = bind_fields(lift(var.length))
                except SpecError as error:
                    problems.extend(error.problems)
        if problems:
            raise SpecError(problems)


def _problem(field: Field, code: str, where: str, message: str, hint: str) -> Problem:
    return Problem(code, where, message, hint, field.source)


def bind_fields(expr: Expr) -> Expr:
    """Replace field descriptors (used inside a class body) by bound FieldRefs."""
    if isinstance(expr, Field):
        return expr.as_expr()
    if isinstance(expr, Binary):
        return Binary(expr.op, bind_fields(expr.left), bind_fields(expr.right))
    if isinstance(expr, Not):
        return Not(bind_fields(expr.operand))
    assert isinstance(expr, (Const, FieldRef)) or not expr.children()
    return expr


def field_by_name(header: type[Header], name: str) -> Field | None:
    for field in header.fields:
        if field.name == name:
            return field
    return None
