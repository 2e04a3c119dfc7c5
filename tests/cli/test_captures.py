"""`flowdsl test --pcap` on every capture a user may have: pcap and pcapng of each link
type flowdsl converts, FCS variants, both byte orders, cut and damaged files; and in
bounded memory. The files are written here by a small writer of our own, so each test
says byte for byte what the file holds."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from flowdsl.codegen.build import build
from flowdsl.protocols import default_graph
from flowdsl.protocols.samples import bench_classes, ethernet, ipv4, ipv6, tcp, udp

from flowdsl.cli import main
from flowdsl.errors import EXIT_INPUT
from tests.conftest import load_or_skip

Frame = bytes | tuple[bytes, int]  # the captured bytes, or (captured bytes, wire length)

IP4_TCP = ipv4(6, tcp(sport=1234, dport=80), src="10.1.2.3", dst="10.3.2.1")
IP6_UDP = ipv6(17, udp(sport=5353, dport=53), src="2001:db8::7", dst="2001:db8::8")


# -- a small writer --------------------------------------------------------------------


def pcap(frames: list[Frame], word: int = 1, order: str = "<", nano: bool = False,
         snaplen: int = 65535) -> bytes:
    """A pcap file: header in ``order``, link-type word ``word`` (FCS bits and all)."""
    magic = 0xA1B23C4D if nano else 0xA1B2C3D4
    out = [struct.pack(order + "IHHiIII", magic, 2, 4, 0, 0, snaplen, word)]
    for frame in frames:
        data, wire = frame if isinstance(frame, tuple) else (frame, len(frame))
        out.append(struct.pack(order + "IIII", 1, 999_999_999 if nano else 999_999,
                               len(data), wire) + data)
    return b"".join(out)


def _pad(data: bytes) -> bytes:
    return data + b"\0" * (-len(data) % 4)


def block(order: str, kind: int, body: bytes) -> bytes:
    body = _pad(body)
    return struct.pack(order + "II", kind, len(body) + 12) + body + \
        struct.pack(order + "I", len(body) + 12)


def option(order: str, code: int, value: bytes) -> bytes:
    return struct.pack(order + "HH", code, len(value)) + _pad(value)


def shb(order: str) -> bytes:
    return block(order, 0x0A0D0D0A, struct.pack(order + "IHHq", 0x1A2B3C4D, 1, 0, -1)
                 + option(order, 0, b""))


def idb(order: str, linktype: int, snaplen: int = 0, fcslen: int | None = None) -> bytes:
    options = b"" if fcslen is None else \
        option(order, 13, bytes([fcslen])) + option(order, 0, b"")
    return block(order, 1, struct.pack(order + "HHI", linktype, 0, snaplen) + options)


def epb(order: str, iface: int, data: bytes, wire: int | None = None,
        fcs_octets: int | None = None) -> bytes:
    options = b"" if fcs_octets is None else \
        option(order, 2, struct.pack(order + "I", fcs_octets << 5)) + option(order, 0, b"")
    return block(order, 6, struct.pack(order + "IIIII", iface, 0, 1, len(data),
                                       len(data) if wire is None else wire)
                 + _pad(data) + options)


def spb(order: str, data: bytes) -> bytes:
    return block(order, 3, struct.pack(order + "I", len(data)) + data)


def opb(order: str, iface: int, data: bytes) -> bytes:
    return block(order, 2, struct.pack(order + "HHIIII", iface, 0, 0, 1, len(data), len(data))
                 + data)


def sll(protocol: int, payload: bytes, arphrd: int = 1) -> bytes:
    # packet type 0 (to us), ARPHRD, address length 6, address padded to 8, protocol
    return struct.pack(">HHH8sH", 0, arphrd, 6, bytes(6), protocol) + payload


def sll2(protocol: int, payload: bytes, arphrd: int = 1) -> bytes:
    return struct.pack(">HHIHBB8s", protocol, 0, 3, arphrd, 0, 6, bytes(6)) + payload


def null(family: int, payload: bytes, order: str) -> bytes:
    return struct.pack(order + "I", family) + payload


# -- running it ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def obj(tmp_path_factory: pytest.TempPathFactory) -> str:
    data = build(default_graph()).obj
    load_or_skip(data).close()
    path = tmp_path_factory.mktemp("obj") / "d.o"
    path.write_bytes(data)
    return str(path)


def run_json(capsys: pytest.CaptureFixture[str], obj: str, path: Path, *more: str
             ) -> tuple[int, dict[str, Any], str]:
    capsys.readouterr()
    code = main(["test", obj, "--pcap", str(path), "--json", *more])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


def keys_of(entry: dict[str, Any]) -> dict[str, Any]:
    """The kernel's keys, after checking the reference agrees."""
    assert entry["match"], entry["differences"]
    assert entry["kernel"]["keys"] == entry["reference"]["keys"]
    keys: dict[str, Any] = entry["kernel"]["keys"]
    return keys


def ethernet_keys(capsys: pytest.CaptureFixture[str], obj: str, tmp_path: Path,
                  ip: bytes) -> dict[str, Any]:
    """The keys of the same L3 packet written as an Ethernet frame."""
    path = tmp_path / "plain.pcap"
    path.write_bytes(pcap([ethernet(0x0800 if ip[0] >> 4 == 4 else 0x86DD, ip)]))
    code, report, _ = run_json(capsys, obj, path)
    assert code == 0
    return keys_of(report["packets"][0])


# link type word, the link-layer frame, and the L3 packet it carries
CONVERTED = {
    "ethernet FCS 4 bytes (P set)": (0x24000001, ethernet(0x0800, IP4_TCP) + b"\xde\xad\xbe\xef",
                                     IP4_TCP),
    "ethernet FCS 3 words (P set)": (0x34000001, ethernet(0x0800, IP4_TCP) + bytes(6), IP4_TCP),
    "SLL IPv4": (113, sll(0x0800, IP4_TCP), IP4_TCP),
    "SLL2 IPv6": (276, sll2(0x86DD, IP6_UDP), IP6_UDP),
    "raw IPv4 (101)": (101, IP4_TCP, IP4_TCP),
    "raw IPv6 (101)": (101, IP6_UDP, IP6_UDP),
    "IPV4 (228)": (228, IP4_TCP, IP4_TCP),
    "IPV6 (229)": (229, IP6_UDP, IP6_UDP),
    "null, writer little-endian": (0, null(2, IP4_TCP, "<"), IP4_TCP),
    "null, writer big-endian": (0, null(2, IP4_TCP, ">"), IP4_TCP),
    "null AF_INET6 24": (0, null(24, IP6_UDP, "<"), IP6_UDP),
    "null AF_INET6 28": (0, null(28, IP6_UDP, ">"), IP6_UDP),
    "null AF_INET6 30": (0, null(30, IP6_UDP, "<"), IP6_UDP),
    "loop (108)": (108, null(24, IP6_UDP, ">"), IP6_UDP),
}


@pytest.mark.parametrize("order,nano", [("<", False), (">", True)])
@pytest.mark.parametrize("case", CONVERTED)
def test_link_types_give_the_keys_of_the_packet_on_ethernet(
        case: str, order: str, nano: bool, obj: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Each link type, in a file of either byte order and timestamp unit (the loopback
    family in the writer's own order, whatever the file's), gives the keys the same L3
    packet gives as Ethernet, with nhoff 14, the FCS stripped where the file says so."""
    word, frame, ip = CONVERTED[case]
    path = tmp_path / "c.pcap"
    path.write_bytes(pcap([frame], word=word, order=order, nano=nano))
    code, report, err = run_json(capsys, obj, path)
    assert code == 0, err
    entry = report["packets"][0]
    assert entry["length"] == 14 + len(ip)  # an Ethernet header, no FCS
    keys = keys_of(entry)
    assert keys == ethernet_keys(capsys, obj, tmp_path, ip)
    assert keys["nhoff"] == 14 and keys["dport"] in (80, 53)
    assert report["summary"]["tested"] == 1 and err == ""


def test_fcs_length_unknown_is_left_alone(obj: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """0x30000001: FCS len bits without the P bit say nothing (the draft: the length is
    unknown), so nothing is stripped."""
    frame = ethernet(0x0800, IP4_TCP) + b"\xde\xad\xbe\xef"
    path = tmp_path / "p.pcap"
    path.write_bytes(pcap([frame], word=0x30000001))
    code, report, _ = run_json(capsys, obj, path)
    assert code == 0 and report["packets"][0]["length"] == len(frame)


def test_pcapng_interfaces_sections_and_blocks(obj: str, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """A big-endian section with three interfaces (Ethernet with if_fcslen 4, SLL, and a
    link type flowdsl does not convert), EPB, SPB and OPB, an unknown block; then a
    little-endian section whose interface 0 is raw IP."""
    with_fcs = ethernet(0x0800, IP4_TCP) + b"\x01\x02\x03\x04"
    data = b"".join([
        shb(">"), idb(">", 1, fcslen=4), idb(">", 113), idb(">", 147),
        epb(">", 0, with_fcs), spb(">", with_fcs), opb(">", 1, sll(0x86DD, IP6_UDP)),
        block(">", 0x0BAD, b"anything"), epb(">", 2, b"user data"),
        epb(">", 0, with_fcs + b"\x05\x06", fcs_octets=6),  # epb_flags wins for this frame
        shb("<"), idb("<", 101), epb("<", 0, IP6_UDP), epb("<", 1, IP6_UDP),
    ])
    path = tmp_path / "multi.pcapng"
    path.write_bytes(data)
    code, report, err = run_json(capsys, obj, path)
    assert code == 0, err
    packets = report["packets"]
    assert [p["packet"] for p in packets] == [f"multi.pcapng #{n}" for n in range(1, 8)]
    v4 = ethernet_keys(capsys, obj, tmp_path, IP4_TCP)
    v6 = ethernet_keys(capsys, obj, tmp_path, IP6_UDP)
    assert [keys_of(packets[i]) for i in (0, 1, 2, 4, 5)] == [v4, v4, v6, v4, v6]
    assert packets[3]["skipped"].startswith("link type 147 is not one flowdsl converts")
    assert packets[6]["skipped"] == ("interface 1 has no interface description block "
                                     "before it in its section")
    assert [p["length"] for p in packets if "skipped" not in p] == [54, 54, 62, 54, 62]
    assert report["summary"] == {"read": 7, "tested": 5, "skipped": 2, "cut_by_capture": 0,
                                 "cut_to_fit": 0, "verdicts": {"BPF_OK": 5},
                                 "mismatches": 0}


def test_frames_that_cannot_be_converted_are_skipped(obj: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]
                                                     ) -> None:
    """A netlink SLL frame, an 802.2 SLL frame, an unknown loopback family, a raw frame
    that is not IP, an Ethernet frame shorter than its header: each skipped with its
    reason, the rest of the file tested."""
    path = tmp_path / "mixed.pcap"
    path.write_bytes(pcap([sll(0x0010, b"\x00" * 20, arphrd=824), sll(0x0004, b"\xaa" * 20),
                           sll(0x0800, IP4_TCP)], word=113))
    code, report, _ = run_json(capsys, obj, path)
    assert code == 0
    reasons = [p.get("skipped", "") for p in report["packets"]]
    assert reasons[0] == ("SLL frame from a netlink device (ARPHRD 824): its protocol field "
                          "is not an ethertype")
    assert "802.3/802.2" in reasons[1] and reasons[2] == ""
    for word, frame, reason in [(0, null(17, IP4_TCP, "<"), "loopback address family 17"),
                                (101, b"\x50" + IP4_TCP[1:], "IP version 5"),
                                (1, bytes(10), "10 bytes, shorter than an Ethernet header")]:
        path.write_bytes(pcap([frame], word=word))
        capsys.readouterr()
        code = main(["test", obj, "--pcap", str(path), "--json"])
        report = json.loads(capsys.readouterr().out)
        assert reason in report["packets"][0]["skipped"]
        assert code == EXIT_INPUT  # nothing in the file could be used


def test_long_and_snapped_frames_are_cut_and_said_so(obj: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]
                                                     ) -> None:
    """A 65226-byte frame runs as its first 4096 bytes (BPF_PROG_TEST_RUN's limit for a
    flow dissector); a frame the capture's snaplen cut runs as captured."""
    big = ethernet(0x0800, ipv4(17, udp(sport=7, dport=9, payload=b"x" * (65226 - 42))))
    assert len(big) == 65226
    snapped = ethernet(0x0800, ipv4(6, tcp(dport=80) + bytes(1460)))[:60]
    path = tmp_path / "cut.pcap"
    path.write_bytes(pcap([big, (snapped, 1514)]))
    code, report, err = run_json(capsys, obj, path)
    assert code == 0, err
    first, second = report["packets"]
    assert first["length"] == 4096 and first["notes"] == [
        "cut to 4096 of 65226 bytes (the most BPF_PROG_TEST_RUN gives a flow dissector)"]
    assert (keys_of(first)["sport"], keys_of(first)["dport"]) == (7, 9)
    assert second["notes"] == ["cut by the capture: 60 of 1514 bytes captured"]
    assert keys_of(second)["dport"] == 80
    assert report["summary"]["cut_by_capture"] == 1 and report["summary"]["cut_to_fit"] == 1
    capsys.readouterr()
    assert main(["test", obj, "--pcap", str(path)]) == 0
    out = capsys.readouterr().out
    assert "   note: cut to 4096 of 65226 bytes" in out
    assert out.splitlines()[-1] == ("# 2 frames read, 2 tested, 0 skipped, 2 cut (1 by the "
                                    "capture, 1 to 4096 bytes); BPF_OK 2; 0 kernel/reference "
                                    "mismatches")


def test_a_long_packet_on_the_command_line_is_cut_too(obj: str,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    frame = ethernet(0x0800, ipv4(17, udp(sport=7, dport=9, payload=bytes(5000))))
    capsys.readouterr()
    assert main(["test", obj, "--packet", frame.hex(), "--json"]) == 0
    entry = json.loads(capsys.readouterr().out)["packets"][0]
    assert entry["length"] == 4096 and entry["notes"] == [
        f"cut to 4096 of {len(frame)} bytes (the most BPF_PROG_TEST_RUN gives a flow "
        "dissector)"]
    assert keys_of(entry)["dport"] == 9


def test_a_damaged_file_is_tested_up_to_the_damage(obj: str, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]
                                                   ) -> None:
    """The frames before the damage are tested and reported, then exit 8 naming the
    byte where the file is damaged."""
    frame = ethernet(0x0800, IP4_TCP)  # 54 bytes
    path = tmp_path / "tail.pcap"
    path.write_bytes(pcap([frame] * 3)[:-20])
    code, report, err = run_json(capsys, obj, path)
    assert code == EXIT_INPUT
    assert len(report["packets"]) == 2 and report["summary"]["tested"] == 2
    at = 24 + 2 * (16 + 54) + 16  # the third record's data
    assert err.strip() == (f"flowdsl: error: {path}: damaged at byte {at}: record 3 (54 "
                           "bytes) is cut short: 34 of 54 bytes (the file ends); the 2 "
                           "frame(s) before it were tested")
    # pcapng: a block whose trailing length disagrees with its leading one
    broken = bytearray(shb("<") + idb("<", 1) + epb("<", 0, frame) + epb("<", 0, frame))
    broken[-1] ^= 0xFF
    path = tmp_path / "block.pcapng"
    path.write_bytes(bytes(broken))
    code, report, err = run_json(capsys, obj, path)
    second = len(shb("<")) + len(idb("<", 1)) + len(epb("<", 0, frame))
    assert code == EXIT_INPUT and len(report["packets"]) == 1
    assert f"damaged at byte {second}: block's length is 88 at its start" in err


def test_files_that_are_no_capture(tmp_path: Path) -> None:
    path = tmp_path / "x.pcap"
    path.write_bytes(b"GIF89a" + bytes(40))
    code, _, err = run_cli("test", "--reference-only", "--pcap", str(path))
    assert code == EXIT_INPUT and "not a pcap or pcapng file (magic 47494638)" in err
    assert "Traceback" not in err
    code, _, err = run_cli("test", "--reference-only", "--pcap", str(tmp_path / "none.pcap"))
    assert code == EXIT_INPUT and "cannot read capture" in err and "No such file" in err
    path.write_bytes(pcap([]))
    code, _, err = run_cli("test", "--reference-only", "--pcap", str(path))
    assert code == EXIT_INPUT and f"no packets: {path} holds no frames" in err


def run_cli(*args: str) -> tuple[int, str, str]:
    proc = subprocess.run([sys.executable, "-m", "flowdsl", *args], capture_output=True,
                          text=True)
    return proc.returncode, proc.stdout, proc.stderr


def test_no_third_party_reader_or_warning(tmp_path: Path) -> None:
    """An unsupported link type is skipped with flowdsl's own reason: no scapy import,
    no "unknown LL type" warning, the whole file refused only because nothing in it can
    be used."""
    path = tmp_path / "usb.pcap"
    path.write_bytes(pcap([b"\x01" * 64] * 2, word=189))
    script = ("import sys\nfrom flowdsl.cli import main\n"
              f"code = main(['test', '--reference-only', '--pcap', {str(path)!r}])\n"
              "print('scapy loaded' if 'scapy' in sys.modules else 'no scapy')\n"
              "sys.exit(code)\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert proc.returncode == EXIT_INPUT
    assert proc.stdout.splitlines()[-1] == "no scapy"
    assert "usb.pcap #1: skipped: link type 189 is not one flowdsl converts" in proc.stdout
    assert proc.stderr == (f"flowdsl: error: no frame of {path} could be tested: 2 skipped, "
                           "e.g. usb.pcap #1: link type 189 is not one flowdsl converts to "
                           "Ethernet (Ethernet, Linux cooked (SLL, SLL2), raw IP, "
                           "BSD/OpenBSD loopback)\n")


def test_compare_kernel_over_several_chunks(obj: str, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """--compare-kernel over more frames than one batch: each frame keeps its own hash
    (the batches stay in order), SLL frames too."""
    frames = [sll(0x0800, ipv4(6, tcp(sport=n, dport=80))) for n in range(1, 2501)]
    path = tmp_path / "many.pcap"
    path.write_bytes(pcap(frames, word=113))
    code, report, err = run_json(capsys, obj, path, "--compare-kernel")
    assert code == 0, err
    packets = report["packets"]
    assert len(packets) == 2500 and report["builtin_hash_differences"] == 0
    assert [p["kernel"]["keys"]["sport"] for p in packets] == list(range(1, 2501))
    assert all(p["builtin_hash"]["same"] for p in packets)
    assert len({p["builtin_hash"]["flowdsl"] for p in packets}) > 2400  # not one hash reused


def test_bench_takes_a_bounded_capture(obj: str, tmp_path: Path) -> None:
    path = tmp_path / "huge.pcap"
    path.write_bytes(pcap([ethernet(0x0800, IP4_TCP)] * 1001))
    code, _, err = run_cli("bench", obj, "--pcap", str(path))
    assert code == EXIT_INPUT and "bench --pcap takes at most 1000 frames" in err


# -- bounded memory --------------------------------------------------------------------


def write_mixed(path: Path, count: int) -> None:
    """``count`` frames of the bench classes, round robin, written as a stream."""
    classes = [frame for _, frame in bench_classes()]
    with path.open("wb") as out:
        out.write(pcap([]))
        for n in range(count):
            frame = classes[n % len(classes)]
            out.write(struct.pack("<IIII", n, 0, len(frame), len(frame)) + frame)


# Run in a child: every import and first-use cost paid by a first run, then for each
# capture the peak resident memory reset (clear_refs 5: VmHWM back to VmRSS, Linux 4.0)
# and the growth above it measured, so a start-up peak cannot hide what a run holds.
MEASURE = """
import json, os, sys
from flowdsl.cli import main

def status(field):
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith(field + ":"))

obj, *captures = sys.argv[1:]
out, sys.stdout = sys.stdout, open(os.devnull, "w")
figures = {}
for name in ["warm", *captures]:
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
    before = status("VmRSS")
    code = main(["test", obj, "--pcap", captures[0] if name == "warm" else name, "--json"])
    assert code == 0, code
    figures[name] = {"growth": status("VmHWM") - before, "peak": status("VmHWM")}
print(json.dumps(figures), file=out)
"""


def test_memory_does_not_grow_with_the_capture(obj: str, tmp_path: Path) -> None:
    """5,000 and 20,000 frames through the kernel and the reference, JSON out: what a
    run adds to the resident memory is the same give or take allocator noise (holding
    the outcomes of 15,000 more packets took 20 MB), and the peak is far under 200 MB."""
    small, large = tmp_path / "5k.pcap", tmp_path / "20k.pcap"
    write_mixed(small, 5_000)
    write_mixed(large, 20_000)
    proc = subprocess.run([sys.executable, "-c", MEASURE, obj, str(small), str(large)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    figures = json.loads(proc.stdout)
    growth_small, growth_large = figures[str(small)]["growth"], figures[str(large)]["growth"]
    assert max(f["peak"] for f in figures.values()) < 200 * 1024, figures
    assert growth_large - growth_small < 4 * 1024, figures
    assert growth_large < 16 * 1024, figures
