"""Emitted IR against golden files, determinism, and LLVM re-verification."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import llvmlite.binding as llvm
import pytest
from flowdsl.codegen.backend import compile_module
from flowdsl.codegen.build import build
from flowdsl.codegen.debuginfo import graph_sources, portable_graph, portable_names
from flowdsl.codegen.known_keys import KnownKeys
from flowdsl.codegen.lower import key_copies, lower_graph, node_words
from flowdsl.codegen.target import KEY_N_PROTO
from flowdsl.dsl.graph import ParseGraph
from flowdsl.dsl.profile import apply_profile, load_profile
from flowdsl.dsl.spec import load_spec
from flowdsl.dsl.unroll import Unroller
from flowdsl.protocols import default_graph, library_graph, profile_path
from flowdsl.runtime.elf import read_elf

from flowdsl import protocols
from tests.conftest import assert_golden, load_or_skip

GOLDENS = Path(__file__).resolve().parent / "goldens"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
GRAPHS = {"default": default_graph, "shim": lambda: load_spec(EXAMPLES / "shim.py")}


@pytest.mark.parametrize("name", sorted(GRAPHS))
def test_ir_matches_golden(name: str, update_goldens: bool) -> None:
    # Without the embedded graph and debug info: the code alone (test_debuginfo.py checks
    # that debug info changes none of it).
    ir_text = str(lower_graph(GRAPHS[name]()))
    golden = GOLDENS / f"{name}.ll"
    assert_golden(ir_text, golden, update_goldens, "IR")
    module = llvm.parse_assembly(golden.read_text())
    module.verify()


def test_build_is_deterministic() -> None:
    first, second = build(default_graph()), build(default_graph())
    assert first.obj == second.obj
    assert first.llvm_ir == second.llvm_ir


def test_object_layout_and_embedded_graph() -> None:
    result = build(default_graph())
    obj = read_elf(result.obj)
    assert obj.license == "GPL"
    assert obj.graph is not None
    # the graph as built, its files named as on any machine (codegen/debuginfo.py)
    graph = default_graph()
    names = portable_names(source.file for source in graph_sources(graph))
    assert names[str(Path(protocols.__file__).parent / "ip.py")] == "protocols/ip.py"
    assert ParseGraph.from_dict(obj.graph.data).to_dict() == \
        portable_graph(graph, names).to_dict()


def test_returns_only_the_three_verdicts() -> None:
    """The verifier accepts any return value; the compiler must only ever return 0, 2 or
    129. LLVM's own range analysis of the optimised function says which it can return."""
    compiled = compile_module(lower_graph(default_graph()))
    header = next(line for line in compiled.optimized_ir.splitlines()
                  if line.startswith("define"))
    constants = {int(x) for x in
                 __import__("re").findall(r"i32 (\d+), label", compiled.optimized_ir)}
    assert "i32 @flowdsl_dissect" in header
    assert constants <= {0, 2, 129}


def test_loads_have_natural_width() -> None:
    """No byte-by-byte loads of multi-byte fields (align 1 would cause them)."""
    text = str(lower_graph(default_graph()))
    for line in text.splitlines():
        if " = load i16" in line:
            assert "align 2" in line, line
        if " = load i32" in line:
            assert "align 4" in line, line


@pytest.mark.parametrize(("profile", "depth"), [("kernel", 0), ("kernel", 1), ("kernel", 3),
                                              ("overlay", 2), ("overlay", 4), ("minimal", 1)])
def test_verification_grows_with_the_program_not_its_paths(profile: str, depth: int) -> None:
    """Each extra encapsulation level adds paths by the dozen; the verifier must still
    visit each instruction a few times (the widening walk once, then a few instructions
    per arrival, more where it links the cursor to another register plus a constant, as
    after every variable part's shortest length: codegen/lower.py; kernel at depth 3,
    2.7x),
    not once per path (before any of it: 31,784 verified instructions for 974 at depth
    1, 144,660 at depth 2; with the widening walk last instead of first, 392,563 for the
    kernel profile's 3,079). The overlay at depth 4 is issue 16's: headers there can end
    at byte 39,703, which the cursors masked to 2^k - 1 could not address."""
    graph = apply_profile(library_graph(), load_profile(profile_path(profile)))
    graph = replace(graph, limits=replace(graph.limits, encap_depth=depth))
    obj = build(graph).obj
    insns = len(read_elf(obj).insns) // 8
    with load_or_skip(obj) as program:
        assert program.info.verified_insns <= 4 * insns, \
            f"{program.info.verified_insns} verified for {insns} instructions"


def test_a_header_after_a_peek_takes_the_peeked_words() -> None:
    """GRE's version is peeked, then GRE (or PPTP) starts at the same byte: it takes the
    words the peek checked and read, on the linear path and on the copied one, instead
    of a second bounds check, copy and loads. (The differential and paged-skb tests
    check that the keys stay the same.)"""
    text = str(lower_graph(default_graph()))
    assert '"gre_version_d0.copy"' in text
    assert '"gre_d0.copy"' not in text and '"pptp_d0.copy"' not in text
    assert '"gre_d0.copy_last_byte"' in text  # its variable part is still checked


def test_a_header_after_a_peek_skips_what_the_peek_decided() -> None:
    """gre_version let the packet on only with the routing bit 0 and a version of 0 or
    1, and took the edge to GRE for version 0, having set n_proto from the same bytes:
    GRE's own stop_before (version != 0 | R) can never stop, and its n_proto store
    writes what is there, so neither is made. PPTP's stop_before (protocol, K) reads
    what gre_version did not decide: it stays."""
    text = str(lower_graph(default_graph()))
    gre = _blocks_of(text, "gre_d0")
    assert '"gre_d0.stop_before"' not in text and '"pptp_d0.stop_before"' in text
    n_proto_stores = [line for line in gre.splitlines()
                      if f"i64 {KEY_N_PROTO}" in line and "keys" in line]
    assert not n_proto_stores, n_proto_stores


def test_an_empty_variable_part_is_tested_on_its_fields_first() -> None:
    """IPv4 without options and GRE without C, K and S (their variable lengths at 0
    exactly when ihl is 5, and C, K and S are 0): one test of the fields, and the
    length's arithmetic and checks only for a packet that has the part, out of line
    (_branch_to_cold: a cold block at the end, the way on right after)."""
    text = str(lower_graph(default_graph()))
    for state in ("ipv4_d0", "gre_d0"):
        body = _blocks_of(text, state)
        assert f"{state}.no_variable:" in body and f"{state}.variable:" in body
        fast = body.split(f"{state}.no_variable:")[1].split(":")[0]
        assert "mul" not in fast and "call" not in fast
    gre = _blocks_of(text, "gre_d0")
    assert "and i8 %\"w0_1" in gre and ", 176" in gre  # C, K and S: one mask, 0xB0


def _blocks_of(text: str, state: str) -> str:
    """The IR of ``state``'s blocks (those named ``state`` or ``state.*``)."""
    out, inside = [], False
    for line in text.splitlines():
        if line and not line.startswith(" ") and line.endswith(":"):
            name = line[:-1].strip('"')
            inside = name == state or name.startswith(f"{state}.")
        if inside:
            out.append(line)
    return "\n".join(out)


def test_keys_copied_from_adjacent_bytes_are_one_copy() -> None:
    """A key that is the header's bytes as they are is copied with one load and one
    store, and neighbours (adjacent in the header and in the keys) together: IPv4's
    addresses in one 8-byte copy, the ports in one of 4, IPv6's addresses in four of
    8; a protocol byte alone; keys that are computed (a constant, a masked flow label)
    are not copies. On the copy of a paged header, a word not aligned to its size is
    put together from aligned pieces (the paged-skb tests check the keys)."""
    nodes = {node.name: node for node in default_graph().nodes}

    def copies(name: str) -> list[tuple[int, int, int]]:
        found, _ = key_copies(list(nodes[name].keys))
        return [(copy.header, copy.offset, copy.size) for copy in found]

    assert copies("ipv4") == [(9, 9, 1), (12, 16, 8)]
    assert copies("tcp") == [(0, 12, 4)]
    assert copies("ipv6") == [(6, 9, 1), (8, 16, 8), (16, 24, 8), (24, 32, 8), (32, 40, 8)]
    _, computed = key_copies(list(nodes["ipv6"].keys))
    assert {assign.key for assign in computed} == {"addr_proto", "n_proto", "flow_label"}
    ipv4 = node_words(nodes["ipv4"])
    assert (12, 8) in ipv4 and (12, 4) not in ipv4 and (16, 4) not in ipv4
    text = str(lower_graph(default_graph()))
    ipv4_blocks = _blocks_of(text, "ipv4_d0")
    assert "load i64" in ipv4_blocks.split("ipv4_d0.copy:")[0]  # in place: one load
    assert "load volatile i64" not in ipv4_blocks  # the copy: two of 4 put together


def test_mask_tests_are_made_on_the_word_as_loaded() -> None:
    """IPv4's fragment tests (frag_off & 0x3FFF, & 0x1FFF) compare the loaded word with
    the masks in network order: no byte swap of frag_off on any IPv4 header."""
    text = str(lower_graph(default_graph()))
    ipv4 = _blocks_of(text, "ipv4_d0")
    assert '@"llvm.bswap.i16"(i16 %"w6_2' not in ipv4  # frag_off, as loaded
    # 0x3FFF and 0x1FFF as loaded on a little-endian machine: 0xFF3F and 0xFF1F
    assert f'and i16 %"w6_2", {0xFF3F}' in ipv4
    assert f'and i16 %"w6_2", {0xFF1F}' in ipv4


def test_a_select_of_a_whole_word_switches_on_it_as_loaded() -> None:
    """The entry's n_proto and Ethernet's ethertype are tested and switched on as
    loaded, against the bindings' values in network order (IPv4's 0x0800 is 0x0008 as
    loaded, ARP's 0x0806 is 0x0608): no byte swap before the tests."""
    text = str(lower_graph(default_graph()))
    for state in ("entry_d0", "ethernet_d1"):
        body = _blocks_of(text, state)
        first = next(line for line in body.splitlines() if "icmp eq i16" in line)
        assert first.endswith(", 8"), first  # IPv4 first
        switch = next(line for line in body.splitlines() if "switch " in line)
        assert switch.lstrip().startswith("switch i16") and "i16 1544, label" in switch, switch


def _tested_in_order(body: str) -> list[int]:
    """The constants a State's select tests one by one, in the order of its blocks."""
    tests = [line for line in body.splitlines()
             if "icmp eq" in line and "passthrough" in body.split(line)[0].splitlines()[-1]]
    return [int(line.rsplit(", ", 1)[1]) for line in tests]


def test_the_likeliest_bindings_are_tested_one_by_one_in_their_order() -> None:
    """A select tests its first bindings in the order they are written (IPv4: TCP, UDP,
    ICMP, IPIP, GRE), each on its own opaque copy of the value so that LLVM does not
    fold the tests into one balanced tree, and switches on the others."""
    text = str(lower_graph(default_graph()))
    ipv4 = _blocks_of(text, "ipv4_d0")
    assert _tested_in_order(ipv4) == [6, 17, 1, 4, 47]
    switch = next(line for line in ipv4.splitlines() if "switch " in line)
    assert "i64 41, label" in switch and "i64 6, label" not in switch, switch
    before = ipv4.split(switch)[0].splitlines()[-1]
    assert "passthrough" in before  # else LLVM merges it with the tests before it
    ipv6 = _blocks_of(text, "ipv6_d0")  # the transports, then RFC 8200's order
    assert _tested_in_order(ipv6) == [6, 17, 58, 0, 60]


def test_a_select_that_covers_every_value_tests_all_but_the_last() -> None:
    """gre_version goes on only with version 0 or 1 (its stop_before held the others
    back): one test, and no unknown value, which the kernel would find dead code."""
    text = str(lower_graph(default_graph()))
    assert _tested_in_order(_blocks_of(text, "gre_version_d0")) == [0]
    assert _tested_in_order(_blocks_of(text, "ipv4_d0"))[-1] == 47  # not every value


def test_a_key_store_of_the_value_the_key_holds_is_left_out() -> None:
    """The entry selects IPv4 on the kernel's n_proto, so IPv4's own n_proto = ETH_P_IP
    writes what is there; so does an IPIP edge's, after IPv4 wrote it. Where one way in
    brings another value, the store stays."""
    graph = default_graph()
    unroller = Unroller(graph)
    known = KnownKeys(unroller, graph.after_transport_keys())
    states = {state.label(): state for state in unroller.topological()}
    ipv4 = states["ipv4_d0"]
    assert "n_proto" in known.node_redundant(ipv4)
    assert "addr_proto" not in known.node_redundant(ipv4)  # nothing set it before
    ipip = next(edge for edge in graph.node("ipv4").edges
                if edge.target == "ipv4" and edge.match.value == 4)
    assert known.edge_redundant(ipv4, ipip) == {"n_proto"}
    # an MPLS label's payload arrives with n_proto still MPLS's
    overlay = apply_profile(library_graph(), load_profile(profile_path("overlay")))
    unroller = Unroller(overlay)
    known = KnownKeys(unroller, overlay.after_transport_keys())
    after_mpls = [state for state in unroller.topological() if state.node == "ipv4" and any(
        before.node == "ip_version" for before in unroller.leading_to(state))]
    assert after_mpls and all("n_proto" not in known.node_redundant(state)
                              for state in after_mpls)


def test_a_require_that_holds_where_the_variable_part_is_empty_is_tested_only_where_not(
        ) -> None:
    """IPv4's ihl >= 5 holds where ihl is 5 (no options): it is tested only under
    ihl != 5, so the linear path tests ihl once, for rule 4 (LLVM threads that test
    through the first)."""
    ipv4 = _blocks_of(str(lower_graph(default_graph())), "ipv4_d0")
    not_lowest = ipv4.split("ipv4_d0.not_lowest:")[1].split("ipv4_d0.require:")[0]
    assert "icmp uge i64" in not_lowest and "ipv4_d0.require" in not_lowest
    before = ipv4.split("ipv4_d0.not_lowest:")[0]
    assert "icmp uge" not in before  # nowhere else
