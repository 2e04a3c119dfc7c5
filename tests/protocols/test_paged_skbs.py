"""Real paged skbs (issue: headers beyond the linear area): every table vector of every
shipped profile written through a NAPI_FRAGS tap, split at every header boundary, at
random offsets inside headers, and with every header in a fragment of its own.

On each skb, with the program: the hash equals the linear skb's (the keys do not depend
on where the headers are) and, wherever they agree on the linear skb, the built-in
dissector's; the dissection succeeds or fails as the reference dissector says; the
payload offset is the one skb_get_poff computes from the reference's keys (after the
kernel's clamp of thoff into the linear part). The reference dissector's own model of
paged skbs is checked first, without a kernel.
"""

from __future__ import annotations

import itertools
import random

import pytest
from flowdsl.dsl.reference import ReferenceDissector, Result
from flowdsl.runtime.paged import MAX_PIECES, MIN_LINEAR
from scapy.layers.inet import GRE, IP, TCP, UDP
from scapy.layers.inet6 import IPv6
from scapy.layers.l2 import Dot1Q, Ether
from scapy.layers.vxlan import VXLAN

from flowdsl.skbtest import Case, header_cuts, run_cases
from tests.conftest import MAC_DST, MAC_SRC, profile_graph
from tests.protocols.test_vectors import KERNEL
from tests.protocols.vectors import Vector, minimal_vectors, overlay_vectors

VECTORS = {"kernel": KERNEL, "overlay": overlay_vectors(), "minimal": minimal_vectors()}
RANDOM_INSIDE = 3  # layouts cut at a random offset inside a header, per frame


def test_reference_model_of_paged_skbs() -> None:
    """With an skb the helper reads through the fragments: the outcome of the whole
    frame; without one (test runs, eth_get_headlen) only the linear part exists."""
    reference = ReferenceDissector(profile_graph("kernel"))
    frame = bytes(Ether(src=MAC_SRC, dst=MAC_DST) / IP(src="10.0.0.1", dst="10.0.0.2")
                  / TCP(sport=1, dport=2))
    whole = reference.run(frame)
    for linear in range(MIN_LINEAR, len(frame) + 1):
        paged = reference.run(frame, linear=linear, skb=True)
        assert (paged.verdict, paged.keys) == (whole.verdict, whole.keys)
        skb_less = reference.run(frame, linear=linear)
        cut = reference.run(frame[:linear])
        assert (skb_less.verdict, skb_less.keys) == (cut.verdict, cut.keys)
        assert skb_less.copied == ()
    assert reference.run(frame, linear=14, skb=True).copied == ("ipv4", "tcp")
    assert reference.run(frame, linear=36, skb=True).copied == ("tcp",)
    assert reference.run(frame, linear=40, skb=True).copied == ()  # the ports are linear
    assert reference.run(frame, linear=34, skb=True).starts == (14, 14, 34)
    assert whole.copied == ()


def layouts(vector: Vector, result: Result, rng: random.Random) -> list[tuple[int, ...]]:
    """Each header boundary in turn; random cuts inside headers; all boundaries at once
    (each header in a fragment of its own)."""
    frame = vector.frame
    boundaries = [cut for (cut,) in header_cuts(result, frame)]
    out = [(cut,) for cut in boundaries]
    edges = sorted({MIN_LINEAR, *boundaries, len(frame)})
    inside = [cut for start, end in itertools.pairwise(edges)
              for cut in range(start + 1, end)]
    out.extend((cut,) for cut in rng.sample(inside, min(RANDOM_INSIDE, len(inside))))
    if 1 < len(boundaries) < MAX_PIECES:
        out.append(tuple(boundaries))
    return out


def vector_cases(profile: str, reference: ReferenceDissector) -> list[Case]:
    rng = random.Random(f"paged-{profile}")
    cases: list[Case] = []
    seen: set[bytes] = set()
    for vector in VECTORS[profile]:
        if len(vector.frame) < MIN_LINEAR or vector.frame in seen:
            continue
        seen.add(vector.frame)
        linear_index = len(cases)
        cases.append(Case(vector.name, vector.frame, (), linear_index))
        result = reference.run(vector.frame, skb=True)
        cases.extend(Case(vector.name, vector.frame, cuts, linear_index)
                     for cuts in layouts(vector, result, rng))
    return cases


@pytest.mark.parametrize("profile", sorted(VECTORS))
def test_vectors_as_paged_skbs(profile: str, profile_program) -> None:  # type: ignore[no-untyped-def]
    program = profile_program(profile)
    reference = ReferenceDissector(profile_graph(profile))
    cases = run_cases(program.fd.fd, vector_cases(profile, reference), reference)
    wrong = []
    for case in cases:
        linear = cases[case.linear_index].outcome
        assert linear is not None
        # where the built-in dissector hashes what no BPF dissector reports (VLAN ids,
        # GRE keys) or does not parse at all (UDP tunnels), it differs on the linear skb
        by_design = linear.builtin.hash != linear.program.hash
        wrong.extend(f"{case.label}, {case.layout}: {p.text}" for p in case.problems
                     if not (p.kind == "builtin" and by_design))
    assert not wrong, "\n".join(wrong)
    paged = [c for c in cases if c.cuts]
    fragments_read = [c for c in paged if c.reference and c.reference.copied]
    assert len(paged) > 2 * len(VECTORS[profile]) // 3, "too few paged layouts to mean much"
    assert len(fragments_read) > len(paged) // 2, "most layouts must read from fragments"


E = Ether(src=MAC_SRC, dst=MAC_DST)


def flows(kind: str) -> list[bytes]:
    """Four flows of one class, as in the issue's table."""
    out = []
    for n in range(4):
        inner = IP(src="10.0.0.1", dst=f"10.0.1.{n + 1}")
        packet = {
            "IPv4/TCP": E / inner / TCP(sport=1000 + n, dport=80),
            "IPv4/UDP": E / inner / UDP(sport=1000 + n, dport=53),
            "IPv6/TCP": E / IPv6(src="2001:db8::1", dst=f"2001:db8::{n + 2}")
            / TCP(sport=1000 + n, dport=80),
            "GRE/IPv4/TCP": E / IP(src="192.0.2.1", dst="192.0.2.2") / GRE()
            / inner / TCP(sport=1000 + n, dport=80),
            "VLAN/IPv4/TCP": E / Dot1Q(vlan=7) / inner / TCP(sport=1000 + n, dport=80),
            "VXLAN/IPv4/TCP": E / IP(src="192.0.2.1", dst="192.0.2.2")
            / UDP(sport=5000, dport=4789) / VXLAN(vni=5) / E / inner
            / TCP(sport=1000 + n, dport=80),
        }[kind]
        out.append(bytes(packet))
    return out


CLASSES = {"IPv4/TCP": (14, 34), "IPv4/UDP": (14, 34), "IPv6/TCP": (14, 54),
           "GRE/IPv4/TCP": (14, 34, 38, 58), "VLAN/IPv4/TCP": (14, 18, 38)}


@pytest.mark.parametrize("gro", [False, True], ids=["gro-off", "gro-on"])
def test_flows_stay_apart_on_paged_skbs(gro: bool, profile_program) -> None:  # type: ignore[no-untyped-def]
    """The issue's table: four flows, split after each header; as many distinct hashes
    as the built-in dissector, and the same ones (VLAN: the built-in one also hashes
    the VLAN id, so only the count). Overlay: VXLAN's inner flows, split anywhere in
    the outer headers, against the same frames linear."""
    checks = {"kernel": CLASSES, "overlay": {"VXLAN/IPv4/TCP": (14, 34, 42, 50, 64, 84)}}
    for profile, classes in checks.items():
        reference = ReferenceDissector(profile_graph(profile))
        cases: list[Case] = []
        for kind, cuts in classes.items():
            for frame in flows(kind):
                linear_index = len(cases)
                cases.append(Case(kind, frame, (), linear_index))
                cases.extend(Case(kind, frame, (cut,), linear_index) for cut in cuts)
        cases = run_cases(profile_program(profile).fd.fd, cases, reference, gro=gro)
        for kind, cuts in classes.items():
            for layout in [(), *((cut,) for cut in cuts)]:
                chosen = [c for c in cases if c.label == kind and c.cuts == layout]
                assert len(chosen) == 4
                ours = {c.outcome.program.hash for c in chosen if c.outcome}
                builtin = {c.outcome.builtin.hash for c in chosen if c.outcome}
                where = f"{profile} {kind} split {layout or 'none'}, GRO {gro}"
                assert len(ours) == 4, f"{where}: {len(ours)} distinct hashes"
                if profile == "kernel":
                    assert len(builtin) == 4, where
                if kind in ("VLAN/IPv4/TCP", "VXLAN/IPv4/TCP"):
                    continue
                assert ours == builtin, f"{where}: not the built-in dissector's hashes"
        bad = [f"{c.label} {c.layout}: {p.text}" for c in cases for p in c.problems
               if p.kind != "builtin"]
        assert not bad, "\n".join(bad)


MISALIGNED_SPEC = '''
from flowdsl.dsl import U8, U16, U32, Header, Protocol, bind
from flowdsl.protocols import ipv4, udp


class Odd(Header):
    kind = U8()
    ethertype = U16()  # at offset 1
    tenant = U32()  # at offset 3
    pad = U8()


odd = Protocol(Odd, select=Odd.ethertype, require=[Odd.tenant != 0], encap=True)
bindings = [bind(udp, odd, dport=7778), bind(odd, ipv4, ethertype=0x0800)]
'''


def test_misaligned_fields_read_from_a_copy(tmp_path, profile_program) -> None:  # type: ignore[no-untyped-def]
    """Stack loads must be aligned, so a field at an odd offset is assembled from aligned
    pieces: the verifier accepts it, and linear and paged skbs give the reference's
    verdict and keys (tenant 0 fails its require)."""
    from flowdsl.codegen.build import build
    from flowdsl.runtime.testrun import test_run

    from flowdsl.pipeline import load_graph
    from tests.conftest import describe_mismatch, load_or_skip

    profile_program("kernel")  # skips or fails (CI) here if there is no kernel
    spec = tmp_path / "odd.py"
    spec.write_text(MISALIGNED_SPEC)
    graph = load_graph(str(spec), None)
    reference = ReferenceDissector(graph)
    frames = []
    for tenant in (0, 0x01020304, 0xFFFFFF00):
        shim = bytes([7]) + (0x0800).to_bytes(2, "big") + tenant.to_bytes(4, "big") + b"\0"
        frames.append(bytes(E / IP(src="192.0.2.1", dst="192.0.2.2")
                            / UDP(sport=9, dport=7778) / shim
                            / IP(src="10.0.0.1", dst="10.0.0.2") / TCP(sport=1, dport=2)))
    with load_or_skip(build(graph).obj) as program:
        for frame in frames:
            run, ref = test_run(program.fd.fd, frame), reference.run(frame)
            assert not describe_mismatch(run.verdict, run.keys, ref.verdict, ref.keys)
        cases: list[Case] = []
        for frame in frames:
            linear_index = len(cases)
            cases.append(Case("odd", frame, (), linear_index))
            cases.extend(Case("odd", frame, (cut,), linear_index)
                         for cut in (14, 42, 44, 46, 51))
        cases = run_cases(program.fd.fd, cases, reference)
    bad = [f"{c.layout}: {p.text}" for c in cases for p in c.problems if p.kind != "builtin"]
    assert not bad, "\n".join(bad)
    assert {c.reference.verdict_name for c in cases if c.reference} == {"BPF_OK", "BPF_DROP"}
