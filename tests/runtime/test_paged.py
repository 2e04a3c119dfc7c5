"""The paged-skb harness itself: frames written into a NAPI_FRAGS tap in a private
namespace, hashed at tcx ingress and measured by a packet socket's payload offset."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from flowdsl.dsl.abi import BPF_DROP
from flowdsl.runtime import caps
from flowdsl.runtime.loader import Program, load_insns
from flowdsl.runtime.oracle import compare_with_builtin
from flowdsl.runtime.paged import MIN_LINEAR, dissect_real_skbs, split_frame
from flowdsl.runtime.uapi import BPF_ALU64_MOV_K, BPF_EXIT, AttachType, ProgType, insn
from scapy.layers.inet import IP, TCP
from scapy.layers.l2 import Ether

from flowdsl.errors import BpfError
from tests.conftest import MAC_DST, MAC_SRC, kernel_unavailable
from tests.runtime.objects import baseline_objects, settled_objects

PAYLOAD = b"payload-data"


def tcp_frame(flow: int, payload: bytes = PAYLOAD) -> bytes:
    return bytes(Ether(src=MAC_SRC, dst=MAC_DST)
                 / IP(src=f"10.0.0.{flow + 1}", dst="10.0.1.1")
                 / TCP(sport=1000 + flow, dport=80) / payload)


@pytest.fixture(scope="module")
def drop_program() -> Iterator[Program]:
    """A flow dissector that fails every dissection (returns BPF_DROP, writes no key)."""
    if os.geteuid() != 0:
        kernel_unavailable("needs root (a namespace, a tap, CAP_BPF and CAP_NET_ADMIN)")
    if not caps.effective() & (1 << caps.CAP_SYS_ADMIN):
        kernel_unavailable("needs CAP_SYS_ADMIN for a private network namespace")
    if not Path("/dev/net/tun").exists():
        kernel_unavailable("no /dev/net/tun (modprobe tun)")
    try:
        program = load_insns(insn(BPF_ALU64_MOV_K, dst=0, imm=BPF_DROP) + insn(BPF_EXIT),
                             prog_type=ProgType.FLOW_DISSECTOR,
                             attach_type=AttachType.FLOW_DISSECTOR)
    except BpfError as error:
        if error.errno in (errno.EPERM, errno.EACCES):
            kernel_unavailable("needs root (CAP_BPF and CAP_NET_ADMIN)")
        raise
    yield program
    program.close()


# unsplit, cut after Ethernet, after IPv4, both
SPLITS: tuple[list[int], ...] = ([], [14], [34], [14, 34])


def test_builtin_dissector_reads_through_fragments(drop_program: Program) -> None:
    frames = [tcp_frame(flow) for flow in range(4)]
    results = dissect_real_skbs(drop_program.fd.fd,
                                [(frame, cuts) for frame in frames for cuts in SPLITS])
    by_flow = [results[i * len(SPLITS):(i + 1) * len(SPLITS)] for i in range(len(frames))]
    unsplit = [flow[0].builtin.hash for flow in by_flow]
    assert len(set(unsplit)) == 4, "four flows, four hashes"
    for flow, hash_value in zip(by_flow, unsplit, strict=True):
        assert [r.builtin.hash for r in flow] == [hash_value] * len(SPLITS), \
            "the built-in dissector's hash must not depend on where the frame is cut"
        assert [r.builtin.payload_offset for r in flow] == [54] * len(SPLITS)  # 14 + 20 + 20
        assert not any(r.builtin.payload_offset_capped for r in flow)
    # The same keys as BPF_PROG_TEST_RUN's skb: the real-skb hash equals the oracle's.
    oracle = compare_with_builtin(drop_program.fd.fd, [(str(i), f) for i, f in enumerate(frames)])
    assert [pair.builtin for pair in oracle] == unsplit


def test_failing_program_is_seen_on_every_skb(drop_program: Program) -> None:
    results = dissect_real_skbs(drop_program.fd.fd,
                                [(tcp_frame(flow), cuts) for flow in range(4) for cuts in SPLITS])
    assert [r.program.payload_offset for r in results] == [0] * len(results)
    assert not any(r.program.payload_offset_capped for r in results)
    assert len({r.program.hash for r in results}) == 1, "no keys: one hash for every flow"
    assert {r.builtin.payload_offset for r in results} == {54}


def test_payload_offset_at_and_past_the_end(drop_program: Program) -> None:
    no_payload = tcp_frame(0, b"")  # 54 bytes: the payload starts at the very end
    cut_in_tcp = no_payload[:48]  # data offset readable, the TCP header ends at 54
    long_header = bytes(Ether(src=MAC_SRC, dst=MAC_DST) / IP(src="10.0.0.1", dst="10.0.1.1")
                        / TCP(sport=1, dport=2, options=[("NOP", None)] * 40))[:50]
    results = dissect_real_skbs(drop_program.fd.fd, [(no_payload, []), (no_payload, [14]),
                                                     (cut_in_tcp, []), (long_header, [])])
    outcomes = [(r.builtin.payload_offset, r.builtin.payload_offset_capped) for r in results]
    # a 60-byte TCP header from 34: ends at 94, more than 10 bytes past the 50-byte frame
    assert outcomes == [(54, False), (54, False), (54, False), (50 + 11, True)]


def test_cuts_are_checked() -> None:
    frame = tcp_frame(0)
    assert split_frame(frame, [14, 34]) == [frame[:14], frame[14:34], frame[34:]]
    assert split_frame(frame, []) == [frame]
    for cuts in ([MIN_LINEAR - 1], [20, 20], [34, 14], [len(frame)], list(range(14, 33))):
        with pytest.raises(ValueError):
            split_frame(frame, cuts)
    with pytest.raises(ValueError, match="Ethernet header"):
        split_frame(frame[:13], [])
    with pytest.raises(ValueError, match="one page"):
        split_frame(frame + bytes(5000), [14])


def test_nothing_is_left_behind(drop_program: Program) -> None:
    before = baseline_objects()
    dissect_real_skbs(drop_program.fd.fd, [(tcp_frame(0), [14])])
    not_a_program = os.open("/dev/null", os.O_RDONLY | os.O_CLOEXEC)
    try:
        with pytest.raises(BpfError):  # refused before anything is measured
            dissect_real_skbs(not_a_program, [(tcp_frame(0), [])])
    finally:
        os.close(not_a_program)
    assert settled_objects(before) == before, "a probe program, map or link was left"
