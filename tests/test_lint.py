"""The code stays ruff clean and mypy clean (the test extra installs both)."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_clean() -> None:
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "."], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_clean() -> None:
    """Strict, through the installed layout (tests/typecheck.py), so that the project's
    own imports are checked rather than taken as Any."""
    from tests import typecheck

    result = typecheck.run()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_mypy_follows_the_package_mapping() -> None:
    """A wrong type across a mapped package boundary is caught: the check is not blind."""
    from tests import typecheck

    with tempfile.TemporaryDirectory() as tree:
        typecheck.build_tree(Path(tree))
        probe = Path(tree) / "flowdsl" / "_probe.py"
        probe.write_text("from flowdsl.dsl.graph import ParseGraph\n"
                         "from flowdsl.dsl.keys import FlowKeys\n"
                         "reveal_type(ParseGraph)\n"
                         "keys: FlowKeys = FlowKeys(nhoff='fourteen')\n")
        result = subprocess.run([sys.executable, "-m", "mypy", "--config-file",
                                 str(ROOT / "pyproject.toml"), "--no-incremental",
                                 str(probe)], cwd=tree, capture_output=True, text=True,
                                env={**os.environ, "MYPYPATH": tree})
    assert 'Revealed type is "def' in result.stdout, result.stdout
    assert "ParseGraph" in result.stdout
    assert 'Argument "nhoff" to "FlowKeys" has incompatible type "str"' in result.stdout
