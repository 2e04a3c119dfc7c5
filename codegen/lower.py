"""ParseGraph -> LLVM IR: one function, the whole graph unrolled, no tail calls.

The program follows ``dsl/reference.py`` rule by rule (the numbered steps there): each
rule is one method in both, of the same name and in the same order (``_visit`` calls
them), so the two can be read side by side; the differential tests keep them equal.
Control flow uses llvmlite's ``if_then``/``if_else`` and every block is named after its
State (``ipv4_d0.require``, ``ipv4_d0.to_tcp``), so the IR reads like the rules.

Verifier-driven shape (see design.md §4):
 * ``nhoff`` comes from memory, so it is bounded once (> NHOFF_MAX: hand the packet to
   the kernel); every later offset is that plus header lengths whose intervals are
   known, so the verifier can track every packet pointer.
 * Per header: ``hdr = data + cursor``; one ``hdr + fixed_size > data_end`` check; then
   loads at constant offsets from ``hdr``, so they share the checked pointer's range.
 * Merge points: the verifier prunes a path only where an earlier path reached the same
   instruction with a state that contains it. Cursors reaching one State along different
   paths carry different ranges (IPv4 options, extension headers, tunnels), so without
   help every path is verified again to the end (31,784 instructions for the library of
   the first release instead of about 2,200). So the verifier walks every State that
   several States lead to first with the widest cursor it can have there: a *widening
   walk*, code no packet runs (it hangs off a test that is never true), enters each such
   State with a cursor the verifier knows only to lie in [0, the furthest its header can
   start at] (Unroller.furthest_starts). Every arrival the program makes later has a
   range within that, so it is pruned where it arrives. The program pays nothing for it
   (before, the edges that needed a range forgotten paid a store and a load, about
   1.5 ns each). What the verifier still walks more than once: arrivals whose cursor it
   has linked to another register plus a constant (rX = rY + 20), which it compares
   only with arrivals linked alike. See _bound_nhoff and _widening_walk.
 * Loads have their natural width and alignment (``align 1`` makes LLVM emit byte loads;
   x86-64 and arm64 accept misaligned packet loads).
 * Paged skbs: a header whose fixed part is not within data_end is copied to the stack
   with bpf_skb_load_bytes (which reads through the page fragments) and its words are
   loaded from there; a variable part past data_end is checked by copying its last byte.
   On the linear path that costs nothing but the branch that was the DROP exit before;
   where there is no skb (test runs, eth_get_headlen) the helper fails and the verdict
   is the old DROP. See _fixed_part for why words, not pointers, are merged.
 * Fields are big-endian: loaded, byte-swapped and masked. Keys in network order are
   swapped back on store; LLVM folds the double swap into a plain copy, and compares of a
   swapped value against a constant into compares of the raw value. Where it does not,
   the lowering works on the word as loaded itself: keys that are header bytes as they
   are go as copies, adjacent ones merged (IPv4's addresses: one 8-byte copy; see
   key_copies), mask tests compare the loaded word with the mask in network order
   (_raw_test), and a switch on a whole word takes its values in network order
   (as_loaded).
 * What is known need not be tested: a header right after a ``peek`` at the same byte
   (GRE after gre_version) leaves out the checks and key stores the peek decided
   (_Peeked), and a variable part that can be empty is tested on its length's fields
   first, its arithmetic and checks out of line (_unless_empty). Nor stored: a
   constant a key holds already on every way to the store (IPv4's n_proto after the
   entry selected it, an IPIP edge's after IPv4 wrote it) is left out (known_keys.py).
 * Selects: the first LIKELY_CASES values are tested one by one in the order the
   bindings are written, the likeliest falling through to its edge, and one switch
   takes the rest; each test compares its own opaque copy of the value, or LLVM folds
   them all into one balanced tree (_select_next).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field

import llvmlite.ir as ir
from flowdsl.codegen import target
from flowdsl.codegen.debuginfo import DebugInfo
from flowdsl.codegen.known_keys import KnownKeys
from flowdsl.dsl.expr import (
    COMPARE_OPS,
    Binary,
    Const,
    Expr,
    FieldRef,
    InputFlag,
    InputProto,
    Interval,
    Not,
    decided,
    fields_of,
    interval,
    lowest_fields,
    refine,
    refine_negated,
)
from flowdsl.dsl.graph import Edge, KeyAssign, Match, Node, ParseGraph
from flowdsl.dsl.keys import KEY_SLOTS
from flowdsl.dsl.unroll import State, Unroller

from flowdsl.errors import Source

I1, I8, I16, I32, I64 = (ir.IntType(n) for n in (1, 8, 16, 32, 64))
PTR = ir.PointerType()
INT_TYPES = {1: I8, 2: I16, 4: I32, 8: I64}
_CONTEXT_NAMES = ("data", "data_end", "keys")  # see Lowering._read_context
# A select's bindings are expected in the order they are written: the first ones are
# tested one by one in that order (IPv4 and IPv6, TCP and UDP, a VLAN tag), the rest by a
# switch, which LLVM lowers as a balanced tree. Five: the IP protocols' TCP, UDP, ICMP,
# IPIP and GRE; a rarer value pays five compares before the tree's three or four.
LIKELY_CASES = 5

_ARITH: dict[str, Callable[[ir.IRBuilder, ir.Value, ir.Value], ir.Value]] = {
    "+": lambda b, x, y: b.add(x, y),
    "-": lambda b, x, y: b.sub(x, y),
    "*": lambda b, x, y: b.mul(x, y),
    "&": lambda b, x, y: b.and_(x, y),
    "|": lambda b, x, y: b.or_(x, y),
    "^": lambda b, x, y: b.xor(x, y),
    "<<": lambda b, x, y: b.shl(x, y),
    ">>": lambda b, x, y: b.lshr(x, y),
}


def i64(value: int) -> ir.Constant:
    return ir.Constant(I64, value)


def checked_env(node: Node) -> dict[str, Interval]:
    """Field intervals known to hold once rule 2 passed: every ``require`` holds, no
    ``stop_before`` does."""
    env: dict[str, Interval] = {}
    for cond in node.requires:
        refine(cond, env)
    for cond in node.stops_before:
        refine_negated(cond, env)
    return env


class Lowering:
    """Builds the module. One instance per compilation; not reusable."""

    def __init__(self, graph: ParseGraph, graph_json: bytes | None = None,
                 stats: bool = False, file_names: dict[str, str] | None = None) -> None:
        self.graph = graph
        self.unroller = Unroller(graph)
        self.after_transport_keys = graph.after_transport_keys()
        self.known_keys = KnownKeys(self.unroller, self.after_transport_keys)
        self.module = ir.Module(name="flowdsl")
        self.module.triple = target.TRIPLE
        self.module.data_layout = target.DATA_LAYOUT
        self.fn = ir.Function(self.module, ir.FunctionType(I32, [PTR]),
                              name=target.FUNCTION_NAME)
        self.fn.section = target.PROGRAM_SECTION
        self.fn.args[0].name = "ctx"
        self.fn.attributes.add("nounwind")
        self._add_bytes_global("_license", target.LICENSE_SECTION, target.LICENSE)
        if graph_json is not None:
            self._add_bytes_global("flowdsl_graph", target.GRAPH_SECTION, graph_json)
        self.b = ir.IRBuilder(self.fn.append_basic_block("entry"))
        self._cold_weights = self.module.add_metadata(
            ["branch_weights", ir.Constant(I32, 1), ir.Constant(I32, 1 << 16)])
        # Every instruction gets the spec line it is lowered for (see _at): with
        # ``file_names`` (the names the object records, codegen/debuginfo.py).
        self.debug = None if file_names is None else \
            DebugInfo(self.module, self.fn, graph, file_names)
        self._at(graph.node(graph.entry).source)
        self.ret_block = self.fn.append_basic_block("return")
        self.stats_map: ir.GlobalVariable | None = None
        if stats:
            # Only its address is used: the loader points it at a map it creates.
            self.stats_map = ir.GlobalVariable(self.module, I64, name=target.STATS_MAP)
            self.stats_map.initializer = ir.Constant(I64, 0)
            self.stats_map.section = target.STATS_MAP_SECTION
            self.stats_key = self.b.alloca(I32, name="stats_key")
            self.node_slots = {n.name: i for i, n in enumerate(graph.nodes)}
        self.label = "return"  # the State being lowered, or where: blocks are named after it
        with self.b.goto_block(self.ret_block):
            self.ret_phi = self.b.phi(I32, name="verdict")
            if stats:
                self._count_verdict(self.ret_phi)
            self.b.ret(self.ret_phi)
        self.label = "entry"
        # per State: its block, the cursor and the context values arriving there
        self.states: dict[State, tuple[ir.Block, ir.PhiInstr, list[ir.PhiInstr]]] = {}
        self.todo: list[State] = []
        self.peeked: dict[State, _Peeked] = {}  # _pass_peeked_words
        max_end, _ = self.unroller.longest_chain(target.NHOFF_MAX)
        if max_end > target.MAX_HEADER_END:  # check_graph reports this as E025 first
            raise ValueError(f"headers may end at offset {max_end}")

    def _add_bytes_global(self, name: str, section: str, data: bytes) -> None:
        ty = ir.ArrayType(I8, len(data))
        var = ir.GlobalVariable(self.module, ty, name=name)
        var.initializer = ir.Constant(ty, bytearray(data))
        var.global_constant = True
        var.section = section

    # -- entry -------------------------------------------------------------------------
    def lower(self) -> ir.Module:
        b = self.b
        self.ctx = self.fn.args[0]
        self._read_context()
        # ctx is needed again only on the copying paths: keep it in a stack slot rather
        # than in a register all along (volatile, or LLVM would promote it back).
        self.ctx_slot = b.alloca(PTR, name="ctx_slot")
        b._insert(_VolatileStore(b.block, self.ctx, self.ctx_slot))
        # One stack copy serves every header: it is read only within the node that filled
        # it. 8-aligned, so loads aligned relative to the header are aligned on the stack.
        copy_size = max((n.fixed_size for n in self.unroller.nodes.values()), default=0)
        copy_type = ir.ArrayType(I8, max(copy_size, 1))
        self.header_copy = b.alloca(copy_type, name="header_copy")
        self.header_copy.align = 8
        self.last_byte = b.alloca(I64, name="last_byte")
        nhoff = b.zext(self._load(self.keys, target.KEY_NHOFF, I16), I64, name="nhoff")
        self.n_proto_loaded = self._load(self.keys, target.KEY_N_PROTO, I16)  # network order
        self.n_proto = b.zext(b.bswap(self.n_proto_loaded), I64, name="n_proto")
        # Bound the cursor once so the verifier can track every offset derived from it.
        widening = self._bound_nhoff(nhoff)
        self.start = start = self.unroller.start()
        if start is None:
            self._exit(target.VERDICTS[self.graph.limits.on_limit], nhoff)
        else:
            self._goto_state(start, nhoff)
        while self.todo:
            self._visit(self.todo.pop(0))
        self._widening_walk(widening)
        if self.debug is not None:
            self.debug.finish()
        return self.module

    # -- helpers -----------------------------------------------------------------------
    def _at(self, source: Source) -> None:
        """The instructions emitted from here on are for ``source`` (their DILocation)."""
        if self.debug is not None:
            self.b.debug_metadata = self.debug.location(source)

    def _at_part(self, node: Node, what: str, index: int | str = 0) -> None:
        """... for a part of ``node``: the line of its ``require``, ``stop_before``,
        ``stop_if`` or ``fragment`` item ``index``, its ``key`` ``index``, its
        ``select`` or its header's ``variable`` part (codegen/debuginfo.py Places)."""
        if self.debug is None:
            return
        places = self.debug.places[node.name]
        if what == "key":
            self._at(places.key(str(index)))
        elif what == "select":
            self._at(places.select_line())
        elif what == "variable":
            self._at(places.variable_part())
        else:
            self._at(places.item(what, int(index)))

    def _read_context(self) -> None:
        """data, data_end and the keys pointer, from ctx.

        Read at the entry and again after every bpf_skb_load_bytes call, and carried into
        every State by phis: so only ctx and the cursor live across a call (BPF has four
        callee-saved registers), and the linear path keeps them all in registers instead
        of spilling them around calls it never makes. None of them changes during a run
        (skb_load_bytes does not move packet data), so the verifier sees the same kinds
        of pointers on both paths and can prune the copied one where they merge."""
        self._read_packet()
        self.keys = self._load(self.ctx, target.SKB_FLOW_KEYS, PTR, name="keys")

    def _read_packet(self) -> None:
        """data and data_end, from ctx. Both are 32-bit fields that the verifier turns
        into pointers: their values must not live long, or LLVM may copy them with a
        32-bit move (how it zero-extends), which the verifier takes for a number."""
        b, ctx = self.b, self.ctx
        self.data = b.inttoptr(b.zext(self._load(ctx, target.SKB_DATA, I32), I64), PTR,
                               name="data")
        self.data_end = b.inttoptr(b.zext(self._load(ctx, target.SKB_DATA_END, I32), I64),
                                   PTR, name="data_end")

    def _reload_ctx(self) -> None:
        """ctx, from its stack slot."""
        self.ctx = _VolatileLoad(self.b.block, self.ctx_slot, typ=PTR, name="ctx")
        self.b._insert(self.ctx)

    def _context(self) -> list[ir.Value]:
        return [self.data, self.data_end, self.keys]

    def _set_context(self, values: list[ir.Value]) -> None:
        self.data, self.data_end, self.keys = values

    def _merge_context(self, incoming: list[tuple[list[ir.Value], ir.Block]]) -> None:
        """Phis in the current block for context values arriving from ``incoming``."""
        merged = []
        for index, name in enumerate(_CONTEXT_NAMES):
            phi = self.b.phi(incoming[0][0][index].type, name=name)
            for values, block in incoming:
                phi.add_incoming(values[index], block)
            merged.append(phi)
        self._set_context(merged)

    def _load(self, base: ir.Value, offset: int, ty: ir.Type, name: str = "") -> ir.Value:
        ptr = self.b.gep(base, [i64(offset)], source_etype=I8)
        align = getattr(ty, "width", 64) // 8
        return self.b.load(ptr, typ=ty, align=align, name=name)

    def _store_key(self, offset: int, value: ir.Value, size: int) -> None:
        ptr = self.b.gep(self.keys, [i64(offset)], source_etype=I8)
        self.b.store(value, ptr, align=size)

    def _exit(self, verdict: int, thoff: ir.Value | None) -> None:
        """Return ``verdict`` from the current block, writing thoff unless CONTINUE."""
        if thoff is not None and verdict != target.BPF_FLOW_DISSECTOR_CONTINUE:
            self._store_key(target.KEY_THOFF, self.b.trunc(thoff, I16), 2)
        self.ret_phi.add_incoming(ir.Constant(I32, verdict), self.b.block)
        self.b.branch(self.ret_block)

    def _exit_if(self, cond: ir.Value, verdict: int, thoff: ir.Value | None, name: str,
                 rare: bool = False) -> None:
        """Return ``verdict`` if ``cond``, from a block named ``name`` (see ``_if``)."""
        with self._if(cond, name, rare):
            self._exit(verdict, thoff)

    @contextmanager
    def _if(self, cond: ir.Value, name: str, rare: bool = False) -> Iterator[None]:
        """``builder.if_then(cond)``, its blocks named after the State being lowered:
        ``{state}.{name}`` for the code under ``cond``, ``{state}.{name}.endif`` where the
        two paths go on. The BPF backend cannot analyse conditional branches, so block
        placement keeps the IR's order (see ``_branch_to_cold``): without ``rare``
        llvmlite appends both blocks at the function's end, the code under ``cond``
        first, so where the current block is the last so far (as a State's first ones
        are) the packet that goes on jumps over that code. ``rare`` puts the code under
        ``cond`` at the end and the way on right after the current block
        (``_branch_to_cold``): a fragment, a ``stop_before`` (GRE's routing bit or
        version) are rare, and the linear path falls through them (IPv4 one jump fewer
        per header, GRE key/IPv4/TCP 15 -> 12 taken, benchmarks/insncount.py).
        Not for every rare exit: where the verifier meets the way on first, it may prune
        less; ``require`` made so (and STOP_AT_ENCAP, once) took the overlay at
        encap_depth 4 from 24,456 verified instructions to 104,000-107,000 (the growth
        test in tests/codegen catches that). STOP_AT_ENCAP is rare again: measured
        again on 2026-12-04 it took 25,125 -> 25,453 there (the kernel profile 4,394 ->
        4,475), for one taken jump less per encapsulation (GRE/IPv4/TCP -0.55 ns,
        benchmarks/compare.py, 201 trials). Nor a
        ``stop_if``, which real traffic takes (IPv6 with a flow label), nor the
        counters."""
        if not rare:
            with self.b.if_then(cond) as endif:
                self._rename(self.b.block, name)
                self._rename(endif, f"{name}.endif")
                yield
            return
        then, endif = self._branch_to_cold(cond, name, f"{name}.endif")
        self.b.position_at_end(then)
        yield
        if not self.b.block.is_terminated:
            self.b.branch(endif)
        self.b.position_at_end(endif)

    def _rename(self, block: ir.Block, name: str) -> None:
        """Name ``block`` after the State being lowered (llvmlite's context managers name
        theirs after the current block, which nests them without end)."""
        block.name = f"{self.label}.{name}"

    def _append_block(self, name: str) -> ir.Block:
        """A new block at the function's end, named after the State being lowered."""
        return self.fn.append_basic_block(f"{self.label}.{name}")

    def _goto_state(self, state: State, cursor: ir.Value, follow: bool = False) -> None:
        """Branch to ``state`` (its block is made on the first way there: right after the
        current one with ``follow``, else at the end)."""
        if state not in self.states:
            block = self._block_after(self.b.block, state.label()) if follow else \
                self.fn.append_basic_block(state.label())
            with self.b.goto_block(block):
                phi = self.b.phi(I64, name="cursor")
                context = [self.b.phi(v.type, name=n) for v, n in zip(
                    self._context(), _CONTEXT_NAMES, strict=True)]
            self.states[state] = (block, phi, context)
            self.todo.append(state)
        self.b.branch(self._arrive(state, cursor))

    def _arrive(self, state: State, cursor: ir.Value) -> ir.Block:
        """``state``'s block, its phis given this cursor and context from the current
        block (which must branch there)."""
        block, phi, context = self.states[state]
        phi.add_incoming(cursor, self.b.block)
        for context_phi, value in zip(context, self._context(), strict=True):
            context_phi.add_incoming(value, self.b.block)
        return block

    # -- the verifier's first walk (see "Merge points" at the top) -----------------------
    def _bound_nhoff(self, nhoff: ir.Value) -> ir.Block:
        """nhoff > NHOFF_MAX: hand the packet to the kernel (CONTINUE), and only there,
        if thoff != nhoff (never: the kernel sets thoff to nhoff before the program
        runs), the widening walk. It is that test's fall-through, so the verifier walks
        it before the exit, and both before the program, the fall-through of nothing: the
        program takes one jump here, as it would to pass the exit. (Not a test of data
        against data_end: LLVM compares those as 32-bit values, and may then copy them
        with 32-bit moves, which turn the verifier's pointers into numbers.) Returns the
        walk's first block, filled by ``_widening_walk``; the program goes on in the
        current one."""
        b = self.b
        too_far = self._block_after_current("nhoff_max")
        widening = self._block_after(too_far, "widening")
        program = self._block_after(widening, "program")
        self.widening_context = self._context()
        b.cbranch(b.icmp_unsigned(">", nhoff, i64(target.NHOFF_MAX)), too_far, program)
        b.position_at_end(too_far)
        handed_over = self._append_block("continue")
        b.cbranch(b.icmp_unsigned("!=", self._unknown(target.KEY_THOFF), nhoff), widening,
                  handed_over)
        b.position_at_end(handed_over)
        self._exit(target.BPF_FLOW_DISSECTOR_CONTINUE, None)
        b.position_at_end(program)
        return widening

    def _widening_walk(self, widening: ir.Block) -> None:
        """Enter every State that several States lead to once with a cursor the verifier
        knows only to lie in [0, the furthest offset the State's header can start at]:
        a chain of tests of a value it cannot know, ``cursor > furthest``, each to the
        next test, or else to its State. The verifier follows a test's fall-through
        (the next test) first and the other ways out in the reverse order it met them,
        so with the States in the graph's order along the chain it walks the last
        first, and each State before any that leads to it. (Made the other way round,
        it walks every State again from each State before it: 416,684 instructions for
        the kernel profile.) Every later arrival at a State, from the program or from a
        State walked before, has a cursor within that range and a context of the same
        kinds, so the verifier prunes it there: every State is walked about once. (A
        State only one State leads to is walked from there, once; the first State is
        entered with the widest cursor anyway.)"""
        b = self.b
        furthest = self.unroller.furthest_starts(target.NHOFF_MAX)
        order = [state for state in self.unroller.topological() if self._widened(state)]
        self.label = "widening"
        # the tests one after the other, so that each falls through to the next
        tests = [self._append_block("test") for _ in order]
        beyond = self._append_block("beyond")  # never taken either
        b.position_at_end(widening)
        b.branch(tests[0] if tests else beyond)
        b.position_at_end(beyond)
        self._exit(target.BPF_FLOW_DISSECTOR_CONTINUE, None)
        for index, state in enumerate(order):
            b.position_at_end(tests[index])
            self._set_context(self.widening_context)
            self._reload_ctx()  # volatile: each test reads data and data_end anew
            self._read_packet()  # here: see _read_packet
            cursor = self._unknown(target.KEY_NHOFF)
            following = tests[index + 1] if index + 1 < len(order) else beyond
            b.cbranch(b.icmp_unsigned(">", cursor, i64(furthest[state])), following,
                      self._arrive(state, cursor))

    def _widened(self, state: State) -> bool:
        """Whether the widening walk enters ``state``: not the first State, nor one that
        only one State leads to (it is walked from there, once), nor a last one that
        only two do (walking it twice costs about what its entry would: a wide graph
        has hundreds of them)."""
        if state == self.start:
            return False
        leading = self.unroller.leading_to(state)
        if any(empty_variable_part(self.unroller.nodes[s.node]) for s in leading):
            return True
        return len(leading) > 2 or (len(leading) == 2 and bool(self.unroller.following(state)))

    def _unknown(self, offset: int) -> ir.Value:
        """A value of the keys that the verifier cannot know (volatile: LLVM must not
        merge these loads, or reuse one for the next test of the widening walk)."""
        load = _VolatileLoad(self.b.block, self.b.gep(self.keys, [i64(offset)],
                                                      source_etype=I8), typ=I16)
        self.b._insert(load)
        return self.b.zext(load, I64)

    # -- headers beyond the linear data (paged skbs) -------------------------------------
    def _branch_to_cold(self, cond: ir.Value, cold_name: str, hot_name: str
                        ) -> tuple[ir.Block, ir.Block]:
        """Branch to a new cold block if ``cond``, else fall through to a new hot one.

        The BPF backend cannot analyse conditional branches, so block placement keeps
        the IR's order: the hot block must come right after the current one (else the
        linear path pays a jump per header), the cold one goes to the end. Not
        ``if_else``: it appends both blocks at the end, and the weights it sets (99:1)
        are not these (1:65536), so the code would change."""
        cold = self._append_block(cold_name)
        hot = self._block_after_current(hot_name)
        self.b.cbranch(cond, cold, hot).set_metadata("prof", self._cold_weights)
        return cold, hot

    def _block_after_current(self, name: str) -> ir.Block:
        return self._block_after(self.b.block, f"{self.label}.{name}")

    def _block_after(self, before: ir.Block, name: str) -> ir.Block:
        """A new block named ``name`` right after ``before`` in the code."""
        block = self.fn.append_basic_block(name)
        self._move_after(block, before)
        return block

    def _move_after(self, block: ir.Block, before: ir.Block) -> None:
        blocks = self.fn.blocks
        blocks.remove(block)
        blocks.insert(blocks.index(before) + 1, block)

    def _load_bytes(self, offset: ir.Value, dest: ir.Value, length: int) -> ir.Value:
        """``bpf_skb_load_bytes(ctx, offset, dest, length) == 0``: the packet's bytes at
        ``offset``, through the skb's page fragments. It fails (and zeroes ``dest``) when
        there is no skb (BPF_PROG_TEST_RUN, eth_get_headlen) or the bytes are past the
        packet's end. ``length`` is a constant, so the verifier checks it against the
        stack slot at load time."""
        b = self.b
        helper = i64(target.BPF_FUNC_SKB_LOAD_BYTES).inttoptr(PTR)
        helper.function_type = ir.FunctionType(
            I64, [PTR, I32, PTR, I32])
        self._reload_ctx()
        result = b.call(helper, [self.ctx, b.trunc(offset, I32), dest, ir.Constant(I32, length)])
        return b.icmp_signed("==", result, i64(0))

    def _fixed_part(self, cursor: ir.Value, size: int, words: list[tuple[int, int]],
                    short: tuple[int, ir.Value] | None = None,
                    sources: list[Source] | None = None
                    ) -> dict[tuple[int, int], ir.Value]:
        """The header's ``words`` ((offset, size)), read where the fixed part
        is: in the packet when it lies within data_end (the linear case: one compare and
        the loads, as before), else from a copy in ``header_copy``; BPF_DROP when the
        copy fails (no skb, or the packet ends first: the verdict without a fallback), or
        ``short``'s verdict and thoff (the node's ``on_short`` policy).

        Each word is loaded on both paths and merged by a phi, so right after the loads
        both paths hold the same kinds of values (scalars; nothing points into the copy)
        and the verifier prunes the copied path at the merge: the rest of the node is
        verified once. (A phi of the two pointers would be simpler, but then the verifier
        walks every load and everything after them twice.) Stack loads must be aligned:
        the copy is 8-aligned, and a word not aligned relative to the header is put
        together from aligned pieces there (_load_word).
        ``sources``: each word's location (its field's line), the header's is current."""
        b = self.b
        here = b.debug_metadata
        unknown: list[Source | None] = [None] * len(words)
        located = list(zip(words, sources or unknown, strict=True))

        def load_all(base: ir.Value, volatile: bool = False) -> list[ir.Value]:
            loaded = []
            for word, source in located:
                if source is not None:
                    self._at(source)
                loaded.append(self._load_word(base, word, volatile))
            b.debug_metadata = here
            return loaded

        packet_hdr = b.gep(self.data, [cursor], source_etype=I8, name="hdr")
        end_ptr = b.gep(packet_hdr, [i64(size)], source_etype=I8)
        copy, linear = self._branch_to_cold(b.icmp_unsigned(">", end_ptr, self.data_end),
                                            "copy", "linear")
        b.position_at_end(linear)
        in_place = load_all(packet_hdr)
        linear_end, linear_context = b.block, self._context()
        header = self._block_after_current("header")
        b.branch(header)
        b.position_at_end(copy)
        copied = self._load_bytes(cursor, self.header_copy, size)
        self._read_context()
        verdict, thoff = short or (target.BPF_DROP, cursor)
        self._exit_if(b.not_(copied), verdict, thoff, "copy_failed")
        # volatile: LLVM must not turn the two loads and their phi into one load from a
        # phi of the two pointers, which is the shape avoided above
        from_copy = load_all(self.header_copy, volatile=True)
        copied_end, copied_context = b.block, self._context()
        b.branch(header)
        b.position_at_end(header)
        merged: dict[tuple[int, int], ir.Value] = {}
        for word, here, there in zip(words, in_place, from_copy, strict=True):
            phi = b.phi(here.type, name=f"w{word[0]}_{word[1]}")
            phi.add_incoming(here, linear_end)
            phi.add_incoming(there, copied_end)
            merged[word] = phi
        self._merge_context([(linear_context, linear_end), (copied_context, copied_end)])
        return merged

    def _load_word(self, base: ir.Value, word: tuple[int, int], volatile: bool = False
                   ) -> ir.Value:
        """The word at ``base``: one load from the packet (which may be misaligned);
        from the copy on the stack (``volatile``), which must not be, in aligned pieces
        put together where the word is not aligned to its size (IPv4's addresses, 8
        bytes at offset 12)."""
        offset, size = word
        b = self.b
        if not volatile:
            ptr = b.gep(base, [i64(offset)], source_etype=I8)
            return b.load(ptr, typ=INT_TYPES[size], align=size)
        value: ir.Value | None = None
        for piece_offset, piece_size in aligned_words(word):
            load = _VolatileLoad(b.block, b.gep(base, [i64(piece_offset)], source_etype=I8),
                                 typ=INT_TYPES[piece_size])
            b._insert(load)
            if piece_size == size:
                return load
            # little-endian registers: the byte at the lower address is the low one
            piece = b.shl(b.zext(load, INT_TYPES[size]),
                          ir.Constant(INT_TYPES[size], (piece_offset - offset) * 8))
            value = piece if value is None else b.or_(value, piece)
        assert value is not None
        return value

    def _variable_part(self, cursor: ir.Value, total: ir.Value,
                       short: tuple[int, ir.Value] | None = None) -> None:
        """The header's variable part (never read, only skipped) must lie within the
        packet: within data_end, or else its last byte must be readable through the skb
        (one byte copied to a scratch slot), else BPF_DROP (or ``short``'s verdict and
        thoff). The compare uses a packet pointer even when the fixed part was copied, as
        the verifier wants."""
        b = self.b
        var_end = b.gep(b.gep(self.data, [cursor], source_etype=I8), [total], source_etype=I8)
        linear, linear_context = b.block, self._context()
        copy, inside = self._branch_to_cold(b.icmp_unsigned(">", var_end, self.data_end),
                                            "copy_last_byte", "variable_part")
        b.position_at_end(copy)
        last = b.sub(b.add(cursor, total), i64(1))
        readable = self._load_bytes(last, self.last_byte, 1)
        self._read_context()
        verdict, thoff = short or (target.BPF_DROP, cursor)
        self._exit_if(b.not_(readable), verdict, thoff, "copy_last_byte_failed")
        copied_block, copied_context = b.block, self._context()
        b.branch(inside)
        b.position_at_end(inside)
        self._merge_context([(linear_context, linear), (copied_context, copied_block)])

    def _count(self, slot: ir.Value, name: str) -> None:
        """counters[slot] += 1 on this CPU (a per-CPU map: no atomics needed)."""
        assert self.stats_map is not None
        b = self.b
        b.store(slot, self.stats_key)
        # A helper is called through its id as a constant address (as clang emits it).
        lookup = i64(target.BPF_FUNC_MAP_LOOKUP_ELEM).inttoptr(PTR)
        lookup.function_type = ir.FunctionType(PTR, [PTR, PTR])
        value = b.call(lookup, [self.stats_map, self.stats_key])
        with self._if(b.icmp_unsigned("!=", value, ir.Constant(PTR, None)), name):
            b.store(b.add(b.load(value, typ=I64, align=8), i64(1)), value, align=8)

    def _count_verdict(self, verdict: ir.Value) -> None:
        """counters[len(nodes) + index of the verdict in STATS_VERDICTS] += 1."""
        b = self.b
        base = len(self.node_slots)
        slot: ir.Value = ir.Constant(I32, base + len(target.STATS_VERDICTS) - 1)  # the last
        for index, code in reversed(list(enumerate(target.STATS_VERDICTS[:-1]))):
            slot = b.select(b.icmp_unsigned("==", verdict, ir.Constant(I32, code)),
                            ir.Constant(I32, base + index), slot)
        self._count(slot, "count")

    # -- one State: the rules of dsl/reference.py, one method each, with the same names
    # in the same order -----------------------------------------------------------------
    def _visit(self, state: State) -> None:
        """Rules 1-9 for one State, in its block; every way out is an exit or an edge to
        the next State (see ``_take_edge``)."""
        node = self.unroller.nodes[state.node]
        block, cursor, context = self.states[state]
        self.b.position_at_end(block)
        self._set_context(list(context))
        self.label = state.label()
        self._at(node.source)
        if self.stats_map is not None:
            self._count(ir.Constant(I32, self.node_slots[node.name]), "count")
        v = _Visit(state, node, cursor, _NodeValues(self), cursor)
        steps = (self._check_fixed, self._check_requires, self._store_keys,
                 self._check_variable, self._link_layer, self._fragment, self._stop_if,
                 self._encap)
        for step in steps:
            self._at(node.source)  # the Protocol(...), unless the step says better
            step(v)
        self._at(node.source)
        self._select_next(v)

    def _check_fixed(self, v: _Visit) -> None:
        """Rule 1: the fixed part lies within the packet, else DROP or the ``on_short``
        policy; its words are read in place if it is linear, else from a copy."""
        node = v.node
        if node.fixed_size:
            assert node.header is not None
            self._at(node.header.source)
            words = node_words(node)
            peeked = self.peeked.get(v.state)
            if peeked is not None:  # the same bytes, checked and read already
                v.values.words = {word: peeked.words[word] for word in words}
                v.known = peeked.known_in(node)
                v.stored = dict(peeked.stored)
                return
            short = self._short(v, node.on_short, i64(node.fixed_size))
            v.values.words = self._fixed_part(v.start, node.fixed_size, words, short,
                                              [word_source(node, w) for w in words])

    def _short(self, v: _Visit, policy: str, size: ir.Value) -> tuple[int, ir.Value] | None:
        """The exit of a header the packet ends in (rules 1 and 4), unless it is DROP at
        the start: the policy's verdict, thoff at the start of a transport, else at the
        header's end (past the packet: the kernel clamps it)."""
        if policy == "drop":
            return None
        thoff = v.start if v.node.transport else self.b.add(v.start, size)
        return target.VERDICTS[policy], thoff

    def _check_requires(self, v: _Visit) -> None:
        """Rule 2: every ``require`` holds, else DROP; a ``stop_before`` that holds stops
        with OK. A require that holds where the variable part is empty is tested only
        where it is not."""
        empty = empty_variable_part(v.node)
        at_lowest = {ref.key: (low, low) for ref, low in empty or []}
        for index, cond in enumerate(v.node.requires):
            if decided(cond, v.known) is True:  # the peek before checked it
                continue
            self._at_part(v.node, "require", index)
            # one that holds where the variable part is empty (IPv4's ihl >= 5 where ihl
            # is 5) only where it is not, so the linear path's one test of ihl is rule
            # 4's (LLVM threads that one through the first)
            where = self._if(self.b.not_(v.values.at_lowest(empty)), "not_lowest",
                             rare=True) \
                if empty and decided(cond, at_lowest) is True else nullcontext()
            with where:
                self._exit_if(self.b.not_(v.values.cond(cond)), target.BPF_DROP, v.start,
                              "require")
        for index, cond in enumerate(v.node.stops_before):
            if decided(cond, v.known) is False:  # GRE's version 0, checked by gre_version
                continue
            self._at_part(v.node, "stop_before", index)
            self._exit_if(v.values.cond(cond), target.BPF_OK, v.start, "stop_before",
                          rare=True)

    def _store_keys(self, v: _Visit) -> None:
        """Rule 3: the node's keys (an ``encap`` node's wait for rule 8)."""
        if not v.node.encap:
            self._write_keys(v)

    def _check_variable(self, v: _Visit) -> None:
        """Rule 4: the variable part is at most its max and lies within the packet, else
        DROP; the header ends after it (a ``peek`` node's at its start)."""
        b, node = self.b, v.node
        v.end = v.start if node.peek else b.add(v.start, i64(node.fixed_size))
        header = node.header
        if header is None or header.var_length is None:
            return
        self._at_part(node, "variable")
        shortest, longest = interval(header.var_length, checked_env(node))
        empty = empty_variable_part(node)
        if empty is None:
            v.end = self._variable_end(v, longest, max(shortest, 0))
            return
        self._unless_empty(v, empty, longest)

    def _unless_empty(self, v: _Visit, empty: list[tuple[FieldRef, int]], longest: int
                      ) -> None:
        """Rule 4 where the variable part can be empty and is exactly when the fields of
        its length are at their lowest (``empty``: IPv4's ihl 5, GRE's C, K and S 0):
        that is tested on the fields first, and only a packet with a variable part
        computes its length and checks it, out of line. The linear path falls through
        (IPv4 took a jump over the length's arithmetic on every header) and skips the
        arithmetic that comes to nothing (GRE: nine instructions for C + K + S, and the
        check of an empty part against data_end); the header's end is a constant
        offset from its start there, which the next header's address waits on instead
        of the loads and arithmetic of the length (what _speculated_end does where
        this cannot be used)."""
        b = self.b
        without = v.end  # start + the fixed part
        slow, fast = self._branch_to_cold(b.not_(v.values.at_lowest(empty)), "variable",
                                          "no_variable")
        join = self._block_after(fast, f"{self.label}.variable.endif")
        b.position_at_end(fast)
        fast_context = self._context()
        b.branch(join)
        b.position_at_end(slow)
        cache = dict(v.values.cache)  # words assembled here are not in scope after it
        with_part = self._variable_end(v, longest, None)
        v.values.cache = cache
        slow_end, slow_context = b.block, self._context()
        b.branch(join)
        b.position_at_end(join)
        v.end = b.phi(I64, name="end")
        v.end.add_incoming(without, fast)
        v.end.add_incoming(with_part, slow_end)
        self._merge_context([(fast_context, fast), (slow_context, slow_end)])

    def _variable_end(self, v: _Visit, longest: int, shortest: int | None) -> ir.Value:
        """The variable part's length checked (at most its max, within the packet) and
        the header's end after it; ``shortest``: speculated (see _speculated_end)."""
        b, node = self.b, v.node
        assert node.header is not None and node.header.var_length is not None
        var = v.values.value(node.header.var_length)
        if longest > node.header.var_max:
            self._exit_if(b.icmp_unsigned(">", var, i64(node.header.var_max)),
                          target.BPF_DROP, v.start, "var_max")
        total = b.add(var, i64(node.fixed_size))
        # Kept even where nothing after it could tell short from whole (UDP without
        # a tunnel enabled): without it UDP's last block is TCP's, and LLVM's tail
        # merging made IPv4/UDP take three jumps instead of one, 1.2 ns slower.
        if node.on_short_variable != "skip":  # skip: the next header's check decides
            self._variable_part(v.start, total,
                                self._short(v, node.on_short_variable, total))
        if shortest is None:
            return b.add(v.start, total)
        return self._speculated_end(v, var, total, shortest)

    def _speculated_end(self, v: _Visit, var: ir.Value, total: ir.Value, shortest: int
                        ) -> ir.Value:
        """``start + total``, unless the variable part has its ``shortest`` length (PPTP
        with only its K part; IPv4 without options and GRE without C, K and S were the
        first, and now go through _unless_empty, which also skips the arithmetic): then
        ``start`` plus a constant, chosen by a branch. The next header's address then
        waits on the prediction, not on the loads and arithmetic of the length: GRE
        key/IPv4/TCP 8.0 -> 5.9 ns, no class slower (benchmarks/compare.py, 101
        trials). LLVM would fold the two back into
        one sum (they are equal whenever the branch is taken), so the constant goes
        through ``llvm.bpf.passthrough``, opaque to its optimiser and dropped by the BPF
        backend after it; the select becomes that branch.

        Not in a header that can have only one length, nor in a ``peek`` one, nor in one
        that repeats (``limit=``: IPv6 extension headers): that is a State per
        repetition, and the branch's linked cursor makes the verifier walk each again
        (kernel profile 4,863 verified insns without, 5,273 with; overlay at depth 3
        17,177 and 23,102) for no measured gain (IPv6 ext/TCP -0.04 ns, within noise)."""
        b, node = self.b, v.node
        assert node.header is not None
        end = b.add(v.start, total)
        if node.peek or node.limit or shortest >= node.header.var_max:
            return end
        constant = b.call(self._passthrough(), [ir.Constant(I32, 0),
                                                b.add(v.start, i64(node.fixed_size + shortest))])
        return b.select(b.icmp_unsigned("==", var, i64(shortest)), constant, end, name="end")

    def _opaque(self, value: ir.Value, index: int) -> ir.Value:
        """``value``, as LLVM cannot see it: each of a select's tests compares its own
        such copy, else LLVM folds a chain of tests of one value into a switch and lowers
        it as a balanced tree (IPv6 took three compares of the ethertype, a QinQ tag
        five). ``index`` keeps the copies apart; the BPF backend drops them."""
        return self.b.call(self._passthrough(value.type), [ir.Constant(I32, index), value])

    def _passthrough(self, ty: ir.IntType = I64) -> ir.Function:
        """``llvm.bpf.passthrough``: its second argument, which LLVM cannot see through."""
        name = f"{target.PASSTHROUGH}.{ty}.{ty}"
        existing = self.module.globals.get(name)
        if isinstance(existing, ir.Function):
            return existing
        return ir.Function(self.module, ir.FunctionType(ty, [I32, ty]), name=name)

    def _link_layer(self, v: _Visit) -> None:
        """Rule 5: a ``link_layer`` node moves nhoff past itself."""
        if v.node.link_layer:
            self._store_key(target.KEY_NHOFF, self.b.trunc(v.end, I16), 2)

    def _fragment(self, v: _Visit) -> None:
        """Rule 6: is_frag and is_first_frag; then OK unless a first fragment under
        PARSE_1ST_FRAG."""
        if v.node.fragment is None:
            return
        b = self.b
        self._at_part(v.node, "fragment", 0)
        is_frag = v.values.cond(v.node.fragment[0])
        self._at_part(v.node, "fragment", 1)
        first = v.values.cond(v.node.fragment[1])
        self._at_part(v.node, "fragment", 0)
        with self._if(is_frag, "fragment", rare=True):
            self._store_key(target.KEY_IS_FRAG, ir.Constant(I8, 1), 1)
            self._at_part(v.node, "fragment", 1)
            with b.if_else(first) as (first_fragment, later_fragment):
                with first_fragment as endif:
                    self._rename(b.block, "first_fragment")
                    self._rename(endif, "first_fragment.endif")
                    self._store_key(target.KEY_IS_FIRST_FRAG, ir.Constant(I8, 1), 1)
                    self._exit_if(b.not_(self._flag(target.FLAG_PARSE_1ST_FRAG)),
                                  target.BPF_OK, v.end, "no_parse_1st_frag")
                with later_fragment:
                    self._rename(b.block, "later_fragment")
                    self._exit(target.BPF_OK, v.end)  # later fragments carry no headers

    def _stop_if(self, v: _Visit) -> None:
        """Rule 7: a ``stop_if`` condition that holds stops with OK."""
        for index, cond in enumerate(v.node.stops):
            self._at_part(v.node, "stop_if", index)
            self._exit_if(v.values.cond(cond), target.BPF_OK, v.end, "stop_if")

    def _encap(self, v: _Visit) -> None:
        """Rule 8: an ``encap`` node sets is_encap, stops under STOP_AT_ENCAP, and only
        then writes its keys."""
        if v.node.encap:
            self._mark_encap(v)
            self._write_keys(v)

    def _select_next(self, v: _Visit) -> None:
        """Rule 9: the select picks an edge; none: the node's ``on_unknown`` policy. Masks
        and ranges are tested in order first, then the first LIKELY_CASES exact values in
        order, then one switch takes the other ones; its default tests the ``fallback``
        edges in order."""
        b, node = self.b, v.node
        unknown_thoff = v.start if node.transport else v.end
        edges = [e for e in node.edges if e.target in self.unroller.nodes]
        if node.select is None or not edges:
            self._exit(target.VERDICTS[node.on_unknown], unknown_thoff)
            return
        self._at_part(node, "select")
        selected = v.values.value(node.select)
        default = self._append_block("unknown")
        edge_blocks = [self._append_block(f"to_{e.target}") for e in edges]
        chosen = list(zip(edges, edge_blocks, strict=True))
        for edge, edge_block in chosen:
            if edge.match.kind != "value" and not edge.fallback:
                self._at(edge.source)
                self._branch_if_match(selected, edge.match, edge_block)
        self._at_part(node, "select")
        loaded = v.values.as_loaded(node.select)
        value = selected if loaded is None else loaded
        cases = [(ir.Constant(value.type, edge.match.value if loaded is None else
                              _as_stored(edge.match.value, loaded.type.width // 8)),
                  edge_block) for edge, edge_block in chosen
                 if edge.match.kind == "value" and not edge.fallback]
        likely, rest = cases[:LIKELY_CASES], cases[LIKELY_CASES:]
        # every value the select can have is a case (GRE's version 0 or 1, once
        # gre_version's stop_before held back the others): the last needs no test, and
        # there is no unknown value (the tests' opaque values hide that from LLVM)
        last = cases[-1][1] if cases and self._covered(node, edges) else None
        # the likeliest bindings tested in order, the first one's block (and its State,
        # if this is the first way there: see _take_edge) right after its test, where
        # the linear path falls through (the BPF backend keeps the IR's block order, see
        # _branch_to_cold); the others by one switch
        for index, (constant, edge_block) in enumerate(likely):
            if index == 0:
                self._move_after(edge_block, b.block)
            if edge_block is last and not rest:
                b.branch(edge_block)
                break
            following = self._block_after_current("select") if index else \
                self._append_block("select")
            b.cbranch(b.icmp_unsigned("==", self._opaque(value, index), constant),
                      edge_block, following)
            b.position_at_end(following)
        if rest:
            switch = b.switch(self._opaque(value, len(likely)) if likely else value,
                              last or default)
            for constant, edge_block in rest:
                if edge_block is not last:
                    switch.add_case(constant, edge_block)
        elif last is None:
            b.branch(default)
        b.position_at_end(default)
        for edge, edge_block in chosen:
            if edge.fallback:
                self._at(edge.source)
                self._branch_if_match(selected, edge.match, edge_block)
        self._at(node.source)
        self._exit(target.VERDICTS[node.on_unknown], unknown_thoff)
        first = cases[0][1] if cases else None
        for edge, edge_block in chosen:
            b.position_at_end(edge_block)
            self._at(edge.source)  # the bind(...) line
            self._take_edge(v, edge, follow=edge_block is first)

    @staticmethod
    def _covered(node: Node, edges: list[Edge]) -> bool:
        """Whether the node's exact values are every value its select can have (given
        what its requires and stop_befores checked), and no fallback edge waits."""
        assert node.select is not None
        if any(edge.fallback for edge in edges):
            return False
        values = {edge.match.value for edge in edges if edge.match.kind == "value"}
        low, high = interval(node.select, checked_env(node))
        return low >= 0 and high - low < len(values) and \
            all(value in values for value in range(low, high + 1))

    def _branch_if_match(self, selected: ir.Value, m: Match, edge_block: ir.Block) -> None:
        """To ``edge_block`` if ``selected`` matches ``m``, else on in a new block."""
        b = self.b
        if m.kind == "value":
            hit = b.icmp_unsigned("==", selected, i64(m.value))
        elif m.kind == "mask":
            hit = b.icmp_unsigned("==", b.and_(selected, i64(m.mask)), i64(m.value))
        else:
            hit = b.and_(b.icmp_unsigned(">=", selected, i64(m.value)),
                         b.icmp_unsigned("<=", selected, i64(m.high)))
        # not if_then: the edge blocks exist already, and the switch's cases go to them
        nxt = self._append_block("select")
        b.cbranch(hit, edge_block, nxt)
        b.position_at_end(nxt)

    def _take_edge(self, v: _Visit, edge: Edge, follow: bool = False) -> None:
        """Rule 9, the edge taken: its keys; an ``encap`` edge sets is_encap and stops
        under STOP_AT_ENCAP; a limit reached applies the graph's ``on_limit`` policy."""
        redundant = self.known_keys.edge_redundant(v.state, edge)
        for key, value in edge.keys:
            if key not in redundant:  # else the key holds it already (known_keys.py)
                v.values.store_key(key, Const(value))
        if edge.encap:
            self._mark_encap(v)
        state = self.unroller.take(v.state, edge)
        if state is None:
            self._exit(target.VERDICTS[self.graph.limits.on_limit], v.end)
        else:
            self._goto_state(state, v.end, follow)
            self._pass_peeked_words(v, edge, state)

    def _pass_peeked_words(self, v: _Visit, edge: Edge, state: State) -> None:
        """After a ``peek`` header (GRE's version, the IP version nibble), the next one
        starts at the same byte: if it is no longer and reads only words the peek read,
        and nothing else leads to it, it takes those values (read in place or from the
        copy) instead of checking and loading the same bytes again, and with them what
        is known of them (see _Peeked)."""
        node = self.unroller.nodes[state.node]
        if (v.node.peek and 0 < node.fixed_size <= v.node.fixed_size
                and set(node_words(node)) <= set(v.values.words)
                and self.unroller.leading_to(state) == {v.state}):
            peeked = _Peeked.after(v.node, edge, v.values.words)
            earlier = self.peeked.get(state)  # another edge of the peek to the same State
            self.peeked[state] = peeked if earlier is None else earlier.either(peeked)

    def _mark_encap(self, v: _Visit) -> None:
        """is_encap, and OK under STOP_AT_ENCAP (rules 8 and 9); going on into the
        encapsulated packet clears the outer flow's transport keys, where a path may
        have written them (the kernel zeroes the keys before the program runs)."""
        self._store_key(target.KEY_IS_ENCAP, ir.Constant(I8, 1), 1)
        self._exit_if(self._flag(target.FLAG_STOP_AT_ENCAP), target.BPF_OK, v.end,
                      "stop_at_encap", rare=True)
        if v.node.name in self.after_transport_keys:
            # sport and dport are adjacent: one 4-byte store
            self._store_key(target.KEY_SPORT, ir.Constant(I32, 0), 4)

    def _write_keys(self, v: _Visit) -> None:
        """The node's key assignments (rules 3 and 8)."""
        redundant = self.known_keys.node_redundant(v.state)  # constants there already
        assigns = [assign for assign in v.node.keys if assign.key not in redundant and (
                   (bits := _bits(assign.value)) is None  # else: the peek stored it
                   or v.stored.get(assign.key) != bits)]
        copies, rest = key_copies(assigns)
        for copy in copies:
            self._at_part(v.node, "key", copy.first)
            self._store_key(copy.offset, v.values._raw(copy.header, copy.size), copy.size)
        for assign in rest:
            self._at_part(v.node, "key", assign.key)
            v.values.store_key(assign.key, assign.value)

    def _flag(self, bit: int) -> ir.Value:
        """The input flag ``bit``, read from the keys where it is tested (volatile: one
        register fewer held through every node, where the copying paths' helper calls
        leave few; the keys are in the cache, being written all along)."""
        b = self.b
        flags = _VolatileLoad(b.block, b.gep(self.keys, [i64(target.KEY_FLAGS)],
                                             source_etype=I8), typ=I32, name="flags")
        b._insert(flags)
        return b.icmp_unsigned("!=", b.and_(flags, ir.Constant(I32, bit)), ir.Constant(I32, 0))


class _VolatileStore(ir.StoreInstr):  # type: ignore[misc]  # llvmlite is untyped
    """``store volatile`` (llvmlite has no flag for it): LLVM must keep it as written."""

    def descr(self, buf: list[str]) -> None:
        value, ptr = self.operands
        buf.append(f"store volatile {value.type} {value.get_reference()}, {ptr.type} "
                   f"{ptr.get_reference()}, align {_align(value.type)}"
                   f"{self._stringify_metadata(leading_comma=True)}\n")


class _VolatileLoad(ir.LoadInstr):  # type: ignore[misc]
    """``load volatile``: LLVM may neither forward the store above nor merge the loads
    of several predecessors into their successor, which would undo the forgetting."""

    def descr(self, buf: list[str]) -> None:
        [ptr] = self.operands
        buf.append(f"load volatile {self.type}, {ptr.type} {ptr.get_reference()}, "
                   f"align {_align(self.type)}{self._stringify_metadata(leading_comma=True)}\n")


def _align(ty: ir.Type) -> int:
    return ty.width // 8 if isinstance(ty, ir.IntType) else 8  # pointers: 64-bit


@dataclass
class _Visit:
    """One State being lowered: what its rules read, and the header end they move
    (``end`` is the start until rule 4)."""

    state: State
    node: Node
    start: ir.Value  # the cursor at the header's start
    values: _NodeValues
    end: ir.Value
    # fields' intervals known on arrival, and keys holding which of its bits (_Peeked)
    known: dict[str, Interval] = field(default_factory=dict)
    stored: dict[str, tuple[int, int]] = field(default_factory=dict)


Bits = tuple[int, int]  # (bit_offset, bit_width) in a header


def _bits(expr: Expr) -> Bits | None:
    return (expr.bit_offset, expr.bit_width) if isinstance(expr, FieldRef) else None


@dataclass
class _Peeked:
    """What a ``peek`` header hands the header after it at the same byte: its words, as
    loaded; the intervals of the bits it knows after its rule 2 (its requires held, its
    stop_befores did not) and the select's value on the edge taken; and the keys it set
    to its own bits (none set again on the edge). The next header's checks of the same
    bits that these decide, and its stores of the same keys, are then left out (GRE's
    version and routing bit, and n_proto, which gre_version checked and set)."""

    words: dict[tuple[int, int], ir.Value]
    known: dict[Bits, Interval]
    stored: dict[str, Bits]

    @classmethod
    def after(cls, peek: Node, edge: Edge, words: dict[tuple[int, int], ir.Value]
              ) -> _Peeked:
        env = checked_env(peek)
        if edge.match.kind == "value" and isinstance(peek.select, FieldRef):
            refine(Binary("==", peek.select, Const(edge.match.value)), env)
        refs = {ref.key: ref for expr in (*peek.requires, *peek.stops_before, peek.select)
                if expr is not None for ref in fields_of(expr)}
        known = {(refs[key].bit_offset, refs[key].bit_width): bounds
                 for key, bounds in env.items() if key in refs}
        # keys the edge sets itself, or clears (an encap edge: the outer ports) are not
        # the peek's any more
        edge_keys = {key for key, _ in edge.keys}
        stored = {} if edge.encap else {
            assign.key: bits for assign in peek.keys
            if (bits := _bits(assign.value)) is not None and assign.key not in edge_keys}
        return cls(words, known, stored)

    def either(self, other: _Peeked) -> _Peeked:
        """What holds on either of two edges to the same State."""
        known = {bits: (min(low, other.known[bits][0]), max(high, other.known[bits][1]))
                 for bits, (low, high) in self.known.items() if bits in other.known}
        stored = {key: bits for key, bits in self.stored.items()
                  if other.stored.get(key) == bits}
        return _Peeked(self.words, known, stored)

    def known_in(self, node: Node) -> dict[str, Interval]:
        """``known`` under the names of ``node``'s fields."""
        assert node.header is not None
        return {f"{node.header.name}.{spec.name}": self.known[bits]
                for spec in node.header.fields
                if (bits := (spec.bit_offset, spec.bit_width)) in self.known}


class _NodeValues:
    """Field loads and expression values for one header, each container loaded once."""

    def __init__(self, lowering: Lowering) -> None:
        self.lw = lowering
        self.b = lowering.b
        self.words: dict[tuple[int, int], ir.Value] = {}  # node_words(node), loaded
        self.cache: dict[tuple[int, int], ir.Value] = {}

    def _raw(self, offset: int, size: int) -> ir.Value:
        """The ``size``-byte word at header offset ``offset`` as stored (network order):
        a loaded word, or one assembled from the aligned words it was split into."""
        key = (offset, size)
        if key in self.words:
            return self.words[key]
        if key not in self.cache:
            container = next(((start, length) for start, length in self.words
                              if start <= offset and offset + size <= start + length), None)
            if container is not None:
                # little-endian registers: the byte at the lower address is the low one
                shift = ir.Constant(INT_TYPES[container[1]], (offset - container[0]) * 8)
                self.cache[key] = self.b.trunc(self.b.lshr(self.words[container], shift),
                                               INT_TYPES[size])
                return self.cache[key]
            assert offset % size, f"word {key} was not loaded (node_words)"
            half, ty = size // 2, INT_TYPES[size]
            low = self.b.zext(self._raw(offset, half), ty)
            high = self.b.zext(self._raw(offset + half, half), ty)
            # little-endian registers: the byte at the lower address is the low one
            self.cache[key] = self.b.or_(low, self.b.shl(high, ir.Constant(ty, half * 8)))
        return self.cache[key]

    def field(self, ref: FieldRef) -> ir.Value:
        """The field's value in host order, as i64."""
        end_bit = ref.bit_offset + ref.bit_width
        start, size = field_word(ref)
        raw = self._raw(start, size)
        value = self.b.zext(self.b.bswap(raw) if size > 1 else raw, I64)
        shift = (start + size) * 8 - end_bit
        if shift:
            value = self.b.lshr(value, i64(shift))
        if ref.bit_width < size * 8:
            value = self.b.and_(value, i64((1 << ref.bit_width) - 1))
        return value

    def value(self, expr: Expr) -> ir.Value:
        b = self.b
        if isinstance(expr, Const):
            return i64(expr.value)
        if isinstance(expr, FieldRef):
            return self.field(expr)
        if isinstance(expr, InputProto):
            return self.lw.n_proto
        if expr.is_bool:
            return b.zext(self.cond(expr), I64)
        assert isinstance(expr, Binary)
        return _ARITH[expr.op](b, self.value(expr.left), self.value(expr.right))

    def cond(self, expr: Expr) -> ir.Value:
        b = self.b
        if isinstance(expr, InputFlag):
            return self.lw._flag(expr.bit)
        if isinstance(expr, Not):
            return b.not_(self.cond(expr.operand))
        if isinstance(expr, Binary) and expr.op in COMPARE_OPS:
            on_raw = self._raw_test(expr)
            if on_raw is not None:
                return on_raw
            return b.icmp_unsigned(expr.op, self.value(expr.left), self.value(expr.right))
        if isinstance(expr, Binary) and expr.op in ("and", "or"):
            left, right = self.cond(expr.left), self.cond(expr.right)
            return b.and_(left, right) if expr.op == "and" else b.or_(left, right)
        return b.icmp_unsigned("!=", self.value(expr), i64(0))

    def as_loaded(self, expr: Expr) -> ir.Value | None:
        """A select of a whole 2-, 4- or 8-byte word (an ethertype, n_proto), as loaded:
        the switch compares it with its values in network order, instead of swapping
        it first (one instruction per ethertype: LLVM does not swap a switch's cases)."""
        if isinstance(expr, InputProto):
            return self.lw.n_proto_loaded
        if not isinstance(expr, FieldRef) or expr.bit_offset % 8 or expr.bit_width < 16:
            return None
        start, size = field_word(expr)
        return self._raw(start, size) if size * 8 == expr.bit_width else None

    def _raw_test(self, expr: Binary) -> ir.Value | None:
        """``field & mask == value`` (or ``!=``) tested on the word as loaded, with mask
        and value in network order: no byte swap. LLVM folds the swap away where the
        field has no other use, but IPv4's two fragment tests share frag_off, and it
        kept one swap on every IPv4 header for both. (Not for a plain ``field ==
        value``, which LLVM folds itself: tested so too, the same code came out in
        another order, and the kernel profile took 236 more verified instructions.)"""
        if expr.op not in ("==", "!=") or not isinstance(expr.right, Const):
            return None
        left = expr.left
        if not (isinstance(left, Binary) and left.op == "&"):
            return None
        ref, mask = (left.left, left.right) if isinstance(left.right, Const) else \
            (left.right, left.left)
        if not (isinstance(ref, FieldRef) and isinstance(mask, Const)):
            return None
        bits = mask.value & ((1 << ref.bit_width) - 1)
        if expr.right.value & ~bits:  # never equal: let the plain compare say so
            return None
        start, size = field_word(ref)
        shift = (start + size) * 8 - ref.bit_offset - ref.bit_width

        def stored(host: int) -> ir.Constant:  # the word's bytes as loaded (little endian)
            return ir.Constant(INT_TYPES[size], int.from_bytes(
                (host << shift).to_bytes(size, "big"), "little"))

        b, raw = self.b, self._raw(start, size)
        return b.icmp_unsigned(expr.op, b.and_(raw, stored(bits)), stored(expr.right.value))

    def at_lowest(self, fields: list[tuple[FieldRef, int]]) -> ir.Value:
        """Whether every field is at its low bound: those whose bound is 0 tested
        together, one mask per word (LLVM does not merge the tests of single bits it
        has shifted apart: GRE's C, K and S took nine instructions)."""
        b = self.b
        masks: dict[tuple[int, int], int] = {}
        tests: list[ir.Value] = []
        for ref, low in fields:
            if low:
                tests.append(b.icmp_unsigned("==", self.field(ref), i64(low)))
                continue
            start, size = field_word(ref)
            shift = (start + size) * 8 - ref.bit_offset - ref.bit_width
            masks[start, size] = masks.get((start, size), 0) | \
                ((1 << ref.bit_width) - 1) << shift
        for (start, size), mask in masks.items():
            raw = self._raw(start, size)
            host = self.b.bswap(raw) if size > 1 else raw
            tests.append(b.icmp_unsigned("==", b.and_(host, ir.Constant(raw.type, mask)),
                                         ir.Constant(raw.type, 0)))
        result = tests[0]
        for test in tests[1:]:
            result = b.and_(result, test)
        return result

    def store_key(self, key: str, expr: Expr) -> None:
        slot = KEY_SLOTS[key]
        value = self.b.trunc(self.value(expr), INT_TYPES[slot.size])
        if slot.network_order and slot.size > 1:
            value = self.b.bswap(value)
        self.lw._store_key(slot.offset, value, slot.size)


def _as_stored(value: int, size: int) -> int:
    """``value``'s ``size`` bytes in network order, as a little-endian load reads them."""
    return int.from_bytes(value.to_bytes(size, "big"), "little")


def empty_variable_part(node: Node) -> list[tuple[FieldRef, int]] | None:
    """The fields of the node's variable length with the values at which the part is
    empty, if it is empty exactly then (see lowest_fields), and is not a ``peek`` or a
    repeated header's (``limit=``: a State per repetition, see _speculated_end): where
    Lowering._unless_empty tests them before the length."""
    header = node.header
    if header is None or header.var_length is None or node.peek or node.limit:
        return None
    env = checked_env(node)
    if interval(header.var_length, env)[0] != 0:
        return None
    return lowest_fields(header.var_length, env)


def word_source(node: Node, word: tuple[int, int]) -> Source:
    """The line of the first field a word of the node's header holds (the header's own
    line if none: padding)."""
    assert node.header is not None
    start, end = word[0] * 8, (word[0] + word[1]) * 8
    for spec in node.header.fields:
        if spec.bit_offset < end and start < spec.bit_offset + spec.bit_width:
            return spec.source
    return node.header.source


def field_word(ref: FieldRef) -> tuple[int, int]:
    """(offset, size) of the one load of 1, 2, 4 or 8 bytes that holds the field."""
    first = ref.bit_offset // 8
    nbytes = (ref.bit_offset + ref.bit_width + 7) // 8 - first
    size = next(s for s in (1, 2, 4, 8) if s >= nbytes)
    return max(first + nbytes - size, 0), size  # widen backwards: not past the field's end


def aligned_words(word: tuple[int, int]) -> list[tuple[int, int]]:
    """``word`` itself if aligned to its size, else the aligned halves it is built of."""
    offset, size = word
    if offset % size == 0:
        return [word]
    return [*aligned_words((offset, size // 2)), *aligned_words((offset + size // 2, size // 2))]


@dataclass(frozen=True)
class KeyCopy:
    """Keys that are the header's bytes as they are (addresses, ports, an ethertype as
    n_proto, a protocol byte), one load and one store: ``size`` bytes at ``header``
    into the keys at ``offset``; ``first`` names the first key, for its line."""

    header: int
    offset: int
    size: int
    first: str


def key_copies(assigns: list[KeyAssign]) -> tuple[list[KeyCopy], list[KeyAssign]]:
    """The copies among ``assigns`` (keys of whole bytes of the header, in network
    order) with neighbours merged, where both the header's bytes and the keys are
    adjacent, into stores of up to 8 bytes at the keys' natural alignment (IPv4's
    source and destination: one 8-byte copy instead of two of 4; sport and dport: one
    of 4 instead of two of 2); and the other assignments."""
    found = [(copied, index) for index, assign in enumerate(assigns)
             if (copied := _copied_bytes(assign)) is not None]
    runs: list[list[int]] = []  # [header byte, key offset, size, index of the first]
    for (header, offset, size), index in sorted(found):
        last = runs[-1] if runs else None
        if last and last[0] + last[2] == header and last[1] + last[2] == offset:
            last[2] += size
        else:
            runs.append([header, offset, size, index])
    copies = {index for _, index in found}
    rest = [assign for index, assign in enumerate(assigns) if index not in copies]
    out = []
    for header, offset, size, index in runs:
        end = offset + size
        while offset < end:
            chunk = next(n for n in (8, 4, 2, 1) if offset % n == 0 and offset + n <= end)
            out.append(KeyCopy(header, offset, chunk, assigns[index].key))
            header, offset = header + chunk, offset + chunk
    return out, rest


def _copied_bytes(assign: KeyAssign) -> tuple[int, int, int] | None:
    """(header byte, key offset, size) if the key is a copy of whole header bytes."""
    slot, value = KEY_SLOTS[assign.key], assign.value
    if not (isinstance(value, FieldRef) and value.bit_offset % 8 == 0
            and value.bit_width == slot.size * 8 and (slot.network_order or slot.size == 1)):
        return None
    return value.bit_offset // 8, slot.offset, slot.size


def node_words(node: Node) -> list[tuple[int, int]]:
    """Every word of its header that the node reads, in offset order: each is loaded
    once, up front, from the packet or (in aligned pieces) from the copy
    (Lowering._fixed_part). A word within another is taken from it (_NodeValues._raw)."""
    exprs: list[Expr] = [*node.requires, *node.stops_before, *node.stops]
    if node.select is not None:
        exprs.append(node.select)
    if node.fragment is not None:
        exprs.extend(node.fragment)
    if node.header is not None and node.header.var_length is not None:
        exprs.append(node.header.var_length)
    copies, rest = key_copies(list(node.keys))
    exprs.extend(assign.value for assign in rest)
    words = {(copy.header, copy.size) for copy in copies}
    for expr in exprs:
        words.update(field_word(sub) for sub in expr.walk() if isinstance(sub, FieldRef))
    return sorted(word for word in words if not any(
        other != word and other[0] <= word[0] and word[0] + word[1] <= other[0] + other[1]
        for other in words))


def lower_graph(graph: ParseGraph, graph_json: bytes | None = None,
                stats: bool = False, file_names: dict[str, str] | None = None) -> ir.Module:
    """The LLVM module for ``graph`` (call ``check_graph`` first); ``stats`` adds the
    per-protocol and per-verdict counters; ``file_names`` adds debug info (the spec line
    of every instruction) under these names of the graph's files (see debuginfo.py)."""
    return Lowering(graph, graph_json, stats, file_names).lower()
