"""Issue 14's operator conventions against the real kernel, in throwaway namespaces
with a private bpffs: FLOWDSL_PIN_ROOT, status --netns, unload --missing-ok."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from flowdsl.codegen.build import build
from flowdsl.protocols import default_graph
from flowdsl.runtime.netns import resolve

from flowdsl.cli import main
from flowdsl.errors import EXIT_ATTACH
from tests.conftest import load_or_skip


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def kernel() -> None:
    load_or_skip(build(default_graph()).obj).close()


def test_an_explicit_pin_root_wins_over_the_environment(  # type: ignore[no-untyped-def]
        pin_root: Path, make_netns, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    ns = make_netns()
    # the environment names a place that is no bpffs: using it would fail
    monkeypatch.setenv("FLOWDSL_PIN_ROOT", "/proc/flowdsl-not-a-bpffs")
    assert run(capsys, "load", "--netns", ns, "--pin-root", str(pin_root))[0] == 0
    assert (pin_root / f"netns_{resolve(ns).inode}").is_dir()
    assert run(capsys, "unload", "--netns", ns)[0] == EXIT_ATTACH  # the environment's root
    monkeypatch.setenv("FLOWDSL_PIN_ROOT", str(pin_root))
    code, out, _ = run(capsys, "status", "--netns", ns, "--json")
    assert code == 0 and [e["ours"] for e in json.loads(out)] == [True]
    assert run(capsys, "unload", "--netns", ns)[0] == 0
    assert not any(pin_root.glob("netns_*"))


def test_status_of_named_namespaces_reports_those_without_one(  # type: ignore[no-untyped-def]
        pin_root: Path, make_netns, capsys) -> None:
    a, b = make_netns(), make_netns()
    root = ["--pin-root", str(pin_root)]
    assert run(capsys, "load", "--netns", a, *root)[0] == 0
    code, out, _ = run(capsys, "status", "--netns", a, "--netns", b, *root)  # repeatable
    assert code == 0
    assert f"{a}: flowdsl, ok" in out
    assert f"{b}: no flow dissector, no flowdsl deployment" in out
    assert "anywhere" not in out
    code, out, err = run(capsys, "status", "--netns", b, *root, "--json")
    assert code == 0 and json.loads(out) == [] and f"{b}: no flow dissector" in err
    assert run(capsys, "unload", "--netns", a, *root)[0] == 0


def test_unload_missing_ok_names_the_missing_namespace(  # type: ignore[no-untyped-def]
        pin_root: Path, make_netns, capsys) -> None:
    a, b = make_netns(), make_netns()
    root = ["--pin-root", str(pin_root)]
    assert run(capsys, "load", "--netns", a, *root)[0] == 0
    code, out, _ = run(capsys, "unload", "--netns", b, *root, "--missing-ok", "--json")
    assert code == 0
    assert json.loads(out)["netns"] == b and json.loads(out)["removed"] is None
    code, out, _ = run(capsys, "unload", "--netns", a, "--netns", b, *root, "--missing-ok",
                       "--json")
    report = json.loads(out)
    assert code == 0 and report["failed"] == 0
    by_name = {e["netns"]: e for e in report["results"]}
    assert by_name[a]["removed"] and by_name[b]["removed"] is None
    assert not any(pin_root.glob("netns_*"))
    # without --missing-ok: the error and its exit code stay, text names it
    assert run(capsys, "load", "--netns", a, *root)[0] == 0
    code, out, err = run(capsys, "unload", "--netns", a, b, *root)
    assert code == EXIT_ATTACH and f"{b}: no flowdsl deployment" in err
    assert f"unloaded {a}" in out and not any(pin_root.glob("netns_*"))



def prog_id(capsys: pytest.CaptureFixture[str], ns: str, root: list[str]) -> int:
    code, out, _ = run(capsys, "status", "--netns", ns, *root, "--json")
    assert code == 0
    (entry,) = json.loads(out)
    return int(entry["prog_id"])


def test_a_switch_that_leaves_nothing_is_refused(  # type: ignore[no-untyped-def]
        pin_root: Path, make_netns, capsys) -> None:
    """Disabling what every transport hangs from left a program that dissects nothing,
    reported as success. It is refused (exit 2) and the running program stays."""
    ns = make_netns()
    root = ["--pin-root", str(pin_root)]
    assert run(capsys, "load", "--netns", ns, "--profile", "minimal", *root)[0] == 0
    code, out, _ = run(capsys, "disable", "ipv6", "--netns", ns, *root, "--json")
    assert code == 0
    assert json.loads(out)["removed"] == ["ipv6"]  # tcp and udp stay, under ipv4
    running = prog_id(capsys, ns, root)
    code, out, err = run(capsys, "disable", "ipv4", "--netns", ns, *root)
    assert code == 2 and out == ""
    assert ("flowdsl: error: disable ipv4: would leave no protocol but the entry, which "
            "dissects nothing; keep at least one of them, or flowdsl unload") in err
    assert prog_id(capsys, ns, root) == running
    assert run(capsys, "unload", "--netns", ns, *root)[0] == 0


def test_enable_of_a_protocol_nothing_leads_to_is_refused(  # type: ignore[no-untyped-def]
        pin_root: Path, make_netns, capsys) -> None:
    """`disable gre_version` takes GRE, PPTP and what only they lead to with it, and
    says so; `enable gre` alone then changed nothing and said it had: now it names the
    protocol to enable with it."""
    ns = make_netns()
    root = ["--pin-root", str(pin_root)]
    assert run(capsys, "load", "--netns", ns, *root)[0] == 0
    code, out, _ = run(capsys, "disable", "gre_version", "--netns", ns, *root)
    assert code == 0
    assert (f"flowdsl: disabled gre_version (and with them gre, pptp, ethernet, ppp, "
            f"ppp_unknown) in {ns}: ") in out
    running = prog_id(capsys, ns, root)
    code, out, err = run(capsys, "enable", "gre", "--netns", ns, *root)
    assert code == 2 and out == ""
    assert ("flowdsl: error: enable gre: gre stays unreachable: no enabled protocol leads "
            "to it; enable one of gre_version too") in err
    assert prog_id(capsys, ns, root) == running
    code, out, _ = run(capsys, "enable", "gre_version", "--netns", ns, *root, "--json")
    assert code == 0
    report = json.loads(out)
    assert report["removed"] == [] and set(report["added"]) == {
        "gre_version", "gre", "pptp", "ethernet", "ppp", "ppp_unknown"}
    assert run(capsys, "unload", "--netns", ns, *root)[0] == 0
