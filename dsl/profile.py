"""Deployment profiles: TOML files that enable or disable protocols, set limits and
policies. Disabled protocols are pruned before code generation, so they cost nothing;
a value that selected a disabled protocol takes the parent's ``on_unknown`` policy.

    [profile]
    name = "minimal"
    extends = "kernel"             # optional: start from a shipped profile, not the library
    [protocols]
    disable = ["udplite"]          # or: enable = ["ipv4", "tcp"] (the entry is implied)
    [limits]
    encap_depth = 1
    on_limit = "stop"
    [limits.repeats]
    vlan_tags = 2
    [policies]                     # on_unknown, per protocol
    ipv4 = "kernel"
    [bindings]                     # the values that select a child, replacing the library's
    "udp -> vxlan" = [4789, 8472]
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from flowdsl.dsl.bind import POLICIES
from flowdsl.dsl.expr import Expr
from flowdsl.dsl.graph import Edge, Limits, Match, Node, ParseGraph

from flowdsl.errors import Problem, Source, SpecError

_SECTIONS = {
    "profile": {"name", "description", "extends"},
    "protocols": {"enable", "disable"},
    "limits": {"encap_depth", "on_limit", "repeats"},
    "policies": None,  # any protocol name
    "bindings": None,  # "parent -> child" = [values]
}


@dataclass(frozen=True)
class Profile:
    name: str
    source: str
    enable: tuple[str, ...] | None = None
    disable: tuple[str, ...] = ()
    encap_depth: int | None = None
    on_limit: str | None = None
    repeats: dict[str, int] = field(default_factory=dict)
    policies: dict[str, str] = field(default_factory=dict)
    bindings: dict[tuple[str, str], tuple[int, ...]] = field(default_factory=dict)
    text: str = ""  # the TOML as read, kept so a deployment can show and reapply it
    extends: str | None = None  # a shipped profile this one starts from (``extend``)


class _Reader:
    """Collects every problem of one profile file, each with the key's line."""

    def __init__(self, path: str, text: str) -> None:
        self.path, self.lines = path, text.splitlines()
        self.problems: list[Problem] = []

    def line_of(self, key: str) -> int:
        """The line that sets ``key`` (0 when the file does not: a base profile's)."""
        leaf = key.rsplit(".", 1)[-1]
        return next((i + 1 for i, text in enumerate(self.lines)
                     if text.strip().startswith((leaf, f"[{key}", f'"{leaf}"'))), 0)

    def problem(self, key: str, message: str, hint: str, code: str = "P001") -> None:
        self.problems.append(Problem(code, key, message, hint,
                                     Source(self.path, self.line_of(key))))


def _did_you_mean(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1)
    return f"did you mean {close[0]!r}? " if close else ""


def parse_profile(text: str, path: str = "<profile>") -> Profile:
    reader = _Reader(path, text)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        where = re.search(r"at line (\d+)", str(error))
        raise SpecError(Problem("P000", "profile", f"not valid TOML ({error})",
                                "fix the syntax",
                                Source(path, int(where[1]) if where else 0))) from None
    for section, value in data.items():
        if section not in _SECTIONS:
            reader.problem(section, f"unknown section [{section}]",
                           _did_you_mean(section, list(_SECTIONS)) +
                           f"use {', '.join('[' + s + ']' for s in _SECTIONS)}")
        elif not isinstance(value, dict):
            reader.problem(section, f"{section} must be a table", f"write [{section}]")
        elif (allowed := _SECTIONS[section]) is not None:
            for key in value:
                if key not in allowed:
                    reader.problem(f"{section}.{key}", f"unknown key {key!r}",
                                   f"[{section}] takes {', '.join(sorted(allowed))}")
    info, protos = data.get("profile", {}), data.get("protocols", {})
    limits, policies = data.get("limits", {}), data.get("policies", {})
    name = info.get("name", Path(path).stem) if isinstance(info, dict) else Path(path).stem
    extends = info.get("extends") if isinstance(info, dict) else None
    if extends is not None and not isinstance(extends, str):
        reader.problem("profile.extends", "must be the name of a shipped profile",
                       'write extends = "kernel"')
        extends = None

    def names(key: str) -> tuple[str, ...] | None:
        value = protos.get(key) if isinstance(protos, dict) else None
        if value is None:
            return None
        if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            reader.problem(f"protocols.{key}", "must be a list of protocol names",
                           f'write {key} = ["udplite"]')
            return ()
        return tuple(value)

    enable, disable = names("enable"), names("disable") or ()
    if enable is not None and disable and extends is None:  # with extends: both switch
        reader.problem("protocols.enable", "enable and disable are both given",
                       "keep one: enable lists what stays, disable what goes")
    limits = limits if isinstance(limits, dict) else {}
    depth = limits.get("encap_depth")
    if depth is not None and not (isinstance(depth, int) and 0 <= depth <= 8):
        reader.problem("limits.encap_depth", f"must be an integer from 0 to 8, got {depth!r}",
                       "encapsulations nested deeper than 8 are not worth unrolling")
    on_limit = limits.get("on_limit")
    if on_limit is not None and on_limit not in POLICIES:
        reader.problem("limits.on_limit", f"unknown policy {on_limit!r}",
                       f"use one of {', '.join(POLICIES)}")
    repeats = limits.get("repeats", {})
    if not isinstance(repeats, dict) or not all(
            isinstance(v, int) and 0 <= v <= 16 for v in repeats.values()):
        reader.problem("limits.repeats", "must map limit names to integers from 0 to 16",
                       "write [limits.repeats] then vlan_tags = 2")
        repeats = {}
    if not isinstance(policies, dict):
        policies = {}
    for proto, policy in policies.items():
        if policy not in POLICIES:
            reader.problem(f"policies.{proto}", f"unknown policy {policy!r}",
                           f"use one of {', '.join(POLICIES)}")
    bindings = _read_bindings(reader, data.get("bindings", {}))
    if reader.problems:
        raise SpecError(reader.problems)
    return Profile(name=str(name), source=path, enable=enable, disable=disable,
                   encap_depth=depth, on_limit=on_limit, repeats=dict(repeats),
                   policies=dict(policies), bindings=bindings, text=text, extends=extends)


def extend(base: Profile, profile: Profile) -> Profile:
    """``profile`` on top of ``base`` (its ``extends``): its enable and disable lists
    switch protocols in the base's terms (as ``flowdsl enable``/``disable`` do), its
    limits replace the base's, and its policies, repeats and bindings are added to the
    base's, its own winning. The result keeps ``profile``'s name, file and text, so a
    deployment stores and reapplies the file as written."""
    merged = switch_protocols(base, profile.enable or (), profile.disable)
    return replace(
        merged, name=profile.name, source=profile.source, text=profile.text, extends=None,
        encap_depth=base.encap_depth if profile.encap_depth is None else profile.encap_depth,
        on_limit=profile.on_limit or base.on_limit,
        repeats=base.repeats | profile.repeats, policies=base.policies | profile.policies,
        bindings=base.bindings | profile.bindings)


def _read_bindings(reader: _Reader, table: object) -> dict[tuple[str, str], tuple[int, ...]]:
    out: dict[tuple[str, str], tuple[int, ...]] = {}
    if not isinstance(table, dict):
        return out
    for key, values in table.items():
        parts = [p.strip() for p in key.split("->")]
        if len(parts) != 2 or not all(parts):
            reader.problem(f"bindings.{key}", f"{key!r} does not name an edge",
                           'write "parent -> child" = [values], e.g. "udp -> vxlan" = [4789]')
            continue
        if not (isinstance(values, list) and values and all(
                isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in values)):
            reader.problem(f"bindings.{key}", "must be a non-empty list of integers >= 0",
                           f'write "{key}" = [4789, 8472]')
            continue
        out[(parts[0], parts[1])] = tuple(values)
    return out


def switch_protocols(profile: Profile, enable: Iterable[str] = (),
                     disable: Iterable[str] = ()) -> Profile:
    """The profile with protocols switched on or off, in its own terms (an enable list
    gains or loses names; a disable list loses or gains them)."""
    enable, disable = list(enable), list(disable)
    if profile.enable is not None:
        kept = [p for p in profile.enable if p not in disable]
        return replace(profile, enable=tuple(kept + [p for p in enable if p not in kept]))
    gone = [p for p in profile.disable if p not in enable]
    return replace(profile, disable=tuple(gone + [p for p in disable if p not in gone]))


def load_profile(path: str | Path) -> Profile:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise SpecError(Problem("P002", "profile", f"cannot read {path}: {error.strerror}",
                                "give the path of a .toml profile", Source(str(path)))) from None
    except UnicodeDecodeError as error:  # TOML is UTF-8: e.g. a capture given as profile
        raise SpecError(Problem("P002", "profile", f"{path} is not a TOML file: byte "
                                f"{error.start} is not UTF-8",
                                "give the path of a .toml profile", Source(str(path)))) from None
    return parse_profile(text, str(path))


def _rebind(node: Node, edges: tuple[Edge, ...], profile: Profile) -> tuple[Edge, ...]:
    """The edges with each profile-given (parent, child) value list in place of the
    library's matches for that child (at the place of the first of them)."""
    out: list[Edge] = []
    for edge in edges:
        values = profile.bindings.get((node.name, edge.target))
        if values is None:
            out.append(edge)
        elif not any(e.target == edge.target for e in out):
            out.extend(replace(edge, match=Match("value", v)) for v in values)
    return tuple(out)


def _check_binding_values(reader: _Reader, parent: str, select: Expr, child: str,
                          values: tuple[int, ...]) -> None:
    """Each profile value must be one the parent's select can take: a value of a 16-bit
    port above 65535 is the profile's mistake, reported at its line."""
    from flowdsl.dsl.expr import interval, render

    lo, hi = interval(select)
    wrong = [v for v in values if not lo <= v <= hi]
    if wrong:
        reader.problem(f"bindings.{parent} -> {child}",
                       f"{', '.join(map(str, wrong))} can never be a value of "
                       f"{render(select)} ({lo}..{hi})",
                       f"give values from {lo} to {hi}")


def apply_profile(graph: ParseGraph, profile: Profile) -> ParseGraph:
    """The graph with the profile's protocols, limits and policies applied."""
    reader = _Reader(profile.source, profile.text)
    names = set(graph.names)
    for listed, key in ((profile.enable or (), "enable"), (profile.disable, "disable"),
                        (tuple(profile.policies), "policies")):
        for name in listed:
            if name not in names:
                reader.problem(f"protocols.{key}" if key != "policies" else f"policies.{name}",
                               f"unknown protocol {name!r}",
                               _did_you_mean(name, sorted(names)) +
                               f"known protocols: {', '.join(sorted(names))}")
    if graph.entry in profile.disable:
        reader.problem("protocols.disable", f"the entry node {graph.entry!r} cannot be disabled",
                       "remove it from the list")
    for (parent, child), values in profile.bindings.items():
        node = next((n for n in graph.nodes if n.name == parent), None)
        if node is None or not any(e.target == child for e in node.edges):
            reader.problem(f"bindings.{parent} -> {child}",
                           f"the graph has no binding from {parent!r} to {child!r}",
                           "values can only be given for an existing bind(); bind them in "
                           "a spec first")
        elif node.select is not None:
            _check_binding_values(reader, node.name, node.select, child, values)
    known_limits = {n.limit for n in graph.nodes if n.limit}
    for name in profile.repeats:
        if name not in known_limits:
            reader.problem(f"limits.repeats.{name}", f"unknown limit {name!r}",
                           f"known limits: {', '.join(sorted(known_limits)) or 'none'}")
    if reader.problems:
        raise SpecError(reader.problems)
    keep = set(profile.enable) | {graph.entry} if profile.enable is not None else set(names)
    keep -= set(profile.disable)
    nodes = []
    for node in graph.nodes:
        if node.name not in keep:
            continue
        edges = _rebind(node, tuple(e for e in node.edges if e.target in keep), profile)
        policy = profile.policies.get(node.name, node.on_unknown)
        nodes.append(replace(node, edges=edges, on_unknown=policy))
    reachable, todo = set(), [graph.entry]
    by_name = {n.name: n for n in nodes}
    while todo:
        name = todo.pop()
        if name not in reachable:
            reachable.add(name)
            todo.extend(e.target for e in by_name[name].edges)
    repeats = dict(graph.limits.repeats) | profile.repeats
    limits = Limits(
        encap_depth=graph.limits.encap_depth if profile.encap_depth is None
        else profile.encap_depth,
        repeats=tuple(sorted(repeats.items())),
        on_limit=profile.on_limit or graph.limits.on_limit,
    )
    profiled = replace(graph, nodes=tuple(n for n in nodes if n.name in reachable),
                       limits=limits, profile=profile.name)
    _check_profile_limits(reader, profiled, graph.limits, profile)
    return profiled


def _check_profile_limits(reader: _Reader, graph: ParseGraph, own: Limits,
                          profile: Profile) -> None:
    """A chain too long for BPF because of the profile's ``encap_depth`` or repeats is
    the profile's mistake: report it at the profile's line with the largest value that
    fits, not as E025 in a library file the user did not write. When the protocols are
    too long even under the spec's ``own`` limits, check_graph reports E025 at the spec."""
    from flowdsl.dsl.check import bounded
    from flowdsl.dsl.limits import MAX_HEADER_END, NHOFF_MAX
    from flowdsl.dsl.unroll import Unroller

    if (profile.encap_depth is None and not profile.repeats) or not bounded(graph):
        return  # an unbounded cycle unrolls forever: check_graph reports it (E005)

    def furthest(limits: Limits) -> int:
        return Unroller(replace(graph, limits=limits)).longest_chain(NHOFF_MAX)[0]

    end = furthest(graph.limits)
    if end <= MAX_HEADER_END or furthest(own) > MAX_HEADER_END:
        return
    depth = graph.limits.encap_depth
    # blame what this file sets: with extends, the other limit may be the base's
    if profile.encap_depth is not None and (reader.line_of("limits.encap_depth")
                                            or not profile.repeats):
        fits = next((d for d in range(depth - 1, -1, -1)
                     if furthest(replace(graph.limits, encap_depth=d)) <= MAX_HEADER_END),
                    None)
        if fits is not None:
            reader.problem("limits.encap_depth",
                           f"{depth} encapsulations with these protocols let a packet's "
                           f"headers end at byte {end}, past the {MAX_HEADER_END} a BPF "
                           "program can address",
                           f"write encap_depth = {fits} (the most that fits), or disable "
                           f"protocols that make long chains",
                           code="P003")
            raise SpecError(reader.problems)
    if profile.repeats:
        reader.problem("limits.repeats",
                       f"with these repeats a packet's headers can end at byte {end}, past "
                       f"the {MAX_HEADER_END} a BPF program can address",
                       "lower the repeats (or encap_depth), or disable protocols that make "
                       "long chains", code="P003")
        raise SpecError(reader.problems)

