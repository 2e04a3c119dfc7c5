"""Why this verdict: ``flowdsl test ... --trace``, per packet, each step the reference
dissector took, with the spec line behind it, and the verdict's cause in words.

The steps are recorded by ``dsl.reference.TracingDissector`` (a subclass of the
reference: the plain dissector, which the differential tests run, pays nothing for it).
Here they are printed, or turned into data for ``--json``, and spec locations are
named as the object built from the spec names them (``portable``): a library line as
``protocols/ip.py:43``, a spec's relative to its directory, never absolute.

Text, after each packet's usual lines (offset, node, what, spec line)::

       trace:
          @14 entry  enter entry at offset 14 (state entry_d0)           protocols/link.py:26
          @14 entry  select n_proto = 0x800 (2048)                       protocols/link.py:26
          @14 entry  edge 0x800 -> ipv4                                  protocols/__init__.py:130
          @14 ipv4   enter ipv4 at offset 14 (state ipv4_d0)             protocols/ip.py:43
          @14 ipv4   IPv4: needs 20 bytes at offset 14, 10 there: short  protocols/ip.py:28
       why: BPF_DROP: ipv4: the packet ends inside IPv4 (needs 20 bytes at offset 14, has
            10), on_short drop  (protocols/ip.py:28)

The cause is ``<node>: <why>, <action>``: ``drop``, ``stop`` (a stop_before, stop_if,
fragment or STOP_AT_ENCAP rule), or ``policy <p>`` (the node's on_unknown or on_short
policy, or the graph's on_limit), e.g. ``udp: UDP.dport = 0x12b5 (4789) selects vxlan,
which is not enabled in this profile, policy stop``.

JSON: each packet of ``flowdsl test --json --trace`` gets a ``"trace"`` member (the
rest of the packet's entry is unchanged; ``verdict`` and ``keys`` as in
``"reference"``)::

    "trace": {
      "schema": 2,                      # this layout (SCHEMA)
      "verdict": "BPF_DROP",            # the reference's verdict, VERDICT_NAMES spelling
      "cause": "tcp_header: require ... does not hold, drop",
      "cause_node": "tcp_header",       # "" when no node was entered
      "cause_source": {"file": "protocols/transport.py", "line": 61},   # or null
      "limit_reached": false,
      "keys": {...},                    # FlowKeys.to_dict, as "reference"."keys"
      "steps": [
        {"step": "enter", "node": "entry", "offset": 14, "what": "enter entry at ...",
         "source": {"file": "protocols/link.py", "line": 26}, "state": "entry_d0"},
        ...                             # plus the step's own data (below)
      ]
    }

Step kinds and their data: ``enter`` (state), ``bounds`` (need, have, fits),
``require``/``stop_before``/``stop_if`` (condition, holds), ``keys`` (keys: the keys
written, as FlowKeys.to_dict spells them), ``variable`` (field, length, max, have,
fits), ``link_layer`` (nhoff), ``fragment`` (is_frag, is_first_frag), ``encap``
(stopped), ``select`` (select, value), ``edge`` (target, match), ``limit`` (policy),
``policy`` (policy: the node's on_unknown, applied).
"""

from __future__ import annotations

import collections
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flowdsl.captures import CaptureFrame, Skipped, fit
from flowdsl.errors import Source

if TYPE_CHECKING:
    from flowdsl.dsl.graph import ParseGraph
    from flowdsl.dsl.reference import Step, Trace
    from flowdsl.packets import Record
    from flowdsl.pipeline import PacketOutcome, Target

SCHEMA = 2  # 2: spec locations as {"file", "line"}, as --emit graph gives them


def portable(*graphs: ParseGraph | None) -> list[ParseGraph | None]:
    """The graphs with their files named as an object names them (``protocols/ip.py``, a
    spec relative to its directory: codegen/debuginfo.py), one naming for all of them,
    so a trace of a spec and of the object built from it say the same."""
    from flowdsl.codegen.debuginfo import graph_sources, portable_graph, portable_names

    names = portable_names(source.file for graph in graphs if graph is not None
                           for source in graph_sources(graph))
    return [None if graph is None else portable_graph(graph, names) for graph in graphs]


def shown_file(file: str, spec_dir: Path | None = None) -> str:
    """A spec file as the user finds it: relative to the library (``protocols/ip.py``),
    to the spec's directory, or to the current one; else its name. Never absolute."""
    path = Path(file)
    if not path.is_absolute():
        return file
    from flowdsl import protocols

    library = Path(protocols.__file__).resolve().parent
    for base, prefix in ((library, "protocols/"), (spec_dir, ""), (Path.cwd(), "")):
        if base is None:
            continue
        try:
            return prefix + str(path.resolve().relative_to(base.resolve()))
        except ValueError:
            continue
    return path.name


def shown(source: Source | None, spec_dir: Path | None = None) -> str | None:
    if source is None:
        return None
    return f"{shown_file(source.file, spec_dir)}:{source.line}"


def source_dict(source: Source | None, spec_dir: Path | None = None
                ) -> dict[str, str | int] | None:
    """A spec location in JSON as ``--emit graph`` gives it: {"file", "line"}."""
    if source is None:
        return None
    return {"file": shown_file(source.file, spec_dir), "line": source.line}


def _library_base(graph: ParseGraph) -> ParseGraph | None:
    """What an object's graph was before its profile, as far as the library tells: an
    object carries only the graph after it. The library's protocols that the object
    has, recognised by their spec line (not only their name: a spec's graph of its own
    may call a protocol ``udp`` too), with the library's bindings."""
    from dataclasses import replace

    from flowdsl.protocols import library_graph

    library = portable(library_graph())[0]
    assert library is not None
    ours = {n.name: n.source for n in graph.nodes}
    kept = tuple(n for n in library.nodes if ours.get(n.name) == n.source)
    return replace(library, nodes=kept) if kept else None


class PacketTracer:
    """Traces the packets of one ``flowdsl test`` run: ``watch`` the records going in,
    ``follow`` the outcomes coming out (same order); ``current`` is the trace of the
    outcome last yielded (None for a skipped record)."""

    def __init__(self, graph: ParseGraph, base: ParseGraph | None, flags: int,
                 spec_dir: Path | None = None) -> None:
        from flowdsl.dsl.reference import TracingDissector

        self.dissector = TracingDissector(graph, base)
        self.flags = flags
        self.spec_dir = spec_dir
        self.current: Trace | None = None
        self._pending: collections.deque[CaptureFrame | Skipped] = collections.deque()

    @classmethod
    def for_target(cls, given: str | None, target: Target, flags: int) -> PacketTracer:
        """A tracer for what ``flowdsl test`` was given: a spec (or none: the library),
        whose graph before the profile names pruned protocols, or an object."""
        from flowdsl.errors import InputError

        if target.graph is None:
            raise InputError(f"--trace: {target.label} carries no parse graph for the "
                             "reference dissector to trace; rebuild it with "
                             "`flowdsl build`")
        if given and given.endswith(".py"):
            from flowdsl.pipeline import base_graph

            base: ParseGraph | None = base_graph(given)[0]
            spec_dir: Path | None = Path(given).parent
        elif given:
            base, spec_dir = _library_base(target.graph), None
        else:
            from flowdsl.protocols import library_graph

            base, spec_dir = library_graph(), None
        graph, base = portable(target.graph, base)
        assert graph is not None
        return cls(graph, base, flags, spec_dir)

    def watch(self, records: Iterable[Record]) -> Iterator[Record]:
        """The records, unchanged, each remembered until its outcome comes out (a run
        holds at most a chunk of them)."""
        for record in records:
            if isinstance(record, (CaptureFrame, Skipped)):
                self._pending.append(record)
            yield record

    def follow(self, outcomes: Iterable[PacketOutcome]) -> Iterator[PacketOutcome]:
        for outcome in outcomes:
            record = self._pending.popleft() if self._pending else None
            self.current = None
            if isinstance(record, CaptureFrame) and record.label == outcome.label:
                self.current = self.dissector.trace(fit(record).frame, self.flags)
            yield outcome

    # -- output -------------------------------------------------------------------------
    def lines(self, trace: Trace, indent: str = "   ") -> list[str]:
        """The trace as text, one step a line, the spec line at the end of each."""
        out = [f"{indent}trace:"]
        rows = [(f"@{s.offset}", s.node, s.what, shown(s.source, self.spec_dir) or "")
                for s in trace.steps]
        width = max((len(r[1]) for r in rows), default=0)
        text = max((len(r[2]) for r in rows), default=0)
        text = min(text, 72)
        for at, node, what, where in rows:
            out.append(f"{indent}  {at:>4} {node:<{width}}  {what:<{text}}  {where}".rstrip())
        cause_at = shown(trace.cause_source, self.spec_dir)
        out.append(f"{indent}why: {trace.result.verdict_name}: {trace.cause}"
                   + (f"  ({cause_at})" if cause_at else ""))
        return out

    def to_dict(self, trace: Trace) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "verdict": trace.result.verdict_name,
            "cause": trace.cause,
            "cause_node": trace.cause_node,
            "cause_source": source_dict(trace.cause_source, self.spec_dir),
            "limit_reached": trace.result.limit_reached,
            "keys": trace.result.keys.to_dict(),
            "steps": [step_dict(s, self.spec_dir) for s in trace.steps],
        }


def step_dict(step: Step, spec_dir: Path | None = None) -> dict[str, Any]:
    entry: dict[str, Any] = {"step": step.kind, "node": step.node, "offset": step.offset,
                             "what": step.what, "source": source_dict(step.source, spec_dir)}
    entry.update(step.data)
    return entry
