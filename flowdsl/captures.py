"""Capture files as a stream of the frames a flow dissector sees: pcap and pcapng,
read by hand (no scapy), one record at a time, in constant memory.

Formats (the IETF drafts of the tcpdump group, draft-ietf-opsawg-pcap and
draft-ietf-opsawg-pcapng):

- pcap: a 24-byte file header whose magic gives the writer's byte order and the
  timestamp unit (0xA1B2C3D4 microseconds, 0xA1B23C4D nanoseconds; either may appear
  byte-swapped), then records of a 16-byte header (ts, ts, caplen, len) and caplen bytes.
- pcapng: blocks (type, total length, body, total length again). A Section Header Block
  starts a section, its byte-order magic 0x1A2B3C4D gives the byte order of everything
  in it, and its Interface Description Blocks (one per interface, numbered from 0 in
  the section) each give a link type, a snaplen and options (if_fcslen). Frames come in
  Enhanced (EPB), Simple (SPB) and the obsolete Packet (OPB) blocks; every other block
  is skipped by its length.

Every frame is converted to what the flow dissector hook is handed: an Ethernet frame
(nhoff 14). Link types with another link layer get a synthesised Ethernet header with
the ethertype of what they carry, from ``SYNTH_DST`` to ``SYNTH_SRC`` (fixed,
locally administered unicast addresses: the dissector never reads them). A frame that
cannot be converted is yielded as a ``Skipped`` record with the reason; a damaged file
ends with a ``Damaged`` record after the frames before the damage.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from flowdsl.errors import InputError
from flowdsl.runtime.testrun import MAX_FRAME

ETH_HLEN = 14
# BPF_PROG_TEST_RUN for a flow dissector (net/bpf/test_run.c,
# bpf_prog_test_run_flow_dissector -> bpf_test_init(kattr, size, size, 0, 0)) takes
# at most PAGE_SIZE - headroom - tailroom bytes, with no headroom or tailroom: 4096.
MAX_TEST_FRAME = MAX_FRAME

SYNTH_DST = bytes.fromhex("020000000000")
SYNTH_SRC = bytes.fromhex("020000000001")

ETH_P_IP, ETH_P_IPV6 = 0x0800, 0x86DD
ETH_P_802_3_MIN = 0x0600  # below: an 802.3 length, not an ethertype

# Capture records larger than this are taken as damage, not as frames: libpcap refuses
# records above its largest snaplen (MAXIMUM_SNAPLEN, 262144) the same way, and a bogus
# length must not make us allocate gigabytes.
MAX_RECORD = 262144
MAX_BLOCK = 16 * 1024 * 1024  # pcapng: a block (with options) larger is damage


@dataclass(frozen=True, slots=True)
class CaptureFrame:
    """A frame to test: Ethernet, whole (see ``fit`` for the test run's limit)."""

    label: str
    frame: bytes
    notes: tuple[str, ...] = ()
    cut_by_capture: bool = False  # the file holds fewer bytes than were on the wire
    cut_to_fit: bool = False  # cut here to what BPF_PROG_TEST_RUN accepts


@dataclass(frozen=True, slots=True)
class Skipped:
    """A record that holds no frame the dissector could be given, and why."""

    label: str
    reason: str


@dataclass(frozen=True, slots=True)
class Damaged:
    """The file is damaged from ``offset`` on; frames before it were yielded."""

    path: str
    offset: int
    what: str

    def __str__(self) -> str:
        return f"{self.path}: damaged at byte {self.offset}: {self.what}"


Record = CaptureFrame | Skipped | Damaged


class _Damage(Exception):
    """Raised inside the readers; becomes the Damaged record that ends the stream."""

    def __init__(self, offset: int, what: str) -> None:
        super().__init__(what)
        self.offset = offset
        self.what = what


# -- link types --------------------------------------------------------------------------

LINKTYPE_NULL = 0
LINKTYPE_ETHERNET = 1
LINKTYPE_RAW = 101
LINKTYPE_LOOP = 108
LINKTYPE_LINUX_SLL = 113
LINKTYPE_IPV4 = 228
LINKTYPE_IPV6 = 229
LINKTYPE_LINUX_SLL2 = 276

LINKTYPE_NAMES = {LINKTYPE_NULL: "NULL (BSD loopback)", LINKTYPE_ETHERNET: "ETHERNET",
                  LINKTYPE_RAW: "RAW (IP)", LINKTYPE_LOOP: "LOOP (OpenBSD loopback)",
                  LINKTYPE_LINUX_SLL: "LINUX_SLL", LINKTYPE_IPV4: "IPV4",
                  LINKTYPE_IPV6: "IPV6", LINKTYPE_LINUX_SLL2: "LINUX_SLL2"}
SUPPORTED = "Ethernet, Linux cooked (SLL, SLL2), raw IP, BSD/OpenBSD loopback"

# BSD loopback address families: AF_INET is 2 everywhere; AF_INET6 is 24 on
# NetBSD/OpenBSD (and in most old BSD captures), 28 on FreeBSD, 30 on Darwin.
AF_ETHERTYPE = {2: ETH_P_IP, 24: ETH_P_IPV6, 28: ETH_P_IPV6, 30: ETH_P_IPV6}

# Linux ARPHRD_ types whose SLL/SLL2 protocol field is not an ethertype of an L3
# payload (include/uapi/linux/if_arp.h; pcap-linktype(7) LINKTYPE_LINUX_SLL).
ARPHRD_NOT_ETHERTYPE = {280: "CAN", 770: "Frame Relay", 803: "802.11 radiotap",
                        824: "netlink", 825: "6LoWPAN", 519: "IEEE 802.15.4",
                        804: "IEEE 802.15.4", 805: "IEEE 802.15.4 (no FCS)"}

# The frame as the capture holds it (FCS already removed) -> an Ethernet frame, or
# the reason it cannot be one.
Converter = Callable[[bytes], "bytes | str"]


def _synth(ethertype: int, payload: bytes) -> bytes:
    return SYNTH_DST + SYNTH_SRC + struct.pack(">H", ethertype) + payload


def _ethernet(data: bytes) -> bytes | str:
    return data


def _raw_ip(data: bytes) -> bytes | str:
    version = data[0] >> 4 if data else 0
    if version == 4:
        return _synth(ETH_P_IP, data)
    if version == 6:
        return _synth(ETH_P_IPV6, data)
    return f"raw IP frame with IP version {version}, not 4 or 6"


def _fixed_ip(ethertype: int) -> Converter:
    return lambda data: _synth(ethertype, data)


def _null(data: bytes) -> bytes | str:
    # LINKTYPE_NULL: the family is a 4-byte integer in the byte order of the host that
    # captured it, which need not be the byte order of the file (a file can be rewritten
    # by a host of the other order). The families are small numbers, so the order shows:
    # a big-endian value has its low bytes last.
    if len(data) < 4:
        return f"loopback frame of {len(data)} bytes has no 4-byte address family"
    order = ">" if data[:2] == b"\0\0" else "<"
    return _family(struct.unpack(order + "I", data[:4])[0], data[4:])


def _loop(data: bytes) -> bytes | str:
    # LINKTYPE_LOOP (OpenBSD): the same family, always in network byte order.
    if len(data) < 4:
        return f"loopback frame of {len(data)} bytes has no 4-byte address family"
    return _family(struct.unpack(">I", data[:4])[0], data[4:])


def _family(family: int, payload: bytes) -> bytes | str:
    ethertype = AF_ETHERTYPE.get(family)
    if ethertype is None:
        return f"loopback address family {family} is not IPv4 (2) or IPv6 (24, 28, 30)"
    return _synth(ethertype, payload)


def _cooked(arphrd: int, protocol: int, payload: bytes, name: str) -> bytes | str:
    if arphrd in ARPHRD_NOT_ETHERTYPE:
        return (f"{name} frame from a {ARPHRD_NOT_ETHERTYPE[arphrd]} device (ARPHRD "
                f"{arphrd}): its protocol field is not an ethertype")
    if protocol < ETH_P_802_3_MIN:
        return f"{name} protocol {protocol:#06x} is an 802.3/802.2 frame, not an ethertype"
    return _synth(protocol, payload)


def _sll(data: bytes) -> bytes | str:
    # 16 bytes: packet type, ARPHRD type, address length, 8 address bytes, protocol
    if len(data) < 16:
        return f"Linux cooked (SLL) frame of {len(data)} bytes, shorter than its header"
    arphrd, protocol = struct.unpack_from(">2xH10xH", data)
    return _cooked(arphrd, protocol, data[16:], "SLL")


def _sll2(data: bytes) -> bytes | str:
    # 20 bytes: protocol, reserved, interface index, ARPHRD type, packet type,
    # address length, 8 address bytes
    if len(data) < 20:
        return f"Linux cooked (SLL2) frame of {len(data)} bytes, shorter than its header"
    protocol, arphrd = struct.unpack_from(">H6xH", data)
    return _cooked(arphrd, protocol, data[20:], "SLL2")


CONVERTERS: dict[int, Converter] = {
    LINKTYPE_ETHERNET: _ethernet, LINKTYPE_RAW: _raw_ip, LINKTYPE_IPV4: _fixed_ip(ETH_P_IP),
    LINKTYPE_IPV6: _fixed_ip(ETH_P_IPV6), LINKTYPE_NULL: _null, LINKTYPE_LOOP: _loop,
    LINKTYPE_LINUX_SLL: _sll, LINKTYPE_LINUX_SLL2: _sll2,
}


@dataclass(frozen=True, slots=True)
class Interface:
    """How to turn one interface's records into frames."""

    linktype: int
    snaplen: int
    fcs_bytes: int  # FCS bytes at the end of every frame, to strip

    def unsupported(self) -> str | None:
        if self.linktype in CONVERTERS:
            return None
        return (f"link type {self.linktype} is not one flowdsl converts to Ethernet "
                f"({SUPPORTED})")


def frame_record(label: str, iface: Interface, data: bytes, wire_length: int,
                 fcs_bytes: int | None = None) -> CaptureFrame | Skipped:
    """One captured record as the frame to test, or why it is skipped."""
    problem = iface.unsupported()
    if problem is not None:
        return Skipped(label, problem)
    notes = []
    cut_by_capture = len(data) < wire_length
    if cut_by_capture:
        notes.append(f"cut by the capture: {len(data)} of {wire_length} bytes captured")
    fcs = iface.fcs_bytes if fcs_bytes is None else fcs_bytes
    if fcs and not cut_by_capture:  # a cut frame lost its FCS with its tail
        data = data[:max(len(data) - fcs, 0)]
    converted = CONVERTERS[iface.linktype](data)
    if isinstance(converted, str):
        return Skipped(label, converted)
    if len(converted) < ETH_HLEN:
        return Skipped(label, f"{len(converted)} bytes, shorter than an Ethernet header "
                       f"({ETH_HLEN})")
    # whole, even when longer than the kernel test-runs: real skbs (--split) take it;
    # the test run cuts it (fit) and says so
    return CaptureFrame(label, converted, tuple(notes), cut_by_capture)


def fit(record: CaptureFrame) -> CaptureFrame:
    """The frame cut to the longest prefix BPF_PROG_TEST_RUN accepts, and said so. (Real
    skbs, `--split`, take longer frames: there the frame is used whole.)"""
    if len(record.frame) <= MAX_TEST_FRAME:
        return record
    note = (f"cut to {MAX_TEST_FRAME} of {len(record.frame)} bytes (the most "
            "BPF_PROG_TEST_RUN gives a flow dissector)")
    return CaptureFrame(record.label, record.frame[:MAX_TEST_FRAME], (*record.notes, note),
                        record.cut_by_capture, cut_to_fit=True)


# -- reading -----------------------------------------------------------------------------


class _Input:
    """A binary file read in order, knowing its offset (for damage reports)."""

    def __init__(self, stream: io.BufferedReader, offset: int) -> None:
        self.stream = stream
        self.offset = offset

    def read(self, size: int, what: str) -> bytes:
        """Exactly ``size`` bytes, or damage naming ``what`` was cut short."""
        data = self.stream.read(size)
        if len(data) != size:
            raise _Damage(self.offset, f"{what} is cut short: {len(data)} of {size} "
                          "bytes (the file ends)")
        self.offset += size
        return data

    def at_end(self) -> bool:
        return not self.stream.peek(1)


PCAP_MAGICS = {  # the magic as read little-endian -> (byte order, what the fraction is)
    0xA1B2C3D4: ("<", "us"), 0xD4C3B2A1: (">", "us"),
    0xA1B23C4D: ("<", "ns"), 0x4D3CB2A1: (">", "ns"),
}
PCAPNG_SHB = 0x0A0D0D0A  # the same read either way: a palindrome on purpose
PCAPNG_BOM = 0x1A2B3C4D


def read_capture(path: str) -> Iterator[Record]:
    """Every record of a pcap or pcapng file, in order, as frames to test, skips, and a
    final Damaged record if the file is damaged (even in its header: the frames before
    are used either way). A file that is no capture at all (its magic) is an InputError
    here, before any record; the records are read as they are iterated."""
    name = Path(path).name
    try:
        stream = open(path, "rb")  # noqa: SIM115 - the generator closes it
    except OSError as error:
        raise InputError(f"cannot read capture {path}: {error.strerror}") from None
    head = stream.read(4)
    magic = struct.unpack("<I", head)[0] if len(head) == 4 else None
    source = _Input(stream, len(head))
    if magic in PCAP_MAGICS:
        records = _pcap(source, name, PCAP_MAGICS[magic][0])
    elif magic == PCAPNG_SHB:
        records = _pcapng(source, name)
    else:
        stream.close()
        what = f"magic {head.hex()}" if len(head) == 4 else f"{len(head)} bytes"
        raise InputError(f"{path}: not a pcap or pcapng file ({what}); give a capture "
                         "written by tcpdump, Wireshark or dumpcap")
    return _stream(stream, path, records)


def _stream(stream: io.BufferedReader, path: str, records: Iterator[Record]
            ) -> Iterator[Record]:
    with stream:
        try:
            yield from records
        except _Damage as damage:
            yield Damaged(path, damage.offset, damage.what)


def _pcap(source: _Input, name: str, order: str) -> Iterator[Record]:
    header = source.read(20, "the pcap file header")
    major, _minor, _zone, _sigfigs, snaplen, word = struct.unpack(order + "HHiIII", header)
    if major != 2:
        raise _Damage(4, f"pcap version {major}, not 2")
    iface = Interface(word & 0xFFFF, snaplen, _pcap_fcs_bytes(word))
    record = struct.Struct(order + "IIII")
    limit = max(snaplen, MAX_RECORD)
    index = 0
    while not source.at_end():
        index += 1
        at = source.offset
        _sec, _frac, caplen, wire = record.unpack(source.read(16, f"record {index}'s header"))
        if caplen > limit:
            raise _Damage(at, f"record {index} claims {caplen} bytes, more than the snaplen "
                          f"({snaplen}) or any capture holds")
        data = source.read(caplen, f"record {index} ({caplen} bytes)")
        yield frame_record(f"{name} #{index}", iface, data, max(wire, caplen))


def _pcap_fcs_bytes(word: int) -> int:
    """FCS bytes at the end of each frame, from the pcap LinkType word's upper half.

    draft-ietf-opsawg-pcap: |FCS len (4)|R|P|Reserved3 (10)|LinkType (16)|, most
    significant bit first; P set says FCS len holds the FCS length in 16-bit words (so
    0x24000001 is Ethernet with a 4-byte FCS); P clear says the length is unknown, and
    FCS len is then not to be read: nothing is stripped (libpcap's LT_FCS_LENGTH_PRESENT
    and LT_FCS_LENGTH read the same bits)."""
    if not word & 0x04000000:
        return 0
    return ((word >> 28) & 0xF) * 2


# pcapng block types (draft-ietf-opsawg-pcapng, section 11.1)
BLOCK_IDB, BLOCK_OPB, BLOCK_SPB, BLOCK_EPB = 1, 2, 3, 6
OPT_ENDOFOPT, IF_FCSLEN, EPB_FLAGS = 0, 13, 2


def _pcapng(source: _Input, name: str) -> Iterator[Record]:
    order = "<"
    interfaces: list[Interface] = []
    index = 0
    block_type = PCAPNG_SHB  # read_capture read the first block's type
    while True:
        at = source.offset - 4
        if block_type == PCAPNG_SHB:  # the same bytes in either order, on purpose
            # the byte order is known only from the magic after the length
            raw = source.read(8, "a section header")
            order = _section_order(raw[4:], at)
            interfaces = []  # interface numbers start again in each section
            _block_body(source, order, struct.unpack(order + "I", raw[:4])[0], at, 4)
        else:
            (length,) = struct.unpack(order + "I", source.read(4, "a block's length"))
            body = _block_body(source, order, length, at)
            if block_type == BLOCK_IDB:
                interfaces.append(_interface(body, order, at))
            elif block_type in (BLOCK_EPB, BLOCK_OPB, BLOCK_SPB):
                index += 1
                yield _packet_block(block_type, body, order, interfaces,
                                    f"{name} #{index}", at)
            # any other block (statistics, name resolution, custom) holds no frame
        if source.at_end():
            return
        (block_type,) = struct.unpack(order + "I", source.read(4, "a block's type"))


def _section_order(bom: bytes, at: int) -> str:
    if bom == struct.pack("<I", PCAPNG_BOM):
        return "<"
    if bom == struct.pack(">I", PCAPNG_BOM):
        return ">"
    raise _Damage(at + 8, f"section header's byte-order magic is {bom.hex()}, not "
                  "1a2b3c4d in either byte order")


def _block_body(source: _Input, order: str, length: int, at: int, already: int = 0) -> bytes:
    """The block's body (after type and length, and ``already`` bytes of it read, before
    the trailing length), its two lengths checked."""
    if length < 12 + already or length % 4 or length > MAX_BLOCK:
        raise _Damage(at, f"block length {length} is not a multiple of 4 between "
                      f"{12 + already} and {MAX_BLOCK}")
    body = source.read(length - 12 - already, f"a block of {length} bytes")
    (trailer,) = struct.unpack(order + "I", source.read(4, "a block's trailing length"))
    if trailer != length:
        raise _Damage(at, f"block's length is {length} at its start and {trailer} at its end")
    return body


def _options(data: bytes, order: str) -> Iterator[tuple[int, bytes]]:
    """(code, value) of an options area; values are padded to 4 bytes."""
    offset = 0
    while offset + 4 <= len(data):
        code, size = struct.unpack_from(order + "HH", data, offset)
        if code == OPT_ENDOFOPT:
            return
        yield code, data[offset + 4:offset + 4 + size]
        offset += 4 + (size + 3) // 4 * 4


def _interface(body: bytes, order: str, at: int) -> Interface:
    if len(body) < 8:
        raise _Damage(at, f"interface description block of {len(body)} bytes")
    linktype, _reserved, snaplen = struct.unpack_from(order + "HHI", body)
    fcs = 0
    for code, value in _options(body[8:], order):
        if code == IF_FCSLEN and len(value) == 1:
            # The drafts say "in bits" but give 4 as the example for Ethernet, and
            # writers (Wireshark, dumpcap) store octets: read octets.
            fcs = value[0]
    return Interface(linktype, snaplen, fcs)


def _packet_block(block_type: int, body: bytes, order: str,
                  interfaces: list[Interface], label: str, at: int
                  ) -> CaptureFrame | Skipped:
    if block_type == BLOCK_SPB:  # original length only; interface 0, snaplen bounds it
        if len(body) < 4:
            raise _Damage(at, f"simple packet block of {len(body)} bytes")
        (wire,) = struct.unpack_from(order + "I", body)
        iface_id, caplen, data_at = 0, min(wire, len(body) - 4), 4
        if interfaces and interfaces[0].snaplen:
            caplen = min(caplen, interfaces[0].snaplen)
    else:
        layout = order + ("IIIII" if block_type == BLOCK_EPB else "HHIIII")
        if len(body) < 20:
            raise _Damage(at, f"packet block of {len(body)} bytes")
        fields = struct.unpack_from(layout, body)
        # EPB: interface (32 bits), timestamp (2 x 32), caplen, length; the obsolete
        # OPB: interface (16), drops count (16), timestamp, caplen, length
        iface_id, caplen, wire, data_at = fields[0], fields[-2], fields[-1], 20
    if data_at + caplen > len(body):
        raise _Damage(at, f"packet block holds {len(body) - data_at} bytes of data, its "
                      f"header says {caplen}")
    if iface_id >= len(interfaces):
        return Skipped(label, f"interface {iface_id} has no interface description block "
                       "before it in its section")
    iface = interfaces[iface_id]
    fcs = _epb_fcs(body[data_at + (caplen + 3) // 4 * 4:], order) \
        if block_type == BLOCK_EPB else None
    return frame_record(label, iface, body[data_at:data_at + caplen], max(wire, caplen), fcs)


def _epb_fcs(options: bytes, order: str) -> int | None:
    """epb_flags bits 5-8: this frame's FCS length in octets (0: not given here)."""
    for code, value in _options(options, order):
        if code == EPB_FLAGS and len(value) == 4:
            length = (struct.unpack(order + "I", value)[0] >> 5) & 0xF
            return length or None
    return None
