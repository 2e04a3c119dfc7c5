"""One loaded program for every namespace that runs the same object.

A container host attaches the same dissector to hundreds of namespaces; loading it for
each would run the verifier each time (about 0.4 s) and keep hundreds of identical
programs (12 KiB of memlock each). Objects without counters are therefore loaded once
and shared, under the pin root:

    programs/<digest>/prog           the program, pinned once
    programs/<digest>/netns_<inode>  the same program pinned again for each namespace
                                     that runs it: its reference count, readable with ls

``digest`` is the SHA-256 of the object's instructions and license, so only identical
programs are shared. A namespace takes its reference before its link exists and drops
it after its link is gone; the last one out unpins the program (a link still running it
keeps it alive in the kernel regardless). An object built with --stats is loaded per
namespace, with counters of its own. Everything here runs under the deployment lock.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

from flowdsl.runtime import bpffs
from flowdsl.runtime.elf import BpfObject
from flowdsl.runtime.loader import Program, load_object, prog_info
from flowdsl.runtime.uapi import ProgType

from flowdsl.errors import AttachError

PROGRAMS = "programs"


def digest(obj: BpfObject) -> str:
    return hashlib.sha256(obj.insns + b"\0" + obj.license.encode()).hexdigest()[:32]


def _inode(name: str) -> int | None:
    number = name.removeprefix("netns_")
    return int(number) if number.isdigit() else None


class ProgramStore:
    def __init__(self, pin_root: Path) -> None:
        self.dir = pin_root / PROGRAMS

    @contextlib.contextmanager
    def program(self, obj: BpfObject) -> Iterator[tuple[Program, str | None]]:
        """The program for ``obj``, and its digest if it is shared (None: loaded for one
        namespace). The shared one is loaded only if nothing runs it yet."""
        if obj.has_stats:
            with load_object(obj) as own:
                yield own, None
            return
        key = digest(obj)
        where = self.dir / key
        bpffs.make_private_dir(where, "the shared program directory")
        pinned = bpffs.get_if_pinned(where / "prog", "program")
        if pinned is None:
            with load_object(obj) as fresh:
                bpffs.replace_pin(fresh.fd.fd, where / "prog")
                yield fresh, key
            return
        info = prog_info(pinned.fd)
        if info.prog_type != ProgType.FLOW_DISSECTOR:
            pinned.close()
            raise AttachError(f"{where / 'prog'} is not a flow dissector (type "
                              f"{info.prog_type}); remove it")
        with Program(pinned, info, "") as shared:
            yield shared, key

    def hold(self, key: str, prog_fd: int, inode: int) -> None:
        bpffs.replace_pin(prog_fd, self.dir / key / f"netns_{inode}")

    def release(self, key: str | None, inode: int) -> None:
        """Drop the reference of namespace ``inode``; the last one unpins the program."""
        if not key:
            return
        where = self.dir / key
        if not where.is_dir():
            return
        bpffs.check_directory(where, "the shared program directory")
        bpffs.remove(where / f"netns_{inode}")
        if not any(entry.name.startswith("netns_") for entry in where.iterdir()):
            shutil.rmtree(where, ignore_errors=True)
            with contextlib.suppress(OSError):  # only if no other program is shared
                self.dir.rmdir()

    def users(self, key: str) -> int:
        where = self.dir / key
        return sum(1 for e in where.iterdir() if e.name.startswith("netns_")) \
            if where.is_dir() else 0

    def prune(self, deployed: set[int]) -> list[str]:
        """Drop references of namespaces without a deployment (an interrupted load or
        unload), and programs nobody references; the digests removed."""
        removed: list[str] = []
        if not self.dir.is_dir():
            return removed
        bpffs.check_directory(self.dir, "the shared programs directory")
        for where in sorted(self.dir.iterdir()):
            bpffs.check_directory(where, "the shared program directory")
            for entry in where.iterdir():
                if entry.name.startswith("netns_") and _inode(entry.name) not in deployed:
                    bpffs.remove(entry)  # a stale reference, or an interrupted pin
            if not any(entry.name.startswith("netns_") for entry in where.iterdir()):
                shutil.rmtree(where, ignore_errors=True)
                removed.append(where.name)
        return removed
