"""The soak target, outside CI: the differential and invariant test of
tests/protocols/test_differential.py with a million packets (or --packets N).

    sudo python -m tests.soak --packets 1000000     # about an hour on this machine kind

It prints how many packets ran through every profile; any mismatch fails with the
frame in hex, shrunk by hypothesis to a minimal example.
"""

from __future__ import annotations

import argparse
import os
import sys

import pytest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packets", type=int, default=1_000_000)
    args = parser.parse_args()
    os.environ["FLOWDSL_DIFFERENTIAL_EXAMPLES"] = str(args.packets)
    return pytest.main(["-q", "-s", "-p", "no:cacheprovider",
                        "tests/protocols/test_differential.py"])


if __name__ == "__main__":
    sys.exit(main())
