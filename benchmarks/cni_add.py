"""The pod ADD latency flowdsl-cni adds, with a warm node cache.

    sudo python benchmarks/cni_add.py [--pods 200] [--out benchmarks/results-....md]

Plays the runtime on a throwaway node (tests/cni/runtime.py: its own namespaces, bpffs,
cache; nothing of the host's changes): warms the cache with one ADD, then for each of
N pods (namespaces made with `ip netns add`) times

- the flowdsl-cni ADD invocation as a process (what a runtime waits for: the
  interpreter's start, the imports, the work), and
- the same ADD in this process, once the imports are done (``flowdsl.cni.run``: the
  work itself), after a DEL of the first;
- the same ADD through the node agent (flowdsl/cni_agent.py, served from this process)
  by its static client (deploy/kubernetes/cni-client.c, built with gcc) as a process:
  what a runtime waits for on a node where the DaemonSet runs the agent;

with a prevResult in the bridge plugin's form (the bridge plugin itself is not run: its
time is not flowdsl-cni's). Then the floors under the process figure: the interpreter
alone, and the plugin's imports. Prints a markdown report (and writes it with --out);
checks that the pods share one program and that nothing is left.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.cni.runtime import Node

NETWORK = "fdcni-bench"
CLIENT_SOURCE = Path(__file__).resolve().parents[1] / "deploy" / "kubernetes" / "cni-client.c"


def prev_result(pod_netns: str, address: str) -> dict[str, object]:
    return {"cniVersion": "1.0.0",
            "interfaces": [{"name": "cni0", "mac": "0a:58:0a:4d:00:01"},
                           {"name": "veth1234abcd", "mac": "0a:58:0a:4d:00:02"},
                           {"name": "eth0", "mac": "0a:58:0a:4d:00:03",
                            "sandbox": pod_netns}],
            "ips": [{"interface": 2, "address": address, "gateway": "10.77.0.1"}],
            "dns": {}}


def figures(samples: list[float]) -> str:
    """min / median / p95 / max, ms."""
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return f"{ms[0]:.1f} / {statistics.median(ms):.1f} / {p95:.1f} / {ms[-1]:.1f}"


def timed_process(argv: list[str], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        out.append(time.perf_counter() - started)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pods", type=int, default=200)
    parser.add_argument("--floor-runs", type=int, default=30)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()

    from flowdsl.runtime.deploy import Deployer  # noqa: F401

    from flowdsl.cni import run  # noqa: F401  (the imports, before anything is timed)
    from flowdsl.cni_agent import make_server

    work = Path(tempfile.mkdtemp(prefix="fdcni-bench-"))
    client = work / "flowdsl-cni"
    subprocess.run(["gcc", "-O2", "-static", "-o", str(client), str(CLIENT_SOURCE)],
                   check=True)
    socket_path = work / "run" / "cni.sock"
    server = make_server(socket_path)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    with Node() as node:
        conf = node.flowdsl_conf(NETWORK)
        warm = node.new_pod()
        started = time.perf_counter()
        first = node.exec_plugin("flowdsl-cni", conf, node.env("ADD", warm))
        cold = time.perf_counter() - started
        assert first.status == 0, first
        pods = [node.new_pod() for _ in range(args.pods)]
        process: list[float] = []
        inprocess: list[float] = []
        agent: list[float] = []
        for i, pod in enumerate(pods):
            stdin = conf | {"prevResult": prev_result(pod.netns, f"10.77.{i // 250}."
                                                      f"{i % 250 + 2}/16")}
            started = time.perf_counter()
            done = node.exec_plugin("flowdsl-cni", stdin, node.env("ADD", pod))
            process.append(time.perf_counter() - started)
            assert done.status == 0 and done.out == stdin["prevResult"], done
            assert node.run_inprocess(conf, node.env("DEL", pod)).status == 0
            started = time.perf_counter()
            again = node.run_inprocess(stdin, node.env("ADD", pod))
            inprocess.append(time.perf_counter() - started)
            assert again.status == 0, again
            assert node.run_inprocess(conf, node.env("DEL", pod)).status == 0
            started = time.perf_counter()
            served = subprocess.run([str(client)], input=json.dumps(stdin).encode(),
                                    env=node.env("ADD", pod) | {
                                        "FLOWDSL_CNI_AGENT": str(socket_path)},
                                    capture_output=True)
            agent.append(time.perf_counter() - started)
            assert served.returncode == 0 and json.loads(served.stdout) == \
                stdin["prevResult"], served
        shared = list((node.pin_root / "programs").iterdir())
        assert len(shared) == 1, shared
        users = len([e for e in shared[0].iterdir() if e.name.startswith("netns_")])
        assert users == args.pods + 1, users
        for pod in [warm, *pods]:
            assert node.run_inprocess(conf, node.env("DEL", pod)).status == 0
        assert not list(node.pin_root.iterdir())
    server.shutdown()
    server.server_close()
    shutil.rmtree(work, ignore_errors=True)

    python = sys.executable
    interpreter = timed_process([python, "-I", "-c", "pass"], args.floor_runs)
    package = timed_process([python, "-I", "-c", "import flowdsl"], args.floor_runs)
    imports = timed_process([python, "-I", "-c", "import flowdsl.cni, flowdsl.compile_cache, "
                             "flowdsl.runtime.deploy, flowdsl.runtime.elf"], args.floor_runs)

    lines = [
        "# flowdsl-cni: pod ADD latency, warm node cache",
        "",
        f"`python benchmarks/cni_add.py --pods {args.pods}`, "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; "
        "Linux 6.18, 2 cores shared with other work (figures move from run to run). "
        f"{args.pods} pods, kernel profile, `stats: false`: one shared program "
        f"({users} namespaces on it at the end).",
        "",
        "| what | ms: min / median / p95 / max |",
        "|---|---|",
        f"| flowdsl-cni ADD as a process (what the runtime waits for) | {figures(process)} |",
        f"| flowdsl-cni ADD in process, after the imports (the work) | {figures(inprocess)} |",
        "| flowdsl-cni ADD through the node agent: the static client as a process, the "
        f"work in the agent (deploy/kubernetes/cni-client.c) | {figures(agent)} |",
        f"| the interpreter alone (`python -I -c pass`) | {figures(interpreter)} |",
        f"| `python -I -c 'import flowdsl'` (the package's `__init__`) | {figures(package)} |",
        f"| the plugin's imports on a warm ADD | {figures(imports)} |",
        f"| the first ADD on the node (cold cache: compiles) | {cold * 1000:.0f} |",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if args.out:
        args.out.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
