"""The node compile cache: built once, reused without the compiler, keyed by what decides
an object's bytes, written atomically, and refused wherever another user could have
planted or swapped what it holds."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from flowdsl import compile_cache
from flowdsl.compile_cache import CacheRefused, NodeCache, resolve_inputs
from tests.cni.runtime import Node

NOBODY = 65534
SHIM = Path(__file__).parents[2] / "examples" / "shim.py"


@pytest.fixture
def cache(tmp_path: Path) -> NodeCache:
    os.chmod(tmp_path, 0o700)
    return NodeCache(tmp_path / "cache")


@pytest.fixture(scope="module")
def built() -> compile_cache.Entry:
    """One cold build for the module (about half a second)."""
    return compile_cache.build(resolve_inputs("minimal", None, False))


def test_built_once_then_reused_without_the_compiler(cache: NodeCache, built,  # type: ignore[no-untyped-def]
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    inputs = resolve_inputs("minimal", None, False)
    monkeypatch.setattr(compile_cache, "build", lambda _: built)
    entry, fresh = cache.get_or_build(inputs)
    assert fresh and entry == built

    def no_compiler(*_: object) -> None:
        raise AssertionError("a warm cache ran the compiler")

    monkeypatch.setattr(compile_cache, "build", no_compiler)
    import flowdsl.codegen.build

    monkeypatch.setattr(flowdsl.codegen.build, "build", no_compiler)
    again, fresh = cache.get_or_build(inputs)
    assert not fresh and again == built
    # written whole, root's, writable by no one else; the directory private
    directory = Path(cache.path)
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    names = sorted(p.name for p in directory.iterdir())
    assert names == sorted([".lock", f"{inputs.key}.json", f"{inputs.key}.o"])
    for name in names:
        st = (directory / name).stat()
        assert st.st_uid == 0 and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    manifest = json.loads((directory / f"{inputs.key}.json").read_text())
    assert manifest["object_size"] == len(built.elf)
    assert (directory / f"{inputs.key}.o").read_bytes()[:4] == b"\x7fELF"


def test_key_covers_profile_spec_stats_and_flowdsl(tmp_path: Path) -> None:
    os.chmod(tmp_path, 0o755)
    keys = {resolve_inputs(p, None, s).key for p in ("kernel", "minimal") for s in (False, True)}
    assert len(keys) == 4
    profile = tmp_path / "p.toml"
    profile.write_text('[profile]\nextends = "kernel"\n')
    first = resolve_inputs(str(profile), None, False)
    profile.write_text('[profile]\nextends = "kernel"\n[protocols]\ndisable = ["gre"]\n')
    assert resolve_inputs(str(profile), None, False).key != first.key
    spec = tmp_path / "shim.py"
    spec.write_text(SHIM.read_text())
    with_spec = resolve_inputs("kernel", str(spec), False)
    spec.write_text(SHIM.read_text() + "\n# changed\n")
    assert resolve_inputs("kernel", str(spec), False).key != with_spec.key
    assert first.flowdsl.startswith(compile_cache._version() + "+")


def test_a_corrupt_entry_is_rebuilt(cache: NodeCache, built,  # type: ignore[no-untyped-def]
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    inputs = resolve_inputs("minimal", None, False)
    cache.put(inputs, built)
    obj = Path(cache.path) / f"{inputs.key}.o"
    data = bytearray(obj.read_bytes())
    data[100] ^= 0xFF
    obj.write_bytes(bytes(data))
    assert cache.get(inputs) is None  # the digest does not match: not used
    calls = []
    monkeypatch.setattr(compile_cache, "build", lambda i: calls.append(i) or built)
    entry, fresh = cache.get_or_build(inputs)
    assert fresh and calls and entry.elf == built.elf
    (Path(cache.path) / f"{inputs.key}.json").write_text('{"format": 1, "key": "x"}')
    assert cache.get(inputs) is None


@pytest.mark.parametrize("attack", ["dir-world-writable", "dir-not-roots", "parent-writable",
                                    "entry-symlink", "entry-not-roots", "entry-writable",
                                    "entry-hardlinked"])
def test_planted_or_swappable_entries_are_refused(tmp_path: Path, built,  # type: ignore[no-untyped-def]
                                                  attack: str) -> None:
    os.chmod(tmp_path, 0o755)
    parent = tmp_path / "var"
    parent.mkdir(mode=0o755)
    cache = NodeCache(parent / "cache")
    inputs = resolve_inputs("minimal", None, False)
    cache.put(inputs, built)
    directory = Path(cache.path)
    manifest = directory / f"{inputs.key}.json"
    if attack == "dir-world-writable":
        os.chmod(directory, 0o777)
    elif attack == "dir-not-roots":
        os.chown(directory, NOBODY, NOBODY)
    elif attack == "parent-writable":
        os.chmod(parent, 0o777)  # not sticky: someone could rename the cache away
    elif attack == "entry-symlink":
        planted = tmp_path / "planted.json"
        manifest.rename(planted)
        manifest.symlink_to(planted)
    elif attack == "entry-not-roots":
        os.chown(manifest, NOBODY, NOBODY)
    elif attack == "entry-writable":
        os.chmod(manifest, 0o666)
    elif attack == "entry-hardlinked":
        os.link(manifest, tmp_path / "another-name")
    with pytest.raises(CacheRefused):
        cache.get(inputs)


def test_sticky_parents_are_fine(tmp_path: Path, built) -> None:  # type: ignore[no-untyped-def]
    sticky = tmp_path / "tmp"
    sticky.mkdir()
    os.chmod(tmp_path, 0o755)
    os.chmod(sticky, 0o1777)
    cache = NodeCache(sticky / "cache")
    inputs = resolve_inputs("minimal", None, False)
    cache.put(inputs, built)
    assert cache.get(inputs) == built


@pytest.mark.parametrize("attack", ["spec-world-writable", "spec-dir-writable",
                                    "spec-not-roots", "profile-world-writable"])
def test_spec_and_profile_files_others_could_write_are_refused(tmp_path: Path,
                                                               attack: str) -> None:
    os.chmod(tmp_path, 0o755)
    directory = tmp_path / "etc"
    directory.mkdir(mode=0o755)
    spec, profile = directory / "shim.py", directory / "p.toml"
    spec.write_text(SHIM.read_text())
    profile.write_text('[profile]\nextends = "kernel"\n')
    os.chmod(spec, 0o644)
    os.chmod(profile, 0o644)
    resolve_inputs(str(profile), str(spec), False)  # root's alone: accepted
    if attack == "spec-world-writable":
        os.chmod(spec, 0o666)
    elif attack == "spec-dir-writable":
        os.chmod(directory, 0o777)
    elif attack == "spec-not-roots":
        os.chown(spec, NOBODY, NOBODY)
    else:
        os.chmod(profile, 0o646)
    with pytest.raises(CacheRefused):
        resolve_inputs(str(profile), str(spec), False)


def test_a_spec_entry_keeps_its_graph(cache: NodeCache, tmp_path: Path) -> None:
    os.chmod(tmp_path, 0o755)
    spec = tmp_path / "shim.py"
    spec.write_text(SHIM.read_text())
    inputs = resolve_inputs("minimal", str(spec), False)
    entry, fresh = cache.get_or_build(inputs)
    assert fresh and entry.stored_graph is not None
    assert entry.recipe.origin.kind == "spec" and entry.recipe.origin.path == str(spec)
    assert cache.get(inputs) == entry


def test_a_warm_add_imports_no_compiler(node: Node) -> None:
    """The executable's import path on a warm ADD: neither llvmlite nor the compiler
    nor the protocol library (what a pod's ADD must not pay for). (What the package's
    own __init__ imports, every flowdsl command pays: not the plugin's to choose.)"""
    conf = node.flowdsl_conf("fdcni-net", profile="minimal")
    first = node.new_pod()
    assert node.exec_plugin("flowdsl-cni", conf, node.env("ADD", first)).status == 0  # cold
    pod = node.new_pod()
    probe = ("import io, json, sys\nfrom flowdsl.cni import run\n"
             f"status, out = run(dict(__import__('os').environ), io.BytesIO({json.dumps(conf)!r}"
             ".encode()))\nheavy = sorted(m for m in ('llvmlite', 'flowdsl.codegen', "
             "'flowdsl.codegen.build', 'flowdsl.codegen.lower', 'flowdsl.protocols') "
             "if m in sys.modules)\n"
             "print(json.dumps({'status': status, 'heavy': heavy}))")
    proc = subprocess.run([sys.executable, "-c", probe], env=node.env("ADD", pod),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.splitlines()[-1])
    assert report == {"status": 0, "heavy": []}, report
    for each in (first, pod):
        assert node.exec_plugin("flowdsl-cni", conf, node.env("DEL", each)).status == 0
