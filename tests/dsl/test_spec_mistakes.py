"""Mistakes a user makes in a spec (issue 14): each is reported at the user's line as
``file:line: error[CODE]: what; what to do``, with exit code 3 and no traceback, by
``flowdsl build SPEC --no-verify``, and a spec that is only big builds."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from flowdsl.cli import main

HEAD = '''\
from flowdsl.dsl import U8, U16, Bytes, Header, Protocol, bind
from flowdsl.protocols import ipv4, udp


class GPE(Header):
    flags = U8()
    length = U8()
    next_proto = U16()


gpe = Protocol(GPE, select=GPE.next_proto)
'''
LINE = HEAD.count("\n") + 1  # the line of the first statement after HEAD


def build(tmp_path: Path, body: str, capsys: pytest.CaptureFixture[str],
          *extra: str) -> tuple[int, str]:
    spec = tmp_path / "spec.py"
    spec.write_text(HEAD + body)
    code = main(["build", str(spec), "--no-verify", "-o", str(tmp_path / "out.o"), *extra])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err.replace(str(tmp_path) + "/", "")


DEEP = '''
class Link(Header):
    kind = U8()
    next = U8()
    pad = Bytes({pad})


chain = [Protocol(Link, name=f"link{{i}}", select=Link.next) for i in range({depth})]
bindings = [bind(udp, chain[0], dport=7777)]
bindings += [bind(a, b, next=1) for a, b in zip(chain, chain[1:])]
'''


def test_a_thousand_deep_chain_reports_its_length(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Deeper than Python's recursion limit, and past the offset a BPF program can
    address, found by check_graph before any code is generated. (E025 names the widest
    header of the chain, so Link is made wider than the library's IPv6 options.)"""
    started = time.monotonic()
    code, err = build(tmp_path, DEEP.format(pad=2100, depth=1000), capsys)
    assert code == 3
    assert f"spec.py:{LINE + 1}: error[E025]: Link: a chain of 1019 headers " in err
    assert "RecursionError" not in err
    assert time.monotonic() - started < 10


def test_a_thousand_deep_chain_builds(tmp_path: Path) -> None:
    spec = tmp_path / "spec.py"
    spec.write_text(HEAD + DEEP.format(pad=0, depth=1000).replace("pad = Bytes(0)", ""))
    run = subprocess.run([sys.executable, "-m", "flowdsl", "build", str(spec), "--no-verify",
                          "-o", str(tmp_path / "out.o")],
                         capture_output=True, text=True, timeout=60, check=False)
    assert "Traceback" not in run.stderr
    assert run.returncode == 0, run.stderr
    assert "1031 protocols" in run.stdout
