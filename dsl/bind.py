"""Protocols (parse-graph nodes) and bindings (edges), kept apart from headers.

    udp = Protocol(UDP, keys={"sport": UDP.sport, "dport": UDP.dport},
                   select=UDP.dport, transport=True)
    bind(udp, vxlan, dport=4789)

A Protocol says what the compiler does with one header: the conditions it requires
(else BPF_DROP), conditions that stop before it (``stop_before``: BPF_OK, thoff at its
start, as for GRE versions the kernel does not parse), the ``bpf_flow_keys`` it writes,
fragment and stop rules, whether an encapsulated packet follows it, what to select the
next protocol on, and the policy for a next protocol that is unknown or disabled.
``peek=True`` makes a header that is read but not consumed: the next protocol starts
where it starts (to select an MPLS or GTP-U payload by its IP version nibble).
``on_short`` is the policy when the packet ends before the header's fixed part does,
``on_short_variable`` (default: the same) before its variable part does: ``drop`` (the
default), or ``stop`` where the built-in dissector succeeds anyway (it reads a
transport's ports only if they are there), or for the variable part ``skip``: not
checked at all, the next header starts after it, past the packet's end, and its own
``on_short`` decides (the built-in dissector skips IPv4 options and IPv6 extension
headers unread, then fails on an IP header there but not on a transport).
Validation happens in ``check_graph`` so that every problem is reported at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from flowdsl.dsl.expr import Const, Expr, caller_location, lift, render
from flowdsl.dsl.header import Header, bind_fields

from flowdsl.errors import UNKNOWN_SOURCE, Problem, Source, SpecError

Policy = Literal["drop", "stop", "kernel"]
POLICIES: tuple[str, ...] = ("drop", "stop", "kernel")


def _expr(value: object) -> Expr:
    return bind_fields(lift(value))


@dataclass(frozen=True, eq=False)
class Fragment:
    """IP fragmentation: ``is_frag`` and ``first`` are conditions on the header.

    ``is_frag=None`` means the header always marks a fragment (the IPv6 Fragment header).

    The compiler writes ``is_frag`` and ``is_first_frag`` and stops (BPF_OK, after the
    header) on a fragment, unless it is a first fragment and the caller asked for
    ``PARSE_1ST_FRAG``: later fragments carry no headers to parse.
    """

    is_frag: object | None
    first: object


class Protocol:
    """One node of the parse graph. See the module docstring for the fields."""

    def __init__(
        self,
        header: type[Header] | None,
        *,
        name: str | None = None,
        require: list[object] | tuple[object, ...] = (),
        keys: dict[str, object] | None = None,
        fragment: Fragment | None = None,
        stop_if: list[object] | tuple[object, ...] = (),
        stop_before: list[object] | tuple[object, ...] = (),
        encap: bool = False,
        select: object = None,
        on_unknown: str = "stop",
        transport: bool = False,
        link_layer: bool = False,
        limit: str | None = None,
        peek: bool = False,
        on_short: str = "drop",
        on_short_variable: str | None = None,
    ) -> None:
        self.source = caller_location()
        _check_header(header, self.source)
        self.header = header
        self.name = name or (header.__name__.lower() if header is not None else "entry")
        self.require = tuple(_expr(c) for c in require)
        self.keys = {k: _expr(v) for k, v in (keys or {}).items()}
        self.fragment = (
            None if fragment is None
            else (Const(1) if fragment.is_frag is None else _expr(fragment.is_frag),
                  _expr(fragment.first))
        )
        self.stop_if = tuple(_expr(c) for c in stop_if)
        self.stop_before = tuple(_expr(c) for c in stop_before)
        self.encap = encap
        self.select = None if select is None else _expr(select)
        self.on_unknown = on_unknown
        self.transport = transport
        self.link_layer = link_layer
        self.limit = limit
        self.peek = peek
        self.on_short = on_short
        self.on_short_variable = on_short if on_short_variable is None else on_short_variable

    def __repr__(self) -> str:
        return f"Protocol({self.name})"


@dataclass(frozen=True, eq=False)
class Binding:
    """An edge: when ``parent``'s select value matches, parse ``child`` next."""

    parent: Protocol
    child: Protocol
    value: int | None = None
    mask: int | None = None  # match (select & mask) == value
    high: int | None = None  # match value <= select <= high
    field_name: str | None = None  # the keyword used, checked against parent.select
    encap: bool = False
    source: Source = UNKNOWN_SOURCE
    keys: dict[str, int] = field(default_factory=dict)
    fallback: bool = False  # tried only when no other binding of the parent matches


def bind(
    parent: Protocol,
    child: Protocol,
    value: int | None = None,
    *,
    mask: int | None = None,
    range: tuple[int, int] | None = None,
    encap: bool = False,
    keys: dict[str, int] | None = None,
    fallback: bool = False,
    **field_value: int,
) -> Binding:
    """Declare that ``child`` follows ``parent`` when ``parent``'s select matches.

    ``bind(ipv4, tcp, protocol=6)`` names the select field; ``bind(entry, ipv4, 0x0800)``
    gives the value alone; ``mask=`` and ``range=(lo, hi)`` give other match kinds.
    ``encap=True`` marks an encapsulation edge (IPIP): ``is_encap`` is set and
    STOP_AT_ENCAP stops there. ``keys={"n_proto": 0x8847}`` writes constant keys when the
    edge is taken (the built-in dissector's ``proto = ...`` on MPLS in IP).
    ``fallback=True`` makes a binding that is tried only when none of the parent's other
    bindings matches, so it may overlap them (``mask=0`` matches anything: "any other
    value"); the built-in dissector's "any other valid PPP protocol" is one.
    """
    source = caller_location()
    _check_arguments(parent, child, value, mask, range, keys, field_value, source)
    field_name = None
    if len(field_value) + (value is not None) > 1:
        given = [f"{k}={v}" for k, v in field_value.items()]
        raise SpecError(Problem(
            "E026", f"bind({parent.name} -> {child.name})",
            f"matches {' and '.join(([str(value)] if value is not None else []) + given)}; "
            "a binding matches one value of the parent's select",
            "write one bind() per value", source))
    if field_value:
        field_name, value = next(iter(field_value.items()))
    high = None
    if range is not None:
        value, high = range
    return Binding(parent, child, value, mask, high, field_name, encap, source,
                   dict(keys or {}), fallback)


def _check_arguments(parent: object, child: object, value: object, mask: object,
                     range: object, keys: object, field_value: Mapping[str, object],
                     source: Source) -> None:
    """Refuse, at the user's bind() line, arguments of the wrong type: later stages would
    fail on them with a traceback (a str value), or silently (a float in the IR)."""
    where = f"bind({_name(parent)} -> {_name(child)})"
    problems = [p for role, arg in (("parent", parent), ("child", child))
                if (p := _protocol_problem(f"{where} {role}", arg, source)) is not None]
    numbers: list[tuple[str, object]] = [(f"{k}=", v) for k, v in field_value.items()]
    if value is not None:
        numbers.append(("the value ", value))
    if mask is not None:
        numbers.append(("mask=", mask))
    if range is not None:
        if isinstance(range, (tuple, list)) and len(range) == 2:
            numbers += [("range lo ", range[0]), ("range hi ", range[1])]
        else:
            problems.append(Problem(
                "E029", where, f"range={range!r} is not a pair of integers",
                "give range=(lo, hi), both ints, e.g. range=(0x0800, 0x08ff)", source))
    if keys is not None and not isinstance(keys, dict):
        problems.append(Problem("E029", where, f"keys={keys!r} is not a dict",
                                'give keys={"n_proto": 0x8847}', source))
    elif keys:
        numbers.extend((f"keys[{k!r}]=", v) for k, v in keys.items())
    for what, number in numbers:
        if isinstance(number, Expr):
            problems.append(Problem(
                "E029", where, f"{what}{render(bind_fields(number))} is an expression, not "
                "an integer", "a binding matches constants of the parent's select: give an "
                "int, e.g. 4789 or 0x0800", source))
        elif not isinstance(number, int) or isinstance(number, bool):
            problems.append(Problem(
                "E029", where,
                f"{what}{number!r} is a {type(number).__name__}, not an integer",
                f"give an int{_int_hint(number)}", source))
    if (not problems and isinstance(range, (tuple, list)) and len(range) == 2
            and range[0] > range[1]):
        problems.append(Problem("E029", where,
                                f"range=({range[0]:#x}, {range[1]:#x}) is empty: lo > hi",
                                "give range=(lo, hi) with lo <= hi", source))
    if problems:
        raise SpecError(problems)


def _check_header(header: object, source: Source) -> None:
    """``Protocol(gpe)``: a Protocol (or anything else) where its Header class belongs."""
    if header is None or (isinstance(header, type) and issubclass(header, Header)):
        return
    given = f"{header.name} is a Protocol" if isinstance(header, Protocol) else \
        f"{header!r} is a {type(header).__name__}"
    wanted = header.header.__name__ if isinstance(header, Protocol) and \
        header.header is not None else "MyHeader"
    raise SpecError(Problem(
        "E028", f"Protocol({_name(header)})", f"{given}, not a Header class",
        f"give the header's class, e.g. Protocol({wanted}, select=...)", source))


def _name(arg: object) -> str:
    if isinstance(arg, Protocol):
        return arg.name
    return arg.__name__ if isinstance(arg, type) else type(arg).__name__


def _protocol_problem(where: str, arg: object, source: Source) -> Problem | None:
    if isinstance(arg, Protocol):
        return None
    if isinstance(arg, type) and issubclass(arg, Header):
        name = arg.__name__
        return Problem(
            "E028", where,
            f"{name} is a Header; bind() takes Protocols",
            f"wrap it, e.g. {name.lower()} = Protocol({name}, select=...), and bind "
            f"{name.lower()}", source)
    return Problem("E028", where,
                   f"{arg!r} is a {type(arg).__name__}, not a Protocol",
                   "give a Protocol, e.g. udp from flowdsl.protocols or one made with "
                   "Protocol(MyHeader, select=...)", source)


def _int_hint(number: object) -> str:
    if isinstance(number, float) and number.is_integer():
        return f": {int(number)}"
    if isinstance(number, str):
        try:
            int(number, 0)
            return f": {number.strip()} (no quotes)"
        except ValueError:
            pass
    if isinstance(number, bool):
        return f": {int(number)}"
    return ", e.g. 4789 or 0x0800"
