"""FlowKeys is declared once, by KEY_SLOTS: its fields, pack and unpack follow the table."""

from __future__ import annotations

import itertools
import struct
from dataclasses import fields

from flowdsl.dsl.keys import ADDRESS_KEYS, FLOW_KEYS_SIZE, KEY_SLOTS, SCALAR_SLOTS, FlowKeys
from hypothesis import given
from hypothesis import strategies as st


def test_fields_are_the_slot_table() -> None:
    assert [f.name for f in fields(FlowKeys) if f.name != "addrs"] == \
        [slot.name for slot in SCALAR_SLOTS]
    assert set(KEY_SLOTS) == {s.name for s in SCALAR_SLOTS} | set(ADDRESS_KEYS)
    covered = sorted([*((s.offset, s.offset + s.size) for s in SCALAR_SLOTS), (16, 48)])
    assert covered[0][0] == 0 and covered[-1][1] == FLOW_KEYS_SIZE
    for (_, end), (start, _) in itertools.pairwise(covered):
        assert end == start, "slots must tile struct bpf_flow_keys"


@given(st.binary(min_size=FLOW_KEYS_SIZE, max_size=FLOW_KEYS_SIZE))
def test_unpack_then_pack_is_identity(raw: bytes) -> None:
    assert FlowKeys.unpack(raw).pack() == raw


def test_byte_order_as_the_kernel_lays_it_out() -> None:
    """include/uapi/linux/bpf.h: nhoff, thoff, addr_proto and flags in host order (little
    endian here), n_proto, ports and flow_label in network order."""
    keys = FlowKeys(nhoff=14, thoff=34, addr_proto=0x0800, ip_proto=6, n_proto=0x0800,
                    sport=1234, dport=80, flags=4, flow_label=0x12345)
    packed = keys.pack()
    assert struct.unpack_from("<HHH", packed) == (14, 34, 0x0800)
    assert struct.unpack_from(">HHH", packed, 10) == (0x0800, 1234, 80)
    assert struct.unpack_from("<I", packed, 48) == (4,)
    assert struct.unpack_from(">I", packed, 52) == (0x12345,)
