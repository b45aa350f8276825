"""Goals and the method's expectations of each activity."""

from __future__ import annotations

from collections.abc import Iterator

from handlingsplan.checks.base import Context, items, subject, who
from handlingsplan.diagnostics import Diagnostic, make
from handlingsplan.model import Plan

SERIOUS = frozenset({"significant", "serious"})


def no_goal(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP401 no-goal: an activity serves none of the plan's annual goals.

    The method derives activities from the gap analysis and the goals; an activity that
    serves no goal is hard to defend when the plan is decided. Fix: name the goals it
    serves in `goals`. Cancelled activities are not checked.
    """
    for index, activity in plan.activities:
        if not activity.goals and activity.status != "cancelled":
            yield make("HP401", ("activities", index), who=subject("activities", activity))


def goal_without_activity(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP402 goal-without-activity: no activity of this period works toward a goal.

    Only activities that are not cancelled or postponed count (also one with a schema
    error elsewhere, which is reported on its own). A goal nobody works on will not be
    met: add an activity, or move the goal to a later plan.
    """
    if plan.unread["activities"] & {"*", "goals", "status"}:
        return  # an item whose goals or status failed the schema may serve it: fix HP1xx first
    served = {g for s, _, a in items(plan) if s == "activities" and a.counted for g in a.goals}
    for index, goal in plan.goals:
        if goal.id not in served:
            yield make("HP402", ("goals", index), who=who("goal", goal.id))


def requirement_deferred(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP405 requirement-deferred: work that meets a legal requirement is not being done.

    Activities that meet legal or external requirements (`requirements`) must be done
    whatever the organisation's maturity. Reported when such an activity is postponed or
    cancelled, or stands only in the backlog. Fix: plan it this period, or record why not
    with `x-hplan-ignore: [HP405]` and a note.
    """
    for index, activity in plan.activities:
        if activity.requirements and not activity.counted:
            yield make("HP405", ("activities", index, "status"), "HP405.status",
                       status=activity.status, who=subject("activities", activity))  # fmt: skip
    for index, item in plan.backlog:
        if item.requirements:
            yield make("HP405", ("backlog", index, "requirements"), "HP405.backlog",
                       who=subject("backlog", item))  # fmt: skip


def carried_repeatedly(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP406 carried-repeatedly: an activity has been carried over from two or more plans.

    Work that slips year after year needs a decision: resources, a new scope, or
    cancellation. The history is in `carried_from`.
    """
    for index, activity in plan.activities:
        periods = {entry.period for entry in activity.carried_from}
        if len(periods) >= 2:
            yield make("HP406", ("activities", index, "carried_from"), times=len(periods),
                       who=subject("activities", activity))  # fmt: skip


def gap_unaddressed(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP407 gap-unaddressed: an open significant or serious gap has no activity.

    A gap is addressed by an activity that is not cancelled, or by a backlog item, that
    names it in `gaps`. Closed gaps and gaps whose risk is accepted are not reported.
    Fix: plan an activity, put one in the backlog, or record a risk acceptance.
    """
    if plan.unread["activities"] & {"*", "gaps", "status"} or plan.unread["backlog"] & {
        "*",
        "gaps",
    }:
        return  # an item whose gaps or status failed the schema may address it
    addressed = {
        g for s, _, a in items(plan) if s == "backlog" or a.status != "cancelled" for g in a.gaps
    }
    for index, gap in plan.gaps:
        if gap.status == "open" and gap.severity in SERIOUS and gap.id not in addressed:
            yield make("HP407", ("gaps", index), who=who("gap", gap.id),
                       severity=gap.severity)  # fmt: skip


def wish_list(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP408 wish-list: an activity has neither a cost nor resources.

    The method warns against a plan that is a wish list: each activity should say what it
    costs (`cost` money, hours or running cost above zero, or `effort`) or what it needs
    (`resources`). Cancelled activities are not checked.
    """
    for index, activity in plan.activities:
        cost = activity.cost
        has_cost = cost is not None and any((cost.money, cost.hours, cost.running))
        if activity.status != "cancelled" and not (
            has_cost or activity.effort or activity.resources
        ):
            yield make("HP408", ("activities", index), who=subject("activities", activity))
