"""Deployments on a shared host: stored specs, hostile pin roots, the lock, concurrent
changes, and a failure before the swap (issue: deployments a multi-user host can trust).
Each test plays the other user (uid 65534) or a second operator against the real
kernel, in throwaway namespaces and a private bpffs."""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from flowdsl.codegen.build import build
from flowdsl.protocols import default_graph
from flowdsl.runtime import bpffs, links, lock, maps, trust
from flowdsl.runtime.netns import resolve

from flowdsl.errors import EXIT_ATTACH
from tests.conftest import load_or_skip

ROOT = Path(__file__).resolve().parents[2]
SHIM = ROOT / "examples" / "shim.py"
NOBODY = 65534


@pytest.fixture(autouse=True)
def kernel() -> None:
    load_or_skip(build(default_graph()).obj).close()


def flowdsl(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "flowdsl", *argv], capture_output=True,
                          text=True, env={**os.environ, **(env or {})})


def prog_of(ns: str) -> int | None:
    inode = resolve(ns).inode
    return next((link.prog_id for link in links.flow_dissector_links()
                 if link.netns_ino == inode), None)


def mine(pin_root: Path) -> list[dict[str, object]]:
    out = flowdsl("status", "--pin-root", str(pin_root), "--json")
    assert out.returncode == 0, out.stderr
    return [e for e in json.loads(out.stdout) if e.get("ours") or e.get("state") == "refused"]


def test_edited_spec_file_changes_nothing_and_runs_nothing(pin_root: Path, make_netns,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path) -> None:
    """enable/disable rebuild from the graph stored at load, never from the file: a
    user who can write the spec file can neither run code as root nor change the
    bindings of the running deployment."""
    ns = make_netns()
    root = ["--pin-root", str(pin_root)]
    spec = tmp_path / "shim.py"
    spec.write_text(SHIM.read_text())
    os.chown(spec, NOBODY, NOBODY)
    assert flowdsl("load", str(spec), "--netns", ns, *root).returncode == 0
    marker = tmp_path / f"pwned-{uuid.uuid4().hex}"
    with spec.open("a") as tampered:  # what uid 65534 appends to its own file
        tampered.write(f"\nimport os\nos.system('touch {marker}')\nbindings = []\n")
    result = flowdsl("disable", "gre", "--netns", ns, *root, "--json")
    assert result.returncode == 0, result.stderr
    assert not marker.exists(), "the edited spec file was run"
    protocols = json.loads(result.stdout)["protocols"]
    assert "shim" in protocols and "gre" not in protocols
    (entry,) = mine(pin_root)
    assert entry["spec_file"] == "changed since load"
    assert "shim" in entry["protocols"]  # type: ignore[operator]
    spec.unlink()  # and a moved or deleted file does not matter either
    result = flowdsl("enable", "gre", "--netns", ns, *root, "--json")
    assert result.returncode == 0, result.stderr
    assert {"shim", "gre"} <= set(json.loads(result.stdout)["protocols"])
    assert not marker.exists()
    assert mine(pin_root)[0]["spec_file"] == "missing"
    assert flowdsl("unload", "--netns", ns, *root).returncode == 0


def test_pin_root_of_another_user_is_refused(pin_root: Path, make_netns) -> None:  # type: ignore[no-untyped-def]
    ns = make_netns()
    pin_root.mkdir(mode=0o755)
    os.chown(pin_root, NOBODY, NOBODY)
    result = flowdsl("load", "--netns", ns, "--pin-root", str(pin_root))
    assert result.returncode == EXIT_ATTACH
    assert f"belongs to uid {NOBODY}" in result.stderr and "rm -r" in result.stderr
    assert prog_of(ns) is None
    os.chown(pin_root, 0, 0)
    os.chmod(pin_root, 0o777)
    result = flowdsl("load", "--netns", ns, "--pin-root", str(pin_root))
    assert result.returncode == EXIT_ATTACH and "chmod go-w" in result.stderr
    assert prog_of(ns) is None


def test_pin_root_that_is_a_link_is_refused_as_one(pin_root: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   make_netns) -> None:
    """A link planted where the pin root should be, to a directory off any bpffs: the
    message names the link (not the filesystem where it leads), for load and unload,
    and nothing is attached or created where it leads."""
    ns = make_netns()
    target = tmp_path / "elsewhere"
    target.mkdir()
    pin_root.symlink_to(target)
    for command in (["load"], ["unload"]):
        result = flowdsl(*command, "--netns", ns, "--pin-root", str(pin_root))
        assert result.returncode == EXIT_ATTACH, (command, result.stderr)
        assert "is a symbolic link" in result.stderr and "not a BPF" not in result.stderr
    assert prog_of(ns) is None and not any(target.iterdir())


def test_planted_deployment_cannot_redirect_to_another_namespace(pin_root: Path,  # type: ignore[no-untyped-def]
                                                                 make_netns) -> None:
    """The attack of the issue: another user makes netns_<A>/ with a `link` symlink to
    namespace B's link. load and unload of A must not touch B."""
    a, b = make_netns(), make_netns()
    root = ["--pin-root", str(pin_root)]
    assert flowdsl("load", "--netns", b, *root).returncode == 0
    b_prog = prog_of(b)
    planted = pin_root / f"netns_{resolve(a).inode}"
    planted.mkdir(mode=0o777)
    os.chown(planted, NOBODY, NOBODY)
    os.symlink(pin_root / f"netns_{resolve(b).inode}" / "link", planted / "link")
    for command in (["load", "--profile", "minimal"], ["unload"]):
        result = flowdsl(*command, "--netns", a, *root)
        assert result.returncode == EXIT_ATTACH, result.stderr
        assert f"belongs to uid {NOBODY}" in result.stderr
        assert prog_of(b) == b_prog and prog_of(a) is None
    # a symlink planted by a root-owned mistake is not followed either
    os.chown(planted, 0, 0)
    os.chmod(planted, 0o700)
    result = flowdsl("load", "--netns", a, *root)
    assert result.returncode == EXIT_ATTACH and "symbolic link" in result.stderr
    assert prog_of(b) == b_prog and prog_of(a) is None
    states = {e["state"] for e in mine(pin_root)}
    assert states == {"ok", "refused"}
    assert flowdsl("unload", "--netns", b, *root).returncode == 0


def test_foreign_map_as_description_is_reported_not_read(pin_root: Path,  # type: ignore[no-untyped-def]
                                                         make_netns) -> None:
    """A `meta` pin that is a map of 1 MiB values: status reports it and does not crash
    (the kernel would write 1 MiB into a 16 KiB buffer); enable refuses it."""
    ns = make_netns()
    root = ["--pin-root", str(pin_root)]
    assert flowdsl("load", "--netns", ns, *root).returncode == 0
    where = pin_root / f"netns_{resolve(ns).inode}"
    (where / "meta").unlink()
    with maps.create_array("big", 1 << 20, 1) as big:
        bpffs.pin(big.fd, where / "meta")
    (entry,) = mine(pin_root)
    assert entry["state"] == "refused" and "not the ARRAY map" in str(entry["hint"])
    result = flowdsl("disable", "gre", "--netns", ns, *root)
    assert result.returncode == EXIT_ATTACH and "not the ARRAY map" in result.stderr
    assert flowdsl("unload", "--netns", ns, *root).returncode == 0


def test_a_lock_held_elsewhere_times_out_and_names_its_holder(pin_root: Path,  # type: ignore[no-untyped-def]
                                                              make_netns) -> None:
    """Any user may flock the pin root: that no longer stalls anything. The real lock
    is root's alone; held by another command, a command waits, then says who holds it."""
    ns = make_netns()
    root = ["--pin-root", str(pin_root)]
    bpffs.ensure_pin_root(pin_root)
    squatter = subprocess.Popen(
        ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
         sys.executable, "-c",
         f"import fcntl, os, time; fd = os.open({str(pin_root.parent)!r}, os.O_RDONLY); "
         "fcntl.flock(fd, fcntl.LOCK_EX); print('locked', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert squatter.stdout is not None and squatter.stdout.readline() == "locked\n"
        assert flowdsl("load", "--netns", ns, *root).returncode == 0
    finally:
        squatter.kill()
        squatter.wait()
    fd = os.open(lock.lock_path(pin_root), os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # a second operator's command, mid-change
        result = flowdsl("disable", "gre", "--netns", ns, *root,
                         env={lock.TIMEOUT_ENV: "0.3"})
    finally:
        os.close(fd)
    assert result.returncode == EXIT_ATTACH
    assert f"pid {os.getpid()}" in result.stderr and "0.3 s" in result.stderr
    assert flowdsl("unload", "--netns", ns, *root).returncode == 0


def test_parallel_disables_all_apply(pin_root: Path, make_netns) -> None:  # type: ignore[no-untyped-def]
    """20 rounds of three disables at once: every change survives (each reads the
    description under the lock)."""
    ns = make_netns()
    root = ["--pin-root", str(pin_root)]
    assert flowdsl("load", "--netns", ns, *root).returncode == 0
    for round_ in range(20):
        switch = "disable" if round_ % 2 == 0 else "enable"
        procs = [subprocess.Popen([sys.executable, "-m", "flowdsl", switch, name, "--netns",
                                   ns, *root], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
                 for name in ("gre", "sctp", "dccp")]
        errors = [p.communicate()[1] for p in procs]
        assert [p.returncode for p in procs] == [0, 0, 0], errors
        protocols = set(mine(pin_root)[0]["protocols"])  # type: ignore[arg-type]
        present = {"gre", "sctp", "dccp"} & protocols
        assert present == (set() if switch == "disable" else {"gre", "sctp", "dccp"}), \
            f"round {round_}: {switch} lost a change: {present}"
    assert flowdsl("unload", "--netns", ns, *root).returncode == 0


def test_load_racing_disable_ends_in_one_of_the_two_orders(pin_root: Path,  # type: ignore[no-untyped-def]
                                                           make_netns) -> None:
    ns = make_netns()
    root = ["--pin-root", str(pin_root)]
    assert flowdsl("load", "--netns", ns, *root).returncode == 0
    for _ in range(5):
        procs = [subprocess.Popen([sys.executable, "-m", "flowdsl", *argv, "--netns", ns,
                                   *root], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True)
                 for argv in (["load", "--profile", "minimal"], ["disable", "gre"])]
        errors = [p.communicate()[1] for p in procs]
        (entry,) = mine(pin_root)
        # load then disable: minimal without gre (minimal has no gre anyway) -> minimal;
        # disable then load: minimal. Either way the profile is minimal and the result is
        # what the command that ran last asked for, on what the first left.
        assert [p.returncode for p in procs] == [0, 0], errors
        assert entry["profile"] == "minimal" and "gre" not in entry["protocols"]  # type: ignore[operator]
        assert flowdsl("load", "--netns", ns, "--profile", "kernel", *root).returncode == 0
    assert flowdsl("unload", "--netns", ns, *root).returncode == 0


def test_a_description_too_large_leaves_the_old_program(pin_root: Path, make_netns,  # type: ignore[no-untyped-def]
                                                        tmp_path: Path) -> None:
    ns = make_netns()
    root = ["--pin-root", str(pin_root)]
    assert flowdsl("load", "--netns", ns, *root).returncode == 0
    before = prog_of(ns)
    kernel_profile = (ROOT / "protocols" / "profiles" / "kernel.toml").read_text()
    huge = tmp_path / "huge.toml"
    huge.write_text(kernel_profile + "\n" + "# padding\n" * 2000)
    result = flowdsl("load", "--netns", ns, "--profile", str(huge), *root)
    assert result.returncode == EXIT_ATTACH and "description is" in result.stderr
    assert prog_of(ns) == before, "the new program was swapped in before the check"
    (entry,) = mine(pin_root)
    assert entry["state"] == "ok" and entry["prog_id"] == before
    assert flowdsl("unload", "--netns", ns, *root).returncode == 0


def test_load_over_a_deployment_keeps_its_profile(pin_root: Path, make_netns) -> None:  # type: ignore[no-untyped-def]
    """`load --stats` over a running deployment adds counters; it does not reset the
    profile to kernel or undo `disable` (only --profile chooses another)."""
    ns = make_netns()
    root = ["--pin-root", str(pin_root)]
    assert flowdsl("load", "--netns", ns, "--profile", "overlay", *root).returncode == 0
    assert flowdsl("disable", "vxlan", "--netns", ns, *root).returncode == 0
    result = flowdsl("load", "--stats", "--netns", ns, *root)
    assert result.returncode == 0, result.stderr
    assert "kept the running deployment's profile overlay" in result.stdout
    (entry,) = mine(pin_root)
    assert entry["profile"] == "overlay" and entry["stats"]
    assert "vxlan" not in entry["protocols"] and "geneve" in entry["protocols"]  # type: ignore[operator]
    assert flowdsl("load", "--netns", ns, "--profile", "kernel", *root).returncode == 0
    (entry,) = mine(pin_root)
    assert entry["profile"] == "kernel" and not entry["stats"]
    assert flowdsl("unload", "--netns", ns, *root).returncode == 0


@pytest.mark.parametrize(("uid", "mode", "sticky_ok", "expected"), [
    (0, 0o40755, False, None),
    (1234, 0o40700, False, None),  # the user running flowdsl
    (NOBODY, 0o40700, False, f"owned: belongs to uid {NOBODY}, not to root or uid 1234"),
    (0, 0o40775, False, "writable: may be written by group or others (mode 775)"),
    (0, 0o41777, True, None),  # a bpffs mount, /tmp: others cannot take what is ours
    (0, 0o41777, False, "writable: may be written by group or others (mode 1777)"),
    (0, 0o40777, True, "writable: may be written by group or others (mode 777)"),
])
def test_one_rule_of_trust(uid: int, mode: int, sticky_ok: bool, expected: str | None) -> None:
    """The rule every pin root, cache directory and --baseline directory is held to
    (runtime/trust.py), as the user with uid 1234 sees it."""
    st = os.stat_result((mode, 0, 0, 1, uid, 0, 0, 0, 0, 0))
    problem = trust.distrust(st, 1234, sticky_ok)
    found = None if problem is None else \
        f"{'owned' if problem.owned_by_other else 'writable'}: {problem.text}"
    assert found == expected
