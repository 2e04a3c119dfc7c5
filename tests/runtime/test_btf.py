"""Programs loaded with their BTF and line info; a BTF the kernel refuses; verifier
rejections at the spec line."""

from __future__ import annotations

import dataclasses
import struct
from collections.abc import Iterator

import pytest
from flowdsl.codegen import lower
from flowdsl.codegen.build import build
from flowdsl.dsl.graph import Node
from flowdsl.protocols import default_graph
from flowdsl.protocols.transport import UDP
from flowdsl.runtime import loader
from flowdsl.runtime.btf import BtfFormatError, line_at, program_btf
from flowdsl.runtime.elf import BpfObject, read_elf, sections
from flowdsl.runtime.loader import line_info, load_object, rejected_at
from flowdsl.runtime.shared import program_digest

from flowdsl.cli import main
from flowdsl.errors import VerifierError
from tests.conftest import load_or_skip


@pytest.fixture
def obj() -> BpfObject:
    return read_elf(build(default_graph()).obj)


@pytest.fixture
def fresh_warnings() -> Iterator[None]:
    saved = set(loader._warned)
    loader._warned.clear()
    yield
    loader._warned.clear()
    loader._warned.update(saved)


def test_program_is_loaded_with_its_btf_and_line_info(obj: BpfObject) -> None:
    assert obj.btf is not None
    with load_or_skip(build(default_graph()).obj) as program:
        info = program.info
        assert info.btf_id != 0 and info.nr_func_info == 1
        assert info.nr_line_info == obj.btf.line_info_cnt > 0
        assert info.name == "flowdsl_kernel"  # what bpftool prog show says
        kernel = line_info(program.fd.fd)
    # the kernel's records are the object's, in instructions; they name spec lines
    ours = [struct.unpack_from("<IIII", obj.btf.line_info, i)
            for i in range(0, len(obj.btf.line_info), obj.btf.line_info_rec_size)]
    assert kernel == ours
    assert [line.insn for line in obj.btf.lines] == [record[0] for record in kernel]
    located = {(line.file, line.text) for line in obj.btf.lines}
    assert ("protocols/ip.py", "class IPv4(Header):") in located
    assert ("protocols/transport.py", "sport = U16()") in located


def test_btf_does_not_change_the_program_or_its_digest(obj: BpfObject) -> None:
    """Shared programs are keyed by instructions and license: BTF (which names lines
    that may move without the code changing) is left out, and builds with and without
    debug info are one program."""
    plain = read_elf(build(default_graph(), debug=False).obj)
    assert plain.btf is None and plain.insns == obj.insns
    assert program_digest(plain) == program_digest(obj)
    assert program_digest(dataclasses.replace(obj, btf=None)) == program_digest(obj)


def _corrupt_header_flags(obj: BpfObject) -> BpfObject:
    """A BTF whose header has a flag no kernel knows: it parses, the kernel refuses it."""
    assert obj.btf is not None
    data = bytearray(obj.btf.data)
    data[3] = 0x80
    return dataclasses.replace(obj, btf=dataclasses.replace(obj.btf, data=bytes(data)))


def test_a_refused_btf_loads_without_it_and_warns_once(
        obj: BpfObject, fresh_warnings: None, capsys: pytest.CaptureFixture[str]) -> None:
    load_or_skip(build(default_graph()).obj).close()
    broken = _corrupt_header_flags(obj)
    for _ in range(2):
        with load_object(broken) as program:
            assert program.info.btf_id == 0 and program.info.nr_line_info == 0
            assert program.info.verified_insns > 0
    err = capsys.readouterr().err
    assert err.count("warning:") == 1, err
    assert "refused the program's BTF" in err and "without" in err


def test_refused_line_info_loads_without_it(
        obj: BpfObject, fresh_warnings: None, capsys: pytest.CaptureFixture[str]) -> None:
    """The kernel takes the BTF but not the line info (here: none at instruction 0)."""
    load_or_skip(build(default_graph()).obj).close()
    assert obj.btf is not None
    size = obj.btf.line_info_rec_size
    btf = dataclasses.replace(obj.btf, line_info=obj.btf.line_info[size:])
    with load_object(dataclasses.replace(obj, btf=btf)) as program:
        assert program.info.nr_line_info == 0
    assert capsys.readouterr().err.count("warning:") == 1


def test_unparsable_btf_is_no_object_error(fresh_warnings: None,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    data = build(default_graph()).obj
    at = next(s.offset for s in sections(data) if s.name == ".BTF")
    broken = read_elf(data[:at] + b"\0\0" + data[at + 2:])
    assert broken.btf is None and "magic" in broken.btf_problem
    with pytest.raises(BtfFormatError):
        program_btf(b"\x9f\xeb\x01\0" + bytes(20), b"", "flow_dissector", 1)
    with load_or_skip(data[:at] + b"\0\0" + data[at + 2:]) as program:
        assert program.info.btf_id == 0
    assert "BTF is unusable" in capsys.readouterr().err


def test_rejected_at_reads_the_last_line_note() -> None:
    obj = read_elf(build(default_graph()).obj)
    assert obj.btf is not None
    lines = obj.btf.lines
    target = next(line for line in lines if line.text == "class UDP(Header):")
    log = (f"; {lines[0].text} @ link.py:{lines[0].line}\n0: (61) r2 = *(u32 *)(r1 +76)\n"
           f"; {target.text} @ transport.py:{target.line}\n"
           f"{target.insn}: (71) r0 = *(u8 *)(r10 +252)\ninvalid read from stack\n")
    found = rejected_at(log, lines)
    assert found is not None and found.location == f"protocols/transport.py:{target.line}"
    # without the program's line info: the log's own note, as the kernel prints it
    alone = rejected_at(log)
    assert alone is not None and alone.location == f"transport.py:{target.line}"
    # an older kernel's notes carry no file: the instruction index decides
    old = rejected_at(f"; {target.text}\n{target.insn}: (71) r0 = *(u8 *)(r10 +252)\n", lines)
    assert old == line_at(lines, target.insn)
    assert rejected_at("0: (95) exit\nR0 !read_ok\n") is None


def _plant_udp_fault(monkeypatch: pytest.MonkeyPatch) -> None:
    """A deliberately wrong lowering: UDP reads a byte 300 bytes past what its bounds
    check covers (tests/runtime/test_runtime.py plants the same fault)."""
    original = lower.node_words

    def broken(node: Node) -> list[tuple[int, int]]:
        words = original(node)
        return [*words, (300, 1)] if node.name == "udp" else words

    monkeypatch.setattr(lower, "node_words", broken)


def test_verifier_rejection_names_the_spec_line(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    load_or_skip(build(default_graph()).obj).close()
    _plant_udp_fault(monkeypatch)
    with pytest.raises(VerifierError) as info:
        load_object(read_elf(build(default_graph()).obj))
    where = f"protocols/transport.py:{UDP.source.line}"  # the header's bounds check
    assert info.value.location == where
    assert info.value.source_text == "class UDP(Header):"
    assert f"at {where}, in `class UDP(Header):`: " in str(info.value)
    # the command: the spec line, and no rebuilding without one protocol at a time
    assert main(["build", "-o", "/dev/null"]) == 6
    err = capsys.readouterr().err
    assert f"rejected the program at {where}" in err
    assert "without protocol" not in err


def _btf(types: bytes, strings: bytes) -> bytes:
    return struct.pack("<HBBIIIII", 0xEB9F, 1, 0, 24, 0, len(types), len(types),
                       len(strings)) + types + strings


def test_datasec_sizes_and_offsets_are_fixed_up() -> None:
    """libbpf's btf_fixup_datasec: the compiler leaves a DATASEC's size and its
    variables' offsets 0; the ELF section and the symbols give them (a static variable
    keeps its offset)."""
    strings = b"\0int\0counter\0hidden\0.data\0flow_dissector\0"
    name = {s.decode(): strings.index(s + b"\0") for s in strings.split(b"\0")[1:-1]}
    types = (struct.pack("<III", name["int"], 1 << 24, 4) + struct.pack("<I", 32)  # 1 INT
             + struct.pack("<III", name["counter"], 14 << 24, 1) + struct.pack("<I", 1)  # 2 VAR
             + struct.pack("<III", name["hidden"], 14 << 24, 1) + struct.pack("<I", 0)  # 3 static
             + struct.pack("<III", name[".data"], (15 << 24) | 2, 0)  # 4 DATASEC, 2 vars
             + struct.pack("<III", 2, 0, 4) + struct.pack("<III", 3, 0, 4))
    ext = struct.pack("<HBBIIIII", 0xEB9F, 1, 0, 24, 0, 0, 0, 0)
    fixed = program_btf(_btf(types, strings), ext, "flow_dissector", 1,
                        {".data": 16}, {"counter": 8, "hidden": 12})
    datasec = 24 + 16 * 3
    assert struct.unpack_from("<I", fixed.data, datasec + 8)[0] == 16  # the section's size
    assert struct.unpack_from("<I", fixed.data, datasec + 12 + 4)[0] == 8  # counter's symbol
    assert struct.unpack_from("<I", fixed.data, datasec + 24 + 4)[0] == 0  # static: as it was
    with pytest.raises(BtfFormatError, match="names no section"):
        program_btf(_btf(types, strings), ext, "flow_dissector", 1, {}, {})


def test_a_dropped_bounds_check_names_the_field_read_past_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A deliberately wrong lowering: UDP's bounds check covers one byte of its header,
    so the linear path's load of a port reads past what the verifier knows: the error
    names that field's line."""
    load_or_skip(build(default_graph()).obj).close()
    original = lower.Lowering._fixed_part

    def one_byte_check(self: lower.Lowering, cursor: object, size: int,
                       *rest: object) -> object:
        return original(self, cursor, 1 if self.label.startswith("udp") else size, *rest)

    monkeypatch.setattr(lower.Lowering, "_fixed_part", one_byte_check)
    with pytest.raises(VerifierError) as info:
        load_object(read_elf(build(default_graph()).obj))
    udp = default_graph().node("udp").header
    assert udp is not None
    ports = {f"protocols/transport.py:{f.source.line}": f"{f.name} = U16()"
             for f in udp.fields if f.name in ("sport", "dport")}
    assert info.value.location in ports
    assert info.value.source_text == ports[info.value.location]
    assert "invalid access to packet" in info.value.summary
