"""Many namespaces, one program: how long `flowdsl load`, `status` and `unload` take
for N namespaces, and what each extra namespace costs the kernel.

    sudo python benchmarks/namespaces.py [--count 1000] [--runs 3]

Makes N throwaway namespaces (`ip -batch`, named fdbench-*) and a private bpffs, runs
each command as an operator would (one process for all N namespaces), checks that one
program serves every namespace, and removes everything afterwards. Memory per extra
namespace: the kernel's Slab and memlock accounting (the description map's memlock from
its fdinfo), from 1 to N deployments. Prints a markdown table; not a test.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path


def meminfo_kib(field: str) -> int:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def memlock_kib(pin: Path) -> float:
    """What the kernel charges for the object pinned at ``pin`` (its fdinfo)."""
    from flowdsl.runtime import bpffs

    with bpffs.get(pin) as fd:
        for line in Path(f"/proc/self/fdinfo/{fd.fd}").read_text().splitlines():
            if line.startswith("memlock:"):
                return int(line.split()[1]) / 1024
    return 0.0


def flowdsl(*argv: str) -> tuple[float, str]:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "flowdsl", *argv], capture_output=True,
                          text=True)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"flowdsl {argv[0]} failed: {proc.stderr[-2000:]}")
    return elapsed, proc.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    tag = uuid.uuid4().hex[:6]
    names = [f"fdbench-{tag}-{i}" for i in range(args.count)]
    mount = Path(tempfile.mkdtemp(prefix="flowdsl-bench-bpffs-"))
    subprocess.run(["mount", "-t", "bpf", "bpf", str(mount)], check=True)
    root = ["--pin-root", str(mount / "flowdsl")]
    batch = "".join(f"netns add {name}\n" for name in names)
    subprocess.run(["ip", "-batch", "-"], input=batch, text=True, check=True)
    times: dict[str, list[float]] = {"load": [], "status": [], "unload": [], "load one": [],
                                     "one more, its own command": []}
    memory: list[tuple[float, int]] = []
    try:
        for _ in range(args.runs):
            flowdsl("load", "--netns", names[0], *root)  # the program, loaded once
            slab = meminfo_kib("Slab")
            elapsed, _ = flowdsl("load", "--netns", *names[1:], *root)
            slab_per_ns = (meminfo_kib("Slab") - slab) / max(args.count - 1, 1)
            times["load"].append(elapsed)
            elapsed, out = flowdsl("status", *root, "--json")
            times["status"].append(elapsed)
            mine = [e for e in json.loads(out) if e.get("ours")]
            programs = {e["prog_id"] for e in mine}
            assert len(mine) == args.count and len(programs) == 1, (len(mine), programs)
            deployment = next(iter((mount / "flowdsl").glob("netns_*")))
            memory.append((slab_per_ns, memlock_kib(deployment / "meta")))
            elapsed, _ = flowdsl("unload", "--netns", *names[1:], *root)
            times["unload"].append(elapsed)
            for name in names[1:11]:  # one command per namespace, as a CNI plugin runs
                elapsed, _ = flowdsl("load", "--netns", name, *root)
                times["one more, its own command"].append(elapsed)
            flowdsl("unload", "--netns", *names[:11], *root)
            elapsed, _ = flowdsl("load", "--netns", names[0], *root)
            times["load one"].append(elapsed)
            flowdsl("unload", "--netns", names[0], *root)
    finally:
        batch = "".join(f"netns del {name}\n" for name in names)
        subprocess.run(["ip", "-force", "-batch", "-"], input=batch, text=True,
                       capture_output=True)
        subprocess.run(["umount", "-l", str(mount)], check=False)
        mount.rmdir()

    def cell(values: list[float]) -> str:
        return "/".join(f"{v:.2f}" for v in (min(values), statistics.median(values),
                                            max(values)))

    print(f"# {args.count} namespaces, {args.runs} runs; seconds, min/median/max, whole "
          "process")
    print("| step | seconds |")
    print("|---|---|")
    print(f"| load into {args.count - 1} more (one command) | {cell(times['load'])} |")
    print(f"| status with {args.count} deployments | {cell(times['status'])} |")
    print(f"| unload {args.count - 1} (one command) | {cell(times['unload'])} |")
    print(f"| load into one more, one command each (program shared) | "
          f"{cell(times['one more, its own command'])} |")
    print(f"| load into one, nothing shared yet (builds and verifies) | "
          f"{cell(times['load one'])} |")
    slab = [m[0] for m in memory]
    print(f"\nkernel Slab per extra namespace: {cell(slab)} KiB; its description map: "
          f"{memory[0][1]:.1f} KiB memlock; the program: none (shared)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
