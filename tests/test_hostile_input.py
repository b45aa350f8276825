"""Inputs that once crashed, hung or slipped past a guard: each now ends in a diagnostic.

Every case runs the real command line and asserts the exit code and the code reported.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

HEAD = "hplan: 1\nplan:\n  title: T\n  organisation: O\n  period: {start: 2027-01-01, end: 2027-12-31}\n"


def bomb_after_line_separator() -> str:
    """A billion laughs whose anchors follow U+2028, which YAML reads as a line break."""
    levels = ['x: [\u2028&a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"],']
    for i in range(1, 9):
        aliases = ",".join([f"*a{i - 1}"] * 9)
        levels.append(f"\u2028&a{i} [{aliases}],")
    return "hplan: 1\n" + "".join(levels) + " 1]\n"


CASES = {
    "alias bomb after U+2028": (bomb_after_line_separator(), "HP004"),
    "an integer of 5,000 digits": ("hplan: 1\nx: " + "9" * 5000 + "\n", "HP103"),
    "money of 400 digits": (HEAD + "  budget: {money: " + "9" * 400 + "}\n", "HP102"),
    "money .nan": (HEAD + "  budget: {money: .nan}\n", "HP102"),
    "hours .inf": (HEAD + "  budget: {hours: .inf}\n", "HP102"),
    "catalog path with a NUL": (HEAD + '  catalog: "a\\0b"\n', "HP102"),
    "catalog that is a device": (HEAD + "  catalog: /dev/zero\n", "HP102"),
    "reversed plan period": (HEAD.replace("start: 2027-01-01, end: 2027-12-31", "start: 2027-12-31, end: 2027-01-01"), "HP301"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_input_ends_in_a_diagnostic(
    hplan: Callable[..., Any], tmp_path: Path, name: str
) -> None:
    text, code = CASES[name]
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    run = hplan("validate", "-q", str(path))
    assert run.code == 1
    assert f" {code} " in run.out
    assert "internal error" not in run.err


def test_an_activity_in_december_9999_is_counted_without_overflow(
    hplan: Callable[..., Any], tmp_path: Path
) -> None:
    text = HEAD.replace("end: 2027-12-31", "end: 9999-12-31") + (
        "  decision: {by: K, date: 2026-12-01}\n"
        "people:\n  P: {hours_per_month: 10}\n"
        "goals: [{id: M1, title: m}]\n"
        "activities:\n  - {id: A1, name: a, priority: low, responsible: P, goals: [M1],\n"
        "     start: 9999-11-01, end: 9999-12-31, cost: {hours: 500}}\n"
    )
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    run = hplan("validate", "-q", str(path))
    assert run.code == 0
    assert run.out.splitlines() == [
        # 500 h over 22 + 23 weekdays (counted by hand, day by day)
        f"{path}:8:3: warning HP304 P: planned hours exceed 10 h a month in "
        "9999-11: 244 h, 9999-12: 256 h"
    ]
