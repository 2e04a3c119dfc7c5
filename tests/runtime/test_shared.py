"""One program for many namespaces: `flowdsl load --netns A B C`, sharing, counters per
namespace, partial failures, and the last unload freeing the program."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from flowdsl.codegen.build import build
from flowdsl.protocols import default_graph
from flowdsl.runtime import links
from flowdsl.runtime.bench import empty_program
from flowdsl.runtime.netns import resolve

from flowdsl.errors import EXIT_ATTACH
from tests.conftest import load_or_skip
from tests.runtime.objects import baseline_objects, settled_objects


@pytest.fixture(autouse=True)
def kernel() -> None:
    load_or_skip(build(default_graph()).obj).close()


def flowdsl(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "flowdsl", *argv], capture_output=True,
                          text=True, env=dict(os.environ))


def programs_of(*names: str) -> list[int | None]:
    by_inode = {link.netns_ino: link.prog_id for link in links.flow_dissector_links()}
    return [by_inode.get(resolve(name).inode) for name in names]


def test_one_program_serves_many_namespaces(pin_root: Path, make_netns) -> None:  # type: ignore[no-untyped-def]
    before = baseline_objects()
    a, b, c = make_netns(), make_netns(), make_netns()
    root = ["--pin-root", str(pin_root)]
    result = flowdsl("load", "--netns", a, b, c, *root, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["failed"] == 0 and len(report["results"]) == 3
    progs = programs_of(a, b, c)
    assert len(set(progs)) == 1 and None not in progs
    (shared,) = (pin_root / "programs").iterdir()
    assert sorted(p.name for p in shared.iterdir()) == sorted(
        ["object", *(f"netns_{resolve(n).inode}" for n in (a, b, c))])
    # a change in one namespace gives it its own program; the others keep theirs
    assert flowdsl("disable", "gre", "--netns", b, *root).returncode == 0
    pa, pb, pc = programs_of(a, b, c)
    assert pa == pc == progs[0] and pb not in (None, pa)
    assert len(list((pin_root / "programs").iterdir())) == 2
    # the last one out frees the program: two unloads leave the shared one running in c
    assert flowdsl("unload", "--netns", a, b, *root).returncode == 0
    assert programs_of(a, b, c) == [None, None, pa]
    assert [p.name for p in (pin_root / "programs").iterdir()] == [shared.name]
    assert flowdsl("unload", "--netns", c, *root).returncode == 0
    assert not any(pin_root.iterdir())
    assert settled_objects(before) == before


def test_counters_are_per_namespace(pin_root: Path, make_netns) -> None:  # type: ignore[no-untyped-def]
    a, b = make_netns(), make_netns()
    root = ["--pin-root", str(pin_root)]
    assert flowdsl("load", "--stats", "--netns", a, b, *root).returncode == 0
    pa, pb = programs_of(a, b)
    assert pa is not None and pb is not None and pa != pb
    assert not (pin_root / "programs").exists()
    assert flowdsl("unload", "--netns", a, b, *root).returncode == 0


def test_one_failure_names_its_namespace_and_spares_the_others(pin_root: Path,  # type: ignore[no-untyped-def]
                                                               make_netns) -> None:
    a, busy, c = make_netns(), make_netns(), make_netns()
    root = ["--pin-root", str(pin_root)]
    with empty_program() as other, open(resolve(busy).path) as nsfile, \
            links.attach_to_netns(other.fd.fd, nsfile.fileno()):
        result = flowdsl("load", "--netns", a, busy, c, *root)
        assert result.returncode == EXIT_ATTACH
        assert f"{busy}: network namespace {busy} already runs" in result.stderr
        assert "1 of 3 namespaces failed" in result.stderr
        pa, pbusy, pc = programs_of(a, busy, c)
        assert pa == pc and pa is not None and pbusy == other.info.id
    result = flowdsl("unload", "--netns", a, busy, c, *root, "--json")
    assert result.returncode == EXIT_ATTACH
    report = json.loads(result.stdout)
    assert report["failed"] == 1 and "no flowdsl deployment" in report["results"][1]["error"]
    assert programs_of(a, busy, c) == [None, None, None]
    assert not any(pin_root.iterdir())


def test_usage_of_many_namespaces(pin_root: Path, make_netns) -> None:  # type: ignore[no-untyped-def]
    ns = make_netns()
    result = flowdsl("load", "--all-netns", "--netns", ns, "--pin-root", str(pin_root))
    assert result.returncode == 2 and "--all-netns goes alone" in result.stderr
    result = flowdsl("load", "--netns", ns, "fdtest-no-such", "--pin-root", str(pin_root))
    assert result.returncode == EXIT_ATTACH and "fdtest-no-such not found" in result.stderr
    assert programs_of(ns) == [None]


def test_a_spec_is_stored_once(pin_root: Path, make_netns) -> None:  # type: ignore[no-untyped-def]
    """Its graph is content-addressed: the same spec in two namespaces, one stored copy,
    kept through enable/disable (the graph before the profile does not change)."""
    spec = Path(__file__).resolve().parents[2] / "examples" / "shim.py"
    a, b = make_netns(), make_netns()
    root = ["--pin-root", str(pin_root)]
    assert flowdsl("load", str(spec), "--netns", a, b, *root).returncode == 0
    assert flowdsl("disable", "gre", "--netns", a, *root).returncode == 0
    (stored,) = (pin_root / "specs").iterdir()
    assert sorted(p.name for p in stored.iterdir()) == sorted(
        ["object", *(f"netns_{resolve(n).inode}" for n in (a, b))])
    assert flowdsl("unload", "--netns", a, b, *root).returncode == 0
    assert not any(pin_root.iterdir())


def test_a_failure_after_the_reference_spares_the_rest(pin_root: Path, make_netns,  # type: ignore[no-untyped-def]
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The first namespace fails after it took its reference to the new program (its
    attach fails): the program stays pinned for the others, and nothing of the first is
    left. Before, its release unpinned the program the rest of the batch still needed."""
    from flowdsl.runtime.deploy import Deployable, Deployer
    from flowdsl.runtime.description import Origin, Recipe
    from flowdsl.runtime.elf import read_elf

    from flowdsl.errors import AttachError

    first, b, c = make_netns(), make_netns(), make_netns()
    original = Deployer._attach_new

    def attach_failing_first(self, prog_fd, info, meta, netns_fd, ns, where):  # type: ignore[no-untyped-def]
        if ns.label == first:
            raise AttachError("planted failure")
        return original(self, prog_fd, info, meta, netns_fd, ns, where)

    monkeypatch.setattr(Deployer, "_attach_new", attach_failing_first)
    deployer = Deployer(pin_root)
    obj = read_elf(build(default_graph()).obj)
    results = deployer.load_all(Deployable(obj, Recipe(Origin("library"), None)),
                                [resolve(first), resolve(b), resolve(c)])
    assert isinstance(results[0], AttachError)
    assert [r.action for r in results[1:]] == ["attached", "attached"]  # type: ignore[union-attr]
    pfirst, pb, pc = programs_of(first, b, c)
    assert pfirst is None and pb == pc is not None
    (shared,) = (pin_root / "programs").iterdir()
    assert sorted(p.name for p in shared.iterdir()) == sorted(
        ["object", *(f"netns_{resolve(n).inode}" for n in (b, c))])
    assert [r.removed for r in deployer.unload_all([resolve(b), resolve(c)])]  # type: ignore[union-attr]
    assert not any(pin_root.iterdir())
