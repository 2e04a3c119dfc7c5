"""Which of the capabilities flowdsl needs this process lacks, to say so by name."""

from __future__ import annotations

from pathlib import Path

CAP_NET_ADMIN, CAP_SYS_ADMIN, CAP_BPF = 12, 21, 39


def effective() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("CapEff:"):
            return int(line.split()[1], 16)
    return 0


def missing() -> list[str]:
    """CAP_BPF (or CAP_SYS_ADMIN, which implies it) and CAP_NET_ADMIN, if absent."""
    caps = effective()
    out = []
    if not caps & (1 << CAP_BPF | 1 << CAP_SYS_ADMIN):
        out.append("CAP_BPF")
    if not caps & (1 << CAP_NET_ADMIN):
        out.append("CAP_NET_ADMIN")
    return out


def permission_hint() -> str:
    lacking = missing()
    if lacking:
        return (f"this process lacks {' and '.join(lacking)}; run as root, or grant "
                "CAP_BPF and CAP_NET_ADMIN")
    return ("the kernel refused although CAP_BPF and CAP_NET_ADMIN are present (a security "
            "module, or kernel.unprivileged_bpf_disabled with a user namespace?)")
