"""``flowdsl test --split``: frames as real paged skbs, checked against the reference
dissector and the kernel's built-in dissector.

Each frame is written through a tap device as one skb whose first bytes are linear and
the rest page fragments (runtime/paged.py), and once whole (linear), as the baseline.
For every layout the kernel reports the flow hash (``bpf_get_hash_recalc``) and the
payload offset (``skb_get_poff``, 0 when the dissection failed), once with the built-in
dissector and once with the program. A layout passes when, with the program:

- the hash equals the one on the linear skb (the keys did not depend on where the
  headers were) and the built-in dissector's on the same skb, or differs from the
  latter only for reasons the user accepts (``--accept``, flowdsl/explain.py: e.g. the
  VLAN tag the built-in dissector hashes from ``skb->vlan_tci``);
- the dissection succeeds or fails as the reference dissector says, on the frame as
  the kernel hands it over (an outer VLAN tag is already in ``skb->vlan_tci``);
- the payload offset is what ``skb_get_poff`` computes from the reference's keys,
  after the kernel clamped thoff into the linear part (``bpf_flow_dissect``: a limit
  of the hook that no BPF dissector can avoid; the built-in dissector does not have it).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from flowdsl.dsl.abi import BPF_DROP, BPF_FLOW_DISSECTOR_CONTINUE
from flowdsl.dsl.reference import ReferenceDissector, Result
from flowdsl.errors import InputError
from flowdsl.explain import HASH_FLAGS, UNEXPLAINED, accepted, reasons_for
from flowdsl.runtime.paged import (
    MAX_PIECES,
    MIN_LINEAR,
    PAGE_SIZE,
    RealSkbResult,
    SkbOutcome,
    dissect_real_skbs,
)

ETH_HLEN = 14
VLAN_HLEN = 4
VLAN_ETHERTYPES = (0x8100, 0x88A8)
# skb_vlan_untag pulls the tag and the ethertype after it into the linear part first
VLAN_PULL = ETH_HLEN + VLAN_HLEN + 2
IPPROTO = {"tcp": 6, "udp": 17, "udplite": 136, "icmp": 1, "icmpv6": 58, "igmp": 2,
           "dccp": 33, "sctp": 132}
# __skb_get_poff: the transport header sizes it adds (struct udphdr, icmphdr, ...)
TRANSPORT_SIZES = {IPPROTO["udp"]: 8, IPPROTO["udplite"]: 8, IPPROTO["icmp"]: 8,
                   IPPROTO["icmpv6"]: 8, IPPROTO["igmp"]: 8, IPPROTO["dccp"]: 12,
                   IPPROTO["sctp"]: 12}


def parse_split(text: str) -> list[tuple[int, ...]] | str:
    """``--split``: "headers", or layouts separated by commas, each one offset or
    several joined by "+" (one skb with a fragment from each): "14,34,14+34"."""
    if text.strip() == "headers":
        return "headers"
    layouts = []
    for part in text.split(","):
        try:
            cuts = tuple(int(cut) for cut in part.split("+"))
        except ValueError:
            raise InputError(f"--split {text!r}: give byte offsets like 14 or 14+34 "
                             "(comma separated), or 'headers'") from None
        if list(cuts) != sorted(set(cuts)) or cuts[0] < MIN_LINEAR:
            raise InputError(f"--split {part!r}: offsets must increase and be at least "
                             f"{MIN_LINEAR} (the linear part holds the Ethernet header)")
        if len(cuts) > MAX_PIECES - 1:
            raise InputError(f"--split {part!r}: {len(cuts)} fragments; an skb from a tap "
                             f"has at most {MAX_PIECES - 1}")
        layouts.append(cuts)
    return layouts


def header_cuts(result: Result, frame: bytes) -> list[tuple[int, ...]]:
    """One layout per header boundary the reference crossed in ``frame``: the linear part
    ends where a header starts or where the last one ended."""
    ends = {*result.starts, result.keys.thoff}
    return [(cut,) for cut in sorted(ends) if MIN_LINEAR <= cut < len(frame)]


def as_received(frame: bytes, cuts: tuple[int, ...]) -> tuple[bytes, int]:
    """The frame the kernel's dissectors see and its linear length: the receive path
    moves an outer 802.1Q/802.1AD tag into ``skb->vlan_tci`` (``skb_vlan_untag``) first."""
    linear = cuts[0] if cuts else len(frame)
    if len(frame) >= VLAN_PULL and int.from_bytes(frame[12:14], "big") in VLAN_ETHERTYPES:
        return frame[:12] + frame[12 + VLAN_HLEN:], max(linear, VLAN_PULL) - VLAN_HLEN
    return frame, linear


def payload_offset(result: Result, frame: bytes, linear: int) -> int | None:
    """What ``skb_get_poff`` returns after a program that gave ``result`` on ``frame``
    (None: BPF_FLOW_DISSECTOR_CONTINUE, the built-in dissector decides). The kernel
    first clamps nhoff into [its own nhoff, linear] and thoff into [nhoff, linear]."""
    if result.verdict == BPF_FLOW_DISSECTOR_CONTINUE:
        return None
    if result.verdict == BPF_DROP:
        return 0
    keys = result.keys
    nhoff = min(max(keys.nhoff, ETH_HLEN), linear)
    thoff = min(max(keys.thoff, nhoff), linear)
    if keys.is_frag and not keys.is_first_frag:
        return thoff
    if keys.ip_proto == IPPROTO["tcp"]:
        if thoff + 13 > len(frame):  # the doff byte is read through the skb
            return thoff
        return thoff + max(20, (frame[thoff + 12] & 0xF0) >> 2)
    return thoff + TRANSPORT_SIZES.get(keys.ip_proto, 0)


@dataclass(frozen=True)
class Mismatch:
    kind: str  # "layout", "builtin", "verdict" or "payload_offset"
    text: str


@dataclass
class Case:
    label: str
    frame: bytes
    cuts: tuple[int, ...]  # () : linear
    linear_index: int  # the case holding the same frame written linear
    problems: list[Mismatch] = field(default_factory=list)
    outcome: RealSkbResult | None = None
    reference: Result | None = None
    expected_offset: int | None = None
    hash_reasons: tuple[str, ...] = ()  # why the built-in dissector's hash differs
    hash_accepted: bool = True  # every reason is one the user accepted (--accept)

    @property
    def layout(self) -> str:
        if not self.cuts:
            return "linear"
        paged = [b - a for a, b in itertools.pairwise([*self.cuts, len(self.frame)])]
        return f"{self.cuts[0]} linear + " + " + ".join(map(str, paged)) + " paged"

    def to_dict(self) -> dict[str, Any]:
        assert self.outcome is not None
        out: dict[str, Any] = {"packet": self.label, "length": len(self.frame),
                               "cuts": list(self.cuts), "ok": not self.problems,
                               "problems": [{"kind": p.kind, "text": p.text}
                                            for p in self.problems],
                               "builtin": _outcome_dict(self.outcome.builtin),
                               "program": _outcome_dict(self.outcome.program)}
        if self.hash_reasons:
            out["builtin_hash"] = {"reasons": list(self.hash_reasons),
                                   "accepted": self.hash_accepted}
        if self.reference is not None:
            out["reference"] = {"verdict": self.reference.verdict_name,
                                "path": list(self.reference.path),
                                "read_from_fragments": list(self.reference.copied),
                                "payload_offset": self.expected_offset}
        return out


def _outcome_dict(outcome: SkbOutcome) -> dict[str, Any]:
    return {"hash": outcome.hash, "payload_offset": outcome.payload_offset,
            "payload_offset_at_least": outcome.payload_offset_capped}


def plan(packets: Sequence[tuple[str, bytes]], split: list[tuple[int, ...]] | str,
         reference: ReferenceDissector | None) -> list[Case]:
    """Every frame linear, then in each layout asked for that fits it."""
    cases: list[Case] = []
    for label, frame in packets:
        if len(frame) < MIN_LINEAR:
            raise InputError(f"{label}: {len(frame)} bytes; a frame written through a tap "
                             f"holds at least an Ethernet header ({MIN_LINEAR} bytes)")
        if len(frame) > PAGE_SIZE * (MAX_PIECES - 1):
            raise InputError(f"{label}: {len(frame)} bytes; a tap builds skbs of at most "
                             f"{MAX_PIECES - 1} page fragments ({PAGE_SIZE} bytes each)")
        linear_index = len(cases)
        cases.append(Case(label, frame, (), linear_index))
        if isinstance(split, str):  # "headers"
            if reference is None:
                raise InputError("--split headers needs the object's parse graph to find the "
                                 "header boundaries; rebuild it with `flowdsl build`, or give "
                                 "offsets")
            layouts = header_cuts(reference.run(frame, skb=True), frame)
        else:
            layouts = [cuts for cuts in split if cuts[-1] < len(frame)]
        cases.extend(Case(label, frame, page_cuts(cuts, len(frame)), linear_index)
                     for cuts in layouts)
    return cases


def page_cuts(cuts: tuple[int, ...], length: int) -> tuple[int, ...]:
    """``cuts``, and more after the last where what follows it is over a page: a page
    fragment holds at most one page (as a driver's would)."""
    extra = range(cuts[-1] + PAGE_SIZE, length, PAGE_SIZE) if cuts else range(0)
    return (*cuts, *extra)


def check(cases: list[Case], reference: ReferenceDissector | None, gro: bool = False,
          accept: frozenset[str] = frozenset()) -> None:
    """Fill in each case's reference expectation and problems (its outcome is set). With
    GRO on, GRO has pulled some headers into the linear part first, so the linear length
    that the kernel's thoff clamp uses is unknown: the payload offset is not compared.
    A hash that differs from the built-in dissector's only for reasons in ``accept``
    (flowdsl/explain.py) is no problem; its reasons are kept either way."""
    for case in cases:
        assert case.outcome is not None
        ours, builtin = case.outcome.program, case.outcome.builtin
        linear = cases[case.linear_index].outcome
        assert linear is not None
        if case.cuts and ours.hash != linear.program.hash:
            case.problems.append(Mismatch(
                "layout", f"hash {ours.hash:#010x} differs from the linear skb's "
                f"{linear.program.hash:#010x}: the keys depend on where the headers are"))
        seen, linear_bytes = as_received(case.frame, case.cuts)
        if ours.hash != builtin.hash:
            _explain_hash(case, seen, linear_bytes, reference, accept)
        if reference is None:
            continue
        # skb_get_poff passes no flags; the hash asks for STOP_AT_FLOW_LABEL
        case.reference = reference.run(seen, 0, linear=linear_bytes, skb=True)  # as
        # skb_get_poff asks: no flags
        expected = payload_offset(case.reference, seen, linear_bytes)
        if expected is None:
            expected = builtin.payload_offset  # handed to the built-in dissector
        case.expected_offset = expected
        if (ours.payload_offset != 0) != (expected != 0):
            case.problems.append(Mismatch(
                "verdict", f"dissection {'failed' if ours.payload_offset == 0 else 'succeeded'}"
                f", the reference says {case.reference.verdict_name}"))
        elif gro:
            continue
        elif ours.payload_offset_capped and expected < ours.payload_offset:
            case.problems.append(Mismatch(
                "payload_offset", f"payload offset at least {ours.payload_offset}, the "
                f"reference says {expected}"))
        elif not ours.payload_offset_capped and ours.payload_offset != expected:
            case.problems.append(Mismatch(
                "payload_offset", f"payload offset {ours.payload_offset}, the reference "
                f"says {expected}"))


def _explain_hash(case: Case, seen: bytes, linear: int,
                  reference: ReferenceDissector | None, accept: frozenset[str]) -> None:
    """Why the program's hash differs from the built-in dissector's on ``case``: what the
    built-in one hashes in the frame as written (an outer VLAN tag: from
    ``skb->vlan_tci``), and what the program dissects, from the reference's walk of the
    frame it is handed under the flags the hash uses."""
    walked = reference.run(seen, HASH_FLAGS, linear=linear, skb=True) if reference else None
    reasons = reasons_for(case.frame, walked)
    case.hash_reasons, case.hash_accepted = tuple(reasons), accepted(reasons, accept)
    if not case.hash_accepted:
        assert case.outcome is not None
        advice = ("a flowdsl bug or gap: please report it" if reasons == [UNEXPLAINED] else
                  f"by design: --accept {','.join(reasons)} accepts it")
        case.problems.append(Mismatch(
            "builtin", f"hash {case.outcome.program.hash:#010x} differs from the built-in "
            f"dissector's {case.outcome.builtin.hash:#010x} ({', '.join(reasons)}: "
            f"{advice})"))


def run(program_fd: int, packets: Sequence[tuple[str, bytes]],
        split: list[tuple[int, ...]] | str,
        reference: ReferenceDissector | None,
        accept: frozenset[str] = frozenset()) -> list[Case]:
    return run_cases(program_fd, plan(packets, split, reference), reference, accept=accept)


def run_cases(program_fd: int, cases: list[Case], reference: ReferenceDissector | None,
              gro: bool = False, accept: frozenset[str] = frozenset()) -> list[Case]:
    """Write every case's skb, with the built-in dissector and with the program, and
    check each (``gro``: leave GRO on, as most hosts have it)."""
    try:
        outcomes = dissect_real_skbs(program_fd, [(c.frame, c.cuts) for c in cases], gro=gro)
    except ValueError as error:  # a layout tun cannot build (runtime/paged.split_frame)
        raise InputError(f"--split: {error}") from None
    for case, outcome in zip(cases, outcomes, strict=True):
        case.outcome = outcome
    check(cases, reference, gro, accept)
    return cases


def print_cases(label: str, cases: list[Case]) -> None:
    print(f"# {label}: frames as real skbs (tap, IFF_NAPI_FRAGS, GRO off); hash by "
          "bpf_get_hash_recalc, payload offset by skb_get_poff (0: failed)")
    for case in cases:
        assert case.outcome is not None
        ours, builtin = case.outcome.program, case.outcome.builtin
        status = "ok" if not case.problems else "DIFFERS"
        at_least = "at least " if ours.payload_offset_capped else ""
        print(f"{case.label} ({len(case.frame)} B), {case.layout}: {status}; hash "
              f"{ours.hash:#010x} (built-in {builtin.hash:#010x}), payload offset "
              f"{at_least}{ours.payload_offset} (built-in {builtin.payload_offset})")
        if case.hash_reasons and case.hash_accepted:
            print(f"   built-in dissector hash differs: {', '.join(case.hash_reasons)} "
                  "(accepted)")
        if case.reference is not None and case.reference.copied:
            print("   read from page fragments: " + ", ".join(case.reference.copied))
        for problem in case.problems:
            print(f"   MISMATCH {problem.text}")
