"""LLVM IR -> optimised IR, BPF assembly and a BPF ELF object, in process.

The only user of ``llvmlite.binding``: no clang, no llc, no subprocess. Loop unrolling is
off (flowdsl unrolls bounded repeats itself), the optimisation level is O2.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import llvmlite.binding as llvm
import llvmlite.ir as ir
from flowdsl.codegen import target


@functools.cache
def _target_machine() -> llvm.TargetMachine:
    llvm.initialize_all_targets()
    llvm.initialize_all_asmprinters()
    return llvm.Target.from_triple(target.TRIPLE).create_target_machine(
        cpu=target.CPU, opt=2, reloc="static", codemodel="small")


@dataclass(frozen=True)
class Compiled:
    optimized_ir: str
    assembly: str
    obj: bytes


def optimize(module: ir.Module | str) -> llvm.ModuleRef:
    """``module``, or its text when the caller has it already (printing a module with
    debug info is a good part of a build's time)."""
    tm = _target_machine()
    mod = llvm.parse_assembly(module if isinstance(module, str) else str(module))
    mod.verify()
    tuning = llvm.create_pipeline_tuning_options(speed_level=2)
    tuning.loop_unrolling = False
    tuning.loop_vectorization = False
    tuning.slp_vectorization = False
    builder = llvm.create_pass_builder(tm, tuning)
    builder.getModulePassManager().run(mod, builder)
    mod.verify()
    return mod


def compile_module(module: ir.Module | str, want_assembly: bool = False) -> Compiled:
    tm = _target_machine()
    mod = optimize(module)
    assembly = tm.emit_assembly(mod) if want_assembly else ""
    return Compiled(str(mod), assembly, tm.emit_object(mod))


def emit_object(module: ir.Module) -> bytes:
    return compile_module(module).obj
