"""commands/view.py: what table, gantt and graph share when a plan cannot be drawn."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Run

BROKEN = """\
hplan: 1
plan:
  title: Plan 2027
  organisation: Exempel
  period: {start: 2027-01-01, end: 2027-12-31}
activities:
  - id: A1
    priority: high
    responsible: Per Ek
    start: 2027-02-01
    end: 2027-03-01
"""
ANSI = "\x1b["


@pytest.mark.parametrize("command", ["table", "gantt", "graph"])
def test_a_refused_plan_is_reported_in_colour_only_when_asked(
    hplan: Callable[..., Run], write_plan: Callable[[str], Path], command: str
) -> None:
    plan = str(write_plan(BROKEN))
    run = hplan(command, plan, "--color", "always")
    assert (run.code, run.out) == (1, "")
    assert "HP101" in run.err and ANSI in run.err
    run = hplan(command, plan, "--color", "never", env={"FORCE_COLOR": "1"})
    assert (run.code, run.out) == (1, "")
    assert "HP101" in run.err and ANSI not in run.err
