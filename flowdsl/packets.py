"""Packet input for `flowdsl test` and `flowdsl bench`: hex on the command line,
captures (read as a stream by captures.py), the built-in samples, and the input flags."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from flowdsl.captures import ETH_HLEN, CaptureFrame, Damaged, Record, Skipped, read_capture
from flowdsl.errors import InputError, UsageError

Packet = tuple[str, bytes]  # (label for reports, Ethernet frame)

__all__ = ["CaptureFrame", "Damaged", "Materialised", "Packet", "Record", "Skipped",
           "gather", "materialise", "parse_flags", "read_capture"]


def parse_flags(values: Sequence[str]) -> int:
    """``--flags`` values (names or numbers, comma or | separated) as one number. A name
    or bit the kernel does not define is a usage mistake: the program would be tested
    with input it never gets."""
    from flowdsl.dsl.keys import InputFlags

    names = ", ".join(f"{flag.name} ({flag.value:#x})" for flag in InputFlags)
    defined = sum(flag.value for flag in InputFlags)
    flags = 0
    for value in values:
        for part in value.replace("|", ",").split(","):
            part = part.strip().upper()
            if not part:
                continue
            if part in InputFlags.__members__:
                flags |= InputFlags[part]
                continue
            try:
                number = int(part, 0) if part[0].isdigit() else None
            except ValueError:
                number = None
            if number is None:
                raise UsageError(f"--flags: unknown flag {part!r}; the flags are {names}, "
                                 "comma separated, or their sum as a number")
            if number & ~defined:
                raise UsageError(f"--flags: {part} ({number:#x}) sets bits no flag has "
                                 f"({number & ~defined:#x}); the flags are {names}")
            flags |= number
    return flags


def gather(hex_packets: Sequence[str], capture: str | None, samples: bool
           ) -> Iterator[Record]:
    """Every packet the command line names, in order: --packet, --pcap, --samples, as a
    stream. Mistakes in what is on the command line (hex, a missing or foreign file)
    are raised here, before the first packet; a capture's records are read as the
    stream is consumed (see captures.py: skipped frames and damage are records)."""
    if not (hex_packets or capture or samples):
        raise InputError("no packets: give --packet HEX, --pcap FILE or --samples")
    given = [_hex_packet(index, text) for index, text in enumerate(hex_packets, 1)]
    records = read_capture(capture) if capture else iter(())
    return itertools.chain(given, records, _samples() if samples else ())


def _hex_packet(index: int, text: str) -> CaptureFrame:
    """A --packet: the user chose these bytes, so one shorter than an Ethernet header is
    an error, not a skip. A longer one than the kernel test-runs is cut when it is run
    (captures.fit), and used whole as a real skb (--split). A leading 0x, colons and
    white space are allowed."""
    body = text.lstrip()
    start = len(text) - len(body) + (2 if body[:2] in ("0x", "0X") else 0)
    for position in range(start, len(text)):
        char = text[position]
        if char not in _HEX_DIGITS and char != ":" and not char.isspace():
            shown = ("..." if position > 8 else "") + text[max(position - 8, 0):position + 9] \
                + ("..." if position + 9 < len(text) else "")
            raise InputError(f"--packet {index} is not hex: character {position + 1} is "
                             f"{char!r}, not a hex digit (0-9, a-f), in {shown!r}")
    clean = "".join(text[start:].replace(":", "").split())
    if len(clean) % 2:
        raise InputError(f"--packet {index} is not hex: it has an odd number of hex digits "
                         f"({len(clean)}), two make a byte; is one missing or extra?")
    frame = bytes.fromhex(clean)
    if len(frame) < ETH_HLEN:
        raise InputError(f"a packet must be an Ethernet frame of at least {ETH_HLEN} bytes; "
                         f"--packet {index} has {len(frame)}")
    return CaptureFrame(f"packet {index}", frame)


_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


def _samples() -> Iterator[CaptureFrame]:
    from flowdsl.protocols.samples import sample_frames

    for label, frame in sample_frames():
        yield CaptureFrame(label, frame)


@dataclass(frozen=True)
class Materialised:
    """A capture read whole, for the commands that need every frame at once."""

    packets: list[Packet]
    skipped: list[Skipped]
    damage: Damaged | None


def materialise(records: Iterable[Record], limit: int, what: str) -> Materialised:
    """The frames of ``records`` as a list (``--split``, ``bench``), at most ``limit``:
    more is an InputError naming ``what`` (those commands do every frame many times)."""
    packets: list[Packet] = []
    skipped: list[Skipped] = []
    damage = None
    for record in records:
        if isinstance(record, CaptureFrame):
            if len(packets) == limit:
                raise InputError(f"{what} takes at most {limit} frames; cut the capture "
                                 f"first, e.g. `editcap -r in.pcap out.pcap 1-{limit}`")
            packets.append((record.label, record.frame))
        elif isinstance(record, Skipped):
            skipped.append(record)
        else:
            damage = record
    return Materialised(packets, skipped, damage)
