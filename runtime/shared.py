"""Objects shared by every namespace that needs the same one, content-addressed.

A container host attaches the same dissector to hundreds of namespaces; loading it for
each would run the verifier each time (about 0.4 s) and keep hundreds of identical
programs (12 KiB of memlock each), and storing a spec's graph for each would keep as
many copies of it. So under the pin root:

    programs/<digest>/object         a program, loaded and pinned once
    specs/<digest>/object            a spec's stored graph (an ARRAY map), pinned once
    <kind>/<digest>/netns_<inode>    the same object pinned again for each namespace
                                     that uses it: its reference count, readable with ls

``digest`` is a SHA-256 of the content (a program's instructions and license, a spec
graph's JSON), so only identical objects are shared. A namespace takes its reference
before its link exists and drops it after its link is gone; an object without
references is unpinned at the end of the command (``collect``), never in the middle of
one that may still attach it elsewhere (a link still running a program keeps it alive
in the kernel regardless). An
object built with --stats is loaded per namespace, with counters of its own. Everything
here runs under the deployment lock.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

from flowdsl.runtime import bpffs, maps
from flowdsl.runtime.elf import BpfObject
from flowdsl.runtime.loader import Program, load_object, prog_info
from flowdsl.runtime.syscall import Fd
from flowdsl.runtime.uapi import MapType, ProgType

from flowdsl.errors import AttachError

OBJECT = "object"
STORED_MAX = 4 << 20  # bytes: the largest stored spec graph read back


def netns_inode(name: str) -> int | None:
    """The namespace inode in a ``netns_<inode>`` name (None for any other name)."""
    number = name.removeprefix("netns_")
    return int(number) if name.startswith("netns_") and number.isdigit() else None


class SharedPins:
    """Pinned objects of one kind, each under its digest, with references."""

    def __init__(self, directory: Path, what: str) -> None:
        self.dir = directory
        self.what = what

    def object(self, key: str, kind: str) -> Fd | None:
        where = self.dir / key
        if not where.exists():
            return None
        bpffs.check_directory(where, f"the shared {self.what} directory")
        return bpffs.get_if_pinned(where / OBJECT, kind)

    def put(self, key: str, fd: int) -> None:
        where = self.dir / key
        bpffs.make_private_dir(where, f"the shared {self.what} directory")
        bpffs.replace_pin(fd, where / OBJECT)

    def hold(self, key: str, fd: int, inode: int) -> None:
        """Namespace ``inode`` uses ``fd`` (the object of ``key``): its reference, and
        the object itself if it is not pinned (any more)."""
        where = self.dir / key
        bpffs.make_private_dir(where, f"the shared {self.what} directory")
        if not (where / OBJECT).exists():
            bpffs.replace_pin(fd, where / OBJECT)
        bpffs.replace_pin(fd, where / f"netns_{inode}")

    def release(self, key: str | None, inode: int) -> None:
        """Drop the reference of namespace ``inode`` (``collect`` unpins what nothing
        references any more)."""
        if not key:
            return
        where = self.dir / key
        if where.is_dir():
            bpffs.check_directory(where, f"the shared {self.what} directory")
            bpffs.remove(where / f"netns_{inode}")

    def collect(self, *keys: str | None) -> None:
        """Unpin each of ``keys`` that no namespace references; at the end of a command."""
        for key in keys:
            if key and (self.dir / key).is_dir() and not self.users(key):
                shutil.rmtree(self.dir / key, ignore_errors=True)
        with contextlib.suppress(OSError):  # only if nothing else is shared
            self.dir.rmdir()

    def users(self, key: str) -> int:
        where = self.dir / key
        return sum(1 for e in where.iterdir() if netns_inode(e.name) is not None) \
            if where.is_dir() else 0

    def prune(self, deployed: dict[int, set[str]]) -> list[str]:
        """Drop references of namespaces whose deployment does not use the object (an
        interrupted load, replace or unload; ``deployed``: inode -> the keys its
        description names), and objects nobody references; the digests removed."""
        removed: list[str] = []
        if not self.dir.is_dir():
            return removed
        bpffs.check_directory(self.dir, f"the shared {self.what}s directory")
        for where in sorted(self.dir.iterdir()):
            bpffs.check_directory(where, f"the shared {self.what} directory")
            for entry in where.iterdir():
                if entry.name != OBJECT and \
                        where.name not in deployed.get(netns_inode(entry.name) or -1, set()):
                    bpffs.remove(entry)  # a stale reference, or an interrupted pin
            if not self.users(where.name):
                shutil.rmtree(where, ignore_errors=True)
                removed.append(where.name)
        with contextlib.suppress(OSError):
            self.dir.rmdir()
        return removed


def program_digest(obj: BpfObject) -> str:
    return hashlib.sha256(obj.insns + b"\0" + obj.license.encode()).hexdigest()[:32]


def spec_digest(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()


class ProgramStore(SharedPins):
    def __init__(self, pin_root: Path) -> None:
        super().__init__(pin_root / "programs", "program")

    @contextlib.contextmanager
    def program(self, obj: BpfObject) -> Iterator[tuple[Program, str | None]]:
        """The program for ``obj``, and its digest if it is shared (None: loaded for one
        namespace). The shared one is loaded only if nothing runs it yet."""
        if obj.has_stats:
            with load_object(obj) as own:
                yield own, None
            return
        key = program_digest(obj)
        pinned = self.object(key, "program")
        if pinned is None:
            with load_object(obj) as fresh:
                self.put(key, fresh.fd.fd)
                yield fresh, key
            return
        info = prog_info(pinned.fd)
        if info.prog_type != ProgType.FLOW_DISSECTOR:
            pinned.close()
            raise AttachError(f"{self.dir / key / OBJECT} is not a flow dissector (type "
                              f"{info.prog_type}); remove it")
        with Program(pinned, info, "") as shared:
            yield shared, key


class SpecStore(SharedPins):
    """Spec graphs as data (JSON in an ARRAY map), one copy for all that load them."""

    def __init__(self, pin_root: Path) -> None:
        super().__init__(pin_root / "specs", "spec")

    @contextlib.contextmanager
    def stored(self, blob: bytes) -> Iterator[tuple[Fd, str]]:
        """A map holding ``blob`` (the one already stored, or a new one) and its digest."""
        key = spec_digest(blob)
        fd = self.object(key, "map")
        if fd is None:
            fd = maps.create_array("flowdsl_spec", len(blob), 1)
            maps.update(fd.fd, 0, blob)
            self.put(key, fd.fd)
        with fd:
            yield fd, key

    def read(self, key: str) -> bytes | None:
        fd = self.object(key, "map")
        if fd is None:
            return None
        with fd:
            info = maps.expect(fd.fd, MapType.ARRAY, range(1, STORED_MAX + 1), 1,
                               str(self.dir / key / OBJECT))
            return maps.lookup(fd.fd, 0, info.value_size)
