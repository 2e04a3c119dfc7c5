"""What the kernel hands the program: the input flags and the L3 ethertype.

    stop_if=[(IPv6.flow_label != 0) & inputs.STOP_AT_FLOW_LABEL]
"""

from flowdsl.dsl.expr import InputFlag, InputProto
from flowdsl.dsl.keys import InputFlags

PARSE_1ST_FRAG = InputFlag("PARSE_1ST_FRAG", int(InputFlags.PARSE_1ST_FRAG))
STOP_AT_FLOW_LABEL = InputFlag("STOP_AT_FLOW_LABEL", int(InputFlags.STOP_AT_FLOW_LABEL))
STOP_AT_ENCAP = InputFlag("STOP_AT_ENCAP", int(InputFlags.STOP_AT_ENCAP))
n_proto = InputProto()
