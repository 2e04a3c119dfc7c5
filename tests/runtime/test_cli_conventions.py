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
