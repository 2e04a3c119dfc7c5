"""The flowdsl command line: thin subcommands over library functions.

Exit codes (also in the README): 0 ok, 1 a check failed (kernel/reference mismatch),
2 usage, 3 spec or profile error, 4 object file error, 5 bpf(2) refused, 6 verifier
rejection, 7 namespace/attach/pin error, 8 bad packet input.
"""

from __future__ import annotations

import argparse
import contextlib
import errno as errno_codes
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flowdsl.errors import (
    EXIT_BROKEN_PIPE,
    EXIT_FAILURE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    BpfError,
    FlowdslError,
    InputError,
    UsageError,
    VerifierError,
)


def base_graph(spec: str | None) -> tuple[Any, bool]:
    """(graph, extends_library) of a spec file (running it: only a file the user names
    on this command line) or of the built-in library, before any profile."""
    from flowdsl.dsl.spec import read_spec
    from flowdsl.protocols import library_graph

    return read_spec(spec) if spec else (library_graph(), True)


def profiled(graph: Any, extends_library: bool, profile: Any = None,
             enable: Sequence[str] = (), disable: Sequence[str] = ()) -> tuple[Any, Any]:
    """(graph, profile) with a profile applied: the given one (a name, a path, or a
    Profile), else ``kernel`` unless the graph is a spec's whole graph of its own;
    ``enable``/``disable`` switch protocols in that profile."""
    from flowdsl.dsl.profile import Profile, apply_profile, load_profile, switch_protocols
    from flowdsl.protocols import profile_path

    if profile is None and not extends_library:
        if enable or disable:
            raise InputError("this spec defines a whole graph and no profile: give one with "
                             "--profile to switch protocols")
        return graph, None
    if not isinstance(profile, Profile):
        profile = load_profile(profile_path(profile or "kernel"))
    profile = switch_protocols(profile, enable, disable)
    return apply_profile(graph, profile), profile


def resolve_graph(spec: str | None, profile: Any = None, enable: Sequence[str] = (),
                  disable: Sequence[str] = ()) -> tuple[Any, Any]:
    """(graph, profile) of a spec file or the built-in library, with a profile applied
    (see ``profiled``)."""
    return profiled(*base_graph(spec), profile, enable, disable)


def load_graph(spec: str | None, profile: str | None) -> Any:
    """The graph of a spec file (or the built-in library) with its profile applied."""
    return resolve_graph(spec, profile)[0]


def read_object(target: str) -> tuple[bytes, Any, Any]:
    """(bytes, BpfObject, its ParseGraph or None) of an object file given on the command
    line."""
    from flowdsl.dsl.graph import ParseGraph
    from flowdsl.runtime.elf import read_elf

    try:
        data = Path(target).read_bytes()
    except OSError as error:
        raise InputError(f"cannot read {target}: {error.strerror}; give an object "
                         "built by `flowdsl build` or a spec .py file") from None
    obj = read_elf(data, target)
    return data, obj, ParseGraph.from_dict(obj.graph.data) if obj.graph else None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write(path: str, data: bytes | str) -> None:
    if path == "-":
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
        else:
            sys.stdout.write(data if data.endswith("\n") else data + "\n")
        return
    # A new file renamed over the old one: a failed write (a full disk) leaves the
    # previous object as it was, and no reader ever sees half an object.
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
        raise InputError(f"cannot write {path}: {error.strerror}") from None


def _verify(obj: bytes) -> dict[str, Any]:
    """Load the object to get the verifier's figures; report why not if we cannot."""
    from flowdsl.runtime.elf import read_elf
    from flowdsl.runtime.loader import load_object

    try:
        with load_object(read_elf(obj)) as program:
            info = program.info
    except VerifierError:
        raise
    except BpfError as error:
        if error.errno in (errno_codes.EPERM, errno_codes.EACCES):
            from flowdsl.runtime.caps import missing

            lacking = " and ".join(missing()) or "CAP_BPF and CAP_NET_ADMIN"
            return {"verified": False, "reason": f"needs {lacking}"}
        raise
    return {"verified": True, "verified_insns": info.verified_insns,
            "xlated_bytes": info.xlated_bytes, "jited_bytes": info.jited_bytes}


# -- build -------------------------------------------------------------------------------


def cmd_build(args: argparse.Namespace) -> int:
    from flowdsl.codegen.build import build
    from flowdsl.runtime.elf import read_elf

    graph = load_graph(args.spec, args.profile)
    result = build(graph, want_assembly=args.emit == "asm", stats=args.stats)
    emitted = {"graph": graph.to_json(), "llvm": result.llvm_ir, "asm": result.assembly,
               "obj": result.obj}[args.emit]
    out = args.output or ("flowdsl.o" if args.emit == "obj" else "-")
    _write(out, emitted)
    report: dict[str, Any] = {
        "output": out, "emit": args.emit, "profile": graph.profile or "(none)",
        "protocols": graph.names, "insns": read_elf(result.obj).insn_count,
        "build_seconds": round(result.seconds, 4),
    }
    if not args.no_verify:
        try:
            report.update(_verify(result.obj))
        except VerifierError as error:
            from flowdsl.culprit import explain_rejection

            raise explain_rejection(error, graph, args.stats) from None
    stream = sys.stderr if out == "-" else sys.stdout
    if args.json:
        print(json.dumps(report, indent=1), file=stream)
    else:
        print(_build_line(report), file=stream)
    return EXIT_OK


def _build_line(r: dict[str, Any]) -> str:
    parts = [f"{len(r['protocols'])} protocols", f"profile {r['profile']}",
             f"{r['insns']} BPF insns"]
    if r.get("verified"):
        parts.append(f"verifier {r['verified_insns']} insns, xlated {r['xlated_bytes']} B, "
                     f"jited {r['jited_bytes']} B")
    elif "reason" in r:
        parts.append(f"not verified ({r['reason']})")
    parts.append(f"built in {r['build_seconds'] * 1000:.0f} ms")
    target = "stdout" if r["output"] == "-" else r["output"]
    return f"flowdsl: {r['emit']} -> {target}: " + ", ".join(parts)


# -- test --------------------------------------------------------------------------------


@dataclass
class _Source:
    graph: Any  # ParseGraph | None
    obj: bytes | None
    label: str
    build_seconds: float | None = None  # when built here, whole build in process


def _load_source(target: str | None, profile: str | None) -> _Source:
    from flowdsl.codegen.build import build

    if target and not target.endswith(".py"):
        data, _, graph = read_object(target)
        if profile:
            raise InputError("--profile applies to a spec, not to a built object; "
                             "rebuild with `flowdsl build --profile`")
        return _Source(graph, data, target)
    started = time.perf_counter()
    graph = load_graph(target, profile)
    obj = build(graph).obj
    label = (target or "built-in library") + (f", profile {graph.profile}" if graph.profile
                                              else "")
    return _Source(graph, obj, label, time.perf_counter() - started)


def parse_flags(values: Sequence[str]) -> int:
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


def _packets(args: argparse.Namespace) -> list[tuple[str, bytes]]:
    packets: list[tuple[str, bytes]] = []
    for index, text in enumerate(args.packet or [], 1):
        clean = "".join(text.replace(":", "").split())
        try:
            packets.append((f"packet {index}", bytes.fromhex(clean)))
        except ValueError:
            raise InputError(f"--packet {index} is not hex: {text[:40]!r}") from None
    if args.pcap:
        packets.extend(read_capture(args.pcap))
    if args.samples:
        from flowdsl.protocols.samples import sample_frames

        packets.extend(sample_frames())
    if not packets:
        raise InputError("no packets: give --packet HEX, --pcap FILE or --samples")
    return packets


def read_capture(path: str) -> list[tuple[str, bytes]]:
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


def cmd_test(args: argparse.Namespace) -> int:
    from flowdsl.dsl.abi import VERDICT_NAMES
    from flowdsl.dsl.reference import ReferenceDissector, outcome_differences
    from flowdsl.runtime.elf import read_elf
    from flowdsl.runtime.loader import load_object
    from flowdsl.runtime.testrun import check_frame, test_run

    source = _load_source(args.target, args.profile)
    packets = _packets(args)
    flags = parse_flags(args.flags or [])
    if args.split is not None:
        return _test_real_skbs(args, source, packets)
    program, kernel_note = None, ""
    if not args.reference_only and source.obj is not None:
        try:
            program = load_object(read_elf(source.obj, source.label))
        except BpfError as error:
            if error.errno not in (errno_codes.EPERM, errno_codes.EACCES):
                raise
            kernel_note = "kernel not available (needs CAP_BPF and CAP_NET_ADMIN)"
    reference = ReferenceDissector(source.graph) if source.graph is not None else None
    if program is None and reference is None:
        raise InputError(f"{source.label} carries no parse graph and the kernel is not "
                         "available, so nothing can run it; rebuild it with `flowdsl build`")
    if args.compare_kernel and program is None:
        raise InputError("--compare-kernel runs the packets through the kernel: "
                         + (kernel_note or "drop --reference-only"))
    hashes = None
    if args.compare_kernel:
        from flowdsl.runtime.oracle import compare_with_builtin

        hashes = compare_with_builtin(program.fd.fd, packets)  # type: ignore[union-attr]
    results, mismatches, hash_differences = [], 0, 0
    for index, (label, frame) in enumerate(packets):
        check_frame(frame)
        entry: dict[str, Any] = {"packet": label, "length": len(frame)}
        kernel = test_run(program.fd.fd, frame, flags) if program else None
        ref = reference.run(frame, flags) if reference else None
        if kernel is not None:
            entry["kernel"] = {"verdict": VERDICT_NAMES.get(kernel.verdict, kernel.verdict),
                               "keys": kernel.keys.to_dict()}
        if ref is not None:
            entry["reference"] = {"verdict": ref.verdict_name, "keys": ref.keys.to_dict(),
                                  "path": list(ref.path)}
        if kernel is not None and ref is not None:
            diff = outcome_differences(kernel.verdict, kernel.keys, ref.verdict, ref.keys)
            entry["match"] = not diff
            entry["differences"] = [{"key": k, "kernel": str(a), "reference": str(b)}
                                    for k, a, b in diff]
            mismatches += bool(diff)
        if hashes is not None:
            pair = hashes[index]
            entry["builtin_hash"] = {"builtin": pair.builtin, "flowdsl": pair.program,
                                     "same": pair.same, "comparable": pair.comparable}
            hash_differences += pair.comparable and not pair.same
        results.append(entry)
    if program is not None:
        program.close()
    if args.json:
        report = {"source": source.label, "flags": flags, "note": kernel_note,
                  "mismatches": mismatches, "packets": results}
        if hashes is not None:
            report["builtin_hash_differences"] = hash_differences
        print(json.dumps(report, indent=1))
    else:
        _print_results(source.label, flags, kernel_note, results)
    if mismatches:
        print(f"flowdsl: error: {mismatches} packet(s) differ between the kernel and the "
              "reference dissector", file=sys.stderr)
    if hash_differences:
        print(f"flowdsl: error: {hash_differences} packet(s) hash differently from the "
              "kernel's built-in dissector (expected only where it hashes what a BPF "
              "dissector cannot report: VLAN ids, GRE keys, MPLS entropy labels)",
              file=sys.stderr)
    return EXIT_FAILURE if mismatches or hash_differences else EXIT_OK


def _test_real_skbs(args: argparse.Namespace, source: _Source,
                    packets: list[tuple[str, bytes]]) -> int:
    from flowdsl import skbtest
    from flowdsl.dsl.reference import ReferenceDissector
    from flowdsl.runtime.elf import read_elf
    from flowdsl.runtime.loader import load_object

    if args.flags or args.reference_only or args.compare_kernel:
        raise UsageError("--split cannot go with --flags, --reference-only or "
                         "--compare-kernel: on a real skb the kernel sets the flags (the "
                         "hash asks STOP_AT_FLOW_LABEL), and it always compares with the "
                         "built-in dissector")
    split = skbtest.parse_split(args.split)
    assert source.obj is not None
    reference = ReferenceDissector(source.graph) if source.graph is not None else None
    with load_object(read_elf(source.obj, source.label)) as program:
        cases = skbtest.run(program.fd.fd, packets, split, reference)
    failed = sum(1 for case in cases if case.problems)
    if args.json:
        print(json.dumps({"source": source.label, "differences": failed,
                          "skbs": [case.to_dict() for case in cases]}, indent=1))
    else:
        skbtest.print_cases(source.label, cases)
    if failed:
        print(f"flowdsl: error: {failed} of {len(cases)} skb(s) differ (see MISMATCH)",
              file=sys.stderr)
    return EXIT_FAILURE if failed else EXIT_OK


_KEY_ORDER = ("nhoff", "thoff", "addr_proto", "n_proto", "ip_proto", "src", "dst", "sport",
              "dport", "is_frag", "is_first_frag", "is_encap", "flow_label")


def _print_results(label: str, flags: int, note: str, results: list[dict[str, Any]]) -> None:
    print(f"# {label}, flags={flags:#x}" + (f"; {note}" if note else ""))
    for entry in results:
        side = entry.get("kernel") or entry["reference"]
        where = "kernel" if "kernel" in entry else "reference"
        path = " -> ".join(entry.get("reference", {}).get("path", []))
        print(f"{entry['packet']} ({entry['length']} B): {side['verdict']} [{where}]"
              + (f"  {path}" if path else ""))
        keys = side["keys"]
        print("   " + " ".join(f"{k}={keys[k]}" for k in _KEY_ORDER
                               if keys.get(k) not in (0, "", None, "0x00000")))
        for d in entry.get("differences", []):
            print(f"   MISMATCH {d['key']}: kernel {d['kernel']} reference {d['reference']}")
        pair = entry.get("builtin_hash")
        if pair and not pair["comparable"]:
            print("   built-in dissector: not comparable (the kernel does not test-run a "
                  "frame this short as an skb)")
        elif pair:
            verdict = "same" if pair["same"] else "DIFFERS"
            print(f"   built-in dissector hash {pair['builtin']:#010x}, flowdsl "
                  f"{pair['flowdsl']:#010x}: {verdict}")


# -- bench -------------------------------------------------------------------------------


def cmd_bench(args: argparse.Namespace) -> int:
    from flowdsl.protocols.samples import bench_classes
    from flowdsl.runtime.bench import bench_program, bench_whole_path
    from flowdsl.runtime.elf import read_elf
    from flowdsl.runtime.loader import load_object

    source = _load_source(args.target, args.profile)
    assert source.obj is not None
    names = set(source.graph.names) if source.graph is not None else None
    classes = read_capture(args.pcap) if args.pcap else bench_classes(names)
    stages = 1 if args.no_path else 2
    path_repeat = max(args.repeat // 5, 1)  # each whole-path run is several times slower

    def progress(stage: int) -> Callable[[int, int], None]:
        def show(done: int, total: int) -> None:
            if not args.json and sys.stderr.isatty():
                print(f"\rflowdsl bench: part {stage}/{stages}, {done}/{total} runs",
                      end="", file=sys.stderr, flush=True)
        return show

    with load_object(read_elf(source.obj, source.label)) as program:
        info = program.info
        alone = bench_program(program.fd.fd, classes, args.trials, args.repeat,
                              progress=progress(1))
        path = [] if args.no_path else bench_whole_path(
            program.fd.fd, classes, args.trials, path_repeat, progress=progress(2))
    if not args.json and sys.stderr.isatty():
        print(file=sys.stderr)
    report = {"source": source.label, "profile": source.graph.profile if source.graph else "",
              "trials": args.trials, "repeat": args.repeat,
              "verified_insns": info.verified_insns, "xlated_bytes": info.xlated_bytes,
              "jited_bytes": info.jited_bytes, "build_seconds": source.build_seconds,
              "classes": [r.to_dict() for r in alone],
              "whole_path": [r.to_dict() for r in path]}
    if args.json:
        print(json.dumps(report, indent=1))
        return EXIT_OK
    built = f", built in {source.build_seconds * 1000:.0f} ms" if source.build_seconds else ""
    print(f"# {source.label}: verifier {info.verified_insns} insns, xlated "
          f"{info.xlated_bytes} B, jited {info.jited_bytes} B{built}")
    print(f"# program alone (BPF_PROG_TEST_RUN), {args.trials} interleaved trials x "
          f"{args.repeat} runs, ns per packet min/median/max")
    print(f"{'class':<18} {'program':>17} {'empty program':>17} {'above empty':>17}")
    for r in alone:
        print(f"{r.name:<18} {r.program.cell():>17} {r.empty.cell():>17} "
              f"{r.above_empty.cell():>17}")
    if path:
        print(f"# whole path (dissect + hash in the kernel), {args.trials} trials x "
              f"{path_repeat} runs, ns per packet and ratios min/median/max")
        print(f"{'class':<18} {'built-in C':>17} {'empty BPF':>17} {'keys only':>17} "
              f"{'program':>17} {'/empty':>15} {'/keys only':>15} {'/built-in':>15}")
        for p in path:
            print(f"{p.name:<18} {p.builtin.cell():>17} {p.empty.cell():>17} "
                  f"{p.keys_only.cell():>17} {p.program.cell():>17} {p.vs_empty.cell(2):>15} "
                  f"{p.vs_keys_only.cell(2):>15} {p.vs_builtin.cell(2):>15}")
    return EXIT_OK


# -- parser ------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="flowdsl", description="Compile packet header specs to a Linux BPF flow dissector.")
    parser.add_argument("--verbose", action="store_true",
                        help="on a verifier rejection, print the verifier's whole log")
    parser.add_argument("--version", action="version", version=f"flowdsl {version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("build", help="compile a spec (default: the built-in library)")
    p.add_argument("spec", nargs="?", help="a spec .py file; none: the built-in library")
    p.add_argument("--profile", help="a profile .toml file or a shipped profile name")
    p.add_argument("-o", "--output", help="output file ('-' for stdout; default flowdsl.o "
                   "for --emit obj, stdout otherwise)")
    p.add_argument("--emit", choices=("obj", "graph", "llvm", "asm"), default="obj")
    p.add_argument("--no-verify", action="store_true",
                   help="do not load the program to get the verifier's figures")
    p.add_argument("--stats", action="store_true",
                   help="add per-protocol and per-verdict counters (a per-CPU map)")
    p.add_argument("--json", action="store_true", help="print the build report as JSON")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("test", help="run packets through a dissector (kernel and reference)")
    p.add_argument("target", nargs="?", metavar="OBJ_OR_SPEC",
                   help="an object from `flowdsl build`, a spec .py; none: the built-in library")
    p.add_argument("--packet", nargs="+", metavar="HEX", help="Ethernet frames in hex")
    p.add_argument("--pcap", metavar="FILE", help="a pcap or pcapng capture")
    p.add_argument("--samples", action="store_true", help="the built-in sample frames")
    p.add_argument("--flags", action="append", metavar="FLAGS",
                   help="input flags: PARSE_1ST_FRAG, STOP_AT_FLOW_LABEL, STOP_AT_ENCAP "
                   "(comma separated) or a number")
    p.add_argument("--profile", help="a profile to apply to a spec")
    p.add_argument("--reference-only", action="store_true",
                   help="do not use the kernel, only the reference dissector")
    p.add_argument("--compare-kernel", action="store_true",
                   help="also compare each packet's flow hash with the kernel's built-in C "
                   "dissector (in a private network namespace)")
    p.add_argument("--split", metavar="CUTS",
                   help="write each frame through a tap as a real skb, linear up to each "
                        "offset and paged after it (e.g. 14,34 or 14+34 for two fragments, "
                        "or 'headers': at every header boundary), and compare the kernel's "
                        "hash and payload offset with the built-in dissector and the "
                        "reference (root)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_test)

    p = sub.add_parser("bench", help="ns per packet next to an empty program (needs root)")
    p.add_argument("target", nargs="?", metavar="OBJ_OR_SPEC",
                   help="an object, a spec .py; none: the built-in library")
    p.add_argument("--profile", help="a profile to apply to a spec")
    p.add_argument("--pcap", metavar="FILE", help="measure these frames instead of the "
                   "built-in packet classes")
    p.add_argument("--trials", type=int, default=9, help="interleaved trials (default 9)")
    p.add_argument("--repeat", type=int, default=500_000,
                   help="runs per trial and class (default 500000; the whole path uses a "
                   "fifth of it)")
    p.add_argument("--no-path", action="store_true",
                   help="skip the whole-path part (it needs a private network namespace)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_bench)

    from flowdsl.cli_deploy import add_parsers

    add_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except FlowdslError as error:
        if isinstance(error, VerifierError) and args.verbose:
            print(error.log, file=sys.stderr)
        print(f"flowdsl: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader went away (`flowdsl test ... | head`): end quietly, as a SIGPIPE
        # would, without Python's complaint when it flushes stdout at exit
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


def version() -> str:
    """The installed flowdsl (a deployment of the library records it)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("flowdsl")
    except PackageNotFoundError:
        return "unknown"


def entry_point() -> None:
    sys.exit(main())
