"""Fixtures of the CNI tests: a node (tests/cni/runtime.py) with the reference plugins,
and its objects counted as the test's own for the leak checks."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.cni.runtime import FLOWDSL_CNI, Node, plugins_available
from tests.conftest import kernel_unavailable
from tests.runtime import objects


def require_node() -> None:
    if os.geteuid() != 0:
        kernel_unavailable("needs root (namespaces, a bpffs, CAP_BPF)")
    if not plugins_available():
        kernel_unavailable("needs the reference CNI plugins in /usr/lib/cni (apt-get install "
                           "containernetworking-plugins; .ci/run installs them)")
    if not FLOWDSL_CNI.exists():
        kernel_unavailable(f"no {FLOWDSL_CNI}: pip install -e . installs flowdsl-cni")


@pytest.fixture
def node() -> Iterator[Node]:
    require_node()
    with Node() as made:
        objects.own_mount(made.bpffs)
        try:
            yield made
        finally:
            objects.disown_mount(made.bpffs)
            for pod in made.pods:
                objects.disown_netns(pod.name)
