"""The deployment lock: one flowdsl command at a time changes a pin root's deployments.

Not a flock on the pin root itself: any user can open a bpffs directory and flock it,
which would stall every flowdsl command on the host. The lock is a file in a directory
only root can enter (LOCK_DIR, mode 0700), one per pin root (named by its device and
inode), so only another flowdsl command run by root can hold it. Commands wait for it
at most ``timeout`` seconds and then say who holds it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

from flowdsl.runtime.bpffs import check_directory

from flowdsl.errors import AttachError

LOCK_DIR = Path(os.environ.get("FLOWDSL_LOCK_DIR", "/run/flowdsl"))
TIMEOUT_ENV = "FLOWDSL_LOCK_TIMEOUT"
DEFAULT_TIMEOUT_S = 60.0  # a rebuild under the lock takes about half a second
POLL_S = 0.02


class LockBusy(AttachError):
    """Another command held the lock for longer than the wait: a transient condition
    (a caller such as a CNI plugin may report "try again later")."""


def timeout() -> float:
    text = os.environ.get(TIMEOUT_ENV)
    if text is None:
        return DEFAULT_TIMEOUT_S
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if value < 0:
        raise AttachError(f"{TIMEOUT_ENV}={text!r}: give a number of seconds (0 or more)")
    return value


def lock_path(pin_root: Path) -> Path:
    st = os.stat(pin_root)
    return LOCK_DIR / f"pinroot_{st.st_dev:x}_{st.st_ino}"


@contextlib.contextmanager
def exclusive(pin_root: Path, wait_s: float | None = None) -> Iterator[None]:
    """Hold the pin root's lock for the block (released when the process ends, too)."""
    wait_s = timeout() if wait_s is None else wait_s
    try:
        os.mkdir(LOCK_DIR, 0o700)
    except FileExistsError:
        pass
    except OSError as error:
        raise AttachError(f"cannot create the lock directory {LOCK_DIR}: {error.strerror}; "
                          "run as root") from None
    check_directory(LOCK_DIR, "the lock directory")
    path = lock_path(pin_root)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    except OSError as error:
        raise AttachError(f"cannot open the lock {path}: {error.strerror}") from None
    try:
        deadline = time.monotonic() + wait_s
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockBusy(
                        f"another flowdsl command ({holder(path)}) has held the lock on "
                        f"{pin_root} for more than {wait_s:g} s; wait for it to finish, or "
                        f"stop it (the lock is {path}; {TIMEOUT_ENV} sets the wait)"
                    ) from None
                time.sleep(POLL_S)
        yield
    finally:
        os.close(fd)


def holder(path: Path) -> str:
    """Who holds the flock on ``path``: "pid N: command line", from /proc/locks."""
    try:
        inode = os.stat(path).st_ino
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return "unknown pid"
    for line in lines:
        fields = line.split()
        # "1: FLOCK  ADVISORY  WRITE 1234 00:1a:5678 0 EOF"
        if len(fields) >= 6 and fields[1] == "FLOCK" and fields[5].endswith(f":{inode}"):
            pid = fields[4]
            try:
                command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
            except OSError:
                return f"pid {pid}"
            return f"pid {pid}: {command.decode(errors='replace').strip()}"
    return "unknown pid"
