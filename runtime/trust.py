"""Whether flowdsl may trust a file or directory that another user could have made.

One rule for every place flowdsl reads or pins through a path others can reach (a pin
root in a shared bpffs, the CNI compile cache, a --baseline pin): it must belong to root
or to the user running flowdsl, and neither group nor others may write it, unless it is
sticky where that is enough (a bpffs mount or /tmp: there others cannot rename or remove
what is not theirs). Each caller says what to do about it in its own words; the
conditions and their wording are here only.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass


@dataclass(frozen=True)
class Distrust:
    """Why a path is not trusted: ``owned_by_other`` (another user owns it), else group
    or others may write it; ``text`` says so, to go after the path's name."""

    owned_by_other: bool
    text: str


def distrust(st: os.stat_result, euid: int, sticky_ok: bool) -> Distrust | None:
    """None when ``st`` (an lstat or fstat result) may be trusted by a process of
    ``euid``; ``sticky_ok``: group or others may write it if it is sticky."""
    if st.st_uid not in (euid, 0):
        return Distrust(True, f"belongs to uid {st.st_uid}, not to root or uid {euid}")
    if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH) and not (sticky_ok
                                                          and st.st_mode & stat.S_ISVTX):
        return Distrust(False, "may be written by group or others (mode "
                        f"{stat.S_IMODE(st.st_mode):o})")
    return None
