"""The build driver: checked graph -> IR -> ELF, with the figures a build reports."""

from __future__ import annotations

import time
from dataclasses import dataclass

from flowdsl.codegen.backend import compile_module
from flowdsl.codegen.lower import lower_graph
from flowdsl.dsl.check import ensure_valid
from flowdsl.dsl.graph import ParseGraph


@dataclass(frozen=True)
class Build:
    graph: ParseGraph
    llvm_ir: str  # as lowered, before optimisation (the golden files)
    optimized_ir: str
    assembly: str
    obj: bytes
    seconds: float


def build(graph: ParseGraph, want_assembly: bool = False, stats: bool = False) -> Build:
    started = time.perf_counter()
    ensure_valid(graph)
    module = lower_graph(graph, graph.to_json().encode(), stats)
    compiled = compile_module(module, want_assembly)
    return Build(graph, str(module), compiled.optimized_ir, compiled.assembly, compiled.obj,
                 time.perf_counter() - started)
