"""Follow-up on a given day (HP601-HP604): reported only when `validate --today DATE`
names the day, so that a CI run stays deterministic. The states come from followup.py,
the one notion of "as of a date" that `hplan status` and `hplan report` share."""

from __future__ import annotations

from collections.abc import Iterator

from handlingsplan import followup
from handlingsplan.checks.base import Context, subject
from handlingsplan.diagnostics import Diagnostic, make
from handlingsplan.model import Plan


def overdue(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP601 overdue: the activity's end (or its later `forecast_end`) has passed and it
    is not done.

    Only with `--today`. Cancelled and postponed activities are not reported. The
    diagnostic points at `forecast_end` when that is the later date, else at `end`. Fix:
    record what happened: `status: done` with `completed`, a new `forecast_end`, or a
    decision to postpone or cancel it.
    """
    if ctx.today is None:
        return
    for index, activity in plan.activities:
        if followup.state(activity, ctx.today) == "overdue":
            last = followup.expected_end(activity)
            field = "end" if last == activity.end else "forecast_end"
            days = (ctx.today - last).days
            yield make("HP601", ("activities", index, field), _one("HP601", days),
                       date=last.isoformat(), today=ctx.today.isoformat(), days=days,
                       who=subject("activities", activity))  # fmt: skip


def late_start(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP602 late-start: the start date has passed and the activity is still `planned`.

    Only with `--today`. Fix: set `status: in_progress` (with its progress) if work has
    begun, or decide a new start with whoever adopted the plan.
    """
    if ctx.today is None:
        return
    for index, activity in plan.activities:
        if followup.state(activity, ctx.today) == "late_start":
            days = (ctx.today - activity.start).days
            yield make("HP602", ("activities", index, "start"), _one("HP602", days),
                       date=activity.start.isoformat(), days=days,
                       who=subject("activities", activity))  # fmt: skip


def behind(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP603 behind: in progress, but its progress lags the share of its time that has
    passed by more than 15 points.

    Only with `--today`. The share of time is the part of start..end before the day of
    follow-up; a missing `progress` is 0. Fix: update `progress`, or record the expected
    end in `forecast_end`.
    """
    if ctx.today is None:
        return
    for index, activity in plan.activities:
        if followup.state(activity, ctx.today) == "behind":
            elapsed = followup.elapsed_share(activity, ctx.today)
            yield make("HP603", ("activities", index, "progress" if activity.progress
                                  is not None else "status"),
                       progress=f"{activity.progress or 0:g}", elapsed=f"{elapsed:.0f}",
                       who=subject("activities", activity))  # fmt: skip


def delayed_past_period(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP604 delayed-past-period: the `forecast_end` of an unfinished activity falls after
    the plan period's end.

    Only with `--today`. The work will not be done within the period management decided:
    a major deviation to report. Fix: take it to management: more resources, a narrower
    scope, or carrying the rest into next period's plan.
    """
    period = plan.period
    if ctx.today is None or period is None:
        return
    for index, activity in plan.activities:
        forecast = activity.forecast_end
        if (forecast is not None and forecast > period.end
                and activity.status not in ("done", "cancelled", "postponed")):  # fmt: skip
            yield make("HP604", ("activities", index, "forecast_end"), date=forecast.isoformat(),
                       limit=period.end.isoformat(),
                       who=subject("activities", activity))  # fmt: skip


def _one(code: str, days: int) -> str:
    """The message id: "1 day", not "1 days"."""
    return f"{code}.one" if days == 1 else code
