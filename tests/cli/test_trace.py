"""``flowdsl test --trace``: why each packet got its verdict, step by step, each step at
its spec line (tests/cli/goldens/trace_*.txt, rewritten with --update-goldens), and the
same as data with --json."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from flowdsl.dsl.reference import ReferenceDissector, TracingDissector
from flowdsl.protocols import library_graph, with_profile
from scapy.layers.inet import IP, TCP, UDP
from scapy.layers.l2 import GRE, Dot1Q, Ether
from scapy.layers.vxlan import VXLAN
from scapy.packet import Raw

from flowdsl.cli import main
from tests.conftest import MAC_DST, MAC_SRC, assert_golden, load_or_skip

GOLDENS = Path(__file__).parent / "goldens"
ETH = Ether(src=MAC_SRC, dst=MAC_DST)
TCP_PACKET = ETH / IP(src="192.0.2.1", dst="198.51.100.2") / TCP(sport=40000, dport=443)

# (name, frame, extra arguments): one packet per way a verdict comes about
CASES: list[tuple[str, bytes, list[str]]] = [
    ("accepted", bytes(TCP_PACKET), []),
    ("bounds", bytes(ETH / IP(src="192.0.2.1", dst="198.51.100.2"))[:24], []),
    ("require", bytes(ETH / IP(ihl=3, src="192.0.2.1", dst="198.51.100.2") / TCP()), []),
    ("require_tcp_doff", bytes(ETH / IP(src="192.0.2.1", dst="198.51.100.2")
                               / TCP(sport=40000, dport=443, dataofs=3)),
     ["--profile", "minimal"]),
    ("limit", bytes(ETH / Dot1Q(vlan=1) / Dot1Q(vlan=2) / Dot1Q(vlan=3)
                    / IP(src="192.0.2.1", dst="198.51.100.2") / TCP()), []),
    ("disabled", bytes(ETH / IP(src="192.0.2.1", dst="198.51.100.2")
                       / UDP(sport=40000, dport=4789) / VXLAN(vni=7) / Raw(bytes(20))), []),
    ("encap_stop", bytes(ETH / IP(src="192.0.2.1", dst="198.51.100.2") / GRE()
                         / IP(src="10.0.0.1", dst="10.0.0.2") / TCP()),
     ["--flags", "STOP_AT_ENCAP"]),
]


def _trace(capsys: pytest.CaptureFixture[str], frame: bytes, *extra: str) -> tuple[int, str]:
    code = main(["test", "--packet", frame.hex(), "--reference-only", "--trace", *extra])
    return code, capsys.readouterr().out


@pytest.mark.parametrize("name,frame,extra", CASES, ids=[c[0] for c in CASES])
def test_trace_golden(name: str, frame: bytes, extra: list[str], update_goldens: bool,
                      capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _trace(capsys, frame, *extra)
    assert code == 0
    assert "/work/" not in out and " /" not in out, "a spec location is absolute"
    assert_golden(out, GOLDENS / f"trace_{name}.txt", update_goldens, "trace")


def test_trace_causes_in_words(capsys: pytest.CaptureFixture[str]) -> None:
    """The cause line names the node, why, and what the policy did."""
    why = {name: next(line for line in _trace(capsys, frame, *extra)[1].splitlines()
                      if line.startswith("   why:"))
           for name, frame, extra in CASES}
    assert "BPF_OK: tcp: its next protocol tcp_header is not enabled" in why["accepted"]
    assert "BPF_DROP: ipv4: the packet ends inside IPv4 (needs 20 bytes at offset 14, " \
           "has 10)" in why["bounds"]
    assert "require (IPv4.ihl >= 5) (IPv4.ihl = 3) does not hold, drop" in why["require"]
    assert "tcp_header: require (TCP.doff >= 5) (TCP.doff = 3) does not hold, drop" \
        in why["require_tcp_doff"]
    assert "vlan_tags = 2" in why["limit"] and "policy stop" in why["limit"]
    assert "UDP.dport = 0x12b5 (4789) selects vxlan, which is not enabled in this " \
           "profile, policy stop" in why["disabled"]
    assert "STOP_AT_ENCAP" in why["encap_stop"]


def test_trace_names_a_protocol_a_profile_disabled(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """GRE version 1 (PPTP) under a profile without pptp: the protocol is named, as
    not enabled, rather than the value as unknown."""
    profile = tmp_path / "nopptp.toml"
    profile.write_text('[profile]\nname = "nopptp"\nextends = "kernel"\n'
                       '[protocols]\ndisable = ["pptp"]\n')
    frame = bytes(ETH / IP(src="192.0.2.1", dst="198.51.100.2")
                  / GRE(version=1, key_present=1, proto=0x880B, key=0x00040001)
                  / Raw(bytes(8)))
    code, out = _trace(capsys, frame, "--profile", str(profile))
    assert code == 0
    assert "gre_version: GREBase.version = 0x1 (1) selects pptp, which is not enabled in " \
           "this profile, policy stop" in out


def test_trace_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """--json --trace: each packet gets "trace", with the verdict and keys spelled as in
    "reference", and steps with a relative source."""
    frames = [frame for _, frame, extra in CASES if not extra]
    assert main(["test", "--packet", *[f.hex() for f in frames], "--reference-only",
                 "--trace", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert len(report["packets"]) == len(frames)
    for entry in report["packets"]:
        trace = entry["trace"]
        assert trace["verdict"] == entry["reference"]["verdict"]
        assert trace["keys"] == entry["reference"]["keys"]
        assert trace["cause"].startswith(trace["cause_node"] + ": ")
        assert {"step", "node", "offset", "what", "source"} <= set(trace["steps"][0])
        assert all(step["source"] is None or not step["source"]["file"].startswith("/")
                   for step in trace["steps"])
        entered = [step["node"] for step in trace["steps"] if step["step"] == "enter"]
        assert entered == entry["reference"]["path"]
    bounds = report["packets"][1]["trace"]["steps"]
    short = next(step for step in bounds if step["step"] == "bounds" and not step["fits"])
    assert (short["need"], short["have"], short["source"]) == (20, 10, short["source"])
    assert short["source"]["file"] == "protocols/ip.py"
    assert short["source"]["line"] > 0


def test_trace_json_golden(update_goldens: bool, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["test", "--packet", CASES[2][1].hex(), "--reference-only", "--trace",
                 "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert_golden(json.dumps(report["packets"][0]["trace"], indent=1) + "\n",
                  GOLDENS / "trace_require.json", update_goldens, "trace JSON")


def test_tracing_changes_no_result() -> None:
    """The traced dissector returns exactly the plain one's results (every sample,
    truncated at every byte, every shipped profile, all flag combinations)."""
    from flowdsl.protocols.samples import sample_frames

    library = library_graph()
    for profile in ("kernel", "overlay", "minimal"):
        graph = with_profile(library, profile)[0]
        plain, traced = ReferenceDissector(graph), TracingDissector(graph, library)
        for _, frame in sample_frames():
            for end in range(14, len(frame) + 1):
                for flags in range(8):
                    trace = traced.trace(frame[:end], flags)
                    assert trace.result == plain.run(frame[:end], flags)
                    assert trace.cause


def test_trace_with_the_kernel(capsys: pytest.CaptureFixture[str]) -> None:
    """With the kernel, the trace still explains the reference's verdict (the same)."""
    from flowdsl.codegen.build import build

    load_or_skip(build(with_profile(library_graph(), "kernel")[0]).obj).close()
    assert main(["test", "--packet", bytes(TCP_PACKET).hex(), "--trace"]) == 0
    out = capsys.readouterr().out
    assert "[kernel]" in out and "why: BPF_OK: tcp:" in out


def test_trace_refuses_split(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["test", "--packet", bytes(TCP_PACKET).hex(), "--trace", "--split",
                 "14"]) == 2
    assert "--trace" in capsys.readouterr().err


SHIM_FRAME = bytes(ETH / IP(src="10.0.0.1", dst="10.0.0.2") / UDP(sport=5, dport=7777)
                   / Raw(bytes([1, 0, 0x08, 0x00, 0, 0, 0, 42]))
                   / IP(ihl=4, src="192.168.7.1", dst="192.168.7.2") / TCP())


def test_trace_of_a_spec_and_of_its_object_agree(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """A spec's lines named as the object names them (no directory of this machine), the
    same whether the spec or the object built from it is traced; the library's
    protocols the profile pruned are named for an object too."""
    spec = Path(__file__).resolve().parents[2] / "examples" / "shim.py"
    obj = tmp_path / "shim.o"
    assert main(["build", str(spec), "-o", str(obj), "--no-verify"]) == 0
    capsys.readouterr()
    from_spec = _trace(capsys, SHIM_FRAME, str(spec))[1]
    from_obj = _trace(capsys, SHIM_FRAME, str(obj))[1]
    assert from_spec.split("\n", 1)[1] == from_obj.split("\n", 1)[1]  # but the label
    assert "why: BPF_DROP: ipv4: require (IPv4.ihl >= 5) (IPv4.ihl = 4) does not hold" \
        in from_obj
    assert re.search(r"edge 0x1e61 -> shim +(examples/)?shim\.py:\d+$", from_obj, re.M)
    steps = from_obj.split("\n", 1)[1]
    assert str(tmp_path) not in steps and "/work/" not in steps
    vxlan = bytes(ETH / IP() / UDP(dport=4789) / VXLAN() / Raw(bytes(20)))
    assert "selects vxlan, which is not enabled" in _trace(capsys, vxlan, str(obj))[1]


def test_trace_follows_a_capture_with_skipped_frames(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """A skipped record has no trace; the frames after it get their own."""
    from scapy.utils import PcapWriter

    pcap = tmp_path / "mixed.pcap"
    writer = PcapWriter(str(pcap), linktype=1)
    writer.write(Raw(b"abc"))
    writer.write(TCP_PACKET)
    writer.write(ETH / IP(src="192.0.2.1", dst="198.51.100.2") / UDP(dport=53))
    writer.close()
    assert main(["test", "--pcap", str(pcap), "--reference-only", "--trace"]) == 0
    out = capsys.readouterr().out
    assert "skipped: 3 bytes" in out and out.count("   why: ") == 2
    assert out.index("why: BPF_OK: tcp:") < out.index("why: BPF_OK: udp: no binding for "
                                                       "UDP.dport = 0x35 (53)")
