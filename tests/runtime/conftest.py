"""Fixtures for deployment tests: a private bpffs mount and throwaway namespaces, all
removed afterwards. Never the root namespace. Both are the test's own: the leak counts
of ``tests.runtime.objects`` look at what they hold."""

from __future__ import annotations

import os
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import kernel_unavailable
from tests.runtime import objects


@pytest.fixture
def pin_root() -> Iterator[Path]:
    """A fresh bpffs, mounted for this test only; its pins go with the unmount. (mount(8):
    pyroute2 has no mount call.)"""
    if os.geteuid() != 0:
        kernel_unavailable("needs root to mount a bpffs")
    mountpoint = Path(tempfile.mkdtemp(prefix="flowdsl-bpffs-"))
    subprocess.run(["mount", "-t", "bpf", "bpf", str(mountpoint)], check=True)
    try:
        objects.own_mount(mountpoint)
        yield mountpoint / "flowdsl"
    finally:
        objects.disown_mount(mountpoint)
        subprocess.run(["umount", "-l", str(mountpoint)], check=False)
        mountpoint.rmdir()


@pytest.fixture
def make_netns() -> Iterator[Callable[[], str]]:
    """Creates uniquely named namespaces (as `ip netns add` does: pyroute2's
    ``netns.create`` is its port) and deletes them afterwards."""
    from pyroute2 import netns

    made: list[str] = []

    def make() -> str:
        name = f"fdtest-{uuid.uuid4().hex[:10]}"
        netns.create(name)
        made.append(name)
        objects.own_netns(name)
        return name

    yield make
    for name in made:
        objects.disown_netns(name)
        if os.path.exists(f"/run/netns/{name}"):  # a test may have deleted it already
            netns.remove(name)
