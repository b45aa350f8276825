"""Every command's --help ends with real examples, in the reader's language, and the
examples that work on the shipped plans do work."""

from __future__ import annotations

import shlex
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from handlingsplan.cli import COMMANDS
from handlingsplan.i18n import has, t

ROOT = Path(__file__).resolve().parents[2]
Hplan = Callable[..., Any]
DOCUMENTED = [c for c in COMMANDS if has(f"examples.{c}", "en")]


def test_every_command_has_examples() -> None:
    assert list(COMMANDS) == DOCUMENTED


@pytest.mark.parametrize("command", DOCUMENTED)
@pytest.mark.parametrize("lang", ["en", "sv"])
def test_help_ends_with_the_examples(hplan: Hplan, command: str, lang: str) -> None:
    run = hplan(command, "--help", env={"LANG": "sv_SE.UTF-8" if lang == "sv" else "C"})
    assert run.code == 0
    tail = run.out.rstrip("\n").split(t("examples.heading", lang) + "\n")[-1].splitlines()
    assert tail and all(line.strip().startswith(f"hplan {command}") for line in tail)


@pytest.mark.parametrize("command", DOCUMENTED)
def test_examples_on_the_shipped_plans_run(
    hplan: Hplan, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    for line in t(f"examples.{command}", "en").splitlines():
        args = shlex.split(line)[1:]
        if "|" in args or any(a in ("-o", "--in-place", "--update") for a in args):
            continue  # writes a file or needs another program
        if not any(a.startswith("examples/") for a in args) and command != "explain":
            continue  # names the reader's own plan
        run = hplan(*args)
        assert run.code in (0, 1), (line, run.err)  # 1: findings, never a usage error
        assert run.out, line
