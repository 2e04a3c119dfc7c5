"""Differential property test: random and mutated packets of every protocol give the
same verdict and keys in the reference dissector and in the kernel (BPF_PROG_TEST_RUN),
under every shipped profile. 10,000 packets per run (FLOWDSL_DIFFERENTIAL_EXAMPLES to
change it; the soak target in tests/soak.py runs a million)."""

from __future__ import annotations

import os

from flowdsl.dsl.reference import ReferenceDissector
from flowdsl.runtime.testrun import test_run
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import describe_mismatch, profile_graph
from tests.protocols.packets import frames
from tests.protocols.test_vectors import ALL

EXAMPLES = int(os.environ.get("FLOWDSL_DIFFERENTIAL_EXAMPLES", "10000"))
PROFILES = ("kernel", "overlay", "minimal")


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
            assert not problem, f"{name} profile, frame {frame.hex()} flags {flags}:\n{problem}"

    for vector in ALL:  # the table vectors first: every node of every profile, surely
        check = example(frame=vector.frame, flags=vector.flags)(check)
    check()
    assert len(seen) >= min(EXAMPLES, 10_000), f"only {len(seen)} packets were generated"
    for name in PROFILES:  # the generator reaches every protocol of every profile
        missing = set(profile_graph(name).names) - visited[name]
        assert not missing, f"{name}: no generated packet reached {sorted(missing)}"
