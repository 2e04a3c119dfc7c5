"""flowdsl-cni with the real reference plugins, as a container runtime drives them.

50 pods on one node: ADD runs loopback, then the chain bridge (host-local IPAM) ->
flowdsl-cni with bridge's result as prevResult, four pods at a time (a runtime may work
on different containers at once). 48 pods are on a network without counters and share
one program; 2 on a network with ``stats: true`` (each its own program, its counters).
Traffic between pods is dissected by flowdsl in the receiving pod (a tcx probe there
asks for each datagram's hash): each datagram counted exactly once there, and not in
the sender's counters; CHECK passes, and fails once someone else swaps the program; DEL
removes each attachment, a second DEL succeeds, a DEL after the namespace was deleted
too; at the end no program, link, map or pin of the test's (the probe's included) is
left."""

from __future__ import annotations

import json
import socket
import subprocess
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from flowdsl.runtime.netns import in_netns
from flowdsl.runtime.paged import TCX_PASS, HashProbe

from tests.cni.runtime import Node, Pod, without_ipv6
from tests.runtime import objects
from tests.runtime.objects import baseline_objects, settled_objects

PODS = 50
PLAIN, STATS = "fdcni-plain", "fdcni-stats"
SO_RCVBUFFORCE = 33  # not in Python's socket module
PORT = 9999  # bound in the receiving pod: no ICMP error, whose path dissects too


def stats(node: Node, pod: Pod) -> dict[str, int]:
    proc = subprocess.run(["flowdsl", "stats", "--json", "--netns-path", pod.netns,
                           "--pin-root", str(node.pin_root)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    counters: dict[str, int] = json.loads(proc.stdout)["counters"]
    return counters


def moved(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    return {k: after[k] - before[k] for k in after if after[k] != before[k]}


def send_udp(sender: Pod, to: str, count: int) -> None:
    """``count`` datagrams from an unconnected socket in ``sender``'s namespace."""
    with in_netns(sender.netns, lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) as s:
        for _ in range(count):
            s.sendto(b"x" * 64, (to, PORT))


def receive_udp(sock: socket.socket, count: int) -> None:
    sock.settimeout(5)
    for _ in range(count):
        sock.recv(128)


def test_fifty_pods_with_the_reference_plugins(node: Node) -> None:
    before = baseline_objects()
    confs: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
        PLAIN: (node.bridge_conf(PLAIN, "10.77.0.10", "10.77.0.250"),
                node.flowdsl_conf(PLAIN)),
        STATS: (node.bridge_conf(STATS, "10.77.1.10", "10.77.1.250"),
                node.flowdsl_conf(STATS, stats=True)),
    }
    pods = [node.new_pod() for _ in range(PODS)]
    for pod in pods:
        objects.own_netns(pod.name)
    # a quiet network: the probe below dissects every frame that reaches the receiver,
    # and IPv6's link-local chatter (from the pods, the bridge and its ports) would too
    for path in [f"/run/netns/{node.node_ns}"] + [pod.netns for pod in pods]:
        without_ipv6(path)
    network = {pod.name: STATS if i < 2 else PLAIN for i, pod in enumerate(pods)}

    def add(pod: Pod) -> None:
        assert node.loopback(pod).status == 0
        first, second = node.add(pod, network[pod.name], *confs[network[pod.name]])
        assert second.status == 0, second
        assert second.out == first.out  # prevResult passed through unchanged

    # the first pod of each network builds its object (cold), the others find it
    add(pods[0])
    add(pods[2])
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(add, pods[1:2] + pods[3:]))
    assert len([p for p in node.cache_dir.iterdir() if p.suffix == ".o"]) == 2  # 2 configs

    # one program shared by the 48 pods without counters, a reference each
    shared = list((node.pin_root / "programs").iterdir())
    assert len(shared) == 1
    assert len([e for e in shared[0].iterdir() if e.name.startswith("netns_")]) == PODS - 2
    assert len(list(node.pin_root.glob("netns_*"))) == PODS

    # traffic between pods is dissected by flowdsl in the receiving pod's namespace. A
    # veth receive without RPS, GRO or XDP never dissects, so a tcx ingress probe on the
    # receiver's interface asks for each datagram's hash (bpf_get_hash_recalc), as RPS
    # would, and lets it through to a bound socket. The senders know the receiver's MAC
    # (a permanent neighbour entry): no ARP request reaches the probe.
    receiver, other_stats, plain = pods[0], pods[1], pods[2]
    to = receiver.ip(STATS)
    for sender in (plain, other_stats):
        subprocess.run(["ip", "-n", sender.name, "neigh", "replace", to, "lladdr",
                        receiver.mac(STATS), "dev", sender.ifname, "nud", "permanent"],
                       check=True)
    sock = in_netns(receiver.netns, lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM))
    with sock:
        # 300 queued datagrams overflow the default receive buffer (measured)
        sock.setsockopt(socket.SOL_SOCKET, SO_RCVBUFFORCE, 1 << 22)
        sock.bind((to, PORT))
        probe = in_netns(receiver.netns, lambda: HashProbe(
            socket.if_nametoindex(receiver.ifname), verdict=TCX_PASS))
        with probe:  # the test's own objects: closed before the leak check below
            start, start_other, seen = (stats(node, receiver), stats(node, other_stats),
                                        probe.read()[1])
            send_udp(plain, to, 200)
            send_udp(other_stats, to, 100)
            receive_udp(sock, 300)
            assert probe.read()[1] - seen == 300
            counted = {"BPF_OK": 300, "entry": 300, "ipv4": 300, "udp": 300}
            assert moved(start, stats(node, receiver)) == counted
            # the other pod with counters sent 100 of them: its own program counted none
            assert moved(start_other, stats(node, other_stats)) == {}

    # CHECK passes for every pod. (bridge's own CHECK is run but not asserted: a Linux
    # bridge takes the lowest MAC of its ports, so the bridge MAC in an earlier pod's
    # result goes stale as pods join, and the reference plugin reports that.)
    def check(pod: Pod) -> None:
        _, flowdsl = node.check(pod, network[pod.name], *confs[network[pod.name]])
        assert (flowdsl.status, flowdsl.out) == (0, None), flowdsl

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(check, pods))

    # ... and fails once the pod runs another program
    swapped = pods[3]
    proc = subprocess.run(["flowdsl", "load", "--profile", "minimal", "--netns", swapped.name,
                           "--pin-root", str(node.pin_root)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    failed = node.check(swapped, PLAIN, *confs[PLAIN])[1]
    assert failed.status == 1 and failed.out is not None and failed.out["code"] == 103
    again = node.exec_plugin("flowdsl-cni", confs[PLAIN][1] | {
        "prevResult": swapped.results[PLAIN]}, node.env("ADD", swapped))
    assert again.status == 0, again  # flowdsl-cni's ADD again mends it...
    assert node.check(swapped, PLAIN, *confs[PLAIN])[1].status == 0  # ... as CHECK says

    # two pods whose namespace the runtime deleted before DEL
    gone = pods[4:6]
    for pod in gone:
        node.remove_pod(pod)

    # DEL (flowdsl-cni, then bridge), twice: the second finds nothing, and succeeds
    def delete(pod: Pod) -> None:
        for _ in range(2):
            ours, bridge = node.delete(pod, network[pod.name], *confs[network[pod.name]])
            assert (ours.status, ours.out) == (0, None), ours
            assert bridge.status == 0, bridge

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(delete, pods))
    assert node.loopback(pods[0], "DEL").status == 0

    # nothing left: no deployment (the deleted namespaces' too), no shared program, no
    # pin; no link, program or map
    assert sorted(p.name for p in node.pin_root.iterdir()) == []
    for pod in pods:
        if pod not in gone:
            node.remove_pod(pod)
    assert settled_objects(before) == before
    links = subprocess.run(["ip", "-n", node.node_ns, "-o", "link"], capture_output=True,
                           text=True).stdout
    assert "veth" not in links  # bridge's DEL removed its host ends


def test_a_chain_in_cni_0_4_0() -> None:
    """The same chain with cniVersion 0.4.0: the result keeps 0.4.0's form (each IP
    with its version), CHECK and DEL work."""
    from tests.cni.conftest import require_node

    require_node()
    with Node(cni_version="0.4.0") as node:
        objects.own_mount(node.bpffs)
        try:
            bridge = node.bridge_conf("fdcni-old")
            flowdsl = node.flowdsl_conf("fdcni-old", profile="minimal")
            pod = node.new_pod()
            first, second = node.add(pod, "fdcni-old", bridge, flowdsl)
            assert second.status == 0 and second.out == first.out
            assert second.out is not None and second.out["cniVersion"] == "0.4.0"
            assert second.out["ips"][0]["version"] == "4"
            assert node.check(pod, "fdcni-old", bridge, flowdsl)[1].status == 0
            assert node.delete(pod, "fdcni-old", bridge, flowdsl)[0].status == 0
            assert not list(node.pin_root.glob("netns_*"))
        finally:
            objects.disown_mount(node.bpffs)


def test_a_namespace_given_as_a_process_file(node: Node) -> None:
    """CNI_NETNS as /proc/PID/ns/net (runtimes that keep a pod's namespace alive by a
    process, not a bind mount): ADD, CHECK; the process dies, its namespace with it, and
    DEL (the path leads nowhere now) still removes the attachment's pins."""
    import os
    import time

    holder = subprocess.Popen(["unshare", "--net", "sleep", "300"])
    try:
        path = f"/proc/{holder.pid}/ns/net"
        deadline = time.monotonic() + 10
        while os.stat(path).st_ino == os.stat("/proc/self/ns/net").st_ino:
            assert time.monotonic() < deadline, "unshare did not make a namespace"
            time.sleep(0.02)
        pod = Pod("unused", f"{node.tag}proc")
        conf = node.flowdsl_conf("fdcni-proc", profile="minimal")
        prev = {"prevResult": {"cniVersion": "1.0.0", "interfaces": [
            {"name": "eth0", "sandbox": path}], "ips": []}}
        add = node.exec_plugin("flowdsl-cni", conf | prev, node.env("ADD", pod, netns=path))
        assert add.status == 0 and add.out == prev["prevResult"], add
        check = node.exec_plugin("flowdsl-cni", conf | prev, node.env("CHECK", pod, netns=path))
        assert check.status == 0, check
        assert len(list(node.pin_root.glob("netns_*"))) == 1
    finally:
        holder.kill()
        holder.wait()
    delete = node.exec_plugin("flowdsl-cni", conf | prev, node.env("DEL", pod, netns=path))
    assert (delete.status, delete.out) == (0, None), delete
    assert not list(node.pin_root.glob("netns_*"))
    assert not list(node.pin_root.glob("programs/*"))


def test_del_by_a_path_that_went_while_the_namespace_lives(node: Node) -> None:
    """The path DEL is given is gone (the process died) but something else still holds
    the namespace: DEL finds the attachment by its record and detaches it anyway."""
    import os
    import time

    from flowdsl.runtime.links import flow_dissector_links

    pod = node.new_pod()
    objects.own_netns(pod.name)
    holder = subprocess.Popen(["ip", "netns", "exec", pod.name, "sleep", "300"])
    inode = os.stat(pod.netns).st_ino
    path = f"/proc/{holder.pid}/ns/net"
    deadline = time.monotonic() + 10
    while os.stat(path).st_ino != inode:
        assert time.monotonic() < deadline, "ip netns exec did not enter the namespace"
        time.sleep(0.02)
    conf = node.flowdsl_conf("fdcni-proc", profile="minimal")
    try:
        assert node.exec_plugin("flowdsl-cni", conf, node.env("ADD", pod, netns=path)).status == 0
        assert any(link.netns_ino == inode for link in flow_dissector_links())
    finally:
        holder.kill()
        holder.wait()
    delete = node.exec_plugin("flowdsl-cni", conf, node.env("DEL", pod, netns=path))
    assert (delete.status, delete.out) == (0, None), delete
    assert not any(link.netns_ino == inode for link in flow_dissector_links())
    assert not list(node.pin_root.glob("netns_*"))
