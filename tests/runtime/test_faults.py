"""Runtime faults: a load killed at each step, concurrent loads, a namespace deleted
or the bpffs unmounted under a deployment, and 1,000 load/replace/unload cycles; after
each, status tells the truth, the next command repairs, and nothing leaks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from flowdsl.codegen.build import build
from flowdsl.protocols import default_graph
from flowdsl.runtime.deploy import FAULT_ENV, Deployable, Deployer
from flowdsl.runtime.description import Origin, Recipe
from flowdsl.runtime.elf import read_elf
from flowdsl.runtime.links import flow_dissector_links
from flowdsl.runtime.netns import resolve

from tests.conftest import load_or_skip, profile_graph
from tests.runtime.objects import baseline_objects, settled, settled_objects

CYCLES = int(os.environ.get("FLOWDSL_CYCLES", "1000"))


def flowdsl(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "flowdsl", *argv], capture_output=True,
                          text=True, env={**os.environ, **(env or {})})


def ours(pin_root: Path) -> list[dict[str, object]]:
    result = flowdsl("status", "--json", "--pin-root", str(pin_root))
    assert result.returncode == 0, result.stderr
    return [e for e in json.loads(result.stdout) if e.get("ours")]


@pytest.fixture(autouse=True)
def kernel() -> None:
    load_or_skip(build(default_graph()).obj).close()


@pytest.mark.parametrize(("step", "first"), [
    ("loaded", True), ("meta_pinned", True), ("attached", True), ("link_pinned", True),
    ("loaded", False), ("updated", False),
])
def test_load_killed_at_each_step(step: str, first: bool, pin_root: Path,  # type: ignore[no-untyped-def]
                                  make_netns) -> None:
    ns = make_netns()
    root = ["--pin-root", str(pin_root)]
    inode = resolve(ns).inode
    if not first:  # a replacement killed half-way
        assert flowdsl("load", "--netns", ns, *root).returncode == 0
    killed = flowdsl("load", "--netns", ns, "--profile", "minimal", *root,
                     env={FAULT_ENV: step})
    assert killed.returncode == 99, killed.stderr
    attached = [link for link in flow_dissector_links() if link.netns_ino == inode]
    entries = ours(pin_root)
    if first and step in ("loaded", "meta_pinned", "attached"):
        assert not attached, "a killed first load must leave no attachment"
        assert [e["state"] for e in entries] == (["stale"] if step != "loaded" else [])
    else:
        assert len(attached) == 1  # never without a dissector, never two
        (entry,) = entries
        if step == "updated":
            assert entry["state"].startswith("description out of date")
        else:
            assert entry["state"] == "ok"
    # the next load repairs whatever was left
    assert flowdsl("load", "--netns", ns, "--profile", "minimal", *root).returncode == 0
    (entry,) = ours(pin_root)
    assert entry["state"] == "ok" and entry["profile"] == "minimal"
    assert flowdsl("unload", "--netns", ns, *root).returncode == 0
    assert flowdsl("unload", "--prune", *root).returncode == 0
    assert not any(pin_root.iterdir())
    assert not [link for link in flow_dissector_links() if link.netns_ino == inode]


def test_concurrent_loads_serialise(pin_root: Path, make_netns) -> None:  # type: ignore[no-untyped-def]
    ns = make_netns()
    root = ["--pin-root", str(pin_root)]
    procs = [subprocess.Popen([sys.executable, "-m", "flowdsl", "load", "--netns", ns,
                               "--profile", profile, *root], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
             for profile in ("kernel", "minimal", "overlay")]
    codes = [p.wait() for p in procs]
    assert codes == [0, 0, 0], [p.stderr.read() for p in procs if p.stderr]
    inode = resolve(ns).inode
    assert len([link for link in flow_dissector_links() if link.netns_ino == inode]) == 1
    (entry,) = ours(pin_root)
    assert entry["state"] == "ok"
    assert flowdsl("unload", "--netns", ns, *root).returncode == 0


def test_bpffs_unmounted_under_a_deployment(make_netns, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ns = make_netns()
    mountpoint = tmp_path / "bpffs"
    mountpoint.mkdir()
    subprocess.run(["mount", "-t", "bpf", "bpf", str(mountpoint)], check=True)
    root = ["--pin-root", str(mountpoint / "flowdsl")]
    try:
        assert flowdsl("load", "--netns", ns, *root).returncode == 0
    finally:
        subprocess.run(["umount", str(mountpoint)], check=True)
    # the pins were the link's last references: the namespace is back to the built-in
    inode = resolve(ns).inode
    assert settled_links_gone(inode)
    status = flowdsl("status", "--json", *root)
    assert status.returncode == 0 and not [e for e in json.loads(status.stdout)
                                           if e.get("netns_inode") == inode]
    unload = flowdsl("unload", "--netns", ns, *root)
    assert unload.returncode == 7 and "is not a BPF filesystem" in unload.stderr


def settled_links_gone(inode: int) -> bool:
    remaining = settled(lambda: [link for link in flow_dissector_links()
                                 if link.netns_ino == inode], lambda links: not links)
    return not remaining


def test_a_thousand_load_replace_unload_cycles(pin_root: Path, make_netns) -> None:  # type: ignore[no-untyped-def]
    before = baseline_objects()
    ns = resolve(make_netns())
    objects = [read_elf(build(profile_graph(p)).obj) for p in ("minimal", "kernel")]
    deployer = Deployer(pin_root)
    for cycle in range(CYCLES):
        recipe = Recipe(Origin("library"), None, profile=f"cycle {cycle}")
        first = deployer.load(Deployable(objects[0], recipe), ns)
        second = deployer.load(Deployable(objects[1], recipe), ns)
        assert (first.action, second.action) == ("attached", "replaced")
        deployer.unload(ns)
    assert not any(pin_root.iterdir())
    assert settled_objects(before) == before
    print(f"{CYCLES} load/replace/unload cycles, objects before and after: {dict(before)}")
