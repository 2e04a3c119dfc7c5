"""A tap device inside a namespace, to write real frames into its receive path."""

from __future__ import annotations

import ctypes
import ctypes.util
import fcntl
import os
import struct
import threading

CLONE_NEWNET = 0x40000000
TUNSETIFF = 0x400454CA
IFF_TAP, IFF_NO_PI = 0x0002, 0x1000
_libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)


def open_tap(netns: str, name: str = "fdtap0") -> int:
    """An fd of a new tap device created inside ``netns`` (by a thread that enters it),
    up; the device goes when the fd is closed or the namespace deleted.

    The tap is made by TUNSETIFF on /dev/net/tun, not by pyroute2's
    ``link("add", kind="tuntap")``: that does the same ioctl, then makes the device
    persistent and closes the fd the test writes frames into. pyroute2 sets it up,
    from the same thread (its socket is in the namespace the thread entered;
    ``IPRoute(netns=...)`` would fork a child for that)."""
    from pyroute2 import IPRoute

    result: dict[str, int | BaseException] = {}

    def body() -> None:
        fd = -1
        try:
            ns_fd = os.open(f"/run/netns/{netns}", os.O_RDONLY)
            try:
                if _libc.setns(ns_fd, CLONE_NEWNET) != 0:
                    raise OSError(ctypes.get_errno(), "setns")
            finally:
                os.close(ns_fd)
            fd = os.open("/dev/net/tun", os.O_RDWR)
            fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", name.encode(), IFF_TAP | IFF_NO_PI))
            with IPRoute() as ipr:
                (index,) = ipr.link_lookup(ifname=name)
                ipr.link("set", index=index, state="up")
            result["fd"] = fd
        except BaseException as error:
            if fd >= 0:
                os.close(fd)
            result["error"] = error

    thread = threading.Thread(target=body)
    thread.start()
    thread.join()
    if "error" in result:
        raise result["error"]  # type: ignore[misc]
    return int(result["fd"])  # type: ignore[arg-type]
