"""References between parts of the plan: dependencies, goals, people and gaps."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from handlingsplan.checks.base import Context, activity_refs, items, subject
from handlingsplan.diagnostics import Diagnostic, make
from handlingsplan.model import Plan


class Names:
    """Known names, and the one a misspelt reference most likely meant: the same name in
    another case (`a2` for A2, `karin ström` for Karin Ström), found in O(1)."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = set(names)
        self.folded = {name.casefold(): name for name in self.names}

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def suggest(self, name: str) -> dict[str, Any]:
        """make() arguments for a "did you mean" hint, or none."""
        meant = self.folded.get(name.casefold())
        return {"hint_id": "hint.suggest", "suggestion": meant} if meant else {}


def _local(ref: str) -> bool:
    """`it:A2` names an activity of another plan, which a single-plan run cannot check."""
    return ":" not in ref


def unknown_dependency(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP201 unknown-dependency: `depends_on` names no activity of this plan.

    The id is neither an activity nor a backlog item (depending on a backlog item is
    HP205). To name an activity of another plan, write `plan-id:activity`. Fix the
    spelling, or remove the dependency.
    """
    known = Names(ctx.activities.keys() | ctx.backlog_ids | plan.broken_ids)
    for section, index, item in items(plan):
        for n, ref in enumerate(item.depends_on):
            if _local(ref) and ref not in known:
                yield make("HP201", (section, index, "depends_on", n), ref=ref,
                           who=subject(section, item), **known.suggest(ref))  # fmt: skip


def depends_on_backlog(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP205 depends-on-backlog: an activity waits for a backlog item.

    Backlog items are not done this period, so an activity that depends on one can never
    start. Fix: take the backlog item into the plan as an activity, or drop the dependency.
    """
    for index, activity in activity_refs(plan):
        for n, ref in enumerate(activity.depends_on):
            if ref in ctx.backlog_ids and ref not in ctx.activities:
                yield make("HP205", ("activities", index, "depends_on", n), ref=ref,
                           who=subject("activities", activity))  # fmt: skip


def depends_on_cancelled(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP206 depends-on-cancelled: an activity waits for a cancelled activity.

    A cancelled activity will never end, so the dependency is either obsolete or the
    dependent activity needs a new plan. Fix: remove the dependency, or replace it.
    """
    for index, activity in activity_refs(plan):
        for n, ref in enumerate(activity.depends_on):
            pred = ctx.activities.get(ref)
            if pred is not None and pred[1].status == "cancelled":
                yield make("HP206", ("activities", index, "depends_on", n), ref=ref,
                           who=subject("activities", activity))  # fmt: skip


def unknown_goal(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP203 unknown-goal: `goals` names a goal that is not in the plan's `goals` list.

    Fix the id, or add the goal to `goals`.
    """
    yield from _unknown_ids(plan, "HP203", "goals", ctx.goal_ids | plan.broken_ids)


def unknown_person(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP204 unknown-person: `responsible` or an `effort` name is not in `people`.

    Checked only when the plan has a `people` register. Names must match exactly,
    spaces and case included. Fix the spelling, or add the person to `people`.
    """
    if not plan.has_people:
        return
    people = Names(plan.person_names)
    for section, index, item in items(plan):
        if item.responsible is not None and item.responsible not in people:
            yield make("HP204", (section, index, "responsible"), name=item.responsible,
                       who=subject(section, item), **people.suggest(item.responsible))  # fmt: skip
        for name in item.effort:
            if name not in people:
                yield make("HP204", (section, index, "effort", name), at_key=True, name=name,
                           who=subject(section, item), **people.suggest(name))  # fmt: skip


def unknown_gap(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP207 unknown-gap: `gaps` names a gap that is not in the gap register.

    Checked only when the plan has a `gaps` register. Fix the id, or add the gap.
    """
    if not plan.has_gaps:
        return
    yield from _unknown_ids(plan, "HP207", "gaps", ctx.gap_ids | plan.broken_ids)


def _unknown_ids(
    plan: Plan, code: str, field: str, ids: set[str] | frozenset[str]
) -> Iterator[Diagnostic]:
    """`code` for each id in the list `field` of an activity or backlog item not in `ids`."""
    known = Names(ids)
    for section, index, item in items(plan):
        for n, ref in enumerate(getattr(item, field)):
            if ref not in known:
                yield make(code, (section, index, field, n), ref=ref,
                           who=subject(section, item), **known.suggest(ref))  # fmt: skip
