"""``flowdsl build --emit dot|summary|graph``: the parse graph as a picture (checked by
Graphviz's ``dot``), as tables, and as JSON with named fields."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from flowdsl.dsl.graph import ParseGraph
from flowdsl.protocols import library_graph, with_profile

from flowdsl.cli import main
from flowdsl.errors import EXIT_OUTPUT
from tests.conftest import ON_CI

ROOT = Path(__file__).resolve().parents[2]
SHIM = ROOT / "examples" / "shim.py"


def _need_dot() -> str:
    dot = shutil.which("dot")
    if dot is None:
        if ON_CI:
            pytest.fail("Graphviz's dot is not installed (.ci/run installs graphviz)")
        pytest.skip("Graphviz's dot is not installed (apt-get install graphviz)")
    return dot


def _emit(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["build", *args]) == 0
    return capsys.readouterr().out


def _node_attrs(dot: str, name: str) -> str:
    found = re.search(rf'^  "{name}" \[(.*)\];$', dot, re.M)
    assert found, f"no node {name}"
    return found[1]


def test_dot_structure(capsys: pytest.CaptureFixture[str]) -> None:
    dot = _emit(capsys, "--emit", "dot")
    kernel = with_profile(library_graph(), "kernel")[0]
    for node in library_graph().nodes:  # every protocol, enabled or not
        _node_attrs(dot, node.name)
    assert 'label="flowdsl parse graph, profile kernel: encap_depth 1' in dot
    # an edge labelled with its select and value; VLAN's two TPIDs on one arrow
    assert re.search(r'"ipv4" -> "tcp" \[label="IPv4.protocol = 0x6", '
                     r'tooltip="protocols/__init__.py:\d+"\];', dot)
    assert "/work/" not in dot and 'tooltip="/' not in dot
    assert re.search(r'"entry" -> "vlan" \[label="n_proto = 0x8100, 0x88a8"', dot)
    # keys, policies and limits in the node
    ipv4 = _node_attrs(dot, "ipv4")
    assert "keys addr_proto n_proto ipv4_src ipv4_dst ip_proto" in ipv4
    assert "require (IPv4.ihl >= 5)" in ipv4 and "unknown: stop" in ipv4
    assert "limit vlan_tags = 2" in _node_attrs(dot, "vlan")
    # disabled protocols (and the bindings to them) greyed and dashed
    vxlan = _node_attrs(dot, "vxlan")
    assert "color=gray60" in vxlan and "dashed" in vxlan and "left out by profile kernel" \
        in vxlan
    assert "color=gray60" not in _node_attrs(dot, "udp")
    assert re.search(r'"udp" -> "vxlan" \[label="UDP.dport = 0x12b5"[^]]*color=gray60', dot)
    disabled = {n.name for n in library_graph().nodes} - set(kernel.names)
    assert {m for m in re.findall(r'^  "(\w+)" \[.*class=disabled', dot, re.M)} == disabled


def test_dot_is_valid_graphviz(capsys: pytest.CaptureFixture[str]) -> None:
    """`dot -Tsvg` accepts every shipped profile's picture, and the disabled protocols
    come out grey in the SVG."""
    dot_tool = _need_dot()
    for profile in ("kernel", "overlay", "minimal"):
        dot = _emit(capsys, "--emit", "dot", "--profile", profile)
        done = subprocess.run([dot_tool, "-Tsvg"], input=dot.encode(), capture_output=True,
                              check=False)
        assert done.returncode == 0, done.stderr.decode()
        svg = done.stdout.decode()
        assert "<title>ipv4</title>" in svg and "<title>ipv4&#45;&gt;tcp</title>" in svg
        if profile == "kernel":
            group = re.search(r'<g id="node\d+" class="node disabled">\s*<title>vxlan</title>'
                              r'(.*?)</g>', svg, re.S)
            assert group and 'stroke="#999999"' in group[1]


@pytest.mark.parametrize("suffix,magic", [(".svg", b"<svg"), (".png", b"\x89PNG"),
                                          (".pdf", b"%PDF")])
def test_dot_renders_by_suffix(suffix: str, magic: bytes, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    _need_dot()
    out = tmp_path / f"graph{suffix}"
    assert main(["build", "--emit", "dot", "-o", str(out)]) == 0
    assert magic in out.read_bytes()[:400]
    assert f"rendered by dot -T{suffix[1:]}" in capsys.readouterr().out


def test_dot_without_graphviz_says_how_to_install(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """No `dot` on PATH: exit 9 (the output asked for cannot be written), the install
    command, the DOT alternative, and no file left behind; DOT text needs no Graphviz."""
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    out = tmp_path / "graph.svg"
    assert main(["build", "--emit", "dot", "-o", str(out)]) == EXIT_OUTPUT
    err = capsys.readouterr().err
    assert "`dot` is not on PATH" in err and "apt-get install graphviz" in err
    assert "-o graph.dot" in err
    assert not out.exists() and os.listdir(tmp_path) == []
    assert main(["build", "--emit", "dot", "-o", str(tmp_path / "graph.dot")]) == 0
    assert (tmp_path / "graph.dot").read_text().startswith("digraph flowdsl {")


def test_dot_of_a_spec(capsys: pytest.CaptureFixture[str]) -> None:
    dot = _emit(capsys, "--emit", "dot", str(SHIM))
    assert "Shim, 8 B" in _node_attrs(dot, "shim")
    assert re.search(r'"udp" -> "shim" \[label="UDP.dport = 0x1e61", tooltip="[\w/]*shim.py:'
                     r'\d+"\];', dot)
    assert '"shim" -> "ipv4" [label="Shim.ethertype = 0x800", tooltip=' in dot
    assert "encap" in _node_attrs(dot, "shim")


def test_dot_is_deterministic(capsys: pytest.CaptureFixture[str]) -> None:
    assert _emit(capsys, "--emit", "dot") == _emit(capsys, "--emit", "dot")


def test_summary_tables(capsys: pytest.CaptureFixture[str]) -> None:
    text = _emit(capsys, "--emit", "summary")
    head, _, rest = text.partition("\n")
    assert head.startswith("# profile kernel: 31 protocols, 10 disabled; limits "
                           "encap_depth 1")
    protocols = rest.split("## bindings")[0]
    assert re.search(r"^ipv4 +IPv4 +20\.\.60 +addr_proto n_proto ipv4_src ipv4_dst ip_proto "
                     r"+IPv4\.protocol +stop +drop +skip +- +frag +protocols/ip\.py:\d+$",
                     protocols, re.M)
    bindings = rest.split("## bindings")[1].split("## disabled")[0]
    assert re.search(r"^ipv4 +0x6 +tcp +- +protocols/__init__\.py:\d+$", bindings, re.M)
    assert re.search(r"^tcp +always +tcp_header", bindings, re.M) is None  # disabled
    disabled = text.split("## disabled by the profile")[1]
    assert re.search(r"^vxlan +VXLAN +protocols/tunnels\.py:\d+$", disabled, re.M)
    assert "/work/" not in text


def test_summary_of_the_overlay_profile(capsys: pytest.CaptureFixture[str]) -> None:
    text = _emit(capsys, "--emit", "summary", "--profile", "overlay")
    assert re.search(r"^udp +0x12b5 +vxlan", text, re.M)  # the profile's ports
    assert re.search(r"^udp +0x2118 +vxlan", text, re.M)
    assert "## disabled" not in text


def test_emit_graph_has_named_fields(capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(_emit(capsys, "--emit", "graph", "--no-verify"))
    ipv4 = next(n for n in data["nodes"] if n["name"] == "ipv4")
    edge = next(e for e in ipv4["edges"] if e["target"] == "tcp")
    assert edge["match"] == {"kind": "value", "value": 6, "text": "0x6"}
    assert edge["field"] == "protocol" and edge["encap"] is False and edge["keys"] == {}
    assert set(edge["source"]) == {"file", "line"}
    field = ipv4["header"]["fields"][0]
    assert {k: field[k] for k in ("name", "bit_offset", "bit_width", "kind")} == {
        "name": "version", "bit_offset": 0, "bit_width": 4, "kind": "uint"}
    assert ipv4["keys"][2]["key"] == "ipv4_src"
    assert ipv4["keys"][2]["value"]["text"] == "IPv4.src"
    assert ipv4["select"]["text"] == "IPv4.protocol"
    assert ipv4["requires"][0]["text"] == "(IPv4.ihl >= 5)"
    assert ipv4["fragment"]["is_frag"]["text"] == "((IPv4.frag_off & 0x3fff) != 0)"

    def positional(value: object) -> bool:  # a list of scalars or lists, anywhere
        if isinstance(value, dict):
            return any(positional(v) for v in value.values())
        if isinstance(value, list):
            return any(not isinstance(v, dict) for v in value) or any(map(positional, value))
        return False

    assert not positional(data["nodes"])


def test_objects_keep_the_compact_graph() -> None:
    """The embedded section is ``to_dict`` (positional, read back by the runtime);
    only the user-facing emit is named, and it describes the same graph."""
    graph = with_profile(library_graph(), "kernel")[0]
    assert ParseGraph.from_dict(graph.to_dict()).to_dict() == graph.to_dict()
    named = graph.to_named_dict()
    assert [n["name"] for n in named["nodes"]] == graph.names
    assert sum(len(n["edges"]) for n in named["nodes"]) == sum(len(n.edges)
                                                              for n in graph.nodes)


README_PACKET = "020000000000020000000001080045000014000100004000"  # IPv4, cut at 10 bytes


def test_readme_examples(tmp_path: Path) -> None:
    """The commands of the README's "--trace" and "--emit dot/summary/graph" text, as
    written, in a fresh directory."""
    def flowdsl(*args: str) -> tuple[int, str, str]:
        done = subprocess.run([sys.executable, "-m", "flowdsl", *args], capture_output=True,
                              text=True, cwd=tmp_path, check=False)
        return done.returncode, done.stdout, done.stderr

    assert flowdsl("build")[0] == 0
    code, out, _ = flowdsl("test", "flowdsl.o", "--samples", "--trace")
    assert code == 0 and out.count("   why: ") == out.count(" B): ")
    code, out, _ = flowdsl("test", "--packet", README_PACKET, "--trace")
    assert code == 0 and "why: BPF_DROP: ipv4: the packet ends inside IPv4 (needs 20 " \
        "bytes at offset 14, has 10), on_short drop  (protocols/ip.py:" in out
    code, out, _ = flowdsl("test", "--packet", README_PACKET, "--trace", "--json")
    assert code == 0 and json.loads(out)["packets"][0]["trace"]["cause_node"] == "ipv4"
    code, out, _ = flowdsl("build", "--emit", "summary", "--profile", "overlay")
    assert code == 0 and out.startswith("# profile overlay: 41 protocols, 0 disabled")
    assert flowdsl("build", "--emit", "graph", "-o", "graph.json")[0] == 0
    assert flowdsl("build", "--emit", "dot", "-o", "graph.dot")[0] == 0
    if shutil.which("dot"):
        code, out, _ = flowdsl("build", "--emit", "dot", "-o", "graph.svg")
        assert code == 0 and "rendered by dot -Tsvg" in out
        assert (tmp_path / "graph.svg").read_bytes().startswith(b"<?xml")


def test_an_output_named_like_a_picture_gets_one(tmp_path: Path) -> None:
    """`-o graph.svg` without --emit once wrote the ELF object under that name: a file
    name ending in .svg, .png, .pdf or .dot means --emit dot; an explicit --emit wins."""
    dot_file = tmp_path / "graph.dot"
    assert main(["build", "-o", str(dot_file)]) == 0
    assert dot_file.read_text().startswith("digraph ")
    explicit = tmp_path / "object.dot"
    assert main(["build", "--emit", "obj", "--no-verify", "-o", str(explicit)]) == 0
    assert explicit.read_bytes()[:4] == b"\x7fELF"
    plain = tmp_path / "flowdsl.bin"
    assert main(["build", "--no-verify", "-o", str(plain)]) == 0
    assert plain.read_bytes()[:4] == b"\x7fELF"
    _need_dot()
    svg = tmp_path / "graph.SVG"
    assert main(["build", "-o", str(svg)]) == 0
    assert b"<svg" in svg.read_bytes()[:400]
