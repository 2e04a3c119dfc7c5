"""Load a user's spec file: a Python module that adds protocols to the library.

A spec file defines either ``bindings`` (a list of ``bind(...)`` edges added to the
built-in library's) or ``graph`` (a complete ParseGraph). Optionally ``limits``.
Any error while importing it becomes a SpecError pointing at the user's line.
"""

from __future__ import annotations

import runpy
import traceback
from pathlib import Path

from flowdsl.dsl.bind import Binding
from flowdsl.dsl.graph import Limits, ParseGraph, build_graph

from flowdsl.errors import Problem, Source, SpecError


def load_spec(path: str | Path) -> ParseGraph:
    return read_spec(path)[0]


def read_spec(path: str | Path) -> tuple[ParseGraph, bool]:
    """The spec's graph, and whether it extends the built-in library (then the default
    profile applies to it) rather than defining a whole graph of its own."""
    from flowdsl.protocols import DEFAULT_LIMITS, default_bindings, entry

    path = Path(path)
    if not path.is_file():
        raise SpecError(Problem("S001", "spec", f"no such spec file: {path}",
                                "give the path of a .py file that defines `bindings`",
                                Source(str(path))))
    try:
        namespace = runpy.run_path(str(path), run_name=f"flowdsl_spec_{path.stem}")
    except SpecError:
        raise
    except SyntaxError as error:
        raise SpecError(Problem("S002", "spec", f"invalid Python: {error.msg}",
                                "fix the syntax",
                                Source(error.filename or str(path), error.lineno or 0))) from None
    except (Exception, SystemExit) as error:  # the user's module failed: point at its
        # line; an exit() in it ends the spec, not flowdsl (which would exit silently)
        frames = [f for f in traceback.extract_tb(error.__traceback__)
                  if Path(f.filename).resolve() == path.resolve()]
        line = frames[-1].lineno if frames else 0
        raise SpecError(Problem("S003", "spec", f"{type(error).__name__}: {error}",
                                "fix the spec; it is ordinary Python run at build time",
                                Source(str(path), line or 0))) from None
    graph = namespace.get("graph")
    if isinstance(graph, ParseGraph):
        return graph, False
    bindings = namespace.get("bindings")
    if not isinstance(bindings, (list, tuple)) or not all(
            isinstance(b, Binding) for b in bindings):
        raise SpecError(Problem(
            "S004", "spec", "defines neither `bindings` (a list of bind(...)) nor `graph`",
            "add e.g. bindings = [bind(udp, my_proto, dport=7777)]", Source(str(path))))
    limits = namespace.get("limits")
    return build_graph(default_bindings() + list(bindings), entry,
                       limits if isinstance(limits, Limits) else DEFAULT_LIMITS), True
