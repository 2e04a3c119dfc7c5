"""A picture of a build's parse graph: ``flowdsl build --emit dot`` (Graphviz DOT), and
``-o graph.svg`` / ``.png`` / ``.pdf`` rendered by Graphviz's ``dot``.

Nodes are the protocols, each with its header and size, the keys it writes, its select,
conditions and policies; edges are the bindings, labelled with the values that select
them (an encapsulation bold, a fallback dashed). Protocols of the library (or spec) that
the profile leaves out are drawn greyed and dashed, with the bindings that lead to them,
so the picture shows what the profile disabled; the graph's label gives the profile and
its limits. The output is deterministic (graph order), so it can be diffed.

``view`` is what the command runs for ``--emit dot`` and ``--emit summary``: neither
needs code generation, but both check the graph as a build does.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flowdsl.errors import OutputError

if TYPE_CHECKING:
    from flowdsl.dsl.graph import Edge, Node, ParseGraph

RENDERED = {".svg": "svg", ".png": "png", ".pdf": "pdf"}  # -o suffix -> dot -T format
INSTALL = "apt-get install graphviz"  # Debian/Ubuntu; the tool is `dot`
GREY = "gray60"


def _quote(text: str) -> str:
    """A DOT double-quoted string (``\\n`` in ``text`` stays a DOT line break)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _limits_line(graph: ParseGraph) -> str:
    parts = [f"encap_depth {graph.limits.encap_depth}"]
    parts += [f"{name} {count}" for name, count in graph.limits.repeats]
    return ", ".join(parts) + f"; at a limit: {graph.limits.on_limit}"


def node_label(node: Node, graph: ParseGraph, disabled: bool = False) -> str:
    from flowdsl.dsl.expr import render

    lines = [node.name]
    if node.header is not None:
        size = f"{node.fixed_size}" + (f"..{node.max_size}" if node.max_size != node.fixed_size
                                       else "")
        lines.append(f"{node.header.name}, {size} B" + (" (peek)" if node.peek else ""))
    if disabled:
        lines.append(f"left out by profile {graph.profile}" if graph.profile else "disabled")
        return "\n".join(lines)
    lines += [f"require {render(c)}" for c in node.requires]
    lines += [f"stop before {render(c)}" for c in node.stops_before]
    lines += [f"stop if {render(c)}" for c in node.stops]
    if node.keys:
        lines.append("keys " + " ".join(k.key for k in node.keys))
    traits = [name for name, on in (("encap", node.encap), ("transport", node.transport),
                                    ("link layer", node.link_layer),
                                    ("fragment", node.fragment is not None)) if on]
    if traits:
        lines.append(", ".join(traits))
    if node.select is not None:
        lines.append(f"select {render(node.select)}")
    policies = [f"unknown: {node.on_unknown}"]
    if node.header is not None:
        policies.append(f"short: {node.on_short}")
        if node.header.var_length is not None:
            policies.append(f"short var: {node.on_short_variable}")
    lines.append(", ".join(policies))
    if node.limit:
        lines.append(f"limit {node.limit} = {graph.limits.repeat(node.limit) or 0}")
    return "\n".join(lines)


def _edge_groups(edges: Iterable[Edge]) -> list[tuple[Edge, list[str]]]:
    """Edges to the same child, alike but for their value, as one arrow with every value
    (VLAN's two TPIDs, a profile's VXLAN ports), in binding order."""
    groups: dict[tuple[str, bool, bool, tuple[tuple[str, int], ...]], tuple[Edge, list[str]]] = {}
    for edge in edges:
        key = (edge.target, edge.encap, edge.fallback, edge.keys)
        if key not in groups:
            groups[key] = (edge, [])
        groups[key][1].append("otherwise" if edge.fallback and edge.match.kind == "mask"
                              and edge.match.mask == 0 else edge.match.describe())
    return list(groups.values())


def _edge_label(node: Node, edge: Edge, values: list[str]) -> str:
    from flowdsl.dsl.expr import Const, render

    shown = values if len(values) <= 4 else [*values[:3], f"... ({len(values)} values)"]
    constant = isinstance(node.select, Const)
    what = "" if constant or node.select is None else f"{render(node.select)} = "
    lines = [what + ", ".join(shown) if not constant else "always"]
    if edge.encap:
        lines.append("encap")
    if edge.keys:
        lines.append(" ".join(f"{k}={v:#x}" for k, v in edge.keys))
    return "\n".join(lines)


def to_dot(graph: ParseGraph, base: ParseGraph | None = None) -> str:
    """The DOT text of ``graph`` (after the profile); with ``base`` (before it), the
    protocols the profile left out greyed, and the bindings to them."""
    enabled = {n.name for n in graph.nodes}
    disabled = [n for n in (base.nodes if base is not None else ()) if n.name not in enabled]
    title = f"profile {graph.profile}" if graph.profile else "no profile"
    lines = [
        "digraph flowdsl {",
        f"  graph [rankdir=LR, labelloc=t, fontname=Helvetica, fontsize=12, "
        f"label={_quote(f'flowdsl parse graph, {title}: {_limits_line(graph)}')}];",
        '  node [shape=box, style="rounded,filled", fillcolor="#eef3fb", '
        "fontname=Helvetica, fontsize=10];",
        "  edge [fontname=Helvetica, fontsize=9];",
    ]
    for node in graph.nodes:
        extra = ", peripheries=2" if node.name == graph.entry else ""
        lines.append(f"  {_quote(node.name)} [label={_quote(node_label(node, graph))}{extra}, "
                     f"tooltip={_quote(str(node.source))}];")
    for node in disabled:
        lines.append(f"  {_quote(node.name)} [label={_quote(node_label(node, graph, True))}, "
                     f"tooltip={_quote(str(node.source))}, "
                     f'color={GREY}, fontcolor={GREY}, fillcolor=gray95, '
                     'style="rounded,dashed,filled", class=disabled];')
    by_base = {n.name: n for n in base.nodes} if base is not None else {}
    for node in graph.nodes:
        lines += _edges(node, node.edges, enabled, greyed=False)
        original = by_base.get(node.name)
        if original is not None:  # the bindings the profile pruned with their child
            lines += _edges(node, [e for e in original.edges if e.target not in enabled],
                            enabled, greyed=True)
    for node in disabled:
        lines += _edges(node, node.edges, enabled, greyed=True)
    lines.append("}")
    return "\n".join(lines) + "\n"


def _edges(node: Node, edges: Iterable[Edge], enabled: set[str], greyed: bool) -> list[str]:
    out = []
    for edge, values in _edge_groups(edges):
        attrs = [f"label={_quote(_edge_label(node, edge, values))}",
                 f"tooltip={_quote(str(edge.source))}"]
        styles = (["dashed"] if edge.fallback or greyed else []) + (["bold"] if edge.encap
                                                                   else [])
        if styles:
            attrs.append(f'style="{",".join(styles)}"')
        if greyed:
            attrs.append(f"color={GREY}, fontcolor={GREY}, class=disabled")
        out.append(f"  {_quote(node.name)} -> {_quote(edge.target)} [{', '.join(attrs)}];")
    return out


def render(dot: str, fmt: str, output: str) -> bytes:
    """The picture ``dot -T<fmt>`` draws; no ``dot`` on PATH, or one that fails, is an
    output that cannot be written (exit 9), with what to do."""
    tool = shutil.which("dot")
    if tool is None:
        raise OutputError(
            f"cannot render {output}: Graphviz's `dot` is not on PATH; install Graphviz "
            f"(Debian/Ubuntu: `{INSTALL}`), or write the DOT text with "
            f"`-o {Path(output).with_suffix('.dot').name}` and render that elsewhere")
    try:
        done = subprocess.run([tool, f"-T{fmt}"], input=dot.encode(), capture_output=True,
                              timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise OutputError(f"cannot render {output}: running {tool} failed: {error}") from None
    if done.returncode != 0 or not done.stdout:
        why = done.stderr.decode(errors="replace").strip().splitlines()
        raise OutputError(f"cannot render {output}: {tool} -T{fmt} exited with "
                          f"{done.returncode}" + (f": {why[-1]}" if why else ""))
    return done.stdout


@dataclass(frozen=True)
class View:
    """What ``--emit dot`` or ``--emit summary`` writes, and the report line about it."""

    data: bytes | str
    report: dict[str, Any] = field(default_factory=dict)

    def line(self) -> str:
        r = self.report
        target = "stdout" if r["output"] == "-" else r["output"]
        disabled = f" ({len(r['disabled'])} disabled)" if r["disabled"] else ""
        how = f", rendered by dot -T{r['rendered']}" if r.get("rendered") else ""
        return (f"flowdsl: {r['emit']} -> {target}: {len(r['protocols'])} protocols"
                f"{disabled}, profile {r['profile']}{how}")


def view(spec: str | None, profile: str | None, emit: str, output: str) -> View:
    """``--emit dot`` or ``--emit summary`` of a spec (or the library) under a profile:
    the graph is checked as a build checks it, nothing is compiled."""
    from flowdsl.dsl.check import ensure_valid
    from flowdsl.pipeline import base_graph, profiled
    from flowdsl.trace import portable

    library, extends = base_graph(spec)
    graph, base = portable(ensure_valid(profiled(library, extends, profile)[0]), library)
    assert graph is not None and base is not None
    enabled = set(graph.names)
    report: dict[str, Any] = {
        "output": output, "emit": emit, "profile": graph.profile or "(none)",
        "protocols": graph.names, "disabled": [n for n in base.names if n not in enabled]}
    if emit == "summary":
        from flowdsl.summary import summary

        spec_dir = Path(spec).parent if spec else None
        return View(summary(graph, base, spec_dir), report)
    dot = to_dot(graph, base)
    fmt = RENDERED.get(Path(output).suffix.lower()) if output != "-" else None
    if fmt is None:
        return View(dot, report)
    report["rendered"] = fmt
    return View(render(dot, fmt, output), report)
