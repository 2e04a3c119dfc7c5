"""flowdsl load / status / enable / disable / unload against the real kernel, in
throwaway namespaces with a private bpffs; and every error a user can cause there."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from flowdsl.codegen.build import build
from flowdsl.protocols import default_graph
from flowdsl.runtime import bpffs, links
from flowdsl.runtime.bench import empty_program
from flowdsl.runtime.netns import resolve
from pyroute2 import netns

from flowdsl.cli import main
from flowdsl.errors import EXIT_ATTACH
from tests.conftest import load_or_skip


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def our_links(*inodes: int) -> list[links.NetnsLink]:
    """The flow dissector links of these namespaces (other tests may come and go)."""
    return [link for link in links.flow_dissector_links() if link.netns_ino in inodes]


@pytest.fixture(autouse=True)
def kernel() -> None:
    load_or_skip(build(default_graph()).obj).close()


def test_load_replace_unchanged_status_unload(pin_root: Path, make_netns, capsys) -> None:  # type: ignore[no-untyped-def]
    ns = make_netns()
    inode = resolve(ns).inode
    assert our_links(inode) == []
    root = ["--pin-root", str(pin_root)]
    code, out, _ = run(capsys, "load", "--netns", ns, *root, "--json")
    assert code == 0
    first = json.loads(out)
    assert first["action"] == "attached" and first["verified_insns"] > 0
    assert [link.netns_ino for link in our_links(inode)] == [inode]
    # the same object again: unchanged, same program
    code, out, _ = run(capsys, "load", "--netns", ns, *root, "--json")
    assert json.loads(out)["action"] == "unchanged"
    assert json.loads(out)["prog_id"] == first["prog_id"]
    # another profile: replaced in place, same link
    code, out, _ = run(capsys, "load", "--netns", ns, "--profile", "minimal", *root, "--json")
    second = json.loads(out)
    assert second["action"] == "replaced" and second["replaced_prog_id"] == first["prog_id"]
    code, out, _ = run(capsys, "status", *root, "--json")
    mine = [e for e in json.loads(out) if e.get("ours")]
    assert len(mine) == 1 and mine[0]["netns"] == ns and mine[0]["profile"] == "minimal"
    assert mine[0]["prog_id"] == second["prog_id"] and mine[0]["state"] == "ok"
    assert mine[0]["protocols"] == ["ipv4", "ipv6", "tcp", "udp", "tcp_header"]
    code, out, _ = run(capsys, "unload", "--netns", ns, *root)
    assert code == 0 and f"detached prog id {second['prog_id']}" in out
    assert our_links(inode) == []
    assert not any(pin_root.iterdir())


def test_enable_and_disable_rebuild_and_swap(pin_root: Path, make_netns, capsys) -> None:  # type: ignore[no-untyped-def]
    ns = make_netns()
    root = ["--pin-root", str(pin_root)]
    assert run(capsys, "load", "--netns", ns, *root)[0] == 0
    code, out, _ = run(capsys, "disable", "gre", "udplite", "--netns", ns, *root, "--json")
    assert code == 0
    report = json.loads(out)
    assert report["action"] == "replaced"
    assert "gre" not in report["protocols"] and "udplite" not in report["protocols"]
    code, out, _ = run(capsys, "enable", "vxlan", "gre", "--netns", ns, *root, "--json")
    protocols = json.loads(out)["protocols"]
    assert "vxlan" in protocols and "gre" in protocols and "udplite" not in protocols
    code, out, _ = run(capsys, "status", *root, "--json")
    (mine,) = [e for e in json.loads(out) if e.get("ours")]
    assert mine["protocols"] == protocols
    code, _, err = run(capsys, "disable", "nosuch", "--netns", ns, *root)
    assert code == 2 and "disable nosuch: no such protocol" in err  # the command's mistake


def test_refuses_the_root_namespace(pin_root: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, "load", "--netns-path", "/proc/self/ns/net",
                       "--pin-root", str(pin_root))
    assert code == EXIT_ATTACH
    assert "root network namespace" in err and "--allow-root-netns" in err
    assert not links.flow_dissector_links() or all(
        link.netns_ino != 0xEFFFFFF9 for link in links.flow_dissector_links())


@pytest.mark.parametrize(("args", "message"), [
    (["--netns", "fdtest-does-not-exist"], "not found"),
    (["--netns-path", "/etc/hostname"], "is not a network namespace"),
    (["--netns-pid", "999999999"], "not found"),
])
def test_namespace_errors(args: list[str], message: str, pin_root: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, "load", *args, "--pin-root", str(pin_root))
    assert code == EXIT_ATTACH and message in err
    assert not Path("/run/netns/fdtest-does-not-exist").exists(), "never create a namespace"


def test_pin_root_must_be_bpffs(make_netns, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    ns = make_netns()
    code, _, err = run(capsys, "load", "--netns", ns, "--pin-root", str(tmp_path / "pins"))
    assert code == EXIT_ATTACH and "is not a BPF filesystem" in err
    assert not (tmp_path / "pins").exists()
    assert all(link.netns_ino != resolve(ns).inode for link in links.flow_dissector_links())


def test_foreign_dissector_is_left_alone_unless_forced(pin_root: Path, make_netns,  # type: ignore[no-untyped-def]
                                                       capsys) -> None:
    ns = make_netns()
    netns = resolve(ns)
    with empty_program() as other, open(netns.path) as nsfile:
        foreign = links.attach_to_netns(other.fd.fd, nsfile.fileno())
        with foreign:
            code, _, err = run(capsys, "load", "--netns", ns, "--pin-root", str(pin_root))
            assert code == EXIT_ATTACH and "did not attach" in err and "--force" in err
            assert links.link_info(foreign.fd).prog_id == other.info.id  # untouched
            code, out, _ = run(capsys, "load", "--netns", ns, "--force", "--pin-root",
                               str(pin_root), "--json")
            assert code == 0 and json.loads(out)["action"] == "replaced"
            assert links.link_info(foreign.fd).prog_id == json.loads(out)["prog_id"]
    assert run(capsys, "unload", "--netns", ns, "--pin-root", str(pin_root))[0] == 0


def test_unload_errors_and_prune(pin_root: Path, make_netns, capsys) -> None:  # type: ignore[no-untyped-def]
    ns = make_netns()
    root = ["--pin-root", str(pin_root)]
    code, _, err = run(capsys, "unload", "--netns", ns, *root)
    assert code == EXIT_ATTACH and "no flowdsl deployment" in err
    # an interrupted load: the description pinned, the link never
    stale = pin_root / "netns_1"
    stale.mkdir(parents=True)
    from flowdsl.runtime.deploy import write_meta
    from flowdsl.runtime.description import Description, Origin, Recipe

    with write_meta(Description(Recipe(Origin("library"), None), netns="gone")) as meta:
        bpffs.pin(meta.fd, stale / "meta")
    # a namespace deleted under a live deployment
    gone = make_netns()
    assert run(capsys, "load", "--netns", gone, *root)[0] == 0
    netns.remove(gone)  # pyroute2: what `ip netns del` does
    code, out, _ = run(capsys, "status", *root, "--json")
    states = {e["state"] for e in json.loads(out) if e.get("ours")}
    assert {"stale", "defunct"} <= states
    code, out, _ = run(capsys, "unload", "--prune", *root, "--json")
    assert sorted(r["state"] for r in json.loads(out)["pruned"]) == ["defunct", "stale"]
    assert not any(pin_root.iterdir())
    code, out, _ = run(capsys, "status", *root, "--json")
    assert not [e for e in json.loads(out) if e.get("ours")]


def test_refuses_to_run_inside_ip_netns_exec(make_netns) -> None:  # type: ignore[no-untyped-def]
    ns = make_netns()
    result = subprocess.run(["ip", "netns", "exec", ns, sys.executable, "-m", "flowdsl",
                             "status"], capture_output=True, text=True)
    assert result.returncode == EXIT_ATTACH
    assert f"inside network namespace '{ns}'" in result.stderr


def test_dissector_keeps_working_after_load_exits(pin_root: Path, make_netns) -> None:  # type: ignore[no-untyped-def]
    """The command is a separate process; once it exited, the pinned link still runs the
    program in that namespace (the kernel's keys for a packet there are ours)."""
    ns = make_netns()
    subprocess.run([sys.executable, "-m", "flowdsl", "load", "--netns", ns, "--pin-root",
                    str(pin_root)], check=True, capture_output=True)
    (link,) = [lk for lk in links.flow_dissector_links() if lk.netns_ino == resolve(ns).inode]
    status = subprocess.run([sys.executable, "-m", "flowdsl", "status", "--json",
                             "--pin-root", str(pin_root)], check=True, capture_output=True,
                            text=True)
    (mine,) = [e for e in json.loads(status.stdout) if e.get("ours")]
    assert (mine["link_id"], mine["prog_id"], mine["state"]) == (link.id, link.prog_id, "ok")
    subprocess.run([sys.executable, "-m", "flowdsl", "unload", "--netns", ns, "--pin-root",
                    str(pin_root)], check=True, capture_output=True)


def test_kernel_too_old(pin_root: Path, make_netns, capsys,  # type: ignore[no-untyped-def]
                        monkeypatch: pytest.MonkeyPatch) -> None:
    from flowdsl.runtime import kernel

    ns = make_netns()
    monkeypatch.setattr(kernel, "kernel_version", lambda: (6, 0))
    code, _, err = run(capsys, "load", "--netns", ns, "--profile", "minimal",
                       "--pin-root", str(pin_root))
    assert code == EXIT_ATTACH and "too old for BPF_FLOW_DISSECTOR_CONTINUE" in err
    assert "6.1 or later" in err
    monkeypatch.setattr(kernel, "kernel_version", lambda: (5, 4))
    code, _, err = run(capsys, "load", "--netns", ns, "--pin-root", str(pin_root))
    assert code == EXIT_ATTACH and "too old for flow dissector links" in err
    assert not any(pin_root.iterdir()) if pin_root.exists() else True


def test_switching_uses_the_profile_as_loaded(pin_root: Path, make_netns, tmp_path: Path,  # type: ignore[no-untyped-def]
                                              capsys) -> None:
    ns = make_netns()
    root = ["--pin-root", str(pin_root)]
    mine = tmp_path / "mine.toml"
    mine.write_text('[profile]\nname = "mine"\n[protocols]\ndisable = ["gre", "vxlan", '
                    '"geneve", "gue", "gtpu", "ip_version"]\n')
    assert run(capsys, "load", "--netns", ns, "--profile", str(mine), *root)[0] == 0
    mine.unlink()  # the file goes; the deployment remembers it
    code, out, _ = run(capsys, "enable", "gre", "--netns", ns, *root, "--json")
    assert code == 0 and "gre" in json.loads(out)["protocols"]
    code, out, _ = run(capsys, "status", *root, "--json")
    (entry,) = [e for e in json.loads(out) if e.get("ours")]
    assert entry["profile"] == "mine" and "vxlan" not in entry["protocols"]


def test_pin_root_from_the_environment_status_filter_and_missing_ok(  # type: ignore[no-untyped-def]
        pin_root: Path, make_netns, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = make_netns(), make_netns()
    monkeypatch.setenv("FLOWDSL_PIN_ROOT", str(pin_root))
    assert run(capsys, "load", "--netns", a)[0] == 0
    assert (pin_root / f"netns_{resolve(a).inode}").is_dir()
    code, out, _ = run(capsys, "status", "--netns", a, b, "--json")
    assert code == 0 and [e["netns"] for e in json.loads(out)] == [a]
    code, out, _ = run(capsys, "status", "--netns", b, "--json")
    assert code == 0 and json.loads(out) == []
    code, _, err = run(capsys, "unload", "--netns", b)
    assert code == EXIT_ATTACH and "no flowdsl deployment" in err
    code, out, _ = run(capsys, "unload", "--netns", b, "--missing-ok")
    assert code == 0 and "nothing to unload" in out
    code, out, _ = run(capsys, "unload", "--netns", a, b, "--missing-ok", "--json")
    assert code == 0 and json.loads(out)["failed"] == 0
    assert not any(pin_root.iterdir())
