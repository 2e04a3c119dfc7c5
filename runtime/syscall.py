"""The only caller of bpf(2): one ctypes wrapper turning errno into typed errors."""

from __future__ import annotations

import ctypes
import errno
import os

from flowdsl.runtime.uapi import NR_BPF, Cmd

from flowdsl.errors import BpfError

_libc = ctypes.CDLL(None, use_errno=True)
_libc.syscall.restype = ctypes.c_long


def bpf(cmd: Cmd, attr: ctypes.Structure, detail: str = "") -> int:
    """Run one bpf(2) command; returns its result (often a new fd) or raises BpfError."""
    result = _libc.syscall(ctypes.c_long(NR_BPF), ctypes.c_int(int(cmd)), ctypes.byref(attr),
                           ctypes.c_uint(ctypes.sizeof(attr)))
    if result < 0:
        err = ctypes.get_errno()
        hint = None
        if err == errno.EPERM or (err == errno.EACCES and cmd != Cmd.PROG_LOAD):
            from flowdsl.runtime.caps import permission_hint

            hint = permission_hint()
        raise BpfError(err, cmd.name, detail, hint)
    return int(result)


class Fd:
    """An owned file descriptor, closed on ``close()`` or when the block exits."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def __enter__(self) -> Fd:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()

    def __int__(self) -> int:
        return self.fd
