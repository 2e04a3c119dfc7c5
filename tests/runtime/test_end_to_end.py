"""The operator's path, end to end, with real frames written into a tap device in a
throwaway namespace: load with counters, see frames counted per protocol; replace the
profile while frames flow and lose none; disable a protocol and see its frames take the
disabled policy; unload and find no link, program, map or pin left."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from flowdsl.codegen.build import build
from flowdsl.protocols import default_graph
from flowdsl.protocols.samples import bench_classes
from flowdsl.runtime import bpffs, maps
from flowdsl.runtime.netns import resolve

from flowdsl.cli import main
from tests.conftest import load_or_skip
from tests.runtime.objects import baseline_objects, settled_objects
from tests.runtime.tap import open_tap

FRAMES = dict(bench_classes())


def stats(capsys: pytest.CaptureFixture[str], ns: str, root: list[str]) -> dict[str, int]:
    assert main(["stats", "--netns", ns, *root, "--json"]) == 0
    return json.loads(capsys.readouterr().out)["counters"]


def packets(counters: dict[str, int]) -> int:
    return sum(counters[v] for v in ("BPF_OK", "BPF_DROP", "BPF_FLOW_DISSECTOR_CONTINUE"))


def test_operator_path_with_real_frames(pin_root: Path, make_netns,  # type: ignore[no-untyped-def]
                                        capsys) -> None:
    load_or_skip(build(default_graph()).obj).close()
    before = baseline_objects()
    ns = make_netns()
    root = ["--pin-root", str(pin_root)]
    where = pin_root / f"netns_{resolve(ns).inode}"
    tap = open_tap(ns)
    try:
        # 1. load with counters; every frame written is dissected once, per protocol
        assert main(["load", "--stats", "--netns", ns, *root]) == 0
        capsys.readouterr()
        for name, count in (("IPv4/TCP", 100), ("VLAN/IPv4/TCP", 50),
                            ("GRE key/IPv4/TCP", 30)):
            for _ in range(count):
                os.write(tap, FRAMES[name])
        counts = stats(capsys, ns, root)
        assert (counts["vlan"], counts["gre"], counts["BPF_OK"]) == (50, 30, 180)
        assert counts["ipv4"] == 180 + 30  # GRE carries a second IPv4 header

        # 2. replace with the minimal profile while a writer floods the tap
        old_stats = bpffs.get(where / "stats")
        old_slots = json.loads(json.dumps(stats(capsys, ns, root)))
        written = [0]
        stop = threading.Event()
        swapped_at = [0]

        def flood() -> None:  # at least 2,000 frames, 200 of them after the swap
            while not stop.is_set() or written[0] < max(2000, swapped_at[0] + 200):
                os.write(tap, FRAMES["IPv6/TCP"])
                written[0] += 1

        writer = threading.Thread(target=flood)
        writer.start()
        assert main(["load", "--stats", "--profile", "minimal", "--netns", ns, *root]) == 0
        swapped_at[0] = written[0]
        stop.set()
        writer.join()
        capsys.readouterr()
        with old_stats:
            old = maps.percpu_counters(old_stats.fd, list(old_slots))
        new = stats(capsys, ns, root)
        assert packets(old) - 180 + packets(new) == written[0], "a frame went undissected"
        assert packets(new) > 0 and new["ipv6"] == packets(new)
        for _ in range(10):  # the minimal profile hands VLAN frames to the kernel
            os.write(tap, FRAMES["VLAN/IPv4/TCP"])
        assert stats(capsys, ns, root)["BPF_FLOW_DISSECTOR_CONTINUE"] == 10

        # 3. back to the kernel profile, then disable VLAN: tags take the entry's policy
        assert main(["load", "--stats", "--profile", "kernel", "--netns", ns, *root]) == 0
        assert main(["disable", "vlan", "--netns", ns, *root]) == 0
        capsys.readouterr()
        for _ in range(20):
            os.write(tap, FRAMES["VLAN/IPv4/TCP"])
        os.write(tap, FRAMES["IPv4/TCP"])
        counts = stats(capsys, ns, root)
        assert "vlan" not in counts and counts["BPF_DROP"] == 20 and counts["BPF_OK"] == 1
    finally:
        os.close(tap)
    # 4. unload: nothing left
    assert main(["unload", "--netns", ns, *root]) == 0
    assert not any(pin_root.iterdir())
    assert settled_objects(before) == before
