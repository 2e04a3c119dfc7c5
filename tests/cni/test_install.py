"""Installing on a node: the conflist edit (idempotent add and remove, the chain's
order kept, written atomically), the plugin executable, and the Kubernetes manifests,
checked offline against a small schema of what they must hold (no cluster here: a
``kubectl apply --dry-run=server`` is the check to run on one)."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from flowdsl.cni_install import (
    PLUGIN_TYPE,
    InstallError,
    active_conflist,
    add_to_chain,
    edit_conflist,
    install,
    remove_from_chain,
    wrapper,
)

DEPLOY = Path(__file__).parents[2] / "deploy" / "kubernetes"
BRIDGE = {"type": "bridge", "bridge": "cni0", "ipam": {"type": "host-local"}}
PORTMAP = {"type": "portmap", "capabilities": {"portMappings": True}}
OURS = {"type": PLUGIN_TYPE, "profile": "kernel"}


def conflist(*plugins: dict[str, Any]) -> dict[str, Any]:
    return {"cniVersion": "1.0.0", "name": "k8s", "plugins": list(plugins)}


def test_add_is_idempotent_and_remove_restores() -> None:
    original = conflist(BRIDGE, PORTMAP)
    added = add_to_chain(original, OURS)
    assert added["plugins"] == [BRIDGE, PORTMAP, OURS]
    assert add_to_chain(added, OURS) == added
    assert remove_from_chain(added) == original
    assert remove_from_chain(original) == original


def test_add_replaces_our_entry_in_its_place() -> None:
    placed = conflist(BRIDGE, {"type": PLUGIN_TYPE, "profile": "minimal"}, PORTMAP,
                      {"type": PLUGIN_TYPE})
    assert add_to_chain(placed, OURS)["plugins"] == [BRIDGE, OURS, PORTMAP]


def test_not_a_chain_is_refused(tmp_path: Path) -> None:
    single = tmp_path / "10-bridge.conf"
    single.write_text(json.dumps({"cniVersion": "1.0.0", "name": "k8s"} | BRIDGE))
    with pytest.raises(InstallError, match="conflist"):
        edit_conflist(single, OURS)
    assert not edit_conflist(single, None)  # removing from it: nothing to do
    with pytest.raises(InstallError):
        add_to_chain({"plugins": []}, OURS)


def test_edit_on_disk(tmp_path: Path) -> None:
    conf_dir = tmp_path / "etc" / "cni" / "net.d"
    conf_dir.mkdir(parents=True)
    (conf_dir / "20-other.conflist").write_text(json.dumps(conflist(PORTMAP)))
    first = conf_dir / "10-k8s.conflist"
    first.write_text(json.dumps(conflist(BRIDGE, PORTMAP)))
    os.chmod(first, 0o600)
    assert active_conflist(conf_dir) == first
    assert edit_conflist(first, OURS)
    assert not edit_conflist(first, OURS)  # idempotent: not rewritten
    assert json.loads(first.read_text())["plugins"][-1] == OURS
    assert stat.S_IMODE(first.stat().st_mode) == 0o600  # its mode kept
    assert sorted(p.name for p in conf_dir.iterdir()) == ["10-k8s.conflist",
                                                          "20-other.conflist"]
    assert edit_conflist(first, None)
    assert json.loads(first.read_text()) == conflist(BRIDGE, PORTMAP)


def test_install_writes_the_executable_and_chains(tmp_path: Path) -> None:
    host = tmp_path / "host"
    (host / "etc" / "cni" / "net.d").mkdir(parents=True)
    conf = host / "etc" / "cni" / "net.d" / "10-k8s.conflist"
    conf.write_text(json.dumps(conflist(BRIDGE)))
    done = install(host, OURS, python_prefix=None)
    executable = host / "opt" / "cni" / "bin" / PLUGIN_TYPE
    assert executable.read_bytes() == wrapper("opt/flowdsl/python")
    assert stat.S_IMODE(executable.stat().st_mode) == 0o755
    assert executable.read_text().startswith("#!/bin/sh\n")
    assert "-m flowdsl.cni" in executable.read_text()
    assert json.loads(conf.read_text())["plugins"] == [BRIDGE, OURS]
    assert any("added" in line for line in done)
    assert not any("added" in line for line in install(host, OURS, python_prefix=None))


def test_install_with_the_agents_client(tmp_path: Path) -> None:
    host = tmp_path / "host"
    client = tmp_path / "flowdsl-cni-client"
    client.write_bytes(b"\x7fELF client")
    install(host, OURS, python_prefix=None, client=client)
    executable = host / "opt" / "cni" / "bin" / PLUGIN_TYPE
    assert executable.read_bytes() == client.read_bytes()
    assert stat.S_IMODE(executable.stat().st_mode) == 0o755
    fallback = host / "opt" / "flowdsl" / "bin" / "flowdsl-cni-python"
    assert fallback.read_bytes() == wrapper("opt/flowdsl/python")
    source = (DEPLOY / "cni-client.c").read_text()
    assert '"/opt/flowdsl/bin/flowdsl-cni-python"' in source  # the client's FALLBACK


def test_the_example_conflist_chains_flowdsl_last() -> None:
    example = json.loads((DEPLOY / "10-example.conflist").read_text())
    assert example["plugins"][-1]["type"] == PLUGIN_TYPE
    assert add_to_chain(example, example["plugins"][-1]) == example


# -- the manifests, against a small schema of what they must hold ----------------------


def documents(name: str) -> list[dict[str, Any]]:
    yaml = pytest.importorskip("yaml")  # PyYAML: not a test dependency of flowdsl yet
    return [d for d in yaml.safe_load_all((DEPLOY / name).read_text()) if d]


def require(data: Any, path: str, kind: type) -> Any:
    value = data
    for key in path.split("."):
        assert isinstance(value, dict) and key in value, f"missing {path}"
        value = value[key]
    assert isinstance(value, kind), f"{path} is not a {kind.__name__}"
    return value


def check_pod_spec(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Common to both DaemonSets: host network, and every volume mount backed by a
    volume, hostPaths absolute; containers by name."""
    assert require(spec, "hostNetwork", bool) is True
    volumes = {v["name"]: v for v in require(spec, "volumes", list)}
    containers = {c["name"]: c for c in spec.get("initContainers", []) + spec["containers"]}
    for container in containers.values():
        require(container, "image", str)
        for mount in container.get("volumeMounts", []):
            assert mount["name"] in volumes, f"{mount['name']}: no such volume"
            assert mount["mountPath"].startswith("/")
    for volume in volumes.values():
        if "hostPath" in volume:
            assert volume["hostPath"]["path"].startswith("/")
    return containers


def test_daemonset_manifest() -> None:
    docs = documents("daemonset.yaml")
    assert [d["kind"] for d in docs] == ["ConfigMap", "DaemonSet"]
    for doc in docs:
        require(doc, "apiVersion", str)
        require(doc, "metadata.name", str)
        assert require(doc, "metadata.namespace", str) == "kube-system"
    plugin = json.loads(require(docs[0], "data", dict)["plugin.json"])
    assert plugin["type"] == PLUGIN_TYPE and set(plugin) <= {
        "type", "profile", "spec", "stats", "pinRoot", "cacheDir"}
    ds = docs[1]
    assert ds["apiVersion"] == "apps/v1"
    labels = require(ds, "spec.template.metadata.labels", dict)
    assert require(ds, "spec.selector.matchLabels", dict).items() <= labels.items()
    containers = check_pod_spec(require(ds, "spec.template.spec", dict))
    mount = containers["mount-bpffs"]
    assert mount["securityContext"]["privileged"] is True  # Bidirectional propagation
    assert {m["mountPath"]: m.get("mountPropagation") for m in mount["volumeMounts"]} == {
        "/sys/fs/bpf": "Bidirectional"}
    assert ds["spec"]["template"]["spec"]["hostPID"] is True  # /proc/PID/ns/net paths
    install_ = containers["install"]
    assert "--agent" in install_["args"]
    caps = install_["securityContext"]["capabilities"]
    assert caps["drop"] == ["ALL"] and {"BPF", "NET_ADMIN", "SYS_ADMIN"} <= set(caps["add"])
    paths = {m["mountPath"] for m in install_["volumeMounts"]}
    assert {"/host/opt/cni/bin", "/host/etc/cni/net.d", "/sys/fs/bpf",
            "/var/cache/flowdsl"} <= paths
    volumes = {v["name"]: v for v in ds["spec"]["template"]["spec"]["volumes"]}
    host_paths = {v["hostPath"]["path"] for v in volumes.values() if "hostPath" in v}
    assert {"/opt/cni/bin", "/etc/cni/net.d", "/sys/fs/bpf", "/var/cache/flowdsl"} <= host_paths


def test_uninstall_manifest() -> None:
    (ds,) = documents("uninstall.yaml")
    assert ds["kind"] == "DaemonSet"
    containers = check_pod_spec(require(ds, "spec.template.spec", dict))
    assert containers["uninstall"]["args"][0] == "uninstall"
    caps = containers["uninstall"]["securityContext"]["capabilities"]
    assert {"BPF", "NET_ADMIN", "SYS_ADMIN"} <= set(caps["add"])


def test_containerfile_installs_where_the_manifests_expect() -> None:
    text = (DEPLOY / "Containerfile").read_text()
    assert "/opt/flowdsl/python" in text and "flowdsl.cni_install" in text
    assert "cni-client.c" in text and "/opt/flowdsl/bin/flowdsl-cni-client" in text
