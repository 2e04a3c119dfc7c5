"""The CNI error cases, as a conformance table: each invocation gets the specification's
code (1 to 7, 11; flowdsl's own from 100), a ``msg`` and ``details``, the configuration's
cniVersion, exit status 1 and nothing else on stdout; never a traceback. Most rows run
``flowdsl.cni.run`` in process; a few run the executable, as a runtime does."""

from __future__ import annotations

import io
import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from flowdsl.cni import SUPPORTED_VERSIONS, convert_result, run
from tests.cni.runtime import FLOWDSL_CNI, Node

GONE = "/run/netns/fdcni-no-such-namespace"


def conf(**keys: Any) -> dict[str, Any]:
    return {"cniVersion": "1.0.0", "name": "fdcni-net", "type": "flowdsl-cni"} | keys


def env(command: str = "ADD", **keys: str) -> dict[str, str]:
    return {"CNI_COMMAND": command, "CNI_CONTAINERID": "c0ffee", "CNI_NETNS": GONE,
            "CNI_IFNAME": "eth0", "CNI_PATH": "/usr/lib/cni"} | keys


def invoke(environ: dict[str, str], stdin: bytes | dict[str, Any]) -> tuple[int, Any]:
    raw = stdin if isinstance(stdin, bytes) else json.dumps(stdin).encode()
    return run(environ, io.BytesIO(raw))


def without(environ: dict[str, str], key: str) -> dict[str, str]:
    return {k: v for k, v in environ.items() if k != key}


# (case, environment, stdin, expected code, a word the message or details must hold)
TABLE: list[tuple[str, dict[str, str], bytes | dict[str, Any], int, str]] = [
    ("bad JSON config", env(), b"{not json", 6, "not JSON"),
    ("config not an object", env(), b"[1, 2]", 6, "not a JSON object"),
    ("empty stdin", env(), b"", 6, "not JSON"),
    ("unsupported cniVersion", env(), conf(cniVersion="9.9.9"), 1, "9.9.9"),
    ("no cniVersion", env(), {"name": "n", "type": "flowdsl-cni"}, 7, "cniVersion"),
    ("bad network name", env(), conf(name="-x"), 7, "network name"),
    ("unknown profile", env(), conf(profile="kernal"), 7, "kernal"),
    ("relative profile path", env(), conf(profile="my/profile.toml"), 7, "absolute"),
    ("missing profile file", env(), conf(profile="/nonexistent/p.toml"), 7, "no such file"),
    ("relative spec path", env(), conf(spec="shim.py"), 7, "absolute"),
    ("stats not a boolean", env(), conf(stats="yes"), 7, "boolean"),
    ("pin_root misspelt", env(), conf(pin_root="/sys/fs/bpf/x"), 2, "pinRoot"),
    ("relative pinRoot", env(), conf(pinRoot="bpf/flowdsl"), 7, "absolute"),
    ("relative cacheDir", env(), conf(cacheDir="cache"), 7, "absolute"),
    ("prevResult not an object", env(), conf(prevResult=[]), 7, "prevResult"),
    ("missing CNI_COMMAND", without(env(), "CNI_COMMAND"), conf(), 4, "CNI_COMMAND"),
    ("unknown CNI_COMMAND", env("GC"), conf(), 4, "CNI_COMMAND"),
    ("missing CNI_NETNS on ADD", without(env(), "CNI_NETNS"), conf(), 4, "CNI_NETNS"),
    ("missing CNI_NETNS on CHECK", without(env("CHECK"), "CNI_NETNS"), conf(), 4,
     "CNI_NETNS"),
    ("missing CNI_CONTAINERID", without(env(), "CNI_CONTAINERID"), conf(), 4,
     "CNI_CONTAINERID"),
    ("missing CNI_IFNAME", without(env(), "CNI_IFNAME"), conf(), 4, "CNI_IFNAME"),
    ("missing CNI_PATH", without(env(), "CNI_PATH"), conf(), 4, "CNI_PATH"),
    ("bad container id", env(CNI_CONTAINERID="../x"), conf(), 4, "container id"),
    ("bad interface name", env(CNI_IFNAME="eth0:1"), conf(), 4, "interface name"),
    ("interface name too long", env(CNI_IFNAME="e" * 16), conf(), 4, "interface name"),
    ("relative CNI_NETNS", env(CNI_NETNS="netns/x"), conf(), 4, "absolute"),
    ("namespace gone on ADD", env(), conf(), 3, "does not exist"),
    ("namespace gone on CHECK", env("CHECK"), conf(prevResult={"cniVersion": "1.0.0"}), 3,
     "does not exist"),
    ("CNI_NETNS not a namespace", env(CNI_NETNS="/etc/hostname"), conf(), 4,
     "not a network namespace"),
    ("CHECK on cniVersion 0.3.1", env("CHECK"), conf(cniVersion="0.3.1"), 1, "CHECK"),
    ("CHECK without prevResult", env("CHECK"), conf(), 7, "prevResult"),
]


@pytest.mark.parametrize(("case", "environ", "stdin", "code", "word"), TABLE,
                         ids=[row[0] for row in TABLE])
def test_error_table(case: str, environ: dict[str, str], stdin: bytes | dict[str, Any],
                     code: int, word: str) -> None:
    status, out = invoke(environ, stdin)
    assert status == 1, case
    assert out is not None and out["code"] == code, out
    assert set(out) <= {"cniVersion", "code", "msg", "details"} and out["msg"], out
    assert word in out["msg"] + out.get("details", ""), out
    version = stdin.get("cniVersion") if isinstance(stdin, dict) else None
    assert out["cniVersion"] == (version if version in SUPPORTED_VERSIONS else "1.0.0")


def test_del_succeeds_when_the_namespace_and_the_pin_root_are_gone(tmp_path: Path) -> None:
    """DEL is idempotent: nothing deployed, no namespace, no pin root: success, no output."""
    for environ in (env("DEL"), without(env("DEL"), "CNI_NETNS")):
        assert invoke(environ, conf(pinRoot=str(tmp_path / "none"))) == (0, None)


def test_del_does_not_need_the_profile_or_spec() -> None:
    """A DEL after the spec file was removed, or with a profile this flowdsl does not
    ship, still cleans up (it reads neither)."""
    stdin = conf(profile="gone", spec="/nonexistent/spec.py", pinRoot="/nonexistent/pins")
    assert invoke(env("DEL"), stdin) == (0, None)


def test_version() -> None:
    status, out = invoke({"CNI_COMMAND": "VERSION"}, {"cniVersion": "0.4.0"})
    assert (status, out) == (0, {"cniVersion": "0.4.0",
                                 "supportedVersions": list(SUPPORTED_VERSIONS)})
    assert invoke({"CNI_COMMAND": "VERSION"}, b"")[1]["cniVersion"] == "1.0.0"


def test_result_conversion_passes_everything_through() -> None:
    prev = {"cniVersion": "1.0.0", "interfaces": [{"name": "eth0", "sandbox": "/x"}],
            "ips": [{"address": "10.0.0.2/24", "interface": 0},
                    {"address": "fd00::2/64", "interface": 0}],
            "routes": [{"dst": "0.0.0.0/0"}], "dns": {"nameservers": ["10.0.0.1"]},
            "custom": {"kept": True}}
    assert convert_result(prev, "1.0.0") == prev
    old = convert_result(prev, "0.4.0")
    assert [ip["version"] for ip in old["ips"]] == ["4", "6"]
    assert old["cniVersion"] == "0.4.0" and old["custom"] == prev["custom"]
    assert convert_result(old, "1.0.0") == prev
    assert convert_result({"ips": []}, "0.3.1") == {"cniVersion": "0.3.1", "ips": []}


def executable(environ: dict[str, str], stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    path = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    return subprocess.run([str(FLOWDSL_CNI)], input=stdin, env=environ | path,
                          capture_output=True, timeout=60)


@pytest.mark.skipif(not FLOWDSL_CNI.exists(), reason="flowdsl-cni is not installed")
def test_the_executable_prints_only_the_error_json() -> None:
    for environ, stdin, code in ((env(), b"{oops", 6), (env(), json.dumps(conf()).encode(), 3),
                                 (without(env(), "CNI_COMMAND"), b"{}", 4)):
        proc = executable(environ, stdin)
        assert proc.returncode == 1
        out = json.loads(proc.stdout)  # one JSON document, nothing else
        assert out["code"] == code
        assert b"Traceback" not in proc.stdout + proc.stderr
    version = executable({"CNI_COMMAND": "VERSION"}, b'{"cniVersion": "1.0.0"}')
    assert version.returncode == 0
    assert json.loads(version.stdout)["supportedVersions"] == list(SUPPORTED_VERSIONS)


def test_untrusted_cache_directory_is_refused(node: Node) -> None:
    pod = node.new_pod()
    node.cache_dir.mkdir(mode=0o700)
    os.chmod(node.cache_dir, 0o777)
    status, out = invoke(node.env("ADD", pod), node.flowdsl_conf("fdcni-net"))
    assert status == 1 and out["code"] == 104, out
    assert "chmod go-w" in out["details"]


def test_lock_held_too_long_is_try_again_later(node: Node) -> None:
    from flowdsl.runtime import bpffs, lock

    pod = node.new_pod()
    conf_ = node.flowdsl_conf("fdcni-net")
    assert invoke(node.env("ADD", pod), conf_)[0] == 0  # warm the cache, make the root
    root = bpffs.ensure_pin_root(node.pin_root)
    with lock.exclusive(root):
        proc = executable(node.env("DEL", pod) | {"FLOWDSL_LOCK_TIMEOUT": "0.2"},
                          json.dumps(conf_).encode())
    assert proc.returncode == 1 and json.loads(proc.stdout)["code"] == 11, proc
    assert invoke(node.env("DEL", pod), conf_) == (0, None)


def test_check_of_a_pod_without_the_dissector_fails(node: Node) -> None:
    pod = node.new_pod()
    conf_ = node.flowdsl_conf("fdcni-net", prevResult={"cniVersion": "1.0.0"})
    status, out = invoke(node.env("CHECK", pod), conf_)
    assert status == 1 and out["code"] == 103, out
    assert "run ADD again" in out["details"]


def test_the_root_namespace_is_refused(node: Node) -> None:
    pod = node.new_pod()
    status, out = invoke(node.env("ADD", pod, netns="/proc/self/ns/net"),
                         node.flowdsl_conf("fdcni-net"))
    assert status == 1 and out["code"] == 100 and "root network namespace" in out["msg"], out
    assert not node.pin_root.exists() or not list(node.pin_root.glob("netns_*"))
