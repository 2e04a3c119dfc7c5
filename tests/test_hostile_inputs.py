"""No Python traceback ever reaches a user: fuzzed profiles, corrupted and foreign
objects, malformed packets; each ends in a FlowdslError with its documented exit code."""

from __future__ import annotations

import struct
import tracemalloc

import pytest
from flowdsl.codegen.build import build
from flowdsl.dsl.profile import apply_profile, parse_profile
from flowdsl.protocols import default_graph, library_graph
from flowdsl.runtime.elf import read_elf, sections
from flowdsl.runtime.loader import load_object
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flowdsl.cli import main
from flowdsl.errors import EXIT_ELF, EXIT_INPUT, ElfError, FlowdslError, SpecError
from tests.conftest import load_or_skip

GOOD = build(default_graph()).obj
LIBRARY = library_graph()
words = st.sampled_from(["profile", "protocols", "limits", "policies", "bindings", "enable",
                         "disable", "encap_depth", "on_limit", "repeats", "vlan_tags", "ipv4",
                         "udp -> vxlan", "stop", "kernel", "gre", "name", "entry"])
values = st.recursive(st.one_of(st.integers(-3, 70000), st.text(max_size=8), words,
                                st.booleans()),
                      lambda inner: st.lists(inner, max_size=4), max_leaves=6)


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, int):
        return str(value)
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


@st.composite
def profile_texts(draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        return draw(st.text(max_size=200))
    lines = []
    for _ in range(draw(st.integers(0, 4))):
        lines.append(f"[{draw(words)}]")
        for _ in range(draw(st.integers(0, 4))):
            lines.append(f'"{draw(words)}" = {toml_value(draw(values))}')
    return "\n".join(lines)


@settings(max_examples=1500, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(text=profile_texts())
def test_fuzzed_profiles_give_spec_errors(text: str) -> None:
    try:
        apply_profile(LIBRARY, parse_profile(text, "fuzz.toml"))
    except SpecError as error:
        assert all(p.source.file == "fuzz.toml" for p in error.problems)


@settings(max_examples=1500, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(cut=st.integers(0, len(GOOD)), flips=st.lists(
    st.tuples(st.integers(0, len(GOOD) - 1), st.integers(0, 255)), max_size=6))
def test_corrupted_objects_give_elf_errors(cut: int, flips: list[tuple[int, int]]) -> None:
    data = bytearray(GOOD[:cut] if cut < len(GOOD) else GOOD)
    for at, value in flips:
        if at < len(data):
            data[at] = value
    try:
        read_elf(bytes(data), "fuzz.o")
    except ElfError as error:
        assert "fuzz.o" in str(error)


def test_section_headers_that_claim_the_whole_file_cost_no_memory() -> None:
    """Every section header of a small file may claim all of it: the reader copies a
    section's bytes only when it uses them (2,000 such headers of 128 KB once took
    257 MB), and says what is wrong."""
    count, size = 2000, 128 * 1024
    data = bytearray(size)
    struct.pack_into("<4sBB", data, 0, b"\x7fELF", 2, 1)  # ELF64, little-endian
    struct.pack_into("<HH", data, 16, 1, 247)  # ET_REL, EM_BPF
    struct.pack_into("<Q10xHHH", data, 40, 64, 64, count, 0)  # shoff, shentsize, shnum
    for i in range(count):
        struct.pack_into("<IIQQQQIIQQ", data, 64 + 64 * i, 0, 1, 0, 0, 1, size - 1, 0, 0,
                         0, 0)
    tracemalloc.start()
    try:
        with pytest.raises(ElfError, match="no 'flow_dissector' section"):
            read_elf(bytes(data), "wide.o")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * size, peak


def test_relocations_are_read_by_section_type() -> None:
    """The relocations of the program section are those of a SHT_REL or SHT_RELA
    section (the ELF specification's rule); another type under that name is refused."""
    stats_object = build(default_graph(), stats=True).obj
    assert read_elf(stats_object).has_stats
    shoff, = struct.unpack_from("<Q", stats_object, 40)
    index = next(i for i, s in enumerate(sections(stats_object))
                 if s.name == ".relflow_dissector")
    data = bytearray(stats_object)
    struct.pack_into("<I", data, shoff + 64 * index + 4, 1)  # SHT_PROGBITS
    with pytest.raises(ElfError, match="not a relocation section"):
        read_elf(bytes(data), "odd.o")


def test_corrupted_programs_are_refused_cleanly() -> None:
    load_or_skip(GOOD).close()
    obj = read_elf(GOOD)
    code_start = GOOD.index(obj.insns)
    for step in range(0, len(obj.insns), 997):  # flip an instruction byte here and there
        data = bytearray(GOOD)
        data[code_start + step] ^= 0x5A
        try:
            with load_object(read_elf(bytes(data))):
                pass
        except FlowdslError:
            pass


def test_foreign_objects(tmp_path) -> None:  # type: ignore[no-untyped-def]
    x86 = bytearray(GOOD)
    x86[18:20] = struct.pack("<H", 62)  # EM_X86_64
    big = bytearray(GOOD)
    big[5] = 2  # big-endian
    cases = {"x86.o": (bytes(x86), "not for BPF"), "be.o": (bytes(big), "little-endian"),
             "text.o": (b"int main() { return 0; }\n", "not an ELF file"),
             "empty.o": (b"", "not an ELF file")}
    for name, (data, message) in cases.items():
        with pytest.raises(ElfError, match=message):
            read_elf(data, name)
        (tmp_path / name).write_bytes(data)
        assert main(["test", str(tmp_path / name), "--samples"]) == EXIT_ELF


# (a --packet longer than the kernel test-runs is cut to 4096 bytes with a note, as a
# capture's frame is: tests/cli/test_captures.py)
@pytest.mark.parametrize("packet", ["abc", "zz00", "00" * 13, ""])
def test_malformed_packets(packet: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["test", "--reference-only", "--packet", packet]) == EXIT_INPUT
    assert "Traceback" not in capsys.readouterr().err
