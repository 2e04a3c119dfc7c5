"""ParseGraph -> LLVM IR: one function, the whole graph unrolled, no tail calls.

The program follows ``dsl/reference.py`` rule by rule (the numbered steps there); the
two are kept equal by the differential tests.

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
   the first release instead of about 2,200). So the first EXACT_EDGES edges into each
   outer State (in breadth-first order: the shortest, usually the hottest paths) pass
   their cursor as it is; every other edge, and every edge into an encapsulated State (a
   big subgraph reached from many outer paths), first makes the verifier forget the
   cursor's range: a volatile store to ``keys->thoff`` and a load back (store-to-load
   forwarding, about 1.5 ns, only on those edges), masked with ``cursor_mask``, the
   smallest 2^k - 1 at or above the furthest header end. The mask never changes the
   value, and it gives every such arrival the same range, [0, cursor_mask], so they are
   pruned after the first. thoff is scratch until the program exits: every exit writes
   it, except BPF_FLOW_DISSECTOR_CONTINUE, whose keys the kernel discards.
 * Loads have their natural width and alignment (``align 1`` makes LLVM emit byte loads;
   x86-64 and arm64 accept misaligned packet loads).
 * Fields are big-endian: loaded, byte-swapped and masked. Keys in network order are
   swapped back on store; LLVM folds the double swap into a plain copy, and compares of a
   swapped value against a constant into compares of the raw value.
"""

from __future__ import annotations

from collections.abc import Callable

import llvmlite.ir as ir
from flowdsl.codegen import target
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
    interval,
    refine,
)
from flowdsl.dsl.graph import Node, ParseGraph
from flowdsl.dsl.keys import ADDRESS_KEYS, KEY_SLOTS
from flowdsl.dsl.unroll import State, Unroller

I1, I8, I16, I32, I64 = (ir.IntType(n) for n in (1, 8, 16, 32, 64))
PTR = ir.PointerType()
INT_TYPES = {1: I8, 2: I16, 4: I32, 8: I64}
# Edges into an outer State that keep the exact cursor (see "Merge points" above): two,
# so that TCP and UDP after IPv4 and after IPv6 both skip the forgetting (about 1.5 ns);
# each more exact edge costs the verifier one more walk of the State's subgraph.
EXACT_EDGES = 2

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


def requires_env(node: Node) -> dict[str, Interval]:
    """Field intervals known to hold once the node's requires passed."""
    env: dict[str, Interval] = {}
    for cond in node.requires:
        refine(cond, env)
    return env


class Lowering:
    """Builds the module. One instance per compilation; not reusable."""

    def __init__(self, graph: ParseGraph, graph_json: bytes | None = None,
                 stats: bool = False) -> None:
        self.graph = graph
        self.unroller = Unroller(graph)
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
        self.ret_block = self.fn.append_basic_block("return")
        self.stats_map: ir.GlobalVariable | None = None
        if stats:
            # Only its address is used: the loader points it at a map it creates.
            self.stats_map = ir.GlobalVariable(self.module, I64, name=target.STATS_MAP)
            self.stats_map.initializer = ir.Constant(I64, 0)
            self.stats_map.section = target.STATS_MAP_SECTION
            self.stats_key = self.b.alloca(I32, name="stats_key")
            self.node_slots = {n.name: i for i, n in enumerate(graph.nodes)}
        with self.b.goto_block(self.ret_block):
            self.ret_phi = self.b.phi(I32, name="verdict")
            if stats:
                self._count_verdict(self.ret_phi)
            self.b.ret(self.ret_phi)
        self.states: dict[State, tuple[ir.Block, ir.PhiInstr]] = {}
        self.exact_edges: dict[State, int] = {}  # edges passing an exact cursor, per State
        self.todo: list[State] = []
        max_end, _ = self.unroller.longest_chain(target.NHOFF_MAX)
        if max_end > target.MAX_HEADER_END:  # check_graph reports this as E025 first
            raise ValueError(f"headers may end at offset {max_end}")
        self.cursor_mask = (1 << max_end.bit_length()) - 1

    def _add_bytes_global(self, name: str, section: str, data: bytes) -> None:
        ty = ir.ArrayType(I8, len(data))
        var = ir.GlobalVariable(self.module, ty, name=name)
        var.initializer = ir.Constant(ty, bytearray(data))
        var.global_constant = True
        var.section = section

    # -- entry -------------------------------------------------------------------------
    def lower(self) -> ir.Module:
        b = self.b
        ctx = self.fn.args[0]
        self.data = b.inttoptr(b.zext(self._load(ctx, target.SKB_DATA, I32), I64), PTR,
                               name="data")
        self.data_end = b.inttoptr(b.zext(self._load(ctx, target.SKB_DATA_END, I32), I64),
                                   PTR, name="data_end")
        self.keys = self._load(ctx, target.SKB_FLOW_KEYS, PTR, name="keys")
        nhoff = b.zext(self._load(self.keys, target.KEY_NHOFF, I16), I64, name="nhoff")
        self.flags = self._load(self.keys, target.KEY_FLAGS, I32, name="flags")
        self.n_proto = b.zext(b.bswap(self._load(self.keys, target.KEY_N_PROTO, I16)), I64,
                              name="n_proto")
        # Bound the cursor once so the verifier can track every offset derived from it.
        self._exit_if(b.icmp_unsigned(">", nhoff, i64(target.NHOFF_MAX)),
                      target.BPF_FLOW_DISSECTOR_CONTINUE, None)
        start = self.unroller.start()
        if start is None:
            self._exit(target.VERDICTS[self.graph.limits.on_limit], nhoff)
        else:
            self._goto_state(start, nhoff)
        while self.todo:
            self._lower_state(self.todo.pop(0))
        return self.module

    # -- helpers -----------------------------------------------------------------------
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

    def _exit_if(self, cond: ir.Value, verdict: int, thoff: ir.Value | None) -> None:
        exit_block = self.fn.append_basic_block("exit")
        cont = self.fn.append_basic_block("cont")
        self.b.cbranch(cond, exit_block, cont)
        self.b.position_at_end(exit_block)
        self._exit(verdict, thoff)
        self.b.position_at_end(cont)

    def _goto_state(self, state: State, cursor: ir.Value) -> None:
        if state not in self.states:
            block = self.fn.append_basic_block(state.label())
            with self.b.goto_block(block):
                phi = self.b.phi(I64, name="cursor")
            self.states[state] = (block, phi)
            self.todo.append(state)
            self.exact_edges[state] = 1
            if state.depth > 0:
                cursor = self._forget_range(cursor)
        elif state.depth <= 0 and self.exact_edges[state] < EXACT_EDGES:
            self.exact_edges[state] += 1
        else:
            cursor = self._forget_range(cursor)
        block, phi = self.states[state]
        phi.add_incoming(cursor, self.b.block)
        self.b.branch(block)

    def _forget_range(self, cursor: ir.Value) -> ir.Value:
        """The same value, with a range the verifier no longer knows (see the top)."""
        b = self.b
        scratch = b.gep(self.keys, [i64(target.KEY_THOFF)], source_etype=I8)
        b._insert(_VolatileStore(b.block, b.trunc(cursor, I16), scratch))
        reloaded = _VolatileLoad(b.block, scratch, typ=I16)
        b._insert(reloaded)
        return b.and_(b.zext(reloaded, I64), i64(self.cursor_mask), name="cursor")

    def _count(self, slot: ir.Value) -> None:
        """counters[slot] += 1 on this CPU (a per-CPU map: no atomics needed)."""
        assert self.stats_map is not None
        b = self.b
        b.store(slot, self.stats_key)
        # A helper is called through its id as a constant address (as clang emits it).
        lookup = i64(target.BPF_FUNC_MAP_LOOKUP_ELEM).inttoptr(PTR)
        lookup.function_type = ir.FunctionType(PTR, [PTR, PTR])  # type: ignore[attr-defined]
        value = b.call(lookup, [self.stats_map, self.stats_key])
        found = self.fn.append_basic_block("count")
        done = self.fn.append_basic_block("counted")
        b.cbranch(b.icmp_unsigned("!=", value, ir.Constant(PTR, None)), found, done)
        b.position_at_end(found)
        b.store(b.add(b.load(value, typ=I64, align=8), i64(1)), value, align=8)
        b.branch(done)
        b.position_at_end(done)

    def _count_verdict(self, verdict: ir.Value) -> None:
        """counters[len(nodes) + index of the verdict in STATS_VERDICTS] += 1."""
        b = self.b
        base = len(self.node_slots)
        slot: ir.Value = ir.Constant(I32, base + len(target.STATS_VERDICTS) - 1)  # the last
        for index, code in reversed(list(enumerate(target.STATS_VERDICTS[:-1]))):
            slot = b.select(b.icmp_unsigned("==", verdict, ir.Constant(I32, code)),
                            ir.Constant(I32, base + index), slot)
        self._count(slot)

    # -- one node ----------------------------------------------------------------------
    def _lower_state(self, state: State) -> None:
        node = self.unroller.nodes[state.node]
        block, cursor = self.states[state]
        b = self.b
        b.position_at_end(block)
        if self.stats_map is not None:
            self._count(ir.Constant(I32, self.node_slots[node.name]))
        emitter = _NodeValues(self, b.gep(self.data, [cursor], source_etype=I8, name="hdr"))
        # 1. the fixed part within the packet
        if node.fixed_size:
            end_ptr = b.gep(emitter.hdr, [i64(node.fixed_size)], source_etype=I8)
            self._exit_if(b.icmp_unsigned(">", end_ptr, self.data_end), target.BPF_DROP,
                          cursor)
        # 2. requires
        for cond in node.requires:
            self._exit_if(b.not_(emitter.cond(cond)), target.BPF_DROP, cursor)
        for cond in node.stops_before:
            self._exit_if(emitter.cond(cond), target.BPF_OK, cursor)
        # 3. keys (an encapsulation header's, after 8)
        if not node.encap:
            for assign in node.keys:
                emitter.store_key(assign.key, assign.value)
        # 4. the variable part
        end = cursor if node.peek else b.add(cursor, i64(node.fixed_size))
        header = node.header
        if header is not None and header.var_length is not None:
            var = emitter.value(header.var_length)
            if interval(header.var_length, requires_env(node))[1] > header.var_max:
                self._exit_if(b.icmp_unsigned(">", var, i64(header.var_max)), target.BPF_DROP,
                              cursor)
            total = b.add(var, i64(node.fixed_size))
            var_end = b.gep(emitter.hdr, [total], source_etype=I8)
            self._exit_if(b.icmp_unsigned(">", var_end, self.data_end), target.BPF_DROP,
                          cursor)
            end = b.add(cursor, total, name="end")
        # 5. link layer
        if node.link_layer:
            self._store_key(target.KEY_NHOFF, b.trunc(end, I16), 2)
        # 6. fragments
        if node.fragment is not None:
            self._lower_fragment(emitter, node.fragment, end)
        # 7. stops
        for cond in node.stops:
            self._exit_if(emitter.cond(cond), target.BPF_OK, end)
        # 8. encapsulation node
        if node.encap:
            self._mark_encap(end)
            for assign in node.keys:
                emitter.store_key(assign.key, assign.value)
        # 9. select
        unknown_thoff = cursor if node.transport else end
        edges = [e for e in node.edges if e.target in self.unroller.nodes]
        if node.select is None or not edges:
            self._exit(target.VERDICTS[node.on_unknown], unknown_thoff)
            return
        selected = emitter.value(node.select)
        default = self.fn.append_basic_block("unknown")
        edge_blocks = [self.fn.append_basic_block(f"to_{e.target}") for e in edges]
        for edge, edge_block in zip(edges, edge_blocks, strict=True):
            if edge.match.kind == "value":
                continue
            m = edge.match
            if m.kind == "mask":
                hit = b.icmp_unsigned("==", b.and_(selected, i64(m.mask)), i64(m.value))
            else:
                hit = b.and_(b.icmp_unsigned(">=", selected, i64(m.value)),
                             b.icmp_unsigned("<=", selected, i64(m.high)))
            nxt = self.fn.append_basic_block("select")
            b.cbranch(hit, edge_block, nxt)
            b.position_at_end(nxt)
        switch = b.switch(selected, default)
        for edge, edge_block in zip(edges, edge_blocks, strict=True):
            if edge.match.kind == "value":
                switch.add_case(i64(edge.match.value), edge_block)
        b.position_at_end(default)
        self._exit(target.VERDICTS[node.on_unknown], unknown_thoff)
        for edge, edge_block in zip(edges, edge_blocks, strict=True):
            b.position_at_end(edge_block)
            for key, value in edge.keys:
                emitter.store_key(key, Const(value))
            if edge.encap:
                self._mark_encap(end)
            nxt_state = self.unroller.take(state, edge)
            if nxt_state is None:
                self._exit(target.VERDICTS[self.graph.limits.on_limit], end)
            else:
                self._goto_state(nxt_state, end)

    def _mark_encap(self, end: ir.Value) -> None:
        self._store_key(target.KEY_IS_ENCAP, ir.Constant(I8, 1), 1)
        self._exit_if(self._flag(target.FLAG_STOP_AT_ENCAP), target.BPF_OK, end)

    def _flag(self, bit: int) -> ir.Value:
        return self.b.icmp_unsigned("!=", self.b.and_(self.flags, ir.Constant(I32, bit)),
                                    ir.Constant(I32, 0))

    def _lower_fragment(self, emitter: _NodeValues, fragment: tuple[Expr, Expr],
                        end: ir.Value) -> None:
        b = self.b
        is_frag, first = emitter.cond(fragment[0]), emitter.cond(fragment[1])
        frag_block = self.fn.append_basic_block("fragment")
        cont = self.fn.append_basic_block("not_fragment")
        b.cbranch(is_frag, frag_block, cont)
        b.position_at_end(frag_block)
        self._store_key(target.KEY_IS_FRAG, ir.Constant(I8, 1), 1)
        first_block = self.fn.append_basic_block("first_fragment")
        later_block = self.fn.append_basic_block("later_fragment")
        b.cbranch(first, first_block, later_block)
        b.position_at_end(later_block)
        self._exit(target.BPF_OK, end)  # later fragments carry no headers to parse
        b.position_at_end(first_block)
        self._store_key(target.KEY_IS_FIRST_FRAG, ir.Constant(I8, 1), 1)
        self._exit_if(b.not_(self._flag(target.FLAG_PARSE_1ST_FRAG)), target.BPF_OK, end)
        b.branch(cont)
        b.position_at_end(cont)


class _VolatileStore(ir.StoreInstr):
    """``store volatile`` (llvmlite has no flag for it): LLVM must keep it as written."""

    def descr(self, buf: list[str]) -> None:
        value, ptr = self.operands
        buf.append(f"store volatile {value.type} {value.get_reference()}, {ptr.type} "
                   f"{ptr.get_reference()}, align {value.type.width // 8}\n")


class _VolatileLoad(ir.LoadInstr):
    """``load volatile``: LLVM may neither forward the store above nor merge the loads
    of several predecessors into their successor, which would undo the forgetting."""

    def descr(self, buf: list[str]) -> None:
        [ptr] = self.operands
        buf.append(f"load volatile {self.type}, {ptr.type} {ptr.get_reference()}, "
                   f"align {self.type.width // 8}\n")


class _NodeValues:
    """Field loads and expression values for one header, each container loaded once."""

    def __init__(self, lowering: Lowering, hdr: ir.Value) -> None:
        self.lw = lowering
        self.b = lowering.b
        self.hdr = hdr
        self.cache: dict[tuple[int, int], ir.Value] = {}

    def _raw(self, offset: int, size: int) -> ir.Value:
        """The ``size``-byte word at ``hdr + offset`` as stored (network order)."""
        key = (offset, size)
        if key not in self.cache:
            ptr = self.b.gep(self.hdr, [i64(offset)], source_etype=I8)
            self.cache[key] = self.b.load(ptr, typ=INT_TYPES[size], align=size)
        return self.cache[key]

    def field(self, ref: FieldRef) -> ir.Value:
        """The field's value in host order, as i64."""
        first = ref.bit_offset // 8
        end_bit = ref.bit_offset + ref.bit_width
        nbytes = (end_bit + 7) // 8 - first
        size = next(s for s in (1, 2, 4, 8) if s >= nbytes)
        start = first + nbytes - size  # widen backwards: never read past the field's end
        if start < 0:
            start = 0
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
            return b.icmp_unsigned(expr.op, self.value(expr.left), self.value(expr.right))
        if isinstance(expr, Binary) and expr.op in ("and", "or"):
            left, right = self.cond(expr.left), self.cond(expr.right)
            return b.and_(left, right) if expr.op == "and" else b.or_(left, right)
        return b.icmp_unsigned("!=", self.value(expr), i64(0))

    def store_key(self, key: str, expr: Expr) -> None:
        slot = KEY_SLOTS[key]
        if key in ADDRESS_KEYS:
            # Addresses are copied as stored, in words of the natural width.
            assert isinstance(expr, FieldRef)
            base = expr.bit_offset // 8
            word = 8 if slot.size == 16 else 4
            for part in range(0, slot.size, word):
                self.lw._store_key(slot.offset + part, self._raw(base + part, word), word)
            return
        value = self.b.trunc(self.value(expr), INT_TYPES[slot.size])
        if slot.network_order and slot.size > 1:
            value = self.b.bswap(value)
        self.lw._store_key(slot.offset, value, slot.size)


def lower_graph(graph: ParseGraph, graph_json: bytes | None = None,
                stats: bool = False) -> ir.Module:
    """The LLVM module for ``graph`` (call ``check_graph`` first); ``stats`` adds the
    per-protocol and per-verdict counters."""
    return Lowering(graph, graph_json, stats).lower()
