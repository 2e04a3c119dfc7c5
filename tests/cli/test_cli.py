"""The command line as a user runs it: build, test, errors and exit codes."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from flowdsl.codegen.build import build
from flowdsl.protocols import default_graph
from flowdsl.runtime.elf import read_elf
from scapy.layers.inet import IP, TCP, UDP
from scapy.layers.l2 import Dot1Q, Ether
from scapy.packet import Raw
from scapy.utils import wrpcap

from flowdsl.cli import main
from flowdsl.errors import EXIT_ELF, EXIT_FAILURE, EXIT_INPUT, EXIT_SPEC, EXIT_USAGE
from tests.conftest import MAC_DST, MAC_SRC, load_or_skip

ROOT = Path(__file__).resolve().parents[2]
SHIM = ROOT / "examples" / "shim.py"


def run_cli(*args: str) -> tuple[int, str, str]:
    proc = subprocess.run([sys.executable, "-m", "flowdsl", *args], capture_output=True,
                          text=True, cwd=os.getcwd())
    return proc.returncode, proc.stdout, proc.stderr


def test_build_without_arguments_writes_a_verified_object(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli("build")
    assert code == 0, err
    obj = read_elf((tmp_path / "flowdsl.o").read_bytes())
    assert obj.graph is not None and obj.insn_count > 0
    assert "flowdsl.o" in out and "BPF insns" in out
    load_or_skip((tmp_path / "flowdsl.o").read_bytes()).close()
    assert "verifier" in out


def test_build_report_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "-o", str(tmp_path / "x.o"), "--json", "--no-verify"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["insns"] > 0 and "ipv4" in report["protocols"]


@pytest.mark.parametrize("emit,marker", [("graph", '"entry"'), ("llvm", "define"),
                                         ("asm", "flowdsl_dissect:")])
def test_emit_intermediates(emit: str, marker: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--emit", emit, "--no-verify"]) == 0
    assert marker in capsys.readouterr().out


def test_test_samples_kernel_and_reference_agree(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    obj = tmp_path / "d.o"
    assert main(["build", "-o", str(obj)]) == 0
    load_or_skip(obj.read_bytes()).close()
    capsys.readouterr()
    assert main(["test", str(obj), "--samples", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["mismatches"] == 0
    assert all(p["match"] for p in report["packets"])
    first = report["packets"][0]
    assert first["kernel"]["verdict"] == "BPF_OK"
    assert first["kernel"]["keys"]["dport"] == 443


def test_test_packet_hex_and_flags(capsys: pytest.CaptureFixture[str]) -> None:
    frame = bytes(Ether(src=MAC_SRC, dst=MAC_DST) / IP(flags="MF") / UDP(sport=1, dport=2)).hex()
    assert main(["test", "--packet", frame, "--flags", "PARSE_1ST_FRAG", "--json",
                 "--reference-only"]) == 0
    keys = json.loads(capsys.readouterr().out)["packets"][0]["reference"]["keys"]
    assert (keys["is_frag"], keys["is_first_frag"], keys["sport"]) == (1, 1, 1)


def test_test_reads_pcap_and_pcapng(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    packets = [Ether(src=MAC_SRC, dst=MAC_DST) / IP() / TCP(dport=p) for p in (80, 443)]
    pcap, pcapng = tmp_path / "a.pcap", tmp_path / "a.pcapng"
    wrpcap(str(pcap), packets)
    wrpcap(str(pcapng), packets, linktype=1)
    # scapy writes pcapng when asked through PcapNgWriter
    from scapy.utils import PcapNgWriter

    with PcapNgWriter(str(pcapng)) as writer:
        for p in packets:
            writer.write(p)
    for path in (pcap, pcapng):
        assert main(["test", "--pcap", str(path), "--json", "--reference-only"]) == 0
        report = json.loads(capsys.readouterr().out)
        assert [p["reference"]["keys"]["dport"] for p in report["packets"]] == [80, 443]


def test_custom_shim_protocol_gives_inner_keys(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """The README's example: a user file, no change to flowdsl, inner flow keys out."""
    inner = IP(src="192.168.7.1", dst="192.168.7.2") / TCP(sport=1111, dport=2222)
    shim = struct.pack(">BBHI", 1, 0, 0x0800, 42)
    outer = IP(src="10.0.0.1", dst="10.0.0.2") / UDP(sport=5, dport=7777)
    frame = bytes(Ether(src=MAC_SRC, dst=MAC_DST) / outer / Raw(shim) / inner)
    obj = tmp_path / "shim.o"
    assert main(["build", str(SHIM), "-o", str(obj)]) == 0
    capsys.readouterr()
    load_or_skip(obj.read_bytes()).close()
    assert main(["test", str(obj), "--packet", frame.hex(), "--json"]) == 0
    entry = json.loads(capsys.readouterr().out)["packets"][0]
    assert entry["match"], entry["differences"]
    keys = entry["kernel"]["keys"]
    assert (keys["src"], keys["dst"], keys["sport"], keys["dport"]) == \
        ("192.168.7.1", "192.168.7.2", 1111, 2222)
    assert keys["is_encap"] == 1
    assert entry["reference"]["path"] == ["entry", "ipv4", "udp", "shim", "ipv4", "tcp"]
    # the same port with STOP_AT_ENCAP stops after the shim, outer keys kept
    assert main(["test", str(obj), "--packet", frame.hex(), "--flags", "STOP_AT_ENCAP",
                 "--json"]) == 0
    keys = json.loads(capsys.readouterr().out)["packets"][0]["kernel"]["keys"]
    assert (keys["src"], keys["dport"], keys["thoff"]) == ("10.0.0.1", 7777, 14 + 20 + 8 + 8)


def test_errors_have_messages_and_exit_codes(tmp_path: Path) -> None:
    bad_obj = tmp_path / "bad.o"
    bad_obj.write_bytes(b"not an elf")
    code, _, err = run_cli("test", str(bad_obj), "--samples")
    assert code == EXIT_ELF and "not an ELF file" in err and "Traceback" not in err
    code, _, err = run_cli("test", "--packet", "zz")
    assert code == EXIT_INPUT and "not hex" in err
    code, _, err = run_cli("test", "--packet", "0800")
    assert code == EXIT_INPUT and "at least 14 bytes" in err
    code, _, err = run_cli("build", str(tmp_path / "missing.py"))
    assert code == EXIT_SPEC and "no such spec file" in err
    code, _, err = run_cli("test", "--samples", "--flags", "BOGUS", "--reference-only")
    assert code == EXIT_USAGE and "unknown flag" in err
    assert EXIT_FAILURE == 1


def test_compare_kernel_reports_hash_differences(capsys: pytest.CaptureFixture[str]) -> None:
    """--compare-kernel: the samples hash as the built-in dissector hashes them; a VLAN
    tag (which only the built-in dissector hashes) is reported with its reason and exit
    code 1, unless the reason is accepted."""
    load_or_skip(build(default_graph()).obj).close()
    assert main(["test", "--samples", "--compare-kernel", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["builtin_hash_differences"] == 0
    assert all(p["builtin_hash"]["same"] for p in report["packets"])
    tagged = bytes(Ether(src=MAC_SRC, dst=MAC_DST) / Dot1Q(vlan=7) / IP() / TCP())
    assert main(["test", "--packet", tagged.hex(), "--compare-kernel"]) == 1
    out, err = capsys.readouterr()
    assert "DIFFERS: vlan" in out and "--accept vlan" in err


def test_compare_kernel_explains_accepts_and_filters(capsys: pytest.CaptureFixture[str]) -> None:
    """Each difference names its reason; --accept makes the by-design ones pass (exit 0)
    and only those; --differences-only prints only the packets that differ."""
    load_or_skip(build(default_graph()).obj).close()
    plain = bytes(Ether(src=MAC_SRC, dst=MAC_DST) / IP() / TCP())
    tagged = bytes(Ether(src=MAC_SRC, dst=MAC_DST) / Dot1Q(vlan=7) / IP() / TCP())
    keyed = bytes(Ether(src=MAC_SRC, dst=MAC_DST) / IP(proto=47)) + struct.pack(
        ">HHI", 0x2000, 0x0800, 99) + bytes(IP() / TCP())
    packets = ["--packet", plain.hex(), "--packet", tagged.hex(), "--packet", keyed.hex()]
    assert main(["test", *packets, "--compare-kernel", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    reasons = [p["builtin_hash"]["reasons"] for p in report["packets"]]
    assert reasons == [[], ["vlan"], ["gre-key"]]
    assert report["summary"]["builtin_hash_reasons"] == {"vlan": 1, "gre-key": 1}
    assert report["summary"]["builtin_hash_unaccepted"] == 2
    assert main(["test", *packets, "--compare-kernel", "--accept", "vlan"]) == 1
    assert "1 of 2 packet(s)" in capsys.readouterr().err
    assert main(["test", *packets, "--compare-kernel", "--accept", "vlan,gre-key",
                 "--differences-only"]) == 0
    out = capsys.readouterr().out
    assert "packet 1 " not in out and "packet 2 " in out and "packet 3 " in out
    assert "(accepted)" in out and "2 accepted" in out
    assert main(["test", *packets, "--accept", "vlan"]) == EXIT_USAGE
    assert "--compare-kernel" in capsys.readouterr().err
    assert main(["test", *packets, "--compare-kernel", "--accept", "vlans"]) == EXIT_USAGE
    assert "valid: vlan, gre-key" in capsys.readouterr().err


def test_split_writes_real_paged_skbs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The README's `--split headers`: every frame linear, then cut at each header
    boundary; the kernel's hash and payload offset agree with the built-in dissector and
    the reference. A VLAN frame, whose id only the built-in dissector hashes, differs."""
    obj = tmp_path / "d.o"
    assert main(["build", "-o", str(obj)]) == 0
    load_or_skip(obj.read_bytes()).close()
    flows = [Ether(src=MAC_SRC, dst=MAC_DST) / IP(src="10.0.0.1", dst="10.0.0.2")
             / TCP(sport=1000 + n, dport=80) for n in range(3)]
    pcap = tmp_path / "flows.pcap"
    wrpcap(str(pcap), flows)
    capsys.readouterr()
    assert main(["test", str(obj), "--pcap", str(pcap), "--split", "headers", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    skbs = report["skbs"]
    assert report["differences"] == 0 and len(skbs) == 3 * 3  # linear, after Ethernet, IPv4
    assert [s["cuts"] for s in skbs[:3]] == [[], [14], [34]]
    assert skbs[1]["reference"]["read_from_fragments"] == ["ipv4", "tcp"]
    assert len({s["program"]["hash"] for s in skbs}) == 3
    assert all(s["program"]["hash"] == s["builtin"]["hash"] for s in skbs)
    assert main(["test", str(obj), "--pcap", str(pcap), "--split", "14+34,20"]) == 0
    out = capsys.readouterr().out
    assert "14 linear + 20 + 20 paged: ok" in out and "20 linear + 34 paged: ok" in out
    jumbo = bytes(flows[0] / Raw(b"x" * 9000))  # paged beyond the cut, a page at a time
    assert main(["test", str(obj), "--packet", jumbo.hex(), "--split", "14"]) == 0
    assert "14 linear + 4096 + 4096 + 848 paged: ok" in capsys.readouterr().out
    tagged = bytes(Ether(src=MAC_SRC, dst=MAC_DST) / Dot1Q(vlan=7) / IP() / TCP())
    assert main(["test", str(obj), "--packet", tagged.hex(), "--split", "18"]) == EXIT_FAILURE
    out, err = capsys.readouterr()
    assert "MISMATCH hash" in out and "(vlan: by design: --accept vlan" in out
    assert "differ" in err
    # the VLAN id is a difference no BPF dissector can avoid: accepted, the run passes,
    # and the layout and offset checks still apply
    assert main(["test", str(obj), "--packet", tagged.hex(), "--split", "18", "--accept",
                 "vlan", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["differences"] == 0 and len(report["skbs"]) == 2
    for skb in report["skbs"]:
        assert skb["builtin_hash"] == {"reasons": ["vlan"], "accepted": True}
        assert skb["program"]["hash"] != skb["builtin"]["hash"]
    assert main(["test", str(obj), "--packet", tagged.hex(), "--split", "18", "--accept",
                 "gre-key"]) == EXIT_FAILURE  # a reason it does not have
    assert "MISMATCH hash" in capsys.readouterr().out


def test_split_mistakes(tmp_path: Path) -> None:
    code, _, err = run_cli("test", "--samples", "--split", "10")
    assert code == EXIT_INPUT and "at least 14" in err and "Traceback" not in err
    code, _, err = run_cli("test", "--samples", "--split", "after-ip")
    assert code == EXIT_INPUT and "'headers'" in err
    code, _, err = run_cli("test", "--samples", "--split", "14", "--flags", "STOP_AT_ENCAP")
    assert code == EXIT_USAGE and "the kernel sets the flags" in err
    many = "+".join(str(14 + n) for n in range(20))
    code, _, err = run_cli("test", "--samples", "--split", many)
    assert code == EXIT_INPUT and "20 fragments" in err and "Traceback" not in err


def test_version_and_a_reader_that_goes_away() -> None:
    code, out, _ = run_cli("--version")
    assert code == 0 and out.startswith("flowdsl ")
    frame = bytes(Ether(src=MAC_SRC, dst=MAC_DST) / IP() / TCP()).hex()
    # far more output than a pipe holds, so the writer is still writing when it closes
    proc = subprocess.Popen([sys.executable, "-m", "flowdsl", "test", "--reference-only",
                             "--json", "--packet", *[frame] * 3000], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()  # as `| head -c 10` does
    err = proc.stderr.read().decode()
    assert proc.wait() == 141 and "Traceback" not in err and "BrokenPipe" not in err
