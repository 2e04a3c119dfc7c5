"""flowdsl from Python: build a dissector, run packets through it, compare it.

For notebooks and scripts, the same pipeline as the command line (flowdsl/pipeline.py),
with values instead of printing::

    >>> import flowdsl
    >>> d = flowdsl.build(profile="minimal")   # the library; or a spec .py, a ParseGraph
    >>> d.reference("02000000000202000000000108004500...")   # pure Python, anywhere
    >>> d.run(["0200...", b"\\x02\\x00...", "capture.pcap"])  # the kernel (root)
    >>> d.compare_builtin("capture.pcap", accept="vlan")    # the kernel's own (root)
    >>> d.save("d.o"); flowdsl.load_object("d.o")

Packets are bytes (an Ethernet frame), hex text (``0x``, colons and spaces allowed), a
pcap or pcapng path, or a list of these. Every mistake is a ``flowdsl.FlowdslError``
(``SpecError``, ``InputError``, ``BpfError``, ...) whose message says what to do; its
``exit_code`` is the command line's for the same mistake.
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, SupportsBytes, TypeAlias, cast, overload

from flowdsl import pipeline
from flowdsl.captures import CaptureFrame, Record
from flowdsl.errors import InputError, UsageError

if TYPE_CHECKING:
    from flowdsl.dsl.graph import ParseGraph
    from flowdsl.dsl.keys import FlowKeys

__all__ = ["Dissector", "Packets", "Result", "Results", "build", "load_object"]

# One packet or many: bytes (or a scapy packet), hex text, a capture's path, or a list.
PacketLike: TypeAlias = bytes | bytearray | memoryview | SupportsBytes | str | os.PathLike[str]
Packets: TypeAlias = PacketLike | Iterable[PacketLike]

_CAPTURE_SUFFIXES = (".pcap", ".pcapng", ".cap")
_IP_PROTOS = {1: "icmp", 2: "igmp", 4: "ipip", 6: "tcp", 17: "udp", 33: "dccp", 41: "ipv6",
              47: "gre", 50: "esp", 51: "ah", 58: "icmpv6", 132: "sctp", 136: "udplite",
              137: "mpls"}
_ADDR_PROTOS = {0x0800: "ipv4", 0x86DD: "ipv6"}
_SHOWN = 50  # lines of a Results repr before "... N more"


def build(spec: str | os.PathLike[str] | ParseGraph | None = None,
          profile: str | os.PathLike[str] | None = None, stats: bool = False,
          verify: bool = True) -> Dissector:
    """Build a flow dissector, as `flowdsl build` does.

    spec: None for the built-in library, the path of a spec ``.py`` file (its
        ``bindings`` are added to the library, or its ``graph`` is used whole), or a
        ``ParseGraph`` (``flowdsl.build_graph(...)``) used as it is.
    profile: a shipped profile name (``"kernel"``, ``"overlay"``, ``"minimal"``) or the
        path of a ``.toml`` profile. None: ``"kernel"``, except for a spec's own whole
        graph or a ParseGraph, which are built as they are.
    stats: add per-protocol and per-verdict counters (as ``flowdsl build --stats``).
    verify: load the program once for the verifier's figures (``verified_insns`` etc.;
        without root they are left out, and the reason is in ``verification``). A
        rejection raises ``VerifierError`` naming the protocol to look at.

    Raises SpecError for a spec or profile mistake (every problem, with file:line).
    """
    from flowdsl.dsl.graph import ParseGraph

    name = os.fspath(profile) if profile is not None else None
    if name is not None:
        pipeline.check_profile_name(name)
    if isinstance(spec, ParseGraph):
        graph, _ = pipeline.profiled(spec, False, name)
        label = "graph"
    elif spec is None or isinstance(spec, (str, os.PathLike)):
        path = None if spec is None else os.fspath(spec)
        if path is not None and not path.endswith(".py"):
            raise UsageError(f"build({path!r}): a spec is a .py file; an object built "
                             "before is read with flowdsl.load_object(path)")
        graph, _ = pipeline.resolve_graph(path, name)
        label = path or "built-in library"
    else:
        raise UsageError(f"build(spec): give a spec .py path, a ParseGraph or None (the "
                         f"library), not {type(spec).__name__}")
    built = pipeline.build_profiled(graph, "obj", stats, verify)
    return Dissector(graph, built.obj, label, built.insns, built.verification, built.seconds)


def load_object(path: str | os.PathLike[str]) -> Dissector:
    """A dissector from an object file written by ``Dissector.save`` or `flowdsl build`.
    Objects built by flowdsl carry their parse graph, so ``reference`` runs too.
    Raises ElfError for a file that cannot be read or is no flow dissector."""
    read = pipeline.read_object(os.fspath(path))
    return Dissector(read.graph, read.data, os.fspath(path), read.obj.insn_count)


@dataclass(frozen=True, repr=False)
class Dissector:
    """A built flow dissector: the object file (``obj``) and the parse graph it was built
    from (``graph``; None for an object flowdsl did not build).

    ``run`` tests packets in the kernel, ``reference`` in the pure-Python reference
    dissector, ``compare_builtin`` against the kernel's built-in dissector; ``save``
    writes the object for `flowdsl load` and `flowdsl test`."""

    graph: ParseGraph | None
    obj: bytes
    label: str
    insns: int  # BPF instructions in the object
    verification: pipeline.Verification | None = None  # the verifier's figures, if asked
    build_seconds: float | None = None  # None: read from a file

    @property
    def profile(self) -> str:
        """The profile it was built with ("" for none or an object without a graph)."""
        return (self.graph.profile or "") if self.graph is not None else ""

    @property
    def protocols(self) -> list[str]:
        """The protocols it dissects, in graph order."""
        return list(self.graph.names) if self.graph is not None else []

    def run(self, packets: Packets, flags: int | str = 0) -> Results:
        """Each packet through the kernel (BPF_PROG_TEST_RUN; needs root, i.e. CAP_BPF
        and CAP_NET_ADMIN, else BpfError), and through the reference dissector when the
        dissector has a graph: a difference between them is in ``Result.differences``
        (and ``Results.mismatches``), as `flowdsl test` reports it.

        flags: ``PARSE_1ST_FRAG``, ``STOP_AT_FLOW_LABEL``, ``STOP_AT_ENCAP`` (names, comma
        separated) or their sum as a number (``flowdsl.InputFlags`` values)."""
        return self._run(packets, flags, kernel=True)

    def reference(self, packets: Packets, flags: int | str = 0) -> Results:
        """Each packet through the pure-Python reference dissector only (no kernel, no
        root). See ``run`` for ``packets`` and ``flags``."""
        if self.graph is None:
            raise InputError(f"{self.label} carries no parse graph, so the reference "
                             "dissector cannot run it; rebuild it with flowdsl.build")
        return self._run(packets, flags, kernel=False)

    def compare_builtin(self, packets: Packets, accept: str | Sequence[str] = (),
                        flags: int | str = 0) -> Results:
        """Each packet's flow hash with this program and with the kernel's built-in C
        dissector (in a private network namespace, gone afterwards; root), each
        difference with its reasons (``Result.hash_reasons``: vlan, gre-key, tipc,
        ipv6-residue, udp-tunnel, mpls-payload, limit, unexplained), as
        `flowdsl test --compare-kernel` does. A difference is accepted
        (``Result.hash_accepted``) when all its reasons are in ``accept`` (comma
        separated names, a list, or "all"); ``Results.ok`` is then still True.
        ``flags`` are the test run's, as for ``run`` (the hashes use the kernel's own)."""
        from flowdsl.explain import parse_accept

        return self._run(packets, flags, kernel=True, compare=True,
                         accept=parse_accept(accept))

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the object file (replaced whole, never half written); OutputError if it
        cannot be. Returns the path."""
        pipeline.write_file(path, self.obj)
        return Path(path)

    def _run(self, packets: Packets, flags: int | str, kernel: bool, compare: bool = False,
             accept: frozenset[str] = frozenset()) -> Results:
        from flowdsl.packets import parse_flags

        bits = parse_flags([flags if isinstance(flags, str) else _flag_number(flags)])
        target = pipeline.Target(self.graph, self.obj, self.label)
        with pipeline.run_packets(target, _records(packets), bits, use_kernel=kernel,
                                  compare_builtin=compare, accept=accept,
                                  require_kernel=kernel) as run:
            outcomes = list(run.outcomes)
        side = "kernel" if kernel else "reference"
        return Results(
            tuple(Result(o, side) for o in outcomes if not o.skipped),
            tuple((o.label, o.skipped) for o in outcomes if o.skipped),
            run.summary.line(), run.summary.to_dict(),
            str(run.summary.damage) if run.summary.damage is not None else None,
            run.summary.mismatches, run.summary.hash_unaccepted, bits, side)

    def __repr__(self) -> str:
        parts = [f"{len(self.protocols)} protocols" if self.graph is not None
                 else "no parse graph", f"{self.insns} BPF insns"]
        figures = self.verification
        if figures is not None and figures.verified:
            parts.append(f"verifier {figures.verified_insns} insns, jited "
                         f"{figures.jited_bytes} B")
        profile = f"profile {self.profile}, " if self.profile else ""
        return f"<Dissector {profile}{self.label}: {', '.join(parts)}>"


def _flag_number(flags: object) -> str:
    if isinstance(flags, bool) or not isinstance(flags, int):
        raise UsageError(f"flags: give names (e.g. 'PARSE_1ST_FRAG,STOP_AT_ENCAP') or a "
                         f"number, not {type(flags).__name__}")
    return str(int(flags))


def _records(packets: Packets) -> Iterator[Record]:
    """The packets as capture records, labelled ``packet N`` (a capture's frames keep
    their own labels). Mistakes are raised before the first packet runs, except a
    capture's damage, which ends its frames (``Results.damage``)."""
    if _is_one(packets):
        items: list[object] = [packets]
    elif isinstance(packets, Iterable):
        items = list(cast(Iterable[object], packets))
    else:
        raise InputError(f"packets: give bytes, hex text, a pcap path, or a list of them, "
                         f"not {type(packets).__name__}")
    if not items:
        raise InputError("no packets: give bytes, hex text, a pcap path, or a list of them")
    records: list[Iterator[Record] | CaptureFrame] = []
    for index, item in enumerate(items, 1):
        records.append(_record(index, item))
    for entry in records:
        if isinstance(entry, CaptureFrame):
            yield entry
        else:
            yield from entry


def _is_one(packets: object) -> bool:
    """One packet (or one capture), not a list of them: scapy packets, which are
    iterable, are single packets too (they convert with bytes())."""
    return isinstance(packets, (bytes, bytearray, memoryview, str, os.PathLike)) or \
        hasattr(packets, "__bytes__")


def _record(index: int, item: object) -> CaptureFrame | Iterator[Record]:
    from flowdsl.captures import ETH_HLEN, read_capture
    from flowdsl.packets import gather

    label = f"packet {index}"
    # paths first: a Path has __bytes__ too
    if isinstance(item, os.PathLike) or (isinstance(item, str) and _names_a_file(item)):
        return read_capture(os.fspath(item))
    if isinstance(item, (bytes, bytearray, memoryview)) or (
            not isinstance(item, str) and hasattr(item, "__bytes__")):
        frame = bytes(cast(SupportsBytes, item))
        if len(frame) < ETH_HLEN:
            raise InputError(f"a packet must be an Ethernet frame of at least {ETH_HLEN} "
                             f"bytes; {label} has {len(frame)}")
        return CaptureFrame(label, frame)
    if isinstance(item, str):
        try:
            (record,) = gather([item], None, False)
        except InputError as error:  # its messages name --packet 1, the command's words
            raise InputError(str(error).replace("--packet 1", label, 1)) from None
        assert isinstance(record, CaptureFrame)
        return replace(record, label=label)
    raise InputError(f"{label}: give bytes, hex text or a pcap path, not "
                     f"{type(item).__name__}")


def _names_a_file(text: str) -> bool:
    return (os.path.exists(text) or text.lower().endswith(_CAPTURE_SUFFIXES)
            or os.sep in text)


@dataclass(frozen=True, repr=False)
class Result:
    """One packet's verdict and keys (``keys``: ``flowdsl.FlowKeys``), from the kernel
    when it ran, else from the reference dissector.

    ``to_dict()`` is the packet's entry of `flowdsl test --json`, the same schema."""

    outcome: pipeline.PacketOutcome
    side: str = "kernel"  # what ran first: "kernel" or "reference"

    @property
    def packet(self) -> str:
        """The packet's label: ``packet N``, or a capture's ``file#N``."""
        return self.outcome.label

    @property
    def verdict(self) -> str:
        """``BPF_OK``, ``BPF_DROP`` or ``BPF_FLOW_DISSECTOR_CONTINUE``."""
        return self.outcome.verdict

    @property
    def keys(self) -> FlowKeys:
        run = self.outcome.kernel or self.outcome.reference
        assert run is not None  # a Result is made for tested frames only
        return run.keys

    @property
    def path(self) -> tuple[str, ...]:
        """The protocols the reference dissector walked (empty without a graph)."""
        return self.outcome.reference.path if self.outcome.reference is not None else ()

    @property
    def differences(self) -> list[tuple[str, object, object]]:
        """(key, kernel, reference) for each way the kernel and the reference differ."""
        return list(self.outcome.differences)

    @property
    def notes(self) -> tuple[str, ...]:
        return self.outcome.notes

    @property
    def builtin_hash(self) -> int | None:
        """With compare_builtin: the flow hash of the built-in dissector's keys."""
        return self.outcome.builtin.builtin if self.outcome.builtin is not None else None

    @property
    def program_hash(self) -> int | None:
        """With compare_builtin: the flow hash of this program's keys."""
        return self.outcome.builtin.program if self.outcome.builtin is not None else None

    @property
    def hash_differs(self) -> bool:
        return self.outcome.hash_differs

    @property
    def hash_reasons(self) -> tuple[str, ...]:
        return self.outcome.hash_reasons

    @property
    def hash_accepted(self) -> bool:
        return self.outcome.hash_accepted

    def to_dict(self) -> dict[str, Any]:
        return self.outcome.to_dict()

    def __repr__(self) -> str:
        return f"<Result {describe(self.verdict, self.keys)}{self._findings()}>"

    def _findings(self) -> str:
        out = "".join(f" MISMATCH {key}: kernel {a} reference {b}"
                      for key, a, b in self.outcome.differences)
        pair = self.outcome.builtin
        if pair is not None and not pair.comparable:
            out += " hash not comparable"
        elif pair is not None:
            out += " hash same" if pair.same else (
                " hash DIFFERS " + ",".join(self.hash_reasons)
                + (" (accepted)" if self.hash_accepted else ""))
        return out


def describe(verdict: str, keys: FlowKeys) -> str:
    """A verdict and the keys that are set, in a line:
    ``OK ipv4 10.0.0.1:1234 -> 10.0.0.2:80 proto tcp nhoff 14 thoff 34``."""
    parts = [verdict.removeprefix("BPF_FLOW_DISSECTOR_").removeprefix("BPF_")]
    family = _ADDR_PROTOS.get(keys.addr_proto)
    if family is not None:
        parts.append(family)
        if keys.n_proto != keys.addr_proto:
            parts.append(f"n_proto 0x{keys.n_proto:04x}")
        ports = bool(keys.sport or keys.dport)
        src, dst = keys.src, keys.dst
        if ports:
            if family == "ipv6":
                src, dst = f"[{src}]", f"[{dst}]"
            src, dst = f"{src}:{keys.sport}", f"{dst}:{keys.dport}"
        parts.append(f"{src} -> {dst}")
    else:
        if keys.addr_proto:
            parts.append(f"addr_proto 0x{keys.addr_proto:04x}")
        if keys.n_proto:
            parts.append(f"n_proto 0x{keys.n_proto:04x}")
        if keys.sport or keys.dport:
            parts.append(f"ports {keys.sport} -> {keys.dport}")
    if keys.ip_proto:
        parts.append(f"proto {_IP_PROTOS.get(keys.ip_proto, str(keys.ip_proto))}")
    parts += [name for name, value in (("frag", keys.is_frag),
                                       ("first_frag", keys.is_first_frag),
                                       ("encap", keys.is_encap)) if value]
    if keys.flow_label:
        parts.append(f"flow_label 0x{keys.flow_label:05x}")
    parts.append(f"nhoff {keys.nhoff} thoff {keys.thoff}")
    return " ".join(parts)


@dataclass(frozen=True, repr=False)
class Results(Sequence[Result]):
    """The packets' results, in order (a sequence of Result), with what the run found:
    ``mismatches`` (kernel vs reference), ``hash_unaccepted`` (built-in hash differences
    not accepted), ``skipped`` capture records (label, reason), ``damage`` (a damaged
    capture: the frames before it were tested), and ``summary``, the line `flowdsl test`
    ends with. ``ok`` is what `flowdsl test` would exit 0 for. Every result is kept in
    memory: for captures of millions of frames, `flowdsl test --json` streams."""

    results: tuple[Result, ...]
    skipped: tuple[tuple[str, str], ...] = ()
    summary: str = ""
    summary_dict: dict[str, Any] | None = None  # `flowdsl test --json`'s "summary"
    damage: str | None = None
    mismatches: int = 0
    hash_unaccepted: int = 0
    flags: int = 0
    side: str = "kernel"

    @property
    def ok(self) -> bool:
        return (not self.mismatches and not self.hash_unaccepted and self.damage is None
                and bool(self.results))

    @overload
    def __getitem__(self, index: int) -> Result: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Result]: ...

    def __getitem__(self, index: int | slice) -> Result | Sequence[Result]:
        return self.results[index]

    def __len__(self) -> int:
        return len(self.results)

    def __iter__(self) -> Iterator[Result]:
        return iter(self.results)

    def to_dict(self) -> dict[str, Any]:
        """``packets`` and ``summary`` as in `flowdsl test --json`."""
        return {"flags": self.flags, "packets": [r.to_dict() for r in self.results],
                "summary": self.summary_dict or {}}

    def __repr__(self) -> str:
        lines = [f"{r.packet}: {r!r}" for r in self.results[:_SHOWN]]
        if len(self.results) > _SHOWN:
            lines.append(f"... {len(self.results) - _SHOWN} more (index the Results)")
        lines += [f"{label}: skipped: {reason}" for label, reason in self.skipped[:_SHOWN]]
        lines.append(f"# {self.side}: {self.summary}")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{html.escape(r.packet)}</td><td>{html.escape(r.verdict)}</td>"
            f"<td>{html.escape(describe(r.verdict, r.keys).partition(' ')[2])}"
            f"{html.escape(r._findings())}</td></tr>" for r in self.results[:_SHOWN])
        more = (f"<tr><td colspan=3>... {len(self.results) - _SHOWN} more</td></tr>"
                if len(self.results) > _SHOWN else "")
        return ("<table><tr><th>packet</th><th>verdict</th><th>keys</th></tr>"
                f"{rows}{more}</table><p>{html.escape(self.side)}: "
                f"{html.escape(self.summary)}</p>")
