"""Bounds that the checker, the reference dissector and the code generator share.

They are semantics, not tuning: the checker refuses a graph that could pass them, the
reference applies them, and the generated program relies on them to satisfy the
verifier. One definition, so the three cannot drift apart.
"""

from __future__ import annotations

# The kernel hands over nhoff; a larger one than this is left to the built-in dissector
# (BPF_FLOW_DISSECTOR_CONTINUE). Bounding it once is what lets the verifier track every
# packet offset after it.
NHOFF_MAX = 255

# The furthest any header may end, whatever the path: the verifier gives a packet
# pointer no range past its 64 KiB packet-offset limit (MAX_PACKET_OFF), so a load there
# could not be verified. Every cursor the verifier sees is bounded by the furthest its
# State's header can start at (codegen/lower.py), so a header's end is all that must
# stay within it. check_graph reports a graph past it (E025).
MAX_HEADER_END = 0xFFFF

# Program size. BPF jumps carry a signed 16-bit instruction offset and LLVM's BPF backend
# does not relax branches: a program whose jumps span more than this aborts the whole
# process inside LLVM ("Branch target out of insn range"). The build estimates the size
# from the lowered IR before LLVM sees it (E032).
MAX_PROGRAM_INSNS = 0x7FFF
# BPF instructions per lowered IR instruction, an upper bound measured over the shipped
# profiles (encap_depth 0-7) and generated graphs of up to 1,000 protocols: 0.47-0.574
# (2026-12-03; before the widening walk of codegen/lower.py, 0.46-0.51 on the same
# generated graphs: the 0.44 used until then was not an upper bound for them).
INSNS_PER_IR_INSN = 0.60  # the measured 0.574, and a margin
# Protocols in one graph. Each costs at least about 16 BPF instructions, so past this no
# graph fits MAX_PROGRAM_INSNS; refusing early spares the quadratic checks and the
# lowering of a spec that cannot build (E031).
MAX_PROTOCOLS = 2048
