"""The kernel's built-in C dissector as an oracle, by the flow hash (kernel.md §5).

A tc program that invalidates the skb hash and asks for it again makes the kernel
dissect the packet and hash the keys. Run in a namespace without a BPF dissector, the
built-in C dissector produced them; with our program attached, our program did. Equal
hashes mean equal keys for everything a BPF dissector can hand the kernel (addresses,
ports, protocols, flow label). Where the built-in dissector also hashes keys a BPF
dissector cannot report (the first VLAN tag, GRE keys, TIPC node addresses), the
hashes differ by design.
"""

from __future__ import annotations

import errno
from collections.abc import Sequence
from dataclasses import dataclass

from flowdsl.runtime.links import attach_to_netns
from flowdsl.runtime.loader import Program, load_insns
from flowdsl.runtime.netns import in_private_netns
from flowdsl.runtime.testrun import run_packet
from flowdsl.runtime.uapi import (
    BPF_ALU64_MOV_X,
    BPF_CALL,
    BPF_EXIT,
    BPF_FUNC_GET_HASH_RECALC,
    BPF_FUNC_SET_HASH_INVALID,
    AttachType,
    ProgType,
    insn,
)

from flowdsl.errors import BpfError


def hash_program() -> Program:
    """``bpf_set_hash_invalid(skb); return bpf_get_hash_recalc(skb);`` as SCHED_CLS."""
    code = (insn(BPF_ALU64_MOV_X, dst=6, src=1)  # keep skb: calls clobber r1-r5
            + insn(BPF_CALL, imm=BPF_FUNC_SET_HASH_INVALID)
            + insn(BPF_ALU64_MOV_X, dst=1, src=6)
            + insn(BPF_CALL, imm=BPF_FUNC_GET_HASH_RECALC)
            + insn(BPF_EXIT))
    return load_insns(code, name="flowdsl_hash", prog_type=ProgType.SCHED_CLS,
                      attach_type=AttachType.UNSPEC)


@dataclass(frozen=True)
class HashPair:
    label: str
    builtin: int | None  # the hash from the kernel's built-in C dissector's keys
    program: int | None  # the hash from the BPF program's keys
    # None: the kernel refuses to test-run this frame as an skb (EINVAL: it is shorter
    # than the L3 header its ethertype promises, e.g. a bare Ethernet header)

    @property
    def comparable(self) -> bool:
        return self.builtin is not None and self.program is not None

    @property
    def same(self) -> bool:
        return self.comparable and self.builtin == self.program


def _hash(hasher_fd: int, frame: bytes) -> int | None:
    try:
        return run_packet(hasher_fd, frame)[0]
    except BpfError as error:
        if error.errno == errno.EINVAL:
            return None
        raise


def compare_with_builtin(program_fd: int,
                         packets: Sequence[tuple[str, bytes]]) -> list[HashPair]:
    """Each packet's flow hash by the built-in dissector and by ``program_fd``."""

    def work(netns_fd: int) -> list[HashPair]:
        with hash_program() as hasher:
            builtin = [_hash(hasher.fd.fd, frame) for _, frame in packets]
            with attach_to_netns(program_fd, netns_fd):
                ours = [_hash(hasher.fd.fd, frame) for _, frame in packets]
        return [HashPair(label, b, o) for (label, _), b, o in zip(packets, builtin, ours,
                                                                  strict=True)]

    return in_private_netns(work)
