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
    """A fresh bpffs, mounted for this test only; its pins go with the unmount."""
    if os.geteuid() != 0:
        kernel_unavailable("needs root to mount a bpffs")
    mountpoint = Path(tempfile.mkdtemp(prefix="flowdsl-bpffs-"))
    subprocess.run(["mount", "-t", "bpf", "bpf", str(mountpoint)], check=True)
    objects.own_mount(mountpoint)
    try:
        yield mountpoint / "flowdsl"
    finally:
        objects.disown_mount(mountpoint)
        subprocess.run(["umount", "-l", str(mountpoint)], check=False)
        mountpoint.rmdir()


@pytest.fixture
def make_netns() -> Iterator[Callable[[], str]]:
    """Creates uniquely named namespaces (`ip netns add`) and deletes them afterwards."""
    made: list[str] = []

    def make() -> str:
        name = f"fdtest-{uuid.uuid4().hex[:10]}"
        subprocess.run(["ip", "netns", "add", name], check=True)
        made.append(name)
        objects.own_netns(name)
        return name

    yield make
    for name in made:
        objects.disown_netns(name)
        subprocess.run(["ip", "netns", "del", name], check=False, capture_output=True)
