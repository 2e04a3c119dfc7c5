"""The program-size limit, checked on the lowered IR before LLVM sees it.

LLVM's BPF backend does not relax branches: a jump wider than a signed 16-bit
instruction offset aborts the whole process ("LLVM ERROR: Branch target out of insn
range", SIGABRT), which no caller can catch. So the build estimates the program's size
from the lowered IR and refuses, with what to do, a program that would not fit (E032).
"""

from __future__ import annotations

from pathlib import Path

from flowdsl.codegen import target
from flowdsl.dsl.graph import ParseGraph
from flowdsl.dsl.limits import INSNS_PER_IR_INSN, MAX_PROGRAM_INSNS
from llvmlite import ir

from flowdsl.errors import Problem, SpecError

_LIBRARY = f"{Path(__file__).resolve().parent.parent}/protocols/"


def estimated_insns(module: ir.Module) -> int:
    """An upper estimate of the BPF instructions ``module`` compiles to (calls of
    ``llvm.bpf.passthrough`` not counted: the backend drops them, and a select's tests
    make one each, codegen/lower.py)."""
    lowered = sum(1 for function in module.functions for block in function.blocks
                  for instruction in block.instructions if not _passthrough(instruction))
    return int(lowered * INSNS_PER_IR_INSN)


def _passthrough(instruction: ir.Instruction) -> bool:
    callee = getattr(instruction, "callee", None)
    return isinstance(instruction, ir.CallInstr) and isinstance(callee, ir.Function) and \
        callee.name.startswith(f"{target.PASSTHROUGH}.")


def ensure_fits(module: ir.Module, graph: ParseGraph) -> None:
    estimate = estimated_insns(module)
    if estimate <= MAX_PROGRAM_INSNS:
        return
    # the user's own protocols are the likelier cause than the library's
    mine = [n for n in graph.nodes if not n.source.file.startswith(_LIBRARY)]
    where = (mine or list(graph.nodes))[-1].source
    raise SpecError(Problem(
        "E032", "program",
        f"{len(graph.nodes)} protocols unroll to about {estimate} BPF instructions, past "
        f"the {MAX_PROGRAM_INSNS} a BPF program's jumps can span",
        "disable protocols with a profile, lower encap_depth or the repeats, or split the "
        "protocols over several programs (about 1,000 simple ones fit)",
        where))
