"""Deployments: a flowdsl dissector attached to a network namespace, pinned to last.

Layout under the pin root (default /sys/fs/bpf/flowdsl), one directory per namespace,
named by its inode (namespace names are not unique over time, inodes are while it
lives):

    netns_<inode>/link   the bpf_link; pinned last, so it is the commit point
    netns_<inode>/meta   an ARRAY map holding the deployment's description (JSON): how
                         it was built (library or spec, and the profile), so that
                         status can show it and enable/disable can rebuild it
    netns_<inode>/stats  the per-CPU counters of a program built with --stats (a
                         replacement starts new counters)
    programs/<digest>/   a program shared by every namespace running the same object
    specs/<digest>/      for a spec: its graph before the profile, as JSON in an ARRAY
                         map, shared likewise; enable/disable rebuild from it (data,
                         never code), not from the spec file (it may have changed, or
                         be someone else's). See runtime/shared.py; the description
                         names both by digest.

Every operation holds the pin root's lock (runtime/lock.py), so concurrent commands
serialise, and a change that depends on the deployment (enable, disable) reads it under
the lock (``Deployer.change``): no change is lost. The pin root and every deployment
directory must be private to root (runtime/bpffs.py), and each pin is checked to be the
kind and shape of object flowdsl puts there before it is read.

Order of a first load: load the program, pin the meta map, create the link, pin the
link. A process killed before the last step leaves no attachment (the link
dies with its last fd) and at most a meta pin, which status reports as stale and the
next load or unload removes. A replacement swaps the program in the pinned link with
BPF_LINK_UPDATE (BPF_F_REPLACE), so the namespace is never without a dissector.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from flowdsl.runtime import bpffs, kernel, links, lock, maps
from flowdsl.runtime.description import Description, Recipe
from flowdsl.runtime.elf import BpfObject
from flowdsl.runtime.loader import Program, ProgramInfo, prog_info
from flowdsl.runtime.netns import ROOT_NETNS_INODE, Netns, names_by_inode, open_netns
from flowdsl.runtime.shared import ProgramStore, SpecStore, netns_inode, spec_digest
from flowdsl.runtime.syscall import Fd
from flowdsl.runtime.uapi import MapType

from flowdsl.errors import AttachError, BpfError, FlowdslError

META_SIZE = 16384  # the largest description, bytes: a 4-byte length, then the JSON
FAULT_ENV = "FLOWDSL_FAULT_AT"  # tests kill the process at a named step (fault injection)


def _step(name: str) -> None:
    """A point where a crash must leave no half-deployment; the fault-injection tests
    end the process here (as kill -9 would: no cleanup runs)."""
    if os.environ.get(FAULT_ENV) == name:
        os._exit(99)


def _dir_for(root: Path, inode: int) -> Path:
    return root / f"netns_{inode}"


def _pins(where: Path) -> tuple[str, ...]:
    return str(where / "link"), str(where / "meta")


def write_meta(description: Description) -> Fd:
    data = description.to_json()
    if len(data) + 4 > META_SIZE:
        raise AttachError(f"the deployment description is {len(data)} bytes, more than "
                          f"{META_SIZE - 4}; shorten the profile")
    size = (len(data) + 4 + 7) // 8 * 8  # as small as it can be: one per namespace
    fd = maps.create_array("flowdsl_meta", size, 1)
    maps.update(fd.fd, 0, struct.pack("<I", len(data)) + data.ljust(size - 4, b"\0"))
    return fd


def read_meta(path: Path) -> Description | None:
    """The description pinned at ``path``; None if there is none, or none flowdsl can
    read (status reports such a deployment, unload removes it)."""
    fd = bpffs.get_if_pinned(path, "map")
    if fd is None:
        return None
    with fd:
        info = maps.expect(fd.fd, MapType.ARRAY, range(8, META_SIZE + 1), 1, str(path))
        raw = maps.lookup(fd.fd, 0, info.value_size)
    (length,) = struct.unpack_from("<I", raw)
    try:
        return Description.from_json(raw[4:4 + length], str(path))
    except AttachError:
        return None


def _pinned_description(where: Path, unreadable_ok: bool = False) -> Description | None:
    """The description pinned in a deployment directory, or None where there is none
    (``unreadable_ok``: also where it is not flowdsl's: for removing what is there)."""
    if not where.exists():
        return None
    try:
        return read_meta(where / "meta")
    except AttachError:
        if unreadable_ok:
            return None
        raise


def _refuse_root(ns: Netns, allow_root: bool) -> None:
    if ns.inode == ROOT_NETNS_INODE and not allow_root:
        raise AttachError(
            f"{ns.label} is the host's root network namespace: a flow dissector there "
            "replaces the built-in one in every namespace of the host, and no other "
            "namespace can have its own; pass --allow-root-netns if that is meant")


def _spec_key(description: Description | None) -> str | None:
    return description.spec_key if description is not None else None


def _program_key(description: Description | None) -> str | None:
    return description.program if description is not None else None


@dataclass(frozen=True)
class Deployable:
    """A program ready to deploy: the object, how it was built, and for a spec its graph
    before the profile (stored with the deployment for enable/disable)."""

    obj: BpfObject
    recipe: Recipe
    stored_graph: bytes | None = None


# (the running description, its stored graph) -> what to deploy: see Deployer.change
Rebuild = Callable[[Description | None, bytes | None], Deployable]


@dataclass(frozen=True)
class Removal:
    """What unload did in one namespace (``removed`` None: there was nothing)."""

    removed: str | None
    detached_prog_id: int | None = None
    state: str | None = None  # for prune: why it was removed

    def to_dict(self) -> dict[str, Any]:
        return {"removed": self.removed, "detached_prog_id": self.detached_prog_id} | (
            {"state": self.state} if self.state else {})


@dataclass(frozen=True)
class LoadResult:
    action: str  # attached | replaced | unchanged
    netns: Netns
    info: ProgramInfo
    pins: tuple[str, ...]
    replaced_prog_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"action": self.action, "netns": self.netns.label, "netns_inode":
                self.netns.inode, "prog_id": self.info.id, "tag": self.info.tag,
                "verified_insns": self.info.verified_insns, "pins": list(self.pins),
                "replaced_prog_id": self.replaced_prog_id}


class Deployer:
    def __init__(self, pin_root: str | Path = bpffs.DEFAULT_PIN_ROOT) -> None:
        self.root = Path(pin_root)
        self.programs = ProgramStore(self.root)
        self.specs = SpecStore(self.root)

    # -- load --------------------------------------------------------------------------
    def load(self, deployable: Deployable, ns: Netns, *, force: bool = False,
             allow_root: bool = False) -> LoadResult:
        """Attach ``deployable`` to ``ns`` (or swap it in); a spec's graph is stored with
        it for enable/disable."""
        result = self.load_all(deployable, [ns], force=force, allow_root=allow_root)[0]
        if isinstance(result, FlowdslError):
            raise result
        return result

    def load_all(self, deployable: Deployable, namespaces: list[Netns], *,
                 force: bool = False, allow_root: bool = False
                 ) -> list[LoadResult | FlowdslError]:
        """``load`` into each namespace, under one lock, sharing one program: per
        namespace its result, or the error that left that namespace as it was."""
        if len(namespaces) == 1:
            _refuse_root(namespaces[0], allow_root)
        kernel.require(kernel.NETNS_LINKS)
        obj = deployable.obj
        if obj.uses_continue:
            kernel.require(kernel.CONTINUE_VERDICT)
        root = bpffs.ensure_pin_root(self.root)
        out: list[LoadResult | FlowdslError] = []
        # counters are per namespace: an object with them is loaded for each
        batches = [[ns] for ns in namespaces] if obj.has_stats else [namespaces]
        with lock.exclusive(root):
            for batch in batches:
                with self.programs.program(obj) as (program, key):
                    _step("loaded")
                    for ns in batch:
                        try:
                            _refuse_root(ns, allow_root)
                            out.append(self._load_locked(program, key, deployable, ns,
                                                         force))
                        except FlowdslError as error:
                            if len(namespaces) == 1:
                                raise
                            out.append(error)
            self._collect()  # what no namespace uses any more, this one too if unused
        return out

    def _deployment_dir(self, inode: int) -> Path:
        """netns_<inode> under the pin root, checked to be ours if it exists."""
        where = _dir_for(self.root, inode)
        if os.path.lexists(where):
            bpffs.check_directory(where, "the deployment directory")
        return where

    def _collect(self) -> None:
        """Unpin shared objects no namespace references: at the end of a command only,
        never while one may still attach them elsewhere."""
        for store in (self.programs, self.specs):
            if store.dir.is_dir():
                store.collect(*(entry.name for entry in store.dir.iterdir()))

    def change(self, ns: Netns, rebuild: Rebuild, *, must_exist: bool = True,
               force: bool = False, allow_root: bool = False) -> LoadResult:
        """Replace the deployment of ``ns`` with ``rebuild(its description, its stored
        graph)``, both read under the lock: concurrent changes apply one after the other,
        and none is lost. Without ``must_exist``, a namespace without a deployment gets
        ``rebuild(None, None)`` (a load that keeps what it finds)."""
        kernel.require(kernel.NETNS_LINKS)
        root = bpffs.ensure_pin_root(self.root)
        with lock.exclusive(root):
            running: Description | None
            if must_exist:
                running = self._description(ns)
            else:
                _refuse_root(ns, allow_root)
                running = _pinned_description(self._deployment_dir(ns.inode))
            spec_key = _spec_key(running)
            deployable = rebuild(running, self.specs.read(spec_key) if spec_key else None)
            if deployable.obj.uses_continue:
                kernel.require(kernel.CONTINUE_VERDICT)
            try:
                with self.programs.program(deployable.obj) as (program, key):
                    return self._load_locked(program, key, deployable, ns, force)
            finally:
                self._collect()

    def _load_locked(self, program: Program, key: str | None, deployable: Deployable,
                     ns: Netns, force: bool) -> LoadResult:
        """Attach or swap ``program`` (shared under digest ``key``, or None) in ``ns``;
        under the lock. Pins go in first and the link last, so an interrupted load
        leaves no attachment (see the top)."""
        info = program.info
        stats = program.maps.get("stats")
        stored_graph = deployable.stored_graph
        spec = spec_digest(stored_graph) if stored_graph is not None else None
        recipe = deployable.recipe
        if spec is not None:
            recipe = replace(recipe, origin=replace(recipe.origin, graph_sha256=spec))
        description = Description(
            recipe, prog_tag=info.tag, netns=ns.label, loaded_at=time.time(),
            stats=tuple(program.stats_slots) if program.stats_slots else None, program=key)
        with Fd(open_netns(ns)) as netns_fd:
            where = self._deployment_dir(ns.inode)
            link = self._live_link(where, ns.inode)  # a dead deployment is gone after it
            previous = _pinned_description(where)
            if link is None:
                link = self._adopt_or_refuse(netns_fd.fd, ns, force)
            bpffs.make_private_dir(where, "the deployment directory")
            if stats is not None:  # before the link: counters exist once it runs
                bpffs.replace_pin(stats.fd, where / "stats_next")
            try:
                # the references before the link that makes them true
                if stored_graph is not None and spec is not None:
                    with self.specs.stored(stored_graph) as (blob, _):
                        self.specs.hold(spec, blob.fd, ns.inode)
                if key is not None:
                    self.programs.hold(key, program.fd.fd, ns.inode)
                if link is None:
                    result = self._attach_new(program.fd.fd, info, description,
                                              netns_fd.fd, ns, where)
                else:
                    with link:
                        result = self._replace(link, program.fd.fd, info, description, ns,
                                               where)
            except BaseException:
                if key is not None and key != _program_key(previous):
                    self.programs.release(key, ns.inode)
                if spec is not None and spec != _spec_key(previous):
                    self.specs.release(spec, ns.inode)
                if link is None and previous is None:  # made for this load: nothing left
                    shutil.rmtree(where, ignore_errors=True)
                raise
            if result.action != "unchanged":
                if stats is not None:
                    os.rename(where / "stats_next", where / "stats")
                    result = replace(result, pins=(*result.pins, str(where / "stats")))
                else:
                    bpffs.remove(where / "stats")
                if _program_key(previous) != key:
                    self.programs.release(_program_key(previous), ns.inode)
                if _spec_key(previous) != spec:
                    self.specs.release(_spec_key(previous), ns.inode)
            bpffs.remove(where / "stats_next")
            return result

    def _live_link(self, where: Path, inode: int) -> Fd | None:
        """Our pinned link there, unless its namespace is gone (then the pins go too).
        A description a killed replacement left staged is put in place if the link runs
        its program, and dropped if not."""
        link = bpffs.get_if_pinned(where / "link", "link")
        if link is None:
            return None
        info = links.link_info(link.fd)
        if info.netns_ino != inode:  # deleted (0), or this inode reused by another one
            link.close()
            self._forget(where, inode)
            return None
        staged = read_meta(where / "meta_next")
        if staged is not None:
            with links.prog_fd_by_id(info.prog_id) as running:
                if staged.prog_tag == prog_info(running.fd).tag:
                    os.rename(where / "meta_next", where / "meta")
                else:
                    bpffs.remove(where / "meta_next")
        return link

    def _forget(self, where: Path, inode: int) -> None:
        """Remove a deployment's pins and its reference to a shared program."""
        description = _pinned_description(where, unreadable_ok=True)
        shutil.rmtree(where, ignore_errors=True)
        self.programs.release(_program_key(description), inode)  # _collect unpins later
        self.specs.release(_spec_key(description), inode)

    def _adopt_or_refuse(self, netns_fd: int, ns: Netns, force: bool) -> Fd | None:
        """None if the namespace has no dissector; the link of a foreign one if forced."""
        running = links.attached_programs(netns_fd)
        if not running:
            return None
        if not force:
            raise AttachError(
                f"network namespace {ns.label} already runs a flow dissector (prog id "
                f"{running[0]}) that flowdsl did not attach; flowdsl leaves it alone "
                "unless you pass --force to replace it")
        for link in links.flow_dissector_links():
            if link.netns_ino == ns.inode:
                return links.link_fd_by_id(link.id)
        raise AttachError(
            f"the flow dissector of {ns.label} (prog id {running[0]}) was attached without a "
            "link (BPF_PROG_ATTACH), which cannot be replaced atomically; detach it first "
            "(bpftool net detach flow_dissector, inside that namespace)")

    def _attach_new(self, prog_fd: int, info: ProgramInfo, description: Description,
                    netns_fd: int, ns: Netns, where: Path) -> LoadResult:
        with write_meta(description) as meta_fd:
            bpffs.replace_pin(meta_fd.fd, where / "meta")
        _step("meta_pinned")
        try:
            link = links.attach_to_netns(prog_fd, netns_fd)
        except BpfError as error:
            shutil.rmtree(where, ignore_errors=True)
            if error.errno == errno.EEXIST:
                raise AttachError(
                    "a flow dissector is attached to the root network namespace, which "
                    "rules every namespace; no namespace can have its own (flowdsl status)"
                ) from None
            raise
        with link:
            _step("attached")
            bpffs.replace_pin(link.fd, where / "link")  # the commit point
            _step("link_pinned")
        return LoadResult("attached", ns, info, _pins(where))

    def _replace(self, link: Fd, prog_fd: int, info: ProgramInfo, description: Description,
                 ns: Netns, where: Path) -> LoadResult:
        old_id = links.link_info(link.fd).prog_id
        with links.prog_fd_by_id(old_id) as old:
            old_info = prog_info(old.fd)
            previous = read_meta(where / "meta")
            if old_info.tag == info.tag and previous is not None and \
                    previous.same_deployment(description):
                return LoadResult("unchanged", ns, old_info,
                                  _pins(where))
            # everything that can fail before the swap: a failure leaves the old program
            with write_meta(description) as meta_fd:
                bpffs.replace_pin(meta_fd.fd, where / "meta_next")
            try:
                links.update(link.fd, prog_fd, old.fd)
            except BaseException:
                bpffs.remove(where / "meta_next")
                raise
        _step("updated")
        os.rename(where / "meta_next", where / "meta")
        if not (where / "link").exists():  # adopted from another tool: pin it as ours
            bpffs.replace_pin(link.fd, where / "link")
        return LoadResult("replaced", ns, info, _pins(where),
                          replaced_prog_id=old_id)

    # -- unload ------------------------------------------------------------------------
    def unload(self, ns: Netns) -> Removal:
        result = self.unload_all([ns])[0]
        if isinstance(result, FlowdslError):
            raise result
        return result

    def unload_all(self, namespaces: list[Netns], missing_ok: bool = False
                   ) -> list[Removal | FlowdslError]:
        """Detach and unpin each namespace's deployment, under one lock (``missing_ok``:
        a namespace without one is reported, not an error)."""
        root = bpffs.ensure_pin_root(self.root)
        out: list[Removal | FlowdslError] = []
        with lock.exclusive(root):
            for ns in namespaces:
                try:
                    where = self._deployment_dir(ns.inode)
                    if not where.exists():
                        if not missing_ok:
                            raise AttachError(f"no flowdsl deployment in network namespace "
                                              f"{ns.label} (under {root}); see flowdsl status")
                        out.append(Removal(None))
                        continue
                    out.append(self._remove(where))
                except FlowdslError as error:
                    out.append(error)
            self._collect()
        return out

    def unload_labelled(self, label: str) -> list[Removal]:
        """Remove the deployments recorded under ``label`` (the netns label of their
        description), whatever their state: what a CNI DEL releases when the namespace
        path it is given leads nowhere any more (the runtime deleted the namespace, or
        its process died), so no inode names the deployment; if something else still
        holds that namespace, its dissector is detached too."""
        root = bpffs.check_pin_root(self.root)
        if root is None:
            return []
        out: list[Removal] = []
        with lock.exclusive(root):
            for entry in sorted(root.glob("netns_*")):
                bpffs.check_directory(entry, "the deployment directory")
                description = _pinned_description(entry, unreadable_ok=True)
                if description is not None and description.netns == label:
                    out.append(self._remove(entry, self._state(entry)))
            self._collect()
        return out

    def _remove(self, where: Path, state: str | None = None) -> Removal:
        link = bpffs.get_if_pinned(where / "link", "link")
        detached = None
        if link is not None:
            with link:
                info = links.link_info(link.fd)
                detached = info.prog_id
                with contextlib.suppress(BpfError):  # a defunct link is detached already
                    links.detach(link.fd)
        self._forget(where, netns_inode(where.name) or -1)
        return Removal(str(where), detached, state)

    def prune(self) -> list[Removal]:
        """Remove deployments whose namespace is gone, and stale half-deployments."""
        root = bpffs.ensure_pin_root(self.root)
        out: list[Removal] = []
        with lock.exclusive(root):
            for entry in sorted(root.glob("netns_*")):
                bpffs.check_directory(entry, "the deployment directory")
                state = self._state(entry)
                if state in ("defunct", "stale"):
                    out.append(self._remove(entry, state))
            self._collect()  # what those used; then references nothing accounts for
            uses: dict[int, set[str]] = {}
            for entry in root.glob("netns_*"):
                inode = netns_inode(entry.name)
                if inode is not None:
                    description = _pinned_description(entry, unreadable_ok=True)
                    uses[inode] = {k for k in (_program_key(description),
                                               _spec_key(description)) if k}
            for store in (self.programs, self.specs):
                out.extend(Removal(str(store.dir / key), state=f"unused {store.what}")
                           for key in store.prune(uses))
        return out

    # -- status ------------------------------------------------------------------------
    def _state(self, where: Path) -> str:
        link = bpffs.get_if_pinned(where / "link", "link")
        if link is None:
            return "stale"  # a meta pin without a link: an interrupted load
        with link:
            return "defunct" if links.link_info(link.fd).netns_ino == 0 else "ok"

    def status(self) -> list[dict[str, Any]]:
        """Every flow dissector on the host (links, and direct attachments in named or
        root namespaces), ours with their deployment description; stale pins too."""
        names = names_by_inode()
        names.setdefault(ROOT_NETNS_INODE, "(root)")
        described: dict[int, dict[str, Any]] = {}  # by prog id: shared by many links
        entries = self._links(names, described)
        self._attachments_without_link(names, entries, described)
        try:
            root = bpffs.check_pin_root(self.root)
        except AttachError as refused:
            entries[-(10**12)] = {"ours": False, "state": "refused", "pins": str(self.root),
                                  "netns": "?", "netns_inode": None, "hint": str(refused)}
            root = None
        if root is not None:
            self._describe_ours(entries)
        return sorted(entries.values(),
                      key=lambda e: (str(e.get("netns")), e.get("link_id") or 0))

    def _links(self, names: dict[int, str], described: dict[int, dict[str, Any]]
               ) -> dict[int, dict[str, Any]]:
        entries = {}
        for link in links.flow_dissector_links():
            gone = link.netns_ino == 0
            entries[link.id] = self._describe_program(link.prog_id, described) | {
                "link_id": link.id, "netns_inode": link.netns_ino, "ours": False,
                "netns": "(deleted)" if gone else names.get(link.netns_ino, "(unnamed)"),
                "state": "defunct" if gone else "ok"}
        return entries

    def _attachments_without_link(self, names: dict[int, str],
                                  entries: dict[int, dict[str, Any]],
                                  described: dict[int, dict[str, Any]]) -> None:
        """BPF_PROG_ATTACH dissectors have no link to enumerate: ask each known namespace."""
        seen = {e["netns_inode"] for e in entries.values()}
        for inode, name in names.items():
            if inode in seen:
                continue
            path = "/proc/self/ns/net" if inode == ROOT_NETNS_INODE else f"/run/netns/{name}"
            with contextlib.suppress(OSError, BpfError):
                fd = Fd(os.open(path, os.O_RDONLY | os.O_CLOEXEC))
                with fd:
                    for prog_id in links.attached_programs(fd.fd):
                        entries[-prog_id] = self._describe_program(prog_id, described) | {
                            "link_id": None, "netns_inode": inode, "netns": name,
                            "ours": False, "state": "attached without a link"}

    def _describe_ours(self, entries: dict[int, dict[str, Any]]) -> None:
        """Mark the links pinned under the root as ours, with their description; add
        the stale pins of interrupted loads."""
        shared: dict[str, int] = {}
        for where in sorted(self.root.glob("netns_*")):
            try:
                bpffs.check_directory(where, "the deployment directory")
                description = read_meta(where / "meta")
                link = bpffs.get_if_pinned(where / "link", "link")
                link_id = links.link_info(link.fd).id if link is not None else None
            except (AttachError, BpfError) as refused:
                entries[-(10**12) - len(entries)] = {
                    "ours": False, "state": "refused", "pins": str(where), "netns": "?",
                    "netns_inode": None, "hint": str(refused)}
                continue
            if link is None:
                entries[-(10**12) - len(entries)] = {
                    "ours": True, "state": "stale", "pins": str(where),
                    "netns": description.netns if description else "?", "netns_inode": None,
                    "hint": "an interrupted load; flowdsl unload --prune removes it"}
                continue
            link.close()
            entry = entries.get(link_id or 0)
            if entry is None:
                continue
            entry.update({"ours": True, "pins": str(where)})
            if description is None:
                entry["state"] = "no readable description (flowdsl unload removes it)"
                continue
            recipe = description.recipe
            entry.update({"profile": recipe.profile, "source": recipe.origin.to_dict(),
                          "protocols": list(recipe.protocols) if recipe.protocols is not None
                          else None, "stats": bool(description.stats),
                          "shared_by": self._users(description.program, shared)})
            if description.prog_tag not in ("", entry.get("tag")):
                entry["state"] = "description out of date (an interrupted replace)"

    def _users(self, key: str | None, known: dict[str, int]) -> int:
        """How many namespaces run the shared program ``key`` (1: not shared)."""
        if not key:
            return 1
        if key not in known:
            known[key] = self.programs.users(key)
        return known[key]

    @staticmethod
    def _describe_program(prog_id: int, described: dict[int, dict[str, Any]]
                          ) -> dict[str, Any]:
        """The program's figures (a new dict; ``described`` keeps one per prog id)."""
        if prog_id not in described:
            described[prog_id] = Deployer._program_figures(prog_id)
        return dict(described[prog_id])

    @staticmethod
    def _program_figures(prog_id: int) -> dict[str, Any]:
        try:
            with links.prog_fd_by_id(prog_id) as fd:
                info = prog_info(fd.fd)
        except BpfError:
            return {"prog_id": prog_id}
        boot = time.time() - time.clock_gettime(time.CLOCK_BOOTTIME)
        return {"prog_id": prog_id, "tag": info.tag, "name": info.name,
                "loaded_at": time.strftime("%Y-%m-%dT%H:%M:%S",
                                           time.localtime(boot + info.load_time_ns / 1e9)),
                "verified_insns": info.verified_insns}

    def stats(self, ns: Netns) -> dict[str, int]:
        """The deployment's counters, summed over CPUs, by protocol and verdict."""
        slots = self.description(ns).stats
        if not slots:
            raise AttachError(f"the dissector in {ns.label} was built without counters; "
                              "load it again with --stats")
        fd = bpffs.get_if_pinned(_dir_for(self.root, ns.inode) / "stats", "map")
        if fd is None:
            raise AttachError(f"the counters of {ns.label} are not pinned (an interrupted "
                              "load?); load it again with --stats")
        with fd:
            maps.expect(fd.fd, MapType.PERCPU_ARRAY, 8, len(slots),
                        f"the counters of {ns.label}")
            return maps.percpu_counters(fd.fd, list(slots))

    def running(self, ns: Netns) -> tuple[Description, ProgramInfo]:
        """The description of the deployment in ``ns`` and the program its link runs
        now (for a check that the namespace runs what it should)."""
        description = self.description(ns)
        link = bpffs.get_if_pinned(_dir_for(self.root, ns.inode) / "link", "link")
        if link is None:
            raise AttachError(f"no flowdsl deployment in network namespace {ns.label}; "
                              "load one with flowdsl load")
        with link, links.prog_fd_by_id(links.link_info(link.fd).prog_id) as prog:
            return description, prog_info(prog.fd)

    def description(self, ns: Netns) -> Description:
        """The description of the deployment in ``ns`` (read without the lock: for a
        report; a change reads it under the lock, see ``change``)."""
        if bpffs.check_pin_root(self.root) is None:
            raise AttachError(f"no flowdsl deployment in network namespace {ns.label} "
                              f"({self.root} does not exist); load one with flowdsl load")
        return self._description(ns)

    def _description(self, ns: Netns) -> Description:
        where = self._deployment_dir(ns.inode)
        meta = read_meta(where / "meta")
        link = bpffs.get_if_pinned(where / "link", "link")
        if link is not None:
            with link:
                if links.link_info(link.fd).netns_ino != ns.inode:  # a reused inode
                    meta = None
        if meta is None or link is None:
            raise AttachError(f"no flowdsl deployment in network namespace {ns.label}; "
                              "load one with flowdsl load")
        return meta
