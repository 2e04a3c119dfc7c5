"""Every path of the built-in library, through the reference dissector and the kernel,
under each shipped profile; and the kernel profile against the built-in C dissector."""

from __future__ import annotations

import pytest
from flowdsl.dsl.reference import ReferenceDissector
from flowdsl.protocols import default_graph
from flowdsl.runtime.testrun import test_run

from tests.conftest import describe_mismatch, profile_graph
from tests.protocols.vectors import (
    Vector,
    kernel_selftest_vectors,
    library_vectors,
    minimal_vectors,
    nonip_vectors,
    overlay_vectors,
    vectors,
)

KERNEL = vectors() + kernel_selftest_vectors() + library_vectors() + nonip_vectors()
ALL = KERNEL + overlay_vectors() + minimal_vectors()
REFERENCE = ReferenceDissector(default_graph())


@pytest.mark.parametrize("vector", ALL, ids=[v.name for v in ALL])
def test_reference(vector: Vector) -> None:
    result = ReferenceDissector(profile_graph(vector.profile)).run(vector.frame, vector.flags)
    problem = describe_mismatch(result.verdict, result.keys, vector.verdict, vector.keys)
    assert not problem, f"{vector.name} (path {' -> '.join(result.path)}):\n{problem}"


@pytest.mark.parametrize("vector", ALL, ids=[v.name for v in ALL])
def test_kernel(vector: Vector, profile_program) -> None:  # type: ignore[no-untyped-def]
    run = test_run(profile_program(vector.profile).fd.fd, vector.frame, vector.flags)
    problem = describe_mismatch(run.verdict, run.keys, vector.verdict, vector.keys)
    assert not problem, f"{vector.name}:\n{problem}"


def test_default_is_the_kernel_profile() -> None:
    assert default_graph() == profile_graph("kernel")


# (where the network headers' fixed parts end, where the transport header starts)
TRUNCATION_BASES = {
    "ipv4-options-tcp-options": (34, 42),
    "ipv6-tcp": (54, 54),
    "ipv4-udp": (34, 34),
}


@pytest.mark.parametrize("name", sorted(TRUNCATION_BASES))
def test_truncated_at_every_header_boundary(name: str,
                                            default_program) -> None:  # type: ignore[no-untyped-def]
    """Cut at every byte, as the built-in dissector sees it: inside a network header's
    fixed part, BPF_DROP; in IPv4 options or the transport header, BPF_OK with thoff at
    the transport header's start (or the cut, where the options are cut), and the ports
    only when all four bytes are there."""
    vector = next(v for v in ALL if v.name == name)
    frame = vector.frame
    fixed_end, transport = TRUNCATION_BASES[name]
    for cut in range(14, len(frame) + 1):
        ref = REFERENCE.run(frame[:cut], vector.flags)
        run = test_run(default_program.fd.fd, frame[:cut], vector.flags)
        problem = describe_mismatch(run.verdict, run.keys, ref.verdict, ref.keys)
        assert not problem, f"cut at {cut}:\n{problem}"
        if cut < fixed_end:
            assert ref.verdict == 2, f"cut at {cut} should drop"
            continue
        assert ref.verdict == 0, f"cut at {cut} should succeed"
        assert ref.keys.thoff == min(transport, cut), f"cut at {cut}"
        has_ports = cut >= transport + 4
        assert (ref.keys.sport == vector.keys.sport) == has_ports or not vector.keys.sport


@pytest.mark.parametrize("profile", ["kernel", "overlay", "minimal"])
def test_every_vector_cut_at_every_byte(profile: str, profile_program) -> None:  # type: ignore[no-untyped-def]
    """Each table vector of a profile, cut at every byte: the kernel and the reference
    agree, and thoff stays inside what is left."""
    program = profile_program(profile).fd.fd
    reference = ReferenceDissector(profile_graph(profile))
    cuts = 0
    for vector in (v for v in ALL if v.profile == profile):
        for cut in range(14, len(vector.frame)):
            frame = vector.frame[:cut]
            run, ref = test_run(program, frame, vector.flags), reference.run(frame, vector.flags)
            problem = describe_mismatch(run.verdict, run.keys, ref.verdict, ref.keys)
            assert not problem, f"{vector.name} cut at {cut}:\n{problem}"
            assert run.verdict == 129 or run.keys.thoff <= cut
            cuts += 1
    assert cuts > 200
