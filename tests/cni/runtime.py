"""A container runtime's part, played for the CNI tests and the ADD benchmark.

A "node" is a network namespace of its own (so the bridge the reference ``bridge``
plugin makes, and the host ends of the pods' veths, never touch the host's root
namespace), a private bpffs (the pin root), a compile cache directory and a host-local
IPAM data directory; "pods" are namespaces made with ``ip netns add``. Plugins run as
the runtime runs them: an executable per plugin, the configuration on stdin, CNI_* in
the environment. ``bridge`` and ``loopback`` run inside the node namespace (``ip netns
exec``); flowdsl-cni runs on the host, as it attaches by namespace file and refuses to
run inside a named namespace. Everything is removed by ``close()``.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flowdsl.runtime.netns import in_netns

CNI_BIN = Path("/usr/lib/cni")
FLOWDSL_CNI = Path(sysconfig.get_path("scripts")) / "flowdsl-cni"
PREFIX = "fdcni-"


def plugins_available() -> bool:
    return all((CNI_BIN / p).exists() for p in ("bridge", "host-local", "loopback"))


def without_ipv6(path: str) -> None:
    """IPv6 off in the namespace at ``path``, for its interfaces now and to come: no
    router solicitations, DAD or MLD reports, which the bridge floods to every pod."""
    def work() -> None:
        for which in ("all", "default"):
            Path(f"/proc/sys/net/ipv6/conf/{which}/disable_ipv6").write_text("1\n")

    in_netns(path, work)


@dataclass
class Pod:
    name: str  # its namespace's name in /run/netns
    container_id: str
    ifname: str = "eth0"
    results: dict[str, dict[str, Any]] = field(default_factory=dict)  # per network

    @property
    def netns(self) -> str:
        return f"/run/netns/{self.name}"

    def ip(self, network: str) -> str:
        return str(self.results[network]["ips"][0]["address"]).split("/")[0]

    def mac(self, network: str) -> str:
        """The MAC address of the pod's own interface, from the chain's result."""
        (mac,) = [i["mac"] for i in self.results[network]["interfaces"]
                  if i.get("sandbox") == self.netns and i["name"] == self.ifname]
        return str(mac)


@dataclass
class Invocation:
    status: int
    out: dict[str, Any] | None
    stderr: str


class Node:
    def __init__(self, subnet: str = "10.77.0.0/16", cni_version: str = "1.0.0") -> None:
        self.tag = uuid.uuid4().hex[:8]
        self.node_ns = f"{PREFIX}{self.tag}-node"
        self.bridge = f"{PREFIX}{self.tag}"  # 14 characters: an interface name fits
        self.subnet = subnet
        self.cni_version = cni_version
        self.tmp = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{self.tag}-"))
        os.chmod(self.tmp, 0o700)
        self.bpffs = self.tmp / "bpffs"
        self.bpffs.mkdir()
        self.pin_root = self.bpffs / "flowdsl"
        self.cache_dir = self.tmp / "cache"
        self.ipam_dir = self.tmp / "ipam"
        self.pods: list[Pod] = []
        self._mounted = False
        subprocess.run(["ip", "netns", "add", self.node_ns], check=True)
        subprocess.run(["mount", "-t", "bpf", "bpf", str(self.bpffs)], check=True)
        self._mounted = True
        self._count = 0

    # -- configuration ------------------------------------------------------------
    def bridge_conf(self, network: str, range_start: str | None = None,
                    range_end: str | None = None) -> dict[str, Any]:
        ipam_range: dict[str, Any] = {"subnet": self.subnet}
        if range_start:
            ipam_range |= {"rangeStart": range_start, "rangeEnd": range_end}
        return {"cniVersion": self.cni_version, "name": network, "type": "bridge",
                "bridge": self.bridge, "isGateway": False, "ipMasq": False,
                "ipam": {"type": "host-local", "ranges": [[ipam_range]],
                         "dataDir": str(self.ipam_dir)}}

    def flowdsl_conf(self, network: str, **keys: Any) -> dict[str, Any]:
        return {"cniVersion": self.cni_version, "name": network, "type": "flowdsl-cni",
                "pinRoot": str(self.pin_root), "cacheDir": str(self.cache_dir)} | keys

    # -- pods ---------------------------------------------------------------------
    def new_pod(self) -> Pod:
        self._count += 1
        pod = Pod(f"{PREFIX}{self.tag}-p{self._count}", f"{self.tag}pod{self._count:04d}")
        subprocess.run(["ip", "netns", "add", pod.name], check=True)
        self.pods.append(pod)
        return pod

    def env(self, command: str, pod: Pod, netns: str | None = None) -> dict[str, str]:
        env = {"CNI_COMMAND": command, "CNI_CONTAINERID": pod.container_id,
               "CNI_NETNS": pod.netns if netns is None else netns,
               "CNI_IFNAME": pod.ifname, "CNI_PATH": str(CNI_BIN),
               "PATH": os.environ.get("PATH", "/usr/sbin:/usr/bin:/sbin:/bin")}
        for keep in ("FLOWDSL_LOCK_DIR", "PYTHONPATH", "PYTHONDONTWRITEBYTECODE"):
            if keep in os.environ:
                env[keep] = os.environ[keep]
        return env

    def exec_plugin(self, plugin: str, conf: dict[str, Any], env: dict[str, str]
                    ) -> Invocation:
        """Run one plugin as a runtime does: its executable, conf on stdin."""
        if plugin == "flowdsl-cni":
            argv = [str(FLOWDSL_CNI)]
        else:
            argv = ["ip", "netns", "exec", self.node_ns, str(CNI_BIN / plugin)]
        proc = subprocess.run(argv, input=json.dumps(conf).encode(), env=env,
                              capture_output=True)
        text = proc.stdout.decode()
        out = json.loads(text) if text.strip() else None
        return Invocation(proc.returncode, out, proc.stderr.decode())

    def run_inprocess(self, conf: dict[str, Any], env: dict[str, str]) -> Invocation:
        """flowdsl-cni in this process (flowdsl.cni.run), for the latency benchmark."""
        from flowdsl.cni import run

        saved = dict(os.environ)
        os.environ.update(env)
        try:
            status, out = run(env, io.BytesIO(json.dumps(conf).encode()))
        finally:
            os.environ.clear()
            os.environ.update(saved)
        return Invocation(status, out, "")

    def add(self, pod: Pod, network: str, bridge: dict[str, Any],
            flowdsl: dict[str, Any]) -> tuple[Invocation, Invocation]:
        """The network's chain: bridge (with host-local), then flowdsl-cni with bridge's
        result as prevResult; the chain's result is kept on the pod."""
        first = self.exec_plugin("bridge", bridge, self.env("ADD", pod))
        assert first.status == 0 and first.out is not None, first
        second = self.exec_plugin("flowdsl-cni", flowdsl | {"prevResult": first.out},
                                  self.env("ADD", pod))
        if second.status == 0 and second.out is not None:
            pod.results[network] = second.out
        return first, second

    def loopback(self, pod: Pod, command: str = "ADD") -> Invocation:
        conf = {"cniVersion": self.cni_version, "name": "lo", "type": "loopback"}
        return self.exec_plugin("loopback", conf, self.env(command, pod))

    def check(self, pod: Pod, network: str, bridge: dict[str, Any],
              flowdsl: dict[str, Any]) -> tuple[Invocation, Invocation]:
        prev = {"prevResult": pod.results[network]}
        return (self.exec_plugin("bridge", bridge | prev, self.env("CHECK", pod)),
                self.exec_plugin("flowdsl-cni", flowdsl | prev, self.env("CHECK", pod)))

    def delete(self, pod: Pod, network: str, bridge: dict[str, Any],
               flowdsl: dict[str, Any]) -> tuple[Invocation, Invocation]:
        """DEL in reverse order: flowdsl-cni, then bridge."""
        prev = {"prevResult": pod.results[network]} if network in pod.results else {}
        return (self.exec_plugin("flowdsl-cni", flowdsl | prev, self.env("DEL", pod)),
                self.exec_plugin("bridge", bridge | prev, self.env("DEL", pod)))

    def in_pod(self, pod: Pod, code: str) -> subprocess.CompletedProcess[str]:
        """Python ``code`` run inside the pod's namespace."""
        return subprocess.run(["ip", "netns", "exec", pod.name, sys.executable, "-c", code],
                              capture_output=True, text=True, timeout=60)

    def remove_pod(self, pod: Pod) -> None:
        subprocess.run(["ip", "netns", "delete", pod.name], check=False,
                       capture_output=True)

    # -- the end --------------------------------------------------------------------
    def close(self) -> None:
        for pod in self.pods:
            if os.path.exists(pod.netns):
                self.remove_pod(pod)
        subprocess.run(["ip", "netns", "delete", self.node_ns], check=False,
                       capture_output=True)
        if self._mounted:
            subprocess.run(["umount", "-l", str(self.bpffs)], check=False)
            self._mounted = False
        shutil.rmtree(self.tmp, ignore_errors=True)

    def __enter__(self) -> Node:
        return self

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(Exception):
            self.close()
