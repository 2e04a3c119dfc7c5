"""Every BPF constant the code generator needs; no magic numbers elsewhere in codegen.

Sources: include/uapi/linux/bpf.h (struct __sk_buff, enum bpf_ret_code, helper ids)
and the kernel's flow dissector context rules (only data, data_end and flow_keys may be
read by a BPF_PROG_TYPE_FLOW_DISSECTOR program).
"""

from __future__ import annotations

from flowdsl.dsl.keys import KEY_SLOTS, InputFlags
from flowdsl.dsl.reference import (
    BPF_DROP,
    BPF_FLOW_DISSECTOR_CONTINUE,
    BPF_OK,
    NHOFF_MAX,
    VERDICT_NAMES,
    VERDICTS,
)
from flowdsl.dsl.unroll import MAX_HEADER_END

TRIPLE = "bpfel"
DATA_LAYOUT = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
CPU = "v3"  # 32-bit jumps and ALU32 (Linux 5.1+); every kernel with the hook's links has it

PROGRAM_SECTION = "flow_dissector"
LICENSE_SECTION = "license"
LICENSE = b"GPL\0"
GRAPH_SECTION = ".flowdsl.graph"  # the ParseGraph as JSON; not loaded, read by tools
FUNCTION_NAME = "flowdsl_dissect"

# Counters (`flowdsl build --stats`): a PERCPU_ARRAY of u64, one slot per protocol in
# graph order (each visit of its header), then one per verdict returned.
STATS_MAP = "flowdsl_stats"
STATS_MAP_SECTION = "flowdsl_maps"
STATS_VERDICTS = (BPF_OK, BPF_DROP, BPF_FLOW_DISSECTOR_CONTINUE)  # in slot order
BPF_FUNC_MAP_LOOKUP_ELEM = 1
# bpf_skb_load_bytes: in a flow dissector, reads through the skb's page fragments
# (net/core/filter.c bpf_flow_dissector_load_bytes); fails when there is no skb.
BPF_FUNC_SKB_LOAD_BYTES = 26


def stats_slots(node_names: list[str]) -> list[str]:
    return [*node_names, *(VERDICT_NAMES[v] for v in STATS_VERDICTS)]


# struct __sk_buff offsets readable by a flow dissector
SKB_DATA = 76  # u32
SKB_DATA_END = 80  # u32
SKB_FLOW_KEYS = 144  # u64 pointer to struct bpf_flow_keys

# struct bpf_flow_keys offsets (see dsl/keys.py for the whole table)
KEY_NHOFF = KEY_SLOTS["nhoff"].offset
KEY_THOFF = KEY_SLOTS["thoff"].offset
KEY_N_PROTO = KEY_SLOTS["n_proto"].offset
KEY_FLAGS = KEY_SLOTS["flags"].offset
KEY_IS_FRAG = KEY_SLOTS["is_frag"].offset
KEY_IS_FIRST_FRAG = KEY_SLOTS["is_first_frag"].offset
KEY_IS_ENCAP = KEY_SLOTS["is_encap"].offset

FLAG_PARSE_1ST_FRAG = int(InputFlags.PARSE_1ST_FRAG)
FLAG_STOP_AT_FLOW_LABEL = int(InputFlags.STOP_AT_FLOW_LABEL)
FLAG_STOP_AT_ENCAP = int(InputFlags.STOP_AT_ENCAP)

__all__ = [
    "BPF_DROP", "BPF_FLOW_DISSECTOR_CONTINUE", "BPF_OK", "CPU", "DATA_LAYOUT",
    "FLAG_PARSE_1ST_FRAG", "FLAG_STOP_AT_ENCAP", "FLAG_STOP_AT_FLOW_LABEL",
    "FUNCTION_NAME", "GRAPH_SECTION", "KEY_FLAGS", "KEY_IS_ENCAP", "KEY_IS_FIRST_FRAG",
    "KEY_IS_FRAG", "KEY_NHOFF", "KEY_N_PROTO", "KEY_THOFF", "LICENSE", "LICENSE_SECTION",
    "MAX_HEADER_END",
    "NHOFF_MAX", "PROGRAM_SECTION", "SKB_DATA", "SKB_DATA_END", "SKB_FLOW_KEYS", "TRIPLE",
    "VERDICTS",
    "stats_slots",
]
