"""The command line's contract for mistakes (issue 14): each one exits with the code the
README's "Exit codes" table gives it, says what is wrong on stderr, and never shows a
Python traceback. Run as a user runs it: `python -m flowdsl` in a subprocess."""

from __future__ import annotations

import os
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flowdsl.errors import (
    EXIT_BROKEN_PIPE,
    EXIT_ELF,
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_OUTPUT,
    EXIT_SPEC,
    EXIT_USAGE,
)

FRAME = ("0200000000020200000000010800450000280001000040067ccd0a0000010a000002"
         "0050005000000000000000005002200000000000")  # Ethernet / IPv4 / TCP 80 -> 80
NO_NETNS = "needs a network namespace: give --netns NAME, --netns-pid PID or --netns-path"


def pcap(frames: list[bytes]) -> bytes:
    """A little-endian microsecond pcap of Ethernet frames."""
    head = struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1)
    return head + b"".join(struct.pack("<IIII", 0, 0, len(f), len(f)) + f for f in frames)


def flowdsl(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    # FLOWDSL_PIN_ROOT elsewhere: no case may reach a real deployment
    env = os.environ | {"FLOWDSL_PIN_ROOT": str(cwd / "no-pins")}
    return subprocess.run([sys.executable, "-m", "flowdsl", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=120)


# (argv, exit code, a part of stderr); {tmp} is the test's directory, the cwd too
CASES = [
    # 1. a deployment command without a namespace is a usage mistake, not an attach error
    (["load"], EXIT_USAGE, f"flowdsl load {NO_NETNS}"),
    (["load", "--netns", "a", "--netns-pid", "1"], EXIT_USAGE, "give namespaces by name"),
    (["load", "--all-netns", "--netns", "a"], EXIT_USAGE, "--all-netns goes alone"),
    (["unload"], EXIT_USAGE, "--all-netns, or --prune"),
    (["stats"], EXIT_USAGE, f"flowdsl stats {NO_NETNS}"),
    (["enable", "gre"], EXIT_USAGE, f"flowdsl enable {NO_NETNS}"),
    (["disable", "gre", "--netns", "a", "--netns-path", "/x"], EXIT_USAGE,
     "give the namespace one way"),
    # 2. files the user names that cannot be read or written are not packet input
    (["test", "missing.o", "--samples"], EXIT_ELF, "cannot read missing.o"),
    (["test", "missing.o", "--samples", "--profile", "overlay"], EXIT_USAGE,
     "--profile applies to a spec"),
    (["build", "-o", "/nonexistent/dir/x.o", "--no-verify"], EXIT_OUTPUT,
     "cannot write /nonexistent/dir/x.o: No such file or directory"),
    # 3. counts are checked by argparse
    (["bench", "--trials", "0"], EXIT_USAGE, "argument --trials: must be at least 1, not 0"),
    (["bench", "--repeat", "0"], EXIT_USAGE, "argument --repeat: must be at least 1, not 0"),
    (["bench", "--repeat", "-5"], EXIT_USAGE, "argument --repeat: must be at least 1, not -5"),
    (["bench", "--trials", "many"], EXIT_USAGE, "argument --trials: 'many' is not a whole"),
    # 4. only the flags the kernel defines
    (["test", "--reference-only", "--samples", "--flags", "999"], EXIT_USAGE,
     "999 (0x3e7) sets bits no flag has (0x3e0); the flags are PARSE_1ST_FRAG (0x1), "
     "STOP_AT_FLOW_LABEL (0x2), STOP_AT_ENCAP (0x4)"),
    (["test", "--reference-only", "--samples", "--flags", "0x8"], EXIT_USAGE,
     "sets bits no flag has (0x8)"),
    (["test", "--reference-only", "--samples", "--flags", "0xZZ"], EXIT_USAGE,
     "unknown flag '0XZZ'"),
    (["test", "--reference-only", "--samples", "--flags", "BOGUS"], EXIT_USAGE,
     "unknown flag 'BOGUS'; the flags are PARSE_1ST_FRAG"),
    # 5. hex: what is wrong, and where
    (["test", "--reference-only", "--packet", FRAME + "0"], EXIT_INPUT,
     f"--packet 1 is not hex: it has an odd number of hex digits ({len(FRAME) + 1})"),
    (["test", "--reference-only", "--packet", "0x" + FRAME[:11] + "g" + FRAME[12:]],
     EXIT_INPUT, "--packet 1 is not hex: character 14 is 'g', not a hex digit"),
    (["test", "--reference-only", "--packet", FRAME, "zz"], EXIT_INPUT,
     "--packet 2 is not hex: character 1 is 'z'"),
    # 6. a profile name that is not shipped: the shipped ones, and the nearest
    (["build", "--profile", "overlya", "--no-verify", "-o", "x.o"], EXIT_SPEC,
     "--profile overlya: no such profile; the shipped ones are kernel, overlay, minimal "
     "(did you mean overlay?)"),
    (["test", "--reference-only", "--samples", "--profile", "minmal"], EXIT_SPEC,
     "(did you mean minimal?)"),
    (["load", "--netns", "a", "--profile", "kernal"], EXIT_SPEC, "(did you mean kernel?)"),
    # 7. a capture without frames says so
    (["test", "--reference-only", "--pcap", "empty.pcap"], EXIT_INPUT,
     "no packets: empty.pcap holds no frames"),
]


@pytest.mark.parametrize(("argv", "code", "message"), CASES)
def test_mistakes_exit_with_their_code_and_say_why(argv: list[str], code: int, message: str,
                                                   tmp_path: Path) -> None:
    (tmp_path / "empty.pcap").write_bytes(pcap([]))
    result = flowdsl(*argv, cwd=tmp_path)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == code, result.stderr
    assert message in result.stderr


def test_hex_may_start_with_0x(tmp_path: Path) -> None:
    result = flowdsl("test", "--reference-only", "--packet", "0x" + FRAME, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "BPF_OK" in result.stdout


@pytest.mark.parametrize("read_first_line", [False, True])
def test_a_reader_that_goes_away_ends_the_run_quietly(read_first_line: bool,
                                                      tmp_path: Path) -> None:
    """`flowdsl test ... | head`: exit 141, as a SIGPIPE would, and nothing on stderr."""
    (tmp_path / "many.pcap").write_bytes(pcap([bytes.fromhex(FRAME)] * 20_000))
    proc = subprocess.Popen([sys.executable, "-m", "flowdsl", "test", "--reference-only",
                             "--pcap", "many.pcap"], cwd=tmp_path, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    if read_first_line:
        assert proc.stdout.readline().startswith(b"# ")
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == EXIT_BROKEN_PIPE
    assert err == ""


def test_ctrl_c_ends_the_run_quietly(tmp_path: Path) -> None:
    (tmp_path / "many.pcap").write_bytes(pcap([bytes.fromhex(FRAME)] * 50_000))
    proc = subprocess.Popen([sys.executable, "-m", "flowdsl", "test", "--reference-only",
                             "--pcap", "many.pcap"], cwd=tmp_path, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().startswith(b"# ")  # running: past the imports
    proc.stdout.readline()
    proc.send_signal(signal.SIGINT)
    started = time.monotonic()
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == EXIT_INTERRUPTED, err
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err
    assert time.monotonic() - started < 60
