"""The Python API (flowdsl/api.py): what a notebook does, and each mistake a
FlowdslError with the command line's exit code. Kernel tests need root: they skip
without it, and fail on CI (tests/conftest.py)."""

from __future__ import annotations

import errno
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from flowdsl.dsl.keys import FlowKeys

import flowdsl
from flowdsl import pipeline
from flowdsl.api import Results, describe
from flowdsl.cli import main
from flowdsl.errors import (
    EXIT_ELF,
    EXIT_INPUT,
    EXIT_OUTPUT,
    EXIT_SPEC,
    EXIT_USAGE,
    BpfError,
    FlowdslError,
)
from tests.cli.test_contract import FRAME, pcap
from tests.conftest import kernel_unavailable

SHIM = Path(__file__).resolve().parents[2] / "examples" / "shim.py"
TCP = "<Result OK ipv4 10.0.0.1:80 -> 10.0.0.2:80 proto tcp nhoff 14 thoff 34>"


@pytest.fixture(scope="module")
def kernel() -> flowdsl.Dissector:
    return flowdsl.build()


@pytest.fixture(scope="module")
def minimal() -> flowdsl.Dissector:
    return flowdsl.build(profile="minimal", verify=False)


def in_kernel(run: Callable[[], Results]) -> Results:
    """``run()``, or a skip (a failure on CI) when the kernel refuses us."""
    try:
        return run()
    except BpfError as error:
        if error.errno in (errno.EPERM, errno.EACCES):
            kernel_unavailable("needs root (CAP_BPF and CAP_NET_ADMIN)")
        raise


def test_build_describes_itself(kernel: flowdsl.Dissector) -> None:
    assert kernel.profile == "kernel"
    assert "ipv4" in kernel.protocols and kernel.graph is not None
    assert repr(kernel).startswith(f"<Dissector profile kernel, built-in library: "
                                   f"{len(kernel.protocols)} protocols, {kernel.insns} BPF insns")
    assert kernel.obj.startswith(b"\x7fELF")


def test_reference_reprs_one_line_per_packet(minimal: flowdsl.Dissector) -> None:
    results = minimal.reference([FRAME, "0x" + FRAME])
    assert repr(results[0]) == TCP
    assert repr(results).splitlines() == [
        f"packet 1: {TCP}", f"packet 2: {TCP}",
        "# reference: 2 frames read, 2 tested, 0 skipped, 0 cut; BPF_OK 2; 0 kernel/reference "
        "mismatches"]
    assert results.ok and len(results) == 2
    first = results[0]
    assert (first.packet, first.verdict, first.keys.sport) == ("packet 1", "BPF_OK", 80)
    assert first.path == ("entry", "ipv4", "tcp", "tcp_header")
    assert "<table>" in results._repr_html_()


def test_run_is_flowdsl_test_json(kernel: flowdsl.Dissector, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    """The same packet entry, kernel and reference, as `flowdsl test --json`."""
    results = in_kernel(lambda: kernel.run(FRAME))
    assert repr(results[0]) == TCP
    assert results.mismatches == 0 and results[0].differences == []
    obj = kernel.save(tmp_path / "k.o")
    assert main(["test", str(obj), "--packet", FRAME, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert results[0].to_dict() == report["packets"][0]
    assert results.to_dict()["summary"] == report["summary"]


def test_flags_by_name_or_number(minimal: flowdsl.Dissector) -> None:
    by_name = minimal.reference(FRAME, flags="PARSE_1ST_FRAG,STOP_AT_ENCAP")
    by_number = minimal.reference(FRAME, flags=flowdsl.InputFlags.PARSE_1ST_FRAG | 4)
    assert by_name[0].keys.flags == by_number[0].keys.flags == 5
    assert by_name.flags == 5


def test_compare_builtin_explains_each_difference(kernel: flowdsl.Dissector, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from flowdsl.protocols.samples import sample_frames

    frames = [frame for _, frame in sample_frames()]
    results = in_kernel(lambda: kernel.compare_builtin(frames, accept="all"))
    assert results.ok and len(results) == len(frames)
    assert all(r.builtin_hash is not None or not r.hash_differs for r in results)
    assert all(r.hash_accepted for r in results)
    assert repr(results[0]).endswith(" hash same>")
    assert "built-in hash differences" in results.summary
    kernel.save(tmp_path / "k.o")
    assert main(["test", str(tmp_path / "k.o"), "--packet", FRAME, "--compare-kernel",
                 "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert kernel.compare_builtin(FRAME)[0].to_dict() == report["packets"][0]
    differing = [r for r in results if r.hash_differs]
    if differing:  # the samples hold by-design differences (vlan, ...): not accepted now
        strict = kernel.compare_builtin(frames)
        assert not strict.ok and strict.hash_unaccepted == len(differing)
        assert " hash DIFFERS " in repr(strict)


def test_save_and_load_object_round_trip(minimal: flowdsl.Dissector, tmp_path: Path) -> None:
    path = minimal.save(str(tmp_path / "m.o"))
    loaded = flowdsl.load_object(path)
    assert loaded.obj == minimal.obj and loaded.protocols == minimal.protocols
    assert loaded.profile == "minimal" and loaded.build_seconds is None
    assert repr(loaded.reference(FRAME)[0]) == TCP


def test_packets_as_bytes_hex_pcap_and_lists(minimal: flowdsl.Dissector,
                                             tmp_path: Path) -> None:
    frame = bytes.fromhex(FRAME)
    capture = tmp_path / "two.pcap"
    capture.write_bytes(pcap([frame, frame[:10]]))
    colons = ":".join(FRAME[i:i + 2] for i in range(0, len(FRAME), 2))
    results = minimal.reference([frame, bytearray(frame), colons, capture, str(capture)])
    assert [r.packet for r in results] == ["packet 1", "packet 2", "packet 3",
                                          "two.pcap #1", "two.pcap #1"]
    assert {repr(r) for r in results} == {TCP}
    assert len(results.skipped) == 2  # the 10-byte frame, from each reading
    assert "skipped" in repr(results)
    assert minimal.reference(str(capture)).summary.startswith("2 frames read, 1 tested")


def test_a_damaged_capture_gives_the_frames_before_it(minimal: flowdsl.Dissector,
                                                      tmp_path: Path) -> None:
    capture = tmp_path / "cut.pcap"
    whole = pcap([bytes.fromhex(FRAME)] * 2)
    capture.write_bytes(whole[:-5])
    results = minimal.reference(capture)
    assert len(results) == 1 and not results.ok
    assert results.damage is not None and "damaged at byte" in results.damage


def test_specs_and_graphs(tmp_path: Path) -> None:
    shim = flowdsl.build(SHIM, verify=False)
    assert "shim" in shim.protocols and shim.profile == "kernel"
    graph = flowdsl.build(shim.graph, verify=False)  # a ParseGraph, as it is
    assert graph.protocols == shim.protocols and graph.label == "graph"
    from flowdsl.protocols import library_graph

    overlay = flowdsl.build(library_graph(), profile="overlay", verify=False)
    assert overlay.profile == "overlay" and "vxlan" in overlay.protocols


def test_results_repr_is_bounded(minimal: flowdsl.Dissector) -> None:
    lines = repr(minimal.reference([FRAME] * 60)).splitlines()
    assert len(lines) == 52 and lines[50] == "... 10 more (index the Results)"


def test_describe_shows_the_keys_that_are_set() -> None:
    v6 = FlowKeys(nhoff=14, thoff=54, addr_proto=0x86DD, n_proto=0x86DD, ip_proto=17,
                  sport=1, dport=2, addrs=bytes(15) + b"\x01" + bytes(15) + b"\x02",
                  flow_label=0xBEEEF)
    assert describe("BPF_OK", v6) == ("OK ipv6 [::1]:1 -> [::2]:2 proto udp "
                                      "flow_label 0xbeeef nhoff 14 thoff 54")
    arp = FlowKeys(nhoff=14, thoff=14, n_proto=0x0806)
    assert describe("BPF_OK", arp) == "OK n_proto 0x0806 nhoff 14 thoff 14"
    assert describe("BPF_DROP", FlowKeys(nhoff=14, thoff=14)) == "DROP nhoff 14 thoff 14"
    encap = FlowKeys(nhoff=34, thoff=54, addr_proto=0x0800, n_proto=0x0800, ip_proto=6,
                     is_encap=1, addrs=bytes([10, 0, 0, 1, 10, 0, 0, 2]) + bytes(24))
    assert describe("BPF_FLOW_DISSECTOR_CONTINUE", encap) == (
        "CONTINUE ipv4 10.0.0.1 -> 10.0.0.2 proto tcp encap nhoff 34 thoff 54")


MISTAKES: list[tuple[str, Callable[[flowdsl.Dissector, Path], object], int, str]] = [
    ("odd hex", lambda d, _: d.reference(FRAME + "0"), EXIT_INPUT,
     "packet 1 is not hex: it has an odd number of hex digits"),
    ("not hex", lambda d, _: d.reference([FRAME, "zz"]), EXIT_INPUT,
     "packet 2 is not hex: character 1 is 'z'"),
    ("short", lambda d, _: d.reference(b"\x00" * 3), EXIT_INPUT,
     "at least 14 bytes; packet 1 has 3"),
    ("no packets", lambda d, _: d.reference([]), EXIT_INPUT, "no packets"),
    ("an int", lambda d, _: d.reference(7), EXIT_INPUT, "not int"),  # type: ignore[arg-type]
    ("a None in a list", lambda d, _: d.reference([FRAME, None]),  # type: ignore[list-item]
     EXIT_INPUT, "packet 2: give bytes, hex text or a pcap path, not NoneType"),
    ("missing capture", lambda d, t: d.reference(t / "none.pcap"), EXIT_INPUT,
     "none.pcap"),
    ("a directory", lambda d, t: d.reference(t), EXIT_INPUT, ""),
    ("flag bits", lambda d, _: d.reference(FRAME, flags=999), EXIT_USAGE,
     "sets bits no flag has"),
    ("flag name", lambda d, _: d.reference(FRAME, flags="BOGUS"), EXIT_USAGE,
     "unknown flag 'BOGUS'"),
    ("flag type", lambda d, _: d.reference(FRAME, flags=1.0), EXIT_USAGE,  # type: ignore
     "not float"),
    ("accept", lambda d, _: d.compare_builtin(FRAME, accept="vlna"), EXIT_USAGE,
     "unknown reason 'vlna'"),
    ("profile name", lambda d, _: flowdsl.build(profile="overlya"), EXIT_SPEC,
     "(did you mean overlay?)"),
    ("profile file", lambda d, t: flowdsl.build(profile=t / "none.toml"), EXIT_SPEC,
     "none.toml"),
    ("missing spec", lambda d, t: flowdsl.build(t / "none.py"), EXIT_SPEC,
     "no such spec file"),
    ("object as spec", lambda d, t: flowdsl.build(t / "x.o"), EXIT_USAGE,
     "flowdsl.load_object"),
    ("spec type", lambda d, _: flowdsl.build(3), EXIT_USAGE, "not int"),  # type: ignore
    ("missing object", lambda d, t: flowdsl.load_object(t / "none.o"), EXIT_ELF,
     "cannot read"),
    ("foreign object", lambda d, t: flowdsl.load_object(SHIM), EXIT_ELF, ""),
    ("save", lambda d, t: d.save(t / "no" / "dir" / "x.o"), EXIT_OUTPUT, "cannot write"),
]


@pytest.mark.parametrize(("what", "call", "code", "message"), MISTAKES,
                         ids=[m[0] for m in MISTAKES])
def test_mistakes_are_flowdsl_errors(what: str, call: Callable[[flowdsl.Dissector, Path],
                                                               object],
                                     code: int, message: str, minimal: flowdsl.Dissector,
                                     tmp_path: Path) -> None:
    with pytest.raises(FlowdslError) as raised:
        call(minimal, tmp_path)
    assert raised.value.exit_code == code, raised.value
    assert message in str(raised.value)


@pytest.fixture
def no_kernel(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The kernel refuses to load programs, as it does without root."""
    from flowdsl.runtime import loader

    def refuse(*args: object, **kwargs: object) -> object:
        raise BpfError(errno.EPERM, "PROG_LOAD")

    monkeypatch.setattr(loader, "load_object", refuse)
    yield


@pytest.mark.usefixtures("no_kernel")
def test_without_the_kernel_run_says_so_and_reference_works(
        minimal: flowdsl.Dissector) -> None:
    with pytest.raises(BpfError, match="run as root") as raised:
        minimal.run(FRAME)
    assert raised.value.exit_code == 5
    with pytest.raises(BpfError):
        minimal.compare_builtin(FRAME)
    assert repr(minimal.reference(FRAME)[0]) == TCP
    unverified = flowdsl.build(profile="minimal")
    assert unverified.verification is not None and not unverified.verification.verified
    assert "needs" in unverified.verification.reason


def test_help_reads_well() -> None:
    for thing in (flowdsl.build, flowdsl.load_object, flowdsl.Dissector,
                  flowdsl.Dissector.run, flowdsl.Dissector.reference,
                  flowdsl.Dissector.compare_builtin, flowdsl.Dissector.save,
                  flowdsl.Result, flowdsl.Results):
        assert thing.__doc__ and len(thing.__doc__.split()) >= 8, thing
    assert pipeline.build_profiled.__doc__
    assert "build" in flowdsl.__all__ and "Header" in flowdsl.__all__
    assert flowdsl.Build.__name__ == "Build"  # the code generator's, still there


def test_the_package_imports_its_api_on_first_use() -> None:
    """`import flowdsl` (every command line and the CNI plugin do it first) loads neither
    the API nor the DSL nor LLVM; each public name loads on first use, and ``dir`` and
    ``__all__`` list them all."""
    probe = ("import json, sys\nimport flowdsl\n"
             "heavy = sorted(m for m in ('flowdsl.api', 'flowdsl.pipeline', 'flowdsl.dsl', "
             "'llvmlite') if m in sys.modules)\n"
             "missing = [n for n in flowdsl.__all__ if getattr(flowdsl, n, None) is None]\n"
             "print(json.dumps({'heavy': heavy, 'missing': missing, "
             "'listed': sorted(set(flowdsl.__all__) - set(dir(flowdsl))), "
             "'header': flowdsl.Header.__module__, 'build': flowdsl.build.__module__}))")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120, check=True)
    assert json.loads(proc.stdout) == {"heavy": [], "missing": [], "listed": [],
                                       "header": "flowdsl.dsl.header",
                                       "build": "flowdsl.api"}
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        flowdsl.nope  # noqa: B018
