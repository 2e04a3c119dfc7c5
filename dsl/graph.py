"""The parse graph IR: frozen, serialisable, the one input of codegen and the reference.

``build_graph`` turns Protocols and Bindings into a ParseGraph (nodes reachable from the
entry, edges in binding order). ``to_dict``/``from_dict`` round-trip it through JSON, which
is how an object file carries its graph for ``flowdsl test`` and ``flowdsl status``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from flowdsl.dsl.bind import Binding, Protocol
from flowdsl.dsl.expr import Expr, expr_from_dict, render
from flowdsl.dsl.header import Header

from flowdsl.errors import Source


@dataclass(frozen=True)
class FieldSpec:
    name: str
    bit_offset: int
    bit_width: int
    kind: str  # uint | bytes | ipv4 | ipv6 | mac
    source: Source


@dataclass(frozen=True)
class HeaderSpec:
    name: str
    fields: tuple[FieldSpec, ...]
    fixed_size: int
    var_length: Expr | None  # bytes after the fixed part
    var_max: int
    var_field: str  # name of the variable-length field ("" if none)
    source: Source

    @property
    def max_size(self) -> int:
        return self.fixed_size + self.var_max

    def field(self, name: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.name == name), None)


@dataclass(frozen=True)
class KeyAssign:
    key: str
    value: Expr


@dataclass(frozen=True)
class Match:
    kind: str  # value | mask | range
    value: int
    mask: int = 0
    high: int = 0

    def matches(self, x: int) -> bool:
        if self.kind == "value":
            return x == self.value
        if self.kind == "mask":
            return (x & self.mask) == self.value
        return self.value <= x <= self.high

    def values(self, limit: int) -> set[int] | None:
        """The matched values, when there are at most ``limit`` of them."""
        if self.kind == "value":
            return {self.value}
        if self.kind == "range" and self.high - self.value < limit:
            return set(range(self.value, self.high + 1))
        return None

    def describe(self) -> str:
        if self.kind == "value":
            return f"{self.value:#x}"
        if self.kind == "mask":
            return f"{self.value:#x}/{self.mask:#x}"
        return f"{self.value:#x}..{self.high:#x}"


@dataclass(frozen=True)
class Edge:
    target: str
    match: Match
    encap: bool
    field_name: str | None
    source: Source
    keys: tuple[tuple[str, int], ...] = ()  # constant keys written when it is taken
    fallback: bool = False  # tried after every other edge of its node


@dataclass(frozen=True)
class Node:
    name: str
    header: HeaderSpec | None  # None: zero-length node (the entry)
    requires: tuple[Expr, ...]
    stops_before: tuple[Expr, ...]
    keys: tuple[KeyAssign, ...]
    fragment: tuple[Expr, Expr] | None  # (is_frag, is_first)
    stops: tuple[Expr, ...]
    encap: bool
    select: Expr | None
    edges: tuple[Edge, ...]
    on_unknown: str
    transport: bool
    link_layer: bool
    limit: str | None
    source: Source
    peek: bool = False  # read, not consumed: the next header starts at this one's start
    on_short: str = "drop"  # the policy when the packet ends within the fixed part
    on_short_variable: str = "drop"  # ... within the variable part

    @property
    def fixed_size(self) -> int:
        return self.header.fixed_size if self.header else 0

    @property
    def max_size(self) -> int:
        return self.header.max_size if self.header else 0

    @property
    def max_advance(self) -> int:
        """How far the cursor can move past this node: nothing for a peek."""
        return 0 if self.peek else self.max_size


@dataclass(frozen=True)
class Limits:
    """Bounds that make every path finite: encapsulations and per-group repeats."""

    encap_depth: int = 2
    repeats: tuple[tuple[str, int], ...] = ()  # (limit name, max visits in a row)
    on_limit: str = "stop"

    def repeat(self, name: str) -> int | None:
        return dict(self.repeats).get(name)


@dataclass(frozen=True)
class ParseGraph:
    entry: str
    nodes: tuple[Node, ...]
    limits: Limits = field(default_factory=Limits)
    profile: str = ""  # the profile applied, for status and reports

    def node(self, name: str) -> Node:
        for n in self.nodes:
            if n.name == name:
                return n
        raise KeyError(name)

    @property
    def names(self) -> list[str]:
        return [n.name for n in self.nodes]

    def after_transport_keys(self) -> frozenset[str]:
        """The nodes a packet may reach with a transport key (``sport``, ``dport``)
        already written: the writers and everything reachable from them. Elsewhere
        clearing those keys at an encapsulation is a no-op the code generator skips."""
        from flowdsl.dsl.keys import TRANSPORT_KEYS

        by_name = {n.name: n for n in self.nodes}
        todo = [n.name for n in self.nodes
                if any(a.key in TRANSPORT_KEYS for a in n.keys)
                or any(k in TRANSPORT_KEYS for e in n.edges for k, _ in e.keys)]
        seen = set(todo)
        while todo:
            for edge in by_name[todo.pop()].edges:
                if edge.target in by_name and edge.target not in seen:
                    seen.add(edge.target)
                    todo.append(edge.target)
        return frozenset(seen)

    def with_limits(self, limits: Limits) -> ParseGraph:
        return replace(self, limits=limits)

    # -- serialisation --------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "entry": self.entry,
            "profile": self.profile,
            "limits": {
                "encap_depth": self.limits.encap_depth,
                "repeats": dict(self.limits.repeats),
                "on_limit": self.limits.on_limit,
            },
            "nodes": [_node_to_dict(n) for n in self.nodes],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=1, sort_keys=True)

    def to_compact_json(self) -> str:
        """``to_json`` without the spaces: what objects embed (the IR carries it as a
        string, which LLVM parses: 130 KB indented, for the kernel profile)."""
        return json.dumps(self.to_dict(), separators=(",", ":"), sort_keys=True)

    def to_named_dict(self) -> dict[str, Any]:
        """``--emit graph``: ``to_dict`` with every positional array (a field, a key, an
        edge, a source) as an object of named members, and each expression's text next to
        its tree. For people and scripts; objects embed the compact ``to_dict``."""
        return _named(self.to_dict())

    def to_named_json(self) -> str:
        return json.dumps(self.to_named_dict(), indent=1, sort_keys=True)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ParseGraph:
        lim = data["limits"]
        limits = Limits(int(lim["encap_depth"]), tuple(sorted(lim["repeats"].items())),
                        str(lim["on_limit"]))
        nodes = tuple(_node_from_dict(n) for n in data["nodes"])
        return cls(str(data["entry"]), nodes, limits, str(data.get("profile", "")))

    def describe(self) -> str:
        """Human-readable dump (``flowdsl build --emit graph`` prints JSON instead)."""
        lines = []
        for n in self.nodes:
            size = f"{n.fixed_size}" + (f"..{n.max_size}" if n.max_size != n.fixed_size else "")
            lines.append(f"{n.name} [{size} bytes] on_unknown={n.on_unknown}")
            if n.select is not None:
                lines.append(f"  select {render(n.select)}")
            for e in n.edges:
                encap = " (encap)" if e.encap else ""
                encap += " (fallback)" if e.fallback else ""
                lines.append(f"    {e.match.describe()} -> {e.target}{encap}")
        return "\n".join(lines)


def _node_to_dict(n: Node) -> dict[str, Any]:
    h = n.header
    return {
        "name": n.name,
        "header": None if h is None else {
            "name": h.name,
            "fields": [[f.name, f.bit_offset, f.bit_width, f.kind, f.source.to_dict()]
                       for f in h.fields],
            "fixed_size": h.fixed_size,
            "var_length": None if h.var_length is None else h.var_length.to_dict(),
            "var_max": h.var_max,
            "var_field": h.var_field,
            "source": h.source.to_dict(),
        },
        "requires": [e.to_dict() for e in n.requires],
        "stops_before": [e.to_dict() for e in n.stops_before],
        "keys": [[k.key, k.value.to_dict()] for k in n.keys],
        "fragment": None if n.fragment is None else [e.to_dict() for e in n.fragment],
        "stops": [e.to_dict() for e in n.stops],
        "encap": n.encap,
        "select": None if n.select is None else n.select.to_dict(),
        "edges": [[e.target, e.match.kind, e.match.value, e.match.mask, e.match.high, e.encap,
                   e.field_name, e.source.to_dict(), [list(k) for k in e.keys], e.fallback]
                  for e in n.edges],
        "on_unknown": n.on_unknown,
        "transport": n.transport,
        "link_layer": n.link_layer,
        "limit": n.limit,
        "source": n.source.to_dict(),
        "peek": n.peek,
        "on_short": n.on_short,
        "on_short_variable": n.on_short_variable,
    }


_EDGE_FIELDS = ("target", "kind", "value", "mask", "high", "encap", "field", "source", "keys",
                "fallback")


def _named(data: dict[str, Any]) -> dict[str, Any]:
    """The named form of ``ParseGraph.to_dict()`` (see ``to_named_dict``)."""
    def source(pair: list[Any]) -> dict[str, Any]:
        return {"file": pair[0], "line": pair[1]}

    def expr(tree: dict[str, Any] | None) -> dict[str, Any] | None:
        return None if tree is None else {"text": render(expr_from_dict(tree)), "tree": tree}

    nodes = []
    for n in data["nodes"]:
        n = dict(n)
        if n["header"] is not None:
            h = dict(n["header"])
            h["fields"] = [{"name": f[0], "bit_offset": f[1], "bit_width": f[2], "kind": f[3],
                            "source": source(f[4])} for f in h["fields"]]
            h["var_length"] = expr(h["var_length"])
            h["source"] = source(h["source"])
            n["header"] = h
        for name in ("requires", "stops_before", "stops"):
            n[name] = [expr(e) for e in n[name]]
        n["fragment"] = None if n["fragment"] is None else {
            "is_frag": expr(n["fragment"][0]), "is_first": expr(n["fragment"][1])}
        n["select"] = expr(n["select"])
        n["keys"] = [{"key": k, "value": expr(v)} for k, v in n["keys"]]
        edges = []
        for e in n["edges"]:
            edge = dict(zip(_EDGE_FIELDS, e, strict=True))
            kind, value, mask, high = (edge.pop(k) for k in ("kind", "value", "mask", "high"))
            edge["match"] = {"kind": kind, "value": value, **(
                {"mask": mask} if kind == "mask" else {"high": high} if kind == "range"
                else {}), "text": Match(kind, value, mask, high).describe()}
            edge["source"] = source(edge["source"])
            edge["keys"] = {k: v for k, v in edge["keys"]}
            edges.append(edge)
        n["edges"] = edges
        n["source"] = source(n["source"])
        nodes.append(n)
    return {**data, "nodes": nodes}


def _node_from_dict(d: Mapping[str, Any]) -> Node:
    h = d["header"]
    header = None if h is None else HeaderSpec(
        h["name"],
        tuple(FieldSpec(f[0], f[1], f[2], f[3], Source.from_dict(f[4])) for f in h["fields"]),
        h["fixed_size"],
        None if h["var_length"] is None else expr_from_dict(h["var_length"]),
        h["var_max"], h["var_field"], Source.from_dict(h["source"]),
    )
    frag = d["fragment"]
    return Node(
        name=d["name"], header=header,
        requires=tuple(expr_from_dict(e) for e in d["requires"]),
        stops_before=tuple(expr_from_dict(e) for e in d["stops_before"]),
        keys=tuple(KeyAssign(k, expr_from_dict(v)) for k, v in d["keys"]),
        fragment=None if frag is None else (expr_from_dict(frag[0]), expr_from_dict(frag[1])),
        stops=tuple(expr_from_dict(e) for e in d["stops"]),
        encap=d["encap"],
        select=None if d["select"] is None else expr_from_dict(d["select"]),
        edges=tuple(Edge(e[0], Match(e[1], e[2], e[3], e[4]), e[5], e[6], Source.from_dict(e[7]),
                         tuple((str(k), int(v)) for k, v in (e[8] if len(e) > 8 else ())),
                         bool(e[9]) if len(e) > 9 else False)
                    for e in d["edges"]),
        on_unknown=d["on_unknown"], transport=d["transport"], link_layer=d["link_layer"],
        limit=d["limit"], source=Source.from_dict(d["source"]), peek=bool(d.get("peek", False)),
        on_short=str(d.get("on_short", "drop")),
        on_short_variable=str(d.get("on_short_variable", "drop")),
    )


# -- building ----------------------------------------------------------------------------


def header_spec(header: type[Header]) -> HeaderSpec:
    var = header.variable[0] if header.variable else None
    return HeaderSpec(
        name=header.__name__,
        fields=tuple(FieldSpec(f.name, f.bit_offset, f.bits, f.kind_name, f.source)
                     for f in header.fields if f is not var),
        fixed_size=header.fixed_size,
        var_length=header.variable_length,
        var_max=(var.max or 0) if var is not None else 0,
        var_field=var.name if var is not None else "",
        source=header.source,
    )


def _match(b: Binding) -> Match:
    value = b.value if b.value is not None else 0
    if b.high is not None:
        return Match("range", value, 0, b.high)
    if b.mask is not None:
        return Match("mask", value, b.mask, 0)
    return Match("value", value)


def build_graph(
    bindings: Iterable[Binding],
    entry: Protocol,
    limits: Limits | None = None,
) -> ParseGraph:
    """The graph of every protocol reachable from ``entry`` through ``bindings``.

    Bindings are kept in order; a later binding of the same (parent, child, value)
    replaces nothing, so duplicates are reported by ``check_graph`` as overlaps.
    """
    bindings = list(bindings)
    by_parent: dict[int, list[Binding]] = {}
    for b in bindings:
        by_parent.setdefault(id(b.parent), []).append(b)
    order: list[Protocol] = []
    seen: set[int] = set()
    stack = [entry]
    while stack:  # breadth-first, in binding order, so node order is stable and readable
        proto = stack.pop(0)
        if id(proto) in seen:
            continue
        seen.add(id(proto))
        order.append(proto)
        stack.extend(b.child for b in by_parent.get(id(proto), []))
    nodes = []
    for proto in order:
        edges = tuple(
            Edge(b.child.name, _match(b), b.encap, b.field_name, b.source,
                 tuple(b.keys.items()), b.fallback)
            for b in by_parent.get(id(proto), [])
        )
        nodes.append(Node(
            name=proto.name,
            header=None if proto.header is None else header_spec(proto.header),
            requires=proto.require,
            stops_before=proto.stop_before,
            keys=tuple(KeyAssign(k, v) for k, v in proto.keys.items()),
            fragment=proto.fragment,
            stops=proto.stop_if,
            encap=proto.encap,
            select=proto.select,
            edges=edges,
            on_unknown=proto.on_unknown,
            transport=proto.transport,
            link_layer=proto.link_layer,
            limit=proto.limit,
            source=proto.source,
            peek=proto.peek,
            on_short=proto.on_short,
            on_short_variable=proto.on_short_variable,
        ))
    return ParseGraph(entry.name, tuple(nodes), limits or Limits())
