"""Path state: how limits make every walk through a cyclic parse graph finite.

The graph may have cycles (IPIP, VLAN stacks, IPv6 extension chains). A walk carries a
State: the node, how many encapsulations it crossed, and how many times in a row it
visited each limit group (``Protocol(limit="vlan_tags")``). Crossing an encapsulation
resets the group counts. A transition past a limit is refused, and the walker applies
the graph's ``on_limit`` policy.

Codegen unrolls the graph into one basic block per reachable State, so a State keeps
only what can still matter: the depth only if an encapsulation is reachable from the
node, and only the counts of groups reachable before the next encapsulation. That
keeps one copy of, say, TCP for every path that reaches it. The reference dissector
walks the same States, so both apply the limits identically.
"""

from __future__ import annotations

from dataclasses import dataclass

from flowdsl.dsl.graph import Edge, Node, ParseGraph


@dataclass(frozen=True, order=True)
class State:
    node: str
    depth: int  # encapsulations crossed; -1 when no encapsulation is reachable
    counts: tuple[tuple[str, int], ...]  # (limit group, visits in a row), sorted

    def label(self) -> str:
        parts = [self.node]
        if self.depth >= 0:
            parts.append(f"d{self.depth}")
        parts.extend(f"{group}{count}" for group, count in self.counts)
        return "_".join(parts)


def crosses_encap(node: Node, edge: Edge) -> bool:
    return edge.encap or node.encap


class Unroller:
    def __init__(self, graph: ParseGraph) -> None:
        self.graph = graph
        self.nodes = {n.name: n for n in graph.nodes}
        # Reverse edges, each marked with whether it crosses an encapsulation: both tables
        # below are backward searches, linear in the graph (a search from every node
        # would be quadratic, and a spec may chain a thousand protocols).
        self._into: dict[str, list[tuple[str, bool]]] = {n.name: [] for n in graph.nodes}
        for n in graph.nodes:
            for e in n.edges:
                if e.target in self.nodes:
                    self._into[e.target].append((n.name, crosses_encap(n, e)))
        # Whether an encapsulation is reachable from the node (the node itself included).
        encap_reachable = self._reaching(
            [n.name for n in graph.nodes if n.encap or any(e.encap for e in n.edges)],
            through_encap=True)
        self._encap_reachable = {n.name: n.name in encap_reachable for n in graph.nodes}
        # The limit groups reachable from the node before the next encapsulation.
        groups: dict[str, set[str]] = {n.name: set() for n in graph.nodes}
        for group in sorted({n.limit for n in graph.nodes if n.limit}):
            members = [n.name for n in graph.nodes if n.limit == group]
            for name in self._reaching(members, through_encap=False):
                groups[name].add(group)
        self._groups = {name: frozenset(found) for name, found in groups.items()}
        self._leading_to: dict[State, set[State]] | None = None
        self._topological: list[State] | None = None

    def _reaching(self, targets: list[str], through_encap: bool) -> set[str]:
        """The nodes from which one of ``targets`` can be reached (targets included)."""
        seen, todo = set(targets), list(targets)
        while todo:
            for source, encap in self._into[todo.pop()]:
                if source not in seen and (through_encap or not encap):
                    seen.add(source)
                    todo.append(source)
        return seen

    def canonical(self, node: str, depth: int, counts: dict[str, int]) -> State:
        keep = self._groups[node]
        return State(
            node,
            depth if self._encap_reachable[node] else -1,
            tuple(sorted((g, c) for g, c in counts.items() if g in keep and c)),
        )

    def start(self) -> State | None:
        return self.enter(self.graph.entry, 0, {})

    def enter(self, node: str, depth: int, counts: dict[str, int]) -> State | None:
        """The state after entering ``node``, or None if its repeat limit is exceeded."""
        group = self.nodes[node].limit
        counts = dict(counts)
        if group:
            counts[group] = counts.get(group, 0) + 1
            if counts[group] > (self.graph.limits.repeat(group) or 0):
                return None
        return self.canonical(node, depth, counts)

    def take(self, state: State, edge: Edge) -> State | None:
        """The state after following ``edge`` from ``state``, or None at a limit."""
        node = self.nodes[state.node]
        depth, counts = state.depth, dict(state.counts)
        if crosses_encap(node, edge):
            if depth >= self.graph.limits.encap_depth:
                return None
            depth, counts = depth + 1, {}
        return self.enter(edge.target, depth, counts)

    def successors(self, state: State) -> list[tuple[Edge, State | None]]:
        """Each edge the program follows from ``state``, with the State it leads to (None
        where a limit refuses it). Nodes without a select follow no edge."""
        node = self.nodes[state.node]
        if node.select is None:
            return []
        return [(e, self.take(state, e)) for e in node.edges if e.target in self.nodes]

    def longest_chain(self, first_offset: int) -> tuple[int, list[State]]:
        """The furthest byte any header can end at, when the first starts at or before
        ``first_offset``, and the States of that longest path through the (acyclic)
        unrolled graph."""
        order = self.topological()
        if not order:
            return first_offset, []
        # from the start of each State: the furthest end, and the next State on that walk
        longest: dict[State, tuple[int, State | None]] = {}
        for state in reversed(order):  # a State after all it leads to
            best = max(self.following(state), key=lambda nxt: longest[nxt][0], default=None)
            node = self.nodes[state.node]
            longest[state] = (max(node.max_size, node.max_advance +
                                  (longest[best][0] if best else 0)), best)
        start = order[0]
        chain: list[State] = []
        walk: State | None = start
        while walk is not None:
            chain.append(walk)
            walk = longest[walk][1]
        return first_offset + longest[start][0], chain

    def topological(self) -> list[State]:
        """Every reachable State, each before all the States it leads to."""
        if self._topological is None:
            self._topological = self._sort()
        return self._topological

    def _sort(self) -> list[State]:
        start = self.start()
        if start is None:
            return []
        order: list[State] = []  # post-order: every State after all it leads to
        seen = {start}
        stack = [(start, iter(self.following(start)))]
        while stack:  # iterative: unrolled graphs can be deeper than recursion
            state, pending = stack[-1]
            nxt = next(pending, None)
            if nxt is None:
                stack.pop()
                order.append(state)
            elif nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, iter(self.following(nxt))))
        return order[::-1]

    def furthest_starts(self, first_offset: int) -> dict[State, int]:
        """For each reachable State, the furthest offset its header can start at when the
        first header starts at or before ``first_offset``: the most any path adds to it
        (``codegen/lower.py`` bounds the verifier's first walk of each State by it)."""
        order = self.topological()
        furthest = {order[0]: first_offset} if order else {}
        for state in order:
            end = furthest[state] + self.nodes[state.node].max_advance
            for nxt in self.following(state):
                furthest[nxt] = max(furthest.get(nxt, 0), end)
        return furthest

    def leading_to(self, state: State) -> set[State]:
        """The States with an edge to ``state``."""
        if self._leading_to is None:
            self._leading_to = {}
            for source in self.topological():
                for nxt in self.following(source):
                    self._leading_to.setdefault(nxt, set()).add(source)
        return self._leading_to.get(state, set())

    def following(self, state: State) -> list[State]:
        """The States ``state`` has an edge to."""
        return [nxt for _, nxt in self.successors(state) if nxt is not None]
