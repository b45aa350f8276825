"""group.build over tests/cases/followup/group: kommunen with test and soc under it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from handlingsplan import group, load_plan

FOLDER = Path(__file__).parent / "cases" / "followup" / "group"
TODAY = dt.date(2027, 6, 15)


def members(*names: str) -> list[group.Member]:
    found = []
    for name in names:
        plan = load_plan(str(FOLDER / f"{name}-2027.yaml"))
        assert plan.header is not None and plan.header.id is not None
        found.append(group.Member(plan.header.id, name, plan))
    return found


def test_children_are_indented_under_their_parent_and_rolled_up() -> None:
    g = group.build(members("test", "soc", "kommunen"), TODAY, 15)
    assert [(r.member.id, r.depth, r.children) for r in g.rows] == [
        ("kommunen", 0, 2), ("test", 1, 0), ("soc", 1, 0)]  # fmt: skip
    kommunen, test, soc = (r for r in g.rows)
    # test: 10 activities, A1 done, A2 overdue, A5 behind, A4 delayed (tests/test_status.py)
    assert (test.own.activities, test.own.done, test.own.overdue, test.own.behind,
            test.own.delayed) == (10, 1, 1, 1, 1)  # fmt: skip
    # soc: S1 ended 2027-05-31 at 40 %: overdue. kommunen: K1 done; K2
    # (2027-03-01..08-31) is at 20 % with 58 % of its time gone: behind.
    assert (soc.own.overdue, kommunen.own.done, kommunen.own.behind) == (1, 1, 1)
    total = kommunen.total
    assert (total.activities, total.done, total.overdue, total.behind) == (13, 2, 2, 2)
    assert (total.money, total.hours) == (170000 + 200000 + 150000, 250 + 300 + 280)
    assert (total.spent_money, total.spent_hours) == (95000 + 90000, 110)
    # Budgets add up where they are given: soc gives no hours.
    assert (total.budget_money, total.budget_hours) == (300000 + 300000 + 500000, 500 + 800)


def test_a_parent_outside_the_group_makes_a_root() -> None:
    g = group.build(members("test", "soc"), TODAY, 15)
    assert [(r.member.id, r.depth) for r in g.rows] == [("test", 0), ("soc", 0)]


def test_a_parent_cycle_shows_each_plan_once() -> None:
    a, b = members("test", "soc")
    assert a.plan.header is not None and b.plan.header is not None
    a.plan.header.parent, b.plan.header.parent = "soc", "test"
    g = group.build([a, b], TODAY, 15)
    assert sorted(r.member.id for r in g.rows) == ["soc", "test"]


def test_serious_gaps_first_and_whether_addressed() -> None:
    g = group.build(members("kommunen", "soc"), TODAY, 15)
    assert [(x.plan, x.id, x.severity, x.addressed) for x in g.gaps] == [
        ("soc", "G-1", "serious", False), ("soc", "G-2", "significant", True)]  # fmt: skip


def test_controls_uncovered_and_shared() -> None:
    g = group.build(members("kommunen", "soc"), TODAY, 15)
    assert g.catalog == "iso27001-2022"
    assert g.shared == {"6.3": ["kommunen", "soc"]}  # 5.1 is kommunen's only, 5.15 soc's
    assert "5.1" not in g.uncovered and "5.15" not in g.uncovered and "8.8" in g.uncovered
    assert len(g.uncovered) == 93 - 3
    assert g.uncovered[:3] == ["5.2", "5.3", "5.4"]  # in the catalogue's order
