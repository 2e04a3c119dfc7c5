"""Expressions as data: built by operator overloading, analysed, lowered and evaluated.

``IPv4.ihl * 4`` builds ``Binary("*", FieldRef(IPv4.ihl), Const(4))``. The compiler
computes a value interval for every expression (to bound lengths and reject overflow),
lowers it to LLVM IR, and the reference dissector evaluates it with the same rules.

Semantics: every value is an unsigned integer computed in 64 bits, the width BPF
registers have. Comparisons and the logical operators give booleans (0 or 1).
Subtraction that can go below zero and results that can reach 2**63 are spec errors,
reported by ``check_graph`` with the interval that proves it.

Python's ``and``/``or``/``not`` and chained comparisons cannot be overloaded; using an
expression as a Python bool raises a SpecError that says to use ``&``, ``|`` and ``~``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from flowdsl.errors import Problem, Source, SpecError

Interval = tuple[int, int]
U64_LIMIT = 1 << 63  # results must stay below this so 64-bit arithmetic never wraps

ARITH_OPS = ("+", "-", "*", "&", "|", "^", "<<", ">>")
COMPARE_OPS = ("==", "!=", "<", "<=", ">", ">=")
LOGIC_OPS = ("and", "or")


def caller_location(depth: int = 2) -> Source:
    """Where the user's code called into the DSL."""
    frame = sys._getframe(depth)
    while frame.f_back is not None and _is_internal(frame.f_code.co_filename):
        frame = frame.f_back
    return Source(frame.f_code.co_filename, frame.f_lineno)


_DSL_DIR = os.path.dirname(os.path.abspath(__file__))


def _is_internal(filename: str) -> bool:
    # Frames inside flowdsl.dsl itself are skipped so errors point at the user's line.
    return os.path.dirname(os.path.abspath(filename)) == _DSL_DIR


def _misuse(message: str, hint: str) -> SpecError:
    return SpecError(Problem("E010", "expression", message, hint, caller_location(3)))


class Expr:
    """Base of every expression node. Subclasses are frozen dataclasses."""

    is_bool: ClassVar[bool] = False
    kind: ClassVar[str] = ""

    # -- building ---------------------------------------------------------------------
    def _bin(self, op: str, other: object, swap: bool = False) -> Binary:
        rhs = lift(other)
        return Binary(op, rhs, self) if swap else Binary(op, self, rhs)

    def __add__(self, o: object) -> Binary:
        return self._bin("+", o)

    def __radd__(self, o: object) -> Binary:
        return self._bin("+", o, swap=True)

    def __sub__(self, o: object) -> Binary:
        return self._bin("-", o)

    def __rsub__(self, o: object) -> Binary:
        return self._bin("-", o, swap=True)

    def __mul__(self, o: object) -> Binary:
        return self._bin("*", o)

    def __rmul__(self, o: object) -> Binary:
        return self._bin("*", o, swap=True)

    def __lshift__(self, o: object) -> Binary:
        return self._bin("<<", o)

    def __rshift__(self, o: object) -> Binary:
        return self._bin(">>", o)

    def __xor__(self, o: object) -> Binary:
        return self._bin("^", o)

    def __and__(self, o: object) -> Binary:
        rhs = lift(o)
        if self.is_bool != rhs.is_bool:
            raise _misuse(
                "'&' mixes a condition with a number",
                "'&' joins two conditions or two numbers: compare the number first, "
                "e.g. ((field & mask) != 0) & flag",
            )
        return Binary("and" if self.is_bool else "&", self, rhs)

    def __rand__(self, o: object) -> Binary:
        return lift(o).__and__(self)

    def __or__(self, o: object) -> Binary:
        rhs = lift(o)
        if self.is_bool != rhs.is_bool:
            raise _misuse(
                "'|' mixes a condition with a number",
                "'|' joins two conditions or two numbers: compare the number first, "
                "e.g. (a == 1) | (b == 2)",
            )
        return Binary("or" if self.is_bool else "|", self, rhs)

    def __ror__(self, o: object) -> Binary:
        return lift(o).__or__(self)

    def __invert__(self) -> Not:
        if not self.is_bool:
            raise _misuse("'~' applies to conditions only", "use (x ^ mask) for bitwise not")
        return Not(self)

    def __eq__(self, o: object) -> Binary:  # type: ignore[override]
        return self._bin("==", o)

    def __ne__(self, o: object) -> Binary:  # type: ignore[override]
        return self._bin("!=", o)

    def __lt__(self, o: object) -> Binary:
        return self._bin("<", o)

    def __le__(self, o: object) -> Binary:
        return self._bin("<=", o)

    def __gt__(self, o: object) -> Binary:
        return self._bin(">", o)

    def __ge__(self, o: object) -> Binary:
        return self._bin(">=", o)

    __hash__ = object.__hash__

    def __bool__(self) -> bool:
        raise _misuse(
            "an expression was used as a Python truth value (and/or/not, if, or a chained "
            "comparison)",
            "combine conditions with &, | and ~, each comparison in parentheses",
        )

    # -- analysis ---------------------------------------------------------------------
    def children(self) -> tuple[Expr, ...]:
        return ()

    def walk(self) -> list[Expr]:
        out: list[Expr] = [self]
        for child in self.children():
            out.extend(child.walk())
        return out

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError

    def same(self, other: Expr) -> bool:
        """Structural equality (``==`` builds an expression instead)."""
        return self.to_dict() == other.to_dict()


def lift(value: object) -> Expr:
    """Turn a Python int (or expression) into an expression."""
    if isinstance(value, Expr):
        return value
    if isinstance(value, bool):
        raise _misuse(
            "a Python bool reached an expression",
            "this usually means a comparison was evaluated before '&'/'|': add parentheses",
        )
    if isinstance(value, int):
        if value < 0:
            raise _misuse(f"negative constant {value}", "flowdsl arithmetic is unsigned")
        return Const(value)
    # A header field descriptor used directly (e.g. from an instance) lifts to its ref.
    to_expr = getattr(value, "as_expr", None)
    if callable(to_expr):
        result = to_expr()
        assert isinstance(result, Expr)
        return result
    raise _misuse(f"{type(value).__name__} cannot be used in an expression", "use fields and ints")


@dataclass(frozen=True, eq=False)
class Const(Expr):
    value: int
    kind: ClassVar[str] = "const"

    def to_dict(self) -> dict[str, Any]:
        return {"const": self.value}


@dataclass(frozen=True, eq=False)
class FieldRef(Expr):
    """A header field, read from the packet in network byte order."""

    header: str
    field: str
    bit_offset: int  # from the start of the header
    bit_width: int
    kind: ClassVar[str] = "field"

    @property
    def key(self) -> str:
        return f"{self.header}.{self.field}"

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.key, "bit_offset": self.bit_offset, "bit_width": self.bit_width}


@dataclass(frozen=True, eq=False)
class InputFlag(Expr):
    """A bit of the input flags the kernel passes in ``bpf_flow_keys.flags``."""

    name: str
    bit: int
    is_bool: ClassVar[bool] = True
    kind: ClassVar[str] = "flag"

    def to_dict(self) -> dict[str, Any]:
        return {"flag": self.name, "bit": self.bit}


@dataclass(frozen=True, eq=False)
class InputProto(Expr):
    """The L3 ethertype the kernel hands over in ``bpf_flow_keys.n_proto`` (host order)."""

    kind: ClassVar[str] = "n_proto"

    def to_dict(self) -> dict[str, Any]:
        return {"input": "n_proto"}


@dataclass(frozen=True, eq=False)
class Binary(Expr):
    op: str
    left: Expr
    right: Expr
    kind: ClassVar[str] = "binary"

    @property
    def is_bool(self) -> bool:  # type: ignore[override]
        return self.op in COMPARE_OPS or self.op in LOGIC_OPS

    def children(self) -> tuple[Expr, ...]:
        return (self.left, self.right)

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "args": [self.left.to_dict(), self.right.to_dict()]}


@dataclass(frozen=True, eq=False)
class Not(Expr):
    operand: Expr
    is_bool: ClassVar[bool] = True
    kind: ClassVar[str] = "not"

    def children(self) -> tuple[Expr, ...]:
        return (self.operand,)

    def to_dict(self) -> dict[str, Any]:
        return {"op": "not", "args": [self.operand.to_dict()]}


def expr_from_dict(data: Mapping[str, Any]) -> Expr:
    """Inverse of ``Expr.to_dict`` (graphs travel inside object files as JSON)."""
    if "const" in data:
        return Const(int(data["const"]))
    if "field" in data:
        header, _, field = str(data["field"]).partition(".")
        return FieldRef(header, field, int(data["bit_offset"]), int(data["bit_width"]))
    if "flag" in data:
        return InputFlag(str(data["flag"]), int(data["bit"]))
    if data.get("input") == "n_proto":
        return InputProto()
    op = data.get("op")
    args = [expr_from_dict(a) for a in data.get("args", [])]
    if op == "not" and len(args) == 1:
        return Not(args[0])
    if op in ARITH_OPS + COMPARE_OPS + LOGIC_OPS and len(args) == 2:
        return Binary(str(op), args[0], args[1])
    raise ValueError(f"not an expression: {data!r}")


# -- intervals -------------------------------------------------------------------------


def field_interval(ref: FieldRef) -> Interval:
    return (0, (1 << ref.bit_width) - 1)


def interval(expr: Expr, env: Mapping[str, Interval] | None = None) -> Interval:
    """The values ``expr`` can take, given refined field intervals in ``env``.

    Unsigned semantics; may return a negative low bound or a high bound >= 2**63, which
    ``overflow_problems`` reports.
    """
    env = env or {}
    if isinstance(expr, Const):
        return (expr.value, expr.value)
    if isinstance(expr, FieldRef):
        return env.get(expr.key, field_interval(expr))
    if isinstance(expr, InputProto):
        return (0, 0xFFFF)
    if expr.is_bool:
        return (0, 1)
    assert isinstance(expr, Binary)
    (alo, ahi), (blo, bhi) = interval(expr.left, env), interval(expr.right, env)
    op = expr.op
    if op == "+":
        return (alo + blo, ahi + bhi)
    if op == "-":
        return (alo - bhi, ahi - blo)
    if op == "*":
        return (alo * blo, ahi * bhi)
    if op == "&":
        return (0, min(ahi, bhi))
    if op in ("|", "^"):
        return (0 if op == "^" else max(alo, blo), (1 << max(ahi, bhi).bit_length()) - 1)
    if op == "<<":
        if bhi >= 64:
            return (0, U64_LIMIT)  # reported as overflow
        return (alo << blo, ahi << bhi)
    if op == ">>":
        return (alo >> min(bhi, 63), ahi >> min(blo, 63))
    raise AssertionError(op)


def overflow_problems(expr: Expr, env: Mapping[str, Interval] | None = None) -> list[str]:
    """Descriptions of every sub-expression whose 64-bit unsigned value can wrap."""
    out = []
    for sub in expr.walk():
        if isinstance(sub, Binary) and sub.op in ARITH_OPS:
            lo, hi = interval(sub, env)
            if lo < 0:
                out.append(f"'{render(sub)}' can be negative (as low as {lo})")
            elif hi >= U64_LIMIT:
                out.append(f"'{render(sub)}' can overflow 64 bits")
    return out


def refine(cond: Expr, env: dict[str, Interval]) -> None:
    """Narrow field intervals in ``env`` knowing that ``cond`` holds.

    Understands ``field OP const`` and conjunctions of those; that covers guards such as
    ``IPv4.ihl >= 5`` which make ``ihl * 4 - 20`` provably non-negative.
    """
    if isinstance(cond, Binary) and cond.op == "and":
        refine(cond.left, env)
        refine(cond.right, env)
        return
    if isinstance(cond, Not):
        refine_negated(cond.operand, env)
        return
    if not (isinstance(cond, Binary) and cond.op in COMPARE_OPS):
        return
    left, right, op = cond.left, cond.right, cond.op
    if isinstance(left, Const) and isinstance(right, FieldRef):
        left, right = right, left
        op = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!="}[op]
    if not (isinstance(left, FieldRef) and isinstance(right, Const)):
        return
    lo, hi = env.get(left.key, field_interval(left))
    c = right.value
    if op == "==":
        lo, hi = max(lo, c), min(hi, c)
    elif op == ">=":
        lo = max(lo, c)
    elif op == ">":
        lo = max(lo, c + 1)
    elif op == "<=":
        hi = min(hi, c)
    elif op == "<":
        hi = min(hi, c - 1)
    elif op == "!=" and c in (lo, hi):  # a bound excluded: a one-bit field's other value
        lo, hi = (lo + 1, hi) if c == lo else (lo, hi - 1)
    env[left.key] = (lo, hi)


_NEGATED = {"==": "!=", "!=": "==", "<": ">=", ">=": "<", ">": "<=", "<=": ">"}


def refine_negated(cond: Expr, env: dict[str, Interval]) -> None:
    """Narrow field intervals in ``env`` knowing that ``cond`` does not hold (a
    ``stop_before`` that did not stop): ``a | b`` neither, a compare the opposite."""
    if isinstance(cond, Binary) and cond.op == "or":
        refine_negated(cond.left, env)
        refine_negated(cond.right, env)
    elif isinstance(cond, Binary) and cond.op in COMPARE_OPS:
        refine(Binary(_NEGATED[cond.op], cond.left, cond.right), env)
    elif isinstance(cond, Not):
        refine(cond.operand, env)


def decided(cond: Expr, env: Mapping[str, Interval]) -> bool | None:
    """Whether ``cond`` holds for every field value in ``env`` (True), for none (False),
    or depends (None): compares of a field with a constant, and ``&``, ``|``, ``~`` of
    those."""
    if isinstance(cond, Not):
        inner = decided(cond.operand, env)
        return None if inner is None else not inner
    if not isinstance(cond, Binary):
        return None
    if cond.op in LOGIC_OPS:
        left, right = decided(cond.left, env), decided(cond.right, env)
        if cond.op == "and":
            return False if False in (left, right) else (True if left and right else None)
        return True if True in (left, right) else (False if left is right is False else None)
    if cond.op not in COMPARE_OPS:
        return None
    (alo, ahi), (blo, bhi) = interval(cond.left, env), interval(cond.right, env)
    if cond.left.is_bool or cond.right.is_bool or alo < 0 or blo < 0:
        return None
    if alo == ahi == blo == bhi:
        return cond.op in ("==", "<=", ">=")
    always, never = {
        "==": (False, ahi < blo or bhi < alo),
        "!=": (ahi < blo or bhi < alo, False),
        "<": (ahi < blo, alo >= bhi),
        "<=": (ahi <= blo, alo > bhi),
        ">": (alo > bhi, ahi <= blo),
        ">=": (alo >= bhi, ahi < blo),
    }[cond.op]
    return True if always else (False if never else None)


# -- evaluation (the reference dissector's semantics) ----------------------------------

_ARITH: dict[str, Callable[[int, int], int]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "&": lambda a, b: a & b,
    "|": lambda a, b: a | b,
    "^": lambda a, b: a ^ b,
    "<<": lambda a, b: a << b if b < 64 else 0,
    ">>": lambda a, b: a >> b if b < 64 else 0,
    "==": lambda a, b: int(a == b),
    "!=": lambda a, b: int(a != b),
    "<": lambda a, b: int(a < b),
    "<=": lambda a, b: int(a <= b),
    ">": lambda a, b: int(a > b),
    ">=": lambda a, b: int(a >= b),
    "and": lambda a, b: int(bool(a) and bool(b)),
    "or": lambda a, b: int(bool(a) or bool(b)),
}


def evaluate(expr: Expr, read_field: Callable[[FieldRef], int], flags: int, n_proto: int) -> int:
    """Evaluate with 64-bit unsigned wrap-around, as the generated code does."""
    if isinstance(expr, Const):
        return expr.value
    if isinstance(expr, FieldRef):
        return read_field(expr)
    if isinstance(expr, InputFlag):
        return int(bool(flags & expr.bit))
    if isinstance(expr, InputProto):
        return n_proto
    if isinstance(expr, Not):
        return int(not evaluate(expr.operand, read_field, flags, n_proto))
    assert isinstance(expr, Binary)
    a = evaluate(expr.left, read_field, flags, n_proto)
    b = evaluate(expr.right, read_field, flags, n_proto)
    return _ARITH[expr.op](a, b) & ((1 << 64) - 1)


def render(expr: Expr) -> str:
    """Source-like text of an expression, for messages and ``--emit graph``."""
    if isinstance(expr, Const):
        return hex(expr.value) if expr.value > 255 else str(expr.value)
    if isinstance(expr, FieldRef):
        return expr.key
    if isinstance(expr, InputFlag):
        return f"flags.{expr.name}"
    if isinstance(expr, InputProto):
        return "n_proto"
    if isinstance(expr, Not):
        return f"~({render(expr.operand)})"
    assert isinstance(expr, Binary)
    op = {"and": "&", "or": "|"}.get(expr.op, expr.op)
    return f"({render(expr.left)} {op} {render(expr.right)})"


def fields_of(expr: Expr) -> list[FieldRef]:
    return [e for e in expr.walk() if isinstance(e, FieldRef)]


def lowest_fields(expr: Expr, env: Mapping[str, Interval] | None = None
                  ) -> list[tuple[FieldRef, int]] | None:
    """The fields of ``expr`` with their low bounds given ``env``, if ``expr`` takes its
    smallest value exactly when every one of them is at its low bound: so for an
    expression that grows strictly with each of its fields (sums of fields, each at
    most once, times or shifted by positive constants, minus constants: ``(c + k + s)
    * 4``, ``ihl * 4 - 20``). None for any other expression."""
    fields = _increasing_in(expr)
    if not fields or len({ref.key for ref in fields}) < len(fields):
        return None
    env = env or {}
    return [(ref, env.get(ref.key, field_interval(ref))[0]) for ref in fields]


def _increasing_in(expr: Expr) -> list[FieldRef] | None:
    """The fields ``expr`` grows strictly with, each time one grows (the others fixed);
    None if it does not for every field it reads."""
    if isinstance(expr, Const):
        return []
    if isinstance(expr, FieldRef):
        return [expr]
    if not isinstance(expr, Binary):
        return None
    left, right = expr.left, expr.right
    if expr.op == "*" and isinstance(left, Const):
        left, right = right, left
    if expr.op == "+":
        below, above = _increasing_in(left), _increasing_in(right)
        return None if below is None or above is None else below + above
    if expr.op == "-" and isinstance(right, Const):
        return _increasing_in(left)
    if expr.op == "<<" and isinstance(right, Const) and right.value < 64:
        return _increasing_in(left)
    if expr.op == "*" and isinstance(right, Const) and right.value > 0:
        return _increasing_in(left)
    return None
