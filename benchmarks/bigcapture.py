"""`flowdsl test --pcap` on a big capture: wall time and peak resident memory.

    python benchmarks/bigcapture.py                  # 1,000,000 frames, kernel profile
    python benchmarks/bigcapture.py --frames 100000 --json --keep /tmp/big.pcap

Writes a pcap of the bench packet classes (flowdsl.protocols.samples, round robin,
with every tenth frame in a Linux cooked (SLL) record, so conversion is measured too),
builds the library's object, then runs `python -m flowdsl test OBJ --pcap FILE` as a
child with its output to /dev/null and reports its wall time, frames per second and
peak RSS (ru_maxrss of the child, from wait4). Needs root for the kernel part;
`--reference-only` measures the reference dissector alone.
"""

from __future__ import annotations

import argparse
import json
import os
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from flowdsl.protocols.samples import bench_classes

LINKTYPE_LINUX_SLL = 113


def write_capture(path: Path, frames: int) -> None:
    """A pcapng file: interface 0 Ethernet, interface 1 Linux cooked (SLL)."""
    classes = [frame for _, frame in bench_classes()]

    def block(kind: int, body: bytes) -> bytes:
        body += b"\0" * (-len(body) % 4)
        return struct.pack("<II", kind, len(body) + 12) + body + struct.pack("<I", len(body)
                                                                               + 12)

    with path.open("wb", buffering=1 << 20) as out:
        out.write(block(0x0A0D0D0A, struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1)))
        out.write(block(1, struct.pack("<HHI", 1, 0, 0)))
        out.write(block(1, struct.pack("<HHI", LINKTYPE_LINUX_SLL, 0, 0)))
        for n in range(frames):
            frame = classes[n % len(classes)]
            iface = 0
            if n % 10 == 9:  # the same packet as the host's cooked capture sees it
                iface = 1
                frame = struct.pack(">HHH8s", 0, 1, 6, frame[6:12]) + frame[12:]
            out.write(block(6, struct.pack("<IIIII", iface, n >> 20, n, len(frame),
                                           len(frame)) + frame))


def run(obj: Path, capture: Path, extra: list[str]) -> tuple[float, int, int]:
    """(wall seconds, peak RSS KiB, exit code) of one `flowdsl test` child."""
    started = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        child = subprocess.Popen([sys.executable, "-m", "flowdsl", "test", str(obj),
                                  "--pcap", str(capture), *extra], stdout=devnull)
        _, status, usage = os.wait4(child.pid, 0)
    return time.perf_counter() - started, int(usage.ru_maxrss), os.waitstatus_to_exitcode(status)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--frames", type=int, default=1_000_000)
    parser.add_argument("--keep", metavar="FILE", help="write the capture here and keep it")
    parser.add_argument("--json", action="store_true", help="the figures as JSON")
    parser.add_argument("--text", action="store_true",
                        help="the text report instead of --json output from the child")
    parser.add_argument("--reference-only", action="store_true")
    parser.add_argument("--compare-kernel", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        capture = Path(args.keep) if args.keep else Path(tmp) / "big.pcapng"
        started = time.perf_counter()
        write_capture(capture, args.frames)
        written = time.perf_counter() - started
        obj = Path(tmp) / "flowdsl.o"
        subprocess.run([sys.executable, "-m", "flowdsl", "build", "-o", str(obj)], check=True,
                       stdout=subprocess.DEVNULL)
        extra = [] if args.text else ["--json"]
        extra += ["--reference-only"] if args.reference_only else []
        extra += ["--compare-kernel"] if args.compare_kernel else []
        seconds, rss_kib, code = run(obj, capture, extra)
        figures = {"frames": args.frames, "capture_bytes": capture.stat().st_size,
                   "write_seconds": round(written, 1), "options": extra,
                   "test_seconds": round(seconds, 1),
                   "frames_per_second": round(args.frames / seconds),
                   "peak_rss_mib": round(rss_kib / 1024, 1), "exit_code": code}
    if args.json:
        print(json.dumps(figures, indent=1))
    else:
        print(f"{figures['frames']:,} frames ({figures['capture_bytes'] / 2**20:.0f} MiB "
              f"pcapng, written in {written:.1f} s): flowdsl test {' '.join(extra)} took "
              f"{seconds:.1f} s, {figures['frames_per_second']:,} frames/s, peak RSS "
              f"{figures['peak_rss_mib']} MiB, exit {code}")
    return 0 if code == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
