"""Packet input for `flowdsl test` and `flowdsl bench`: hex on the command line,
captures, the built-in samples, and the input flags."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from flowdsl.errors import InputError

Packet = tuple[str, bytes]  # (label for reports, Ethernet frame)


def parse_flags(values: Sequence[str]) -> int:
    """``--flags`` values (names or numbers, comma or | separated) as one number."""
    from flowdsl.dsl.keys import InputFlags

    flags = 0
    for value in values:
        for part in value.replace("|", ",").split(","):
            part = part.strip().upper()
            if not part:
                continue
            if part.isdigit() or part.startswith("0X"):
                flags |= int(part, 0)
            elif part in InputFlags.__members__:
                flags |= InputFlags[part]
            else:
                names = ", ".join(InputFlags.__members__)
                raise InputError(f"unknown flag {part!r}; use {names} or a number")
    return flags


def gather(hex_packets: Sequence[str], capture: str | None, samples: bool) -> list[Packet]:
    """Every packet the command line names, in order: --packet, --pcap, --samples."""
    packets: list[Packet] = []
    for index, text in enumerate(hex_packets, 1):
        clean = "".join(text.replace(":", "").split())
        try:
            packets.append((f"packet {index}", bytes.fromhex(clean)))
        except ValueError:
            raise InputError(f"--packet {index} is not hex: {text[:40]!r}") from None
    if capture:
        packets.extend(read_capture(capture))
    if samples:
        from flowdsl.protocols.samples import sample_frames

        packets.extend(sample_frames())
    if not packets:
        raise InputError("no packets: give --packet HEX, --pcap FILE or --samples")
    return packets


def read_capture(path: str) -> list[Packet]:
    """Frames of a pcap or pcapng file (Ethernet link type), read by scapy."""
    from scapy.error import Scapy_Exception
    from scapy.utils import PcapReader

    frames = []
    try:
        with PcapReader(path) as reader:
            for index, packet in enumerate(reader, 1):
                linktype = getattr(reader, "linktype", 1)
                if linktype != 1:
                    raise InputError(f"{path}: link type {linktype} is not Ethernet (1); "
                                     "capture on an Ethernet interface")
                frames.append((f"{Path(path).name} #{index}", bytes(packet)))
    except (OSError, Scapy_Exception, EOFError) as error:
        raise InputError(f"cannot read capture {path}: {error}") from None
    return frames
