"""Golden error messages for broken specs: every problem, with file:line and a fix.
Regenerate with `pytest --update-goldens` after an intended wording change."""

from __future__ import annotations

from pathlib import Path

import pytest

from flowdsl.cli import main
from tests.conftest import assert_golden

BAD = Path(__file__).resolve().parent / "bad_specs"
SPECS = sorted(p.stem for p in BAD.glob("*.py"))
EXPECTED_CODES = {
    "length_without_max": ["E001"],
    "overlapping_bindings": ["E002"],
    "unreachable_binding": ["E003"],
    "key_wrong_width": ["E004", "E004"],
    "unbounded_cycle": ["E005"],
    "field_past_max": ["E006", "E021"],
    "precedence": ["E010"],
    "headers_too_deep": ["E025"],
    "several_values": ["E026"],
    "peek_variable": ["E027"],
    "bind_header_not_protocol": ["E028"],
    "bind_str_value": ["E029"],
    "bind_float_value": ["E029", "E029", "E029"],
    "misspelt_field": ["E030"],
    "syntax_error": ["S002"],
    "raises": ["S003"],
    "no_bindings": ["S004"],
    "edge_keys": ["E007", "E004", "E022"],
    "many_problems": ["E019", "E013", "E007", "E007", "E002", "E005"],
}


@pytest.mark.parametrize("name", SPECS)
def test_bad_spec_message(name: str, capsys: pytest.CaptureFixture[str],
                          update_goldens: bool) -> None:
    args = ["build", str(BAD / f"{name}.py"), "--no-verify", "--emit", "graph", "-o", "-"]
    assert main(args) == 3
    err = capsys.readouterr().err.replace(str(BAD) + "/", "")
    assert "Traceback" not in err
    assert_golden(err, BAD / f"{name}.expected", update_goldens, "the message")
    codes = [line.split("error[")[1][:4] for line in err.splitlines() if "error[" in line]
    assert codes == EXPECTED_CODES[name]
    for line in err.splitlines():
        if "error[" in line:
            assert line.split(":")[0].endswith(f"{name}.py") or \
                line.split("error: ")[1].startswith(f"{name}.py"), line
            assert "; " in line, "every message says what to do"
