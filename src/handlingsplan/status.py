"""Where a plan stands on a day: the figures `hplan status` and `hplan report` show.

Pure: a plan, the activities a filter kept, the day and two settings give a `Summary`.
Every figure is defined here once (plan-format.md, "Follow-up"):

- counts per state (followup.STATES);
- share done, by count and by planned hours, of the activities that count (not cancelled,
  not postponed);
- each goal's progress (followup.goal_progress, done = 100);
- money and hours planned (counted activities) against `spent` (every activity that
  says it: money spent on work later cancelled was still spent) and the budget;
- the next checkpoint on or after the day, and what is due by it;
- what starts or ends within the horizon.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from handlingsplan import followup
from handlingsplan.followup import Standing
from handlingsplan.model import Activity, Plan, counted_cost

UNFINISHED = ("planned", "in_progress", "paused")


@dataclass(frozen=True)
class GoalStanding:
    id: str
    title: str
    activities: int  # activities that serve it and count
    progress: float | None  # None: no activity counts


@dataclass(frozen=True)
class Money:
    """Planned against used, for money and hours; None where nothing is known."""

    planned_money: float
    planned_hours: float
    spent_money: float | None  # None: no activity records `spent.money`
    spent_hours: float | None
    budget_money: float | None
    budget_hours: float | None
    contingency: float
    currency: str


@dataclass(frozen=True)
class Summary:
    today: dt.date
    tolerance: float
    horizon: int
    standings: list[Standing]
    counts: dict[str, int]
    counted: int  # activities that count: not cancelled, not postponed
    done: int
    hours_counted: float
    hours_done: float
    goals: list[GoalStanding]
    money: Money
    checkpoint: dt.date | None  # the next one on or after today
    due: list[Standing] = field(default_factory=list)  # unfinished, ending by the checkpoint
    starting: list[Standing] = field(default_factory=list)  # within the horizon
    ending: list[Standing] = field(default_factory=list)

    @property
    def share_done(self) -> float | None:
        return 100.0 * self.done / self.counted if self.counted else None

    @property
    def share_done_hours(self) -> float | None:
        return 100.0 * self.hours_done / self.hours_counted if self.hours_counted else None

    def deviations(self) -> list[Standing]:
        """Overdue, behind, late start, paused and delayed, worst first, in plan order."""
        rank = {state: n for n, state in enumerate(followup.DEVIATIONS)}
        found = [s for s in self.standings if s.state in rank]
        return sorted(found, key=lambda s: rank[s.state])


def summarise(
    plan: Plan,
    shown: Sequence[Activity],
    today: dt.date,
    tolerance: float = followup.TOLERANCE,
    horizon: int = followup.HORIZON,
) -> Summary:
    standings = followup.standings(shown, today, tolerance)
    counts = {state: 0 for state in followup.STATES}
    for s in standings:
        counts[s.state] += 1
    counted = [a for a in shown if a.counted]
    done = [a for a in counted if a.status == "done"]
    checkpoint = next_checkpoint(plan, today)
    return Summary(
        today=today, tolerance=tolerance, horizon=horizon, standings=standings,
        counts=counts, counted=len(counted), done=len(done),
        hours_counted=sum(map(followup.hours_of, counted)),
        hours_done=sum(map(followup.hours_of, done)),
        goals=goals(plan, shown), money=money(plan, shown), checkpoint=checkpoint,
        due=[] if checkpoint is None else due_by(standings, today, checkpoint),
        starting=_within(standings, today, horizon, starts=True),
        ending=_within(standings, today, horizon, starts=False),
    )  # fmt: skip


def goals(plan: Plan, shown: Sequence[Activity]) -> list[GoalStanding]:
    serving: dict[str, list[Activity]] = {}
    for activity in shown:  # one pass over the activities, not one per goal
        for goal_id in dict.fromkeys(activity.goals):
            serving.setdefault(goal_id, []).append(activity)
    return [
        GoalStanding(goal.id, goal.title, sum(a.counted for a in serving.get(goal.id, [])),
                     followup.goal_progress(serving.get(goal.id, [])))
        for _, goal in plan.goals
    ]  # fmt: skip


def money(plan: Plan, shown: Sequence[Activity]) -> Money:
    planned_money, planned_hours, _ = counted_cost(shown)
    spent = [a.spent for a in shown if a.spent is not None]
    spent_money = [s.money for s in spent if s.money is not None]
    spent_hours = [s.hours for s in spent if s.hours is not None]
    header = plan.header
    budget = header.budget if header is not None else None
    return Money(
        planned_money=round(planned_money, 2), planned_hours=round(planned_hours, 2),
        spent_money=round(sum(spent_money), 2) if spent_money else None,
        spent_hours=round(sum(spent_hours), 2) if spent_hours else None,
        budget_money=budget.money if budget is not None else None,
        budget_hours=budget.hours if budget is not None else None,
        contingency=(header.contingency or 0.0) if header is not None else 0.0,
        currency=header.currency if header is not None else "SEK",
    )  # fmt: skip


def next_checkpoint(plan: Plan, today: dt.date) -> dt.date | None:
    ahead = [c for c in (plan.header.checkpoints if plan.header else []) if c >= today]
    return min(ahead) if ahead else None


def due_by(standings: list[Standing], today: dt.date, checkpoint: dt.date) -> list[Standing]:
    """Unfinished activities expected to end between today and the checkpoint."""
    return sorted(
        (s for s in standings
         if s.activity.status in UNFINISHED and today <= s.expected_end <= checkpoint),
        key=lambda s: s.expected_end,
    )  # fmt: skip


def _within(standings: list[Standing], today: dt.date, days: int, starts: bool) -> list[Standing]:
    """Activities that start (still planned) or end (unfinished) from today to today +
    `days`, by date."""
    last = today + dt.timedelta(days=days)

    def day(s: Standing) -> dt.date:
        return s.activity.start if starts else s.expected_end

    def wanted(s: Standing) -> bool:
        status = s.activity.status
        return status == "planned" if starts else status in UNFINISHED

    return sorted((s for s in standings if wanted(s) and today <= day(s) <= last), key=day)
