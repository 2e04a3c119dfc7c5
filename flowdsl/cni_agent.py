"""The node agent: flowdsl-cni's work in a resident process, so a pod's ADD costs no
Python start and no imports (about 110 ms of a Python plugin's 135, measured in
benchmarks/results-2026-12-03-cni.md).

    python -m flowdsl.cni_agent [--socket /run/flowdsl/cni.sock]

The DaemonSet's container runs it; /opt/cni/bin/flowdsl-cni is then a small static
client (deploy/kubernetes/cni-client.c) that sends it the invocation and prints the
answer, and runs the Python plugin itself when no agent answers. Each invocation is
``flowdsl.cni.run`` with the client's CNI_* environment and stdin: the same plugin,
the same answers. Invocations run concurrently (a thread each), serialised where they
must be by the deployment lock and the cache's build lock, as separate processes are.

Trust: the socket is in a directory only root may enter (the deployment lock's,
/run/flowdsl, mode 0700), and the agent answers only peers whose uid is 0
(SO_PEERCRED): an unprivileged user cannot make it attach anything.

Protocol: "FDCNI1\\n", each variable as "NAME=VALUE\\0", an empty one, then stdin until
the client shuts its write side; the answer is one byte (the exit status), then stdout.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import socket
import socketserver
import struct
import sys
from collections.abc import Sequence
from pathlib import Path

MAGIC = b"FDCNI1\n"
REQUEST_MAX = 16 << 20  # bytes: the environment and a configuration with its prevResult
REQUEST_TIMEOUT_S = 60.0  # for the request to arrive; the answer may take longer (a build)


def default_socket() -> Path:
    from flowdsl.runtime.lock import LOCK_DIR

    return LOCK_DIR / "cni.sock"


def parse_request(data: bytes) -> tuple[dict[str, str], bytes] | None:
    """(the CNI_* environment, stdin) of a request; None if it is not one."""
    if not data.startswith(MAGIC):
        return None
    env: dict[str, str] = {}
    at = len(MAGIC)
    while True:
        end = data.find(b"\0", at)
        if end < 0:
            return None
        if end == at:
            return env, data[end + 1:]
        name, sep, value = data[at:end].decode(errors="replace").partition("=")
        if sep and name.startswith("CNI_"):
            env[name] = value
        at = end + 1


def answer(data: bytes) -> bytes:
    """The reply to a request: the exit status byte, then what the plugin prints."""
    from flowdsl.cni import INTERNAL, run

    request = parse_request(data)
    if request is None:
        body = {"cniVersion": "1.0.0", "code": INTERNAL, "msg": "not a flowdsl-cni request",
                "details": "the client and the agent are of different flowdsl versions?"}
        return b"\1" + (json.dumps(body) + "\n").encode()
    env, stdin = request
    status, out = run(env, io.BytesIO(stdin))
    return bytes([status]) + ((json.dumps(out) + "\n").encode() if out is not None else b"")


def peer_uid(conn: socket.socket) -> int:
    creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    return int(struct.unpack("3i", creds)[1])


class Handler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        conn: socket.socket = self.request
        if peer_uid(conn) != 0:
            print(f"flowdsl-cni agent: refused a client of uid {peer_uid(conn)}",
                  file=sys.stderr, flush=True)
            return
        conn.settimeout(REQUEST_TIMEOUT_S)  # a client that never finishes its request
        chunks, size = [], 0
        while size <= REQUEST_MAX:
            try:
                chunk = conn.recv(65536)
            except OSError:  # timed out, or reset: no request
                return
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > REQUEST_MAX:
            return
        reply = answer(b"".join(chunks))
        conn.settimeout(None)
        with contextlib.suppress(OSError):  # the client went away: nothing to answer
            conn.sendall(reply)


class Server(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    daemon_threads = True


def make_server(path: Path) -> Server:
    """The agent's server on ``path`` (its directory made private to root if missing,
    refused if anyone else may enter it), with the plugin's modules imported."""
    import flowdsl.cni
    import flowdsl.compile_cache
    import flowdsl.runtime.deploy
    import flowdsl.runtime.elf  # noqa: F401  (imported once, here, not per pod)
    from flowdsl.runtime.bpffs import check_directory

    with contextlib.suppress(FileExistsError):
        os.mkdir(path.parent, 0o700)
    check_directory(path.parent, "the agent's socket directory")
    if os.stat(path.parent).st_mode & 0o077:
        from flowdsl.errors import AttachError

        raise AttachError(f"{path.parent} may be entered by others: chmod 700 it")
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
    server = Server(str(path), Handler)
    os.chmod(path, 0o600)
    return server


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flowdsl.cni_agent")
    parser.add_argument("--socket", type=Path, default=None)
    args = parser.parse_args(argv)
    from flowdsl.errors import FlowdslError

    try:
        server = make_server(args.socket or default_socket())
    except FlowdslError as error:
        print(f"flowdsl-cni agent: error: {error}", file=sys.stderr)
        return 7
    print(f"flowdsl-cni agent: serving on {server.server_address!r}", file=sys.stderr,
          flush=True)
    with server:
        server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
