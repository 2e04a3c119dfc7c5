"""The program's ``nhoff > NHOFF_MAX`` guard (codegen/lower.py, "nhoff_max") on real skbs.

``BPF_PROG_TEST_RUN`` never hands a flow dissector such an nhoff; the kernel does. A UDP
datagram to a port nobody listens on makes the receiver answer ICMP port unreachable:
``udp_rcv`` -> ``icmp_send`` -> ``icmp_route_lookup`` -> ``xfrm_decode_session_reverse``
-> ``__skb_flow_dissect`` (since Linux 6.8, where xfrm decodes its sessions with the
flow dissector). By then ``skb->data`` is past the IP header, and the offset of the
network header relative to it is negative: -20, which the u16 ``flow_keys->nhoff``
holds as 65516. No header can be read from there, so the program answers
BPF_FLOW_DISSECTOR_CONTINUE before it reads or counts any (``entry`` does not move): the
kernel then runs its built-in dissector, which handles a negative offset. BPF_OK would
hand back keys the program never read, BPF_DROP a failure for a packet the kernel can
dissect.

ICMP rate limits do not matter: the dissection happens in the route lookup, before
the error is counted against a limit (measured on Linux 6.18: 200 datagrams in one
burst, 200 CONTINUE, where ``icmp_msgs_burst`` is 50). Each run still uses namespaces
of its own, with a fresh budget, and sends fewer packets than that burst.

Nothing else dissects here: a veth receive without RPS, GRO or XDP never calls the flow
dissector, and the sender's namespace has none of its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.runtime import objects

PACKETS = 20  # below icmp_msgs_burst (50), should a kernel limit before the lookup
SENDER_IP, RECEIVER_IP, CLOSED_PORT = "10.79.0.1", "10.79.0.2", 9999


def kernel_at_least(major: int, minor: int) -> bool:
    release = os.uname().release.split("-")[0].split(".")
    try:
        return (int(release[0]), int(release[1])) >= (major, minor)
    except (IndexError, ValueError):
        return True  # an unusual release string: try, and let the assertions tell


def stats(pin_root: Path, ns: str) -> dict[str, int]:
    proc = subprocess.run(["flowdsl", "stats", "--json", "--netns", ns, "--pin-root",
                           str(pin_root)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    counters: dict[str, int] = json.loads(proc.stdout)["counters"]
    return counters


def run(*argv: str) -> None:
    proc = subprocess.run(argv, capture_output=True, text=True)
    assert proc.returncode == 0, (argv, proc.stderr)


@pytest.mark.skipif(not kernel_at_least(6, 8), reason=(
    f"Linux {os.uname().release}: the ICMP error path dissects with a negative nhoff only "
    "since 6.8 (xfrm_decode_session_reverse through the flow dissector); older kernels "
    "never hand a flow dissector nhoff > 255, so the guard cannot be reached on a real skb"))
def test_icmp_error_path_gets_continue_and_counts_no_header(
        make_netns: Callable[[], str], pin_root: Path) -> None:
    before = objects.baseline_objects()
    sender, receiver = make_netns(), make_netns()  # fresh: a full ICMP rate-limit budget
    for ns in (sender, receiver):  # no IPv6 chatter (not dissected anyway): a quiet link
        run("ip", "netns", "exec", ns, "sysctl", "-qw", "net.ipv6.conf.all.disable_ipv6=1",
            "net.ipv6.conf.default.disable_ipv6=1")
    run("ip", "link", "add", "fdg0", "netns", sender, "type", "veth", "peer", "name", "fdg1",
        "netns", receiver)
    for ns, dev, ip in ((sender, "fdg0", SENDER_IP), (receiver, "fdg1", RECEIVER_IP)):
        run("ip", "-n", ns, "addr", "add", f"{ip}/24", "dev", dev)
        run("ip", "-n", ns, "link", "set", dev, "up")
    load = subprocess.run(["flowdsl", "load", "--stats", "--netns", receiver, "--pin-root",
                           str(pin_root)], capture_output=True, text=True)
    assert load.returncode == 0, load.stderr
    try:
        start = stats(pin_root, receiver)
        code = ("import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
                f"for _ in range({PACKETS}):\n"
                f"    s.sendto(b'x' * 32, ({RECEIVER_IP!r}, {CLOSED_PORT}))\n")
        send = subprocess.run(["ip", "netns", "exec", sender, sys.executable, "-c", code],
                              capture_output=True, text=True, timeout=60)
        assert send.returncode == 0, send.stderr
        deadline = time.monotonic() + 5
        while True:  # the receive path runs in softirq: usually done when sendto returns
            now = stats(pin_root, receiver)
            moved = {k: now[k] - start[k] for k in now if now[k] != start[k]}
            if moved.get("BPF_FLOW_DISSECTOR_CONTINUE", 0) >= PACKETS or \
                    time.monotonic() > deadline:
                break
            time.sleep(0.05)
        time.sleep(0.2)  # nothing more comes
        now = stats(pin_root, receiver)
        moved = {k: now[k] - start[k] for k in now if now[k] != start[k]}
        assert moved == {"BPF_FLOW_DISSECTOR_CONTINUE": PACKETS}, moved
        assert now["entry"] - start["entry"] == 0
    finally:
        unload = subprocess.run(["flowdsl", "unload", "--netns", receiver, "--pin-root",
                                 str(pin_root)], capture_output=True, text=True)
        assert unload.returncode == 0, unload.stderr
    assert objects.settled_objects(before) == before
