"""The language itself: layout, expressions, intervals, serialisation, profiles."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from flowdsl.dsl import U8, U16, Bits, Bytes, Header
from flowdsl.dsl.expr import (
    Binary,
    Const,
    decided,
    interval,
    lowest_fields,
    overflow_problems,
    refine,
    refine_negated,
)
from flowdsl.dsl.graph import ParseGraph
from flowdsl.dsl.profile import apply_profile, parse_profile
from flowdsl.protocols import IPv4, default_graph
from flowdsl.protocols.gre import GRE, PPTP

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


def test_a_stop_before_that_did_not_stop_narrows_its_fields() -> None:
    """After GRE's ``stop_before`` (version != 0 | r != 0) let a packet on, both are 0;
    a one-bit field known not to be 0 is 1 (PPTP's K)."""
    env: dict[str, tuple[int, int]] = {}
    refine_negated((GRE.version != 0) | (GRE.r != 0), env)
    assert env == {"GRE.version": (0, 0), "GRE.r": (0, 0)}
    env = {}
    refine_negated((PPTP.protocol != 0x880B) | (PPTP.k == 0), env)
    assert env == {"PPTP.protocol": (0x880B, 0x880B), "PPTP.k": (1, 1)}
    env = {}
    refine_negated(IPv4.ihl < 5, env)  # the same as refining with >=
    assert env == {"IPv4.ihl": (5, 15)}


def test_conditions_that_known_intervals_decide() -> None:
    known = {"GRE.version": (0, 0), "GRE.r": (0, 0)}
    assert decided((GRE.version != 0) | (GRE.r != 0), known) is False
    assert decided((GRE.version == 0) & (GRE.r == 0), known) is True
    assert decided(GRE.version > 1, {"GRE.version": (0, 1)}) is False
    assert decided(GRE.version != 0, {"GRE.version": (0, 1)}) is None  # either
    assert decided((GRE.version != 0) | (GRE.k == 1), known) is None  # K unknown
    assert decided(GRE.version != 0, {}) is None


def test_a_length_is_shortest_exactly_when_its_fields_are_lowest() -> None:
    """What Lowering._unless_empty tests before a variable part's length: IPv4's ihl
    at 5 (given its require), GRE's C, K and S at 0; not a length that could also be
    shortest some other way, or that reads a field twice."""
    env: dict[str, tuple[int, int]] = {}
    refine(IPv4.ihl >= 5, env)
    lowest = lowest_fields(IPv4.ihl * 4 - 20, env)
    assert [(ref.key, low) for ref, low in lowest or []] == [("IPv4.ihl", 5)]
    lowest = lowest_fields((GRE.c + GRE.k + GRE.s) * 4, {})
    assert [(ref.key, low) for ref, low in lowest or []] == \
        [("GRE.c", 0), ("GRE.k", 0), ("GRE.s", 0)]
    assert lowest_fields((GRE.c - GRE.k) * 4, {}) is None  # shrinks with K
    assert lowest_fields(GRE.c * GRE.k, {}) is None  # 0 whenever either is
    assert lowest_fields(GRE.c * 4 + GRE.c, {}) is None  # C twice
    assert lowest_fields(GRE.c & GRE.k, {}) is None
    assert lowest_fields(Const(4), {}) is None  # no field: nothing to test


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
