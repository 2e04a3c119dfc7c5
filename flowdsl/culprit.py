"""Mapping a verifier rejection back to a protocol.

The verifier names an instruction; after optimisation, instructions no longer belong
to one header. So the culprit is found by experiment: build the graph again without
one protocol at a time (and whatever only it leads to), and name the protocol whose
removal, taking away the fewest others, makes the kernel accept the program. It costs
one build and one load per protocol, only after a rejection.
"""

from __future__ import annotations

from flowdsl.codegen.build import build
from flowdsl.dsl.graph import Node, ParseGraph
from flowdsl.dsl.profile import Profile, apply_profile
from flowdsl.errors import BpfError, FlowdslError, VerifierError
from flowdsl.runtime.elf import read_elf
from flowdsl.runtime.loader import load_object


def find_culprit(graph: ParseGraph, stats: bool = False) -> Node | None:
    """The protocol whose removal (with the fewest others) makes the program load."""
    best: tuple[int, Node] | None = None
    for node in graph.nodes:
        if node.name == graph.entry:
            continue
        try:
            smaller = apply_profile(graph, Profile(name=graph.profile, source="(diagnosis)",
                                                   disable=(node.name,)))
            if best is not None and len(graph.nodes) - len(smaller.nodes) >= best[0]:
                continue
            with load_object(read_elf(build(smaller, stats=stats).obj)):
                pass
        except (VerifierError, FlowdslError):
            continue
        lost = len(graph.nodes) - len(smaller.nodes)
        if best is None or lost < best[0]:
            best = (lost, node)
    return best[1] if best else None


def explain_rejection(error: VerifierError, graph: ParseGraph | None,
                      stats: bool = False) -> VerifierError:
    """The same error, its message naming the protocol to look at when one is found."""
    if graph is None:
        return error
    try:
        node = find_culprit(graph, stats)
    except BpfError:
        return error
    if node is not None:
        error.protocol = node.name  # type: ignore[attr-defined]
        error.args = (error.args[0], f"{error.args[1]}\nwithout protocol {node.name!r} "
                      f"({node.source.file}:{node.source.line}) the program loads: look "
                      "there first")
    return error
