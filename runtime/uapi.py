"""The bits of include/uapi/linux/bpf.h that flowdsl uses, as IntEnums and ctypes structs.

Each ``union bpf_attr`` variant is its own Structure with the fields of that command, in
the kernel's order; the kernel accepts a shorter attr as long as the unused tail is zero.
"""

from __future__ import annotations

import ctypes
import platform
from enum import IntEnum

# __NR_bpf per architecture (arch/*/include/uapi/asm/unistd*.h)
NR_BPF = {"x86_64": 321, "aarch64": 280, "arm64": 280, "riscv64": 280, "ppc64le": 361,
          "s390x": 351}.get(platform.machine(), 321)


class Cmd(IntEnum):
    MAP_CREATE = 0
    MAP_LOOKUP_ELEM = 1
    MAP_UPDATE_ELEM = 2
    PROG_LOAD = 5
    OBJ_PIN = 6
    OBJ_GET = 7
    PROG_TEST_RUN = 10
    MAP_DELETE_ELEM = 3
    PROG_GET_NEXT_ID = 11
    MAP_GET_NEXT_ID = 12
    PROG_GET_FD_BY_ID = 13
    MAP_GET_FD_BY_ID = 14
    OBJ_GET_INFO_BY_FD = 15
    BTF_LOAD = 18
    PROG_QUERY = 16
    LINK_CREATE = 28
    LINK_UPDATE = 29
    LINK_GET_FD_BY_ID = 30
    LINK_GET_NEXT_ID = 31
    LINK_DETACH = 34


class ProgType(IntEnum):
    SCHED_CLS = 3
    FLOW_DISSECTOR = 22


class AttachType(IntEnum):
    UNSPEC = 0  # what a tc (SCHED_CLS) program is loaded with
    FLOW_DISSECTOR = 17
    TCX_INGRESS = 46  # tcx (Linux 6.6+): LINK_CREATE with target_fd = an ifindex


BPF_OBJ_NAME_LEN = 16
BPF_TAG_SIZE = 8

# struct bpf_insn opcodes used to build tiny helper programs by hand
BPF_ALU64_MOV_K = 0xB7  # r_dst = imm
BPF_EXIT = 0x95
BPF_CALL = 0x85
BPF_ALU64_MOV_X = 0xBF  # r_dst = r_src
BPF_LDX_DW = 0x79  # r_dst = *(u64 *)(r_src + off)
BPF_ST_W = 0x62  # *(u32 *)(r_dst + off) = imm
BPF_LD_IMM64 = 0x18  # r_dst = imm64, over two instruction slots (src 1: imm is a map fd)
BPF_STX_W = 0x63  # *(u32 *)(r_dst + off) = r_src
BPF_ATOMIC_W = 0xC3  # with imm BPF_ADD (0): lock *(u32 *)(r_dst + off) += r_src
BPF_ALU64_ADD_K = 0x07  # r_dst += imm
BPF_JEQ_K = 0x15  # if r_dst == imm: pc += off
BPF_FUNC_MAP_LOOKUP_ELEM = 1
BPF_FUNC_GET_HASH_RECALC = 34
BPF_FUNC_SET_HASH_INVALID = 41
TCX_DROP = 2  # a tcx program's verdict: drop the packet


def insn(code: int, dst: int = 0, src: int = 0, off: int = 0, imm: int = 0) -> bytes:
    """One 8-byte struct bpf_insn."""
    return bytes([code, (src << 4) | dst]) + off.to_bytes(2, "little", signed=True) + \
        imm.to_bytes(4, "little", signed=True)


class ProgLoadAttr(ctypes.Structure):
    _fields_ = [
        ("prog_type", ctypes.c_uint32),
        ("insn_cnt", ctypes.c_uint32),
        ("insns", ctypes.c_uint64),
        ("license", ctypes.c_uint64),
        ("log_level", ctypes.c_uint32),
        ("log_size", ctypes.c_uint32),
        ("log_buf", ctypes.c_uint64),
        ("kern_version", ctypes.c_uint32),
        ("prog_flags", ctypes.c_uint32),
        ("prog_name", ctypes.c_char * BPF_OBJ_NAME_LEN),
        ("prog_ifindex", ctypes.c_uint32),
        ("expected_attach_type", ctypes.c_uint32),
        ("prog_btf_fd", ctypes.c_uint32),  # 0: no BTF
        ("func_info_rec_size", ctypes.c_uint32),
        ("func_info", ctypes.c_uint64),
        ("func_info_cnt", ctypes.c_uint32),
        ("line_info_rec_size", ctypes.c_uint32),
        ("line_info", ctypes.c_uint64),
        ("line_info_cnt", ctypes.c_uint32),
    ]


assert ProgLoadAttr.line_info_cnt.offset == 104, "union bpf_attr (PROG_LOAD) layout drifted"


class BtfLoadAttr(ctypes.Structure):
    """union bpf_attr for BPF_BTF_LOAD (Linux 4.18; btf_log_true_size 6.4, ignored)."""

    _fields_ = [
        ("btf", ctypes.c_uint64),
        ("btf_log_buf", ctypes.c_uint64),
        ("btf_size", ctypes.c_uint32),
        ("btf_log_size", ctypes.c_uint32),
        ("btf_log_level", ctypes.c_uint32),
    ]


class BtfInfo(ctypes.Structure):
    """struct bpf_btf_info (OBJ_GET_INFO_BY_FD on a BTF fd)."""

    _fields_ = [
        ("btf", ctypes.c_uint64),
        ("btf_size", ctypes.c_uint32),
        ("id", ctypes.c_uint32),
    ]


class TestRunAttr(ctypes.Structure):
    _fields_ = [
        ("prog_fd", ctypes.c_uint32),
        ("retval", ctypes.c_uint32),
        ("data_size_in", ctypes.c_uint32),
        ("data_size_out", ctypes.c_uint32),
        ("data_in", ctypes.c_uint64),
        ("data_out", ctypes.c_uint64),
        ("repeat", ctypes.c_uint32),
        ("duration", ctypes.c_uint32),
        ("ctx_size_in", ctypes.c_uint32),
        ("ctx_size_out", ctypes.c_uint32),
        ("ctx_in", ctypes.c_uint64),
        ("ctx_out", ctypes.c_uint64),
        ("flags", ctypes.c_uint32),
        ("cpu", ctypes.c_uint32),
        ("batch_size", ctypes.c_uint32),
    ]


class LinkCreateAttr(ctypes.Structure):
    _fields_ = [
        ("prog_fd", ctypes.c_uint32),
        ("target_fd", ctypes.c_uint32),  # for a flow dissector: a network namespace fd
        ("attach_type", ctypes.c_uint32),
        ("flags", ctypes.c_uint32),
        ("reserved", ctypes.c_uint64 * 4),  # the attach-type specific union, unused here
    ]


class InfoByFdAttr(ctypes.Structure):
    _fields_ = [
        ("bpf_fd", ctypes.c_uint32),
        ("info_len", ctypes.c_uint32),
        ("info", ctypes.c_uint64),
    ]


class ProgInfo(ctypes.Structure):
    """struct bpf_prog_info up to verified_insns (offset 216)."""

    _fields_ = [
        ("type", ctypes.c_uint32),
        ("id", ctypes.c_uint32),
        ("tag", ctypes.c_uint8 * BPF_TAG_SIZE),
        ("jited_prog_len", ctypes.c_uint32),
        ("xlated_prog_len", ctypes.c_uint32),
        ("jited_prog_insns", ctypes.c_uint64),
        ("xlated_prog_insns", ctypes.c_uint64),
        ("load_time", ctypes.c_uint64),  # ns since boot
        ("created_by_uid", ctypes.c_uint32),
        ("nr_map_ids", ctypes.c_uint32),
        ("map_ids", ctypes.c_uint64),
        ("name", ctypes.c_char * BPF_OBJ_NAME_LEN),
        ("ifindex", ctypes.c_uint32),
        ("gpl_compatible", ctypes.c_uint32),
        ("netns_dev", ctypes.c_uint64),
        ("netns_ino", ctypes.c_uint64),
        ("nr_jited_ksyms", ctypes.c_uint32),
        ("nr_jited_func_lens", ctypes.c_uint32),
        ("jited_ksyms", ctypes.c_uint64),
        ("jited_func_lens", ctypes.c_uint64),
        ("btf_id", ctypes.c_uint32),
        ("func_info_rec_size", ctypes.c_uint32),
        ("func_info", ctypes.c_uint64),
        ("nr_func_info", ctypes.c_uint32),
        ("nr_line_info", ctypes.c_uint32),
        ("line_info", ctypes.c_uint64),
        ("jited_line_info", ctypes.c_uint64),
        ("nr_jited_line_info", ctypes.c_uint32),
        ("line_info_rec_size", ctypes.c_uint32),
        ("jited_line_info_rec_size", ctypes.c_uint32),
        ("nr_prog_tags", ctypes.c_uint32),
        ("prog_tags", ctypes.c_uint64),
        ("run_time_ns", ctypes.c_uint64),
        ("run_cnt", ctypes.c_uint64),
        ("recursion_misses", ctypes.c_uint64),
        ("verified_insns", ctypes.c_uint32),
        ("attach_btf_obj_id", ctypes.c_uint32),
        ("attach_btf_id", ctypes.c_uint32),
    ]


assert ProgInfo.verified_insns.offset == 216, "struct bpf_prog_info layout drifted"


class MapType(IntEnum):
    ARRAY = 2
    PERCPU_ARRAY = 6


class MapInfo(ctypes.Structure):
    """The head of struct bpf_map_info (OBJ_GET_INFO_BY_FD on a map fd)."""

    _fields_ = [
        ("type", ctypes.c_uint32),
        ("id", ctypes.c_uint32),
        ("key_size", ctypes.c_uint32),
        ("value_size", ctypes.c_uint32),
        ("max_entries", ctypes.c_uint32),
        ("map_flags", ctypes.c_uint32),
        ("name", ctypes.c_char * BPF_OBJ_NAME_LEN),
    ]


class LinkType(IntEnum):
    NETNS = 5


class MapCreateAttr(ctypes.Structure):
    _fields_ = [
        ("map_type", ctypes.c_uint32),
        ("key_size", ctypes.c_uint32),
        ("value_size", ctypes.c_uint32),
        ("max_entries", ctypes.c_uint32),
        ("map_flags", ctypes.c_uint32),
        ("inner_map_fd", ctypes.c_uint32),
        ("numa_node", ctypes.c_uint32),
        ("map_name", ctypes.c_char * BPF_OBJ_NAME_LEN),
    ]


class MapElemAttr(ctypes.Structure):
    _fields_ = [
        ("map_fd", ctypes.c_uint32),
        ("pad", ctypes.c_uint32),
        ("key", ctypes.c_uint64),
        ("value", ctypes.c_uint64),
        ("flags", ctypes.c_uint64),
    ]


class ObjPinAttr(ctypes.Structure):
    """OBJ_PIN and OBJ_GET. ``path_fd`` (Linux 6.5): with BPF_F_PATH_FD in file_flags,
    ``pathname`` is relative to that directory fd; 0 otherwise, as older kernels want
    (they accept the longer attr when its tail is zero)."""

    _fields_ = [
        ("pathname", ctypes.c_uint64),
        ("bpf_fd", ctypes.c_uint32),
        ("file_flags", ctypes.c_uint32),
        ("path_fd", ctypes.c_int32),
    ]


class GetIdAttr(ctypes.Structure):
    """GET_NEXT_ID (start_id, next_id) and GET_FD_BY_ID (id, -, open_flags)."""

    _fields_ = [
        ("id", ctypes.c_uint32),
        ("next_id", ctypes.c_uint32),
        ("open_flags", ctypes.c_uint32),
    ]


class ProgQueryAttr(ctypes.Structure):
    _fields_ = [
        ("target_fd", ctypes.c_uint32),
        ("attach_type", ctypes.c_uint32),
        ("query_flags", ctypes.c_uint32),
        ("attach_flags", ctypes.c_uint32),
        ("prog_ids", ctypes.c_uint64),
        ("prog_cnt", ctypes.c_uint32),
        ("pad", ctypes.c_uint32),
        ("prog_attach_flags", ctypes.c_uint64),
    ]


class LinkUpdateAttr(ctypes.Structure):
    _fields_ = [
        ("link_fd", ctypes.c_uint32),
        ("new_prog_fd", ctypes.c_uint32),
        ("flags", ctypes.c_uint32),
        ("old_prog_fd", ctypes.c_uint32),
    ]


class LinkDetachAttr(ctypes.Structure):
    _fields_ = [("link_fd", ctypes.c_uint32)]


class LinkInfo(ctypes.Structure):
    """struct bpf_link_info, netns arm of the union (at offset 16)."""

    _fields_ = [
        ("type", ctypes.c_uint32),
        ("id", ctypes.c_uint32),
        ("prog_id", ctypes.c_uint32),
        ("pad", ctypes.c_uint32),
        ("netns_ino", ctypes.c_uint32),
        ("attach_type", ctypes.c_uint32),
        ("rest", ctypes.c_uint64 * 6),
    ]


BPF_F_REPLACE = 4
