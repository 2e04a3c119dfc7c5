"""The reference dissector: the generated program's exact semantics, in pure Python.

It is the oracle of the differential tests (kernel vs reference on random packets) and
lets ``flowdsl test`` work where BPF is not allowed. Every rule below has a twin in
``codegen/lower.py``; change them together.

Per node, in order:
 1. the fixed part must lie within the packet, else DROP (thoff = header start);
 2. every ``require`` must hold, else DROP; a ``stop_before`` that holds stops with OK
    (thoff = header start);
 3. keys are written (an ``encap`` node's after step 8: they describe what it carries, so
    STOP_AT_ENCAP, which reports the outer flow, skips them);
 4. the variable part: its length must be <= its max and lie within the packet, else DROP;
    the header ends there, or at its start for a ``peek`` node;
 5. ``link_layer`` nodes move nhoff past themselves;
 6. fragments: is_frag/is_first_frag, then stop (OK) unless a first fragment with
    PARSE_1ST_FRAG;
 7. ``stop_if`` conditions stop with OK;
 8. ``encap`` nodes set is_encap and stop with OK under STOP_AT_ENCAP;
 9. the select picks an edge; none: the node's ``on_unknown`` policy (thoff = header
    start for transport nodes, else its end); the edge's keys are written; an ``encap``
    edge sets is_encap and stops
    under STOP_AT_ENCAP; a limit reached applies the graph's ``on_limit`` policy.
A header part (fixed or variable) beyond the skb's linear data is read through the skb
(bpf_skb_load_bytes): with an skb that works up to the packet's end, so the outcome is
that of the whole frame read linearly; without one (BPF_PROG_TEST_RUN, eth_get_headlen)
only the linear part can be read, and a header past it fails step 1 or 4 (DROP).
thoff is written on every exit except BPF_FLOW_DISSECTOR_CONTINUE. The kernel discards
the keys of that verdict, and the program uses thoff as scratch (codegen/lower.py), so
results are compared with ``outcome_differences``, which ignores them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from flowdsl.dsl.abi import BPF_DROP, BPF_FLOW_DISSECTOR_CONTINUE, BPF_OK, VERDICT_NAMES, VERDICTS
from flowdsl.dsl.expr import Expr, FieldRef, evaluate
from flowdsl.dsl.graph import Node, ParseGraph
from flowdsl.dsl.keys import ADDRESS_KEYS, FlowKeys, InputFlags
from flowdsl.dsl.limits import NHOFF_MAX
from flowdsl.dsl.unroll import Unroller


@dataclass(frozen=True)
class Result:
    verdict: int
    keys: FlowKeys
    path: tuple[str, ...]  # nodes visited, for `flowdsl test` and failure messages
    copied: tuple[str, ...] = ()  # nodes with a part past the linear data, read through
    # the skb (bpf_skb_load_bytes)
    starts: tuple[int, ...] = ()  # the offset each node of ``path`` started at

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
        return replace(result, copied=tuple(copied), starts=tuple(starts))

    def _walk(self, frame: bytes, flags: int, nhoff: int, n_proto: int, linear: int,
              copied: list[str], starts: list[int]) -> Result:
        keys = FlowKeys(nhoff=nhoff, thoff=nhoff, n_proto=n_proto, flags=flags)
        if nhoff > NHOFF_MAX:
            return Result(BPF_FLOW_DISSECTOR_CONTINUE, keys, ())
        state = self.unroller.start()
        cursor, path = nhoff, list[str]()
        if state is None:
            return self._exit(self.graph.limits.on_limit, keys, cursor, path)
        while True:
            node = self.unroller.nodes[state.node]
            path.append(node.name)
            starts.append(cursor)
            outcome = self._visit(node, frame, cursor, keys, flags, n_proto)
            failed = isinstance(outcome, Result) and outcome.verdict == BPF_DROP
            if self._reads_past(node, frame, cursor, linear, flags, n_proto, failed):
                copied.append(node.name)
            if isinstance(outcome, Result):
                return replace(outcome, path=tuple(path))
            keys, end, edge_index = outcome
            if edge_index is None:
                thoff = cursor if node.transport else end
                return self._exit(node.on_unknown, keys, thoff, path)
            edge = node.edges[edge_index]
            for key, value in edge.keys:
                keys = keys.with_key(key, value)
            if edge.encap:
                keys = replace(keys, is_encap=1)
                if flags & InputFlags.STOP_AT_ENCAP:
                    return self._exit("stop", keys, end, path)
            state = self.unroller.take(state, edge)
            if state is None:
                return self._exit(self.graph.limits.on_limit, keys, end, path)
            cursor = end

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
        if failed or header is None or header.var_length is None:
            return False  # a failed node may have stopped before its variable part
        var = evaluate(header.var_length, lambda ref: read_field(frame, start, ref), flags,
                       n_proto)
        end = (start if node.peek else fixed_end) + var
        return linear < end <= len(frame)

    def _exit(self, policy: str, keys: FlowKeys, thoff: int, path: list[str]) -> Result:
        verdict = VERDICTS[policy]
        if verdict != BPF_FLOW_DISSECTOR_CONTINUE:
            keys = replace(keys, thoff=thoff)
        return Result(verdict, keys, tuple(path))

    def _visit(self, node: Node, frame: bytes, start: int, keys: FlowKeys, flags: int,
               n_proto: int) -> Result | tuple[FlowKeys, int, int | None]:
        """Steps 1-9 for one node: a final Result, or (keys, header end, edge index)."""

        def value(expr: Expr) -> int:
            return evaluate(expr, lambda ref: read_field(frame, start, ref), flags, n_proto)

        def stop(verdict: int, thoff: int) -> Result:
            return Result(verdict, replace(keys, thoff=thoff), ())

        if start + node.fixed_size > len(frame):
            return stop(BPF_DROP, start)
        for cond in node.requires:
            if not value(cond):
                return stop(BPF_DROP, start)
        for cond in node.stops_before:
            if value(cond):
                return stop(BPF_OK, start)
        def write_keys(keys: FlowKeys) -> FlowKeys:
            for assign in node.keys:
                if assign.key in ADDRESS_KEYS:
                    assert isinstance(assign.value, FieldRef)
                    keys = keys.with_key(assign.key, field_bytes(frame, start, assign.value))
                else:
                    keys = keys.with_key(assign.key, value(assign.value))
            return keys

        if not node.encap:
            keys = write_keys(keys)
        end = start if node.peek else start + node.fixed_size
        if node.header is not None and node.header.var_length is not None:
            var = value(node.header.var_length)
            if var > node.header.var_max or end + var > len(frame):
                return stop(BPF_DROP, start)
            end += var
        if node.link_layer:
            keys = replace(keys, nhoff=end)
        if node.fragment is not None and value(node.fragment[0]):
            keys = replace(keys, is_frag=1)
            if value(node.fragment[1]):
                keys = replace(keys, is_first_frag=1)
                if not flags & InputFlags.PARSE_1ST_FRAG:
                    return stop(BPF_OK, end)
            else:
                return stop(BPF_OK, end)
        for cond in node.stops:
            if value(cond):
                return stop(BPF_OK, end)
        if node.encap:
            keys = replace(keys, is_encap=1)
            if flags & InputFlags.STOP_AT_ENCAP:
                return stop(BPF_OK, end)
            keys = write_keys(keys)
        if node.select is None:
            return keys, end, None
        selected = value(node.select)
        for index, edge in enumerate(node.edges):
            if edge.target in self.unroller.nodes and edge.match.matches(selected):
                return keys, end, index
        return keys, end, None


def dissect(graph: ParseGraph, frame: bytes, flags: int = 0) -> Result:
    return ReferenceDissector(graph).run(frame, flags)
