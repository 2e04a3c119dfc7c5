"""Shared fixtures. Kernel tests need root (CAP_BPF + CAP_NET_ADMIN): locally they skip
without it, on CI (CI=true) a missing capability is a failure, never a silent skip."""

from __future__ import annotations

import errno
import functools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from flowdsl.codegen.build import build
from flowdsl.dsl.graph import ParseGraph
from flowdsl.dsl.keys import FlowKeys
from flowdsl.dsl.reference import outcome_differences
from flowdsl.protocols import default_graph, library_graph, with_profile
from flowdsl.runtime.elf import read_elf
from flowdsl.runtime.loader import Program, load_object

from flowdsl.errors import BpfError

ON_CI = os.environ.get("CI", "").lower() == "true"
# Always give scapy both MAC addresses: without a dst it resolves one by sending ARP/ND.
MAC_SRC, MAC_DST = "02:00:00:00:00:01", "02:00:00:00:00:02"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true",
                     help="rewrite golden files from the current output")


@pytest.fixture(scope="session")
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


def assert_golden(text: str, golden: Path, update: bool, what: str = "output") -> None:
    """``text`` equals the golden file (rewritten first under --update-goldens); a
    missing golden is a failure, never a silent pass."""
    if update:
        golden.write_text(text)
    assert golden.exists(), f"no golden {golden.name}: run pytest --update-goldens"
    assert text == golden.read_text(), f"{what} changed; review it, then --update-goldens"


def kernel_unavailable(reason: str) -> None:
    if ON_CI:
        pytest.fail(f"kernel test cannot run on CI: {reason}")
    pytest.skip(reason)


def load_or_skip(obj: bytes) -> Program:
    try:
        return load_object(read_elf(obj))
    except BpfError as error:
        if error.errno in (errno.EPERM, errno.EACCES):
            kernel_unavailable("needs root (CAP_BPF and CAP_NET_ADMIN)")
        raise


@functools.cache
def profile_graph(name: str) -> ParseGraph:
    """The built-in library under a shipped profile (kernel, overlay, minimal)."""
    return with_profile(library_graph(), name)[0]


@pytest.fixture(scope="session")
def profile_program() -> Iterator[Callable[[str], Program]]:
    """Loads each shipped profile's program once per session, on first use."""
    loaded: dict[str, Program] = {}

    def get(name: str) -> Program:
        if name not in loaded:
            loaded[name] = load_or_skip(build(profile_graph(name)).obj)
        return loaded[name]

    yield get
    for program in loaded.values():
        program.close()


@pytest.fixture(scope="session")
def default_build():  # type: ignore[no-untyped-def]
    return build(default_graph())


@pytest.fixture(scope="session")
def default_program(default_build) -> Iterator[Program]:  # type: ignore[no-untyped-def]
    program = load_or_skip(default_build.obj)
    yield program
    program.close()


def describe_mismatch(got_verdict: int, got: FlowKeys, want_verdict: int,
                      want: FlowKeys) -> str:
    return "\n".join(f"  {key}: got {a!r}, expected {b!r}"
                     for key, a, b in outcome_differences(got_verdict, got, want_verdict, want))
