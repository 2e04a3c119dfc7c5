"""The object format that codegen writes and the runtime reads (dsl/abi.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from flowdsl.codegen.build import build
from flowdsl.dsl.abi import EmbeddedGraph, stats_slots
from flowdsl.protocols import default_graph
from flowdsl.runtime.elf import read_elf

from flowdsl.errors import ElfError

ROOT = Path(__file__).resolve().parents[2]


def test_the_runtime_reads_what_codegen_embeds() -> None:
    graph = default_graph()
    obj = read_elf(build(graph, stats=True).obj)
    assert obj.graph is not None and obj.has_stats
    assert obj.graph.node_names == tuple(node.name for node in graph.nodes)
    assert obj.graph.entry == graph.entry and obj.graph.profile == graph.profile
    assert obj.graph.stats_slots == stats_slots(list(graph.names))
    assert obj.graph.stats_slots[-3:] == ["BPF_OK", "BPF_DROP", "BPF_FLOW_DISSECTOR_CONTINUE"]
    kernel_policy = any(n.on_unknown == "kernel" for n in graph.nodes) or \
        graph.limits.on_limit == "kernel"
    assert obj.uses_continue == kernel_policy


@pytest.mark.parametrize(("old", "new", "reason"), [
    (b'"nodes"', b'"nodez"', "no 'nodes' list"),
    (b'"on_unknown":"drop"', b'"on_unknown":"nope"', "a policy other than"),
    (b'"entry":"entry"', b'"entry":1234567', "'entry' or 'profile' is not a string"),
])
def test_a_foreign_graph_section_is_an_object_error(old: bytes, new: bytes,
                                                    reason: str) -> None:
    """Valid JSON that is not flowdsl's graph: a clear error, never a KeyError later."""
    good = build(default_graph()).obj
    assert good.count(old) >= 1
    corrupted = good.replace(old, new.ljust(len(old)), 1)  # same length: the ELF holds
    with pytest.raises(ElfError, match=reason):
        read_elf(corrupted, "bad.o")


def test_an_embedded_graph_is_checked_not_trusted() -> None:
    with pytest.raises(ValueError, match="not a JSON object"):
        EmbeddedGraph.from_dict([1, 2])
    with pytest.raises(ValueError, match="a node without a name"):
        EmbeddedGraph.from_dict({"nodes": [{}], "limits": {"on_limit": "drop"}})


def test_runtime_never_imports_codegen_or_the_cli() -> None:
    """The dependency direction: runtime and dsl stand on their own (design: codegen ->
    dsl <- runtime; the CLI on top)."""
    offenders = []
    for folder, banned in (("runtime", ("flowdsl.codegen", "flowdsl.cli")),
                           ("dsl", ("flowdsl.codegen", "flowdsl.runtime", "flowdsl.cli")),
                           ("codegen", ("flowdsl.runtime", "flowdsl.cli"))):
        for path in sorted((ROOT / folder).glob("*.py")):
            for number, line in enumerate(path.read_text().splitlines(), 1):
                words = line.split()
                if words[:1] in (["import"], ["from"]) and words[1].startswith(banned):
                    offenders.append(f"{folder}/{path.name}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)
