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

import ast
import functools
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import llvmlite.ir as ir
from flowdsl.codegen import target
from flowdsl.dsl.graph import Node, ParseGraph

from flowdsl.errors import Source

# The directory the flowdsl package's folders (protocols/, dsl/, ...) are in: the checkout
# for an editable install, site-packages/flowdsl for a wheel. Either way a library file's
# name below it (protocols/ip.py) is the same on every machine.
PACKAGE_ROOT = Path(__file__).resolve().parent.parent
# Its folders whose files a graph may name by their place in the package; any other file
# (a user's spec, also one kept beside the checkout, as examples/ is) is the user's.
PACKAGE_FOLDERS = ("protocols", "dsl", "codegen", "runtime")
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
    or the spec is: in the package's folders, relative to the package root
    (``protocols/ip.py``); any other file relative to the deepest directory holding all
    such files (the spec's own directory when it is one file: ``shim.py``). Pseudo-files
    (``<unknown>``, ``<string>``) and relative names that are no file here (already
    portable: a graph read back from an object or a deployment) stay as they are."""
    names: dict[str, str] = {}
    outside: dict[str, Path] = {}
    for file in sorted(set(files)):
        if not file or file.startswith("<") or \
                (not os.path.isabs(file) and not os.path.isfile(file)):
            names[file] = file
            continue
        path = Path(file).resolve()
        if any(path.is_relative_to(PACKAGE_ROOT / folder) for folder in PACKAGE_FOLDERS):
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


@functools.lru_cache(maxsize=64)
def _read(file: str) -> str | None:
    path = Path(file)
    if not path.is_absolute() and not path.is_file():  # a portable name (see above)
        path = PACKAGE_ROOT / file
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def _file_text(file: str, wanted: set[int]) -> str:
    """The lines of ``file`` that locations name (the others empty, so the numbering
    holds and the IR stays small); empty if it cannot be read."""
    text = _read(file)
    if text is None:
        return ""
    lines = text.splitlines()
    last = min(max(wanted, default=0), len(lines))
    return "".join((lines[i - 1].rstrip() if i in wanted else "") + "\n"
                   for i in range(1, last + 1))


@functools.lru_cache(maxsize=64)
def _syntax(file: str) -> ast.Module | None:
    text = _read(file)
    if text is None:
        return None
    try:
        return ast.parse(text)
    except SyntaxError:
        return None


@functools.lru_cache(maxsize=64)
def _index(file: str) -> tuple[list[ast.Call], dict[int, ast.ClassDef]]:
    """The file's ``Protocol(...)`` calls and its classes by line (walked once)."""
    tree = _syntax(file)
    calls: list[ast.Call] = []
    classes: dict[int, ast.ClassDef] = {}
    for found in ast.walk(tree) if tree is not None else ():
        if isinstance(found, ast.Call):
            func = found.func
            called = func.id if isinstance(func, ast.Name) else \
                func.attr if isinstance(func, ast.Attribute) else ""
            if called == "Protocol":
                calls.append(found)
        elif isinstance(found, ast.ClassDef):
            classes[found.lineno] = found
    return calls, classes


def _protocol_call(where: Source) -> ast.Call | None:
    """The innermost ``Protocol(...)`` call spanning the line ``where``."""
    spanning = [call for call in _index(where.file)[0]
                if call.lineno <= where.line <= (call.end_lineno or 0)]
    return max(spanning, key=lambda call: (call.lineno, call.col_offset), default=None)


def _class_attribute(where: Source, name: str) -> int:
    """The line of ``name = ...`` in the class defined at ``where`` (0: not found)."""
    found = _index(where.file)[1].get(where.line)
    return next((s.lineno for s in found.body if isinstance(s, ast.Assign)
                 and any(isinstance(t, ast.Name) and t.id == name for t in s.targets)),
                0) if found is not None else 0


def _items(value: ast.expr) -> list[int]:
    return [item.lineno for item in value.elts] if isinstance(value, (ast.List, ast.Tuple)) \
        else []


@dataclass
class Places:
    """Where the parts of one node were written: each ``require``, ``stop_before`` and
    ``stop_if`` item, each key, the fragment's two conditions, the select and the
    header's variable-length field, by line in the Protocol's (or Header's) file; a part
    the source does not show one by one (a list built elsewhere) falls back to the
    Protocol's own line."""

    node: Node
    require: list[int] = field(default_factory=list)
    stop_before: list[int] = field(default_factory=list)
    stop_if: list[int] = field(default_factory=list)
    keys: dict[str, int] = field(default_factory=dict)
    fragment: list[int] = field(default_factory=list)
    select: int = 0
    variable: int = 0

    @classmethod
    def of(cls, node: Node) -> Places:
        places = cls(node)
        call = _protocol_call(node.source)
        for keyword in call.keywords if call is not None else ():
            value = keyword.value
            if keyword.arg in ("require", "stop_before", "stop_if"):
                setattr(places, keyword.arg, _items(value))
            elif keyword.arg == "keys" and isinstance(value, ast.Dict):
                places.keys = {key.value: key.lineno for key in value.keys
                               if isinstance(key, ast.Constant) and isinstance(key.value, str)}
            elif keyword.arg == "select":
                places.select = value.lineno
            elif keyword.arg == "fragment" and isinstance(value, ast.Call):
                parts = {k.arg: k.value.lineno for k in value.keywords}
                places.fragment = [parts.get("is_frag", value.lineno),
                                   parts.get("first", value.lineno)]
        header = node.header
        if header is not None and header.var_field:
            places.variable = _class_attribute(header.source, header.var_field)
        return places

    def _at(self, line: int, file: str | None = None) -> Source:
        source = self.node.source
        return Source(file or source.file, line) if line else source

    def item(self, part: str, index: int) -> Source:
        """The ``index``-th item of ``require``, ``stop_before``, ``stop_if`` or
        ``fragment`` (is_frag, first)."""
        lines: list[int] = getattr(self, part)
        expected = len(getattr(self.node, {"require": "requires", "stop_before":
                                           "stops_before", "stop_if": "stops"}.get(part, part))
                       or ())
        return self._at(lines[index] if len(lines) == expected else 0)

    def key(self, name: str) -> Source:
        return self._at(self.keys.get(name, 0))

    def select_line(self) -> Source:
        return self._at(self.select)

    def variable_part(self) -> Source:
        header = self.node.header
        assert header is not None
        return Source(header.source.file, self.variable) if self.variable else header.source

    def sources(self) -> Iterator[Source]:
        for part in ("require", "stop_before", "stop_if", "fragment"):
            yield from (self._at(line) for line in getattr(self, part))
        yield from (self._at(line) for line in self.keys.values())
        yield self._at(self.select)
        if self.node.header is not None:
            yield self.variable_part()


class DebugInfo:
    """The compile unit, the entry function's subprogram, and a DILocation per Source."""

    def __init__(self, module: ir.Module, fn: ir.Function, graph: ParseGraph,
                 names: dict[str, str]) -> None:
        self.module = module
        self.names = names
        self.places = {node.name: Places.of(node) for node in graph.nodes}
        wanted: dict[str, set[int]] = {}
        for source in [*graph_sources(graph),
                       *(s for places in self.places.values() for s in places.sources())]:
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

