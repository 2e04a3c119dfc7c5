"""Frames dissected as real, paged skbs, and what the kernel computed on them.

``BPF_PROG_TEST_RUN`` hands a flow dissector one linear buffer; on a real receive path
the headers may sit in page fragments beyond ``data_end`` (kernel.md §6). Here each
frame is written into a tap device opened with ``IFF_NAPI | IFF_NAPI_FRAGS``: one
``writev`` builds one skb whose first iovec is the linear part and every later iovec a
page fragment. GRO is off, or it would pull the IPv4/IPv6/TCP/UDP headers into the
linear part first (measured: with GRO on, a dissector without a fragment fallback
passes a split after Ethernet). Two probes watch the same skb on the tap's receive path:

- payload offset: an AF_PACKET socket bound to the tap, whose classic BPF filter loads
  ``SKF_AD_PAY_OFFSET``, that is ``skb_get_poff()``, which dissects the skb (0: the
  dissection failed). A filter can only tell its result through the length it keeps
  of the packet (at most the skb's length), so it encodes the offset (see ``_FILTER``).
  Packet taps run before tc ingress, on the same skb, with ``skb->data`` at the MAC
  header. The socket ignores outgoing frames, and IPv6 is off on the tap, so nothing
  the kernel sends itself (router solicitations, ...) is taken for a written frame;
  each received frame is compared with the one just written.
- hash: a tcx ingress program runs ``bpf_set_hash_invalid`` and
  ``bpf_get_hash_recalc``, which dissects the skb again, stores the hash with a
  per-packet sequence number in an ARRAY map, and drops the frame (TCX_DROP).

Without a BPF flow dissector in the namespace the kernel's built-in C dissector does
the work; with ``program_fd`` attached, the program does. Everything happens in a
private, anonymous network namespace (``in_private_netns``): the tap, the socket, the
probe program and map, and the links are closed when the work ends, also on errors and
on KeyboardInterrupt; the namespace dies with its thread.

Kernel behaviour a caller should know (Linux 6.18, measured):

- The receive path runs synchronously inside ``writev``: tun builds the skb, runs
  ``napi_gro_frags`` and then ``napi_complete``, which flushes the GRO_NORMAL batch
  (``gro_normal_batch``), all before it returns; the tap has no RPS. Both probes had
  their result for every frame when ``writev`` returned; a bounded poll covers a
  kernel that would defer the work.
- The built-in dissector's hashes on real skbs, paged or not, equal those of
  ``oracle.compare_with_builtin`` (``BPF_PROG_TEST_RUN``): the same keys and seed.
- A dissection that fails still yields a hash: the kernel hashes whatever keys there
  are (a program's keys are copied out even after BPF_DROP). A program that drops
  before writing any key gives one constant hash per ethertype.
- An 802.1Q/802.1AD tag is taken out of the frame into ``skb->vlan_tci`` before any
  tap or tc hook (``skb_vlan_untag`` in ``__netif_receive_skb_core``, which first
  pulls the linear part up to 20 bytes): both dissectors see the frame without its
  outer tag and a linear part of ``max(cut, 20) - 4`` bytes, and the payload offset is
  relative to that shorter frame.
- After a BPF dissector the kernel clamps ``thoff`` into ``[nhoff, skb_headlen]``
  (``bpf_flow_dissect``): on a paged skb ``skb_get_poff()`` starts from the clamped
  thoff, so a program that read its headers from the fragments correctly still gets a
  smaller payload offset than the built-in dissector (e.g. IPv4/TCP cut after
  Ethernet: 34 = 14 + a TCP header length read from the wrong place, not 54). The hash
  is not affected (thoff is not hashed).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import itertools
import os
import select
import socket
import struct
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from flowdsl.runtime import maps
from flowdsl.runtime.links import attach_to_netns
from flowdsl.runtime.loader import BPF_PSEUDO_MAP_FD, Program, load_insns
from flowdsl.runtime.netns import in_private_netns
from flowdsl.runtime.syscall import Fd, bpf
from flowdsl.runtime.uapi import (
    BPF_ALU64_ADD_K,
    BPF_ALU64_MOV_K,
    BPF_ALU64_MOV_X,
    BPF_ATOMIC_W,
    BPF_CALL,
    BPF_EXIT,
    BPF_FUNC_GET_HASH_RECALC,
    BPF_FUNC_MAP_LOOKUP_ELEM,
    BPF_FUNC_SET_HASH_INVALID,
    BPF_JEQ_K,
    BPF_LD_IMM64,
    BPF_ST_W,
    BPF_STX_W,
    TCX_DROP,
    AttachType,
    Cmd,
    LinkCreateAttr,
    ProgType,
    insn,
)

from flowdsl.errors import AttachError, BpfError

ETH_HLEN = 14
# The first iovec must hold the whole Ethernet header. tun takes a shorter one, but then
# pulls the rest of the Ethernet header out of the first fragment itself (pskb_may_pull
# before eth_type_trans): a cut at 1..13 measured exactly like a cut at 14, so it would
# not be the layout the caller asked for. A frame shorter than 14 bytes tun refuses
# (EINVAL).
MIN_LINEAR = ETH_HLEN
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")  # tun refuses a fragment iovec larger than a page
MAX_PIECES = 18  # tun: at most MAX_SKB_FRAGS (17 by default) + 1 iovecs, else EMSGSIZE
RECEIVE_TIMEOUT_S = 2.0  # how long a frame may take to reach both probes

TAP_NAME = "fdpaged0"  # any name: the namespace is fresh and private
TUN_PATH = "/dev/net/tun"
TUNSETIFF = 0x400454CA
IFF_TAP, IFF_NO_PI, IFF_NAPI, IFF_NAPI_FRAGS = 0x0002, 0x1000, 0x0010, 0x0020
SIOCETHTOOL = 0x8946
ETHTOOL_GGRO, ETHTOOL_SGRO = 0x2B, 0x2C
IFREQ_SIZE = 40  # sizeof(struct ifreq) on 64-bit

ETH_P_ALL = 0x0003
SOL_PACKET = 263
PACKET_AUXDATA = 8
PACKET_IGNORE_OUTGOING = 23
SO_ATTACH_FILTER = 26
TP_STATUS_VLAN_VALID = 0x10
AUXDATA = struct.Struct("=IIIHHHH")  # struct tpacket_auxdata
RECV_SIZE = 1 << 16

# Classic BPF (struct sock_filter: u16 code, u8 jt, u8 jf, u32 k)
SKF_AD_OFF, SKF_AD_PAY_OFFSET = -0x1000, 52
_LD_W_ABS, _LDX_W_LEN, _ALU_ADD_K, _ALU_SUB_X = 0x20, 0x81, 0x04, 0x1C
_JEQ_K, _JGE_K, _JGE_X, _RET_A, _RET_K = 0x15, 0x35, 0x3D, 0x16, 0x06

# What the filter keeps of a packet of skb length L says what skb_get_poff() returned.
# A successful dissection's offset is at least nhoff = ETH_HLEN (thoff >= nhoff), and a
# packet never shrinks below what is kept, so the lengths 1..14 are free for the cases
# that do not fit in "poff + 1 <= L":
_KEEP_FAILED = 1  # poff 0: the dissection failed
_KEEP_ODD = 2  # 1 <= poff < 14: cannot happen (thoff >= nhoff); reported as an error
_KEEP_BEYOND = 3  # 3..13: poff = L + (kept - 3), the headers reach to or past the end
_BEYOND_EXACT = 11  # poff - L in 0..10 is exact
_KEEP_CAPPED = 14  # poff >= L + 11: only a lower bound is known
# 15..L: poff = kept - 1


def _sock_filter(code: int, jt: int = 0, jf: int = 0, k: int = 0) -> bytes:
    return struct.pack("=HBBI", code, jt, jf, k & 0xFFFFFFFF)


_FILTER = b"".join([
    _sock_filter(_LD_W_ABS, k=SKF_AD_OFF + SKF_AD_PAY_OFFSET),  # 0: A = skb_get_poff(skb)
    _sock_filter(_JEQ_K, jt=10, k=0),  # 1: failed -> 12
    _sock_filter(_JGE_K, jf=10, k=ETH_HLEN),  # 2: A < 14 -> 13
    _sock_filter(_LDX_W_LEN),  # 3: X = skb->len
    _sock_filter(_JGE_X, jt=2),  # 4: A >= len -> 7
    _sock_filter(_ALU_ADD_K, k=1),  # 5
    _sock_filter(_RET_A),  # 6: keep poff + 1 bytes
    _sock_filter(_ALU_SUB_X),  # 7: A = poff - len
    _sock_filter(_JGE_K, jt=2, k=_BEYOND_EXACT),  # 8: -> 11
    _sock_filter(_ALU_ADD_K, k=_KEEP_BEYOND),  # 9
    _sock_filter(_RET_A),  # 10
    _sock_filter(_RET_K, k=_KEEP_CAPPED),  # 11
    _sock_filter(_RET_K, k=_KEEP_FAILED),  # 12
    _sock_filter(_RET_K, k=_KEEP_ODD),  # 13
])


@dataclass(frozen=True)
class SkbOutcome:
    hash: int  # skb hash the kernel computed on the received skb (bpf_get_hash_recalc, tcx)
    payload_offset: int  # skb_get_poff() on the same skb (SKF_AD_PAY_OFFSET); 0 = failed
    # True when the probe could only tell "the offset is at least payload_offset": the
    # headers the dissector found end more than 10 bytes past the end of the skb, and
    # payload_offset is then the skb's length + 11. An offset up to 10 bytes past the
    # end (a TCP or UDP packet without payload: exactly the end) is exact.
    payload_offset_capped: bool


@dataclass(frozen=True)
class RealSkbResult:
    builtin: SkbOutcome  # no BPF flow dissector in the namespace: the built-in C dissector
    program: SkbOutcome  # program_fd attached as the namespace's flow dissector


def split_frame(frame: bytes, cuts: Sequence[int]) -> list[bytes]:
    """The iovecs for ``frame`` cut at ``cuts``; ValueError if tun cannot build that skb."""
    if len(frame) < ETH_HLEN:
        raise ValueError(f"a frame must hold an Ethernet header ({ETH_HLEN} bytes); this one "
                         f"has {len(frame)}")
    bounds = [0, *cuts, len(frame)]
    for before, after in itertools.pairwise(bounds):
        if after <= before:
            raise ValueError(f"cuts {list(cuts)} must be strictly increasing offsets inside the "
                             f"{len(frame)}-byte frame")
    if cuts and cuts[0] < MIN_LINEAR:
        raise ValueError(f"cut at {cuts[0]}: the linear part must hold at least {MIN_LINEAR} "
                         "bytes (the Ethernet header); tun would pull it there anyway")
    pieces = [frame[a:b] for a, b in itertools.pairwise(bounds)]
    if len(pieces) > MAX_PIECES:
        raise ValueError(f"{len(cuts)} cuts: an skb from tun has at most {MAX_PIECES - 1} page "
                         "fragments (MAX_SKB_FRAGS)")
    for piece in pieces[1:]:
        if len(piece) > PAGE_SIZE:
            raise ValueError(f"a fragment of {len(piece)} bytes: tun takes at most one page "
                             f"({PAGE_SIZE} bytes) per fragment iovec; add cuts")
    return pieces


def dissect_real_skbs(program_fd: int, frames: Sequence[tuple[bytes, Sequence[int]]],
                      gro: bool = False) -> list[RealSkbResult]:
    """Each (frame, cuts): the Ethernet frame is written into a tap device opened with
    IFF_TAP|IFF_NO_PI|IFF_NAPI|IFF_NAPI_FRAGS, one writev iovec per piece (cuts are the
    byte offsets where a new iovec starts, strictly increasing, each >= MIN_LINEAR and <
    len(frame); with NAPI_FRAGS the first iovec becomes the skb's linear part and every
    later iovec a page fragment), GRO off (``gro``: on, as hosts have it; GRO then pulls
    IPv4/IPv6/TCP/UDP/GRE headers into the linear part before any dissector runs), in a
    private network namespace: once with no BPF flow dissector (the built-in one), once
    with ``program_fd`` attached."""
    pieces = [split_frame(frame, cuts) for frame, cuts in frames]
    stop = threading.Event()  # set on KeyboardInterrupt: the worker thread winds down

    def work(netns_fd: int) -> list[RealSkbResult]:
        with _Probe(gro) as probe:
            _check_attachable(program_fd, netns_fd)
            builtin = probe.dissect_all(pieces, stop)
            with attach_to_netns(program_fd, netns_fd):
                ours = probe.dissect_all(pieces, stop)
        return [RealSkbResult(b, o) for b, o in zip(builtin, ours, strict=True)]

    try:
        return in_private_netns(work)
    except KeyboardInterrupt:
        stop.set()
        raise


def _check_attachable(program_fd: int, netns_fd: int) -> None:
    """Attach once before anything is measured: a flow dissector on the root namespace
    applies to every namespace, and the "built-in" results would be that program's."""
    try:
        attach_to_netns(program_fd, netns_fd).close()
    except BpfError as error:
        if error.errno == errno.EEXIST:
            raise AttachError("a flow dissector is attached to the root network namespace, "
                              "which overrides every namespace, so neither the built-in "
                              "dissector nor this program can be observed; see `flowdsl "
                              "status` and detach it") from None
        raise


TCX_PASS = 0  # a tcx program's verdict: the packet goes on (TCX_DROP: it ends there)


def _hash_probe(map_fd: int, verdict: int = TCX_DROP) -> Program:
    """tcx ingress: ``v = map[0]; v.hash = bpf_get_hash_recalc(skb) (after
    bpf_set_hash_invalid); v.seq += 1; return verdict``."""
    code = (insn(BPF_ALU64_MOV_X, dst=6, src=1)  # keep skb: calls clobber r1-r5
            + insn(BPF_CALL, imm=BPF_FUNC_SET_HASH_INVALID)
            + insn(BPF_ALU64_MOV_X, dst=1, src=6)
            + insn(BPF_CALL, imm=BPF_FUNC_GET_HASH_RECALC)
            + insn(BPF_ALU64_MOV_X, dst=7, src=0)
            + insn(BPF_ST_W, dst=10, off=-4, imm=0)  # key 0 on the stack
            + insn(BPF_LD_IMM64, dst=1, src=BPF_PSEUDO_MAP_FD, imm=map_fd) + insn(0)
            + insn(BPF_ALU64_MOV_X, dst=2, src=10)
            + insn(BPF_ALU64_ADD_K, dst=2, imm=-4)
            + insn(BPF_CALL, imm=BPF_FUNC_MAP_LOOKUP_ELEM)
            + insn(BPF_JEQ_K, dst=0, off=3, imm=0)
            + insn(BPF_STX_W, dst=0, src=7, off=0)  # hash
            + insn(BPF_ALU64_MOV_K, dst=1, imm=1)
            + insn(BPF_ATOMIC_W, dst=0, src=1, off=4)  # seq += 1
            + insn(BPF_ALU64_MOV_K, dst=0, imm=verdict)
            + insn(BPF_EXIT))
    return load_insns(code, name="flowdsl_pghash", prog_type=ProgType.SCHED_CLS,
                      attach_type=AttachType.TCX_INGRESS)


class HashProbe:
    """The hash probe (``_hash_probe``) at tcx ingress of interface ``ifindex`` in the
    calling thread's network namespace (after that, any thread may use and close it):
    every packet that reaches it is dissected once (``bpf_get_hash_recalc``: by the
    namespace's BPF flow dissector if it has one, else the built-in one) and counted,
    then dropped, or let through with ``verdict=TCX_PASS``. ``close()`` detaches it and
    frees its program and map."""

    def __init__(self, ifindex: int, verdict: int = TCX_DROP) -> None:
        self._stack = contextlib.ExitStack()
        try:
            self.map = self._stack.enter_context(maps.create_array("flowdsl_pghash", 8, 1))
            program = self._stack.enter_context(_hash_probe(self.map.fd, verdict))
            attr = LinkCreateAttr(prog_fd=program.fd.fd, target_fd=ifindex,
                                  attach_type=AttachType.TCX_INGRESS)
            try:
                self._stack.enter_context(Fd(bpf(Cmd.LINK_CREATE, attr,
                                                 f"tcx ingress of interface {ifindex}")))
            except BpfError as error:
                if error.errno in (errno.EINVAL, errno.EOPNOTSUPP):
                    raise AttachError(f"cannot attach the hash probe at tcx ingress ({error}); "
                                      "tcx needs Linux 6.6 or later with CONFIG_NET_XGRESS"
                                      ) from None
                raise
        except BaseException:
            self._stack.close()
            raise

    def read(self) -> tuple[int, int]:
        """(the last packet's hash, how many packets it has seen, modulo 2**32)."""
        hash_value, seq = struct.unpack("=II", maps.lookup(self.map.fd, 0, 8))
        return hash_value, seq

    def close(self) -> None:
        self._stack.close()

    def __enter__(self) -> HashProbe:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _ifreq(name: str, tail: bytes = b"") -> bytes:
    return struct.pack("16s", name.encode()) + tail.ljust(IFREQ_SIZE - 16, b"\0")


class _EthtoolValue(ctypes.Structure):
    _fields_ = [("cmd", ctypes.c_uint32), ("data", ctypes.c_uint32)]


def _ethtool(sock: socket.socket, name: str, cmd: int, data: int = 0) -> int:
    value = _EthtoolValue(cmd, data)
    pointer = struct.pack("P", ctypes.addressof(value))
    fcntl.ioctl(sock.fileno(), SIOCETHTOOL, _ifreq(name, pointer))
    return int(value.data)


def _open_tap() -> tuple[int, str]:
    """The tap, by TUNSETIFF on /dev/net/tun. Not by pyroute2: its ``link("add",
    kind="tuntap")`` does the same ioctl but only with the flags no_pi, one_queue,
    vnet_hdr and multi_queue (0.9.7), never IFF_NAPI or IFF_NAPI_FRAGS, then makes the
    device persistent and closes the queue fd this module writes the frames into."""
    try:
        fd = os.open(TUN_PATH, os.O_RDWR | os.O_CLOEXEC)
    except FileNotFoundError:
        raise AttachError(f"{TUN_PATH} is missing: load the tun module (`modprobe tun`) or "
                          "create the node (`mknod /dev/net/tun c 10 200`); in a container, "
                          "pass the device through (e.g. `docker run --device /dev/net/tun`)"
                          ) from None
    except OSError as error:
        raise AttachError(f"cannot open {TUN_PATH}: {error.strerror}; run as root") from None
    try:
        flags = IFF_TAP | IFF_NO_PI | IFF_NAPI | IFF_NAPI_FRAGS
        answer = fcntl.ioctl(fd, TUNSETIFF, _ifreq(TAP_NAME, struct.pack("H", flags)))
    except OSError as error:
        os.close(fd)
        if error.errno == errno.EPERM:
            raise AttachError("the kernel refused a tap with IFF_NAPI_FRAGS: it needs "
                              "CAP_NET_ADMIN; run as root") from None
        if error.errno == errno.EINVAL:
            raise AttachError("the kernel refused a tap with IFF_NAPI|IFF_NAPI_FRAGS "
                              "(EINVAL): tun gained them in Linux 4.15; paged skbs cannot "
                              "be built on this kernel") from None
        raise AttachError(f"cannot create the tap device (TUNSETIFF): {error.strerror}"
                          ) from None
    return fd, answer[:16].split(b"\0", 1)[0].decode()


def _set_up(name: str) -> int:
    """Set the tap up (pyroute2, rtnetlink); its ifindex. The netlink socket is made in
    this thread, so it works in the thread's namespace: the private one."""
    from pyroute2 import IPRoute  # imported here: 0.15 s, only paged runs need it
    from pyroute2.netlink.exceptions import NetlinkError

    try:
        with IPRoute() as ipr:
            (ifindex,) = ipr.link_lookup(ifname=name)
            ipr.link("set", index=ifindex, state="up")
    except (NetlinkError, OSError) as error:
        raise AttachError(f"cannot set the tap {name} up (rtnetlink): {error}") from None
    return int(ifindex)


def _disable_ipv6(name: str) -> None:
    """No router or neighbour solicitations from the kernel on the tap. /proc/sys/net
    shows the namespace of the opening thread: this one, where the tap exists."""
    base = Path("/proc/sys/net/ipv6/conf")
    if not base.is_dir():
        return  # no IPv6 in this kernel: nothing to silence
    try:
        (base / name / "disable_ipv6").write_text("1\n")
    except OSError as error:
        raise AttachError(f"cannot disable IPv6 on the tap ({base / name}): "
                          f"{error.strerror}") from None


class _Probe:
    """The tap, the packet socket and the tcx hash program, in the current namespace."""

    def __init__(self, gro: bool) -> None:
        self.gro = gro
        self._stack = contextlib.ExitStack()
        self.tap = -1
        self.seq = 0
        try:
            self._setup()
        except BaseException:
            self._stack.close()
            raise

    def _setup(self) -> None:
        stack = self._stack
        tap, name = _open_tap()
        stack.callback(os.close, tap)
        self.tap = tap
        _disable_ipv6(name)
        # Protocol 0 until bound: the socket sees nothing before its filter is in place.
        self.sock = stack.enter_context(socket.socket(socket.AF_PACKET, socket.SOCK_RAW, 0))
        self.sock.setsockopt(SOL_PACKET, PACKET_IGNORE_OUTGOING, 1)
        self.sock.setsockopt(SOL_PACKET, PACKET_AUXDATA, 1)
        filter_code = ctypes.create_string_buffer(_FILTER, len(_FILTER))
        fprog = struct.pack("HxxxxxxP", len(_FILTER) // 8, ctypes.addressof(filter_code))
        self.sock.setsockopt(socket.SOL_SOCKET, SO_ATTACH_FILTER, fprog)
        try:
            _ethtool(self.sock, name, ETHTOOL_SGRO, int(self.gro))
            gro = _ethtool(self.sock, name, ETHTOOL_GGRO)
        except OSError as error:
            raise AttachError(f"cannot switch GRO off on the tap (SIOCETHTOOL): "
                              f"{error.strerror}; GRO would pull the headers into the "
                              "linear part and the skbs would not be paged as asked") from None
        if bool(gro) != self.gro:
            raise AttachError(f"GRO stays {'on' if gro else 'off'} on the tap after "
                              f"ETHTOOL_SGRO {int(self.gro)}; with GRO on it pulls the "
                              "headers into the linear part, so paged skbs cannot be built")
        ifindex = _set_up(name)
        self.sock.bind((name, ETH_P_ALL))
        self.sock.setblocking(False)
        self.hash_probe = stack.enter_context(HashProbe(ifindex))
        self._expect_silence()
        self.seq = self._read_map()[1]

    def close(self) -> None:
        self._stack.close()

    def __enter__(self) -> _Probe:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _read_map(self) -> tuple[int, int]:
        return self.hash_probe.read()

    def _expect_silence(self) -> None:
        with contextlib.suppress(BlockingIOError):
            data = self.sock.recv(RECV_SIZE)
            raise AttachError(f"an unexpected {len(data)}-byte frame reached the tap's "
                              "receive path; something else writes into it")

    def dissect_all(self, frames: list[list[bytes]], stop: threading.Event) -> list[SkbOutcome]:
        """Each frame (as its iovecs) through the tap; the probes must then be quiet."""
        out = []
        for pieces in frames:
            if stop.is_set():
                raise KeyboardInterrupt
            out.append(self.dissect(pieces))
        self._expect_silence()
        if self._read_map()[1] != self.seq:
            raise AttachError("a frame nobody wrote passed tc ingress on the tap")
        return out

    def dissect(self, pieces: list[bytes]) -> SkbOutcome:
        frame = b"".join(pieces)
        try:
            written = os.writev(self.tap, pieces)
        except OSError as error:
            if error.errno in (errno.EMSGSIZE, errno.EINVAL):
                raise ValueError(f"tun refused a {len(frame)}-byte frame in {len(pieces)} "
                                 f"pieces of {[len(p) for p in pieces]} bytes: "
                                 f"{error.strerror}") from None
            raise AttachError(f"writing a frame into the tap failed: {error.strerror}"
                              ) from None
        if written != len(frame):
            raise AttachError(f"the tap took {written} of {len(frame)} bytes")
        kept, auxdata = self._receive(frame)
        hash_value = self._hash()
        payload_offset, capped = _decode(kept, auxdata)
        return SkbOutcome(hash_value, payload_offset, capped)

    def _receive(self, frame: bytes) -> tuple[bytes, tuple[int, ...]]:
        deadline = time.monotonic() + RECEIVE_TIMEOUT_S
        while True:
            try:
                data, ancdata, _, _ = self.sock.recvmsg(RECV_SIZE,
                                                        socket.CMSG_SPACE(AUXDATA.size))
                break
            except BlockingIOError:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AttachError(f"a frame written into the tap did not reach its packet "
                                      f"socket within {RECEIVE_TIMEOUT_S} s") from None
                select.select([self.sock], [], [], left)
        auxdata = None
        for level, kind, payload in ancdata:
            if level == SOL_PACKET and kind == PACKET_AUXDATA:
                auxdata = AUXDATA.unpack_from(payload.ljust(AUXDATA.size, b"\0"))
        if auxdata is None:
            raise AttachError("the packet socket gave no PACKET_AUXDATA")
        status, length = auxdata[0], auxdata[1]
        seen = frame[:12] + frame[16:] if status & TP_STATUS_VLAN_VALID else frame
        if length != len(seen) or data != seen[:len(data)]:
            raise AttachError(f"the packet socket saw a {length}-byte frame that is not the "
                              f"{len(frame)}-byte one just written; something else writes "
                              "into the tap")
        return data, auxdata

    def _hash(self) -> int:
        deadline = time.monotonic() + RECEIVE_TIMEOUT_S
        while True:
            hash_value, seq = self._read_map()
            moved = (seq - self.seq) & 0xFFFFFFFF
            if moved == 1:
                self.seq = seq
                return hash_value
            if moved > 1:
                raise AttachError(f"{moved} frames passed tc ingress for one written into the "
                                  "tap; something else writes into it")
            if time.monotonic() > deadline:
                raise AttachError(f"a frame written into the tap did not reach tc ingress "
                                  f"within {RECEIVE_TIMEOUT_S} s")
            time.sleep(0.0001)


def _decode(data: bytes, auxdata: tuple[int, ...]) -> tuple[int, bool]:
    """(payload offset, capped) from what the filter kept of the packet (``_FILTER``)."""
    length, kept = auxdata[1], auxdata[2]
    if kept != len(data):
        raise AttachError(f"the packet socket reports {kept} bytes kept but gave {len(data)}")
    if kept == _KEEP_FAILED:
        return 0, False
    if kept == _KEEP_ODD:
        raise AttachError(f"skb_get_poff() returned an offset below {ETH_HLEN}, which the "
                          "probe cannot represent")
    if kept < _KEEP_CAPPED:
        return length + kept - _KEEP_BEYOND, False
    if kept == _KEEP_CAPPED:
        return length + _BEYOND_EXACT, True
    return kept - 1, False
