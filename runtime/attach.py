"""Flow dissector links: a program attached to a network namespace by a bpf_link."""

from __future__ import annotations

from flowdsl.runtime.syscall import Fd, bpf
from flowdsl.runtime.uapi import AttachType, Cmd, LinkCreateAttr


def attach_to_netns(prog_fd: int, netns_fd: int) -> Fd:
    """A new link running ``prog_fd`` as the flow dissector of ``netns_fd``; closing
    the returned fd (if not pinned) detaches it."""
    attr = LinkCreateAttr(prog_fd=prog_fd, target_fd=netns_fd,
                          attach_type=AttachType.FLOW_DISSECTOR)
    return Fd(bpf(Cmd.LINK_CREATE, attr))


__all__ = ["attach_to_netns"]
