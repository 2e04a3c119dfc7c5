"""The build driver: checked graph -> IR -> ELF, with the figures a build reports."""

from __future__ import annotations

import time
from dataclasses import dataclass

from flowdsl.codegen.backend import compile_module
from flowdsl.codegen.debuginfo import graph_sources, portable_graph, portable_names
from flowdsl.codegen.lower import lower_graph
from flowdsl.codegen.size import ensure_fits
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


def build(graph: ParseGraph, want_assembly: bool = False, stats: bool = False,
          debug: bool = True) -> Build:
    """``debug``: BTF and line info (the spec line of every instruction). The object names
    spec files the same from any directory (codegen/debuginfo.py), in its BTF and in its
    embedded graph, so the same spec and profile give the same bytes anywhere."""
    started = time.perf_counter()
    ensure_valid(graph)
    names = portable_names(source.file for source in graph_sources(graph))
    embedded = portable_graph(graph, names).to_compact_json().encode()
    module = lower_graph(graph, embedded, stats, names if debug else None)
    ensure_fits(module, graph)  # before LLVM: it aborts on a program too large
    text = str(module)
    compiled = compile_module(text, want_assembly)  # printed once, for both
    return Build(graph, text, compiled.optimized_ir, compiled.assembly, compiled.obj,
                 time.perf_counter() - started)
