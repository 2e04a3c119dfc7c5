"""Differential property test: random and mutated packets of every protocol give the
same verdict and keys in the reference dissector and in the kernel (BPF_PROG_TEST_RUN),
under every shipped profile, and the keys obey the invariants a consumer relies on: no
offset past the packet, thoff never before nhoff or the start, limits held. 10,000
packets per run, after the table vectors and the hostile frames (64 stacked
encapsulations and the like); FLOWDSL_DIFFERENTIAL_EXAMPLES changes the count, and
`python -m tests.soak` runs a million."""

from __future__ import annotations

import os

from flowdsl.dsl.abi import BPF_FLOW_DISSECTOR_CONTINUE
from flowdsl.dsl.keys import FlowKeys
from flowdsl.dsl.reference import ReferenceDissector
from flowdsl.runtime.testrun import test_run
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import describe_mismatch, profile_graph
from tests.protocols.packets import frames, hostile_frames
from tests.protocols.test_vectors import ALL

EXAMPLES = int(os.environ.get("FLOWDSL_DIFFERENTIAL_EXAMPLES", "10000"))
PROFILES = ("kernel", "overlay", "minimal")


def invariant_problem(profile: str, frame: bytes, verdict: int, keys: FlowKeys,
                      path: tuple[str, ...]) -> str:
    """What a consumer of the keys would trip on, if anything (keys of CONTINUE are
    discarded by the kernel, so they are exempt)."""
    if verdict == BPF_FLOW_DISSECTOR_CONTINUE:
        return ""
    if not 14 <= keys.nhoff <= keys.thoff <= len(frame):
        return f"offsets out of order or past the packet: nhoff {keys.nhoff}, thoff " \
            f"{keys.thoff}, {len(frame)} bytes"
    graph = profile_graph(profile)
    limits = dict(graph.limits.repeats)
    groups = {n.name: n.limit for n in graph.nodes if n.limit}
    per_level = graph.limits.encap_depth + 1
    for group, most in limits.items():
        visits = sum(1 for node in path if groups.get(node) == group)
        if visits > most * per_level:
            return f"{visits} {group} headers, past the limit of {most} per level"
    return ""


def test_reference_equals_kernel(profile_program) -> None:  # type: ignore[no-untyped-def]
    programs = {name: profile_program(name).fd.fd for name in PROFILES}
    references = {name: ReferenceDissector(profile_graph(name)) for name in PROFILES}
    seen = []
    visited: dict[str, set[str]] = {name: set() for name in PROFILES}

    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(frame=frames(), flags=st.integers(0, 7))
    def check(frame: bytes, flags: int) -> None:
        seen.append(1)
        for name in PROFILES:
            run = test_run(programs[name], frame, flags)
            ref = references[name].run(frame, flags)
            visited[name].update(ref.path)
            problem = describe_mismatch(run.verdict, run.keys, ref.verdict, ref.keys)
            problem = problem or invariant_problem(name, frame, run.verdict, run.keys, ref.path)
            assert not problem, f"{name} profile, frame {frame.hex()} flags {flags}:\n{problem}"

    for vector in ALL:  # the table vectors first: every node of every profile, surely
        check = example(frame=vector.frame, flags=vector.flags)(check)
    for _, frame in hostile_frames():
        for flags in (0, 7):
            check = example(frame=frame, flags=flags)(check)
    check()
    print(f"differential: {len(seen)} packets x {len(PROFILES)} profiles, no mismatch")
    assert len(seen) >= EXAMPLES, f"only {len(seen)} packets were generated"
    for name in PROFILES:  # the generator reaches every protocol of every profile
        missing = set(profile_graph(name).names) - visited[name]
        assert not missing, f"{name}: no generated packet reached {sorted(missing)}"
