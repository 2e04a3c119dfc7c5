"""The node compile cache: each configuration's object is built once per node.

A pod's ADD (flowdsl/cni.py) must not run the compiler: that is about half a second of
CPU and llvmlite's import, for every pod. So the object a configuration builds is kept
in a node directory (default /var/cache/flowdsl), under a key made of everything that
decides its bytes:

- the profile's text (a shipped profile's file, or the file the configuration names),
- the spec file's path and SHA-256 (none: the built-in library),
- whether counters are compiled in (``stats``),
- the flowdsl that builds it: its version and a fingerprint (path, size, mtime) of
  every source file of the compiler, the DSL and the protocol library, so an upgrade,
  or an edit in an editable install, builds anew; computing it is a directory scan.

An entry is two files, ``<key>.o`` (the ELF object, as ``flowdsl build -o`` writes it:
``flowdsl test`` reads it) and ``<key>.json`` (its manifest: the object's SHA-256 and
size, the recipe a deployment records, and a spec's stored graph), each written to a
temporary name and renamed, the object first: the manifest is the commit point.

Trust. The plugin runs as root and loads what it reads into the kernel, and a cold build
runs a spec file as Python. On a shared host, whoever can write the cache directory, or
a spec file, or any directory above them, chooses what every pod runs. So:
- the cache directory must belong to root (the user running this) and be writable by no
  one else (it is made with mode 0700), and every directory above it must belong to
  root and be writable by no one else, or be sticky (/tmp): else a user could rename it
  away and put theirs in its place;
- entries are opened without following links, relative to the checked directory, and
  must be regular files of root's, not writable by group or others, with one link;
- what is read is validated: the manifest's schema and key, the object's digest and
  size, its ELF structure (runtime/elf.py), a stored graph's digest. Nothing read from
  the cache is ever run: no pickle, no Python, only JSON and the ELF's instructions,
  which go to the kernel's verifier;
- a spec or profile file (and the directories above it) must be root's and not writable
  by others too: a spec is Python, run as root on a cold build.
A corrupt entry (a digest that does not match: a disk error, an interrupted write of an
older flowdsl) is rebuilt; an untrusted one is refused with what to do (CacheRefused).

This module imports only the standard library and flowdsl's errors; the compiler is
imported on a cold build only (``build``).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import importlib.util
import json
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flowdsl.errors import FlowdslError
from flowdsl.runtime.trust import distrust

if TYPE_CHECKING:
    from flowdsl.runtime.description import Recipe

DEFAULT_CACHE_DIR = "/var/cache/flowdsl"
FORMAT = 1
OBJECT_MAX = 32 << 20  # bytes: an object larger than this is not read
MANIFEST_MAX = 8 << 20  # bytes: the manifest holds a spec's graph, up to the store's 4 MiB
SPEC_MAX = 16 << 20  # bytes: as flowdsl/deployments.py reads specs
# The packages whose source decides the bytes of an object: their files' fingerprint is
# part of every key (with the package version).
BUILD_PACKAGES = ("flowdsl.dsl", "flowdsl.codegen", "flowdsl.protocols")


class CacheRefused(FlowdslError):
    """The cache directory, an entry, or a spec or profile file is not one only root
    controls: flowdsl will not load or run what it holds."""


class SpecChanged(FlowdslError):
    """The spec file changed while it was being built: try again."""


class ConfigProblem(FlowdslError):
    """A profile or spec that the configuration names cannot be used (not found, not a
    shipped name, not an absolute path)."""


# -- trust -----------------------------------------------------------------------------


def check_trusted_path(path: str, what: str, *, directory: bool) -> Path:
    """``path``, resolved, checked to be root's to change alone (see the top): the file
    or directory itself (belongs to this user, not writable by group or others) and
    every directory above it (likewise, or sticky). A CacheRefused otherwise."""
    real = Path(os.path.realpath(path))
    euid = os.geteuid()
    for ancestor in reversed(real.parents):
        _check_owner(ancestor, f"{ancestor}, above {what} {path},", euid, sticky_ok=True,
                     directory=True)
    _check_owner(real, f"{what} {path}" + (f" (= {real})" if str(real) != path else ""),
                 euid, sticky_ok=False, directory=directory)
    return real


def _check_owner(path: Path, what: str, euid: int, *, sticky_ok: bool,
                 directory: bool) -> os.stat_result:
    try:
        st = os.lstat(path)
    except OSError as error:
        raise CacheRefused(f"cannot inspect {what}: {error.strerror}") from None
    return _check_stat(st, what, euid, sticky_ok=sticky_ok, directory=directory)


def _check_stat(st: os.stat_result, what: str, euid: int, *, sticky_ok: bool,
                directory: bool) -> os.stat_result:
    kind_ok = stat.S_ISDIR(st.st_mode) if directory else stat.S_ISREG(st.st_mode)
    if not kind_ok:
        raise CacheRefused(f"{what} is not a {'directory' if directory else 'regular file'}"
                           "; remove it or configure another path")
    problem = distrust(st, euid, sticky_ok)
    if problem is not None:
        raise CacheRefused(f"{what} {problem.text}: " + (
            "another user could choose what every pod runs; make it root's (chown root) "
            "or configure another path" if problem.owned_by_other else
            "they could replace what flowdsl loads: chmod go-w it, or configure another "
            "path"))
    if not directory and st.st_nlink != 1:
        raise CacheRefused(f"{what} has {st.st_nlink} hard links; flowdsl reads only files "
                           "with one: remove it (a cache entry is rebuilt)")
    return st


def read_trusted_file(path: str, what: str, limit: int) -> bytes:
    """The content of a root-controlled regular file (checked as ``check_trusted_path``),
    read through a descriptor whose file is the one checked."""
    real = check_trusted_path(path, what, directory=False)
    try:
        fd = os.open(real, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as error:
        raise ConfigProblem(f"cannot read {what} {path}: {error.strerror}") from None
    with os.fdopen(fd, "rb") as file:
        st = _check_stat(os.fstat(fd), f"{what} {path}", os.geteuid(), sticky_ok=False,
                         directory=False)
        if st.st_size > limit:
            raise ConfigProblem(f"{what} {path} is {st.st_size} bytes, more than {limit}")
        return file.read(limit + 1)


# -- what an object is built from --------------------------------------------------------


def profile_dir() -> Path:
    """protocols/profiles, found without importing the protocol library."""
    spec = importlib.util.find_spec("flowdsl.protocols")
    assert spec is not None and spec.submodule_search_locations
    return Path(next(iter(spec.submodule_search_locations))) / "profiles"


def shipped_profiles() -> list[str]:
    return sorted(p.stem for p in profile_dir().glob("*.toml"))


@dataclass(frozen=True)
class Inputs:
    """What a configuration builds, resolved and read: the key's content."""

    profile_name: str | None  # a shipped profile's name, or None for a file
    profile_source: str  # the profile file (shipped or given)
    profile_text: str
    spec_path: str | None  # absolute, resolved
    spec_sha256: str | None
    stats: bool
    flowdsl: str  # version and source fingerprint

    @property
    def key(self) -> str:
        data = json.dumps({"format": FORMAT, "profile_name": self.profile_name,
                           "profile_source": self.profile_source,
                           "profile_text": self.profile_text, "spec": self.spec_path,
                           "spec_sha256": self.spec_sha256, "stats": self.stats,
                           "flowdsl": self.flowdsl}, sort_keys=True)
        return hashlib.sha256(data.encode()).hexdigest()[:40]


def resolve_inputs(profile: str, spec: str | None, stats: bool) -> Inputs:
    """Read the profile and the spec's digest (not the spec: it is run on a cold build
    only). A ConfigProblem for a profile or spec that cannot be used."""
    if "/" in profile:
        if not os.path.isabs(profile):
            raise ConfigProblem(f"profile {profile!r}: give a shipped profile's name "
                                f"({', '.join(shipped_profiles())}) or an absolute path")
        if not os.path.exists(profile):
            raise ConfigProblem(f"profile {profile}: no such file")
        text = read_trusted_file(profile, "the profile", SPEC_MAX)
        name, source = None, os.path.realpath(profile)
    else:
        names = shipped_profiles()
        if profile not in names:
            raise ConfigProblem(f"unknown profile {profile!r}; the shipped profiles are "
                                f"{', '.join(names)}, or give an absolute path to a .toml "
                                "profile")
        path = profile_dir() / f"{profile}.toml"
        text, name, source = path.read_bytes(), profile, str(path)
    try:
        profile_text = text.decode()
    except UnicodeDecodeError:
        raise ConfigProblem(f"profile {profile}: not UTF-8 text") from None
    spec_path = spec_sha = None
    if spec is not None:
        if not os.path.isabs(spec):
            raise ConfigProblem(f"spec {spec!r}: give an absolute path (the plugin runs "
                                "from the container runtime's working directory)")
        if not os.path.exists(spec):
            raise ConfigProblem(f"spec {spec}: no such file")
        spec_path = os.path.realpath(spec)
        spec_sha = hashlib.sha256(read_trusted_file(spec, "the spec", SPEC_MAX)).hexdigest()
    return Inputs(name, source, profile_text, spec_path, spec_sha, stats, build_identity())


def build_identity() -> str:
    """flowdsl's version and a fingerprint of the compiler's sources (path, size and
    mtime of each file: a scan, not a read), without importing importlib.metadata
    (about 10 ms) or the packages."""
    digest = hashlib.sha256()
    for package in BUILD_PACKAGES:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            continue
        for top in spec.submodule_search_locations:
            for directory, dirs, files in os.walk(top):
                dirs[:] = sorted(d for d in dirs if d != "__pycache__")
                for name in sorted(files):
                    if name.endswith((".py", ".toml")):
                        st = os.stat(os.path.join(directory, name))
                        digest.update(f"{directory}/{name}:{st.st_size}:{st.st_mtime_ns}\n"
                                      .encode())
    return f"{_version()}+{digest.hexdigest()[:16]}"


def _version() -> str:
    """The version from the installed distribution's metadata directory name (what
    importlib.metadata would read), found by a scan of sys.path."""
    for entry in sys.path:
        with contextlib.suppress(OSError):
            for name in os.listdir(entry or "."):
                if name.startswith("flowdsl-") and name.endswith((".dist-info",
                                                                   ".egg-info")):
                    return name.removeprefix("flowdsl-").rsplit(".", 1)[0]
    return "unknown"


# -- entries -------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """A built object and how it was built."""

    elf: bytes
    recipe: Recipe
    stored_graph: bytes | None  # a spec's graph before its profile (for enable/disable)


class NodeCache:
    def __init__(self, directory: str | Path = DEFAULT_CACHE_DIR) -> None:
        self.path = str(directory)

    # The directory: checked, then used through a descriptor only.
    @contextlib.contextmanager
    def _dir(self, create: bool) -> Iterator[int | None]:
        if not os.path.isabs(self.path):
            raise ConfigProblem(f"cacheDir {self.path!r}: give an absolute path")
        if not os.path.lexists(self.path):
            if not create:
                yield None
                return
            parent = os.path.dirname(self.path.rstrip("/")) or "/"
            os.makedirs(parent, mode=0o755, exist_ok=True)  # all checked just below
            with contextlib.suppress(FileExistsError):
                os.mkdir(self.path, 0o700)
        real = check_trusted_path(self.path, "the compile cache", directory=True)
        fd = os.open(real, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
        try:
            _check_stat(os.fstat(fd), f"the compile cache {self.path}", os.geteuid(),
                        sticky_ok=False, directory=True)
            yield fd
        finally:
            os.close(fd)

    def get(self, inputs: Inputs) -> Entry | None:
        """The entry for ``inputs``; None if there is none or it is corrupt (then it is
        rebuilt); CacheRefused if it is not root's alone."""
        key = inputs.key
        with self._dir(create=False) as fd:
            if fd is None:
                return None
            manifest = _read_entry_file(fd, f"{key}.json", self.path, MANIFEST_MAX)
            if manifest is None:
                return None
            data = _manifest(manifest, key)
            if data is None:
                return None
            elf = _read_entry_file(fd, f"{key}.o", self.path, OBJECT_MAX)
            if elf is None or len(elf) != data["object_size"] or \
                    hashlib.sha256(elf).hexdigest() != data["object_sha256"]:
                return None
        return _entry(elf, data)

    def put(self, inputs: Inputs, entry: Entry) -> None:
        """Store ``entry`` under ``inputs``' key: object first, manifest last, each
        written whole under a temporary name and renamed."""
        from flowdsl.runtime.description import Description

        key = inputs.key
        description = json.loads(Description(entry.recipe).to_json())
        manifest = {"format": FORMAT, "key": key, "flowdsl": inputs.flowdsl,
                    "object_sha256": hashlib.sha256(entry.elf).hexdigest(),
                    "object_size": len(entry.elf), "description": description,
                    "stored_graph": entry.stored_graph.decode()
                    if entry.stored_graph is not None else None,
                    "profile": inputs.profile_name or inputs.profile_source,
                    "spec": inputs.spec_path, "stats": inputs.stats}
        with self._dir(create=True) as fd:
            assert fd is not None
            _write_atomic(fd, f"{key}.o", entry.elf)
            _write_atomic(fd, f"{key}.json", json.dumps(manifest, sort_keys=True,
                                                        indent=1).encode())

    @contextlib.contextmanager
    def building(self) -> Iterator[None]:
        """Held while a cold entry is built, so that pods added at once on a new node
        build it once (the others find it when they get the lock)."""
        with self._dir(create=True) as fd:
            assert fd is not None
            lock = os.open(".lock", os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC,
                           0o600, dir_fd=fd)
            try:
                fcntl.flock(lock, fcntl.LOCK_EX)
                yield
            finally:
                os.close(lock)

    def get_or_build(self, inputs: Inputs) -> tuple[Entry, bool]:
        """(the entry, whether it was built now)."""
        entry = self.get(inputs)
        if entry is not None:
            return entry, False
        with self.building():
            entry = self.get(inputs)
            if entry is not None:
                return entry, False
            entry = build(inputs)
            self.put(inputs, entry)
        return entry, True


def _read_entry_file(dir_fd: int, name: str, where: str, limit: int) -> bytes | None:
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC,
                     dir_fd=dir_fd)
    except FileNotFoundError:
        return None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise CacheRefused(f"{where}/{name} is a symbolic link, not an entry flowdsl "
                               "wrote: remove it") from None
        raise
    with os.fdopen(fd, "rb") as file:
        st = _check_stat(os.fstat(fd), f"cache entry {where}/{name}", os.geteuid(),
                         sticky_ok=False, directory=False)
        if st.st_size > limit:
            return None
        return file.read(limit + 1)


def _write_atomic(dir_fd: int, name: str, data: bytes) -> None:
    temporary = f".{name}.{os.getpid()}.{os.urandom(4).hex()}"
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW |
                 os.O_CLOEXEC, 0o644, dir_fd=dir_fd)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.rename(temporary, name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary, dir_fd=dir_fd)
        raise


def _manifest(raw: bytes, key: str) -> dict[str, Any] | None:
    """The manifest's fields, checked for type; None if it is not one for ``key``."""
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("key") != key:
        return None
    size, digest = data.get("object_size"), data.get("object_sha256")
    graph = data.get("stored_graph")
    if not isinstance(size, int) or isinstance(size, bool) or not 0 < size <= OBJECT_MAX \
            or not isinstance(digest, str) or not isinstance(data.get("description"), dict) \
            or not (graph is None or isinstance(graph, str)):
        return None
    return data


def _entry(elf: bytes, data: dict[str, Any]) -> Entry | None:
    from flowdsl.errors import AttachError
    from flowdsl.runtime.description import Description
    from flowdsl.runtime.shared import spec_digest

    try:
        recipe = Description.from_json(json.dumps(data["description"]).encode(),
                                       "cache entry").recipe
    except AttachError:
        return None
    graph = data["stored_graph"]
    blob = graph.encode() if graph is not None else None
    if (recipe.origin.kind == "spec") != (blob is not None) or (
            blob is not None and spec_digest(blob) != recipe.origin.graph_sha256):
        return None
    return Entry(elf, recipe, blob)


# -- a cold build ----------------------------------------------------------------------


def build(inputs: Inputs) -> Entry:
    """Compile what ``inputs`` describe (as ``flowdsl/deployments.build_deployment``
    does, keeping the object's bytes for the cache)."""
    from flowdsl.codegen.build import build as compile_graph
    from flowdsl.deployments import graph_blob
    from flowdsl.dsl.profile import parse_profile
    from flowdsl.pipeline import base_graph, profiled, version
    from flowdsl.runtime.description import Origin, Recipe
    from flowdsl.runtime.shared import spec_digest

    profile = parse_profile(inputs.profile_text, inputs.profile_source)
    blob = None
    if inputs.spec_path is not None:
        base, extends = base_graph(inputs.spec_path)
        now = hashlib.sha256(read_trusted_file(inputs.spec_path, "the spec", SPEC_MAX))
        if now.hexdigest() != inputs.spec_sha256:
            raise SpecChanged(f"the spec {inputs.spec_path} changed while it was built; "
                              "try again")
        blob = graph_blob(base, extends)
        origin = Origin("spec", inputs.spec_path, inputs.spec_sha256, spec_digest(blob),
                        extends)
    else:
        base, extends = base_graph(None)
        origin = Origin("library")
    graph, used = profiled(base, extends, profile)
    elf = compile_graph(graph, stats=inputs.stats).obj
    recipe = Recipe(origin, tuple(n for n in graph.names if n != graph.entry),
                    profile=used.name if used else None,
                    profile_text=used.text if used else None,
                    profile_source=used.source if used else None,
                    flowdsl_version=version())
    return Entry(elf, recipe, blob)
