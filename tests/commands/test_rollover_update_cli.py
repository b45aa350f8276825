"""`hplan rollover PLAN --update DRAFT`: a draft of next year's plan kept up to date, with
everything else in it (comments included) left as the user wrote it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from handlingsplan.pipeline import validate_path

Hplan = Callable[..., Any]

PLAN = """\
hplan: 1
plan:
  title: Plan 2027
  organisation: Exempel
  period: {start: 2027-01-01, end: 2027-12-31}
goals:
  - {id: M1, title: Utbildade medarbetare}
  - {id: M2, title: Incidenter hanteras}
activities:
  - id: A1
    name: Utbildning
    goals: [M1]
    priority: high
    responsible: Maria
    start: 2027-03-01
    end: 2027-06-30
    status: in_progress
    progress: 40
  - id: A2
    name: Övning
    goals: [M1]
    priority: low
    responsible: Maria
    start: 2027-09-01
    end: 2027-09-30
    depends_on: [A1]
    status: planned
  - id: A3
    name: Incidentprocess
    goals: [M1]
    priority: high
    responsible: Maria
    start: 2027-02-01
    end: 2027-12-31
    status: in_progress
    progress: 10
"""


@pytest.fixture
def pair(tmp_path: Path, hplan: Hplan) -> tuple[Path, Path]:
    """This year's plan and a draft of next year's made from it, with a comment and an
    activity of the draft's own."""
    plan = tmp_path / "plan-2027.yaml"
    plan.write_text(PLAN, encoding="utf-8")
    assert hplan("rollover", str(plan)).code == 0
    draft = tmp_path / "plan-2028.yaml"
    text = draft.read_text(encoding="utf-8")
    text = text.replace(
        "  - id: A2\n", "  # Övningen flyttas till våren efter samråd\n  - id: A2\n"
    )
    text += "\n  - id: N1   # nytt för 2028\n    name: Ny\n    goals: [M1]\n"
    text += "    priority: low\n    responsible: Maria\n    start: 2028-11-01\n"
    text += "    end: 2028-11-10\n    depends_on: [A3]\n"
    draft.write_text(text, encoding="utf-8")
    assert not validate_path(str(draft)).has_errors
    return plan, draft


def _set(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _ids(path: Path) -> dict[str, Any]:
    result = validate_path(str(path))
    assert not result.has_errors, [(d.code, d.line) for d in result.diagnostics]
    assert result.plan is not None
    return {a.id: a for _i, a in result.plan.activities}


def test_up_to_date_draft_is_not_touched(hplan: Hplan, pair: tuple[Path, Path]) -> None:
    plan, draft = pair
    before = draft.read_bytes()
    run = hplan("rollover", str(plan), "--update", str(draft))
    assert run.code == 0 and "Up to date: nothing to change." in run.out
    assert draft.read_bytes() == before


def test_changes_are_made_and_reported_and_the_rest_kept(
    hplan: Hplan, pair: tuple[Path, Path]
) -> None:
    plan, draft = pair
    _set(
        plan, "    status: in_progress\n    progress: 10\n", "    status: done\n    progress: 100\n"
    )
    _set(plan, "    depends_on: [A1]\n    status: planned\n", "    depends_on: [A1]\n    status: in_progress\n    progress: 25\n")  # fmt: skip
    _set(plan, "    progress: 40\n", "    progress: 40\n  - id: A4\n    name: Sent tillkommen\n    goals: [M2]\n    priority: medium\n    responsible: Per\n    start: 2027-07-01\n    end: 2027-07-31\n    depends_on: [A1]\n")  # fmt: skip
    before = draft.read_text(encoding="utf-8")
    run = hplan("rollover", str(plan), "--update", str(draft))
    assert run.code == 0, run.err
    assert "Added (1): unfinished here, not yet in the draft\n  A4  Sent tillkommen" in run.out
    assert "Removed (1): since done or cancelled here\n  A3  Incidentprocess (done)" in run.out
    assert "  A2  planned → in progress 25 %: Övning" in run.out
    assert "  N1  no longer waits for A3 (removed from the draft)" in run.out
    text = draft.read_text(encoding="utf-8")
    assert "  # Övningen flyttas till våren efter samråd\n" in text
    assert "  - id: N1   # nytt för 2028\n" in text
    assert text.startswith(before.split("\n", 1)[0])  # the draft's first comment stays
    carried = _ids(draft)
    assert list(carried) == ["A1", "A2", "N1", "A4"]
    assert (carried["A2"].status, carried["A2"].progress) == ("in_progress", 25)
    entry = carried["A2"].carried_from[-1]
    assert (entry.status, entry.progress) == ("in_progress", 25)
    assert carried["N1"].depends_on == []
    a4 = carried["A4"]
    assert (str(a4.start), str(a4.end), a4.depends_on) == ("2028-07-01", "2028-07-31", ["A1"])


def test_added_activity_brings_the_goal_the_draft_lacks(
    hplan: Hplan, pair: tuple[Path, Path]
) -> None:
    plan, draft = pair
    _set(plan, "    progress: 40\n", "    progress: 40\n  - id: A4\n    name: Sent\n    goals: [M2]\n    priority: medium\n    responsible: Per\n    start: 2027-07-01\n    end: 2027-07-31\n")  # fmt: skip
    assert "M2" not in draft.read_text(encoding="utf-8")
    run = hplan("rollover", str(plan), "--update", str(draft))
    assert run.code == 0
    result = validate_path(str(draft))
    assert not result.has_errors and result.plan is not None
    assert [g.id for _i, g in result.plan.goals] == ["M1", "M2"]


def test_added_activity_starts_after_the_drafts_predecessor(
    hplan: Hplan, pair: tuple[Path, Path]
) -> None:
    plan, draft = pair
    _set(draft, "    end: 2028-03-14\n", "    end: 2028-08-15\n")  # the user gave A1 longer
    _set(plan, "    progress: 40\n", "    progress: 40\n  - id: A4\n    name: Sent\n    goals: [M1]\n    priority: medium\n    responsible: Per\n    start: 2027-07-01\n    end: 2027-07-31\n    depends_on: [A1]\n")  # fmt: skip
    assert hplan("rollover", str(plan), "--update", str(draft)).code == 0
    a4 = _ids(draft)["A4"]
    assert (str(a4.start), str(a4.end)) == ("2028-08-16", "2028-09-15")


def test_id_taken_in_the_draft_stops_the_update(hplan: Hplan, pair: tuple[Path, Path]) -> None:
    plan, draft = pair
    _set(plan, "    progress: 40\n", "    progress: 40\n  - id: N1\n    name: Annan\n    goals: [M1]\n    priority: low\n    responsible: Per\n    start: 2027-07-01\n    end: 2027-07-31\n")  # fmt: skip
    before = draft.read_bytes()
    run = hplan("rollover", str(plan), "--update", str(draft))
    assert run.code == 1 and run.out == ""
    assert "N1 is unfinished in this plan and should be carried, but the draft already" in run.err
    assert "not updated: rename the activities above" in run.err
    assert draft.read_bytes() == before


def test_draft_with_errors_is_refused(hplan: Hplan, pair: tuple[Path, Path]) -> None:
    plan, draft = pair
    _set(draft, "    name: Ny\n", "    name: Ny\n    colour: red\n")
    before = draft.read_bytes()
    run = hplan("rollover", str(plan), "--update", str(draft))
    assert run.code == 1 and "HP103" in run.err
    assert "not updated: the draft has the errors above; fix them first" in run.err
    assert draft.read_bytes() == before


def test_dry_run_and_json(hplan: Hplan, pair: tuple[Path, Path]) -> None:
    plan, draft = pair
    _set(plan, "    status: in_progress\n    progress: 10\n", "    status: cancelled\n")
    before = draft.read_bytes()
    run = hplan("rollover", str(plan), "--update", str(draft), "--dry-run")
    assert run.code == 0 and "Dry run: nothing was written." in run.err
    assert "  - id: A3\n" not in run.out and "  - id: N1   # nytt för 2028\n" in run.out
    run = hplan("rollover", str(plan), "--update", str(draft), "--format", "json", "--dry-run")
    doc = json.loads(run.out)
    assert doc["written"] is False and "plan_text" in doc
    assert {"kind": "removed", "id": "A3", "name": "Incidentprocess", "before": "cancelled",
            "after": ""} in doc["changes"]  # fmt: skip
    assert draft.read_bytes() == before
    run = hplan("rollover", str(plan), "--update", str(draft), "--format", "json")
    assert run.code == 0 and json.loads(run.out)["written"] is True
    assert "A3" not in _ids(draft)


def test_refusals_on_the_command_line(hplan: Hplan, pair: tuple[Path, Path]) -> None:
    plan, draft = pair
    run = hplan("rollover", str(plan), "--update", str(draft), "--period", "2028-01-01:2028-12-31")
    assert run.code == 2 and "--period cannot be used with --update" in run.err
    run = hplan("rollover", str(plan), "--update", str(plan))
    assert run.code == 1 and "is the plan being rolled over, not a draft" in run.err


def test_swedish_update_report(hplan: Hplan, pair: tuple[Path, Path]) -> None:
    plan, draft = pair
    _set(
        plan, "    status: in_progress\n    progress: 10\n", "    status: done\n    progress: 100\n"
    )
    run = hplan("rollover", "--lang", "sv", str(plan), "--update", str(draft))
    assert run.code == 0
    assert "Borttagna (1): har sedan genomförts eller avbrutits här" in run.out
    assert "Skriven: " in run.out and "Allt annat i den är som du skrev det." in run.out
