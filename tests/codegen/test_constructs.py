"""Per construct: its lowered IR against a short golden (goldens/constructs/, rewritten
with --update-goldens like the whole-library ones), and the kernel against the
reference dissector on frames that take each of its branches, truncated ones included.
The graphs are in constructs.py."""

from __future__ import annotations

from pathlib import Path

import llvmlite.binding as llvm
import pytest
from flowdsl.codegen.lower import lower_graph
from flowdsl.dsl.abi import BPF_DROP, BPF_OK
from flowdsl.dsl.check import ensure_valid
from flowdsl.dsl.reference import ReferenceDissector

from tests.codegen.constructs import (
    GRAPHS,
    MACS,
    PARSE_1ST_FRAG,
    STOP_AT_ENCAP,
    Case,
    edge_keys_graph,
    encap_graph,
    encap_ports_graph,
    fallback_graph,
    fragment_graph,
    frame,
    peek_graph,
    reference_equals_kernel,
    repeat_graph,
    select_mask_graph,
    select_range_graph,
    short_graph,
    stop_before_graph,
    variable_graph,
)
from tests.conftest import assert_golden

GOLDENS = Path(__file__).resolve().parent / "goldens" / "constructs"
REVIEWABLE = 320  # lines: a construct's golden is read, not skimmed (each State has its
# arrival from the widening walk, codegen/lower.py)

PORTS = "0001 0002"  # a Ports header: sport 1, dport 2


@pytest.mark.parametrize("name", sorted(GRAPHS))
def test_construct_ir_matches_golden(name: str, update_goldens: bool) -> None:
    graph = GRAPHS[name]()
    ensure_valid(graph)
    ir_text = str(lower_graph(graph))
    golden = GOLDENS / f"{name}.ll"
    assert_golden(ir_text, golden, update_goldens, "IR")
    llvm.parse_assembly(golden.read_text()).verify()
    lines = len(ir_text.splitlines())
    assert lines <= REVIEWABLE, f"{name}.ll has {lines} lines; make the graph smaller"


def test_peek() -> None:
    reference_equals_kernel(peek_graph(), [
        Case("version 4: Ports starts at the peeked byte", frame("4000 0050"), BPF_OK,
             ("entry", "version", "ports")),
        Case("version 6: unknown, drop", frame("6000 0050"), BPF_DROP, ("entry", "version")),
        Case("nothing to peek at", frame(), BPF_DROP, ("entry", "version")),
        Case("Ports truncated after the peek", frame("40"), BPF_DROP,
             ("entry", "version", "ports")),
        Case("another ethertype: entry's drop", MACS + bytes.fromhex("0800 4000 0050"),
             BPF_DROP, ("entry",)),
    ])


def test_select_mask() -> None:
    reference_equals_kernel(select_mask_graph(), [
        Case("0x1a matches 0x10/0xf0", frame("1a00", PORTS), BPF_OK, ("entry", "shim", "ports")),
        Case("0x10 matches 0x10/0xf0", frame("1000", PORTS), BPF_OK, ("entry", "shim", "ports")),
        Case("0x01 matches the value", frame("0100", PORTS), BPF_OK, ("entry", "shim", "ports")),
        Case("0x20: unknown, stop after shim", frame("2000", PORTS), BPF_OK, ("entry", "shim")),
        Case("0x00: unknown", frame("0000", PORTS), BPF_OK, ("entry", "shim")),
        Case("shim truncated", frame("1a"), BPF_DROP, ("entry", "shim")),
        Case("Ports truncated", frame("1a00 00"), BPF_DROP, ("entry", "shim", "ports")),
    ])


def test_select_range() -> None:
    reference_equals_kernel(select_range_graph(), [
        Case("0x20, the range's low end", frame("2000", PORTS), BPF_OK,
             ("entry", "shim", "ports")),
        Case("0x2f, its high end", frame("2f00", PORTS), BPF_OK, ("entry", "shim", "ports")),
        Case("0x1f, just below", frame("1f00", PORTS), BPF_OK, ("entry", "shim")),
        Case("0x30, just above", frame("3000", PORTS), BPF_OK, ("entry", "shim")),
        Case("0x01, the value", frame("0100", PORTS), BPF_OK, ("entry", "shim", "ports")),
        Case("Ports truncated", frame("2500 000102"), BPF_DROP, ("entry", "shim", "ports")),
    ])


def test_fragment() -> None:
    after = ("entry", "frag", "ports")
    reference_equals_kernel(fragment_graph(), [
        Case("not a fragment", frame("0000 0006", PORTS), BPF_OK, after),
        Case("DF only: not a fragment", frame("4000 0006", PORTS), BPF_OK, after),
        Case("first fragment: stop", frame("2000 0006", PORTS), BPF_OK, ("entry", "frag")),
        Case("first fragment, PARSE_1ST_FRAG: go on", frame("2000 0006", PORTS), BPF_OK,
             after, PARSE_1ST_FRAG),
        Case("first fragment, PARSE_1ST_FRAG, Ports truncated", frame("2000 0006 00"),
             BPF_DROP, after, PARSE_1ST_FRAG),
        Case("later fragment, PARSE_1ST_FRAG: stop", frame("2010 0006", PORTS), BPF_OK,
             ("entry", "frag"), PARSE_1ST_FRAG),
        Case("last fragment: stop", frame("0010 0006", PORTS), BPF_OK, ("entry", "frag")),
        Case("not a fragment, unknown next", frame("0000 0011", PORTS), BPF_OK,
             ("entry", "frag")),
        Case("frag truncated", frame("200000"), BPF_DROP, ("entry", "frag")),
    ])


def test_stop_before() -> None:
    reference_equals_kernel(stop_before_graph(), [
        Case("version 0: go on", frame("0006", PORTS), BPF_OK, ("entry", "versioned", "ports")),
        Case("version 1: stop at its start", frame("0106", PORTS), BPF_OK,
             ("entry", "versioned")),
        Case("version 0, unknown next", frame("0007", PORTS), BPF_OK, ("entry", "versioned")),
        Case("truncated", frame("00"), BPF_DROP, ("entry", "versioned")),
    ])


def test_edge_keys() -> None:
    ports = ("entry", "shim", "ports")
    reference_equals_kernel(edge_keys_graph(), [
        Case("kind 1 writes ip_proto 6", frame("0100", PORTS), BPF_OK, ports),
        Case("kind 2 writes ip_proto 17 and n_proto", frame("0200", PORTS), BPF_OK, ports),
        Case("kind 3: no edge, no edge keys", frame("0300", PORTS), BPF_OK, ("entry", "shim")),
        Case("kind 2, Ports truncated: the edge's keys are kept", frame("0200 00"), BPF_DROP,
             ports),
    ])


def test_repeat() -> None:
    tag = "0001 88b5"  # a tag followed by another
    reference_equals_kernel(repeat_graph(), [
        Case("one tag", frame("0001 0006", PORTS), BPF_OK, ("entry", "tag", "ports")),
        Case("two tags, the limit", frame(tag, "0002 0006", PORTS), BPF_OK,
             ("entry", "tag", "tag", "ports")),
        Case("three tags: on_limit (drop)", frame(tag, tag, "0003 0006", PORTS), BPF_DROP,
             ("entry", "tag", "tag")),
        Case("unknown next: drop", frame("0001 0007", PORTS), BPF_DROP, ("entry", "tag")),
        Case("second tag truncated", frame(tag, "0002 00"), BPF_DROP, ("entry", "tag", "tag")),
    ])


def test_variable() -> None:
    after = ("entry", "options", "ports")
    reference_equals_kernel(variable_graph(), [
        Case("no options", frame("0006", PORTS), BPF_OK, after),
        Case("one word", frame("0106 aabbccdd", PORTS), BPF_OK, after),
        Case("two words, the max", frame("0206 aabbccdd 11223344", PORTS), BPF_OK, after),
        Case("three words: the require fails", frame("0306 aabbccdd 11223344 55667788", PORTS),
             BPF_DROP, ("entry", "options")),
        Case("four words: above the max", frame("0406", "00" * 16, PORTS), BPF_DROP,
             ("entry", "options")),
        Case("options past the packet", frame("0206 aabb"), BPF_DROP, ("entry", "options")),
        Case("options end the packet, Ports truncated", frame("0106 aabbccdd"), BPF_DROP,
             after),
        Case("fixed part truncated", frame("01"), BPF_DROP, ("entry", "options")),
    ])


def test_encap() -> None:
    tunnel = ("entry", "shim", "tunnel")
    reference_equals_kernel(encap_graph(), [
        Case("encap node, then Ports", frame("0100 0006 0009", PORTS), BPF_OK,
             (*tunnel, "ports")),
        Case("encap node, STOP_AT_ENCAP: before its keys", frame("0100 0006 0009", PORTS),
             BPF_OK, tunnel, STOP_AT_ENCAP),
        Case("encap node, unknown next", frame("0100 0007 0009", PORTS), BPF_OK, tunnel),
        Case("encap node truncated", frame("0100 0006"), BPF_DROP, tunnel),
        Case("encap edge", frame("0200", PORTS), BPF_OK, ("entry", "shim", "ports")),
        Case("encap edge, STOP_AT_ENCAP", frame("0200", PORTS), BPF_OK, ("entry", "shim"),
             STOP_AT_ENCAP),
        Case("encap edge, Ports truncated", frame("0200 0001"), BPF_DROP,
             ("entry", "shim", "ports")),
    ])


def test_fallback() -> None:
    reference_equals_kernel(fallback_graph(), [
        Case("0x01: the exact value, not the fallback", frame("0100", PORTS), BPF_OK,
             ("entry", "shim", "ports")),
        Case("0x11: the mask, not the fallback", frame("1100", PORTS), BPF_OK,
             ("entry", "shim", "ports")),
        Case("0x03: only the fallback matches", frame("0300", PORTS), BPF_OK,
             ("entry", "shim", "leaf")),
        Case("0x02: nothing matches, stop", frame("0200", PORTS), BPF_OK, ("entry", "shim")),
    ])


def test_short() -> None:
    reference_equals_kernel(short_graph(), [
        Case("whole", frame("0601 00000000", PORTS), BPF_OK, ("entry", "cut", "short_ports")),
        Case("fixed part cut: stop, thoff clamped", frame("06"), BPF_OK, ("entry", "cut")),
        Case("variable part cut: stop", frame("0602 0000"), BPF_OK, ("entry", "cut")),
        Case("too long a variable part still drops", frame("0603", bytes(12)), BPF_DROP,
             ("entry", "cut")),
        Case("ports cut: stop at their start, no ports", frame("0600 0001"), BPF_OK,
             ("entry", "cut", "short_ports")),
    ])


def test_encap_clears_outer_ports() -> None:
    outer = ("entry", "outer")
    reference_equals_kernel(encap_ports_graph(), [
        Case("encap node without ports after it: none", frame("0009 0001 0007 0000"),
             BPF_OK, (*outer, "tunnel")),
        Case("encap node, inner ports", frame("0009 0001 0006 0000", PORTS), BPF_OK,
             (*outer, "tunnel", "ports")),
        Case("encap node, STOP_AT_ENCAP: the outer ports", frame("0009 0001 0006 0000"),
             BPF_OK, (*outer, "tunnel"), STOP_AT_ENCAP),
        Case("encap edge, inner ports cut", frame("0009 0002 00"), BPF_DROP,
             (*outer, "ports")),
        Case("encap edge, STOP_AT_ENCAP", frame("0009 0002 0700"), BPF_OK, outer,
             STOP_AT_ENCAP),
    ])
    reference = ReferenceDissector(encap_ports_graph())
    assert reference.run(frame("0009 0001 0007 0000")).keys.sport == 0
    assert reference.run(frame("0009 0001 0007 0000"), STOP_AT_ENCAP).keys.sport == 9
