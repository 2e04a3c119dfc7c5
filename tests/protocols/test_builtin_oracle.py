"""The kernel profile against the kernel's own built-in C dissector, by the flow hash
(kernel.md §5), in a private network namespace: every table vector, the kernel's
selftest vectors among them. Where the built-in dissector also hashes what a BPF
dissector cannot report (VLAN id, GRE key), the hashes must differ, so that the list
of exceptions cannot go stale."""

from __future__ import annotations

from flowdsl.runtime.oracle import compare_with_builtin

from tests.protocols.test_vectors import KERNEL


def test_kernel_profile_hashes_like_the_builtin_dissector(profile_program) -> None:  # type: ignore[no-untyped-def]
    program = profile_program("kernel")
    packets = {v.frame: v for v in KERNEL}  # flags do not matter: hashing sets its own
    pairs = compare_with_builtin(program.fd.fd, [(v.name, frame)
                                                 for frame, v in packets.items()])
    wrong = [f"{p.label}: built-in {p.builtin}, flowdsl {p.program}"
             for p, v in zip(pairs, packets.values(), strict=True)
             if p.comparable and p.same != v.same_hash]
    assert not wrong, "\n".join(wrong)
    assert sum(p.same for p in pairs) >= 50
    assert sum(not p.comparable for p in pairs) <= 2  # frames shorter than their L3 header
