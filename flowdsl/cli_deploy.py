"""The deployment commands: load, unload, status, enable, disable.

They follow the conventions operators know from bpftool and ip: a namespace by name
(`ip netns add`), by pid or by path; pins under a bpffs root; --json everywhere.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from flowdsl.errors import EXIT_OK, InputError, VerifierError


def add_netns_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--netns", metavar="NAME", help="a namespace from `ip netns add`")
    p.add_argument("--netns-pid", metavar="PID", type=int, help="the namespace of a process")
    p.add_argument("--netns-path", metavar="PATH", help="a namespace file")
    p.add_argument("--pin-root", default=None, metavar="DIR",
                   help="where deployments are pinned (a bpffs directory; default "
                   "/sys/fs/bpf/flowdsl)")


def _netns(args: argparse.Namespace) -> Any:
    from flowdsl.runtime.netns import resolve

    return resolve(args.netns, args.netns_pid, args.netns_path)


def _deployer(args: argparse.Namespace) -> Any:
    from flowdsl.runtime.bpffs import DEFAULT_PIN_ROOT
    from flowdsl.runtime.deploy import Deployer
    from flowdsl.runtime.netns import ensure_on_host

    ensure_on_host()
    return Deployer(args.pin_root or DEFAULT_PIN_ROOT)


def build_deployment(target: str | None, profile: Any, enable: Sequence[str] = (),
                     disable: Sequence[str] = (),
                     stats: bool = False) -> tuple[Any, dict[str, Any]]:
    """(object, description) for a target: an object file, a spec, or the library."""
    from flowdsl.cli import read_object, resolve_graph
    from flowdsl.codegen.build import build
    from flowdsl.runtime.elf import read_elf

    if target and not target.endswith(".py"):
        if profile or stats:
            raise InputError("--profile and --stats apply to a spec, not to a built object; "
                             "rebuild with `flowdsl build`, or load the spec")
        _, obj, graph = read_object(target)
        return obj, {"source": {"kind": "object", "path": str(Path(target).resolve())},
                     "profile": graph.profile if graph else None,
                     "protocols": [n for n in graph.names if n != graph.entry] if graph
                     else None}
    graph, used = resolve_graph(target, profile, enable, disable)
    obj = read_elf(build(graph, stats=stats).obj)
    source = {"kind": "spec", "path": str(Path(target).resolve())} if target \
        else {"kind": "library"}
    return obj, {"source": source, "profile": used.name if used else None,
                 "profile_text": used.text if used else None,
                 "profile_source": used.source if used else None,
                 "overrides": {"enable": sorted(enable), "disable": sorted(disable)},
                 "protocols": [n for n in graph.names if n != graph.entry]}


def cmd_load(args: argparse.Namespace) -> int:
    deployer = _deployer(args)
    ns = _netns(args)
    obj, meta = build_deployment(args.target, args.profile, stats=args.stats)
    try:
        result = deployer.load(obj, meta, ns, force=args.force,
                               allow_root=args.allow_root_netns)
    except VerifierError as error:
        from flowdsl.culprit import explain_rejection
        from flowdsl.dsl.graph import ParseGraph

        graph = ParseGraph.from_dict(obj.graph) if obj.graph else None
        raise explain_rejection(error, graph, args.stats) from None
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
        if args.allow_root_netns:
            print("  note: attached to the root namespace: this dissector now replaces the "
                  "built-in one in every namespace of this host", file=sys.stderr)
    return EXIT_OK


def cmd_unload(args: argparse.Namespace) -> int:
    deployer = _deployer(args)
    if args.prune:
        removed = deployer.prune()
        if args.json:
            print(json.dumps({"pruned": removed}, indent=1))
        else:
            for r in removed:
                print(f"flowdsl: pruned {r['removed']} ({r['state']})")
            if not removed:
                print("flowdsl: nothing to prune")
        return EXIT_OK
    result = deployer.unload(_netns(args))
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(f"flowdsl: unloaded {result['removed']}"
              + (f" (detached prog id {result['detached_prog_id']})"
                 if result["detached_prog_id"] else ""))
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    entries = _deployer(args).status()
    if args.json:
        print(json.dumps(entries, indent=1))
        return EXIT_OK
    if not entries:
        print("no flow dissector attached anywhere (every namespace uses the built-in one)")
    for e in entries:
        owner = "flowdsl" if e.get("ours") else "other"
        head = f"{e.get('netns')}: {owner}, {e.get('state')}"
        if e.get("prog_id"):
            head += f", prog id {e['prog_id']} tag {e.get('tag', '?')}"
        if e.get("link_id"):
            head += f", link id {e['link_id']}"
        print(head)
        if e.get("loaded_at"):
            print(f"  loaded {e['loaded_at']}")
        if e.get("ours") and e.get("protocols") is not None:
            print(f"  profile {e.get('profile')}: {', '.join(e['protocols'])}")
        if e.get("pins"):
            print(f"  pins {e['pins']}")
        if e.get("hint"):
            print(f"  {e['hint']}")
    return EXIT_OK


def cmd_switch(args: argparse.Namespace) -> int:
    """enable / disable: rebuild the deployment with the protocols switched, swap it in."""
    deployer = _deployer(args)
    ns = _netns(args)
    meta = deployer.meta(ns)
    source = meta.get("source", {})
    if source.get("kind") == "object":
        raise InputError(f"the dissector in {ns.label} was loaded from an object file, so "
                         "flowdsl cannot rebuild it; load the spec (or the library) with a "
                         "profile instead")
    overrides = meta.get("overrides", {"enable": [], "disable": []})
    enable, disable = set(overrides.get("enable", ())), set(overrides.get("disable", ()))
    for name in args.protocols:
        (enable if args.command == "enable" else disable).add(name)
        (disable if args.command == "enable" else enable).discard(name)
    target = source.get("path") if source.get("kind") == "spec" else None
    from flowdsl.dsl.profile import parse_profile

    # the profile as it was loaded, even if its file changed or went away since
    profile = parse_profile(meta["profile_text"], meta.get("profile_source") or "profile") \
        if meta.get("profile_text") else None
    obj, new_meta = build_deployment(target, profile, sorted(enable), sorted(disable),
                                     stats=bool(meta.get("stats")))
    result = deployer.load(obj, new_meta, ns, allow_root=True)
    if args.json:
        print(json.dumps(result.to_dict() | {"protocols": new_meta["protocols"]}, indent=1))
    else:
        print(f"flowdsl: {args.command}d {', '.join(args.protocols)} in {ns.label}: "
              f"{result.action}, prog id {result.info.id}; protocols now: "
              f"{', '.join(new_meta['protocols'])}")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
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


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("load", help="attach a dissector to a network namespace and pin it")
    p.add_argument("target", nargs="?", metavar="OBJ_OR_SPEC",
                   help="an object, a spec .py; none: the built-in library")
    p.add_argument("--profile", help="a profile .toml file or a shipped profile name")
    add_netns_args(p)
    p.add_argument("--force", action="store_true",
                   help="replace a flow dissector that flowdsl did not attach")
    p.add_argument("--allow-root-netns", action="store_true",
                   help="allow the root namespace (the dissector then applies host-wide)")
    p.add_argument("--stats", action="store_true",
                   help="count packets per protocol and verdict (flowdsl stats)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_load)

    p = sub.add_parser("unload", help="detach a deployment and remove its pins")
    add_netns_args(p)
    p.add_argument("--prune", action="store_true",
                   help="remove every deployment whose namespace is gone, and stale pins")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_unload)

    p = sub.add_parser("status", help="every flow dissector on the host, ours or not")
    p.add_argument("--pin-root", default=None, metavar="DIR")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("stats", help="a deployment's counters (loaded with --stats)")
    add_netns_args(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_stats)

    for name, verb in (("enable", "switch on"), ("disable", "switch off")):
        p = sub.add_parser(name, help=f"{verb} protocols in a running deployment")
        p.add_argument("protocols", nargs="+", metavar="PROTO")
        add_netns_args(p)
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=cmd_switch)
