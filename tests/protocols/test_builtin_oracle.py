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


def test_kernel_profile_succeeds_and_fails_like_the_builtin_dissector(profile_program) -> None:  # type: ignore[no-untyped-def]
    """Every table vector as a real skb through a tap: the built-in dissector's verdict
    and payload offset (``skb_get_poff``: 0 when the dissection failed, else thoff plus
    the transport header) equal the program's. This is what the hash cannot show: a
    dissection that fails keeps the keys so far, and hashes like one that succeeds."""
    from flowdsl.runtime.paged import dissect_real_skbs

    program = profile_program("kernel")
    packets = {v.frame: v for v in KERNEL}
    results = dissect_real_skbs(program.fd.fd, [(frame, ()) for frame in packets])
    wrong = []
    for vector, result in zip(packets.values(), results, strict=True):
        builtin, ours = result.builtin, result.program
        if (builtin.payload_offset == 0) != (ours.payload_offset == 0):
            wrong.append(f"{vector.name}: built-in "
                         f"{'fails' if builtin.payload_offset == 0 else 'succeeds'}, "
                         f"flowdsl {'fails' if ours.payload_offset == 0 else 'succeeds'}")
        elif builtin.payload_offset != ours.payload_offset \
                and not (builtin.payload_offset_capped and ours.payload_offset_capped):
            wrong.append(f"{vector.name}: payload offset built-in {builtin.payload_offset}, "
                         f"flowdsl {ours.payload_offset}")
    assert not wrong, "\n".join(wrong)
    assert sum(r.builtin.payload_offset == 0 for r in results) >= 10  # failures are compared
