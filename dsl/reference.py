"""The reference dissector: the generated program's exact semantics, in pure Python.

It is the oracle of the differential tests (kernel vs reference on random packets) and
lets ``flowdsl test`` work where BPF is not allowed. Every rule below is one method
here and one of the same name in ``codegen/lower.py``, in the same order (named after
each rule's number); change them together.

Per node, in order:
 1. ``_check_fixed``: the fixed part must lie within the packet, else DROP (thoff =
    header start), or the node's ``on_short`` policy (thoff as for ``on_unknown``);
 2. ``_check_requires``: every ``require`` must hold, else DROP; a ``stop_before`` that
    holds stops with OK (thoff = header start);
 3. ``_store_keys``: keys are written (an ``encap`` node's after step 8: they describe
    what it carries, so STOP_AT_ENCAP, which reports the outer flow, skips them);
 4. ``_check_variable``: the variable part's length must be <= its max, else DROP, and
    it must lie within the packet, else DROP or ``on_short_variable`` (``skip``: not
    checked, the next header starts past it even past the packet's end, and fails there
    by its own ``on_short``); the header ends there, or at its start for a ``peek`` node;
 5. ``_link_layer``: ``link_layer`` nodes move nhoff past themselves;
 6. ``_fragment``: is_frag/is_first_frag, then stop (OK) unless a first fragment with
    PARSE_1ST_FRAG;
 7. ``_stop_if``: ``stop_if`` conditions stop with OK;
 8. ``_encap``: ``encap`` nodes set is_encap and stop with OK under STOP_AT_ENCAP;
    otherwise the outer flow's transport keys (ports) are cleared: the inner flow has
    its own or none;
 9. ``_select_next``: the select picks an edge (``fallback`` edges only when no other
    matches); none: the node's ``on_unknown`` policy
    (thoff = header start for transport nodes, else its end); ``_take_edge``: the edge's
    keys are written; an ``encap`` edge sets is_encap and stops under STOP_AT_ENCAP (or
    clears the ports, as in rule 8); a limit reached applies the graph's ``on_limit`` policy.
``TracingDissector`` records what each rule decided, and why (``flowdsl test --trace``);
a subclass, so the dissector without a trace runs exactly this code.
A header part (fixed or variable) beyond the skb's linear data is read through the skb
(bpf_skb_load_bytes): with an skb that works up to the packet's end, so the outcome is
that of the whole frame read linearly; without one (BPF_PROG_TEST_RUN, eth_get_headlen)
only the linear part can be read, and a header past it fails step 1 or 4 (DROP).
thoff is written on every exit except BPF_FLOW_DISSECTOR_CONTINUE. The kernel discards
the keys of that verdict, and the program uses thoff as scratch (codegen/lower.py), so
results are compared with ``outcome_differences``, which ignores them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from flowdsl.dsl.abi import BPF_DROP, BPF_FLOW_DISSECTOR_CONTINUE, BPF_OK, VERDICT_NAMES, VERDICTS
from flowdsl.dsl.expr import Const, Expr, FieldRef, evaluate, fields_of, render
from flowdsl.dsl.graph import Edge, Node, ParseGraph
from flowdsl.dsl.keys import ADDRESS_KEYS, TRANSPORT_KEYS, FlowKeys, InputFlags
from flowdsl.dsl.limits import NHOFF_MAX
from flowdsl.dsl.unroll import State, Unroller, crosses_encap

from flowdsl.errors import Source


@dataclass(frozen=True)
class Result:
    verdict: int
    keys: FlowKeys
    path: tuple[str, ...]  # nodes visited, for `flowdsl test` and failure messages
    copied: tuple[str, ...] = ()  # nodes with a part past the linear data, read through
    # the skb (bpf_skb_load_bytes)
    starts: tuple[int, ...] = ()  # the offset each node of ``path`` started at
    limit_reached: bool = False  # a limit (repeats, encap_depth) ended the walk

    @property
    def verdict_name(self) -> str:
        return VERDICT_NAMES.get(self.verdict, str(self.verdict))


def outcome_differences(got_verdict: int, got: FlowKeys, want_verdict: int,
                        want: FlowKeys) -> list[tuple[str, object, object]]:
    """(what, got, wanted) for every difference the kernel would act on: the verdict,
    and the keys unless both verdicts are BPF_FLOW_DISSECTOR_CONTINUE."""
    if got_verdict != want_verdict:
        return [("verdict", VERDICT_NAMES.get(got_verdict, got_verdict),
                 VERDICT_NAMES.get(want_verdict, want_verdict)), *got.differences(want)]
    if got_verdict == BPF_FLOW_DISSECTOR_CONTINUE:
        return []
    return got.differences(want)


def read_field(packet: bytes, start: int, ref: FieldRef) -> int:
    """A big-endian field value (the codegen loads the same bytes and byte-swaps)."""
    first = start + ref.bit_offset // 8
    end_bit = ref.bit_offset + ref.bit_width
    last = start + (end_bit + 7) // 8
    raw = int.from_bytes(packet[first:last], "big")
    shift = (last - start) * 8 - end_bit
    return (raw >> shift) & ((1 << ref.bit_width) - 1)


def field_bytes(packet: bytes, start: int, ref: FieldRef) -> bytes:
    first = start + ref.bit_offset // 8
    return packet[first:first + ref.bit_width // 8]


class ReferenceDissector:
    def __init__(self, graph: ParseGraph) -> None:
        self.graph = graph
        self.unroller = Unroller(graph)
        # per node, the edges in the order the select tries them: fallbacks last
        self.edges = {n.name: sorted(n.edges, key=lambda e: e.fallback) for n in graph.nodes}

    def run(self, frame: bytes, flags: int = 0, nhoff: int = 14,
            n_proto: int | None = None, linear: int | None = None,
            skb: bool = False) -> Result:
        """Dissect an Ethernet frame as BPF_PROG_TEST_RUN does (n_proto = bytes 12..13).

        ``linear``: how many bytes of the frame are in the skb's linear area (default:
        all); ``skb``: whether there is an skb to read the rest through (the receive
        path: yes; BPF_PROG_TEST_RUN and eth_get_headlen: no)."""
        if n_proto is None:
            n_proto = int.from_bytes(frame[12:14], "big")
        linear = len(frame) if linear is None else min(linear, len(frame))
        readable = frame if skb else frame[:linear]
        copied: list[str] = []
        starts: list[int] = []
        result = self._walk(readable, flags, nhoff, n_proto, linear, copied, starts)
        if result.verdict != BPF_FLOW_DISSECTOR_CONTINUE:
            # bpf_flow_dissect clamps thoff into [nhoff, the linear length] after the
            # program: a header the packet ends in may leave it past the end. Here only
            # to the packet's end; the clamp to a shorter linear part of a paged skb is
            # the hook's (flowdsl/skbtest.py models it).
            keys = result.keys
            result = replace(result, keys=replace(
                keys, thoff=min(max(keys.thoff, keys.nhoff), len(readable))))
        return replace(result, copied=tuple(copied), starts=tuple(starts))

    def _walk(self, frame: bytes, flags: int, nhoff: int, n_proto: int, linear: int,
              copied: list[str], starts: list[int]) -> Result:
        keys = FlowKeys(nhoff=nhoff, thoff=nhoff, n_proto=n_proto, flags=flags)
        if nhoff > NHOFF_MAX:
            return Result(BPF_FLOW_DISSECTOR_CONTINUE, keys, ())
        state = self.unroller.start()
        cursor, path = nhoff, list[str]()
        if state is None:
            return self._exit(self.graph.limits.on_limit, keys, cursor)
        while True:
            node = self.unroller.nodes[state.node]
            path.append(node.name)
            starts.append(cursor)
            visit = _Visit(state, node, frame, cursor, flags, n_proto, keys, cursor)
            outcome = self._visit(visit)
            if self._reads_past(node, frame, cursor, linear, flags, n_proto, visit.failed):
                copied.append(node.name)
            if isinstance(outcome, Result):
                return replace(outcome, path=tuple(path))
            state, keys, cursor = outcome, visit.keys, visit.end

    def _reads_past(self, node: Node, frame: bytes, start: int, linear: int, flags: int,
                    n_proto: int, failed: bool) -> bool:
        """Whether the node read its fixed part, or checked its variable part, past the
        linear data (a part that does not fit in ``frame`` is not read: the node fails)."""
        fixed_end = start + node.fixed_size
        if fixed_end > len(frame):
            return False
        if fixed_end > linear:
            return True
        header = node.header
        if failed or header is None or header.var_length is None \
                or node.on_short_variable == "skip":
            return False  # a failed node may have stopped before its variable part; a
            # skipped one is not checked
        var = evaluate(header.var_length, lambda ref: read_field(frame, start, ref), flags,
                       n_proto)
        end = (start if node.peek else fixed_end) + var
        return linear < end <= len(frame)

    def _exit(self, policy: str, keys: FlowKeys, thoff: int) -> Result:
        """The verdict of ``policy``, with thoff written unless it is CONTINUE."""
        verdict = VERDICTS[policy]
        if verdict != BPF_FLOW_DISSECTOR_CONTINUE:
            keys = replace(keys, thoff=thoff)
        return Result(verdict, keys, ())

    # -- one node: the rules above, one method each; codegen/lower.py has the same ones,
    # with the same names, in the same order ------------------------------------------
    def _visit(self, v: _Visit) -> Result | State:
        """Rules 1-9 for one node: its final Result, or the State the packet goes on to
        (with ``v.keys`` and the header end ``v.end``)."""
        steps = (self._check_fixed, self._check_requires, self._store_keys,
                 self._check_variable, self._link_layer, self._fragment, self._stop_if,
                 self._encap)
        for step in steps:
            result = step(v)
            if result is not None:
                v.failed = result.verdict == BPF_DROP
                return result
        return self._select_next(v)

    def _check_fixed(self, v: _Visit) -> Result | None:
        """Rule 1: the fixed part lies within the packet, else the ``on_short`` policy."""
        if v.start + v.node.fixed_size > len(v.frame):
            return self._short(v, v.node.on_short, v.start + v.node.fixed_size)
        return None

    def _short(self, v: _Visit, policy: str, end: int) -> Result:
        """A header the packet ends in (rules 1 and 4): DROP, or the policy with thoff at
        its start (a transport) or its ``end`` (past the packet: the kernel clamps it)."""
        if policy == "drop":
            return v.stop(BPF_DROP, v.start)
        return self._exit(policy, v.keys, v.start if v.node.transport else end)

    def _check_requires(self, v: _Visit) -> Result | None:
        """Rule 2: every ``require`` holds, else DROP; a ``stop_before`` that holds stops
        with OK."""
        for cond in v.node.requires:
            if not v.value(cond):
                return v.stop(BPF_DROP, v.start)
        for cond in v.node.stops_before:
            if v.value(cond):
                return v.stop(BPF_OK, v.start)
        return None

    def _store_keys(self, v: _Visit) -> None:
        """Rule 3: the node's keys (an ``encap`` node's wait for rule 8)."""
        if not v.node.encap:
            self._write_keys(v)

    def _check_variable(self, v: _Visit) -> Result | None:
        """Rule 4: the variable part is at most its max and lies within the packet, else
        DROP; the header ends after it (a ``peek`` node's at its start)."""
        v.end = v.start if v.node.peek else v.start + v.node.fixed_size
        header = v.node.header
        if header is not None and header.var_length is not None:
            var = v.value(header.var_length)
            if var > header.var_max:
                return v.stop(BPF_DROP, v.start)
            policy = v.node.on_short_variable
            if policy != "skip" and v.start + header.fixed_size + var > len(v.frame):
                return self._short(v, policy, v.start + header.fixed_size + var)
            v.end += var
        return None

    def _link_layer(self, v: _Visit) -> None:
        """Rule 5: a ``link_layer`` node moves nhoff past itself."""
        if v.node.link_layer:
            v.keys = replace(v.keys, nhoff=v.end)

    def _fragment(self, v: _Visit) -> Result | None:
        """Rule 6: is_frag and is_first_frag; then OK unless a first fragment under
        PARSE_1ST_FRAG."""
        fragment = v.node.fragment
        if fragment is None or not v.value(fragment[0]):
            return None
        v.keys = replace(v.keys, is_frag=1)
        if not v.value(fragment[1]):
            return v.stop(BPF_OK, v.end)  # later fragments carry no headers to parse
        v.keys = replace(v.keys, is_first_frag=1)
        if not v.flags & InputFlags.PARSE_1ST_FRAG:
            return v.stop(BPF_OK, v.end)
        return None

    def _stop_if(self, v: _Visit) -> Result | None:
        """Rule 7: a ``stop_if`` condition that holds stops with OK."""
        for cond in v.node.stops:
            if v.value(cond):
                return v.stop(BPF_OK, v.end)
        return None

    def _encap(self, v: _Visit) -> Result | None:
        """Rule 8: an ``encap`` node sets is_encap, stops under STOP_AT_ENCAP, and only
        then writes its keys."""
        if v.node.encap:
            stopped = self._mark_encap(v)
            if stopped is not None:
                return stopped
            self._write_keys(v)
        return None

    def _select_next(self, v: _Visit) -> Result | State:
        """Rule 9: the select picks an edge; none: the node's ``on_unknown`` policy."""
        node = v.node
        if node.select is not None:
            selected = v.value(node.select)
            for edge in self.edges[node.name]:
                if edge.target in self.unroller.nodes and edge.match.matches(selected):
                    return self._take_edge(v, edge)
        return self._exit(node.on_unknown, v.keys, v.start if node.transport else v.end)

    def _take_edge(self, v: _Visit, edge: Edge) -> Result | State:
        """Rule 9, the edge taken: its keys; an ``encap`` edge sets is_encap and stops
        under STOP_AT_ENCAP; a limit reached applies the graph's ``on_limit`` policy."""
        for key, value in edge.keys:
            v.keys = v.keys.with_key(key, value)
        if edge.encap:
            stopped = self._mark_encap(v)
            if stopped is not None:
                return stopped
        state = self.unroller.take(v.state, edge)
        if state is None:
            return replace(self._exit(self.graph.limits.on_limit, v.keys, v.end),
                           limit_reached=True)
        return state

    def _mark_encap(self, v: _Visit) -> Result | None:
        """is_encap, and OK under STOP_AT_ENCAP (rules 8 and 9); going on into the
        encapsulated packet clears the outer flow's transport keys."""
        v.keys = replace(v.keys, is_encap=1)
        if v.flags & InputFlags.STOP_AT_ENCAP:
            return v.stop(BPF_OK, v.end)
        for key in TRANSPORT_KEYS:
            v.keys = v.keys.with_key(key, 0)
        return None

    def _write_keys(self, v: _Visit) -> None:
        """The node's key assignments (rules 3 and 8): addresses as stored, the rest as
        values."""
        for assign in v.node.keys:
            if assign.key in ADDRESS_KEYS:
                assert isinstance(assign.value, FieldRef)
                v.keys = v.keys.with_key(assign.key, field_bytes(v.frame, v.start, assign.value))
            else:
                v.keys = v.keys.with_key(assign.key, v.value(assign.value))


@dataclass
class _Visit:
    """One node being visited: what its rules read, and the keys and header end they
    write (``end`` is the start until rule 4)."""

    state: State
    node: Node
    frame: bytes
    start: int
    flags: int
    n_proto: int
    keys: FlowKeys
    end: int
    failed: bool = False  # a rule before the select dropped the packet

    def value(self, expr: Expr) -> int:
        return evaluate(expr, lambda ref: read_field(self.frame, self.start, ref),
                        self.flags, self.n_proto)

    def stop(self, verdict: int, thoff: int) -> Result:
        """``verdict`` with the keys so far and ``thoff``."""
        return Result(verdict, replace(self.keys, thoff=thoff), ())


def dissect(graph: ParseGraph, frame: bytes, flags: int = 0) -> Result:
    return ReferenceDissector(graph).run(frame, flags)


# -- why this verdict: the rules' decisions, recorded ------------------------------------


@dataclass(frozen=True)
class Step:
    """One decision of a rule for one node (``flowdsl test --trace``, flowdsl/trace.py).

    ``kind``: enter, bounds, require, stop_before, keys, variable, link_layer, fragment,
    stop_if, encap, select, edge, limit, policy; ``what`` says it in words; ``source`` is
    the spec line behind it (the Protocol, its Header, or the bind()); ``data`` the same
    as values, for ``--json``."""

    kind: str
    node: str
    offset: int
    what: str
    source: Source | None
    data: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True)
class Trace:
    result: Result
    steps: tuple[Step, ...]
    cause: str  # the verdict's cause in words: "<node>: <why>, <action>"
    cause_node: str = ""
    cause_source: Source | None = None


def _policy_action(policy: str) -> str:
    return "drop" if policy == "drop" else f"policy {policy}"


class TracingDissector(ReferenceDissector):
    """The reference dissector, recording each rule's decision and the verdict's cause.

    Each override calls the rule it traces and only describes what that rule did, so
    the verdict and keys are the plain dissector's; ``base`` (the graph before the
    profile, if known) lets a value whose protocol the profile pruned be named as a
    protocol not enabled, instead of an unknown value."""

    def __init__(self, graph: ParseGraph, base: ParseGraph | None = None) -> None:
        super().__init__(graph)
        self.base = {n.name: n for n in base.nodes} if base is not None else {}
        self.steps: list[Step] = []
        self._cause: tuple[str, str, Source | None] | None = None
        self._took_edge = False

    def trace(self, frame: bytes, flags: int = 0, nhoff: int = 14) -> Trace:
        """``run`` (as BPF_PROG_TEST_RUN does), with its steps and the verdict's cause."""
        self.steps, self._cause = [], None
        result = self.run(frame, flags, nhoff)
        if self._cause is None:  # no node was entered
            if nhoff > NHOFF_MAX:
                self._decide("", f"nhoff {nhoff} is beyond {NHOFF_MAX}: the built-in "
                             "dissector's", None)
            else:
                self._decide(self.graph.entry, "the entry is past a limit, policy "
                             f"{self.graph.limits.on_limit}", None)
        node, cause, source = self._cause or ("", "", None)
        return Trace(result, tuple(self.steps), cause, node, source)

    def _step(self, kind: str, v: _Visit, what: str, source: Source | None,
              **data: object) -> None:
        self.steps.append(Step(kind, v.node.name, v.start, what, source,
                               tuple(data.items())))

    def _decide(self, node: str, why: str, source: Source | None) -> None:
        self._cause = (node, f"{node}: {why}" if node else why, source)

    def _values(self, v: _Visit, expr: Expr) -> str:
        """The fields an expression reads, with their values: ``IPv4.ihl = 3``."""
        seen: dict[str, int] = {}
        for ref in fields_of(expr):
            seen.setdefault(ref.key, read_field(v.frame, v.start, ref))
        return ", ".join(f"{name} = {value}" for name, value in seen.items())

    def _condition(self, v: _Visit, expr: Expr) -> str:
        values = self._values(v, expr)
        return render(expr) + (f" ({values})" if values else "")

    # -- the rules, traced --------------------------------------------------------------
    def _visit(self, v: _Visit) -> Result | State:
        label = v.state.label()
        self._step("enter", v, f"enter {v.node.name} at offset {v.start}"
                   + (f" (state {label})" if label != v.node.name else ""), v.node.source,
                   state=label)
        self._took_edge = False
        outcome = super()._visit(v)
        if isinstance(outcome, Result) and self._cause is None:
            self._decide(v.node.name, "stopped", v.node.source)  # not reached: every
            # rule that returns a Result says why
        return outcome

    def _check_fixed(self, v: _Visit) -> Result | None:
        result = super()._check_fixed(v)
        header = v.node.header
        if header is None:
            return result
        need, have = header.fixed_size, max(len(v.frame) - v.start, 0)
        self._step("bounds", v, f"{header.name}: needs {need} bytes at offset {v.start}, "
                   f"{have} there" + (": short" if result else ""), header.source,
                   need=need, have=have, fits=result is None)
        if result is not None:
            self._decide(v.node.name, f"the packet ends inside {header.name} (needs {need} "
                         f"bytes at offset {v.start}, has {have}), on_short "
                         f"{v.node.on_short}", header.source)
        return result

    def _check_requires(self, v: _Visit) -> Result | None:
        result = super()._check_requires(v)
        if not self._trace_conditions(v, "require", v.node.requires, False, "drop"):
            self._trace_conditions(v, "stop_before", v.node.stops_before, True,
                                   "stop before it")
        return result

    def _trace_conditions(self, v: _Visit, kind: str, conditions: Iterable[Expr],
                          decides_when: bool, outcome: str) -> bool:
        """A step for each of the node's ``kind`` conditions, as the plain dissector
        evaluates them, up to the first whose value is ``decides_when``: that one decides
        the verdict (``outcome``, e.g. "drop"). Whether one did."""
        for cond in conditions:
            holds = bool(v.value(cond))
            which, value = f"{kind} {self._condition(v, cond)}", ("holds" if holds
                                                                   else "does not hold")
            self._step(kind, v, f"{which}: {value}", v.node.source, condition=render(cond),
                       holds=holds)
            if holds == decides_when:
                self._decide(v.node.name, f"{which} {value}, {outcome}", v.node.source)
                return True
        return False

    def _write_keys(self, v: _Visit) -> None:
        before = v.keys.to_dict()
        super()._write_keys(v)
        self._keys_step(v, before, v.node.source)

    def _keys_step(self, v: _Visit, before: dict[str, object], source: Source | None,
                   why: str = "") -> None:
        written = {k: value for k, value in v.keys.to_dict().items() if before[k] != value}
        if written:
            self._step("keys", v, (why or "keys") + ": " + " ".join(
                f"{k}={value}" for k, value in written.items()), source, keys=written)

    def _check_variable(self, v: _Visit) -> Result | None:
        result = super()._check_variable(v)
        header = v.node.header
        if header is None or header.var_length is None:
            return result
        var = v.value(header.var_length)
        at = v.start + header.fixed_size
        have = max(len(v.frame) - at, 0)
        policy = v.node.on_short_variable
        if var > header.var_max:
            what = f"{header.var_field}: {var} bytes, more than its max {header.var_max}"
            self._decide(v.node.name, f"{header.var_field} is {var} bytes "
                         f"({render(header.var_length)}), more than its max "
                         f"{header.var_max}, drop", header.source)
        elif policy == "skip":
            what = f"{header.var_field}: {var} bytes at offset {at}, skipped unchecked"
        else:
            what = f"{header.var_field}: needs {var} bytes at offset {at}, {have} there" \
                   + (": short" if result else "")
            if result is not None:
                self._decide(v.node.name, f"the packet ends inside {header.var_field} "
                             f"(needs {var} bytes at offset {at}, has {have}), "
                             f"on_short_variable {policy}", header.source)
        self._step("variable", v, what, header.source, field=header.var_field, length=var,
                   max=header.var_max, have=have, fits=result is None)
        return result

    def _link_layer(self, v: _Visit) -> None:
        super()._link_layer(v)
        if v.node.link_layer:
            self._step("link_layer", v, f"nhoff={v.keys.nhoff} (a link-layer header)",
                       v.node.source, nhoff=v.keys.nhoff)

    def _fragment(self, v: _Visit) -> Result | None:
        fragment = v.node.fragment
        if fragment is None:
            return super()._fragment(v)
        before = v.keys.to_dict()
        result = super()._fragment(v)
        if not v.keys.is_frag:
            self._step("fragment", v, f"not a fragment: {self._condition(v, fragment[0])}",
                       v.node.source, is_frag=False)
            return result
        self._keys_step(v, before, v.node.source, "a fragment")
        if result is not None:
            why = ("a later fragment (no headers to parse)" if not v.keys.is_first_frag
                   else "a first fragment without PARSE_1ST_FRAG")
            self._step("fragment", v, why, v.node.source, is_frag=True,
                       is_first_frag=bool(v.keys.is_first_frag))
            self._decide(v.node.name, f"{why}, stop", v.node.source)
        return result

    def _stop_if(self, v: _Visit) -> Result | None:
        result = super()._stop_if(v)
        self._trace_conditions(v, "stop_if", v.node.stops, True, "stop")
        return result

    def _mark_encap(self, v: _Visit) -> Result | None:
        before = v.keys.to_dict()
        result = super()._mark_encap(v)
        if result is not None:
            self._step("encap", v, "is_encap=1, STOP_AT_ENCAP: stop", v.node.source,
                       stopped=True)
            self._decide(v.node.name, "an encapsulation under STOP_AT_ENCAP, stop",
                         v.node.source)
        else:
            self._keys_step(v, before, v.node.source, "encapsulation (outer ports cleared)")
        return result

    def _select_next(self, v: _Visit) -> Result | State:
        node = v.node
        selected, select = None, node.select
        if select is not None:
            selected = v.value(select)
            self._step("select", v, f"select {render(select)} = {selected:#x} "
                       f"({selected})", node.source, select=render(select),
                       value=selected)
        outcome = super()._select_next(v)
        if self._took_edge or not isinstance(outcome, Result):
            return outcome
        policy = node.on_unknown
        if selected is None or select is None:
            why = f"nothing follows it in the graph, {_policy_action(policy)}"
        else:
            value = f"{render(select)} = {selected:#x} ({selected})"
            why = f"no binding for {value}"
            disabled = self._pruned(node, selected)
            if disabled is not None and isinstance(select, Const):
                why = f"its next protocol {disabled.target} is not enabled in this profile"
            elif disabled is not None:
                why = (f"{value} selects {disabled.target}, which is not enabled in this "
                       "profile")
            why += f", {_policy_action(policy)}"
        self._step("policy", v, f"on_unknown {policy}", node.source, policy=policy)
        self._decide(node.name, why, node.source)
        return outcome

    def _pruned(self, node: Node, selected: int) -> Edge | None:
        """The edge of the graph before the profile that ``selected`` would have taken,
        when the profile pruned its protocol."""
        base = self.base.get(node.name)
        if base is None:
            return None
        for edge in sorted(base.edges, key=lambda e: e.fallback):
            if edge.match.matches(selected):
                return None if edge.target in self.unroller.nodes else edge
        return None

    def _take_edge(self, v: _Visit, edge: Edge) -> Result | State:
        self._took_edge = True
        before = v.keys.to_dict()
        self._step("edge", v, f"edge {edge.match.describe()} -> {edge.target}"
                   + (" (encap)" if edge.encap else "")
                   + (" (fallback)" if edge.fallback else ""), edge.source,
                   target=edge.target, match=edge.match.describe())
        with_keys = replace(v, keys=v.keys)  # the edge's keys, traced before the encap
        for key, value in edge.keys:
            with_keys.keys = with_keys.keys.with_key(key, value)
        self._keys_step(with_keys, before, edge.source, "edge keys")
        outcome = super()._take_edge(v, edge)
        if isinstance(outcome, Result) and outcome.limit_reached:
            why = self._limit(v.state, edge)
            policy = self.graph.limits.on_limit
            self._step("limit", v, why, edge.source, policy=policy)
            self._decide(v.node.name, f"{why}, {_policy_action(policy)}", edge.source)
        return outcome

    def _limit(self, state: State, edge: Edge) -> str:
        """Which limit refused ``edge`` (the Unroller's rules, in words)."""
        limits = self.graph.limits
        depth, counts = state.depth, dict(state.counts)
        if crosses_encap(self.unroller.nodes[state.node], edge):
            if depth >= limits.encap_depth:
                return (f"{edge.target} would be encapsulation {depth + 1}, past the limit "
                        f"encap_depth = {limits.encap_depth}")
            counts = {}
        group = self.unroller.nodes[edge.target].limit or ""
        count = counts.get(group, 0) + 1
        return (f"{edge.target} would be number {count} in a row, past the limit "
                f"{group} = {limits.repeat(group) or 0}")
