"""Flow dissector links and attachments, per network namespace."""

from __future__ import annotations

import ctypes
import errno
from dataclasses import dataclass

from flowdsl.runtime.syscall import Fd, bpf
from flowdsl.runtime.uapi import (
    BPF_F_REPLACE,
    AttachType,
    Cmd,
    GetIdAttr,
    InfoByFdAttr,
    LinkCreateAttr,
    LinkDetachAttr,
    LinkInfo,
    LinkType,
    LinkUpdateAttr,
    ProgQueryAttr,
)

from flowdsl.errors import BpfError


def attach_to_netns(prog_fd: int, netns_fd: int) -> Fd:
    """A new link running ``prog_fd`` as the flow dissector of ``netns_fd``; closing
    the returned fd (if not pinned) detaches it."""
    attr = LinkCreateAttr(prog_fd=prog_fd, target_fd=netns_fd,
                          attach_type=AttachType.FLOW_DISSECTOR)
    return Fd(bpf(Cmd.LINK_CREATE, attr))


def update(link_fd: int, new_prog_fd: int, old_prog_fd: int) -> None:
    """Swap the link's program atomically, if it still runs ``old_prog_fd``."""
    bpf(Cmd.LINK_UPDATE, LinkUpdateAttr(link_fd=link_fd, new_prog_fd=new_prog_fd,
                                        flags=BPF_F_REPLACE, old_prog_fd=old_prog_fd))


def detach(link_fd: int) -> None:
    bpf(Cmd.LINK_DETACH, LinkDetachAttr(link_fd=link_fd))


@dataclass(frozen=True)
class NetnsLink:
    id: int
    prog_id: int
    netns_ino: int  # 0: the namespace is gone (the link is defunct)


def link_info(link_fd: int) -> LinkInfo:
    info = LinkInfo()
    bpf(Cmd.OBJ_GET_INFO_BY_FD, InfoByFdAttr(bpf_fd=link_fd, info_len=ctypes.sizeof(info),
                                             info=ctypes.addressof(info)))
    return info


def object_ids(next_id: Cmd) -> list[int]:
    """Every id of one kind of BPF object on the host (PROG_, MAP_ or LINK_GET_NEXT_ID)."""
    out: list[int] = []
    current = 0
    while True:
        attr = GetIdAttr(id=current)
        try:
            bpf(next_id, attr)
        except BpfError as error:
            if error.errno == errno.ENOENT:
                return out
            raise
        current = attr.next_id
        out.append(current)


def flow_dissector_links() -> list[NetnsLink]:
    """Every flow dissector link on the host, in any namespace."""
    out: list[NetnsLink] = []
    for link_id in object_ids(Cmd.LINK_GET_NEXT_ID):
        try:
            fd = link_fd_by_id(link_id)
        except BpfError as error:
            if error.errno == errno.ENOENT:  # gone meanwhile
                continue
            raise
        with fd:
            info = link_info(fd.fd)
        if info.type == LinkType.NETNS and info.attach_type == AttachType.FLOW_DISSECTOR:
            out.append(NetnsLink(info.id, info.prog_id, info.netns_ino))
    return out


def attached_programs(netns_fd: int) -> list[int]:
    """Program ids running as the flow dissector of a namespace (link or not)."""
    ids = (ctypes.c_uint32 * 4)()
    attr = ProgQueryAttr(target_fd=netns_fd, attach_type=AttachType.FLOW_DISSECTOR,
                         prog_ids=ctypes.addressof(ids), prog_cnt=4)
    bpf(Cmd.PROG_QUERY, attr)
    return [ids[i] for i in range(attr.prog_cnt)]


def link_fd_by_id(link_id: int) -> Fd:
    return Fd(bpf(Cmd.LINK_GET_FD_BY_ID, GetIdAttr(id=link_id)))


def prog_fd_by_id(prog_id: int) -> Fd:
    return Fd(bpf(Cmd.PROG_GET_FD_BY_ID, GetIdAttr(id=prog_id)))
