"""Debug info: BTF and line info in the object, code unchanged by it, and objects that
name no directory of the build machine (the same bytes from any checkout)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from flowdsl.codegen.backend import compile_module
from flowdsl.codegen.build import build
from flowdsl.codegen.debuginfo import PACKAGE_ROOT, graph_sources, portable_names
from flowdsl.codegen.lower import lower_graph
from flowdsl.dsl.graph import ParseGraph
from flowdsl.dsl.spec import load_spec
from flowdsl.protocols import default_graph
from flowdsl.runtime.elf import read_elf, sections

from flowdsl.pipeline import load_graph

CHECKOUT = Path(__file__).resolve().parents[2]
SHIM = CHECKOUT / "examples" / "shim.py"


def _sections(obj: bytes) -> set[str]:
    return {s.name for s in sections(obj)}


def _names(graph: ParseGraph) -> dict[str, str]:
    return portable_names(source.file for source in graph_sources(graph))


def test_object_has_btf_and_no_dwarf() -> None:
    obj = build(default_graph()).obj
    sections = _sections(obj)
    assert {".BTF", ".BTF.ext"} <= sections
    assert not {s for s in sections if s.startswith(".debug_") and s != ".debug_frame"}
    btf = read_elf(obj).btf
    assert btf is not None and btf.func_info_cnt == 1 and btf.line_info_cnt > 100


def test_line_info_names_spec_files_and_their_lines() -> None:
    lines = read_elf(build(default_graph()).obj).btf.lines  # type: ignore[union-attr]
    assert lines[0].insn == 0
    assert [line.insn for line in lines] == sorted({line.insn for line in lines})
    files = {line.file for line in lines}
    assert "protocols/ip.py" in files and "protocols/transport.py" in files
    assert all(re.fullmatch(r"protocols/\w+\.py", file) for file in files), files
    for line in lines:  # the text is the file's own line
        real = (PACKAGE_ROOT / line.file).read_text().splitlines()[line.line - 1]
        assert line.text == real.strip(), line
    texts = {(line.file, line.text) for line in lines}
    assert ("protocols/ip.py", "class IPv4(Header):") in texts  # its bounds check
    assert ("protocols/ip.py", "src = IPv4Address()") in texts  # a field's load
    # the parts of a Protocol(...) at their own lines: a require, a key, the select, a
    # fragment condition, the variable part's field
    assert {("protocols/ip.py", "require=[IPv4.ihl >= 5],"),
            ("protocols/ip.py", '"ipv4_src": IPv4.src,'),
            ("protocols/ip.py", "select=IPv4.protocol,"),
            ("protocols/ip.py", "first=(IPv4.frag_off & 0x1FFF) == 0,"),
            ("protocols/ip.py", "options = Bytes(length=ihl * 4 - 20, max=40)")} <= texts
    assert any(file == "protocols/__init__.py" and text.startswith("bind(")
               for file, text in texts)  # an edge taken


def _weights(module: object) -> dict[str, str]:
    """The module's branch-weight metadata by number: ``{"5": '!{!"branch_weights", ...}'}``."""
    return {m[1]: m[2] for m in re.finditer(r'^!(\d+) = (!\{ !"branch_weights".*\})$',
                                            str(module), re.M)}


def test_every_instruction_has_a_location_and_the_code_is_the_same() -> None:
    graph = default_graph()
    plain = lower_graph(graph)
    located = lower_graph(graph, file_names=_names(graph))
    body = str(located).split("define", 1)[1].split("\n}\n", 1)[0]
    instructions = [ln for ln in body.splitlines()[1:]
                    if ln.startswith("  ") and ln.strip()]
    assert instructions and all("!dbg !" in ln for ln in instructions), \
        next(ln for ln in instructions if "!dbg !" not in ln)
    stripped = re.sub(r"\s*,?\s*!dbg !\d+", "", body)
    # branch weights are numbered among the debug metadata: compare them by what they say
    weights = _weights(located)
    stripped = re.sub(r"\s*, !prof !(\d+)", lambda m: f", !prof {weights[m[1]]}", stripped)
    plain_weights = _weights(plain)
    plain_body = str(plain).split("define", 1)[1].split("\n}\n", 1)[0]
    assert stripped == re.sub(r"\s*, !prof !(\d+)",
                              lambda m: f", !prof {plain_weights[m[1]]}", plain_body)
    before, after = compile_module(plain).obj, compile_module(located).obj
    assert read_elf(before).insns == read_elf(after).insns


def test_no_absolute_path_and_the_embedded_graph_rebuilds_the_same_object(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The object names no directory; its own graph, built again, gives the same bytes:
    the library's from anywhere, a spec's where its files are (elsewhere its lines lose
    their text, which only the files have)."""
    for graph, where in ((default_graph(), tmp_path), (load_spec(SHIM), SHIM.parent)):
        obj = build(graph).obj
        assert str(CHECKOUT).encode() not in obj
        assert str(Path.home()).encode() not in obj or str(Path.home()) == "/"
        monkeypatch.chdir(where)
        embedded = read_elf(obj).graph
        assert embedded is not None
        assert build(ParseGraph.from_dict(embedded.data)).obj == obj
        monkeypatch.chdir(CHECKOUT)


def _install_copy(where: Path) -> Path:
    """The package as a wheel lays it out (flowdsl/ with dsl/, codegen/, ... inside),
    and the example spec beside it: a second machine's checkout."""
    package = where / "site" / "flowdsl"
    shutil.copytree(CHECKOUT / "flowdsl", package,
                    ignore=shutil.ignore_patterns("__pycache__"))
    for sub in ("dsl", "codegen", "runtime", "protocols"):
        shutil.copytree(CHECKOUT / sub, package / sub,
                        ignore=shutil.ignore_patterns("__pycache__"))
    (where / "specs").mkdir()
    shutil.copy(SHIM, where / "specs" / "shim.py")
    return where


def _build_in(copy: Path, cwd: Path, *argv: str) -> bytes:
    out = cwd / "out.o"
    env = {**os.environ, "PYTHONPATH": str(copy / "site"), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([sys.executable, "-m", "flowdsl", "build", *argv, "--no-verify",
                           "-o", str(out)], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    return out.read_bytes()


def test_the_same_spec_gives_the_same_bytes_from_any_directory(tmp_path: Path) -> None:
    first = _install_copy(tmp_path / "one")
    second = _install_copy(tmp_path / "deeper" / "two")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    library = [_build_in(first, first), _build_in(second, elsewhere)]
    assert library[0] == library[1]
    assert library[0] == build(default_graph()).obj  # the checkout's own build, too
    shim = [_build_in(first, first / "specs", "shim.py"),
            _build_in(second, elsewhere, str(second / "specs" / "shim.py"))]
    assert shim[0] == shim[1]
    # examples/shim.py in the checkout, built here (the command's default profile)
    assert shim[0] == build(load_graph(str(SHIM), None)).obj
    for obj in (*library, *shim):
        assert b"/one/" not in obj and b"/two/" not in obj and str(tmp_path).encode() not in obj
    lines = read_elf(shim[0]).btf.lines  # type: ignore[union-attr]
    assert "shim.py" in {line.file for line in lines}
