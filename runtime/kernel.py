"""Kernel features by version, to refuse clearly instead of failing obscurely."""

from __future__ import annotations

import os
import re

from flowdsl.errors import AttachError

NETNS_LINKS = ((5, 7), "flow dissector links (BPF_LINK_CREATE on a network namespace)")
CONTINUE_VERDICT = ((6, 1), "BPF_FLOW_DISSECTOR_CONTINUE (a 'kernel' policy)")


def kernel_version() -> tuple[int, int]:
    match = re.match(r"(\d+)\.(\d+)", os.uname().release)
    return (int(match[1]), int(match[2])) if match else (0, 0)


def require(feature: tuple[tuple[int, int], str]) -> None:
    (major, minor), what = feature
    have = kernel_version()
    if have < (major, minor):
        raise AttachError(f"this kernel ({os.uname().release}) is too old for {what}, which "
                          f"needs Linux {major}.{minor} or later")
