"""The deployment commands: load, unload, status, enable, disable.

They follow the conventions operators know from bpftool and ip: a namespace by name
(`ip netns add`), by pid or by path; pins under a bpffs root; --json everywhere.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from flowdsl.errors import (
    EXIT_ATTACH,
    EXIT_OK,
    AttachError,
    FlowdslError,
    UsageError,
    VerifierError,
)

if TYPE_CHECKING:
    from flowdsl.runtime.deploy import Deployable, Deployer, LoadResult, Removal
    from flowdsl.runtime.description import Description
    from flowdsl.runtime.netns import Netns

Outcome = TypeVar("Outcome", "LoadResult", "Removal")

PIN_ROOT_ENV = "FLOWDSL_PIN_ROOT"


def add_netns_args(p: argparse.ArgumentParser, many: bool = False) -> None:
    if many:
        p.add_argument("--netns", metavar="NAME", nargs="+", action="extend",
                       help="namespaces from `ip netns add` (one program serves them all; "
                       "repeatable)")
        p.add_argument("--all-netns", action="store_true",
                       help="every namespace named in /run/netns")
    else:
        p.add_argument("--netns", metavar="NAME", help="a namespace from `ip netns add`")
    p.add_argument("--netns-pid", metavar="PID", type=int, help="the namespace of a process")
    p.add_argument("--netns-path", metavar="PATH", help="a namespace file")
    add_pin_root_arg(p)


def add_pin_root_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--pin-root", default=None, metavar="DIR",
                   help=f"where deployments are pinned (a bpffs directory; default "
                   f"${PIN_ROOT_ENV}, else /sys/fs/bpf/flowdsl)")


NETNS_CHOICES = "--netns NAME, --netns-pid PID or --netns-path PATH"


def _require_netns(args: argparse.Namespace) -> None:
    """Usage mistakes (exit 2), found before anything is opened: no namespace named, or
    one named more than one way."""
    given = [v for v in (args.netns, args.netns_pid, args.netns_path) if v is not None]
    many = hasattr(args, "all_netns")  # load and unload take several namespaces
    if many and args.all_netns:
        if given:
            raise UsageError("--all-netns goes alone: it means every namespace in "
                             "/run/netns")
        return
    if not given:
        choices = NETNS_CHOICES + {"load": ", or --all-netns",
                                   "unload": ", --all-netns, or --prune"}.get(args.command, "")
        raise UsageError(f"flowdsl {args.command} needs a network namespace: give {choices} "
                         "(flowdsl never chooses one)")
    if len(given) > 1:
        raise UsageError("give namespaces by name, or one by --netns-pid or --netns-path"
                         if many else f"give the namespace one way: one of {NETNS_CHOICES}")


def _netns(args: argparse.Namespace) -> Netns:
    from flowdsl.runtime.netns import resolve

    return resolve(args.netns, args.netns_pid, args.netns_path)


def _namespaces(args: argparse.Namespace) -> list[Netns]:
    """The namespaces of --netns NAME..., --all-netns, --netns-pid or --netns-path."""
    from flowdsl.runtime.netns import NETNS_RUN_DIR, resolve

    if args.all_netns:
        if args.netns or args.netns_pid is not None or args.netns_path:
            raise UsageError("--all-netns goes alone: it means every namespace in "
                             f"{NETNS_RUN_DIR}")
        names = sorted(e.name for e in NETNS_RUN_DIR.iterdir()) if NETNS_RUN_DIR.is_dir() \
            else []
        found = []
        for name in names:
            try:
                found.append(resolve(name))
            except AttachError as error:  # e.g. a stale entry: not a namespace any more
                print(f"flowdsl: warning: --all-netns skips {name}: {error}", file=sys.stderr)
        if not found:
            raise AttachError(f"--all-netns: no namespace is named in {NETNS_RUN_DIR} "
                              "(`ip netns add NAME` names one)")
        return _distinct(found)
    if args.netns and len(args.netns) > 1:
        if args.netns_pid is not None or args.netns_path:
            raise UsageError("give namespaces by name, or one by --netns-pid or --netns-path")
        return _distinct([resolve(name) for name in args.netns])
    return [resolve(args.netns[0] if args.netns else None, args.netns_pid, args.netns_path)]


def _distinct(namespaces: list[Netns]) -> list[Netns]:
    """One entry per namespace (two names may bind the same one)."""
    first: dict[int, Netns] = {}
    for ns in namespaces:
        first.setdefault(ns.inode, ns)
    return list(first.values())


def _one_namespace(args: argparse.Namespace) -> bool:
    return not args.all_netns and not (args.netns and len(args.netns) > 1)


def _report_many(results: Sequence[Outcome | FlowdslError], namespaces: list[Netns],
                 json_out: bool, line: Callable[[Netns, Outcome], str]) -> int:
    """Print one line (or JSON entry) per namespace; exit 7 if any of them failed."""
    entries: list[dict[str, object]] = []
    failed = 0
    for ns, result in zip(namespaces, results, strict=True):
        if isinstance(result, Exception):
            failed += 1
            entries.append({"netns": ns.label, "error": str(result)})
            if not json_out:
                print(f"flowdsl: error: {ns.label}: {result}", file=sys.stderr)
        else:
            entries.append({"netns": ns.label, "netns_inode": ns.inode} | result.to_dict())
            if not json_out:
                print(line(ns, result))
    if json_out:
        print(json.dumps({"results": entries, "failed": failed}, indent=1))
    if failed:
        print(f"flowdsl: error: {failed} of {len(namespaces)} namespaces failed (the others "
              "are done)", file=sys.stderr)
        return EXIT_ATTACH
    return EXIT_OK


def _deployer(args: argparse.Namespace) -> Deployer:
    from flowdsl.runtime.bpffs import DEFAULT_PIN_ROOT
    from flowdsl.runtime.deploy import Deployer
    from flowdsl.runtime.netns import ensure_on_host

    ensure_on_host()
    return Deployer(args.pin_root or os.environ.get(PIN_ROOT_ENV) or DEFAULT_PIN_ROOT)


def cmd_load(args: argparse.Namespace) -> int:
    from flowdsl.deployments import build_deployment, kept_profile

    _require_netns(args)
    deployer = _deployer(args)
    namespaces = _namespaces(args)
    built: list[Deployable] = []
    kept: list[str] = []
    try:
        results: Sequence[LoadResult | FlowdslError]
        if _keeps_profile(args):
            # one namespace, no --profile: keep the running deployment's profile (and its
            # enabled set, for the same source), read under the lock
            def rebuild(running: Description | None, blob: bytes | None) -> Deployable:
                profile, enable, disable = kept_profile(running, args.target)
                if profile is not None:
                    kept.append(profile.name or profile.source)
                built[:] = [build_deployment(args.target, profile, enable, disable,
                                             stats=args.stats)]
                return built[0]

            results = [deployer.change(namespaces[0], rebuild, must_exist=False,
                                       force=args.force, allow_root=args.allow_root_netns)]
        else:
            built[:] = [build_deployment(args.target, args.profile, stats=args.stats)]
            results = deployer.load_all(built[0], namespaces, force=args.force,
                                        allow_root=args.allow_root_netns)
    except VerifierError as error:
        from flowdsl.pipeline import embedded_graph, explain_rejection

        graph = embedded_graph(built[0].obj) if built else None
        raise explain_rejection(error, graph, args.stats) from None
    if not _one_namespace(args):
        return _report_many(results, namespaces, args.json, lambda ns, r: (
            f"flowdsl: {r.action} in {ns.label}: prog id {r.info.id}"))
    ns, (result,) = namespaces[0], results
    if isinstance(result, Exception):
        raise result
    report = result.to_dict()
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        what = {"attached": "attached to", "replaced": "replaced the dissector of",
                "unchanged": "unchanged in"}[result.action]
        print(f"flowdsl: {what} network namespace {ns.label}: prog id {result.info.id}, tag "
              f"{result.info.tag}, {result.info.verified_insns} verified insns"
              + (f" (was prog id {result.replaced_prog_id})" if result.replaced_prog_id
                 else ""))
        print("  pins: " + ", ".join(result.pins))
        if kept:
            print(f"  kept the running deployment's profile {kept[0]} (--profile chooses "
                  "another)")
        if args.allow_root_netns:
            print("  note: attached to the root namespace: this dissector now replaces the "
                  "built-in one in every namespace of this host", file=sys.stderr)
    return EXIT_OK


def _keeps_profile(args: argparse.Namespace) -> bool:
    target = args.target
    return (args.profile is None and _one_namespace(args)
            and not (target and not target.endswith(".py")))


def cmd_unload(args: argparse.Namespace) -> int:
    if not args.prune:
        _require_netns(args)
    deployer = _deployer(args)
    if args.prune:
        removed = deployer.prune()
        if args.json:
            print(json.dumps({"pruned": [r.to_dict() for r in removed]}, indent=1))
        else:
            for r in removed:
                print(f"flowdsl: pruned {r.removed} ({r.state})")
            if not removed:
                print("flowdsl: nothing to prune")
        return EXIT_OK
    namespaces = _namespaces(args)
    results = deployer.unload_all(namespaces, missing_ok=args.missing_ok)
    if not _one_namespace(args):
        return _report_many(results, namespaces, args.json, lambda ns, r: (
            f"flowdsl: unloaded {ns.label}" if r.removed else
            f"flowdsl: nothing to unload in {ns.label} (no flowdsl deployment there; "
            "--missing-ok)"))
    (result,) = results
    if isinstance(result, Exception):
        raise result
    if result.removed is None and not args.json:
        print(f"flowdsl: nothing to unload in {namespaces[0].label} (no flowdsl "
              "deployment there)")
        return EXIT_OK
    if args.json:
        ns = namespaces[0]
        print(json.dumps({"netns": ns.label, "netns_inode": ns.inode} | result.to_dict(),
                         indent=1))
    else:
        print(f"flowdsl: unloaded {result.removed}"
              + (f" (detached prog id {result.detached_prog_id})"
                 if result.detached_prog_id else ""))
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from flowdsl.deployments import file_digest

    entries = _deployer(args).status()
    without: list[str] = []  # the namespaces asked for that have no flow dissector
    if args.netns:
        from flowdsl.runtime.netns import resolve

        wanted = _distinct([resolve(name) for name in args.netns])
        entries = [e for e in entries if e.get("netns_inode") in {ns.inode for ns in wanted}]
        without = [ns.label for ns in wanted
                   if not any(e.get("netns_inode") == ns.inode for e in entries)]
    for entry in entries:
        source = entry.get("source") or {}
        if entry.get("ours") and source.get("kind") == "spec":
            now = file_digest(source.get("path", ""))
            entry["spec_file"] = ("missing" if now is None else "unchanged"
                                  if now == source.get("sha256") else "changed since load")
    if args.json:
        print(json.dumps(entries, indent=1))
        for label in without:  # stdout stays the list of entries
            print(f"flowdsl: note: {label}: no flow dissector (no flowdsl deployment)",
                  file=sys.stderr)
        return EXIT_OK
    if not entries and not args.netns:
        print("no flow dissector attached anywhere (every namespace uses the built-in one)")
    for label in without:
        print(f"{label}: no flow dissector, no flowdsl deployment (the built-in one runs)")
    for e in entries:
        owner = "flowdsl" if e.get("ours") else "other"
        head = f"{e.get('netns')}: {owner}, {e.get('state')}"
        if e.get("prog_id"):
            head += f", prog id {e['prog_id']} tag {e.get('tag', '?')}"
        if e.get("link_id"):
            head += f", link id {e['link_id']}"
        if e.get("shared_by", 1) > 1:
            head += f", program shared by {e['shared_by']} namespaces"
        print(head)
        if e.get("loaded_at"):
            print(f"  loaded {e['loaded_at']}")
        if e.get("ours") and e.get("protocols") is not None:
            print(f"  profile {e.get('profile')}: {', '.join(e['protocols'])}")
        if e.get("spec_file"):
            source = e["source"]
            print(f"  spec {source.get('path')} (stored graph sha256 "
                  f"{str(source.get('graph_sha256'))[:12]}; the file is {e['spec_file']}; "
                  "enable/disable use the stored graph)")
        if e.get("pins"):
            print(f"  pins {e['pins']}")
        if e.get("hint"):
            print(f"  {e['hint']}")
    return EXIT_OK


def cmd_switch(args: argparse.Namespace) -> int:
    """enable / disable: rebuild the deployment with the protocols switched, swap it in.
    The description is read under the deployment lock, so concurrent switches all
    apply (see Deployer.change)."""
    from flowdsl.deployments import switch_protocols_in

    _require_netns(args)
    deployer = _deployer(args)
    ns = _netns(args)
    switched: list[Deployable] = []
    before: list[str] = []

    def rebuild(running: Description | None, blob: bytes | None) -> Deployable:
        switched[:] = [switch_protocols_in(running, blob, ns.label, args.command,
                                           args.protocols)]
        before[:] = list(running.recipe.protocols or ()) if running is not None else []
        return switched[0]

    result = deployer.change(ns, rebuild)
    protocols = list(switched[0].recipe.protocols or ())
    # what the change took away or brought in, the names given and what followed them
    # (protocols only reachable through a disabled one go too, and come back with it)
    removed = [n for n in before if n not in protocols]
    added = [n for n in protocols if n not in before]
    if args.json:
        print(json.dumps(result.to_dict() | {"protocols": protocols, "removed": removed,
                                             "added": added}, indent=1))
    else:
        follow = [n for n in (removed if args.command == "disable" else added)
                  if n not in args.protocols]
        print(f"flowdsl: {args.command}d {', '.join(args.protocols)}"
              + (f" (and with them {', '.join(follow)})" if follow else "")
              + f" in {ns.label}: {result.action}, prog id {result.info.id}; protocols "
              f"now: {', '.join(protocols)}")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    _require_netns(args)
    ns = _netns(args)
    counts = _deployer(args).stats(ns)
    if args.json:
        print(json.dumps({"netns": ns.label, "counters": counts}, indent=1))
        return EXIT_OK
    verdicts = ("BPF_OK", "BPF_DROP", "BPF_FLOW_DISSECTOR_CONTINUE")
    print(f"# {ns.label}: headers parsed, per protocol; packets, per verdict")
    for name, count in counts.items():
        if name not in verdicts and count:
            print(f"{name:<16} {count:>12}")
    for name in verdicts:
        print(f"{name:<30} {counts[name]:>12}")
    return EXIT_OK


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("load", help="attach a dissector to a network namespace and pin it")
    p.add_argument("target", nargs="?", metavar="OBJ_OR_SPEC",
                   help="an object, a spec .py; none: the built-in library")
    p.add_argument("--profile", help="a profile .toml file or a shipped profile name")
    add_netns_args(p, many=True)
    p.add_argument("--force", action="store_true",
                   help="replace a flow dissector that flowdsl did not attach")
    p.add_argument("--allow-root-netns", action="store_true",
                   help="allow the root namespace (the dissector then applies host-wide)")
    p.add_argument("--stats", action="store_true",
                   help="count packets per protocol and verdict (flowdsl stats)")
    p.add_argument("--json", action="store_true",
                   help="a JSON list: one report per namespace")
    p.set_defaults(func=cmd_load)

    p = sub.add_parser("unload", help="detach a deployment and remove its pins")
    add_netns_args(p, many=True)
    p.add_argument("--prune", action="store_true",
                   help="remove every deployment whose namespace is gone, and stale pins")
    p.add_argument("--missing-ok", action="store_true",
                   help="a namespace without a deployment is not an error (for scripts)")
    p.add_argument("--json", action="store_true",
                   help="a JSON list: one report per namespace, with its netns")
    p.set_defaults(func=cmd_unload)

    p = sub.add_parser("status", help="every flow dissector on the host, ours or not")
    add_pin_root_arg(p)
    p.add_argument("--netns", metavar="NAME", nargs="+", action="extend",
                   help="only these namespaces (names from `ip netns add`; repeatable); one "
                   "without a flow dissector is reported, exit 0")
    p.add_argument("--json", action="store_true",
                   help="a JSON list: one entry per flow dissector")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("stats", help="a deployment's counters (loaded with --stats)")
    add_netns_args(p)
    p.add_argument("--json", action="store_true",
                   help="the counters as JSON: per protocol, and per verdict by name")
    p.set_defaults(func=cmd_stats)

    for name, verb in (("enable", "switch on"), ("disable", "switch off")):
        p = sub.add_parser(name, help=f"{verb} protocols in a running deployment")
        p.add_argument("protocols", nargs="+", metavar="PROTO",
                       help=f"protocols to {verb}, by name (flowdsl build --emit summary "
                       "lists them), e.g. gre udplite")
        add_netns_args(p)
        p.add_argument("--json", action="store_true",
                       help="the report as JSON, with the protocols now, removed and added")
        p.set_defaults(func=cmd_switch)
