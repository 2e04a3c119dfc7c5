"""Golden messages for broken profiles: each names the file, line, key and fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from flowdsl.cli import main
from flowdsl.errors import EXIT_SPEC
from tests.conftest import assert_golden

BAD = Path(__file__).resolve().parent / "bad_profiles"
PROFILES = sorted(p.stem for p in BAD.glob("*.toml"))


@pytest.mark.parametrize("name", PROFILES)
def test_bad_profile_message(name: str, capsys: pytest.CaptureFixture[str],
                             update_goldens: bool) -> None:
    args = ["build", "--profile", str(BAD / f"{name}.toml"), "--no-verify", "--emit", "graph",
            "-o", "-"]
    assert main(args) == EXIT_SPEC
    err = capsys.readouterr().err.replace(str(BAD) + "/", "")
    assert "Traceback" not in err
    assert_golden(err, BAD / f"{name}.expected", update_goldens, "the message")
    for line in err.strip().splitlines():
        assert f"{name}.toml:" in line and "; " in line, line  # file:line, and the fix
