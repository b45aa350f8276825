"""People's load: planned hours per calendar month against what each person has."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from handlingsplan.checks.base import Context, who
from handlingsplan.diagnostics import Diagnostic, make
from handlingsplan.model import Activity, Plan

SHOWN = 12  # months named in one message; a longer list ends with a count


def weekdays(first: dt.date, last: dt.date) -> int:
    """Monday-Friday days in [first, last], in constant time."""
    if last < first:
        return 0
    days = (last - first).days + 1
    full_weeks, rest = divmod(days, 7)
    start = first.weekday()
    return full_weeks * 5 + sum(1 for i in range(rest) if (start + i) % 7 < 5)


def _index(day: dt.date) -> int:
    """Months since year 0, so that month arithmetic is integer arithmetic."""
    return day.year * 12 + day.month - 1


def _month(index: int) -> tuple[dt.date, dt.date]:
    """The first and last day of month `index`."""
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, 1), dt.date(
        year, month + 1, calendar.monthrange(year, month + 1)[1]
    )


def hours_by_person(activity: Activity) -> dict[str, float]:
    """`effort` when present; else all of `cost.hours` to the responsible."""
    if activity.effort:
        return dict(activity.effort)
    hours = activity.cost.hours if activity.cost else None
    return {activity.responsible: hours} if hours else {}


@dataclass
class Load:
    """One person's hours by month, kept so that a long activity costs O(1), not O(months):
    its first and last months are added directly, the months between as a rate per
    weekday that starts and stops (a difference array swept once)."""

    direct: dict[int, float] = field(default_factory=lambda: defaultdict(float))
    rate_change: dict[int, float] = field(default_factory=lambda: defaultdict(float))

    def add(self, first: dt.date, last: dt.date, hours: float) -> None:
        days = weekdays(first, last)
        # An activity only on a weekend spreads its hours over its calendar days.
        unit = (lambda a, b: weekdays(a, b)) if days else (lambda a, b: (b - a).days + 1)
        rate = hours / (days or (last - first).days + 1)
        m0, m1 = _index(first), _index(last)
        if m0 == m1:
            self.direct[m0] += hours
            return
        self.direct[m0] += rate * unit(first, _month(m0)[1])
        self.direct[m1] += rate * unit(_month(m1)[0], last)
        if m1 - m0 > 1:
            self.rate_change[m0 + 1] += rate
            self.rate_change[m1] -= rate

    def over(self, limit: float) -> Iterator[tuple[int, float]]:
        """The months whose hours exceed `limit`, in order; a stretch whose rate cannot
        exceed it even in a month of 23 weekdays is skipped without being walked."""
        marks = sorted(set(self.direct) | set(self.rate_change))
        if not marks:
            return
        rate = 0.0
        for here, following in zip(marks, [*marks[1:], marks[-1] + 1], strict=True):
            rate += self.rate_change.get(here, 0.0)
            hours = self.direct.get(here, 0.0) + rate * weekdays(*_month(here))
            if hours > limit + 1e-9:
                yield here, hours
            if rate * 23 > limit + 1e-9:
                for index in range(here + 1, following):
                    if rate * weekdays(*_month(index)) > limit + 1e-9:
                        yield index, rate * weekdays(*_month(index))


def _hours(hours: float, limit: float) -> str:
    """Whole hours, or one decimal where whole hours would not show the excess (20.4
    against 20). The renderer writes the decimal point as the reader's language does."""
    whole = f"{hours:.0f}"
    return whole if float(whole) > limit else f"{hours:.1f}"


def monthly_load(plan: Plan) -> dict[str, Load]:
    load: dict[str, Load] = defaultdict(Load)
    for _, activity in plan.activities:
        if not activity.counted or activity.end < activity.start:
            continue
        for name, hours in hours_by_person(activity).items():
            load[name].add(activity.start, activity.end, hours)
    return load


def overload(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP304 overload: a person's planned hours exceed `hours_per_month` in some month.

    Each activity's hours go to the people in its `effort` (else all of `cost.hours` to
    the responsible), spread evenly over its weekdays and summed per calendar month;
    cancelled and postponed activities do not count. The diagnostic points at the person
    and names the months over. Fix: move work, share it, or give the person more time.
    """
    if not plan.people:
        return
    load = monthly_load(plan)
    for name, person in plan.people.items():
        limit = person.hours_per_month
        if limit is None or name not in load:
            continue
        over = list(load[name].over(limit))
        if over:
            months = ", ".join(
                f"{i // 12:04d}-{i % 12 + 1:02d}: {_hours(h, limit)} h" for i, h in over[:SHOWN]
            )
            if len(over) > SHOWN:
                months += f", … (+{len(over) - SHOWN})"
            yield make("HP304", ("people", name), at_key=True, who=who("person", name),
                       months=months, limit=f"{limit:g}")  # fmt: skip
