"""The entry node: where the kernel hands over.

The kernel sets ``n_proto`` (the L3 ethertype) and ``nhoff`` (the network header offset)
before running the program; the entry node is zero bytes long and selects on n_proto.
The kernel's built-in dissector fails (BPF_DROP) on an ethertype it does not know.
"""

from flowdsl.dsl import Protocol, inputs

entry = Protocol(None, name="entry", select=inputs.n_proto, on_unknown="drop")
