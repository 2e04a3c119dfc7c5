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
- A baseline (``--baseline``: another flow dissector, such as the kernel's ``bpf_flow.c``)
  is measured in the same trials, next to the program, on both. Ratios are per trial
  (the program's figure over the baseline's, the empty program's or the keys-only
  floor's from the same trial), then min/median/max over trials.
- Where the kernel puts a program's JIT image moves its time: two loads of the same
  object differed by up to 5 ns on GRE/IPv4/TCP (benchmarks/compare.py), as much as a
  change to code generation. So the program alone runs as ``PROGRAM_COPIES`` loads of
  it, each in every trial, and its time in a trial is their mean (a pinned baseline is
  one image, and is measured as it is).
- Within a trial the contenders of a class run one after the other, starting with a
  different one each trial (``_in_turn``), so none always runs first or right after the
  same one: a place in the order costs or saves a little (the caches and branch
  predictors the one before leaves), and a ratio must not carry it.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from flowdsl.dsl.abi import SKB_FLOW_KEYS, VERDICT_NAMES
from flowdsl.dsl.keys import KEY_SLOTS, FlowKeys, InputFlags
from flowdsl.runtime.links import attach_to_netns
from flowdsl.runtime.loader import Program, load_insns
from flowdsl.runtime.netns import in_private_netns
from flowdsl.runtime.oracle import hash_program
from flowdsl.runtime.testrun import run_packet, test_run
from flowdsl.runtime.uapi import BPF_ALU64_MOV_K, BPF_EXIT, BPF_LDX_DW, BPF_ST_W, insn

Progress = Callable[[int, int], None]
PROGRAM_COPIES = 3  # loads of the program measured alone (see the top)
T = TypeVar("T")
R = TypeVar("R")


def empty_program() -> Program:
    """``return BPF_OK``: the hook's own cost, the floor any dissector is measured on."""
    return load_insns(insn(BPF_ALU64_MOV_K, dst=0, imm=0) + insn(BPF_EXIT), name="flowdsl_empty")


def verdict_name(verdict: int) -> str:
    """A verdict in JSON as every command spells it (README: JSON output)."""
    return VERDICT_NAMES.get(verdict, str(verdict))


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


def _in_turn(contenders: Sequence[T], trial: int, frame: bytes,
             measure: Callable[[T, bytes], R]) -> list[R]:
    """``measure`` of each contender on ``frame``, in the order given, run in an order
    that changes with the trial: a rotation by ``trial // 2``, backwards on odd trials.
    Over trials every contender takes every place equally often, and of any two each
    runs first as often as the other (before, the empty program and the keys-only floor
    always ran before the program, so a ratio to them carried what the place costs)."""
    start = trial // 2 % len(contenders)
    order = list(range(start, len(contenders))) + list(range(start))
    if trial % 2:
        order.reverse()
    measured: dict[int, R] = {}
    for index in order:
        measured[index] = measure(contenders[index], frame)
    return [measured[index] for index in range(len(contenders))]


@dataclass
class Spread:
    samples: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    def to_dict(self) -> dict[str, float | None]:
        if not self.samples:  # a ratio over a baseline no trial measured above empty
            return {"min": None, "median": None, "max": None}
        return {"min": round(min(self.samples), 2), "median": round(self.median, 2),
                "max": round(max(self.samples), 2)}

    def cell(self, digits: int = 1) -> str:
        if not self.samples:
            return "-"
        return "/".join(f"{v:.{digits}f}" for v in (min(self.samples), self.median,
                                                     max(self.samples)))


def ratio(ours: float, theirs: float, spread: Spread) -> None:
    """Add ``ours / theirs`` to ``spread`` (a trial whose baseline figure is not above 0,
    which a time above empty can be within the noise, gives no ratio)."""
    if theirs > 0:
        spread.samples.append(ours / theirs)


@dataclass
class ClassResult:
    name: str
    program: Spread = field(default_factory=Spread)
    empty: Spread = field(default_factory=Spread)
    above_empty: Spread = field(default_factory=Spread)
    verdict: int = -1
    # with a baseline (else all empty)
    baseline: Spread = field(default_factory=Spread)
    baseline_above_empty: Spread = field(default_factory=Spread)
    above_empty_vs_baseline: Spread = field(default_factory=Spread)  # per trial
    vs_baseline: Spread = field(default_factory=Spread)  # program / baseline, per trial
    baseline_verdict: int | None = None

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "class": self.name, "verdict": verdict_name(self.verdict),
            "program_ns": self.program.to_dict(),
            "empty_ns": self.empty.to_dict(), "above_empty_ns": self.above_empty.to_dict()}
        if self.baseline_verdict is not None:
            out.update({"baseline_verdict": verdict_name(self.baseline_verdict),
                        "baseline_ns": self.baseline.to_dict(),
                        "baseline_above_empty_ns": self.baseline_above_empty.to_dict(),
                        "above_empty_vs_baseline": self.above_empty_vs_baseline.to_dict(),
                        "program_vs_baseline": self.vs_baseline.to_dict()})
        return out


def bench_program(program_fds: Sequence[int], classes: Sequence[tuple[str, bytes]],
                  trials: int = 9, repeat: int = 500_000, flags: int = 0,
                  progress: Progress | None = None,
                  baseline_fd: int | None = None) -> list[ClassResult]:
    """The program alone (``program_fds``: loads of it, their mean per trial), next to
    an empty program and the baseline."""
    results = [ClassResult(name) for name, _ in classes]
    copies = len(program_fds)
    with empty_program() as empty:
        total = trials * len(classes)
        for trial in range(trials):
            for index, (_, frame) in enumerate(classes):
                result = results[index]
                contenders = [empty.fd.fd, *program_fds] + \
                    ([] if baseline_fd is None else [baseline_fd])
                runs = _in_turn(contenders, trial, frame,
                                lambda fd, packet: test_run(fd, packet, flags, repeat))
                base = runs[0].wall_ns
                ours = statistics.fmean(run.wall_ns for run in runs[1:1 + copies])
                theirs = runs[1 + copies] if baseline_fd is not None else None
                result.verdict = runs[1].verdict
                result.empty.samples.append(base)
                result.program.samples.append(ours)
                result.above_empty.samples.append(ours - base)
                if theirs is not None:
                    result.baseline_verdict = theirs.verdict
                    result.baseline.samples.append(theirs.wall_ns)
                    result.baseline_above_empty.samples.append(theirs.wall_ns - base)
                    ratio(ours - base, theirs.wall_ns - base,
                          result.above_empty_vs_baseline)
                    ratio(ours, theirs.wall_ns, result.vs_baseline)
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
    # with a baseline (else all empty); keys only is the floor for the program's keys
    baseline: Spread = field(default_factory=Spread)
    vs_baseline: Spread = field(default_factory=Spread)  # program / baseline, per trial
    baseline_vs_keys_only: Spread = field(default_factory=Spread)
    baseline_vs_builtin: Spread = field(default_factory=Spread)

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "class": self.name, "builtin_ns": self.builtin.to_dict(),
            "empty_ns": self.empty.to_dict(), "keys_only_ns": self.keys_only.to_dict(),
            "program_ns": self.program.to_dict(),
            "program_vs_empty": self.vs_empty.to_dict(),
            "program_vs_keys_only": self.vs_keys_only.to_dict(),
            "program_vs_builtin": self.vs_builtin.to_dict()}
        if self.baseline.samples:
            out.update({"baseline_ns": self.baseline.to_dict(),
                        "program_vs_baseline": self.vs_baseline.to_dict(),
                        "baseline_vs_keys_only": self.baseline_vs_keys_only.to_dict(),
                        "baseline_vs_builtin": self.baseline_vs_builtin.to_dict()})
        return out


def bench_whole_path(program_fd: int, classes: Sequence[tuple[str, bytes]], trials: int = 9,
                     repeat: int = 200_000, progress: Progress | None = None,
                     baseline_fd: int | None = None) -> list[PathResult]:
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
                    contenders = [None, empty.fd.fd, floors[index].fd.fd, program_fd] + \
                        ([] if baseline_fd is None else [baseline_fd])
                    times = _in_turn(contenders, trial, frame, lambda fd, packet: timed(packet, fd))
                    builtin, floor, keys_floor, ours = times[:4]
                    theirs = times[4] if baseline_fd is not None else None
                    if theirs is not None:
                        result.baseline.samples.append(theirs)
                        result.vs_baseline.samples.append(ours / theirs)
                        result.baseline_vs_keys_only.samples.append(theirs / keys_floor)
                        result.baseline_vs_builtin.samples.append(theirs / builtin)
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
