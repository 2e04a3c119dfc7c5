"""Flow dissector objects side by side, one run: is B faster or slower than A?

    sudo python benchmarks/compare.py A.o B.o [C.o ...] [--trials 51] [--repeat 200000]
                                      [--copies 3] [--classes IPv4/UDP,IPv4/TCP]
                                      [--anchor-classes]

Each of A, B, ... is an object file or a program pinned in a bpffs (such as the anchor,
`bpf_flow.c`, pinned by ../shared/bench/anchor.sh), opened as `flowdsl bench --baseline`
opens it (runtime/baseline.py: a pin only from a directory no other user can write).

Every trial runs each packet class through an empty program and every object back to
back (BPF_PROG_TEST_RUN, wall time / repeat), in a new order each trial, so all see the
same machine state; per class it prints min/median/max over trials of each object above
the empty program, and of each object minus the first within a trial. Give the first
object twice (a copy) to see the noise floor of the run: its difference should be 0.
For a change to code generation: build the same profile before and after (`git stash`,
`flowdsl build -o before.o`, ...). Not a test: a report.

Where the kernel puts a program's JIT image moves its time: two loads of the same
object differed by up to 5 ns on GRE/IPv4/TCP (12.7 and 18.4 ns above empty, one run of
201 trials), more than most changes to code generation. So each object file is loaded
``--copies`` times (default 3), every copy runs in every trial, and an object's time in
a trial is the mean of its copies'. (A pinned program is one image: its copies are the
same program.) ``--anchor-classes``: the classes of issue 16's table (benchmarks/run.py)
instead of `flowdsl bench`'s.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
from pathlib import Path

from flowdsl.protocols.samples import bench_classes
from flowdsl.runtime.baseline import Baseline, open_baseline
from flowdsl.runtime.bench import Spread, empty_program
from flowdsl.runtime.testrun import test_run
from run import anchor_classes  # benchmarks/run.py, next to this script

from flowdsl.errors import FlowdslError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("objects", type=Path, nargs="+")
    parser.add_argument("--trials", type=int, default=51)
    parser.add_argument("--repeat", type=int, default=200_000)
    parser.add_argument("--copies", type=int, default=3,
                        help="loads of each object file, their times averaged per trial")
    parser.add_argument("--anchor-classes", action="store_true",
                        help="the classes of issue 16's table (against bpf_flow.c)")
    parser.add_argument("--classes", metavar="NAMES",
                        help="only these classes, comma separated (e.g. IPv4/UDP,IPv4/TCP): "
                        "more trials of them in the same time")
    args = parser.parse_args(argv)
    if len(args.objects) < 2:
        parser.error("give at least two objects")
    if args.copies < 1:
        parser.error("--copies must be at least 1")
    names = [f"{chr(ord('A') + i)} ({path.name})" for i, path in enumerate(args.objects)]
    classes = anchor_classes() if args.anchor_classes else bench_classes()
    if args.classes:
        wanted = {name.strip() for name in args.classes.split(",")}
        unknown = wanted - {name for name, _ in classes}
        if unknown:
            parser.error(f"unknown class(es) {', '.join(sorted(unknown))}; classes: "
                         + ", ".join(name for name, _ in classes))
        classes = [(name, frame) for name, frame in classes if name in wanted]
    above = {(c, i): Spread() for c, _ in classes for i in range(len(names))}
    delta = {(c, i): Spread() for c, _ in classes for i in range(1, len(names))}
    programs: list[list[Baseline]] = []  # per object, its loaded copies
    order = random.Random(0)
    try:
        for path in args.objects:
            copies: list[Baseline] = []
            programs.append(copies)
            try:
                for _ in range(args.copies if path.is_file() else 1):
                    copies.append(open_baseline(str(path)))
            except FlowdslError as error:
                print(f"compare.py: {error}", file=sys.stderr)
                return error.exit_code
        with empty_program() as empty:
            for name, (program, *_) in zip(names, programs, strict=True):
                print(f"# {name}: verified_insns {program.info.verified_insns}, xlated "
                      f"{program.info.xlated_bytes} B, jited {program.info.jited_bytes} B")
            runs = [(i, copy) for i, copies in enumerate(programs) for copy in copies]
            for _ in range(args.trials):
                for cls, frame in classes:
                    order.shuffle(runs)
                    base = test_run(empty.fd.fd, frame, 0, args.repeat).wall_ns
                    each: dict[int, list[float]] = {}
                    for i, copy in runs:
                        each.setdefault(i, []).append(
                            test_run(copy.fd.fd, frame, 0, args.repeat).wall_ns)
                    times = {i: statistics.fmean(ns) for i, ns in each.items()}
                    for i, ns in times.items():
                        above[cls, i].samples.append(ns - base)
                        if i:
                            delta[cls, i].samples.append(ns - times[0])
    finally:
        for copies in programs:
            for program in copies:
                program.close()
    print(f"# {args.trials} interleaved trials x {args.repeat} runs, each object file "
          f"loaded {args.copies} times (mean of its copies per trial); ns, min/median/max")
    print("| class | " + " | ".join(f"{n} above empty" for n in names) + " | "
          + " | ".join(f"{n[0]} - A" for n in names[1:]) + " |")
    print("|---|" + "---|" * (2 * len(names) - 1))
    for cls, _ in classes:
        cells = [above[cls, i].cell() for i in range(len(names))]
        cells += [delta[cls, i].cell(2) for i in range(1, len(names))]
        print(f"| {cls} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
