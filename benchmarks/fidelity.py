"""The kernel profile against the kernel's built-in dissector on captures: counts.

    python benchmarks/fidelity.py                    # host traffic + 20,000 random frames
    python benchmarks/fidelity.py --random 5000 --keep /tmp/fidelity   # keep the pcaps

Three corpora, each written as a pcap (``--keep DIR`` keeps them for `flowdsl test`):
- ``host``: what the kernel itself sends between two throwaway namespaces over a veth
  pair and a VXLAN tunnel on it: ARP, IPv6 neighbour discovery, ICMP echo, TCP and UDP
  over IPv4 and IPv6, and the same inside VXLAN;
- ``vectors``: the table vectors of the tests and the built-in samples;
- ``random``: frames of the tests' grammar (every protocol, mutated and cut).
For every frame: the flow hash with the built-in dissector and with the program (a
private namespace, runtime/oracle.py), the reason for each difference (flowdsl/explain.py),
and on a real skb through a tap the verdict and ``skb_get_poff`` of both (runtime/paged.py).
The counts are what the issue-12 closing note reports. Needs root.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import json
import os
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.protocols, for frames

VETH_A, VETH_B = "fda", "fdb"
CHUNK = 2000


def write_pcap(path: Path, frames: list[bytes]) -> None:
    with path.open("wb") as out:
        out.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        for frame in frames:
            out.write(struct.pack("<IIII", 0, 0, len(frame), len(frame)) + frame)


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True)


def _in_ns(ns: str, code: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(["ip", "netns", "exec", ns, sys.executable, "-c", code])


SERVER = """
import socket, threading
def v6only(s):
    if s.family == socket.AF_INET6:
        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
def tcp(family, addr):
    s = socket.socket(family, socket.SOCK_STREAM); v6only(s)
    s.bind((addr, 5001)); s.listen()
    while True:
        c, _ = s.accept(); c.sendall(c.recv(4096)); c.close()
def udp(family, addr):
    s = socket.socket(family, socket.SOCK_DGRAM); v6only(s); s.bind((addr, 5002))
    while True:
        data, peer = s.recvfrom(4096); s.sendto(data, peer)
for family, addr in ((socket.AF_INET, "0.0.0.0"), (socket.AF_INET6, "::")):
    for f in (tcp, udp):
        threading.Thread(target=f, args=(family, addr), daemon=True).start()
threading.Event().wait(30)
"""

CLIENT = """
import socket, time
def ping(family, addr):
    proto = socket.IPPROTO_ICMP if family == socket.AF_INET else socket.IPPROTO_ICMPV6
    s = socket.socket(family, socket.SOCK_RAW, proto)
    echo = bytes([8 if family == socket.AF_INET else 128, 0, 0, 0, 0, 1, 0, 1])
    s.sendto(echo + b"x" * 32, (addr, 0))
for addr in %r:
    family = socket.AF_INET6 if ":" in addr else socket.AF_INET
    for _ in range(3):
        ping(family, addr)
        c = socket.create_connection((addr, 5001), timeout=5)
        c.sendall(b"hello" * 100); c.recv(4096); c.close()
        u = socket.socket(family, socket.SOCK_DGRAM); u.settimeout(5)
        u.sendto(b"ping" * 10, (addr, 5002)); u.recv(4096)
        time.sleep(0.05)
"""


def host_traffic() -> list[bytes]:
    """Frames the kernel sends between two namespaces (veth, and VXLAN over it), as
    captured on one end by a packet socket."""
    tag = f"fdsl-fid-{os.getpid()}"
    a, b = f"{tag}-a", f"{tag}-b"
    frames: list[bytes] = []
    _ip("netns", "add", a)
    try:
        _ip("netns", "add", b)
        _ip("-n", a, "link", "add", VETH_A, "type", "veth", "peer", "name", VETH_B,
            "netns", b)
        for ns, dev, v4, v6, peer in ((a, VETH_A, "10.77.0.1", "fd77::1", "10.77.0.2"),
                                      (b, VETH_B, "10.77.0.2", "fd77::2", "10.77.0.1")):
            _ip("-n", ns, "addr", "add", f"{v4}/24", "dev", dev)
            _ip("-n", ns, "-6", "addr", "add", f"{v6}/64", "dev", dev, "nodad")
            _ip("-n", ns, "link", "set", dev, "up")
            _ip("-n", ns, "link", "set", "lo", "up")
            _ip("-n", ns, "link", "add", "vx0", "type", "vxlan", "id", "42", "dstport",
                "4789", "local", v4, "remote", peer, "dev", dev)
            inner = "10.78.0.1" if ns == a else "10.78.0.2"
            _ip("-n", ns, "addr", "add", f"{inner}/24", "dev", "vx0")
            _ip("-n", ns, "link", "set", "vx0", "up")
        done = threading.Event()
        fd = _capture_socket(a)
        reader = threading.Thread(target=_read_frames, args=(fd, frames, done))
        reader.start()
        server = _in_ns(a, SERVER)
        time.sleep(0.5)
        client = _in_ns(b, CLIENT % (["10.77.0.1", "fd77::1", "10.78.0.1"],))
        client.wait(timeout=60)
        time.sleep(0.3)
        done.set()
        reader.join()
        server.kill()
        server.wait()
        os.close(fd)
    finally:
        subprocess.run(["ip", "netns", "del", a], capture_output=True)
        subprocess.run(["ip", "netns", "del", b], capture_output=True)
    return frames


def _capture_socket(ns: str) -> int:
    """An AF_PACKET socket on VETH_A in ``ns``, opened by a thread that entered it."""
    result: dict[str, int] = {}

    def body() -> None:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        with open(f"/run/netns/{ns}") as handle:  # os.setns is Python 3.12's
            if libc.setns(handle.fileno(), 0x40000000) != 0:  # CLONE_NEWNET
                raise OSError(ctypes.get_errno(), f"setns into {ns}")
        sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(0x0003))
        sock.bind((VETH_A, 0))
        sock.settimeout(0.2)
        result["fd"] = sock.detach()

    thread = threading.Thread(target=body)
    thread.start()
    thread.join()
    return result["fd"]


def _read_frames(fd: int, frames: list[bytes], done: threading.Event) -> None:
    sock = socket.socket(fileno=fd)
    sock.settimeout(0.2)
    try:
        while not done.is_set():
            try:
                frames.append(sock.recv(65535))
            except TimeoutError:
                continue
    finally:
        sock.detach()


def random_frames(count: int) -> list[bytes]:
    import warnings

    from hypothesis import HealthCheck, given, settings
    from hypothesis.errors import NonInteractiveExampleWarning

    from tests.protocols.packets import frames as frame_strategy

    out: list[bytes] = []

    @settings(max_examples=count, database=None, deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(frame_strategy())
    def collect(frame: bytes) -> None:
        out.append(frame)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NonInteractiveExampleWarning)
        collect()
    return out


def vector_frames() -> list[bytes]:
    from flowdsl.protocols.samples import sample_frames

    from tests.protocols.test_vectors import KERNEL

    return [v.frame for v in KERNEL] + [frame for _, frame in sample_frames()]


def check(program_fd: int, frames: list[bytes]) -> dict[str, object]:
    from flowdsl.dsl.reference import ReferenceDissector
    from flowdsl.protocols import default_graph
    from flowdsl.runtime.oracle import compare_with_builtin
    from flowdsl.runtime.paged import dissect_real_skbs

    from flowdsl.explain import HASH_FLAGS, UNEXPLAINED, explain
    from flowdsl.skbtest import VLAN_PULL, as_received

    reference = ReferenceDissector(default_graph())
    frames = [f for f in frames if 14 <= len(f) <= 4096]
    reasons: Counter[str] = Counter()
    verdicts: Counter[str] = Counter()
    examples: dict[str, str] = {}
    hashed = same = 0
    for start in range(0, len(frames), CHUNK):
        chunk = frames[start:start + CHUNK]
        pairs = compare_with_builtin(program_fd, [(str(i), f) for i, f in enumerate(chunk)])
        # the kernel frees a frame whose outer VLAN tag it cannot pull (skb_vlan_untag)
        # before any dissector sees it
        deliverable = [f for f in chunk if not (f[12:14] in (b"\x81\x00", b"\x88\xa8")
                                                and len(f) < VLAN_PULL)]
        verdicts["not deliverable as an skb"] += len(chunk) - len(deliverable)
        skbs = dict(zip(deliverable, dissect_real_skbs(program_fd, [(f, ()) for f in
                                                                    deliverable]),
                        strict=True))
        for frame, pair in zip(chunk, pairs, strict=True):
            if pair.comparable:
                hashed += 1
                same += pair.same
                for reason in explain(frame, reference.run(frame, HASH_FLAGS), pair):
                    reasons[reason] += 1
                    if reason == UNEXPLAINED:
                        examples.setdefault(f"hash {len(examples)}", frame.hex())
            skb = skbs.get(frame)
            if skb is None:
                continue
            b, o = skb.builtin.payload_offset, skb.program.payload_offset
            what = "verdict" if (b == 0) != (o == 0) else "payload offset" if b != o and not (
                skb.builtin.payload_offset_capped and skb.program.payload_offset_capped) \
                else ""
            if not what:
                verdicts["same verdict and payload offset"] += 1
                continue
            # the skb the dissector sees: an outer VLAN tag is already in vlan_tci
            seen, _ = as_received(frame, ())
            # skb_get_poff passes no flags; a limit of the profile: README's table
            why = "limit" if reference.run(seen, 0).limit_reached else UNEXPLAINED
            verdicts[f"{what} differs: {why}"] += 1
            if why == UNEXPLAINED:
                examples.setdefault(f"{what} {len(examples)}", frame.hex())
    return {"frames": len(frames), "hashed": hashed, "same_hash": same,
            "hash_difference_reasons": dict(reasons), "real_skbs": dict(verdicts),
            "examples": dict(list(examples.items())[:10])}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--random", type=int, default=20000, help="random frames")
    parser.add_argument("--keep", type=Path, help="write the corpora as pcaps here")
    args = parser.parse_args()
    from flowdsl.codegen.build import build
    from flowdsl.protocols import default_graph
    from flowdsl.runtime.elf import read_elf
    from flowdsl.runtime.loader import load_object

    corpora = {"host": host_traffic(), "vectors": vector_frames(),
               "random": random_frames(args.random)}
    keep = args.keep or Path(tempfile.mkdtemp(prefix="flowdsl-fidelity-"))
    keep.mkdir(parents=True, exist_ok=True)
    report: dict[str, object] = {}
    with load_object(read_elf(build(default_graph()).obj, "kernel profile")) as program:
        for name, frames in corpora.items():
            write_pcap(keep / f"{name}.pcap", frames)
            print(f"{name}: {len(frames)} frames", file=sys.stderr)
            report[name] = check(program.fd.fd, frames)
    print(json.dumps(report, indent=1))
    if not args.keep:
        for path in keep.iterdir():
            path.unlink()
        keep.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
