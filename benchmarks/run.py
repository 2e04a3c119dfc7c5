"""The benchmark suite: every shipped profile, figures side by side, one run.

    sudo python benchmarks/run.py [--trials 9] [--repeat 500000] [--out results.json]
                                  [--profiles kernel,...] [--anchor PIN_OR_DIR]

For each profile: build time (the whole `flowdsl build` process, median of 3), the
verifier's figures, and `flowdsl bench` (program alone against an empty program;
whole in-kernel path against the built-in C dissector and an empty BPF dissector).

With an anchor (the kernel's `bpf_flow.c`, pinned by `../shared/bench/anchor.sh DIR`):
`--anchor` names its pin or DIR (whose `anchor.env` holds `FLOWDSL_ANCHOR=<pin>`), else
the FLOWDSL_ANCHOR environment variable does. Every profile's bench then runs with
`--baseline <pin>`, so the anchor is measured in the same interleaved trials, and the
kernel profile is measured once more on the classes of issue 16's table (written as a
capture and given with `--pcap`), side by side with `bpf_flow.c`.

Prints markdown tables (the README's performance section is one such run), with the
load average before and after (the machines are shared), and writes the raw JSON. Not
a test: timings belong in a report, not in assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from flowdsl.protocols.samples import ethernet, gre, ipv4, ipv6, tcp, udp, vlan

PROFILES = ("kernel", "overlay", "minimal")


def anchor_classes() -> list[tuple[str, bytes]]:
    """The classes of issue 16's table (bpf_flow.c against the kernel profile)."""
    hbh = bytes([60, 0]) + bytes(6)  # Hop-by-Hop, 8 bytes, next: Destination Options
    dst = bytes([17, 0]) + bytes(6)  # Destination Options, 8 bytes, next: UDP
    return [
        ("IPv4/UDP", ethernet(0x0800, ipv4(17, udp()))),
        ("IPv4/TCP", ethernet(0x0800, ipv4(6, tcp()))),
        ("IPv6/TCP", ethernet(0x86DD, ipv6(6, tcp()))),
        ("IPv6 HBH+DstOpts/UDP", ethernet(0x86DD, ipv6(0, hbh + dst + udp()))),
        ("IPIP/TCP", ethernet(0x0800, ipv4(4, ipv4(6, tcp())))),
        ("GRE/IPv4/TCP", ethernet(0x0800, ipv4(47, gre(0x0800, ipv4(6, tcp()))))),
        ("QinQ/IPv6/TCP", ethernet(0x88A8, vlan(100, 0x8100, vlan(200, 0x86DD,
                                                                ipv6(6, tcp()))))),
    ]


def write_pcap(path: Path, frames: list[tuple[str, bytes]]) -> None:
    out = struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1)  # LINKTYPE_ETHERNET
    for _, frame in frames:
        out += struct.pack("<IIII", 0, 0, len(frame), len(frame)) + frame
    path.write_bytes(out)


def find_anchor(given: str | None) -> str | None:
    """The anchor's pin: ``given`` (a pin, or anchor.sh's DIR), else FLOWDSL_ANCHOR."""
    where = given or os.environ.get("FLOWDSL_ANCHOR")
    if not where:
        return None
    env = Path(where) / "anchor.env"
    if Path(where).is_dir() and env.is_file():
        for line in env.read_text().splitlines():
            if line.startswith("FLOWDSL_ANCHOR="):
                return line.split("=", 1)[1].strip().strip("'\"")
        sys.exit(f"run.py: {env} has no FLOWDSL_ANCHOR= line")
    return where


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


def bench(profile: str, trials: int, repeat: int, baseline: str | None = None,
          pcap: Path | None = None) -> dict[str, Any]:
    command = [sys.executable, "-m", "flowdsl", "bench", "--profile", profile,
               "--trials", str(trials), "--repeat", str(repeat), "--json"]
    command += ["--baseline", baseline] if baseline else []
    command += ["--pcap", str(pcap)] if pcap else []
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"run.py: {' '.join(command[1:])} failed ({done.returncode}): "
                 f"{done.stderr.strip()}")
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def cell(spread: dict[str, float] | None, digits: int = 1) -> str:
    if not spread or spread.get("median") is None:
        return "-"
    return "/".join(f"{spread[k]:.{digits}f}" for k in ("min", "median", "max"))


def load() -> str:
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


def print_anchor_table(report: dict[str, Any], names: list[str], trials: int) -> None:
    base = report["baseline"]
    print(f"\n**kernel profile against `bpf_flow.c`** (pin {base['source']}, entry program "
          f"{base['xlated_bytes']} B xlated, {base['verified_insns']} verified insns; its "
          f"tail-call targets are not counted): ns per packet, min/median/max of {trials} "
          "interleaved trials; ratios per trial (flowdsl over bpf_flow.c from the same "
          "trial)\n")
    print("| class | alone, above empty: bpf_flow.c | flowdsl | flowdsl/bpf_flow.c | "
          "whole path: bpf_flow.c | flowdsl | flowdsl/bpf_flow.c | flowdsl/keys only | "
          "bpf_flow.c/keys only |")
    print("|---|---|---|---|---|---|---|---|---|")
    path = {p["class"]: p for p in report["whole_path"]}
    notes = []
    for name, c in zip(names, report["classes"], strict=True):
        p = path[c["class"]]
        print(f"| {name} | {cell(c['baseline_above_empty_ns'])} | {cell(c['above_empty_ns'])} "
              f"| {cell(c['above_empty_vs_baseline'], 2)} | {cell(p['baseline_ns'])} | "
              f"{cell(p['program_ns'])} | {cell(p['program_vs_baseline'], 2)} | "
              f"{cell(p['program_vs_keys_only'], 2)} | {cell(p['baseline_vs_keys_only'], 2)} |")
        if c["verdict"] != c["baseline_verdict"]:
            notes.append(f"{name}: flowdsl returns {c['verdict']}, bpf_flow.c "
                         f"{c['baseline_verdict']}")
    for note in notes:
        print(f"\nNote: verdicts differ, {note}.")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=9)
    parser.add_argument("--repeat", type=int, default=500_000)
    parser.add_argument("--out", default="benchmarks/latest.json")
    parser.add_argument("--profiles", default=",".join(PROFILES),
                        help="comma-separated (default: all shipped)")
    parser.add_argument("--anchor", metavar="PIN_OR_DIR",
                        help="the pinned bpf_flow.c, or anchor.sh's DIR (default: "
                        "$FLOWDSL_ANCHOR)")
    args = parser.parse_args()
    anchor = find_anchor(args.anchor)
    results: dict[str, Any] = {"kernel_release": platform.release(),
                                  "cpus": os.cpu_count(), "load_before": load(),
                                  "anchor": anchor, "trials": args.trials,
                                  "repeat": args.repeat}
    profiles: dict[str, dict[str, Any]] = {}
    for profile in args.profiles.split(","):
        print(f"benchmarking {profile} ...", file=sys.stderr)
        report = bench(profile, args.trials, args.repeat, anchor)
        report["build_process_seconds"] = build_seconds(profile)
        profiles[profile] = report
    names = [name for name, _ in anchor_classes()]
    if anchor:
        print("benchmarking kernel against the anchor on issue 16's classes ...",
              file=sys.stderr)
        with tempfile.TemporaryDirectory() as scratch:
            pcap = Path(scratch) / "anchor-classes.pcap"
            write_pcap(pcap, anchor_classes())
            results["anchor_classes"] = bench("kernel", args.trials, args.repeat, anchor,
                                              pcap)
    results["load_after"] = load()
    results["profiles"] = profiles
    Path(args.out).write_text(json.dumps(results, indent=1))

    print(f"Linux {results['kernel_release']}, {results['cpus']} CPUs; load average "
          f"(1/5/15 min) before {results['load_before']}, after {results['load_after']}\n")
    print("| profile | verified_insns | xlated | jited | build (process) |")
    print("|---|---|---|---|---|")
    for profile, r in profiles.items():
        print(f"| {profile} | {r['verified_insns']} | {r['xlated_bytes']} B | "
              f"{r['jited_bytes']} B | {r['build_process_seconds']:.2f} s |")
    for profile, r in profiles.items():
        print(f"\n**{profile}**: ns per packet, min/median/max of {args.trials} interleaved "
              "trials; ratios per trial\n")
        extra = " | bpf_flow.c above empty | /bpf_flow.c | path: bpf_flow.c | /bpf_flow.c" \
            if anchor else ""
        print("| class | alone: above empty | path: built-in C | empty BPF | keys only | "
              f"flowdsl | /empty | /keys only | /built-in{extra} |")
        print("|---|---|---|---|---|---|---|---|---|" + ("---|" * 4 if anchor else ""))
        path = {p["class"]: p for p in r["whole_path"]}
        for c in r["classes"]:
            p = path[c["class"]]
            row = (f"| {c['class']} | {cell(c['above_empty_ns'])} | {cell(p['builtin_ns'])} | "
                   f"{cell(p['empty_ns'])} | {cell(p['keys_only_ns'])} | "
                   f"{cell(p['program_ns'])} | {cell(p['program_vs_empty'], 2)} | "
                   f"{cell(p['program_vs_keys_only'], 2)} | {cell(p['program_vs_builtin'], 2)}")
            if anchor:
                row += (f" | {cell(c['baseline_above_empty_ns'])} | "
                        f"{cell(c['above_empty_vs_baseline'], 2)} | {cell(p['baseline_ns'])} | "
                        f"{cell(p['program_vs_baseline'], 2)}")
            print(row + " |")
    if anchor:
        print_anchor_table(results["anchor_classes"], names, args.trials)
    return 0


if __name__ == "__main__":
    sys.exit(main())
