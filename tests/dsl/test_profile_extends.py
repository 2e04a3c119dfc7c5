"""``extends = "kernel"``: a profile that starts from a shipped one, not the library."""

from __future__ import annotations

from pathlib import Path

import pytest
from flowdsl.protocols import library_graph, with_profile

from flowdsl.errors import SpecError


def build_names(tmp_path: Path, text: str) -> tuple[set[str], object]:
    path = tmp_path / "my.toml"
    path.write_text(text)
    graph, _ = with_profile(library_graph(), str(path))
    return set(graph.names), graph.limits


def test_extends_starts_from_the_shipped_profile(tmp_path: Path) -> None:
    kernel = set(with_profile(library_graph(), "kernel")[0].names)
    names, _ = build_names(tmp_path, '[profile]\nextends = "kernel"\n[protocols]\n'
                                     'disable = ["udplite", "gre"]\n')
    assert names == kernel - {"udplite", "gre", "ethernet"}  # ethernet: only inside GRE
    assert "geneve" not in names and "vxlan" not in names  # the library's would have them
    without, _ = build_names(tmp_path, '[protocols]\ndisable = ["udplite", "gre"]\n')
    assert "geneve" in without  # no extends: the whole library, as before


def test_extends_enable_switches_a_base_protocol_on(tmp_path: Path) -> None:
    names, limits = build_names(tmp_path, '[profile]\nextends = "kernel"\n[protocols]\n'
                                          'enable = ["vxlan"]\n[limits]\nencap_depth = 2\n'
                                          '[limits.repeats]\nvlan_tags = 3\n')
    assert "vxlan" in names and "geneve" not in names and "tcp_header" not in names
    assert limits.encap_depth == 2  # type: ignore[attr-defined]
    repeats = dict(limits.repeats)  # type: ignore[attr-defined]
    assert repeats["vlan_tags"] == 3 and repeats["mpls_labels"] == 1  # the kernel's, kept


def test_extends_an_unknown_profile_is_located(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as caught:
        build_names(tmp_path, '[profile]\nname = "x"\nextends = "kernal"\n')
    problem = caught.value.problems[0]
    assert problem.source.line == 3 and "'kernal' is not a shipped profile" in problem.message
    assert "kernel, overlay, minimal" in problem.hint


def test_the_readme_profile(tmp_path: Path) -> None:
    """The README's my.toml: the kernel profile's protocols, VXLAN on its two ports, no
    UDP-Lite or GRE, and none of the library's other tunnels."""
    names, _ = build_names(tmp_path, """[profile]
extends = "kernel"
[protocols]
enable = ["vxlan"]
disable = ["udplite", "gre"]
[limits]
encap_depth = 1
[limits.repeats]
vlan_tags = 2
[policies]
ipv4 = "kernel"
[bindings]
"udp -> vxlan" = [4789, 8472]
""")
    assert "vxlan" in names and not names & {"udplite", "gre", "geneve", "gue", "gtpu"}
