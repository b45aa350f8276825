"""plandiff: every kind of change on hand-written pairs (tests/cases/diff)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from handlingsplan import plandiff
from handlingsplan.model import Plan
from handlingsplan.pipeline import validate_path
from handlingsplan.plandiff import Change

CASES = Path(__file__).resolve().parent / "cases" / "diff"


def plan(name: str) -> Plan:
    result = validate_path(str(CASES / name))
    assert result.plan is not None and not result.has_errors
    return result.plan


def changes(old: str, new: str) -> list[Change]:
    return plandiff.diff(plan(old), plan(new)).changes


def test_the_same_plan_has_no_differences() -> None:
    found = plandiff.diff(plan("old.yaml"), plan("old.yaml"))
    assert found.same and found.changes == []


def test_every_field_of_a_changed_activity() -> None:
    a1 = {c.field: c for c in changes("old.yaml", "new.yaml") if c.id == "A1"}
    assert set(a1) == {"name", "start", "end", "money", "hours", "responsible", "priority",
                       "status", "goals", "controls"}  # fmt: skip
    assert (a1["start"].old, a1["start"].new, a1["start"].days) == (
        dt.date(2027, 2, 1), dt.date(2027, 2, 2), 1)  # fmt: skip
    assert a1["end"].days == 30
    assert (a1["money"].old, a1["money"].new) == (80000, 120000)
    assert (a1["hours"].old, a1["hours"].new) == (120, 100)
    assert (a1["responsible"].old, a1["responsible"].new) == ("Per Ek", "Maria Lind")
    assert (a1["priority"].old, a1["priority"].new) == ("high", "critical")
    assert (a1["status"].old, a1["status"].new) == ("planned", "in_progress")
    assert (a1["goals"].added, a1["goals"].removed) == (("M2",), ())
    # "A.6.3" and "6.3" name the same control: only 8.15 and 5.1 differ
    assert (a1["controls"].added, a1["controls"].removed) == (("8.15",), ("5.1",))
    assert all(c.name == "Grundutbildning för alla" for c in a1.values())


def test_items_added_removed_and_moved_between_plan_and_backlog() -> None:
    kinds = {(c.section, c.kind, c.id) for c in changes("old.yaml", "new.yaml")
             if c.kind != "changed"}  # fmt: skip
    assert kinds == {
        ("plan", "added", ""),  # the revision
        ("activity", "to_backlog", "A2"),
        ("activity", "removed", "A4"),
        ("activity", "added", "A6"),
        ("activity", "from_backlog", "B1"),
        ("goal", "removed", "M3"),
        ("goal", "added", "M2"),
        ("backlog", "removed", "B2"),
        ("backlog", "added", "B3"),
    }
    a6 = next(c for c in changes("old.yaml", "new.yaml") if c.id == "A6")
    assert a6.new == {"responsible": "Per Ek", "start": dt.date(2027, 3, 1),
                      "end": dt.date(2027, 6, 30), "priority": "low", "money": 50000,
                      "hours": 30}  # fmt: skip
    assert not any(c.id == "A5" for c in changes("old.yaml", "new.yaml"))


def test_budget_contingency_and_revision() -> None:
    header = {c.field: c for c in changes("old.yaml", "new.yaml") if c.section == "plan"}
    assert set(header) == {"budget_money", "contingency", "revision"}
    assert (header["budget_money"].old, header["budget_money"].new) == (1000000, 1200000)
    assert (header["contingency"].old, header["contingency"].new) == (0.1, 0.15)
    assert header["revision"].new.reference == "KS 2027/88"


def test_decision_adopted_removed_and_changed() -> None:
    draft, adopted = plan("next-year.yaml"), plan("old.yaml")
    assert adopted.header is not None and draft.header is not None
    found = list(plandiff._decision(None, adopted.header.decision))
    assert [(c.kind, c.new.by) for c in found] == [("added", "KS")]
    assert [c.kind for c in plandiff._decision(adopted.header.decision, None)] == ["removed"]
    later = adopted.header.decision.model_copy(update={"date": dt.date(2027, 1, 10)})  # type: ignore[union-attr]
    assert [c.kind for c in plandiff._decision(adopted.header.decision, later)] == ["changed"]
    same = adopted.header.decision
    assert list(plandiff._decision(same, same)) == []


def test_carried_into_the_next_year_is_not_a_removal() -> None:
    found = changes("old.yaml", "next-year.yaml")
    carried = [(c.id, c.old) for c in found if c.kind == "carried"]
    assert carried == [("A1", "A1"), ("A7", "A4")]
    removed = sorted(c.id for c in found if c.section == "activity" and c.kind == "removed")
    assert removed == ["A2", "A5"]
    # A1's dates a year on are not listed: it is carried, not changed
    assert not any(c.kind == "changed" and c.section == "activity" for c in found)
    fields = {c.field for c in found if c.section == "plan"}
    assert fields == {"period", "decision"}


def test_gap_register_dependencies_and_requirements() -> None:
    found = changes("register-old.yaml", "register-new.yaml")
    gaps = {(c.kind, c.id, c.field, c.old, c.new) for c in found if c.section == "gap"}
    # "A.5.30" and "5.30" name the same control: G-1 changed only its severity
    assert gaps == {
        ("removed", "G-2", "", None, None),
        ("added", "G-4", "", None, "moderate"),
        ("changed", "G-1", "severity", "significant", "serious"),
        ("changed", "G-3", "status", "open", "accepted"),
    }
    sets = {(c.id, c.field): (c.added, c.removed) for c in found if c.field in plandiff.SETS}
    assert sets == {("A1", "requirements"): (("GDPR art. 32",), ()),
                    ("A1", "gaps"): (("G-4",), ()),
                    ("A2", "gaps"): ((), ("G-2",)),
                    ("A2", "depends_on"): (("A3",), ("A1",))}  # fmt: skip
