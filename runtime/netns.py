"""Throwaway network namespaces for kernel-side experiments (the hash oracle, the
whole-path benchmark): a thread unshares its own, anonymous network namespace, works
there, and ends; the kernel frees the namespace with the thread's last reference.

A flow dissector attached there only ever sees that thread's test runs: nothing else
on the host is affected, no name is created in /run/netns, and nothing is left behind
even if the process is killed.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import threading
from collections.abc import Callable
from typing import TypeVar

from flowdsl.errors import AttachError

CLONE_NEWNET = 0x40000000
_libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)

T = TypeVar("T")


def in_private_netns(work: Callable[[int], T]) -> T:
    """``work(netns_fd)`` on a thread inside a fresh network namespace; its result or
    its exception comes back to the caller."""
    outcome: dict[str, object] = {}

    def body() -> None:
        try:
            if _libc.unshare(CLONE_NEWNET) != 0:
                err = ctypes.get_errno()
                raise AttachError(f"cannot create a private network namespace: "
                                  f"{os.strerror(err)}; it needs CAP_SYS_ADMIN (run as root)")
            fd = os.open("/proc/thread-self/ns/net", os.O_RDONLY | os.O_CLOEXEC)
            try:
                outcome["value"] = work(fd)
            finally:
                os.close(fd)
        except BaseException as error:  # handed to the caller's thread
            outcome["error"] = error

    thread = threading.Thread(target=body, name="flowdsl-netns")
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
