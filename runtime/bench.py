"""Benchmarks: the program alone, and the whole in-kernel dissection path.

Timings this small need care (these machines are shared and noisy): every trial runs
each packet class through every contender back to back with a large ``repeat``, trials
are interleaved, and reports give min/median/max, and ratios per trial, of contenders
measured in the same run. Times are the wall time of the test-run syscall divided by
``repeat``: finer than the kernel's whole-ns ``duration``, and the syscall's fixed cost
spread over the repeats is far below a nanosecond.

- Program alone: ``BPF_PROG_TEST_RUN`` of the flow dissector, next to an empty flow
  dissector (``return BPF_OK``): the hook's own cost.
- Whole path (kernel.md §5): a tc program makes the kernel dissect and hash the packet
  (``bpf_set_hash_invalid`` + ``bpf_get_hash_recalc``), in a private network namespace
  with no BPF dissector (the built-in C dissector), an empty one, one that only writes
  the keys the program reports for that packet (the floor for those keys), or the
  program.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from flowdsl.dsl.abi import SKB_FLOW_KEYS
from flowdsl.dsl.keys import KEY_SLOTS, FlowKeys, InputFlags
from flowdsl.runtime.links import attach_to_netns
from flowdsl.runtime.loader import Program, load_insns
from flowdsl.runtime.netns import in_private_netns
from flowdsl.runtime.oracle import hash_program
from flowdsl.runtime.testrun import run_packet, test_run
from flowdsl.runtime.uapi import BPF_ALU64_MOV_K, BPF_EXIT, BPF_LDX_DW, BPF_ST_W, insn

Progress = Callable[[int, int], None]


def empty_program() -> Program:
    """``return BPF_OK``: the hook's own cost, the floor any dissector is measured on."""
    return load_insns(insn(BPF_ALU64_MOV_K, dst=0, imm=0) + insn(BPF_EXIT), name="flowdsl_empty")


def keys_only_program(keys: FlowKeys, verdict: int) -> Program:
    """Writes ``keys`` as constants and returns ``verdict``, parsing nothing: the floor
    of the whole path for a dissector that reports those keys. (The kernel's work on the
    keys it is handed is not free: copying and hashing IPv6 addresses from a BPF
    dissector costs the whole path about 20 ns on its own.)"""
    packed = keys.pack()
    code = insn(BPF_LDX_DW, dst=2, src=1, off=SKB_FLOW_KEYS)
    for offset in range(0, len(packed), 4):
        if offset == KEY_SLOTS["flags"].offset:
            continue  # the input flags are the kernel's
        word = int.from_bytes(packed[offset:offset + 4], "little", signed=True)
        code += insn(BPF_ST_W, dst=2, off=offset, imm=word)
    code += insn(BPF_ALU64_MOV_K, dst=0, imm=verdict) + insn(BPF_EXIT)
    return load_insns(code, name="flowdsl_keys")


@dataclass
class Spread:
    samples: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    def to_dict(self) -> dict[str, float]:
        return {"min": round(min(self.samples), 2), "median": round(self.median, 2),
                "max": round(max(self.samples), 2)}

    def cell(self, digits: int = 1) -> str:
        return "/".join(f"{v:.{digits}f}" for v in (min(self.samples), self.median,
                                                     max(self.samples)))


@dataclass
class ClassResult:
    name: str
    program: Spread = field(default_factory=Spread)
    empty: Spread = field(default_factory=Spread)
    above_empty: Spread = field(default_factory=Spread)
    verdict: int = -1

    def to_dict(self) -> dict[str, object]:
        return {"class": self.name, "verdict": self.verdict, "program_ns": self.program.to_dict(),
                "empty_ns": self.empty.to_dict(), "above_empty_ns": self.above_empty.to_dict()}


def bench_program(program_fd: int, classes: Sequence[tuple[str, bytes]], trials: int = 9,
                  repeat: int = 500_000, flags: int = 0,
                  progress: Progress | None = None) -> list[ClassResult]:
    results = [ClassResult(name) for name, _ in classes]
    with empty_program() as empty:
        total = trials * len(classes)
        for trial in range(trials):
            for index, (_, frame) in enumerate(classes):
                base = test_run(empty.fd.fd, frame, flags, repeat).wall_ns
                run = test_run(program_fd, frame, flags, repeat)
                result = results[index]
                result.verdict = run.verdict
                result.empty.samples.append(base)
                result.program.samples.append(run.wall_ns)
                result.above_empty.samples.append(run.wall_ns - base)
                if progress:
                    progress(trial * len(classes) + index + 1, total)
    return results


@dataclass
class PathResult:
    name: str
    builtin: Spread = field(default_factory=Spread)  # no BPF dissector: the C one
    empty: Spread = field(default_factory=Spread)  # an empty BPF dissector: the floor
    keys_only: Spread = field(default_factory=Spread)  # the same keys, nothing parsed
    program: Spread = field(default_factory=Spread)
    vs_empty: Spread = field(default_factory=Spread)  # program / empty, per trial
    vs_keys_only: Spread = field(default_factory=Spread)  # program / keys only, per trial
    vs_builtin: Spread = field(default_factory=Spread)  # program / built-in, per trial

    def to_dict(self) -> dict[str, object]:
        return {"class": self.name, "builtin_ns": self.builtin.to_dict(),
                "empty_ns": self.empty.to_dict(), "keys_only_ns": self.keys_only.to_dict(),
                "program_ns": self.program.to_dict(),
                "program_vs_empty": self.vs_empty.to_dict(),
                "program_vs_keys_only": self.vs_keys_only.to_dict(),
                "program_vs_builtin": self.vs_builtin.to_dict()}


def bench_whole_path(program_fd: int, classes: Sequence[tuple[str, bytes]], trials: int = 9,
                     repeat: int = 200_000,
                     progress: Progress | None = None) -> list[PathResult]:
    """Per class: ns per packet to dissect and hash it in the kernel with each dissector."""
    results = [PathResult(name) for name, _ in classes]
    # what the program reports for each class, as hashing asks (STOP_AT_FLOW_LABEL)
    floors = [keys_only_program(run.keys, run.verdict) for run in
              (test_run(program_fd, frame, int(InputFlags.STOP_AT_FLOW_LABEL))
               for _, frame in classes)]

    def work(netns_fd: int) -> list[PathResult]:
        with hash_program() as hasher, empty_program() as empty:
            def timed(frame: bytes, dissector: int | None) -> float:
                if dissector is None:
                    return run_packet(hasher.fd.fd, frame, repeat)[1]
                with attach_to_netns(dissector, netns_fd):
                    return run_packet(hasher.fd.fd, frame, repeat)[1]

            total = trials * len(classes)
            for trial in range(trials):
                for index, (_, frame) in enumerate(classes):
                    result = results[index]
                    builtin = timed(frame, None)
                    floor = timed(frame, empty.fd.fd)
                    keys_floor = timed(frame, floors[index].fd.fd)
                    ours = timed(frame, program_fd)
                    result.builtin.samples.append(builtin)
                    result.empty.samples.append(floor)
                    result.keys_only.samples.append(keys_floor)
                    result.program.samples.append(ours)
                    result.vs_empty.samples.append(ours / floor)
                    result.vs_keys_only.samples.append(ours / keys_floor)
                    result.vs_builtin.samples.append(ours / builtin)
                    if progress:
                        progress(trial * len(classes) + index + 1, total)
        return results

    try:
        return in_private_netns(work)
    finally:
        for floor_program in floors:
            floor_program.close()
