"""Keys whose value is known when a store happens: a store of the value a key holds
already is left out.

The kernel hands the program n_proto set to the ethertype it dissects (and the rest of
the keys zeroed); the entry selects on it, so on its edge to IPv4 n_proto is ETH_P_IP,
and IPv4's own ``n_proto = ETH_P_IP`` writes what is there. Likewise a header that sets
a key to the field it selects on (GRE's n_proto, a VLAN tag's) leaves a known constant
on each value edge, and an edge that writes n_proto (IPIP's ``as_ipv4``) often writes
what the header before it wrote. Every such store is two instructions (the constant,
then the store) on the linear path of every IP header.

A forward walk of the unrolled graph in topological order: on arrival at a State, what
holds on every way in (the meet of its predecessors' edges); then the State's stores in
the order the program makes them (codegen/lower.py, rules 3 to 9). Values are host-order
constants, truncated to the key's width, or the expression a key was stored from: a
field of the current header (dropped when the walk leaves it, unless an edge's select
value turns it into a constant) or the input n_proto (valid until the key is written).
The widening walk (lower.py) enters States too, but only the verifier follows it.
"""

from __future__ import annotations

from flowdsl.dsl.expr import Const, Expr, FieldRef, InputProto
from flowdsl.dsl.graph import Edge, Node
from flowdsl.dsl.keys import KEY_SLOTS, TRANSPORT_KEYS
from flowdsl.dsl.unroll import State, Unroller

Value = int | Expr
Known = dict[str, Value]


def _same(a: Value, b: Value) -> bool:
    """Whether two known values are equal (expressions overload ``==`` to build
    comparisons, so they are compared by what they read)."""
    if isinstance(a, int) or isinstance(b, int):
        return isinstance(a, int) and isinstance(b, int) and a == b
    if isinstance(a, InputProto) and isinstance(b, InputProto):
        return True
    return isinstance(a, FieldRef) and isinstance(b, FieldRef) and a.key == b.key


def _overlap(a: str, b: str) -> bool:
    x, y = KEY_SLOTS[a], KEY_SLOTS[b]
    return x.offset < y.offset + y.size and y.offset < x.offset + x.size


class KnownKeys:
    """For every State: which of its key stores (its node's, its edges') write a
    constant the key holds already on every path there."""

    def __init__(self, unroller: Unroller, after_transport_keys: frozenset[str]) -> None:
        self.unroller = unroller
        self.after_transport_keys = after_transport_keys
        self._node_redundant: dict[State, frozenset[str]] = {}
        self._edge_redundant: dict[tuple[State, Edge], frozenset[str]] = {}
        order = unroller.topological()
        arrival: dict[State, Known] = {}
        if order:
            arrival[order[0]] = {"n_proto": InputProto()}
        for state in order:  # every State after all the States that lead to it
            node = unroller.nodes[state.node]
            known, redundant = self._node_stores(node, dict(arrival[state]))
            self._node_redundant[state] = frozenset(redundant)
            for edge, following in unroller.successors(state):
                out, redundant = self._edge_stores(node, edge, dict(known))
                self._edge_redundant[state, edge] = frozenset(redundant)
                if following is None:
                    continue
                before = arrival.get(following)
                arrival[following] = out if before is None else {
                    key: value for key, value in before.items()
                    if key in out and _same(value, out[key])}

    def node_redundant(self, state: State) -> frozenset[str]:
        """The keys of ``state``'s node whose constant is already there."""
        return self._node_redundant.get(state, frozenset())

    def edge_redundant(self, state: State, edge: Edge) -> frozenset[str]:
        """The keys ``edge`` writes from ``state`` whose constant is already there."""
        return self._edge_redundant.get((state, edge), frozenset())

    # -- the stores, in the order lower.py makes them ----------------------------------
    def _node_stores(self, node: Node, known: Known) -> tuple[Known, list[str]]:
        redundant: list[str] = []
        if node.encap:  # rule 8: is_encap first, then the keys
            self._mark_encap(node, known)
        for assign in node.keys:  # rule 3 (or 8)
            value: Value = assign.value.value if isinstance(assign.value, Const) \
                else assign.value
            if self._store(known, assign.key, value):
                redundant.append(assign.key)
        if node.fragment is not None:  # rule 6: set on some paths only
            for key in ("is_frag", "is_first_frag"):
                known.pop(key, None)
        if node.link_layer:  # rule 5
            known.pop("nhoff", None)
        return known, redundant

    def _edge_stores(self, node: Node, edge: Edge, known: Known) -> tuple[Known, list[str]]:
        if edge.match.kind == "value" and not edge.fallback and node.select is not None:
            select = node.select
            for key, value in list(known.items()):
                if not isinstance(value, int) and _same(value, select):
                    known[key] = self._truncated(key, edge.match.value)
        redundant = [key for key, value in edge.keys if self._store(known, key, value)]
        if edge.encap:
            self._mark_encap(node, known)
        # the header's fields mean nothing in the next one
        return {key: value for key, value in known.items()
                if isinstance(value, int | InputProto)}, redundant

    def _mark_encap(self, node: Node, known: Known) -> None:
        self._store(known, "is_encap", 1)
        if node.name in self.after_transport_keys:
            for key in TRANSPORT_KEYS:
                self._store(known, key, 0)

    def _store(self, known: Known, key: str, value: Value) -> bool:
        """Record a store of ``value`` into ``key``; whether the key held it already."""
        if isinstance(value, int):
            value = self._truncated(key, value)
        held = known.get(key)
        if held is not None and _same(held, value) and isinstance(value, int):
            return True
        for other in [k for k in known if _overlap(k, key)]:
            del known[other]
        known[key] = value
        return False

    @staticmethod
    def _truncated(key: str, value: int) -> int:
        return value & ((1 << 8 * KEY_SLOTS[key].size) - 1)
