"""`flowdsl bench --baseline`: another flow dissector measured in the same trials.

The baseline here is always one flowdsl built (an object file, or the same program
pinned in a private bpffs this test mounts), so nothing depends on clang or on the
`bpf_flow.c` anchor. The whole path runs in a private network namespace, never the
root one; every pin and program is closed or removed, and the leak count checks it.
"""

from __future__ import annotations

import functools
import json
import os
import stat
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from flowdsl.codegen.build import build
from flowdsl.protocols.samples import ethernet, ipv4, ipv6, tcp, udp
from flowdsl.runtime import baseline as baseline_module
from flowdsl.runtime import bpffs
from flowdsl.runtime.baseline import open_baseline
from flowdsl.runtime.bench import ClassResult, PathResult
from flowdsl.runtime.maps import create_array
from flowdsl.runtime.oracle import hash_program

from flowdsl import pipeline
from flowdsl.cli import main
from flowdsl.errors import (
    EXIT_ATTACH,
    EXIT_BPF,
    EXIT_ELF,
    AttachError,
    BpfError,
    ElfError,
    FlowdslError,
)
from tests.conftest import load_or_skip, profile_graph
from tests.runtime import objects

CLASSES = [("IPv4/TCP", ethernet(0x0800, ipv4(6, tcp()))),
           ("IPv6/UDP", ethernet(0x86DD, ipv6(17, udp())))]
TRIALS = 3


@functools.cache
def minimal_object() -> bytes:
    return build(profile_graph("minimal")).obj


@pytest.fixture
def object_file(tmp_path: Path) -> Path:
    load_or_skip(minimal_object()).close()  # skips without root
    path = tmp_path / "baseline.o"
    path.write_bytes(minimal_object())
    return path


@pytest.fixture
def pin_dir(pin_root: Path) -> Iterator[Path]:
    """A directory only root can write, in a bpffs of this test's own."""
    load_or_skip(minimal_object()).close()
    pin_root.mkdir(mode=0o700)
    yield pin_root


def pinned_minimal(path: Path) -> None:
    with load_or_skip(minimal_object()) as program:
        bpffs.pin(program.fd.fd, path)


def measure(baseline: str, path: bool = True) -> pipeline.BenchRun:
    target = pipeline.prepare_target(None, "kernel")
    return pipeline.bench(target, CLASSES, TRIALS, 2_000, 400 if path else None,
                          lambda part: lambda done, total: None, baseline)


def assert_per_trial(alone: list[ClassResult], path: list[PathResult]) -> None:
    for r in alone:
        assert len(r.baseline.samples) == len(r.program.samples) == TRIALS
        assert r.baseline_verdict == r.verdict == 0
        # each ratio is of the same trial's figures, not of the medians
        assert r.vs_baseline.samples == [ours / theirs for ours, theirs in
                                         zip(r.program.samples, r.baseline.samples, strict=True)]
        above = [(ours - base, theirs - base) for ours, theirs, base in
                 zip(r.program.samples, r.baseline.samples, r.empty.samples,
                     strict=True)]
        assert r.above_empty_vs_baseline.samples == [a / b for a, b in above if b > 0]
        assert r.baseline_above_empty.samples == [b for _, b in above]
    for p in path:
        assert len(p.baseline.samples) == TRIALS
        assert p.vs_baseline.samples == [ours / theirs for ours, theirs in
                                         zip(p.program.samples, p.baseline.samples, strict=True)]
        assert p.baseline_vs_builtin.samples == [theirs / builtin for theirs, builtin in
                                                 zip(p.baseline.samples, p.builtin.samples,
                                                     strict=True)]


def test_an_object_baseline_is_measured_in_the_same_trials(object_file: Path) -> None:
    before = objects.baseline_objects()
    run = measure(str(object_file))
    assert [r.name for r in run.alone] == [p.name for p in run.path] == [n for n, _ in CLASSES]
    assert_per_trial(run.alone, run.path)
    assert run.baseline is not None and run.baseline["kind"] == "object"
    assert run.baseline["verified_insns"] > 0
    assert objects.settled_objects(before) == before  # the loaded baseline is closed


def test_a_pinned_baseline_in_the_cli_report(pin_dir: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    pin = pin_dir / "base"
    pinned_minimal(pin)
    try:
        with open_baseline(str(pin)) as opened:
            assert opened.kind == "pin" and opened.info.name.startswith("flowdsl")
        assert main(["bench", "--profile", "minimal", "--trials", str(TRIALS), "--repeat",
                     "1000", "--baseline", str(pin), "--json"]) == 0
        report = json.loads(capsys.readouterr().out)
        # three programs: flowdsl's, the empty one, the baseline
        assert report["baseline"]["source"] == str(pin) and report["baseline"]["kind"] == "pin"
        for c in report["classes"]:
            assert {"program_ns", "empty_ns", "baseline_ns", "above_empty_ns",
                    "baseline_above_empty_ns", "above_empty_vs_baseline",
                    "program_vs_baseline"} <= set(c)
        for p in report["whole_path"]:
            assert {"builtin_ns", "empty_ns", "keys_only_ns", "program_ns", "baseline_ns",
                    "program_vs_baseline", "baseline_vs_keys_only",
                    "baseline_vs_builtin"} <= set(p)
        # and the text report
        assert main(["bench", "--profile", "minimal", "--trials", "1", "--repeat", "100",
                     "--no-path", "--baseline", str(pin)]) == 0
        assert f"# baseline {pin}" in capsys.readouterr().out
    finally:
        pin.unlink()


def test_without_a_baseline_the_report_is_unchanged(object_file: Path) -> None:
    target = pipeline.prepare_target(None, "minimal")
    run = pipeline.bench(target, CLASSES, 1, 100, None, lambda part: lambda d, t: None)
    assert run.baseline is None
    assert set(run.alone[0].to_dict()) == {"class", "verdict", "program_ns", "empty_ns",
                                           "above_empty_ns"}


# -- mistakes ----------------------------------------------------------------------------


def refused(path: str | Path, error: type[FlowdslError], code: int, *words: str) -> None:
    with pytest.raises(error) as info:
        open_baseline(str(path))
    text = str(info.value)
    assert info.value.exit_code == code, text
    for word in words:
        assert word in text, text


def test_a_missing_or_unreadable_object_is_an_object_error(object_file: Path,
                                                           tmp_path: Path) -> None:
    refused(tmp_path / "nothing.o", ElfError, EXIT_ELF, "no such file")
    junk = tmp_path / "junk.o"
    junk.write_bytes(b"not an object")
    refused(junk, ElfError, EXIT_ELF, "not an ELF file")
    refused(tmp_path, ElfError, EXIT_ELF, "Is a directory")
    os.mkfifo(tmp_path / "fifo")
    refused(tmp_path / "fifo", ElfError, EXIT_ELF, "not a regular file")  # and no hang


def test_the_cli_exit_codes(object_file: Path, tmp_path: Path, pin_dir: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--profile", "minimal", "--no-path", "--trials", "1",
                 "--baseline", str(tmp_path / "nothing.o")]) == EXIT_ELF
    assert main(["bench", "--profile", "minimal", "--no-path", "--trials", "1",
                 "--baseline", str(pin_dir / "nothing")]) == EXIT_ATTACH
    assert "nothing is pinned there" in capsys.readouterr().err


def test_pin_problems(pin_dir: Path) -> None:
    refused(pin_dir / "nothing", AttachError, EXIT_ATTACH, "nothing is pinned there")
    (pin_dir / "sub").mkdir(mode=0o700)
    refused(pin_dir / "sub", AttachError, EXIT_ATTACH, "is a directory")
    (pin_dir / "sub").rmdir()
    pin = pin_dir / "base"
    pinned_minimal(pin)
    try:
        link = pin_dir / "planted"
        link.symlink_to(pin)
        refused(link, AttachError, EXIT_ATTACH, "symbolic link")
        link.unlink()
        # a directory on the way that is a link: not followed either
        (pin_dir.parent / "via").symlink_to(pin_dir)
        refused(pin_dir.parent / "via" / "base", AttachError, EXIT_ATTACH, "symbolic link")
        (pin_dir.parent / "via").unlink()
        os.chown(pin, 65534, 65534)  # another user's pin
        refused(pin, AttachError, EXIT_ATTACH, "belongs to uid 65534")
        os.chown(pin, 0, 0)
    finally:
        pin.unlink()


@pytest.mark.parametrize("mode", [0o777, 0o1777, 0o720])
def test_a_pin_under_a_directory_others_can_write(pin_dir: Path, mode: int) -> None:
    pin = pin_dir / "base"
    pinned_minimal(pin)
    try:
        os.chmod(pin_dir, mode)
        refused(pin, AttachError, EXIT_ATTACH, "may be written by group or others",
                f"mode {stat.S_IMODE(mode):o}")
        os.chmod(pin_dir, 0o700)
        os.chown(pin_dir, 65534, 65534)
        refused(pin, AttachError, EXIT_ATTACH, "belongs to uid 65534")
        os.chown(pin_dir, 0, 0)
        with open_baseline(str(pin)) as opened:  # once it is root's alone again
            assert opened.kind == "pin"
    finally:
        os.chmod(pin_dir, 0o700)
        os.chown(pin_dir, 0, 0)
        pin.unlink()


def test_a_pin_that_is_not_a_flow_dissector(pin_dir: Path) -> None:
    before = objects.baseline_objects()
    with hash_program() as tc:
        bpffs.pin(tc.fd.fd, pin_dir / "tc")
    with create_array("flowdsl_t", 4, 1) as array:
        bpffs.pin(array.fd, pin_dir / "map")
    try:
        refused(pin_dir / "tc", AttachError, EXIT_ATTACH, "sched_cls (type 3)",
                "not a flow dissector")
        refused(pin_dir / "map", AttachError, EXIT_ATTACH, "holds a map")
    finally:
        (pin_dir / "tc").unlink()
        (pin_dir / "map").unlink()
    assert objects.settled_objects(before) == Counter(before)  # the fds it opened are closed


def test_without_root(object_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(baseline_module.caps, "missing", lambda: ["CAP_BPF", "CAP_NET_ADMIN"])
    refused(object_file, BpfError, EXIT_BPF, "lacks CAP_BPF and CAP_NET_ADMIN", "run as root")


@pytest.mark.parametrize("count", [2, 3, 5])
def test_contenders_take_every_place_and_go_first_as_often_as_each_other(count: int) -> None:
    """A ratio of two contenders from one trial is fair only if neither holds a place:
    over 2n trials each runs at each place equally often, and of any two each runs
    before the other in half the trials; the results come back in the contenders'
    order whatever the order they ran in."""
    from flowdsl.runtime.bench import _in_turn

    contenders = list(range(count))
    places: Counter[tuple[int, int]] = Counter()
    before: Counter[tuple[int, int]] = Counter()
    ran: list[int] = []
    for trial in range(2 * count):
        ran.clear()
        results = _in_turn(contenders, trial, b"frame",
                           lambda who, frame: (ran.append(who), (who, frame))[1])
        assert results == [(who, b"frame") for who in contenders]
        assert sorted(ran) == contenders
        places.update((who, place) for place, who in enumerate(ran))
        before.update((a, b) for i, a in enumerate(ran) for b in ran[i + 1:])
    assert set(places.values()) == {2}
    assert all(before[a, b] == count for a in contenders for b in contenders if a != b)


def test_the_program_alone_is_the_mean_of_its_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every load of the program runs in every trial, and the program's time in a trial
    is their mean: where the kernel put one load's JIT image must not be the figure."""
    from flowdsl.dsl.keys import FlowKeys
    from flowdsl.runtime import bench
    from flowdsl.runtime.testrun import TestRun

    times = {10_001: 10.0, 10_002: 20.0, 10_003: 60.0, 10_100: 50.0}  # no real fd
    ran: Counter[int] = Counter()

    def fake_run(fd: int, frame: bytes, flags: int, repeat: int) -> TestRun:
        ran[fd] += 1
        return TestRun(0, FlowKeys(), 0, times.get(fd, 5.0))  # the empty program: 5

    monkeypatch.setattr(bench, "test_run", fake_run)
    frame = ethernet(0x0800, ipv4(6, tcp()))
    result, = bench.bench_program([10_001, 10_002, 10_003], [("IPv4/TCP", frame)], trials=4,
                                  baseline_fd=10_100)
    assert ran[10_001] == ran[10_002] == ran[10_003] == ran[10_100] == 4
    assert result.program.median == pytest.approx(30.0)
    assert result.above_empty.median == pytest.approx(25.0)
    assert result.above_empty_vs_baseline.median == pytest.approx(25.0 / 45.0)
