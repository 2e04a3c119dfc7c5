"""One tiny parse graph per construct, and the check that the kernel agrees with the
reference dissector on it.

Each graph is the entry node, the construct under test and as little else as shows it:
a 4-byte ``Ports`` leaf writes sport/dport, so a frame that reaches it is easy to tell
from one that stops earlier. Their lowered IR is short enough to review (the goldens in
goldens/constructs/, test_constructs.py), and ``reference_equals_kernel`` is to
lowering and reference what construct's ``common()`` is to its compiled and interpreted
parsers: one call per construct, with frames that take each of its branches.

Frames carry ETH_P_TEST, the IEEE local experimental ethertype, after an Ethernet
header (the entry node selects on it, as on any n_proto); ``frame(...)`` builds them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from flowdsl.codegen.build import build
from flowdsl.dsl import (
    U8,
    U16,
    Binding,
    Bits,
    Bytes,
    Fragment,
    Header,
    Limits,
    ParseGraph,
    Protocol,
    bind,
    build_graph,
    inputs,
)
from flowdsl.dsl.abi import VERDICT_NAMES
from flowdsl.dsl.keys import InputFlags
from flowdsl.dsl.reference import ReferenceDissector
from flowdsl.runtime.testrun import test_run

from tests.conftest import describe_mismatch, load_or_skip

ETH_P_TEST = 0x88B5  # IEEE 802 local experimental ethertype 1
MACS = bytes.fromhex("020000000002" "020000000001")
PARSE_1ST_FRAG = int(InputFlags.PARSE_1ST_FRAG)
STOP_AT_ENCAP = int(InputFlags.STOP_AT_ENCAP)


def frame(*parts: bytes | str) -> bytes:
    """An Ethernet frame of ETH_P_TEST with ``parts`` (bytes, or hex) after the header."""
    body = b"".join(bytes.fromhex(p) if isinstance(p, str) else p for p in parts)
    return MACS + ETH_P_TEST.to_bytes(2, "big") + body


# -- the protocols the graphs share ---------------------------------------------------
entry = Protocol(None, name="entry", select=inputs.n_proto, on_unknown="drop")


class Ports(Header):
    sport = U16()
    dport = U16()


ports = Protocol(Ports, keys={"sport": Ports.sport, "dport": Ports.dport}, transport=True)


class Shim(Header):
    kind = U8()
    flags = U8()


shim = Protocol(Shim, select=Shim.kind, on_unknown="stop")


def _graph(first: Protocol, *bindings: Binding, limits: Limits | None = None) -> ParseGraph:
    """entry -> ``first`` on ETH_P_TEST, then ``bindings``."""
    return build_graph([bind(entry, first, ETH_P_TEST), *bindings], entry,
                       limits or Limits(encap_depth=1))


# -- one graph per construct ----------------------------------------------------------
class Version(Header):
    version = Bits(4)  # looked at, not consumed: Ports starts at the same byte
    rest = Bits(4)


version = Protocol(Version, peek=True, select=Version.version, on_unknown="drop")


def peek_graph() -> ParseGraph:
    """A ``peek`` header selects on its first nibble; the next one starts where it did."""
    return _graph(version, bind(version, ports, version=4))


def select_mask_graph() -> ParseGraph:
    """A mask edge (tested first, one compare each) beside an exact value (the switch)."""
    return _graph(shim, bind(shim, ports, 0x10, mask=0xF0), bind(shim, ports, 0x01))


def select_range_graph() -> ParseGraph:
    """A range edge (two compares) beside an exact value (the switch)."""
    return _graph(shim, bind(shim, ports, range=(0x20, 0x2F)), bind(shim, ports, 0x01))


class Frag(Header):
    frag_off = U16()  # IPv4's: 3 flag bits (reserved, DF, MF) and a 13-bit offset
    next = U16()


frag = Protocol(Frag, fragment=Fragment(is_frag=(Frag.frag_off & 0x3FFF) != 0,
                                        first=(Frag.frag_off & 0x1FFF) == 0),
                select=Frag.next)


def fragment_graph() -> ParseGraph:
    """is_frag and is_first_frag; only a first fragment under PARSE_1ST_FRAG goes on."""
    return _graph(frag, bind(frag, ports, next=6))


class Versioned(Header):
    version = U8()
    next = U8()


versioned = Protocol(Versioned, stop_before=[Versioned.version != 0], select=Versioned.next)


def stop_before_graph() -> ParseGraph:
    """A ``stop_before`` that holds stops with OK, thoff at the header's start."""
    return _graph(versioned, bind(versioned, ports, next=6))


def edge_keys_graph() -> ParseGraph:
    """An edge writes constant keys when taken (as MPLS in IP writes n_proto)."""
    return _graph(shim, bind(shim, ports, 1, keys={"ip_proto": 6}),
                  bind(shim, ports, 2, keys={"ip_proto": 17, "n_proto": 0x0800}))


class Tag(Header):
    tci = U16()
    next = U16()


tag = Protocol(Tag, keys={"n_proto": Tag.next}, select=Tag.next, link_layer=True,
               limit="tags", on_unknown="drop")


def repeat_graph() -> ParseGraph:
    """A header that may follow itself up to its limit (two), unrolled; one more takes
    the graph's ``on_limit`` policy."""
    return _graph(tag, bind(tag, tag, ETH_P_TEST), bind(tag, ports, 6),
                  limits=Limits(encap_depth=1, repeats=(("tags", 2),), on_limit="drop"))


class Options(Header):
    words = U8()  # the options' length in 4-byte words
    next = U8()
    options = Bytes(length=words * 4, max=8)


options = Protocol(Options, require=[Options.words != 3], select=Options.next)


def variable_graph() -> ParseGraph:
    """A variable part: a require, a length above its max (DROP), a part past the
    packet (DROP), the next header after it."""
    return _graph(options, bind(options, ports, next=6))


class Tunnel(Header):
    next = U16()
    id = U16()


tunnel = Protocol(Tunnel, encap=True, keys={"n_proto": Tunnel.next}, select=Tunnel.next)


def encap_graph() -> ParseGraph:
    """An ``encap`` node (is_encap, STOP_AT_ENCAP before its keys) and an ``encap``
    edge (is_encap, STOP_AT_ENCAP when taken)."""
    return _graph(shim, bind(shim, tunnel, 1), bind(shim, ports, 2, encap=True),
                  bind(tunnel, ports, 6))


def fallback_graph() -> ParseGraph:
    """A ``fallback`` edge that overlaps the others (odd kinds, after the exact 0x01 and
    the mask 0x11/0xff... of the others): taken only when none of them matches."""
    leaf = Protocol(None, name="leaf")
    return _graph(shim, bind(shim, ports, 0x01), bind(shim, ports, 0x11, mask=0xFF),
                  bind(shim, leaf, 0x01, mask=0x01, fallback=True))


class Cut(Header):
    next = U8()
    words = U8()
    rest = Bytes(length=words * 4, max=8)


cut = Protocol(Cut, select=Cut.next, on_short="stop", on_short_variable="stop")
short_ports = Protocol(Ports, name="short_ports", keys={"sport": Ports.sport,
                                                        "dport": Ports.dport},
                       transport=True, on_short="stop")


def short_graph() -> ParseGraph:
    """``on_short``: a header the packet ends in stops with OK (thoff at a transport's
    start, else at its end, which the kernel clamps) instead of dropping."""
    return _graph(cut, bind(cut, short_ports, next=6))


def encap_ports_graph() -> ParseGraph:
    """Ports, then an encapsulation (a node and an edge): going on into the inner
    packet clears the outer ports; STOP_AT_ENCAP keeps them (the outer flow)."""
    outer = Protocol(Ports, name="outer", keys={"sport": Ports.sport, "dport": Ports.dport},
                     select=Ports.dport)
    return _graph(outer, bind(outer, tunnel, 1), bind(outer, ports, 2, encap=True),
                  bind(tunnel, ports, 6))


GRAPHS: dict[str, Callable[[], ParseGraph]] = {
    "peek": peek_graph,
    "select_mask": select_mask_graph,
    "select_range": select_range_graph,
    "fragment": fragment_graph,
    "stop_before": stop_before_graph,
    "edge_keys": edge_keys_graph,
    "repeat": repeat_graph,
    "variable": variable_graph,
    "encap": encap_graph,
    "fallback": fallback_graph,
    "short": short_graph,
    "encap_ports": encap_ports_graph,
}


# -- the check ------------------------------------------------------------------------
@dataclass(frozen=True)
class Case:
    """A frame, its flags, and the branch it is meant to take: the reference's verdict
    and path (checked first, so a case that misses its branch fails as such)."""

    what: str
    frame: bytes
    verdict: int
    path: tuple[str, ...]
    flags: int = 0


def reference_equals_kernel(graph: ParseGraph, cases: list[Case]) -> None:
    """Build ``graph``, load it (a kernel test: skipped without root, failed on CI) and
    assert, for every case, that the reference takes the intended branch and that
    BPF_PROG_TEST_RUN gives the reference's verdict and keys."""
    reference = ReferenceDissector(graph)
    for case in cases:
        ref = reference.run(case.frame, case.flags)
        assert (VERDICT_NAMES[ref.verdict], ref.path) == (VERDICT_NAMES[case.verdict], case.path), \
            f"{case.what}: the reference took another branch"
    program = load_or_skip(build(graph).obj)
    try:
        problems = []
        for case in cases:
            ref = reference.run(case.frame, case.flags)
            run = test_run(program.fd.fd, case.frame, case.flags)
            mismatch = describe_mismatch(run.verdict, run.keys, ref.verdict, ref.keys)
            if mismatch:
                problems.append(f"{case.what} ({case.frame.hex()}, flags {case.flags}):\n"
                                f"{mismatch}")
        assert not problems, "kernel differs from the reference:\n" + "\n".join(problems)
    finally:
        program.close()
