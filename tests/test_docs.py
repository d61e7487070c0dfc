"""The README cannot drift from the CLI: every verb is documented there and has help text."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from tidings.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
VERBS = sorted(main.commands)


def test_there_are_verbs() -> None:
    assert {"ingest", "ask", "dates", "timeline", "timex", "eval"} <= set(VERBS)


@pytest.mark.parametrize("verb", VERBS)
def test_verb_is_documented_in_readme(verb: str) -> None:
    assert re.search(rf"^tidings {verb}\b", README, re.M), f"README lacks a `tidings {verb}` example line"


@pytest.mark.parametrize("verb", VERBS)
def test_verb_has_help_text(verb: str) -> None:
    command = main.commands[verb]
    assert command.help and len(command.help.strip()) > 20
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, f"{verb} {param.opts} has no help text"


def test_quick_start_has_exactly_the_two_commands() -> None:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^make \w+", section, re.M)
    assert commands == ["make demo", "make test"]


@pytest.mark.parametrize("target", ["demo", "test"])
def test_makefile_has_the_quick_start_targets(target: str) -> None:
    assert re.search(rf"^{target}:", (ROOT / "Makefile").read_text(), re.M)


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in (ROOT / ".ci" / "run").read_text()
