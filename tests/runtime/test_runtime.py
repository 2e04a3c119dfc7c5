"""ELF reading errors, verifier rejections, and the bench command's plumbing."""

from __future__ import annotations

import json
from pathlib import Path

import llvmlite.ir as ir
import pytest
from flowdsl.codegen.backend import compile_module
from flowdsl.codegen.build import build
from flowdsl.protocols import default_graph
from flowdsl.runtime.elf import read_elf
from flowdsl.runtime.loader import load_insns
from flowdsl.runtime.uapi import BPF_EXIT, insn

from flowdsl.cli import main
from flowdsl.errors import ElfError, VerifierError
from tests.conftest import load_or_skip


def _module_with_section(section: str) -> bytes:
    module = ir.Module("x")
    module.triple = "bpfel"
    fn = ir.Function(module, ir.FunctionType(ir.IntType(32), []), name="f")
    fn.section = section
    ir.IRBuilder(fn.append_basic_block()).ret(ir.Constant(ir.IntType(32), 0))
    return compile_module(module).obj


def test_elf_errors_name_the_problem() -> None:
    good = build(default_graph()).obj
    with pytest.raises(ElfError, match="not an ELF file"):
        read_elf(b"hello")
    with pytest.raises(ElfError, match="not a readable ELF object"):
        read_elf(good[:100])
    with pytest.raises(ElfError, match="built for EM_X86_64"):
        read_elf(Path("/bin/true").read_bytes())
    with pytest.raises(ElfError, match="no 'flow_dissector' section"):
        read_elf(_module_with_section("xdp"))
    with pytest.raises(ElfError, match="no 'license' section"):
        read_elf(_module_with_section("flow_dissector"))
    corrupted = good.replace(b'"entry"', b'"ent\xffy"', 1)  # same length
    with pytest.raises(ElfError, match="not valid JSON"):
        read_elf(corrupted)


def test_verifier_rejection_keeps_the_log() -> None:
    load_or_skip(build(default_graph()).obj).close()  # skips without privileges
    # r0 = *(u32 *)(r1 + 0): a flow dissector may not read __sk_buff.len
    bad = bytes([0x61, 0x10, 0, 0, 0, 0, 0, 0]) + insn(BPF_EXIT)
    with pytest.raises(VerifierError) as info:
        load_insns(bad)
    assert "invalid bpf_context access" in info.value.summary
    assert "processed" in info.value.log or "invalid" in info.value.log
    assert info.value.exit_code == 6
    assert "CAP_BPF" not in str(info.value), "a rejection is not a permission problem"


def test_bench_reports_every_class(capsys: pytest.CaptureFixture[str]) -> None:
    load_or_skip(build(default_graph()).obj).close()
    assert main(["bench", "--trials", "2", "--repeat", "1000", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    names = [c["class"] for c in report["classes"]]
    assert "IPv4/TCP" in names and "IPv6 fragment" in names and "GRE TEB/IPv4/TCP" in names
    assert all(c["verdict"] == "BPF_OK" for c in report["classes"])
    assert all(len(c) == 5 for c in report["classes"])
    assert report["verified_insns"] > 0 and report["profile"] == "kernel"
    path = report["whole_path"]
    assert [p["class"] for p in path] == names
    # figures, not a speed claim: a ratio threshold here failed under a second suite's load
    assert all(p["builtin_ns"]["min"] > 0 and p["program_vs_empty"]["median"] > 0
               for p in path)


def test_bench_measures_the_tunnels_of_an_overlay_profile(
        capsys: pytest.CaptureFixture[str]) -> None:
    load_or_skip(build(default_graph()).obj).close()
    assert main(["bench", "--profile", "overlay", "--trials", "1", "--repeat", "100",
                 "--no-path", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {"VXLAN/IPv4/TCP", "GENEVE/IPv4/TCP"} <= {c["class"] for c in report["classes"]}
    assert all(c["verdict"] == "BPF_OK" for c in report["classes"]) and not report["whole_path"]


def test_verifier_rejection_names_the_protocol(monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Without line info, a rejected program is rebuilt without one protocol at a time
    to name the one to look at (with it, the spec line is named: test_btf.py). A fault
    is planted in UDP's code: it reads a byte 300 bytes past what its bounds check
    covers."""
    load_or_skip(build(default_graph()).obj).close()
    from flowdsl.codegen import lower
    from flowdsl.dsl.graph import Node
    from flowdsl.runtime import elf

    monkeypatch.setattr(elf, "_read_btf", lambda *_: (None, ""))  # objects without BTF

    original = lower.node_words

    def broken(node: Node) -> list[tuple[int, int]]:
        words = original(node)
        return [*words, (300, 1)] if node.name == "udp" else words

    monkeypatch.setattr(lower, "node_words", broken)
    assert main(["build", "-o", "/dev/null"]) == 6
    err = capsys.readouterr().err
    assert "the verifier rejected the program" in err
    assert "without protocol 'udp' (" in err and "transport.py:" in err
    assert main(["--verbose", "build", "-o", "/dev/null"]) == 6
    assert "processed" in capsys.readouterr().err  # the verifier's own log
