"""People's load: planned hours per calendar month against what each person has."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

from handlingsplan.checks.base import Context
from handlingsplan.diagnostics import Diagnostic, make
from handlingsplan.model import Activity, Plan

Month = tuple[int, int]


def weekdays(first: dt.date, last: dt.date) -> int:
    """Monday-Friday days in [first, last], in constant time."""
    if last < first:
        return 0
    days = (last - first).days + 1
    full_weeks, rest = divmod(days, 7)
    start = first.weekday()
    return full_weeks * 5 + sum(1 for i in range(rest) if (start + i) % 7 < 5)


def _month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def month_shares(first: dt.date, last: dt.date) -> Iterator[tuple[Month, float]]:
    """Each calendar month's share of the weekdays in [first, last]; calendar days when
    the span has no weekday (an activity that falls only on a weekend)."""
    total = weekdays(first, last)
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        lo = max(first, dt.date(year, month, 1))
        hi = min(last, _month_end(year, month))
        part = weekdays(lo, hi) if total else (hi - lo).days + 1
        yield (year, month), part / (total or (last - first).days + 1)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def hours_by_person(activity: Activity) -> dict[str, float]:
    """`effort` when present; else all of `cost.hours` to the responsible."""
    if activity.effort:
        return dict(activity.effort)
    hours = activity.cost.hours if activity.cost else None
    return {activity.responsible: hours} if hours else {}


def monthly_load(plan: Plan) -> dict[str, dict[Month, float]]:
    load: dict[str, dict[Month, float]] = defaultdict(lambda: defaultdict(float))
    for _, activity in plan.activities:
        if not activity.counted or activity.end < activity.start:
            continue
        people = hours_by_person(activity)
        for month, share in month_shares(activity.start, activity.end):
            for name, hours in people.items():
                load[name][month] += hours * share
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
        over = sorted((m, h) for m, h in load[name].items() if h > limit + 1e-9)
        if over:
            months = ", ".join(f"{y}-{m:02d}: {h:.0f} h" for (y, m), h in over)
            yield make("HP304", ("people", name), at_key=True, _kind="person", _item=name,
                       months=months, limit=f"{limit:g}")  # fmt: skip
