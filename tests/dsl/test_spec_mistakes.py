"""Mistakes a user makes in a spec (issue 14): each is reported at the user's line as
``file:line: error[CODE]: what; what to do``, with exit code 3 and no traceback, by
``flowdsl build SPEC --no-verify``. The goldens in bad_specs/ show whole messages; these
tests write the spec themselves to vary the mistake."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from flowdsl.dsl import U8, U16, Header

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


@pytest.mark.parametrize(("body", "expected"), [
    ('bindings = [bind(udp, gpe, dport="4790")]',
     "dport='4790' is a str, not an integer; give an int: 4790 (no quotes)"),
    ("bindings = [bind(udp, gpe, dport=4790.0)]",
     "dport=4790.0 is a float, not an integer; give an int: 4790"),
    ("bindings = [bind(udp, gpe, dport=True)]", "dport=True is a bool, not an integer"),
    ("bindings = [bind(udp, gpe, 4790.5)]", "the value 4790.5 is a float"),
    ("bindings = [bind(udp, gpe, mask=0xff00, dport='1')]", "dport='1' is a str"),
    ("bindings = [bind(udp, gpe, mask=None, dport=GPE.flags)]",
     "dport=GPE.flags is an expression, not an integer; a binding matches constants"),
    ('bindings = [bind(udp, gpe, range=(4790, "4799"))]',
     "range hi '4799' is a str, not an integer"),
    ("bindings = [bind(udp, gpe, range=(4790.0, 4799))]", "range lo 4790.0 is a float"),
    ("bindings = [bind(udp, gpe, range=4790)]", "range=4790 is not a pair of integers"),
    ("bindings = [bind(udp, gpe, range=(4799, 4790))]",
     "range=(0x12bf, 0x12b6) is empty: lo > hi"),
    ('bindings = [bind(udp, gpe, dport=4790, keys={"n_proto": 2048.0})]',
     "keys['n_proto']=2048.0 is a float"),
])
def test_bind_value_must_be_an_int(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                   body: str, expected: str) -> None:
    code, err = build(tmp_path, body, capsys)
    assert code == 3
    assert f"spec.py:{LINE}: error[E029]: bind(udp -> gpe): " in err
    assert expected in err


@pytest.mark.parametrize(("body", "expected"), [
    ("bindings = [bind(udp, GPE, dport=4790)]",
     "error[E028]: bind(udp -> GPE) child: GPE is a Header; bind() takes Protocols; "
     "wrap it, e.g. gpe = Protocol(GPE, select=...)"),
    ("bindings = [bind(GPE, ipv4, next_proto=0x0800)]",
     "error[E028]: bind(GPE -> ipv4) parent: GPE is a Header; bind() takes Protocols; "
     "wrap it, e.g. gpe = Protocol(GPE, select=...)"),
    ('bindings = [bind("udp", gpe, dport=4790)]',
     "error[E028]: bind(str -> gpe) parent: 'udp' is a str, not a Protocol"),
])
def test_bind_takes_protocols(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                              body: str, expected: str) -> None:
    code, err = build(tmp_path, body, capsys)
    assert code == 3
    assert f"spec.py:{LINE}: {expected}" in err


@pytest.mark.parametrize(("body", "expected"), [
    ("other = Protocol(gpe, name='other')",
     "error[E028]: Protocol(gpe): gpe is a Protocol, not a Header class; give the header's "
     "class, e.g. Protocol(GPE, select=...)"),
    ("other = Protocol('GPE', name='other')",
     "error[E028]: Protocol(str): 'GPE' is a str, not a Header class"),
])
def test_protocol_takes_a_header(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                 body: str, expected: str) -> None:
    code, err = build(tmp_path, body + "\nbindings = [bind(udp, other, dport=4790)]\n", capsys)
    assert code == 3
    assert f"spec.py:{LINE}: {expected}" in err


def test_header_and_bad_value_reported_together(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = build(tmp_path, 'bindings = [bind(udp, GPE, dport="x")]', capsys)
    assert code == 3
    assert err.count("error[") == 2
    assert "error[E028]" in err and "dport='x' is a str" in err


@pytest.mark.parametrize(("body", "expected"), [
    ("bindings = [bind(gpe, ipv4, next_proto=1)]\nx = GPE.lenght\n",
     "error[E030]: GPE.lenght: GPE has no field 'lenght'; did you mean 'length'? "
     "its fields are flags, length, next_proto"),
    ("bindings = [bind(gpe, ipv4, next_proto=1)]\nx = GPE.colour\n",
     "error[E030]: GPE.colour: GPE has no field 'colour'; its fields are flags, length, "
     "next_proto"),
])
def test_misspelt_field(tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str,
                        expected: str) -> None:
    code, err = build(tmp_path, body, capsys)
    assert code == 3
    assert f"spec.py:{LINE + 1}: {expected}" in err


def test_misspelt_field_inside_an_expression_points_at_its_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = ("other = Protocol(GPE, name='other',\n"
            "                 require=[GPE.lenth >= 4])\n"
            "bindings = [bind(udp, other, dport=4790)]\n")
    code, err = build(tmp_path, body, capsys)
    assert code == 3
    assert f"spec.py:{LINE + 1}: error[E030]: GPE.lenth:" in err
    assert "did you mean 'length'?" in err


def test_unknown_attribute_is_still_an_attribute_error() -> None:
    class Tiny(Header):
        kind = U8()
        port = U16()

    assert not hasattr(Tiny, "prot")
    assert getattr(Tiny, "prot", None) is None
    assert not hasattr(Tiny, "__no_such_dunder__")
    with pytest.raises(AttributeError, match="did you mean 'port'"):
        _ = Tiny.prot  # type: ignore[attr-defined]


def test_value_too_wide_for_the_select_field(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = build(tmp_path, "bindings = [bind(ipv4, gpe, protocol=300)]", capsys)
    assert code == 3
    assert (f"spec.py:{LINE}: error[E003]: bind(ipv4 -> gpe): matches 0x12c, which "
            "IPv4.protocol (range 0x0..0xff) can never equal") in err


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


WIDE = '''
class Shim(Header):
    kind = U8()
    next = U8()


shims = [Protocol(Shim, name=f"shim{{i}}", select=Shim.next) for i in range({count})]
bindings = [bind(udp, p, dport=1000 + i) for i, p in enumerate(shims)]
'''


def test_ten_thousand_protocols_are_refused_before_any_check(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Once 203 s and 590 MB, then SIGABRT inside LLVM."""
    started = time.monotonic()
    code, err = build(tmp_path, WIDE.format(count=10_000), capsys)
    assert code == 3
    # the first protocol past the limit, at the line that made it
    assert re.search(rf"spec.py:{LINE + 6}: error\[E031\]: protocol 'shim\d+': the graph "
                     "has 10031 protocols, past the 2048 one BPF program can hold; build one "
                     "program per use with a profile", err), err
    assert time.monotonic() - started < 10


def test_a_program_too_large_for_bpf_jumps_is_refused_before_llvm(tmp_path: Path) -> None:
    """LLVM aborts the process on a jump it cannot encode: run as a user would, the
    build must end with E032 and exit 3, not SIGABRT."""
    spec = tmp_path / "spec.py"
    spec.write_text(HEAD + WIDE.format(count=2000))
    run = subprocess.run([sys.executable, "-m", "flowdsl", "build", str(spec), "--no-verify",
                          "-o", str(tmp_path / "out.o")],
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 3, run.stderr
    assert (f"spec.py:{LINE + 6}: error[E032]: program: 2031 protocols unroll to about "
            in run.stderr)
    assert "past the 32767 a BPF program's jumps can span; disable protocols" in run.stderr
    assert not (tmp_path / "out.o").exists()


def test_a_profile_encap_depth_too_deep_is_the_profile_s_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Not E025 in the library's ipv6ext.py, which the user did not write: the profile's
    line, and the largest depth that fits."""
    profile = tmp_path / "deep.toml"
    profile.write_text('[profile]\nextends = "overlay"\n[limits]\nencap_depth = 8\n')
    code = main(["build", "--profile", str(profile), "--no-verify",
                 "-o", str(tmp_path / "out.o")])
    err = capsys.readouterr().err
    assert code == 3
    assert (f"{profile}:4: error[P003]: limits.encap_depth: 8 encapsulations with these "
            "protocols let a packet's headers end at byte 72679, past the 65535 a BPF "
            "program can address; write encap_depth = 7 (the most that fits)") in err
    assert "ipv6ext.py" not in err


def test_profile_repeats_too_many_are_the_profile_s_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = tmp_path / "many.toml"
    profile.write_text('[profile]\nextends = "overlay"\n[limits.repeats]\nipv6_ext = 16\n'
                       'mpls_labels = 16\nvlan_tags = 16\n')
    code = main(["build", "--profile", str(profile), "--no-verify",
                 "-o", str(tmp_path / "out.o")])
    err = capsys.readouterr().err
    assert code == 3
    assert f"{profile}:3: error[P003]: limits.repeats: with these repeats" in err
