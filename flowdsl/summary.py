"""``flowdsl build --emit summary``: a build's protocols, bindings and policies as
tables, to read what a profile made of the library (or a spec) without its JSON.

Three tables, in graph order: the protocols (header and size, keys, select, the three
policies, limit, spec line), the bindings (parent, the values, child, what the edge
does, spec line), and the protocols the profile left out; above them one line with
the profile and its limits. Spec lines are shown as ``--trace`` shows them
(``protocols/ip.py:43``, a spec's relative to its directory).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flowdsl.dsl.graph import ParseGraph


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """Left-aligned columns, two spaces apart, the last one not padded."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    out = []
    for row in [header, *rows]:
        cells = [str(c).ljust(w) for c, w in zip(row, widths, strict=True)]
        out.append("  ".join(cells).rstrip())
    return out


def summary(graph: ParseGraph, base: ParseGraph | None = None,
            spec_dir: Path | None = None) -> str:
    from flowdsl.dsl.expr import Const, render
    from flowdsl.trace import shown

    enabled = set(graph.names)
    disabled = [n for n in (base.nodes if base is not None else ()) if n.name not in enabled]
    limits = graph.limits
    repeats = "".join(f", {name} {count}" for name, count in limits.repeats)
    title = f"profile {graph.profile}" if graph.profile else "no profile"
    out = [f"# {title}: "
           f"{len(graph.nodes)} protocols, {len(disabled)} disabled; limits encap_depth "
           f"{limits.encap_depth}{repeats}; at a limit: {limits.on_limit}", "",
           "## protocols"]
    rows = []
    for n in graph.nodes:
        size = "-" if n.header is None else (
            f"{n.fixed_size}" + (f"..{n.max_size}" if n.max_size != n.fixed_size else ""))
        traits = [name for name, on in (("encap", n.encap), ("transport", n.transport),
                                        ("link", n.link_layer), ("peek", n.peek),
                                        ("frag", n.fragment is not None)) if on]
        var = n.header is not None and n.header.var_length is not None
        rows.append([n.name, n.header.name if n.header else "-", size,
                     " ".join(k.key for k in n.keys) or "-",
                     "-" if n.select is None else render(n.select),
                     n.on_unknown, n.on_short if n.header else "-",
                     n.on_short_variable if var else "-",
                     f"{n.limit}={limits.repeat(n.limit) or 0}" if n.limit else "-",
                     ",".join(traits) or "-", shown(n.source, spec_dir) or ""])
    out += table(["protocol", "header", "bytes", "keys", "select", "on_unknown",
                  "on_short", "on_short_variable", "limit", "traits", "spec"], rows)
    out += ["", "## bindings"]
    rows = []
    for n in graph.nodes:
        for e in sorted(n.edges, key=lambda e: e.fallback):
            value = "always" if isinstance(n.select, Const) else e.match.describe()
            does = [name for name, on in (("encap", e.encap), ("fallback", e.fallback)) if on]
            does += [f"{k}={v:#x}" for k, v in e.keys]
            rows.append([n.name, value, e.target, " ".join(does) or "-",
                         shown(e.source, spec_dir) or ""])
    out += table(["parent", "value", "child", "edge", "spec"], rows)
    if disabled:
        out += ["", "## disabled by the profile"]
        out += table(["protocol", "header", "spec"],
                     [[n.name, n.header.name if n.header else "-",
                       shown(n.source, spec_dir) or ""] for n in disabled])
    return "\n".join(out) + "\n"


def graph_json(graph: ParseGraph) -> str:
    """``--emit graph``: the graph with named fields (``ParseGraph.to_named_json``), its
    files named as an object names them (``protocols/ip.py``)."""
    from flowdsl.trace import portable

    named = portable(graph)[0]
    assert named is not None
    return named.to_named_json()
