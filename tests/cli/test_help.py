"""Every command and option explains itself (issue 14): help text on each option and
positional, examples under each command's --help, and the examples parse as written."""

from __future__ import annotations

import argparse
import shlex

import pytest

from flowdsl.cli import build_parser
from flowdsl.cli_help import EXAMPLES


def commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def test_every_command_has_examples() -> None:
    assert set(commands()) == set(EXAMPLES)


@pytest.mark.parametrize("command", sorted(EXAMPLES))
def test_every_option_has_help(command: str) -> None:
    missing = [a.option_strings[0] if a.option_strings else a.dest
               for a in commands()[command]._actions if not a.help]
    assert missing == []


@pytest.mark.parametrize("command", sorted(EXAMPLES))
def test_the_examples_are_in_the_help_and_parse(command: str) -> None:
    parser = build_parser()
    text = commands()[command].format_help()
    for line, _ in EXAMPLES[command]:
        assert line in text
        argv = shlex.split(line)
        assert argv[0] == "flowdsl" and argv[1] == command
        args = parser.parse_args(argv[1:])  # a typo in an example exits 2 here
        assert args.command == command
