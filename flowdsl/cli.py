"""The flowdsl command line: thin subcommands over library functions.

Exit codes (also in the README): 0 ok, 1 a check failed (kernel/reference mismatch),
2 usage, 3 spec or profile error, 4 object file error, 5 bpf(2) refused, 6 verifier
rejection, 7 namespace/attach/pin error, 8 bad packet input, 9 an output file cannot be
written, 130 interrupted, 141 the output's reader went away.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flowdsl import pipeline
from flowdsl.errors import (
    EXIT_BROKEN_PIPE,
    EXIT_FAILURE,
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_OK,
    FlowdslError,
    InputError,
    UsageError,
    VerifierError,
)

if TYPE_CHECKING:
    from flowdsl.packets import Record
    from flowdsl.trace import PacketTracer


def _write(path: str, data: bytes | str) -> None:
    if path == "-":
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
        else:
            sys.stdout.write(data if data.endswith("\n") else data + "\n")
        return
    pipeline.write_file(path, data)


# -- build -------------------------------------------------------------------------------


DRAWINGS = (".svg", ".png", ".pdf", ".dot", ".gv")  # -o names a picture: --emit dot


def cmd_build(args: argparse.Namespace) -> int:
    if args.emit is None:  # an object written to graph.svg is no one's intent
        args.emit = "dot" if Path(args.output or "").suffix.lower() in DRAWINGS else "obj"
    if args.emit in ("dot", "summary"):  # views of the graph: nothing is compiled
        from flowdsl.graphviz import view

        shown = view(args.spec, args.profile, args.emit, args.output or "-")
        _write(args.output or "-", shown.data)
        print(json.dumps(shown.report, indent=1) if args.json else shown.line(),
              file=sys.stderr if (args.output or "-") == "-" else sys.stdout)
        return EXIT_OK
    built = pipeline.build_target(args.spec, args.profile, args.emit, args.stats,
                                  verify=not args.no_verify)
    out = args.output or ("flowdsl.o" if args.emit == "obj" else "-")
    # --emit graph: named fields for people and scripts; the object embeds the compact form
    if args.emit == "graph":
        from flowdsl.summary import graph_json

        _write(out, graph_json(built.graph))
    else:
        _write(out, built.emitted)
    report: dict[str, Any] = {
        "output": out, "emit": args.emit, "profile": built.graph.profile or "(none)",
        "protocols": built.graph.names, "insns": built.insns,
        "build_seconds": round(built.seconds, 4),
    }
    if built.verification is not None:
        report.update(built.verification.to_dict())
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


def cmd_test(args: argparse.Namespace) -> int:
    from flowdsl.explain import parse_accept
    from flowdsl.packets import gather, parse_flags

    if args.accept and not args.compare_kernel and args.split is None:
        raise UsageError("--accept names the hash differences from the built-in dissector "
                         "to accept: give --compare-kernel (or --split) too")
    accept = parse_accept(args.accept or [])
    target = pipeline.prepare_target(args.target, args.profile)
    records = gather(args.packet or [], args.pcap, args.samples)
    flags = parse_flags(args.flags or [])
    if args.split is not None:
        return _test_real_skbs(args, target, records, accept)
    tracer = None
    if args.trace:
        from flowdsl.trace import PacketTracer

        tracer = PacketTracer.for_target(args.target, target, flags)
        records = tracer.watch(records)
    with pipeline.run_packets(target, records, flags, use_kernel=not args.reference_only,
                              compare_builtin=args.compare_kernel, accept=accept) as run:
        if tracer is not None:
            run.outcomes = tracer.follow(run.outcomes)
        progress = _Progress("flowdsl test", enabled=_show_progress())
        if args.json:
            _print_json(run, flags, progress, args.differences_only, tracer)
        else:
            _print_results(run, flags, progress, args.differences_only, tracer)
        progress.done()
    return _test_verdict(run.summary, args.pcap)


def _show_progress() -> bool:
    """A progress line on stderr when it is a terminal and the results go elsewhere:
    on the same terminal they would cut into it, and show the progress themselves."""
    return sys.stderr.isatty() and not sys.stdout.isatty()


class _Progress:
    """``\r<what>: N frames`` on stderr, at most twice a second, from 2 s into a run."""

    def __init__(self, what: str, enabled: bool) -> None:
        self.what = what
        self.enabled = enabled
        self.started = time.monotonic()
        self.shown = 0.0

    def tick(self, count: int) -> None:
        if not self.enabled or count % 256:
            return
        now = time.monotonic()
        if now - self.started >= 2 and now - self.shown >= 0.5:
            self.shown = now
            print(f"\r{self.what}: {count} frames", end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        if self.shown:
            print("\r\033[K", end="", file=sys.stderr, flush=True)


def _test_verdict(summary: pipeline.RunSummary, capture: str | None) -> int:
    """The errors after a run, and its exit code: a check that failed (1) before bad
    input (8), since it is a finding about the dissector; both are printed."""
    if summary.mismatches:
        print(f"flowdsl: error: {summary.mismatches} packet(s) differ between the kernel "
              "and the reference dissector", file=sys.stderr)
    if summary.hash_unaccepted:
        from flowdsl.explain import REASONS, UNEXPLAINED

        reasons = summary.reasons()
        why = ", ".join(f"{name} {n}" for name, n in reasons.items())
        advice = []
        if set(reasons) - {UNEXPLAINED}:
            advice.append("differences by design are accepted with --accept "
                          f"{','.join(name for name in REASONS if name in reasons)}")
        if UNEXPLAINED in reasons:
            advice.append("'unexplained' ones are flowdsl's to fix: please report them")
        print(f"flowdsl: error: {summary.hash_unaccepted} of {summary.hash_differences} "
              "packet(s) hash differently from the kernel's built-in dissector for "
              f"reasons not accepted ({why}); " + "; ".join(advice), file=sys.stderr)
    problem = None
    if summary.damage is not None:
        problem = (f"{summary.damage}; the {summary.tested} frame(s) before it were tested")
    elif summary.tested == 0:
        problem = (f"no frame of {capture} could be tested: {summary.skipped} skipped, "
                   f"e.g. {summary.first_skip}" if summary.skipped else
                   f"no packets: {capture} holds no frames")
    if problem:
        print(f"flowdsl: error: {problem}", file=sys.stderr)
    if summary.mismatches or summary.hash_unaccepted:
        return EXIT_FAILURE
    return EXIT_INPUT if problem else EXIT_OK


def _print_json(run: pipeline.PacketRun, flags: int, progress: _Progress,
                differences_only: bool = False, tracer: PacketTracer | None = None) -> None:
    """The report as one JSON document, its "packets" array written as the packets are
    tested (a report of a million frames is never held), the totals after it."""
    head = json.dumps({"source": run.label, "flags": flags, "note": run.note})
    print(head[:-1] + ', "packets": [')
    shown = 0
    for count, outcome in enumerate(run.outcomes, 1):
        progress.tick(count)
        if differences_only and not outcome.differs:
            continue
        entry = outcome.to_dict()
        if tracer is not None and tracer.current is not None:
            entry["trace"] = tracer.to_dict(tracer.current)
        print(("" if shown == 0 else ",\n") + json.dumps(entry), end="")
        shown += 1
    tail: dict[str, Any] = {"mismatches": run.mismatches}
    if run.compared_builtin:
        tail["builtin_hash_differences"] = run.hash_differences
    tail["summary"] = run.summary.to_dict()
    print("\n], " + json.dumps(tail)[1:])


def _test_real_skbs(args: argparse.Namespace, target: pipeline.Target,
                    records: Iterable[Record], accept: frozenset[str]) -> int:
    from flowdsl import skbtest
    from flowdsl.packets import materialise

    if args.flags or args.reference_only or args.compare_kernel or args.trace:
        raise UsageError("--split cannot go with --flags, --reference-only, --trace or "
                         "--compare-kernel: on a real skb the kernel sets the flags (the "
                         "hash asks STOP_AT_FLOW_LABEL), and it always compares with the "
                         "built-in dissector")
    # each frame becomes several skbs through a tap, kept for the checks: a list, bounded
    taken = materialise(records, SPLIT_MAX_FRAMES, "--split")
    for skipped in taken.skipped:
        print(f"flowdsl: note: {skipped.label} skipped: {skipped.reason}", file=sys.stderr)
    cases = (pipeline.run_real_skbs(target, taken.packets, args.split, accept)
             if taken.packets else [])
    failed = sum(1 for case in cases if case.problems)
    if args.json:
        print(json.dumps({"source": target.label, "differences": failed,
                          "skbs": [case.to_dict() for case in cases]}, indent=1))
    else:
        skbtest.print_cases(target.label, cases)
    if failed:
        print(f"flowdsl: error: {failed} of {len(cases)} skb(s) differ (see MISMATCH)",
              file=sys.stderr)
        return EXIT_FAILURE
    if taken.damage is not None or not taken.packets:
        what = str(taken.damage) if taken.damage else "no frame could be used"
        print(f"flowdsl: error: {what}", file=sys.stderr)
        return EXIT_INPUT
    return EXIT_OK


SPLIT_MAX_FRAMES = 10_000  # --split: a few skbs per frame, each kept for its report
BENCH_MAX_FRAMES = 1_000  # bench --pcap: every frame is a class, measured many times

_NOT_SHOWN = ("flags",)  # the input flags: the kernel's, not a result


def _print_results(run: pipeline.PacketRun, flags: int, progress: _Progress,
                   differences_only: bool = False, tracer: PacketTracer | None = None) -> None:
    print(f"# {run.label}, flags={flags:#x}" + (f"; {run.note}" if run.note else ""))
    for count, outcome in enumerate(run.outcomes, 1):
        progress.tick(count)
        if not differences_only or outcome.differs:
            _print_entry(outcome.to_dict())
            if tracer is not None and tracer.current is not None:
                print("\n".join(tracer.lines(tracer.current)))
    print(f"# {run.summary.line()}")


def _print_entry(entry: dict[str, Any]) -> None:
    if "skipped" in entry:
        print(f"{entry['packet']}: skipped: {entry['skipped']}")
        return
    side = entry.get("kernel") or entry["reference"]
    where = "kernel" if "kernel" in entry else "reference"
    path = " -> ".join(entry.get("reference", {}).get("path", []))
    print(f"{entry['packet']} ({entry['length']} B): {side['verdict']} [{where}]"
          + (f"  {path}" if path else ""))
    for note in entry["notes"]:
        print(f"   note: {note}")
    keys = side["keys"]
    print("   " + " ".join(f"{k}={v}" for k, v in keys.items()  # FlowKeys.to_dict order
                           if k not in _NOT_SHOWN and v not in (0, "", None, "0x00000")))
    for d in entry.get("differences", []):
        print(f"   MISMATCH {d['key']}: kernel {d['kernel']} reference {d['reference']}")
    pair = entry.get("builtin_hash")
    if pair and not pair["comparable"]:
        print("   built-in dissector: not comparable (the kernel does not test-run this "
              "frame as an skb: too short for its L3 header, or too long)")
    elif pair:
        verdict = "same" if pair["same"] else "DIFFERS: " + ", ".join(pair["reasons"]) + (
            " (accepted)" if pair["accepted"] else "")
        print(f"   built-in dissector hash {pair['builtin']:#010x}, flowdsl "
              f"{pair['flowdsl']:#010x}: {verdict}")


# -- bench -------------------------------------------------------------------------------


def cmd_bench(args: argparse.Namespace) -> int:
    from flowdsl.packets import materialise, read_capture
    from flowdsl.protocols.samples import bench_classes

    source = pipeline.prepare_target(args.target, args.profile)
    names = set(source.graph.names) if source.graph is not None else None
    if args.pcap:
        taken = materialise(read_capture(args.pcap), BENCH_MAX_FRAMES, "bench --pcap")
        if taken.damage is not None:
            raise InputError(str(taken.damage))
        for skipped in taken.skipped:
            print(f"flowdsl: note: {skipped.label} skipped: {skipped.reason}",
                  file=sys.stderr)
        if not taken.packets:
            raise InputError(f"no frame of {args.pcap} can be measured")
        classes = taken.packets
    else:
        classes = bench_classes(names)
    stages = 1 if args.no_path else 2
    path_repeat = max(args.repeat // 5, 1)  # each whole-path run is several times slower

    def progress(stage: int) -> Callable[[int, int], None]:
        def show(done: int, total: int) -> None:
            if not args.json and sys.stderr.isatty():
                print(f"\rflowdsl bench: part {stage}/{stages}, {done}/{total} runs",
                      end="", file=sys.stderr, flush=True)
        return show

    run = pipeline.bench(source, classes, args.trials, args.repeat,
                         None if args.no_path else path_repeat, progress, args.baseline)
    info, alone, path = run.info, run.alone, run.path
    if not args.json and sys.stderr.isatty():
        print(file=sys.stderr)
    report = {"source": source.label, "profile": source.graph.profile if source.graph else "",
              "trials": args.trials, "repeat": args.repeat,
              "verified_insns": info.verified_insns, "xlated_bytes": info.xlated_bytes,
              "jited_bytes": info.jited_bytes, "build_seconds": source.build_seconds,
              "classes": [r.to_dict() for r in alone],
              "whole_path": [r.to_dict() for r in path]}
    if run.baseline is not None:
        report["baseline"] = run.baseline
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
    if run.baseline is not None:
        b = run.baseline
        print(f"# baseline {b['source']} (prog id {b['id']}, {b['name']}): verifier "
              f"{b['verified_insns']} insns, xlated {b['xlated_bytes']} B, jited "
              f"{b['jited_bytes']} B; same trials, ratios per trial min/median/max")
        print(f"{'class':<18} {'baseline':>17} {'above empty':>17} {'alone: ours/base':>17} "
              f"{'path: baseline':>17} {'path: ours/base':>17}")
        paths = {p.name: p for p in path}
        for r in alone:
            q = paths.get(r.name)
            print(f"{r.name:<18} {r.baseline.cell():>17} {r.baseline_above_empty.cell():>17} "
                  f"{r.above_empty_vs_baseline.cell(2):>17} "
                  f"{q.baseline.cell() if q else '-':>17} "
                  f"{q.vs_baseline.cell(2) if q else '-':>17}")
    return EXIT_OK


# -- parser ------------------------------------------------------------------------------


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1 (--trials, --repeat)."""
    try:
        value = int(text, 10)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


class _VersionAction(argparse.Action):
    """``--version``, looked up only when asked: through importlib.metadata, which every
    other command would import for nothing (10-30 ms of each start)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str = "show the version and exit"
                 ) -> None:
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        print(f"flowdsl {pipeline.version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="flowdsl", description="Compile packet header specs to a Linux BPF flow dissector.")
    parser.add_argument("--verbose", action="store_true",
                        help="on a verifier rejection, print the verifier's whole log")
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("build", help="compile a spec (default: the built-in library)")
    p.add_argument("spec", nargs="?", help="a spec .py file; none: the built-in library")
    p.add_argument("--profile", help="a profile .toml file or a shipped profile name")
    p.add_argument("-o", "--output", help="output file ('-' for stdout; default flowdsl.o "
                   "for --emit obj, stdout otherwise)")
    p.add_argument("--emit", choices=("obj", "graph", "llvm", "asm", "dot", "summary"),
                   help="what to write: obj (default; dot when -o names a .svg, .png, "
                   ".pdf, .dot or .gv file), graph (the parse graph as JSON, "
                   "named fields), llvm, asm, dot (Graphviz; -o FILE.svg, .png or .pdf "
                   "renders it with Graphviz's dot), summary (protocols, bindings and "
                   "policies as tables)")
    p.add_argument("--no-verify", action="store_true",
                   help="do not load the program to get the verifier's figures")
    p.add_argument("--stats", action="store_true",
                   help="add per-protocol and per-verdict counters (a per-CPU map)")
    p.add_argument("--json", action="store_true", help="print the build report as JSON")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("test", help="run packets through a dissector (kernel and reference)")
    p.add_argument("target", nargs="?", metavar="OBJ_OR_SPEC",
                   help="an object from `flowdsl build`, a spec .py; none: the built-in library")
    p.add_argument("--packet", nargs="+", action="extend", metavar="HEX",
                   help="Ethernet frames in hex (several, or --packet repeated)")
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
                   "dissector (in a private network namespace), each difference explained")
    p.add_argument("--accept", action="append", metavar="REASONS",
                   help="with --compare-kernel or --split: hash differences for these "
                   "reasons do not fail the run (comma separated: vlan, gre-key, tipc, "
                   "ipv6-residue, "
                   "udp-tunnel, mpls-payload, limit, or all; e.g. --accept vlan,gre-key)")
    p.add_argument("--differences-only", action="store_true",
                   help="print only the packets that differ (kernel/reference, or hash)")
    p.add_argument("--split", metavar="CUTS",
                   help="write each frame through a tap as a real skb, linear up to each "
                        "offset and paged after it (e.g. 14,34 or 14+34 for two fragments, "
                        "or 'headers': at every header boundary), and compare the kernel's "
                        "hash and payload offset with the built-in dissector and the "
                        "reference (root)")
    p.add_argument("--trace", action="store_true",
                   help="print, per packet, each step the reference dissector took (node, "
                   "offset, bounds check, require or stop condition, select and edge, "
                   "keys written, limit) with its spec file:line, and the verdict's "
                   "cause; with --json, a \"trace\" member per packet")
    p.add_argument("--json", action="store_true",
                   help="one JSON document: the packets (verdicts by name, keys as in "
                   "every command) and the summary (README: JSON output)")
    p.set_defaults(func=cmd_test)

    p = sub.add_parser("bench", help="ns per packet next to an empty program (needs root)")
    p.add_argument("target", nargs="?", metavar="OBJ_OR_SPEC",
                   help="an object, a spec .py; none: the built-in library")
    p.add_argument("--profile", help="a profile to apply to a spec")
    p.add_argument("--pcap", metavar="FILE", help="measure these frames instead of the "
                   "built-in packet classes")
    p.add_argument("--trials", type=positive_int, default=9,
                   help="interleaved trials (default 9)")
    p.add_argument("--repeat", type=positive_int, default=500_000,
                   help="runs per trial and class (default 500000; the whole path uses a "
                   "fifth of it)")
    p.add_argument("--no-path", action="store_true",
                   help="skip the whole-path part (it needs a private network namespace)")
    p.add_argument("--baseline", metavar="PIN_OR_OBJ",
                   help="another flow dissector to measure in the same trials, on both "
                   "parts, with ratios per trial: a program pinned in a bpffs (in a "
                   "directory only root can write) or an object file, e.g. --baseline "
                   "/tmp/anchor/bpffs/bpf_flow/_dissect (the kernel's bpf_flow.c, pinned "
                   "by ../shared/bench/anchor.sh)")
    p.add_argument("--json", action="store_true",
                   help="the figures as JSON: per class, ns as min/median/max")
    p.set_defaults(func=cmd_bench)

    from flowdsl.cli_deploy import add_parsers

    add_parsers(sub)
    from flowdsl.cli_help import add_examples

    add_examples(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # file names from argv print back as the bytes the user typed, whatever the locale
    # (under LANG=en_US.UTF-8 stdout is strict: an undecodable name was a traceback)
    with contextlib.suppress(AttributeError, ValueError):
        sys.stdout.reconfigure(errors="surrogateescape")  # type: ignore[union-attr]
    args = build_parser().parse_args(argv)
    try:
        if getattr(args, "profile", None):
            pipeline.check_profile_name(args.profile)
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


def entry_point() -> None:
    sys.exit(main())
