"""The deployment commands: load, unload, status, enable, disable.

They follow the conventions operators know from bpftool and ip: a namespace by name
(`ip netns add`), by pid or by path; pins under a bpffs root; --json everywhere.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import stat
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from flowdsl.errors import (
    EXIT_ATTACH,
    EXIT_OK,
    AttachError,
    InputError,
    UsageError,
    VerifierError,
)

PIN_ROOT_ENV = "FLOWDSL_PIN_ROOT"


def add_netns_args(p: argparse.ArgumentParser, many: bool = False) -> None:
    if many:
        p.add_argument("--netns", metavar="NAME", nargs="+",
                       help="namespaces from `ip netns add` (one program serves them all)")
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


def _netns(args: argparse.Namespace) -> Any:
    from flowdsl.runtime.netns import resolve

    return resolve(args.netns, args.netns_pid, args.netns_path)


def _namespaces(args: argparse.Namespace) -> list[Any]:
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


def _distinct(namespaces: list[Any]) -> list[Any]:
    """One entry per namespace (two names may bind the same one)."""
    first: dict[int, Any] = {}
    for ns in namespaces:
        first.setdefault(ns.inode, ns)
    return list(first.values())


def _one_namespace(args: argparse.Namespace) -> bool:
    return not args.all_netns and not (args.netns and len(args.netns) > 1)


def _report_many(results: list[Any], namespaces: list[Any], json_out: bool,
                 line: Any) -> int:
    """Print one line (or JSON entry) per namespace; exit 7 if any of them failed."""
    entries, failed = [], 0
    for ns, result in zip(namespaces, results, strict=True):
        if isinstance(result, Exception):
            failed += 1
            entries.append({"netns": ns.label, "error": str(result)})
            if not json_out:
                print(f"flowdsl: error: {ns.label}: {result}", file=sys.stderr)
        else:
            entry = result if isinstance(result, dict) else result.to_dict()
            entries.append(entry)
            if not json_out:
                print(line(ns, result))
    if json_out:
        print(json.dumps({"results": entries, "failed": failed}, indent=1))
    if failed:
        print(f"flowdsl: error: {failed} of {len(namespaces)} namespaces failed (the others "
              "are done)", file=sys.stderr)
        return EXIT_ATTACH
    return EXIT_OK


def _deployer(args: argparse.Namespace) -> Any:
    from flowdsl.runtime.bpffs import DEFAULT_PIN_ROOT
    from flowdsl.runtime.deploy import Deployer
    from flowdsl.runtime.netns import ensure_on_host

    ensure_on_host()
    return Deployer(args.pin_root or os.environ.get(PIN_ROOT_ENV) or DEFAULT_PIN_ROOT)


def build_deployment(target: str | None, profile: Any, enable: Sequence[str] = (),
                     disable: Sequence[str] = (), stats: bool = False,
                     stored: Any = None) -> tuple[Any, dict[str, Any], bytes | None]:
    """(object, description, stored graph) for a target: an object file, a spec, or the
    library. A spec's graph (before its profile) is returned as JSON for the deployment
    to store: ``stored`` is that graph read back, which enable/disable rebuild from, so
    they never run the spec file again (it may have changed, or be someone else's)."""
    from flowdsl.cli import base_graph, profiled, read_object, version
    from flowdsl.codegen.build import build
    from flowdsl.runtime.elf import read_elf

    if target and not target.endswith(".py") and stored is None:
        if profile or stats:
            raise InputError("--profile and --stats apply to a spec, not to a built object; "
                             "rebuild with `flowdsl build`, or load the spec")
        _, obj, graph = read_object(target)
        return obj, {"source": {"kind": "object", "path": str(Path(target).resolve())},
                     "profile": graph.profile if graph else None,
                     "protocols": [n for n in graph.names if n != graph.entry] if graph
                     else None}, None
    source: dict[str, Any] = {"kind": "library"}
    blob = None
    if stored is not None:
        base, extends = stored
        source = {"kind": "spec", "path": target}
    elif target:
        base, extends = base_graph(target)
        resolved = str(Path(target).resolve())
        source = {"kind": "spec", "path": resolved, "sha256": file_digest(resolved)}
    else:
        base, extends = base_graph(None)
    if source["kind"] == "spec":
        from flowdsl.runtime.shared import spec_digest

        blob = graph_blob(base, extends)
        source["graph_sha256"] = spec_digest(blob)
        source["extends_library"] = extends
    graph, used = profiled(base, extends, profile, enable, disable)
    obj = read_elf(build(graph, stats=stats).obj)
    return obj, {"source": source, "flowdsl_version": version(),
                 "profile": used.name if used else None,
                 "profile_text": used.text if used else None,
                 "profile_source": used.source if used else None,
                 "overrides": {"enable": sorted(enable), "disable": sorted(disable)},
                 "protocols": [n for n in graph.names if n != graph.entry]}, blob


SPEC_MAX = 16 << 20  # bytes: a spec file larger than this is not read for its digest


def file_digest(path: str) -> str | None:
    """The SHA-256 of a regular file (None: missing, not a regular file, or too large).
    Read as root from a place a user may control: no link is followed and nothing that
    could block (a FIFO) or never end (/dev/zero) is read."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as spec:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > SPEC_MAX:
            return None
        return hashlib.sha256(spec.read(SPEC_MAX + 1)).hexdigest()


def graph_blob(graph: Any, extends_library: bool) -> bytes:
    return json.dumps({"graph": graph.to_dict(), "extends_library": extends_library},
                      sort_keys=True, separators=(",", ":")).encode()


def stored_graph(blob: bytes, meta: dict[str, Any], where: str) -> tuple[Any, bool]:
    """The graph a deployment stored (data only: JSON, never code), checked against the
    digest its description recorded."""
    from flowdsl.dsl.graph import ParseGraph
    from flowdsl.runtime.shared import spec_digest

    want = meta.get("source", {}).get("graph_sha256")
    if spec_digest(blob) != want:
        raise AttachError(f"the stored spec of {where} does not match its description "
                          "(an interrupted load?); load the spec again")
    try:
        data = json.loads(blob)
        return ParseGraph.from_dict(data["graph"]), bool(data["extends_library"])
    except (ValueError, KeyError, TypeError) as error:
        raise AttachError(f"the stored spec of {where} cannot be read ({error}); load the "
                          "spec again") from None


def cmd_load(args: argparse.Namespace) -> int:
    deployer = _deployer(args)
    namespaces = _namespaces(args)
    built: list[Any] = []
    kept: list[str] = []
    try:
        if _keeps_profile(args):
            # one namespace, no --profile: keep the running deployment's profile (and its
            # enabled set, for the same source), read under the lock
            def rebuild(meta: dict[str, Any], blob: bytes | None
                        ) -> tuple[Any, dict[str, Any], bytes | None]:
                profile, enable, disable = kept_profile(meta, args.target)
                if profile is not None:
                    kept.append(profile.name or profile.source)
                built[:] = build_deployment(args.target, profile, enable, disable,
                                            stats=args.stats)
                return built[0], built[1], built[2]

            results: list[Any] = [deployer.change(
                namespaces[0], rebuild, must_exist=False, force=args.force,
                allow_root=args.allow_root_netns)]
        else:
            built[:] = build_deployment(args.target, args.profile, stats=args.stats)
            results = deployer.load_all(built[0], built[1], namespaces, force=args.force,
                                        allow_root=args.allow_root_netns,
                                        stored_graph=built[2])
    except VerifierError as error:
        from flowdsl.culprit import explain_rejection
        from flowdsl.dsl.graph import ParseGraph

        obj = built[0] if built else None
        graph = ParseGraph.from_dict(obj.graph.data) if obj is not None and obj.graph else None
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


def kept_profile(meta: dict[str, Any], target: str | None
                 ) -> tuple[Any, Sequence[str], Sequence[str]]:
    """(profile, enable, disable) to keep from a running deployment's description: its
    profile, and its enabled and disabled protocols if it was built from the same
    source; (None, (), ()) where there is none."""
    from flowdsl.dsl.profile import parse_profile

    if not meta.get("profile_text"):
        return None, (), ()
    profile = parse_profile(meta["profile_text"], meta.get("profile_source") or "profile")
    source = meta.get("source") or {}
    same = (source.get("kind") == "library" and not target) or (
        source.get("kind") == "spec" and target is not None
        and source.get("path") == str(Path(target).resolve()))
    overrides = (meta.get("overrides") or {}) if same else {}
    return profile, overrides.get("enable", ()), overrides.get("disable", ())


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
    namespaces = _namespaces(args)
    results = deployer.unload_all(namespaces, missing_ok=args.missing_ok)
    if not _one_namespace(args):
        return _report_many(results, namespaces, args.json, lambda ns, r: (
            f"flowdsl: unloaded {ns.label}" if r["removed"] else
            f"flowdsl: nothing to unload in {ns.label}"))
    (result,) = results
    if isinstance(result, Exception):
        raise result
    if result["removed"] is None and not args.json:
        print(f"flowdsl: nothing to unload in {namespaces[0].label} (no flowdsl "
              "deployment there)")
        return EXIT_OK
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(f"flowdsl: unloaded {result['removed']}"
              + (f" (detached prog id {result['detached_prog_id']})"
                 if result["detached_prog_id"] else ""))
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    entries = _deployer(args).status()
    if args.netns:
        from flowdsl.runtime.netns import resolve

        wanted = {resolve(name).inode for name in args.netns}
        entries = [e for e in entries if e.get("netns_inode") in wanted]
    for entry in entries:
        source = entry.get("source") or {}
        if entry.get("ours") and source.get("kind") == "spec":
            now = file_digest(source.get("path", ""))
            entry["spec_file"] = ("missing" if now is None else "unchanged"
                                  if now == source.get("sha256") else "changed since load")
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
    deployer = _deployer(args)
    ns = _netns(args)
    switched: dict[str, Any] = {}

    def rebuild(meta: dict[str, Any], blob: bytes | None
                ) -> tuple[Any, dict[str, Any], bytes | None]:
        built = switch_protocols_in(meta, blob, ns.label, args.command, args.protocols)
        switched.update(built[1])
        return built

    result = deployer.change(ns, rebuild)
    new_meta = switched
    if args.json:
        print(json.dumps(result.to_dict() | {"protocols": new_meta["protocols"]}, indent=1))
    else:
        print(f"flowdsl: {args.command}d {', '.join(args.protocols)} in {ns.label}: "
              f"{result.action}, prog id {result.info.id}; protocols now: "
              f"{', '.join(new_meta['protocols'])}")
    return EXIT_OK


def switch_protocols_in(meta: dict[str, Any], blob: bytes | None, where: str, command: str,
                        protocols: Sequence[str]
                        ) -> tuple[Any, dict[str, Any], bytes | None]:
    """(object, description, stored graph) of the deployment described by ``meta`` (and
    its stored graph ``blob``) with ``protocols`` enabled or disabled (``command``)."""
    source = meta.get("source", {})
    if source.get("kind") == "object":
        raise InputError(f"the dissector in {where} was loaded from an object file, so "
                         "flowdsl cannot rebuild it; load the spec (or the library) with a "
                         "profile instead")
    overrides = meta.get("overrides", {"enable": [], "disable": []})
    enable, disable = set(overrides.get("enable", ())), set(overrides.get("disable", ()))
    for name in protocols:
        (enable if command == "enable" else disable).add(name)
        (disable if command == "enable" else enable).discard(name)
    stored = None
    if source.get("kind") == "spec":
        if blob is None:
            raise AttachError(f"the deployment in {where} has no stored spec (loaded by an "
                              "older flowdsl?); load the spec again")
        stored = stored_graph(blob, meta, where)
    from flowdsl.dsl.profile import parse_profile

    # the profile as it was loaded, even if its file changed or went away since
    profile = parse_profile(meta["profile_text"], meta.get("profile_source") or "profile") \
        if meta.get("profile_text") else None
    obj, new_meta, new_blob = build_deployment(
        source.get("path"), profile, sorted(enable), sorted(disable),
        stats=bool(meta.get("stats")), stored=stored)
    if stored is not None:  # still the spec as loaded, not the file as it is now
        new_meta["source"] = {**source, "graph_sha256": new_meta["source"]["graph_sha256"]}
    return obj, new_meta, new_blob


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
    add_netns_args(p, many=True)
    p.add_argument("--force", action="store_true",
                   help="replace a flow dissector that flowdsl did not attach")
    p.add_argument("--allow-root-netns", action="store_true",
                   help="allow the root namespace (the dissector then applies host-wide)")
    p.add_argument("--stats", action="store_true",
                   help="count packets per protocol and verdict (flowdsl stats)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_load)

    p = sub.add_parser("unload", help="detach a deployment and remove its pins")
    add_netns_args(p, many=True)
    p.add_argument("--prune", action="store_true",
                   help="remove every deployment whose namespace is gone, and stale pins")
    p.add_argument("--missing-ok", action="store_true",
                   help="a namespace without a deployment is not an error (for scripts)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_unload)

    p = sub.add_parser("status", help="every flow dissector on the host, ours or not")
    add_pin_root_arg(p)
    p.add_argument("--netns", metavar="NAME", nargs="+",
                   help="only these namespaces (names from `ip netns add`)")
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
