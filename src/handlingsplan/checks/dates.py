"""Dates: each activity's own span, and the plan period."""

from __future__ import annotations

from collections.abc import Iterator

from handlingsplan.checks.base import Context, items, subject
from handlingsplan.diagnostics import Diagnostic, make
from handlingsplan.model import Plan


def end_before_start(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP301 end-before-start: `end` is before `start`.

    Both dates are inclusive, so an activity of one day has start == end (a milestone).
    The plan's own `period` is checked too. Fix whichever date is wrong.
    """
    period = plan.period
    if period is not None and period.end < period.start:
        yield make("HP301", ("plan", "period", "end"), "HP301.period",
                   start=period.start.isoformat(), end=period.end.isoformat())  # fmt: skip
    for section, index, item in items(plan):
        if item.start is not None and item.end is not None and item.end < item.start:
            yield make("HP301", (section, index, "end"), start=item.start.isoformat(),
                       end=item.end.isoformat(), who=subject(section, item))  # fmt: skip


def outside_period(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP303 outside-period: an activity starts before or ends after the plan period.

    What management decides covers the period only. Work that runs on belongs partly in
    next period's plan: end it within the period, or split it. Backlog items are not
    checked.
    """
    period = plan.period
    if period is None or period.end < period.start:
        return  # no period, or a reversed one (HP301): nothing sensible to compare with
    for index, activity in plan.activities:
        if activity.start < period.start:
            yield make("HP303", ("activities", index, "start"), "HP303.start",
                       date=activity.start.isoformat(), limit=period.start.isoformat(),
                       who=subject("activities", activity))  # fmt: skip
        if activity.end > period.end:
            yield make("HP303", ("activities", index, "end"), "HP303.end",
                       date=activity.end.isoformat(), limit=period.end.isoformat(),
                       who=subject("activities", activity))  # fmt: skip
