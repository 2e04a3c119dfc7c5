"""BPF_PROG_TEST_RUN for flow dissectors: keys and return code from the real kernel."""

from __future__ import annotations

import ctypes
import time
from dataclasses import dataclass

from flowdsl.dsl.keys import FLOW_KEYS_SIZE, FlowKeys
from flowdsl.runtime.syscall import bpf
from flowdsl.runtime.uapi import Cmd, TestRunAttr

from flowdsl.errors import InputError

ETH_HLEN = 14
MAX_FRAME = 4096  # the kernel's limit for flow dissector test input


@dataclass(frozen=True)
class TestRun:
    __test__ = False  # not a pytest test class, despite the name

    verdict: int
    keys: FlowKeys
    duration_ns: int  # the kernel's mean per run over ``repeat`` runs, whole ns
    wall_ns: float  # the syscall's wall time over ``repeat``: finer than whole ns


def check_frame(frame: bytes) -> None:
    if len(frame) < ETH_HLEN:
        raise InputError(f"a packet must be an Ethernet frame of at least {ETH_HLEN} bytes; "
                         f"this one has {len(frame)}")
    if len(frame) > MAX_FRAME:
        raise InputError(f"the kernel test-runs frames of at most {MAX_FRAME} bytes; "
                         f"this one has {len(frame)}")


def test_run(prog_fd: int, frame: bytes, flags: int = 0, repeat: int = 1) -> TestRun:
    """Run the program once (or ``repeat`` times) on an Ethernet frame."""
    check_frame(frame)
    data_in = ctypes.create_string_buffer(frame, len(frame))
    data_out = ctypes.create_string_buffer(FLOW_KEYS_SIZE)
    attr = TestRunAttr(
        prog_fd=prog_fd, data_size_in=len(frame), data_in=ctypes.addressof(data_in),
        data_size_out=FLOW_KEYS_SIZE, data_out=ctypes.addressof(data_out), repeat=repeat,
    )
    ctx = None
    if flags:
        # Only `flags` may be set in ctx_in; the kernel rejects any other non-zero field.
        ctx = ctypes.create_string_buffer(FlowKeys(flags=flags).pack(), FLOW_KEYS_SIZE)
        attr.ctx_in = ctypes.addressof(ctx)
        attr.ctx_size_in = FLOW_KEYS_SIZE
    started = time.perf_counter_ns()
    bpf(Cmd.PROG_TEST_RUN, attr)
    wall = (time.perf_counter_ns() - started) / repeat
    return TestRun(attr.retval, FlowKeys.unpack(data_out.raw), attr.duration, wall)


test_run.__test__ = False  # type: ignore[attr-defined]


def run_packet(prog_fd: int, frame: bytes, repeat: int = 1) -> tuple[int, float]:
    """Test-run any skb program on a frame: (return value, wall ns per run)."""
    check_frame(frame)
    data_in = ctypes.create_string_buffer(frame, len(frame))
    attr = TestRunAttr(prog_fd=prog_fd, data_size_in=len(frame),
                       data_in=ctypes.addressof(data_in), repeat=repeat)
    started = time.perf_counter_ns()
    bpf(Cmd.PROG_TEST_RUN, attr)
    return attr.retval, (time.perf_counter_ns() - started) / repeat


run_packet.__test__ = False  # type: ignore[attr-defined]
