"""Every spec and profile error code the code can raise is documented: in the README's
"Spec errors" section (what users read) and, for the checker's E codes, in dsl/check.py's
list (what the next developer reads). A new code without its line fails here."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [*ROOT.glob("dsl/*.py"), *ROOT.glob("codegen/*.py"), *ROOT.glob("protocols/*.py")]


def raised_codes() -> set[str]:
    return {code for path in SOURCES
            for code in re.findall(r'"([SEP]0\d\d)"', path.read_text())}


def readme_codes() -> set[str]:
    text = (ROOT / "README.md").read_text()
    section = text.split("### Spec errors", 1)[1].split("\n## ", 1)[0]
    codes = set(re.findall(r"\b([SEP]0\d\d)\b", section))
    for lo, hi in re.findall(r"\bE0(\d\d)-E0(\d\d)\b", section):  # E015-E017
        codes |= {f"E0{n:02d}" for n in range(int(lo), int(hi) + 1)}
    return codes


def test_the_source_raises_codes() -> None:
    assert {"S001", "E001", "E025", "E032", "P000", "P003"} <= raised_codes()


def test_every_raised_code_is_in_the_readme() -> None:
    assert raised_codes() - readme_codes() == set()


def test_the_readme_lists_no_code_that_is_never_raised() -> None:
    assert readme_codes() - raised_codes() == set()


def test_every_check_code_is_in_the_checker_s_list() -> None:
    doc = (ROOT / "dsl/check.py").read_text().split('"""', 2)[1]
    listed = set(re.findall(r"\b(E0\d\d)\b", doc))
    for lo, hi in re.findall(r"\bE0(\d\d)-E0(\d\d)\b", doc):
        listed |= {f"E0{n:02d}" for n in range(int(lo), int(hi) + 1)}
    assert {c for c in raised_codes() if c.startswith("E")} - listed == set()
