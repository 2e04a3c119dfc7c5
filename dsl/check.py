"""check_graph: every problem of a parse graph at once, each with the user's file:line.

Error codes (README "Spec errors" lists them with examples):
  E001 length without a maximum        E002 overlapping bindings
  E003 unreachable binding             E004 key fed from a value of the wrong width
  E005 graph cycle without a bound     E006 field read past the header's fixed part
  E007 unknown or compiler-owned key   E009 arithmetic that can wrap
  E010 expression misuse (Python bool) E013 unknown policy
  E014 length always above its maximum E015-E017 header layout
  E019 binding names the wrong field   E020 duplicate protocol name
  E021 field of another header         E022 unknown limit name
  E023 value too wide for arithmetic   E024 binding from a node without select
  E025 headers can reach past the verifier's offset limit
  E026 binding with several values     E027 peek header with a variable part
  E028 bind() given a Header, Protocol() given no Header class
  E029 bind() value, mask, range or key that is not an int
  E030 a Header has no field of that name (NSH.lenght)
  E031 more protocols than one program can hold
  E032 a program too large for BPF's jump offsets (codegen/build.py, before LLVM)
"""

from __future__ import annotations

from itertools import combinations

from flowdsl.dsl.bind import POLICIES
from flowdsl.dsl.expr import (
    Expr,
    FieldRef,
    Interval,
    fields_of,
    interval,
    overflow_problems,
    refine,
    render,
)
from flowdsl.dsl.graph import Edge, Match, Node, ParseGraph
from flowdsl.dsl.keys import ADDRESS_KEYS, KEY_SLOTS
from flowdsl.dsl.limits import MAX_HEADER_END, MAX_PROTOCOLS, NHOFF_MAX
from flowdsl.dsl.unroll import Unroller, crosses_encap

from flowdsl.errors import Problem, Source, SpecError


def _problem(code: str, path: str, message: str, hint: str, source: Source) -> Problem:
    return Problem(code, path, message, hint, source)


def _node_path(node: Node) -> str:
    return node.header.name if node.header else node.name


def _check_expr(node: Node, expr: Expr, what: str, env: dict[str, Interval],
                allow_wide: bool = False) -> list[Problem]:
    out = []
    path = _node_path(node)
    for ref in fields_of(expr):
        spec = node.header.field(ref.field) if node.header else None
        if node.header is None or ref.header != node.header.name:
            out.append(_problem(
                "E021", f"{path} {what}", f"reads {ref.key}, a field of another header",
                f"a protocol's expressions may only use its own header's fields "
                f"({path}.*)", node.source))
        elif spec is None:
            source = node.header.source
            out.append(_problem(
                "E006", ref.key,
                f"is read past the header's fixed part ({node.header.fixed_size} bytes): "
                "the variable part may be shorter",
                "read only fixed fields; declare what you need as fields before the "
                "variable part", source))
        elif ref.bit_width > 64 and not allow_wide:
            out.append(_problem("E023", ref.key, f"is {ref.bit_width} bits wide, too wide for "
                                f"{what}", "use it only as an address key", spec.source))
    for text in overflow_problems(expr, env):
        out.append(_problem("E009", f"{path} {what}", text,
                            "guard it with require=[...] or rewrite it so it cannot wrap",
                            node.source))
    return out


def _check_edge_keys(node: Node) -> list[Problem]:
    out = []
    for edge in node.edges:
        for key, value in edge.keys:
            slot = KEY_SLOTS.get(key)
            where = f"bind({node.name} -> {edge.target}) keys[{key!r}]"
            if slot is None or not slot.writable or key in ADDRESS_KEYS:
                known = ", ".join(k for k, s in KEY_SLOTS.items()
                                  if s.writable and k not in ADDRESS_KEYS)
                out.append(_problem("E007", where, f"{key!r} cannot be set by a binding",
                                    f"use one of: {known}", edge.source))
            elif not 0 <= value < 1 << (8 * slot.size):
                out.append(_problem("E004", where,
                                    f"{value:#x} does not fit its {8 * slot.size} bits",
                                    "give a value that fits", edge.source))
    return out


def _check_keys(node: Node, env: dict[str, Interval]) -> list[Problem]:
    out = []
    path = _node_path(node)
    for assign in node.keys:
        slot = KEY_SLOTS.get(assign.key)
        where = f"{path} keys[{assign.key!r}]"
        if slot is None or not slot.writable:
            known = ", ".join(k for k, s in KEY_SLOTS.items() if s.writable)
            reason = "is not a bpf_flow_keys field" if slot is None else \
                "is maintained by the compiler"
            out.append(_problem("E007", where, f"{assign.key!r} {reason}",
                                f"use one of: {known}", node.source))
            continue
        out.extend(_check_expr(node, assign.value, f"keys[{assign.key!r}]", env,
                               allow_wide=assign.key in ADDRESS_KEYS))
        value = assign.value
        if assign.key in ADDRESS_KEYS:
            bits = ADDRESS_KEYS[assign.key]
            if not (isinstance(value, FieldRef) and value.bit_width == bits
                    and value.bit_offset % 8 == 0):
                got = f"{value.bit_width}-bit field {value.key}" if isinstance(value, FieldRef) \
                    else f"expression {render(value)}"
                out.append(_problem(
                    "E004", where, f"needs a byte-aligned {bits}-bit address field, got {got}",
                    f"declare the field as {'IPv4Address' if bits == 32 else 'IPv6Address'}()",
                    _value_source(node, value)))
            continue
        if value.is_bool:
            continue
        hi = interval(value, env)[1]
        limit = 1 << (8 * slot.size)
        if hi >= limit:
            shown = value.key if isinstance(value, FieldRef) else render(value)
            out.append(_problem(
                "E004", where,
                f"is {8 * slot.size} bits wide but {shown} can be up to {hi:#x}",
                f"feed it a field of at most {8 * slot.size} bits, or mask the value",
                _value_source(node, value)))
    return out


def _value_source(node: Node, value: Expr) -> Source:
    if isinstance(value, FieldRef) and node.header is not None:
        spec = node.header.field(value.field)
        if spec is not None:
            return spec.source
    return node.source


def _overlap(a: Match, b: Match) -> bool:
    def bounds(m: Match) -> tuple[int, int] | None:
        if m.kind == "value":
            return (m.value, m.value)
        if m.kind == "range":
            return (m.value, m.high)
        return None

    ba, bb = bounds(a), bounds(b)
    if ba is not None and bb is not None:
        return ba[0] <= bb[1] and bb[0] <= ba[1]
    if a.kind == "mask" and b.kind == "mask":
        return ((a.value ^ b.value) & a.mask & b.mask) == 0
    mask, other = (a, b) if a.kind == "mask" else (b, a)
    values = other.values(1 << 16)
    if values is None:
        return True  # a wide range against a mask: assume the worst
    return any((v & mask.mask) == mask.value for v in values)


def _check_edges(node: Node, env: dict[str, Interval]) -> list[Problem]:
    out = []
    path = _node_path(node)
    if node.edges and node.select is None:
        e = node.edges[0]
        out.append(_problem("E024", f"bind({node.name} -> {e.target})",
                            f"protocol {node.name!r} has no select, so nothing can follow it",
                            f"give Protocol({path}, select=<field>)", e.source))
        return out
    if node.select is None:
        return out
    out.extend(_check_expr(node, node.select, "select", env))
    lo, hi = interval(node.select, env)
    select_field = node.select.field if isinstance(node.select, FieldRef) else None
    for e in node.edges:
        where = f"bind({node.name} -> {e.target})"
        if e.field_name is not None and e.field_name != select_field:
            out.append(_problem("E019", where,
                                f"names field {e.field_name!r} but {node.name!r} selects on "
                                f"{render(node.select)}",
                                f"write bind({node.name}, {e.target}, "
                                f"{select_field or 'value'}=...)", e.source))
        m = e.match
        top = m.high if m.kind == "range" else m.value
        never = m.value & ~m.mask if m.kind == "mask" else top < lo
        if m.value > hi or never:
            out.append(_problem("E003", where,
                                f"matches {m.describe()}, which {render(node.select)} "
                                f"(range {lo:#x}..{hi:#x}) can never equal",
                                "fix the value or bind to the right field", e.source))
    for a, b in combinations(node.edges, 2):
        if a.fallback == b.fallback and _overlap(a.match, b.match):
            out.append(_problem("E002", f"bind({node.name} -> {b.target})",
                                f"overlaps bind({node.name} -> {a.target}) at "
                                f"{a.source} "
                                f"({a.match.describe()} vs {b.match.describe()})",
                                "make the values disjoint or remove one binding", b.source))
    return out


def _check_node(node: Node, graph: ParseGraph) -> list[Problem]:
    out = []
    path = _node_path(node)
    for what, policy, allowed in (
            ("on_unknown", node.on_unknown, POLICIES), ("on_short", node.on_short, POLICIES),
            ("on_short_variable", node.on_short_variable, (*POLICIES, "skip"))):
        if policy not in allowed:
            out.append(_problem("E013", f"{path} {what}", f"unknown policy {policy!r}",
                                f"use one of {', '.join(allowed)}", node.source))
    if node.limit is not None and graph.limits.repeat(node.limit) is None:
        names = ", ".join(name for name, _ in graph.limits.repeats) or "none defined"
        out.append(_problem("E022", f"{path} limit", f"unknown limit {node.limit!r}",
                            f"define it in the graph's Limits(repeats=...) ({names})",
                            node.source))
    env: dict[str, Interval] = {}
    for cond in node.requires:
        out.extend(_check_expr(node, cond, "require", {}))
        refine(cond, env)
    header = node.header
    if node.peek and (header is None or header.var_length is not None):
        out.append(_problem("E027", f"{path} peek",
                            "a peek header must have a fixed size and no variable part",
                            "declare only the fields to look at, e.g. version = Bits(4)",
                            node.source))
    if header is not None and header.var_length is not None:
        out.extend(_check_expr(node, header.var_length, "length", env))
        lo, _ = interval(header.var_length, env)
        if lo > header.var_max:
            out.append(_problem("E014", f"{header.name}.{header.var_field}",
                                f"length is at least {lo}, above its max={header.var_max}",
                                "raise max or fix the length expression", header.source))
    for cond in node.stops_before:
        out.extend(_check_expr(node, cond, "stop_before", env))
    out.extend(_check_keys(node, env))
    for cond in node.fragment or ():
        out.extend(_check_expr(node, cond, "fragment", env))
    for cond in node.stops:
        out.extend(_check_expr(node, cond, "stop_if", env))
    out.extend(_check_edges(node, env))
    out.extend(_check_edge_keys(node))
    return out


def _unbounded_cycle(graph: ParseGraph) -> tuple[list[str], Edge] | None:
    """A cycle crossing no encapsulation and no limited node, if there is one."""
    nodes = {n.name: n for n in graph.nodes}

    def successors(name: str) -> list[tuple[str, Edge]]:
        node = nodes[name]
        return [(e.target, e) for e in node.edges
                if e.target in nodes and not crosses_encap(node, e)
                and nodes[e.target].limit is None]

    color: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(start: str) -> tuple[list[str], Edge] | None:
        # Iterative depth-first search: a chain of protocols can be deeper than Python's
        # recursion limit. ``path`` holds the names on the current path, ``pending`` each
        # one's successors still to visit.
        color[start] = 1
        path = [start]
        pending = [iter(successors(start))]
        while pending:
            step = next(pending[-1], None)
            if step is None:
                color[path.pop()] = 2
                pending.pop()
                continue
            target, edge = step
            if color.get(target) == 1:
                return [*path[path.index(target):], target], edge
            if target not in color:
                color[target] = 1
                path.append(target)
                pending.append(iter(successors(target)))
        return None

    for n in graph.nodes:
        if n.name not in color and n.limit is None:
            found = visit(n.name)
            if found:
                return found
    return None


def bounded(graph: ParseGraph) -> bool:
    """Whether every cycle of the graph has a bound, so that it unrolls to a finite graph
    (what measuring it, as E025 does, needs)."""
    return _unbounded_cycle(graph) is None and graph.limits.on_limit in POLICIES


def check_graph(graph: ParseGraph) -> list[Problem]:
    if len(graph.nodes) > MAX_PROTOCOLS:  # before the checks that grow with its square
        first_past = graph.nodes[MAX_PROTOCOLS]
        return [_problem(
            "E031", f"protocol {first_past.name!r}",
            f"the graph has {len(graph.nodes)} protocols, past the {MAX_PROTOCOLS} one BPF "
            "program can hold",
            "build one program per use with a profile that disables what it does not need",
            first_past.source)]
    problems: list[Problem] = []
    seen: dict[str, Node] = {}
    for node in graph.nodes:
        if node.name in seen:
            first = seen[node.name].source
            problems.append(_problem(
                "E020", f"protocol {node.name!r}",
                f"the name is already used by the protocol at {first}",
                "give one of them Protocol(..., name='...')", node.source))
        seen[node.name] = node
    if graph.limits.on_limit not in POLICIES:
        problems.append(Problem("E013", "limits.on_limit",
                                f"unknown policy {graph.limits.on_limit!r}",
                                f"use one of {', '.join(POLICIES)}"))
    for node in graph.nodes:
        problems.extend(_check_node(node, graph))
    cycle = _unbounded_cycle(graph)
    if cycle is not None:
        names, edge = cycle
        problems.append(_problem(
            "E005", f"bind({names[-2]} -> {names[-1]})",
            f"the cycle {' -> '.join(names)} has no bound",
            "give one of its protocols limit='<name>' with a maximum in Limits(repeats=...), "
            "or mark the edge encap=True so the encapsulation depth bounds it", edge.source))
    elif graph.limits.on_limit in POLICIES:  # the unrolled graph is finite: measure it
        unroller = Unroller(graph)
        furthest, chain = unroller.longest_chain(NHOFF_MAX)
        if furthest > MAX_HEADER_END:
            widest = max(chain, key=lambda state: unroller.nodes[state.node].max_size)
            node = unroller.nodes[widest.node]
            problems.append(_problem(
                "E025", _node_path(node),
                f"a chain of {len(chain)} headers ({' -> '.join(s.node for s in chain[:6])}"
                f"{' -> ...' if len(chain) > 6 else ''}) can end at byte {furthest}, past "
                f"the {MAX_HEADER_END} a BPF program can address; this one is the longest "
                f"({node.max_size} bytes)",
                "lower the max= of its variable part, the repeats or Limits(encap_depth=...)",
                node.header.source if node.header else node.source))
    return problems


def ensure_valid(graph: ParseGraph) -> ParseGraph:
    """Raise a SpecError with every problem, or return the graph unchanged."""
    problems = check_graph(graph)
    if problems:
        raise SpecError(problems)
    return graph

