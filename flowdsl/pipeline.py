"""The pipeline end to end, as the commands use it: no argparse, no printing.

spec or library -> profile -> build -> object -> kernel and reference; a verifier
rejection is explained here by running the pipeline again without one protocol at a
time. The CLI (cli.py, cli_deploy.py) parses arguments, calls these and prints the
typed results; deployments.py does the same for what gets pinned.
"""

from __future__ import annotations

import contextlib
import difflib
import errno as errno_codes
import itertools
import os
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flowdsl.captures import MAX_TEST_FRAME, CaptureFrame, Damaged, Record, Skipped, fit
from flowdsl.errors import (
    EXIT_SPEC,
    BpfError,
    ElfError,
    FlowdslError,
    InputError,
    OutputError,
    UsageError,
    VerifierError,
)

if TYPE_CHECKING:  # the modules themselves load on use: `status` never needs LLVM
    from flowdsl.dsl.graph import Node, ParseGraph
    from flowdsl.dsl.profile import Profile
    from flowdsl.dsl.reference import ReferenceDissector, Result
    from flowdsl.packets import Packet
    from flowdsl.runtime.bench import ClassResult, PathResult
    from flowdsl.runtime.elf import BpfObject
    from flowdsl.runtime.loader import ProgramInfo
    from flowdsl.runtime.oracle import HashPair
    from flowdsl.runtime.testrun import TestRun
    from flowdsl.skbtest import Case



# -- graphs ------------------------------------------------------------------------------


def base_graph(spec: str | None) -> tuple[ParseGraph, bool]:
    """(graph, extends_library) of a spec file (running it: only a file the user names
    on this command line) or of the built-in library, before any profile."""
    from flowdsl.dsl.spec import read_spec
    from flowdsl.protocols import library_graph

    return read_spec(spec) if spec else (library_graph(), True)


class ProfileNameError(FlowdslError):
    """--profile names neither a file nor a shipped profile (a profile error: exit 3)."""

    exit_code = EXIT_SPEC


def check_profile_name(name: str) -> None:
    """A --profile that names no file and no shipped profile: a profile error (exit 3)
    that lists the shipped ones and the nearest, before anything is built."""
    from flowdsl.protocols import PROFILE_DIR, PROFILES, profile_path

    path = profile_path(name)
    if path.parent != PROFILE_DIR or path.exists():
        return  # a path: load_profile reports a file it cannot read
    near = difflib.get_close_matches(name, PROFILES, n=1)
    raise ProfileNameError(
        f"--profile {name}: no such profile; the shipped ones are {', '.join(PROFILES)}"
        + (f" (did you mean {near[0]}?)" if near else "")
        + ", or give the path of a .toml file")


def profiled(graph: ParseGraph, extends_library: bool, profile: str | Profile | None = None,
             enable: Sequence[str] = (), disable: Sequence[str] = ()
             ) -> tuple[ParseGraph, Profile | None]:
    """(graph, profile) with a profile applied: the given one, else ``kernel`` unless the
    graph is a spec's whole graph of its own; ``enable``/``disable`` switch protocols in
    that profile."""
    from flowdsl.protocols import with_profile

    if profile is None and not extends_library:
        if enable or disable:
            raise InputError("this spec defines a whole graph and no profile: give one with "
                             "--profile to switch protocols")
        return graph, None
    return with_profile(graph, profile or "kernel", enable, disable)


def resolve_graph(spec: str | None, profile: str | Profile | None = None,
                  enable: Sequence[str] = (), disable: Sequence[str] = ()
                  ) -> tuple[ParseGraph, Profile | None]:
    """(graph, profile) of a spec file or the built-in library, with a profile applied
    (see ``profiled``)."""
    return profiled(*base_graph(spec), profile, enable, disable)


def load_graph(spec: str | None, profile: str | None) -> ParseGraph:
    """The graph of a spec file (or the built-in library) with its profile applied."""
    return resolve_graph(spec, profile)[0]


# -- objects -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ObjectFile:
    data: bytes
    obj: BpfObject
    graph: ParseGraph | None  # the embedded graph, parsed; None for a foreign object


def read_object(target: str) -> ObjectFile:
    """An object file given on the command line, read and its graph parsed."""
    from flowdsl.runtime.elf import read_elf

    try:
        data = Path(target).read_bytes()
    except OSError as error:
        raise ElfError(f"cannot read {target}: {error.strerror}; give an object "
                       "built by `flowdsl build` or a spec .py file") from None
    obj = read_elf(data, target)
    return ObjectFile(data, obj, embedded_graph(obj))


def embedded_graph(obj: BpfObject) -> ParseGraph | None:
    from flowdsl.dsl.graph import ParseGraph

    return ParseGraph.from_dict(obj.graph.data) if obj.graph is not None else None


@dataclass(frozen=True)
class Target:
    """What `test` and `bench` run: an object, and the graph the reference can run."""

    graph: ParseGraph | None
    obj: bytes
    label: str
    build_seconds: float | None = None  # when built here, the whole build in process


def prepare_target(target: str | None, profile: str | None) -> Target:
    """An object file as it is, or a spec (or the library) built here."""
    from flowdsl.codegen.build import build

    if target and not target.endswith(".py"):
        if profile:
            raise UsageError("--profile applies to a spec, not to a built object; "
                             "rebuild with `flowdsl build --profile`")
        read = read_object(target)
        return Target(read.graph, read.data, target)
    started = time.perf_counter()
    graph = load_graph(target, profile)
    obj = build(graph).obj
    label = (target or "built-in library") + (f", profile {graph.profile}" if graph.profile
                                              else "")
    return Target(graph, obj, label, time.perf_counter() - started)


# -- build -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verification:
    """The verifier's figures, or why the program could not be loaded to get them."""

    verified: bool
    reason: str = ""
    verified_insns: int = 0
    xlated_bytes: int = 0
    jited_bytes: int = 0

    def to_dict(self) -> dict[str, Any]:
        if not self.verified:
            return {"verified": False, "reason": self.reason}
        return {"verified": True, "verified_insns": self.verified_insns,
                "xlated_bytes": self.xlated_bytes, "jited_bytes": self.jited_bytes}


@dataclass(frozen=True)
class Built:
    graph: ParseGraph
    emitted: bytes | str  # what --emit asked for
    insns: int
    seconds: float
    verification: Verification | None  # None: not asked
    obj: bytes = b""  # the object file, whatever ``emitted`` is


def build_target(spec: str | None, profile: str | None, emit: str = "obj",
                 stats: bool = False, verify: bool = True) -> Built:
    """Build a spec or the library; with ``verify``, load it for the verifier's figures
    (a rejection is explained: see ``explain_rejection``)."""
    return build_profiled(load_graph(spec, profile), emit, stats, verify)


def build_profiled(graph: ParseGraph, emit: str = "obj", stats: bool = False,
                   verify: bool = True) -> Built:
    """Build a graph whose profile is applied (``resolve_graph``): `flowdsl build` and
    the Python API's ``flowdsl.build``."""
    from flowdsl.codegen.build import build
    from flowdsl.runtime.elf import read_elf

    result = build(graph, want_assembly=emit == "asm", stats=stats)
    # only what was asked for: the graph's JSON alone takes a twentieth of a build
    artifacts: dict[str, bytes | str] = {"llvm": result.llvm_ir, "asm": result.assembly,
                                         "obj": result.obj}
    emitted = graph.to_json() if emit == "graph" else artifacts[emit]
    obj = read_elf(result.obj)
    verification = None
    if verify:
        try:
            verification = verify_object(obj)
        except VerifierError as error:
            raise explain_rejection(error, graph, stats) from None
    return Built(graph, emitted, obj.insn_count, result.seconds, verification,
                 result.obj)


def verify_object(obj: BpfObject) -> Verification:
    """Load the object to get the verifier's figures; say why not if we cannot."""
    from flowdsl.runtime.loader import load_object

    try:
        with load_object(obj) as program:
            info = program.info
    except VerifierError:
        raise
    except BpfError as error:
        if error.errno in (errno_codes.EPERM, errno_codes.EACCES):
            from flowdsl.runtime.caps import missing

            lacking = " and ".join(missing()) or "CAP_BPF and CAP_NET_ADMIN"
            return Verification(False, f"needs {lacking}")
        raise
    return Verification(True, "", info.verified_insns, info.xlated_bytes, info.jited_bytes)


def find_culprit(graph: ParseGraph, stats: bool = False) -> Node | None:
    """The protocol whose removal (with the fewest others) makes the program load.

    The verifier names an instruction; after optimisation, instructions no longer belong
    to one header. So the culprit is found by experiment: build the graph again without
    one protocol at a time (and whatever only it leads to). It costs one build and one
    load per protocol, only after a rejection."""
    from flowdsl.codegen.build import build
    from flowdsl.dsl.profile import Profile, apply_profile
    from flowdsl.runtime.elf import read_elf
    from flowdsl.runtime.loader import load_object

    best: tuple[int, Node] | None = None
    for node in graph.nodes:
        if node.name == graph.entry:
            continue
        try:
            smaller = apply_profile(graph, Profile(name=graph.profile, source="(diagnosis)",
                                                   disable=(node.name,)))
            if best is not None and len(graph.nodes) - len(smaller.nodes) >= best[0]:
                continue
            with load_object(read_elf(build(smaller, stats=stats).obj)):
                pass
        except (VerifierError, FlowdslError):
            continue
        lost = len(graph.nodes) - len(smaller.nodes)
        if best is None or lost < best[0]:
            best = (lost, node)
    return best[1] if best else None


def explain_rejection(error: VerifierError, graph: ParseGraph | None,
                      stats: bool = False) -> VerifierError:
    """The same error, its message naming the protocol to look at when one is found:
    only when the log gave no spec line (a program without line info), since the line
    info names the very line the verifier stopped at."""
    if graph is None or error.location is not None:
        return error
    try:
        node = find_culprit(graph, stats)
    except BpfError:
        return error
    if node is not None:
        error.protocol = node.name
        error.args = (error.args[0], f"{error.args[1]}\nwithout protocol {node.name!r} "
                      f"({node.source}) the program loads: look "
                      "there first")
    return error


# -- test --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PacketOutcome:
    """One packet through the kernel, the reference, and the built-in dissector; or a
    capture record that was skipped (``skipped`` says why; nothing ran)."""

    label: str
    length: int
    kernel: TestRun | None
    reference: Result | None
    differences: list[tuple[str, object, object]] = field(default_factory=list)
    builtin: HashPair | None = None  # with compare_builtin
    notes: tuple[str, ...] = ()  # what the capture reader did to the frame (cut, ...)
    skipped: str = ""
    hash_reasons: tuple[str, ...] = ()  # why the hash differs (flowdsl/explain.py)
    hash_accepted: bool = True  # every reason is one the user accepted (--accept)

    @property
    def compared(self) -> bool:
        return self.kernel is not None and self.reference is not None

    @property
    def hash_differs(self) -> bool:
        return self.builtin is not None and self.builtin.comparable and not self.builtin.same

    @property
    def differs(self) -> bool:
        """A kernel/reference mismatch or a built-in hash difference: what
        ``--differences-only`` shows."""
        return bool(self.differences) or self.hash_differs

    @property
    def verdict(self) -> str:
        from flowdsl.dsl.abi import VERDICT_NAMES

        if self.kernel is not None:
            return VERDICT_NAMES.get(self.kernel.verdict, str(self.kernel.verdict))
        return self.reference.verdict_name if self.reference is not None else ""

    def to_dict(self) -> dict[str, Any]:
        entry: dict[str, Any] = {"packet": self.label, "length": self.length,
                                 "notes": list(self.notes)}
        if self.skipped:
            entry["skipped"] = self.skipped
        if self.kernel is not None:
            entry["kernel"] = {"verdict": self.verdict, "keys": self.kernel.keys.to_dict()}
        if self.reference is not None:
            entry["reference"] = {"verdict": self.reference.verdict_name,
                                  "keys": self.reference.keys.to_dict(),
                                  "path": list(self.reference.path)}
        if self.compared:
            entry["match"] = not self.differences
            entry["differences"] = [{"key": k, "kernel": str(a), "reference": str(b)}
                                    for k, a, b in self.differences]
        if self.builtin is not None:
            pair = self.builtin
            entry["builtin_hash"] = {"builtin": pair.builtin, "flowdsl": pair.program,
                                     "same": pair.same, "comparable": pair.comparable,
                                     "reasons": list(self.hash_reasons),
                                     "accepted": self.hash_accepted}
        return entry


@dataclass
class RunSummary:
    """What a run has seen so far; complete once its outcomes are consumed."""

    read: int = 0  # packets and capture records
    tested: int = 0
    skipped: int = 0
    cut_by_capture: int = 0
    cut_to_fit: int = 0
    verdicts: Counter[str] = field(default_factory=Counter)
    mismatches: int = 0
    hash_compared: bool = False
    hash_differences: int = 0
    hash_not_comparable: int = 0
    hash_reasons: Counter[str] = field(default_factory=Counter)  # packets per reason
    hash_unaccepted: int = 0  # differences with a reason the user did not accept
    first_skip: str = ""  # the first reason, for "nothing could be used"
    damage: Damaged | None = None  # the capture's damage, once reached

    def count(self, outcome: PacketOutcome, record: CaptureFrame | Skipped) -> None:
        self.read += 1
        if isinstance(record, Skipped):
            self.skipped += 1
            self.first_skip = self.first_skip or f"{record.label}: {record.reason}"
            return
        self.tested += 1
        self.cut_by_capture += record.cut_by_capture
        self.cut_to_fit += record.cut_to_fit
        self.verdicts[outcome.verdict] += 1
        self.mismatches += bool(outcome.differences)
        if outcome.builtin is not None:
            self.hash_differences += outcome.hash_differs
            self.hash_not_comparable += not outcome.builtin.comparable
            self.hash_reasons.update(outcome.hash_reasons)
            self.hash_unaccepted += outcome.hash_differs and not outcome.hash_accepted

    def line(self) -> str:
        """One line: frames read, tested, skipped, cut; verdicts; mismatches; hashes."""
        cut = self.cut_by_capture + self.cut_to_fit
        how = (f" ({self.cut_by_capture} by the capture, {self.cut_to_fit} to "
               f"{MAX_TEST_FRAME} bytes)") if cut else ""
        parts = [f"{self.read} frames read, {self.tested} tested, {self.skipped} skipped, "
                 f"{cut} cut{how}"]
        if self.verdicts:
            parts.append(", ".join(f"{name} {n}" for name, n in sorted(self.verdicts.items())))
        parts.append(f"{self.mismatches} kernel/reference mismatches")
        if self.hash_compared:
            why = ", ".join(f"{name} {n}" for name, n in self.reasons().items())
            accepted = self.hash_differences - self.hash_unaccepted
            parts.append(f"{self.hash_differences} built-in hash differences"
                         + (f" ({why}; {accepted} accepted)" if why else "")
                         + (f", {self.hash_not_comparable} not comparable"
                            if self.hash_not_comparable else ""))
        if self.damage is not None:
            parts.append(f"capture damaged at byte {self.damage.offset}")
        return "; ".join(parts)

    def reasons(self) -> dict[str, int]:
        """Packets per reason for a hash difference, in explain.REASONS order."""
        from flowdsl.explain import in_order

        return in_order(self.hash_reasons)

    def to_dict(self) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "read": self.read, "tested": self.tested, "skipped": self.skipped,
            "cut_by_capture": self.cut_by_capture, "cut_to_fit": self.cut_to_fit,
            "verdicts": dict(sorted(self.verdicts.items())), "mismatches": self.mismatches}
        if self.hash_compared:
            entry["builtin_hash_differences"] = self.hash_differences
            entry["builtin_hash_not_comparable"] = self.hash_not_comparable
            entry["builtin_hash_reasons"] = self.reasons()
            entry["builtin_hash_unaccepted"] = self.hash_unaccepted
        if self.damage is not None:
            entry["damaged"] = {"offset": self.damage.offset, "what": self.damage.what}
        return entry


@dataclass
class PacketRun:
    """A run in progress: ``outcomes`` yields each packet's outcome once, in order, and
    ``summary`` counts them as they are consumed (nothing keeps them)."""

    label: str
    flags: int
    note: str  # why the kernel did not run, if it did not
    outcomes: Iterator[PacketOutcome]
    summary: RunSummary

    @property
    def compared_builtin(self) -> bool:
        return self.summary.hash_compared

    @property
    def mismatches(self) -> int:
        return self.summary.mismatches

    @property
    def hash_differences(self) -> int:
        return self.summary.hash_differences


# Frames per batch: the built-in dissector comparison makes one private namespace per
# batch (a thread, attach, detach), and a batch is all that is in memory at once.
CHUNK = 1000


@contextlib.contextmanager
def run_packets(target: Target, records: Iterable[Record], flags: int = 0,
                use_kernel: bool = True, compare_builtin: bool = False,
                accept: frozenset[str] = frozenset(), require_kernel: bool = False
                ) -> Iterator[PacketRun]:
    """Every packet through the kernel (BPF_PROG_TEST_RUN) and the reference, compared;
    with ``compare_builtin``, the flow hash against the kernel's built-in dissector, each
    difference explained (flowdsl/explain.py) and accepted if all its reasons are in
    ``accept``.

    A stream: the records are read, and the outcomes made, as ``run.outcomes`` is
    consumed, ``CHUNK`` at a time, so memory does not grow with the capture. The
    program stays loaded until the ``with`` block ends. Without the privileges to load
    it, the reference runs alone (``run.note`` says why), or with ``require_kernel``
    the BpfError is raised."""
    from flowdsl.dsl.reference import ReferenceDissector
    from flowdsl.runtime.elf import read_elf
    from flowdsl.runtime.loader import Program, load_object

    program: Program | None = None
    note = ""
    if use_kernel:
        try:
            program = load_object(read_elf(target.obj, target.label))
        except BpfError as error:
            if require_kernel or error.errno not in (errno_codes.EPERM, errno_codes.EACCES):
                raise
            note = "kernel not available (needs CAP_BPF and CAP_NET_ADMIN)"
    reference = ReferenceDissector(target.graph) if target.graph is not None else None
    try:
        if program is None and reference is None:
            raise InputError(f"{target.label} carries no parse graph and the kernel is not "
                             "available, so nothing can run it; rebuild it with "
                             "`flowdsl build`")
        if compare_builtin and program is None:
            raise InputError("--compare-kernel runs the packets through the kernel: "
                             + (note or "drop --reference-only"))
        summary = RunSummary(hash_compared=compare_builtin)
        fd = program.fd.fd if program is not None else None
        outcomes = _outcomes(iter(records), summary, fd, reference, flags,
                             compare_builtin, accept)
        yield PacketRun(target.label, flags, note, outcomes, summary)
    finally:
        if program is not None:
            program.close()


def _outcomes(records: Iterator[Record], summary: RunSummary, program_fd: int | None,
              reference: ReferenceDissector | None, flags: int, compare_builtin: bool,
              accept: frozenset[str]) -> Iterator[PacketOutcome]:
    while chunk := [fit(r) if isinstance(r, CaptureFrame) else r
                    for r in itertools.islice(records, CHUNK)]:
        frames = [(r.label, r.frame) for r in chunk if isinstance(r, CaptureFrame)]
        hashes: Iterator[HashPair | None] = itertools.repeat(None)
        if compare_builtin and program_fd is not None and frames:
            from flowdsl.runtime.oracle import compare_with_builtin

            hashes = iter(compare_with_builtin(program_fd, frames))  # in the frames' order
        for record in chunk:
            if isinstance(record, Damaged):
                summary.damage = record
                continue
            if isinstance(record, Skipped):
                outcome = PacketOutcome(record.label, 0, None, None, skipped=record.reason)
            else:
                outcome = _test_frame(record, program_fd, reference, flags, next(hashes),
                                      accept)
            summary.count(outcome, record)
            yield outcome


def _test_frame(record: CaptureFrame, program_fd: int | None,
                reference: ReferenceDissector | None, flags: int,
                builtin: HashPair | None, accept: frozenset[str]) -> PacketOutcome:
    from flowdsl.dsl.reference import outcome_differences
    from flowdsl.explain import accepted
    from flowdsl.runtime.testrun import test_run

    kernel = test_run(program_fd, record.frame, flags) if program_fd is not None else None
    ref = reference.run(record.frame, flags) if reference is not None else None
    diff = outcome_differences(kernel.verdict, kernel.keys, ref.verdict, ref.keys) \
        if kernel is not None and ref is not None else []
    reasons = _hash_reasons(record.frame, reference, builtin)
    return PacketOutcome(record.label, len(record.frame), kernel, ref, diff, builtin,
                         record.notes, hash_reasons=tuple(reasons),
                         hash_accepted=accepted(reasons, accept))


def _hash_reasons(frame: bytes, reference: ReferenceDissector | None,
                  builtin: HashPair | None) -> list[str]:
    """Why the built-in dissector's hash differs, from the reference dissector's walk
    under the flags the kernel's hash uses (not the user's --flags); without a parse
    graph, from the frame alone."""
    from flowdsl.explain import HASH_FLAGS, reasons_for

    if builtin is None or builtin.same or not builtin.comparable:
        return []
    return reasons_for(frame, reference.run(frame, HASH_FLAGS) if reference else None)


def run_real_skbs(target: Target, packets: Sequence[Packet], split: str,
                  accept: frozenset[str] = frozenset()) -> list[Case]:
    """Every packet as real paged skbs through a tap (see skbtest.py); hash differences
    from the built-in dissector for reasons in ``accept`` pass (flowdsl/explain.py)."""
    from flowdsl import skbtest
    from flowdsl.dsl.reference import ReferenceDissector
    from flowdsl.runtime.elf import read_elf
    from flowdsl.runtime.loader import load_object

    cuts = skbtest.parse_split(split)
    reference = ReferenceDissector(target.graph) if target.graph is not None else None
    with load_object(read_elf(target.obj, target.label)) as program:
        return skbtest.run(program.fd.fd, packets, cuts, reference, accept)


# -- bench -------------------------------------------------------------------------------


@dataclass(frozen=True)
class BenchRun:
    target: Target
    info: ProgramInfo
    alone: list[ClassResult]  # the program alone, next to an empty program
    path: list[PathResult]  # the whole path; empty when not asked
    baseline: dict[str, object] | None = None  # --baseline: what it was (Baseline.to_dict)


def bench(target: Target, classes: Sequence[Packet], trials: int, repeat: int,
          path_repeat: int | None, progress: Callable[[int], Callable[[int, int], None]],
          baseline: str | None = None) -> BenchRun:
    """Measure the target (``path_repeat`` None: skip the whole path); ``progress(part)``
    gives a callback for each part. ``baseline``: a pinned flow dissector or an object,
    measured in the same trials (runtime/baseline.py says how a pin is opened)."""
    from flowdsl.runtime.baseline import open_baseline
    from flowdsl.runtime.bench import PROGRAM_COPIES, bench_program, bench_whole_path
    from flowdsl.runtime.elf import read_elf
    from flowdsl.runtime.loader import load_object

    with contextlib.ExitStack() as stack:
        other = stack.enter_context(open_baseline(baseline)) if baseline else None
        obj = read_elf(target.obj, target.label)
        copies = [stack.enter_context(load_object(obj)) for _ in range(PROGRAM_COPIES)]
        program = copies[0]
        other_fd = other.fd.fd if other else None
        alone = bench_program([copy.fd.fd for copy in copies], classes, trials, repeat,
                              progress=progress(1), baseline_fd=other_fd)
        path = [] if path_repeat is None else bench_whole_path(
            program.fd.fd, classes, trials, path_repeat, progress=progress(2),
            baseline_fd=other_fd)
        run = BenchRun(target, program.info, alone, path,
                       other.to_dict() if other else None)
    return run


# -- output ------------------------------------------------------------------------------


def write_file(path: str | os.PathLike[str], data: bytes | str) -> None:
    """Write a file the user asked for (`build -o`, ``Dissector.save``) as a new file
    renamed over the old one: a failed write (a full disk) leaves the previous file as it
    was, and no reader ever sees half an object. OutputError (exit 9) if it cannot be."""
    target = Path(path)
    payload = data if isinstance(data, bytes) else data.encode()
    temporary = None
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
        with os.fdopen(fd, "wb") as out:
            out.write(payload)
            # by fd: another user who can write the directory could swap the path
            os.fchmod(out.fileno(), 0o666 & ~_umask())
        os.replace(temporary, target)
    except OSError as error:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        raise OutputError(f"cannot write {path}: {error.strerror}") from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def version() -> str:
    """The installed flowdsl (a deployment of the library records it)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("flowdsl")
    except PackageNotFoundError:
        return "unknown"
