"""The language itself: layout, expressions, intervals, serialisation, profiles."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from flowdsl.dsl import U8, U16, Bits, Bytes, Header
from flowdsl.dsl.expr import Binary, Const, interval, overflow_problems, refine
from flowdsl.dsl.graph import ParseGraph
from flowdsl.dsl.profile import apply_profile, parse_profile
from flowdsl.protocols import IPv4, default_graph

from flowdsl.errors import SpecError


def test_header_layout_and_source_lines() -> None:
    assert IPv4.fixed_size == 20
    ihl = IPv4.ihl
    assert (ihl.bit_offset, ihl.bit_width) == (4, 4)
    assert IPv4.src.bit_offset == 96
    field = next(f for f in IPv4.fields if f.name == "ihl")
    assert field.source.file.endswith("protocols/ip.py") and field.source.line > 0


def test_expressions_are_data_with_intervals() -> None:
    length = IPv4.ihl * 4 - 20
    assert isinstance(length, Binary) and isinstance(length.right, Const)
    assert overflow_problems(length)  # ihl can be < 5: the subtraction can go negative
    env: dict[str, tuple[int, int]] = {}
    refine(IPv4.ihl >= 5, env)
    assert interval(length, env) == (0, 40)
    assert not overflow_problems(length, env)


def test_python_truth_value_is_refused() -> None:
    with pytest.raises(SpecError, match="truth value"):
        bool(IPv4.ihl == 5)
    with pytest.raises(SpecError, match="Python bool"):
        IPv4.ihl + True


def test_misaligned_byte_field_is_refused_with_location() -> None:
    with pytest.raises(SpecError) as info:
        class Bad(Header):
            nibble = Bits(4)
            word = U16()
            pad = Bits(4)

    problem = info.value.problems[0]
    assert problem.code == "E016" and problem.path == "Bad.word"
    assert problem.source.file == __file__


def test_variable_field_must_be_last() -> None:
    with pytest.raises(SpecError, match="must be the last field"):
        class Bad(Header):
            n = U8()
            body = Bytes(length=n, max=8)
            after = U8()


def test_graph_round_trips_through_json() -> None:
    graph = default_graph()
    again = ParseGraph.from_dict(json.loads(graph.to_json()))
    assert again.to_dict() == graph.to_dict()


def test_profile_prunes_and_sets_policies() -> None:
    profile = parse_profile('[protocols]\ndisable = ["udplite", "ipv6_frag"]\n'
                            '[policies]\nipv4 = "kernel"\n[limits]\nencap_depth = 1\n')
    graph = apply_profile(default_graph(), profile)
    assert "udplite" not in graph.names and "ipv6_frag" not in graph.names
    assert graph.node("ipv4").on_unknown == "kernel"
    assert graph.limits.encap_depth == 1
    assert all(e.target != "udplite" for n in graph.nodes for e in n.edges)


def test_profile_errors_name_file_key_and_fix() -> None:
    text = '[protocols]\ndisable = ["udpp"]\n[limits]\nencap_depth = 99\n[colors]\nx = 1\n'
    with pytest.raises(SpecError) as info:
        parse_profile(text, "bad.toml")
    messages = [str(p) for p in info.value.problems]
    assert any("bad.toml:4" in m and "encap_depth" in m for m in messages)
    assert any("bad.toml:5" in m and "unknown section" in m for m in messages)
    with pytest.raises(SpecError, match=r"unknown protocol 'udpp'.*known protocols"):
        apply_profile(default_graph(), parse_profile(text.split("[limits]")[0], "bad.toml"))


def test_no_bare_top_level_modules_are_imported() -> None:
    code = ("import sys, flowdsl, flowdsl.cli, flowdsl.protocols, flowdsl.runtime.loader;"
            "print([m for m in ('dsl', 'codegen', 'runtime', 'protocols') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd="/", check=True).stdout
    assert out.strip() == "[]"
