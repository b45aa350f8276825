"""history.history: end-date moves and status changes per activity, from versions given
oldest first; slipped activities first."""

from __future__ import annotations

from pathlib import Path

from handlingsplan.history import Version, history, ordered
from handlingsplan.model import Plan
from handlingsplan.pipeline import validate_text

BASE = (Path(__file__).resolve().parent / "cases" / "diff" / "old.yaml").read_text("utf-8")


def plan(*edits: tuple[str, str]) -> Plan:
    text = BASE
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    result = validate_text(text, "plan.yaml")
    assert result.plan is not None
    return result.plan


def a1(end: str, status: str = "planned") -> Plan:
    return plan(("    end: 2027-05-31\n", f"    end: {end}\n    status: {status}\n"))


def test_moves_and_status_changes_commit_by_commit() -> None:
    versions = [
        Version("c1", "c1", "2027-01-10", a1("2027-05-31")),
        Version("c2", "c2", "2027-02-10", a1("2027-06-30", "in_progress")),
        Version("c3", "c3", "2027-03-10", a1("2027-06-30", "in_progress")),
        Version("c4", "c4", "2027-04-10", a1("2027-07-31", "paused")),
    ]
    tracks = {t.id: t for t in history(versions)}
    one = tracks["A1"]
    assert [(m.short, str(m.old), str(m.new), m.days) for m in one.moves] == [
        ("c2", "2027-05-31", "2027-06-30", 30),
        ("c4", "2027-06-30", "2027-07-31", 31),
    ]
    assert [(s.date, s.old, s.new) for s in one.statuses] == [
        ("2027-02-10", "planned", "in_progress"),
        ("2027-04-10", "in_progress", "paused"),
    ]
    assert one.total == 61 and one.slipped(30) and not one.slipped(61)
    assert tracks["A2"].moves == [] and tracks["A2"].statuses == []


def test_slipped_first_then_changed_in_plan_order_unchanged_left_out() -> None:
    first = plan()
    last = plan(
        ("    end: 2027-05-31\n", "    end: 2027-06-10\n"),
        ("end: 2027-09-30", "end: 2027-12-31"),
        ("end: 2027-06-30, goals", "end: 2027-06-29, goals"),
    )
    versions = [Version("a", "a", "2027-01-01", first), Version("b", "b", "2027-02-01", last)]
    tracks = history(versions)
    assert [t.id for t in ordered(tracks, 30)] == ["A4", "A1", "A2"]
    assert [t.id for t in ordered(tracks, 5)] == ["A4", "A1", "A2"]
    assert [t.id for t in ordered(tracks, 100)] == ["A1", "A2", "A4"]
    assert {t.id: t.total for t in tracks} == {"A1": 10, "A2": -1, "A4": 92, "A5": 0}


def test_an_activity_missing_from_a_version_is_compared_with_its_last_sighting() -> None:
    gone = plan(("  - {id: A5,", "  - {id: A6,"))
    moved = plan(("start: 2027-05-01, end: 2027-05-31", "start: 2027-05-01, end: 2027-06-15"))
    versions = [
        Version(c, c, "2027-01-01", p) for c, p in (("a", plan()), ("b", gone), ("c", moved))
    ]
    five = {t.id: t for t in history(versions)}["A5"]
    assert [(m.short, m.days) for m in five.moves] == [("c", 15)]
