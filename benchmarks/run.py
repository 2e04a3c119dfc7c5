"""The benchmark suite: every shipped profile, figures side by side, one run.

    sudo python benchmarks/run.py [--trials 9] [--repeat 500000] [--out results.json]

For each profile: build time (the whole `flowdsl build` process, median of 3), the
verifier's figures, and `flowdsl bench` (program alone against an empty program;
whole in-kernel path against the built-in C dissector and an empty BPF dissector).
Prints markdown tables (the README's performance section is one such run) and writes
the raw JSON. Not a test: timings belong in a report, not in assertions.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROFILES = ("kernel", "overlay", "minimal")


def build_seconds(profile: str, runs: int = 3) -> float:
    times = []
    with tempfile.TemporaryDirectory() as scratch:
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "flowdsl", "build", "--profile", profile,
                            "--no-verify", "-o", str(Path(scratch) / "x.o")],
                           check=True, capture_output=True)
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def bench(profile: str, trials: int, repeat: int) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-m", "flowdsl", "bench", "--profile", profile,
                          "--trials", str(trials), "--repeat", str(repeat), "--json"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def cell(spread: dict[str, float], digits: int = 1) -> str:
    return "/".join(f"{spread[k]:.{digits}f}" for k in ("min", "median", "max"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=9)
    parser.add_argument("--repeat", type=int, default=500_000)
    parser.add_argument("--out", default="benchmarks/latest.json")
    args = parser.parse_args()
    results = {}
    for profile in PROFILES:
        print(f"benchmarking {profile} ...", file=sys.stderr)
        report = bench(profile, args.trials, args.repeat)
        report["build_process_seconds"] = build_seconds(profile)
        results[profile] = report
    Path(args.out).write_text(json.dumps(results, indent=1))
    print("| profile | verified_insns | xlated | jited | build (process) |")
    print("|---|---|---|---|---|")
    for profile, r in results.items():
        print(f"| {profile} | {r['verified_insns']} | {r['xlated_bytes']} B | "
              f"{r['jited_bytes']} B | {r['build_process_seconds']:.2f} s |")
    for profile, r in results.items():
        print(f"\n**{profile}**: ns per packet, min/median/max of {args.trials} interleaved "
              "trials; ratios per trial\n")
        print("| class | alone: above empty | path: built-in C | empty BPF | keys only | "
              "flowdsl | /empty | /keys only | /built-in |")
        print("|---|---|---|---|---|---|---|---|---|")
        path = {p["class"]: p for p in r["whole_path"]}
        for c in r["classes"]:
            p = path[c["class"]]
            print(f"| {c['class']} | {cell(c['above_empty_ns'])} | {cell(p['builtin_ns'])} | "
                  f"{cell(p['empty_ns'])} | {cell(p['keys_only_ns'])} | "
                  f"{cell(p['program_ns'])} | {cell(p['program_vs_empty'], 2)} | "
                  f"{cell(p['program_vs_keys_only'], 2)} | {cell(p['program_vs_builtin'], 2)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
