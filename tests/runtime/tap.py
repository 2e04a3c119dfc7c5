"""A tap device inside a namespace, to write real frames into its receive path."""

from __future__ import annotations

import fcntl
import os
import struct

from flowdsl.runtime.netns import in_netns

TUNSETIFF = 0x400454CA
IFF_TAP, IFF_NO_PI = 0x0002, 0x1000


def open_tap(netns: str, name: str = "fdtap0") -> int:
    """An fd of a new tap device created inside ``netns`` (by a thread that enters it),
    up; the device goes when the fd is closed or the namespace deleted.

    The tap is made by TUNSETIFF on /dev/net/tun, not by pyroute2's
    ``link("add", kind="tuntap")``: that does the same ioctl, then makes the device
    persistent and closes the fd the test writes frames into. pyroute2 sets it up,
    from the same thread (its socket is in the namespace the thread entered;
    ``IPRoute(netns=...)`` would fork a child for that)."""
    from pyroute2 import IPRoute

    def make() -> int:
        fd = os.open("/dev/net/tun", os.O_RDWR)
        try:
            fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", name.encode(), IFF_TAP | IFF_NO_PI))
            with IPRoute() as ipr:
                (index,) = ipr.link_lookup(ifname=name)
                ipr.link("set", index=index, state="up")
        except BaseException:
            os.close(fd)
            raise
        return fd

    return in_netns(f"/run/netns/{netns}", make)
