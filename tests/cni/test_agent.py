"""The node agent and its static client: the same answers as the Python plugin (ADD's
result, CHECK, DEL, the error objects), the client running the Python plugin when no
agent answers, and no answer for a client that is not root. The client is compiled
from deploy/kubernetes/cni-client.c (gcc), as the image does."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from flowdsl.cni_agent import make_server, parse_request
from tests.cni.runtime import FLOWDSL_CNI, Node

SOURCE = Path(__file__).parents[2] / "deploy" / "kubernetes" / "cni-client.c"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("gcc") is None:
        pytest.skip("no gcc to build the client")
    out = tmp_path_factory.mktemp("client") / "flowdsl-cni"
    subprocess.run(["gcc", "-O2", "-Wall", "-Wextra", "-Werror", "-o", str(out),
                    str(SOURCE)], check=True)
    return out


@pytest.fixture
def agent(tmp_path: Path) -> Iterator[Path]:
    directory = tmp_path / "run"
    server = make_server(directory / "cni.sock")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield directory / "cni.sock"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def through(client: Path, socket: Path, env: dict[str, str], stdin: dict[str, object]
            ) -> tuple[int, dict[str, object] | None]:
    proc = subprocess.run([str(client)], input=json.dumps(stdin).encode(),
                          env=env | {"FLOWDSL_CNI_AGENT": str(socket)}, capture_output=True,
                          timeout=60)
    text = proc.stdout.decode()
    return proc.returncode, json.loads(text) if text.strip() else None


def test_parse_request() -> None:
    assert parse_request(b"FDCNI1\nCNI_COMMAND=ADD\0CNI_X=a=b\0OTHER=1\0\0{}") == (
        {"CNI_COMMAND": "ADD", "CNI_X": "a=b"}, b"{}")
    assert parse_request(b"FDCNI1\n\0stdin") == ({}, b"stdin")
    assert parse_request(b"FDCNI1\nCNI_COMMAND=ADD") is None
    assert parse_request(b"HTTP/1.1") is None


def test_the_agent_answers_as_the_plugin(node: Node, client: Path, agent: Path) -> None:
    conf = node.flowdsl_conf("fdcni-agent", profile="minimal")
    pods = [node.new_pod() for _ in range(11)]
    prev = {"cniVersion": "1.0.0", "ips": [{"address": "10.1.0.2/24"}]}
    # cold, through the agent: it builds into the cache
    assert through(client, agent, node.env("ADD", pods[0]), conf | {"prevResult": prev}) == (
        0, prev)
    elapsed = []
    for pod in pods[1:]:
        started = time.perf_counter()
        status, out = through(client, agent, node.env("ADD", pod), conf | {"prevResult": prev})
        elapsed.append(time.perf_counter() - started)
        assert (status, out) == (0, prev)
    assert statistics.median(elapsed) < 0.1  # no interpreter start: a few ms (benchmark)
    for pod in pods:
        assert through(client, agent, node.env("CHECK", pod), conf | {"prevResult": prev}) == (
            0, None)
        for _ in range(2):
            assert through(client, agent, node.env("DEL", pod), conf) == (0, None)
    assert not list(node.pin_root.glob("netns_*"))
    status, out = through(client, agent, node.env("ADD", pods[0]) | {"CNI_COMMAND": "NOPE"},
                          conf)
    assert status == 1 and out is not None and out["code"] == 4
    proc = subprocess.run([str(client)], input=b"{oops", capture_output=True,
                          env=node.env("ADD", pods[0]) | {"FLOWDSL_CNI_AGENT": str(agent)})
    assert proc.returncode == 1 and json.loads(proc.stdout)["code"] == 6


def test_without_an_agent_the_client_runs_the_plugin(client: Path, tmp_path: Path) -> None:
    if not FLOWDSL_CNI.exists():
        pytest.skip("flowdsl-cni is not installed")
    env = {"CNI_COMMAND": "VERSION", "FLOWDSL_CNI_AGENT": str(tmp_path / "none.sock"),
           "FLOWDSL_CNI_FALLBACK": str(FLOWDSL_CNI), "PATH": os.environ["PATH"]}
    proc = subprocess.run([str(client)], input=b'{"cniVersion": "0.4.0"}', env=env,
                          capture_output=True, timeout=60)
    assert proc.returncode == 0 and json.loads(proc.stdout)["cniVersion"] == "0.4.0"
    env["FLOWDSL_CNI_FALLBACK"] = str(tmp_path / "no-plugin")
    proc = subprocess.run([str(client)], input=b"{}", env=env, capture_output=True)
    assert proc.returncode == 1 and json.loads(proc.stdout)["code"] == 110


def test_a_client_that_is_not_root_gets_no_answer(client: Path) -> None:
    if shutil.which("setpriv") is None:
        pytest.skip("no setpriv")
    import tempfile

    top = Path(tempfile.mkdtemp(prefix="fdcni-agent-"))
    try:
        server = make_server(top / "run" / "cni.sock")
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            os.chmod(top, 0o755)  # let the unprivileged client reach the socket, ...
            os.chmod(top / "run", 0o755)
            os.chmod(top / "run" / "cni.sock", 0o666)
            runnable = top / "flowdsl-cni"
            shutil.copy(client, runnable)
            proc = subprocess.run(
                ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                 str(runnable)], input=b"{}", capture_output=True, timeout=60,
                env={"CNI_COMMAND": "VERSION", "FLOWDSL_CNI_AGENT": str(top / "run" /
                                                                        "cni.sock"),
                     "FLOWDSL_CNI_FALLBACK": "/nonexistent"})
        finally:
            server.shutdown()
            server.server_close()
            thread.join()
    finally:
        shutil.rmtree(top, ignore_errors=True)
    out = json.loads(proc.stdout)  # ... which the agent still refuses (SO_PEERCRED)
    assert proc.returncode == 1 and out["code"] == 110 and "the agent" in out["msg"], out


def test_the_socket_directory_must_be_private(tmp_path: Path) -> None:
    from flowdsl.errors import AttachError

    open_dir = tmp_path / "open"
    open_dir.mkdir(mode=0o755)
    os.chmod(open_dir, 0o755)
    with pytest.raises(AttachError):
        make_server(open_dir / "cni.sock")
