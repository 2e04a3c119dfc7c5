"""Program-alone benchmark: ns per packet under BPF_PROG_TEST_RUN, next to an empty
flow dissector measured in the same run.

Timings this small need care (these machines are shared and noisy): every trial runs
each packet class through the empty program and the measured program back to back with
a large ``repeat``, trials are interleaved, and the report gives min/median/max of the
program, of the empty program, and of their difference per trial.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from flowdsl.runtime.loader import Program, load_insns
from flowdsl.runtime.testrun import test_run
from flowdsl.runtime.uapi import BPF_ALU64_MOV_K, BPF_EXIT, insn


def empty_program() -> Program:
    """``return BPF_OK``: the hook's own cost, the floor any dissector is measured on."""
    return load_insns(insn(BPF_ALU64_MOV_K, dst=0, imm=0) + insn(BPF_EXIT), name="flowdsl_empty")


@dataclass
class Spread:
    samples: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    def to_dict(self) -> dict[str, float]:
        return {"min": min(self.samples), "median": self.median, "max": max(self.samples)}


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
                  progress: Callable[[int, int], None] | None = None) -> list[ClassResult]:
    results = [ClassResult(name) for name, _ in classes]
    with empty_program() as empty:
        total = trials * len(classes)
        for trial in range(trials):
            for index, (_, frame) in enumerate(classes):
                base = test_run(empty.fd.fd, frame, flags, repeat).duration_ns
                run = test_run(program_fd, frame, flags, repeat)
                result = results[index]
                result.verdict = run.verdict
                result.empty.samples.append(base)
                result.program.samples.append(run.duration_ns)
                result.above_empty.samples.append(run.duration_ns - base)
                if progress:
                    progress(trial * len(classes) + index + 1, total)
    return results
