"""What gets deployed: building a program and its recipe for load, enable and disable.

A deployment records how it was built (runtime/description.py), so that enable and
disable rebuild it under the deployment lock from what is pinned, never from files that
may have changed since (or belong to someone else): a spec is stored as its graph, JSON
data checked against the digest its description recorded, and is never run again.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from flowdsl.errors import AttachError, InputError, UsageError
from flowdsl.pipeline import base_graph, profiled, read_object, version

if TYPE_CHECKING:
    from flowdsl.dsl.graph import ParseGraph
    from flowdsl.dsl.profile import Profile
    from flowdsl.runtime.deploy import Deployable
    from flowdsl.runtime.description import Description, Origin

SPEC_MAX = 16 << 20  # bytes: a spec file larger than this is not read for its digest
StoredSpec = tuple["ParseGraph", bool]  # (graph before the profile, extends_library)


def build_deployment(target: str | None, profile: str | Profile | None,
                     enable: Sequence[str] = (), disable: Sequence[str] = (),
                     stats: bool = False, stored: StoredSpec | None = None) -> Deployable:
    """What to deploy for a target: an object file, a spec, or the library. A spec's
    graph (before its profile) goes with it, for the deployment to store: ``stored`` is
    that graph read back, which enable/disable rebuild from."""
    from flowdsl.codegen.build import build
    from flowdsl.runtime.deploy import Deployable
    from flowdsl.runtime.description import Origin, Recipe
    from flowdsl.runtime.elf import read_elf
    from flowdsl.runtime.shared import spec_digest

    if target and not target.endswith(".py") and stored is None:
        if profile or stats:
            raise InputError("--profile and --stats apply to a spec, not to a built object; "
                             "rebuild with `flowdsl build`, or load the spec")
        obj = read_object(target).obj
        embedded = obj.graph
        return Deployable(obj, Recipe(
            Origin("object", str(Path(target).resolve())),
            tuple(embedded.protocols) if embedded is not None else None,
            profile=embedded.profile if embedded is not None else None))
    origin = Origin("library")
    blob = None
    if stored is not None:
        base, extends = stored
        origin = Origin("spec", target)
    elif target:
        base, extends = base_graph(target)
        resolved = str(Path(target).resolve())
        origin = Origin("spec", resolved, file_digest(resolved))
    else:
        base, extends = base_graph(None)
    if origin.kind == "spec":
        blob = graph_blob(base, extends)
        origin = Origin("spec", origin.path, origin.sha256, spec_digest(blob), extends)
    graph, used = profiled(base, extends, profile, enable, disable)
    obj = read_elf(build(graph, stats=stats).obj)
    recipe = Recipe(origin, tuple(n for n in graph.names if n != graph.entry),
                    profile=used.name if used else None,
                    profile_text=used.text if used else None,
                    profile_source=used.source if used else None,
                    enable=tuple(sorted(enable)), disable=tuple(sorted(disable)),
                    flowdsl_version=version())
    return Deployable(obj, recipe, blob)


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


def graph_blob(graph: ParseGraph, extends_library: bool) -> bytes:
    return json.dumps({"graph": graph.to_dict(), "extends_library": extends_library},
                      sort_keys=True, separators=(",", ":")).encode()


def stored_graph(blob: bytes, origin: Origin, where: str) -> StoredSpec:
    """The graph a deployment stored (data only: JSON, never code), checked against the
    digest its description recorded."""
    from flowdsl.dsl.graph import ParseGraph
    from flowdsl.runtime.shared import spec_digest

    if spec_digest(blob) != origin.graph_sha256:
        raise AttachError(f"the stored spec of {where} does not match its description "
                          "(an interrupted load?); load the spec again")
    try:
        data = json.loads(blob)
        return ParseGraph.from_dict(data["graph"]), bool(data["extends_library"])
    except (ValueError, KeyError, TypeError) as error:
        raise AttachError(f"the stored spec of {where} cannot be read ({error}); load the "
                          "spec again") from None


def running_profile(description: Description | None) -> Profile | None:
    """The profile a deployment was built with, as it was loaded, even if its file
    changed or went away since."""
    from flowdsl.dsl.profile import parse_profile

    recipe = description.recipe if description is not None else None
    if recipe is None or not recipe.profile_text:
        return None
    return parse_profile(recipe.profile_text, recipe.profile_source or "profile")


def kept_profile(description: Description | None, target: str | None
                 ) -> tuple[Profile | None, Sequence[str], Sequence[str]]:
    """(profile, enable, disable) to keep from a running deployment: its profile, and its
    switched protocols if it was built from the same source; (None, (), ()) where there
    is none."""
    profile = running_profile(description)
    if description is None or profile is None:
        return None, (), ()
    recipe = description.recipe
    origin = recipe.origin
    same = (origin.kind == "library" and not target) or (
        origin.kind == "spec" and target is not None
        and origin.path == str(Path(target).resolve()))
    return (profile, recipe.enable, recipe.disable) if same else (profile, (), ())


def switch_protocols_in(description: Description | None, blob: bytes | None, where: str,
                        command: str, protocols: Sequence[str]) -> Deployable:
    """The deployment described (with its stored graph ``blob``) rebuilt with
    ``protocols`` enabled or disabled (``command``)."""
    from dataclasses import replace

    if description is None:
        raise AttachError(f"no flowdsl deployment in network namespace {where}; load one "
                          "with flowdsl load")
    recipe = description.recipe
    if not recipe.rebuildable:
        raise InputError(f"the dissector in {where} was loaded from an object file, so "
                         "flowdsl cannot rebuild it; load the spec (or the library) with a "
                         "profile instead")
    enable, disable = set(recipe.enable), set(recipe.disable)
    for name in protocols:
        (enable if command == "enable" else disable).add(name)
        (disable if command == "enable" else enable).discard(name)
    stored = None
    if recipe.origin.kind == "spec":
        if blob is None:
            raise AttachError(f"the deployment in {where} has no stored spec (loaded by an "
                              "older flowdsl?); load the spec again")
        stored = stored_graph(blob, recipe.origin, where)
    built = build_deployment(recipe.origin.path, running_profile(description), sorted(enable),
                             sorted(disable), stats=bool(description.stats), stored=stored)
    _refuse_empty_or_unreachable(built, stored or base_graph(None), command, protocols)
    if stored is not None:  # still the spec as loaded, not the file as it is now
        built = replace(built, recipe=replace(built.recipe, origin=replace(
            recipe.origin, graph_sha256=built.recipe.origin.graph_sha256)))
    return built


def _refuse_empty_or_unreachable(built: Deployable, stored: StoredSpec, command: str,
                                 protocols: Sequence[str]) -> None:
    """A switch that would change nothing the user asked for, or dissect nothing, is
    refused before it is swapped in: ``enable gre`` while every protocol that leads to
    GRE is disabled prunes GRE again (the profile keeps what the entry reaches), and
    disabling every link layer leaves the entry alone."""
    now = set(built.recipe.protocols or ())
    if not now:
        raise UsageError(f"{command} {' '.join(protocols)}: would leave no protocol but the "
                         "entry, which dissects nothing; keep at least one of them, or "
                         "flowdsl unload the namespace")
    if command != "enable":
        return
    base = stored[0]
    for name in protocols:
        if name in now:
            continue
        parents = sorted(n.name for n in base.nodes
                         if n.name != name and any(e.target == name for e in n.edges))
        raise UsageError(f"enable {name}: {name} stays unreachable: no enabled protocol "
                         f"leads to it; enable one of {', '.join(parents)} too (in one "
                         f"command: flowdsl enable {parents[0] if parents else '...'} "
                         f"{name} ...)")
