"""Every profile the format allows builds and loads: random subsets of the library's
protocols with random limits and policies (200 per run), each through the verifier. The
one refusal allowed is the deepest chain of headers ending past what a BPF program can
address (two encapsulations of everything with the longest repeats): P003 at the
profile's limits, or E025 when the library's own limits already do it, reported with
the fix before LLVM or the verifier."""

from __future__ import annotations

import os

from flowdsl.codegen.build import build
from flowdsl.dsl.profile import apply_profile, parse_profile
from flowdsl.dsl.reference import ReferenceDissector
from flowdsl.protocols import library_graph
from flowdsl.runtime.testrun import test_run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flowdsl.errors import SpecError
from tests.conftest import load_or_skip
from tests.protocols.test_vectors import ALL

PROFILES = int(os.environ.get("FLOWDSL_RANDOM_PROFILES", "200"))
LIBRARY = library_graph()
NAMES = [n for n in LIBRARY.names if n != LIBRARY.entry]
GROUPS = sorted({n.limit for n in LIBRARY.nodes if n.limit})
POLICY = st.sampled_from(["stop", "drop", "kernel"])


@st.composite
def profiles(draw: st.DrawFn) -> str:
    chosen = draw(st.lists(st.sampled_from(NAMES), unique=True))
    lines = ["[profile]", 'name = "random"', "[protocols]"]
    key = draw(st.sampled_from(["enable", "disable"]))
    lines.append(f"{key} = [{', '.join(repr(n).replace(chr(39), chr(34)) for n in chosen)}]")
    lines += ["[limits]", f"encap_depth = {draw(st.integers(0, 2))}",
              f'on_limit = "{draw(POLICY)}"', "[limits.repeats]"]
    lines += [f"{g} = {draw(st.integers(0, 4))}" for g in GROUPS if draw(st.booleans())]
    policies = draw(st.dictionaries(st.sampled_from([LIBRARY.entry, *NAMES]), POLICY,
                                    max_size=4))
    lines += ["[policies]", *(f'{n} = "{p}"' for n, p in policies.items())]
    return "\n".join(lines) + "\n"


def test_random_profiles_build_and_pass_the_verifier() -> None:
    built: list[int] = []
    too_deep: list[str] = []
    frames = [v.frame for v in ALL[::7]]

    @settings(max_examples=PROFILES, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow])
    @given(text=profiles())
    def check(text: str) -> None:
        profile = parse_profile(text, "random.toml")
        try:
            graph = apply_profile(LIBRARY, profile)
            obj = build(graph).obj
        except SpecError as error:  # the profile's limits (P003) or the library's (E025)
            assert {p.code for p in error.problems} in ({"E025"}, {"P003"}), \
                f"{text}\n{error}"
            assert "past the 65535" in str(error) and "encap_depth" in str(error)
            too_deep.append(text)
            return
        with load_or_skip(obj) as program:
            assert program.info.verified_insns > 0
            reference = ReferenceDissector(graph)
            for frame in frames:  # and it dissects as its reference says
                run, ref = test_run(program.fd.fd, frame), reference.run(frame)
                assert run.verdict == ref.verdict, f"{text}\n{frame.hex()}"
        built.append(len(graph.nodes))

    check()
    assert len(built) + len(too_deep) >= PROFILES
    assert len(too_deep) <= PROFILES // 10, "most random profiles must build"
    print(f"{len(built)} random profiles built and verified, "
          f"{min(built)} to {max(built)} protocols")
