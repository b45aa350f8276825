"""The plan as a whole: budget, status and progress, and whether it is decided."""

from __future__ import annotations

import math
from collections.abc import Iterator

from handlingsplan.checks.base import Context, subject
from handlingsplan.diagnostics import Diagnostic, make
from handlingsplan.model import Plan, counted_cost


def over_budget(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP501 over-budget: the planned cost exceeds the budget less the contingency.

    Money and hours of activities that are not cancelled or postponed are summed and
    compared with `plan.budget` less the `contingency` share (the same share for hours).
    `running` costs are yearly costs after the period and are not counted. Fix: cut or
    postpone activities, or ask for a larger budget.
    """
    header = plan.header
    if header is None or header.budget is None:
        return
    if plan.unread["activities"] & {"*", "cost", "status"}:
        return  # an activity whose cost failed the schema is missing from the sum
    keep = 1.0 - (header.contingency or 0.0)
    money, hours, _running = counted_cost(a for _, a in plan.activities)
    for unit, planned, budget in (
        ("money", money, header.budget.money),
        ("hours", hours, header.budget.hours),
    ):
        if budget is not None and math.isfinite(planned) and planned > budget * keep + 1e-6:
            yield make("HP501", ("plan", "budget"), f"HP501.{unit}", planned=planned,
                       limit=budget * keep, budget=budget,
                       currency=header.currency)  # fmt: skip


def status_progress(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP502 status-progress: status and progress disagree.

    A `done` activity should have progress 100 (or none), and a `planned` one progress 0
    (or none). Fix whichever is out of date.
    """
    for index, activity in plan.activities:
        progress = activity.progress
        if progress is None:
            continue
        if (activity.status == "done" and progress < 100) or (
            activity.status == "planned" and progress > 0
        ):
            yield make("HP502", ("activities", index, "progress"), status=activity.status,
                       progress=f"{progress:g}", who=subject("activities", activity))  # fmt: skip


def draft(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP503 draft: the plan has no `decision`: it is a draft.

    A plan is decided (fastställd) when management adopts it; record that in
    `plan.decision` (by, date, reference). This is information,
    never an error, even with --strict.
    """
    if plan.header is not None and plan.header.decision is None:
        yield make("HP503", ("plan",), at_key=True)
