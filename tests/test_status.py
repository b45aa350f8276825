"""status.summarise on tests/cases/followup/status-plan.yaml, one activity in each state
on 2027-06-15; every figure below is worked out by hand from that file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from handlingsplan import filters, followup, load_plan, status
from handlingsplan.model import Plan

PLAN = Path(__file__).parent / "cases" / "followup" / "status-plan.yaml"
TODAY = dt.date(2027, 6, 15)


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load_plan(str(PLAN))


def summary(plan: Plan, today: dt.date = TODAY, horizon: int = 30) -> status.Summary:
    return status.summarise(plan, [a for _, a in plan.activities], today, horizon=horizon)


def test_each_activity_in_its_state(plan: Plan) -> None:
    s = summary(plan)
    states = {x.activity.id: x.state for x in s.standings}
    assert states == {"A1": "done", "A2": "overdue", "A3": "paused", "A4": "delayed",
                      "A5": "behind", "A6": "late_start", "A7": "on_track",
                      "A8": "not_started", "A9": "postponed", "A10": "cancelled"}  # fmt: skip
    assert s.counts == {state: 1 for state in followup.STATES}
    assert [x.activity.id for x in s.deviations()] == ["A2", "A5", "A6", "A3", "A4"]


def test_share_done_by_count_and_by_hours(plan: Plan) -> None:
    s = summary(plan)
    # Eight count (A9 postponed and A10 cancelled do not); A1 is done.
    assert (s.done, s.counted) == (1, 8)
    assert s.share_done == pytest.approx(12.5)
    # Hours of the counted: A1 100, A2 50, A3 40, A5 60; done: A1's 100.
    assert (s.hours_done, s.hours_counted) == (100, 250)
    assert s.share_done_hours == pytest.approx(40)


def test_goals_progress_is_hours_weighted(plan: Plan) -> None:
    goals = {g.id: g for g in summary(plan).goals}
    # M1: A1 done (100 h) and A2 at 20 % (50 h).
    assert goals["M1"].progress == pytest.approx((100 * 100 + 50 * 20) / 150)
    assert goals["M1"].activities == 2
    # M2: A3 30 % (40 h), A5 10 % (60 h); A4, A6, A7, A8 have no hours and weigh as the
    # mean, 50: (40*30 + 50*10 + 60*10 + 50*0 + 50*60 + 50*0) / 300.
    assert goals["M2"].progress == pytest.approx(5300 / 300)
    assert goals["M2"].activities == 6


def test_money_and_hours_planned_spent_and_budget(plan: Plan) -> None:
    m = summary(plan).money
    assert (m.planned_money, m.planned_hours) == (170000, 250)  # A1 + A2 + A4; A9 postponed
    assert (m.spent_money, m.spent_hours) == (95000, 110)  # cancelled A10's 5 000 was spent
    assert (m.budget_money, m.budget_hours, m.contingency) == (300000, 500, 0.1)
    assert m.currency == "SEK"


def test_spent_is_none_when_no_activity_records_it(plan: Plan) -> None:
    shown = [a for _, a in plan.activities if a.id in ("A2", "A3")]
    m = status.summarise(plan, shown, TODAY).money
    assert (m.spent_money, m.spent_hours) == (None, None)


def test_next_checkpoint_and_what_is_due(plan: Plan) -> None:
    s = summary(plan)
    assert s.checkpoint == dt.date(2027, 6, 30)
    assert [x.activity.id for x in s.due] == ["A7"]  # A2 is already overdue
    assert summary(plan, dt.date(2027, 6, 30)).checkpoint == dt.date(2027, 6, 30)
    assert summary(plan, dt.date(2027, 10, 1)).checkpoint is None


def test_what_starts_and_ends_within_the_horizon(plan: Plan) -> None:
    s = summary(plan)
    assert [x.activity.id for x in s.starting] == ["A8"]
    assert [x.activity.id for x in s.ending] == ["A7", "A8"]
    narrow = summary(plan, horizon=15)
    assert ([x.activity.id for x in narrow.starting], [x.activity.id for x in narrow.ending]) == (
        [],
        ["A7"],
    )


def test_a_filter_changes_every_figure(plan: Plan) -> None:
    kept = filters.apply(filters.Filters(responsible=frozenset({"per ek"})),
                         [a for _, a in plan.activities])  # fmt: skip
    s = status.summarise(plan, kept, TODAY)
    assert [x.activity.id for x in s.standings] == ["A3", "A4", "A6", "A9", "A10"]
    assert (s.done, s.counted) == (0, 3)
    assert s.money.planned_money == 20000
