"""Every BPF constant the code generator needs; no magic numbers elsewhere in codegen.

The object format itself is dsl/abi.py (the runtime reads objects by it); this module
re-exports it with the constants only code generation needs.

Sources: include/uapi/linux/bpf.h (struct __sk_buff, enum bpf_ret_code, helper ids)
and the kernel's flow dissector context rules (only data, data_end and flow_keys may be
read by a BPF_PROG_TYPE_FLOW_DISSECTOR program).
"""

from __future__ import annotations

# What an object is (sections, verdicts, the stats map, context offsets) is shared with
# the runtime through dsl/abi.py; the bounds the checker also applies, dsl/limits.py.
from flowdsl.dsl.abi import (
    BPF_DROP,
    BPF_FLOW_DISSECTOR_CONTINUE,
    BPF_OK,
    GRAPH_SECTION,
    LICENSE_SECTION,
    PROGRAM_SECTION,
    SKB_DATA,
    SKB_DATA_END,
    SKB_FLOW_KEYS,
    STATS_MAP,
    STATS_MAP_SECTION,
    STATS_VERDICTS,
    VERDICTS,
)
from flowdsl.dsl.keys import KEY_SLOTS, InputFlags
from flowdsl.dsl.limits import MAX_HEADER_END, NHOFF_MAX

TRIPLE = "bpfel"
DATA_LAYOUT = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
CPU = "v3"  # 32-bit jumps and ALU32 (Linux 5.1+); every kernel with the hook's links has it

LICENSE = b"GPL\0"
FUNCTION_NAME = "flowdsl_dissect"

BPF_FUNC_MAP_LOOKUP_ELEM = 1
# bpf_skb_load_bytes: in a flow dissector, reads through the skb's page fragments
# (net/core/filter.c bpf_flow_dissector_load_bytes); fails when there is no skb.
BPF_FUNC_SKB_LOAD_BYTES = 26
# llvm.bpf.passthrough.T.T(i32, T): its second argument, opaque to LLVM's optimiser;
# the BPF backend drops it (codegen/lower.py makes them, codegen/size.py skips them)
PASSTHROUGH = "llvm.bpf.passthrough"


# struct bpf_flow_keys offsets (see dsl/keys.py for the whole table)
KEY_NHOFF = KEY_SLOTS["nhoff"].offset
KEY_THOFF = KEY_SLOTS["thoff"].offset
KEY_N_PROTO = KEY_SLOTS["n_proto"].offset
KEY_FLAGS = KEY_SLOTS["flags"].offset
KEY_IS_FRAG = KEY_SLOTS["is_frag"].offset
KEY_IS_FIRST_FRAG = KEY_SLOTS["is_first_frag"].offset
KEY_IS_ENCAP = KEY_SLOTS["is_encap"].offset
KEY_SPORT = KEY_SLOTS["sport"].offset  # dport follows it

FLAG_PARSE_1ST_FRAG = int(InputFlags.PARSE_1ST_FRAG)
FLAG_STOP_AT_FLOW_LABEL = int(InputFlags.STOP_AT_FLOW_LABEL)
FLAG_STOP_AT_ENCAP = int(InputFlags.STOP_AT_ENCAP)

__all__ = [
    "BPF_DROP", "BPF_FLOW_DISSECTOR_CONTINUE", "BPF_FUNC_MAP_LOOKUP_ELEM",
    "BPF_FUNC_SKB_LOAD_BYTES", "BPF_OK", "CPU", "DATA_LAYOUT", "FLAG_PARSE_1ST_FRAG",
    "FLAG_STOP_AT_ENCAP", "FLAG_STOP_AT_FLOW_LABEL", "FUNCTION_NAME", "GRAPH_SECTION",
    "KEY_FLAGS", "KEY_IS_ENCAP", "KEY_IS_FIRST_FRAG", "KEY_IS_FRAG", "KEY_NHOFF", "KEY_N_PROTO",
    "KEY_SPORT", "KEY_THOFF", "LICENSE", "LICENSE_SECTION", "MAX_HEADER_END", "NHOFF_MAX",
    "PASSTHROUGH", "PROGRAM_SECTION",
    "SKB_DATA", "SKB_DATA_END", "SKB_FLOW_KEYS", "STATS_MAP", "STATS_MAP_SECTION",
    "STATS_VERDICTS", "TRIPLE", "VERDICTS",
]
