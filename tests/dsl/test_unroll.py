"""The unrolled graph's order and bounds, which the widening walk of codegen/lower.py
relies on: the verifier walks each State with the widest cursor these give, so a bound
too low would cost it re-walks, and an order that is not topological, the walk's
benefit."""

from __future__ import annotations

from dataclasses import replace

import pytest
from flowdsl.dsl.limits import NHOFF_MAX
from flowdsl.dsl.profile import apply_profile, load_profile
from flowdsl.dsl.unroll import State, Unroller
from flowdsl.protocols import library_graph, profile_path


def _unroller(profile: str, depth: int) -> Unroller:
    graph = apply_profile(library_graph(), load_profile(profile_path(profile)))
    return Unroller(replace(graph, limits=replace(graph.limits, encap_depth=depth)))


def _paths(unroller: Unroller, state: State, offset: int, out: dict[State, int]) -> None:
    """Every State's furthest start by walking every path (exponential: small graphs)."""
    out[state] = max(out.get(state, 0), offset)
    advance = unroller.nodes[state.node].max_advance
    for nxt in unroller.following(state):
        _paths(unroller, nxt, offset + advance, out)


@pytest.mark.parametrize(("profile", "depth"), [("minimal", 1), ("kernel", 0)])
def test_furthest_starts_are_the_furthest_any_path_reaches(profile: str, depth: int) -> None:
    unroller = _unroller(profile, depth)
    start = unroller.start()
    assert start is not None
    walked: dict[State, int] = {}
    _paths(unroller, start, NHOFF_MAX, walked)
    assert unroller.furthest_starts(NHOFF_MAX) == walked


@pytest.mark.parametrize(("profile", "depth"), [("kernel", 1), ("overlay", 4)])
def test_every_state_comes_before_those_it_leads_to(profile: str, depth: int) -> None:
    unroller = _unroller(profile, depth)
    order = unroller.topological()
    position = {state: index for index, state in enumerate(order)}
    assert order[0] == unroller.start() and len(position) == len(order)
    for state in order:
        for nxt in unroller.following(state):
            assert position[state] < position[nxt], (state, nxt)
            assert state in unroller.leading_to(nxt)
    assert not unroller.leading_to(order[0])
