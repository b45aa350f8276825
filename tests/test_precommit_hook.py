"""The pre-commit hook (.pre-commit-hooks.yaml) run as pre-commit runs it: its `entry`
followed by the staged YAML files, plans and other YAML alike."""

from __future__ import annotations

import shlex
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import EXAMPLES, ROOT, Run

COMPOSE = """\
services:
  web:
    image: nginx:1.27
    ports: ["8080:80"]
"""
WORKFLOW = """\
name: CI
on:
  push:
    branches: [main]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
"""


@pytest.fixture(scope="module")
def hook() -> dict[str, Any]:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (found,) = [h for h in hooks if h["id"] == "hplan-validate"]
    return dict(found)


@pytest.fixture
def staged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A repository's staged YAML files, named relative to its root as pre-commit does."""
    shutil.copy(EXAMPLES / "action-plan-2027.yaml", tmp_path / "action-plan-2027.yaml")
    (tmp_path / "docker-compose.yml").write_text(COMPOSE, encoding="utf-8")
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "ci.yaml").write_text(WORKFLOW, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return ["action-plan-2027.yaml", "docker-compose.yml", ".github/workflows/ci.yaml"]


def test_hook_is_declared_for_yaml_files(hook: dict[str, Any]) -> None:
    assert hook["language"] == "python"
    assert hook["types"] == ["yaml"]
    assert hook["require_serial"] is False
    assert hook["name"]
    assert shlex.split(hook["entry"]) == ["hplan", "validate", "--only-plans"]


def test_hook_checks_plans_and_skips_other_yaml(
    hplan: Callable[..., Run], hook: dict[str, Any], staged: list[str]
) -> None:
    program, *args = shlex.split(hook["entry"])
    assert program == "hplan"
    run = hplan(*args, *staged)
    assert run.code == 0, run.out + run.err
    for other in staged[1:]:
        assert other not in run.out + run.err
        assert Path(other).name not in run.out + run.err


def test_hook_fails_on_a_broken_plan(
    hplan: Callable[..., Run], hook: dict[str, Any], staged: list[str]
) -> None:
    plan = Path(staged[0])
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("priority: high", "priority: urgent", 1),
        encoding="utf-8",
    )
    run = hplan(*shlex.split(hook["entry"])[1:], *staged)
    assert run.code == 1
    assert "HP102" in run.out
    assert staged[1] not in run.out + run.err


def test_without_only_plans_other_yaml_is_hp005(
    hplan: Callable[..., Run], staged: list[str]
) -> None:
    run = hplan("validate", *staged)
    assert run.code == 1
    reported = [line for line in run.out.splitlines() if "HP005" in line]
    assert any("docker-compose.yml" in line for line in reported), run.out
    assert any("ci.yaml" in line for line in reported), run.out
    assert not any("action-plan-2027.yaml" in line for line in reported), run.out
