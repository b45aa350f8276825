"""Shared test helpers: run the real command line in-process and capture what it says."""

from __future__ import annotations

import functools
import io
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from handlingsplan import load_plan
from handlingsplan.cli import main
from handlingsplan.model import Plan

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
# The two shipped examples by language, for tests that draw both.
EXAMPLE_PLANS = {
    "sv": EXAMPLES / "handlingsplan-2027.yaml",
    "en": EXAMPLES / "action-plan-2027.yaml",
}


@functools.cache
def plan_at(path: Path) -> Plan:
    """The plan of a file that must load (an example or a test case), read once."""
    plan = load_plan(str(path))
    assert plan is not None, path
    return plan


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def hplan(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., Run]:
    """hplan(*args, stdin=b"...") -> Run(exit code, stdout, stderr), as a user would see it.

    LANG is cleared so output is English unless a test asks for Swedish.
    """
    monkeypatch.delenv("LANG", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)

    def run(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None) -> Run:
        for key, value in (env or {}).items():
            monkeypatch.setenv(key, value)
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
        capsys.readouterr()
        try:
            main(list(args))
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


@pytest.fixture
def write_plan(tmp_path: Path) -> Callable[[str, str], Path]:
    """write_plan(text, name="plan.yaml") -> path of a file holding exactly `text`."""

    def write(text: str, name: str = "plan.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write
