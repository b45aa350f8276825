"""table and gantt over several plans: one view after another, JSON as an array, and
the formats that hold one plan (csv, mermaid, pictures) refused with exit 2."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

GROUP = Path(__file__).resolve().parents[1] / "cases" / "followup" / "group"
PLANS = [str(GROUP / f"{name}-2027.yaml") for name in ("kommunen", "soc")]

Hplan = Callable[..., Any]


@pytest.mark.parametrize("command", ["table", "gantt"])
def test_text_shows_each_plan_in_turn(hplan: Hplan, command: str) -> None:
    today = ("--today", "2027-06-15") if command == "gantt" else ()
    run = hplan(command, *PLANS, "--color", "never", *today)
    assert (run.code, run.err) == (0, "")
    first = run.out.index("Kommunens handlingsplan 2027")
    assert run.out.index("Socialförvaltningens handlingsplan 2027") > first


def test_a_folder_stands_for_its_plans(hplan: Hplan) -> None:
    run = hplan("table", str(GROUP), "--format", "json")
    assert run.code == 0
    data = json.loads(run.out)
    assert isinstance(data, list) and len(data) == 3


def test_one_plan_keeps_its_json_object(hplan: Hplan) -> None:
    run = hplan("table", PLANS[0], "--format", "json")
    assert run.code == 0 and isinstance(json.loads(run.out), dict)


@pytest.mark.parametrize(
    ("command", "fmt"),
    [("table", "csv"), ("table", "svg"), ("gantt", "mermaid"), ("gantt", "html")],
)
def test_one_plan_formats_refuse_several(hplan: Hplan, command: str, fmt: str) -> None:
    run = hplan(command, *PLANS, "--format", fmt)
    assert run.code == 2 and run.out == ""
    assert f"--format {fmt} holds one plan" in run.err
