"""Debug info for the lowering: the spec line of every instruction, as BTF.

The lowering sets a location (``Source``: a spec file and line) before it emits the
code of a header, field, require, key or binding; every instruction carries it as a
``DILocation``. From that LLVM's BPF backend writes ``.BTF`` (the types of the one
function: ``int flowdsl_dissect(struct __sk_buff *ctx)``) and ``.BTF.ext`` (func_info and
line_info: per instruction, the file, line and the line's text). The loader hands them to
the kernel, so the verifier log and ``bpftool prog dump xlated ... linum`` show the spec
line of each instruction.

Only BTF is wanted, not DWARF: the module says it is a CodeView module without a DWARF
version, which makes LLVM's AsmPrinter leave DWARF out on a non-Windows target, while
the BPF printer writes BTF whenever there is a compile unit. The object then carries no
``.debug_*`` sections (and no build machine's paths in them).

Reproducible objects: file names are machine-independent (``portable_names``): a file
of the flowdsl package by its place in the package (``protocols/ip.py``), any other file
relative to the directory of the user's spec files (``shim.py``). The line texts come
from the files themselves, embedded in the IR (``DIFile(source: ...)``), so LLVM reads no
file and writes no directory.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import llvmlite.ir as ir
from flowdsl.codegen import target
from flowdsl.dsl.graph import ParseGraph

from flowdsl.errors import Source

# The directory the flowdsl package's folders (protocols/, dsl/, ...) are in: the checkout
# for an editable install, site-packages/flowdsl for a wheel. Either way a library file's
# name below it (protocols/ip.py) is the same on every machine.
PACKAGE_ROOT = Path(__file__).resolve().parent.parent
PRODUCER = "flowdsl"
_DWARF_LANG_C99 = "DW_LANG_C99"  # BTF knows C types only; the program is C-like


def graph_sources(graph: ParseGraph) -> Iterator[Source]:
    """Every location the graph records."""
    for node in graph.nodes:
        yield node.source
        if node.header is not None:
            yield node.header.source
            yield from (f.source for f in node.header.fields)
        yield from (e.source for e in node.edges)


def portable_names(files: Iterable[str]) -> dict[str, str]:
    """Each file name as recorded -> a name that does not depend on where the checkout
    or the spec is: below the package root, relative to it; any other file relative to
    the deepest directory holding all such files (the spec's own directory when it is
    one file). Pseudo-files (``<unknown>``, ``<string>``) and relative names that are
    no file here (already portable: a graph read back from an object or a deployment)
    stay as they are."""
    names: dict[str, str] = {}
    outside: dict[str, Path] = {}
    for file in sorted(set(files)):
        if not file or file.startswith("<") or \
                (not os.path.isabs(file) and not os.path.isfile(file)):
            names[file] = file
            continue
        path = Path(os.path.abspath(file))
        if path.is_relative_to(PACKAGE_ROOT):
            names[file] = path.relative_to(PACKAGE_ROOT).as_posix()
        else:
            outside[file] = path
    if outside:
        base = Path(os.path.commonpath([str(p.parent) for p in outside.values()]))
        names.update((f, p.relative_to(base).as_posix()) for f, p in outside.items())
    return names


def portable_graph(graph: ParseGraph, names: dict[str, str]) -> ParseGraph:
    """The graph with every location's file renamed by ``names`` (what an object embeds)."""

    def moved(source: Source) -> Source:
        return Source(names.get(source.file, source.file), source.line)

    nodes = []
    for node in graph.nodes:
        header = node.header
        if header is not None:
            header = replace(header, source=moved(header.source),
                             fields=tuple(replace(f, source=moved(f.source))
                                          for f in header.fields))
        nodes.append(replace(node, source=moved(node.source), header=header,
                             edges=tuple(replace(e, source=moved(e.source))
                                         for e in node.edges)))
    return replace(graph, nodes=tuple(nodes))


def _file_text(file: str, wanted: set[int]) -> str:
    """The lines of ``file`` that locations name (the others empty, so the numbering
    holds and the IR stays small); empty if it cannot be read."""
    path = Path(file)
    if not path.is_absolute() and not path.is_file():  # a portable name (see above)
        path = PACKAGE_ROOT / file
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    last = min(max(wanted, default=0), len(lines))
    return "".join((lines[i - 1].rstrip() if i in wanted else "") + "\n"
                   for i in range(1, last + 1))


class DebugInfo:
    """The compile unit, the entry function's subprogram, and a DILocation per Source."""

    def __init__(self, module: ir.Module, fn: ir.Function, graph: ParseGraph,
                 names: dict[str, str]) -> None:
        self.module = module
        self.names = names
        wanted: dict[str, set[int]] = {}
        for source in graph_sources(graph):
            wanted.setdefault(source.file, set()).add(source.line)
        self._texts = {file: _file_text(file, lines) for file, lines in wanted.items()}
        self._files: dict[str, ir.DIValue] = {}
        self._scopes: dict[str, ir.DIValue] = {}
        self._locations: dict[tuple[str, int], ir.DIValue] = {}
        entry = graph.node(graph.entry).source
        add = module.add_debug_info
        self.file = self._file(entry.file)
        self.unit = add("DICompileUnit", {
            "language": ir.DIToken(_DWARF_LANG_C99), "file": self.file,
            "producer": PRODUCER, "isOptimized": True, "runtimeVersion": 0,
            "emissionKind": ir.DIToken("FullDebug"),
        }, is_distinct=True)
        int_type = add("DIBasicType", {"name": "int", "size": 32,
                                       "encoding": ir.DIToken("DW_ATE_signed")})
        skb = add("DICompositeType", {"tag": ir.DIToken("DW_TAG_structure_type"),
                                      "name": "__sk_buff", "file": self.file,
                                      "flags": ir.DIToken("DIFlagFwdDecl")})
        skb_ptr = add("DIDerivedType", {"tag": ir.DIToken("DW_TAG_pointer_type"),
                                        "baseType": skb, "size": 64})
        fn_type = add("DISubroutineType", {"types": module.add_metadata([int_type, skb_ptr])})
        # distinct; its retainedNodes are added by finish(): the argument's variable
        # names the subprogram as its scope, and the subprogram keeps it (BTF takes
        # parameter names from it; the kernel refuses a FUNC_PROTO with unnamed ones).
        self.subprogram = add("DISubprogram", {
            "name": target.FUNCTION_NAME, "scope": self.file, "file": self.file,
            "line": entry.line, "type": fn_type, "scopeLine": entry.line,
            "spFlags": ir.DIToken("DISPFlagDefinition | DISPFlagOptimized"),
            "unit": self.unit,
        }, is_distinct=True)
        self._ctx = add("DILocalVariable", {"name": "ctx", "arg": 1, "scope": self.subprogram,
                                            "file": self.file, "line": entry.line,
                                            "type": skb_ptr})
        fn.set_metadata("dbg", self.subprogram)
        module.add_named_metadata("llvm.dbg.cu", self.unit)
        flags = module.add_named_metadata("llvm.module.flags")
        flags.add(module.add_metadata([ir.Constant(ir.IntType(32), 2), "Debug Info Version",
                                       ir.Constant(ir.IntType(32), 3)]))
        # CodeView without a DWARF version: no DWARF sections (see the top)
        flags.add(module.add_metadata([ir.Constant(ir.IntType(32), 2), "CodeView",
                                       ir.Constant(ir.IntType(32), 1)]))

    def finish(self) -> None:
        """Close the one cycle (subprogram -> its argument -> subprogram) once no more
        metadata is added: llvmlite hashes metadata by content, which a cycle makes
        endless."""
        retained = self.module.add_metadata([self._ctx])
        self.subprogram.operands = tuple(sorted(
            [*self.subprogram.operands, ("retainedNodes", retained)], key=lambda kv: kv[0]))

    def _file(self, file: str) -> ir.DIValue:
        if file not in self._files:
            self._files[file] = self.module.add_debug_info("DIFile", {
                "filename": self.names.get(file, file), "directory": "",
                "source": self._texts.get(file, ""),
            })
        return self._files[file]

    def _scope(self, file: str) -> ir.DIValue:
        """The subprogram for its own file, a lexical block file for any other."""
        if file not in self._scopes:
            di_file = self._file(file)
            self._scopes[file] = self.subprogram if di_file is self.file else \
                self.module.add_debug_info("DILexicalBlockFile", {
                    "scope": self.subprogram, "file": di_file, "discriminator": 0})
        return self._scopes[file]

    def location(self, source: Source) -> ir.DIValue:
        key = (source.file, source.line)
        if key not in self._locations:
            self._locations[key] = self.module.add_debug_info("DILocation", {
                "line": source.line, "column": 0, "scope": self._scope(source.file)})
        return self._locations[key]

