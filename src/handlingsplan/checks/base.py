"""What every check gets besides the plan: lookups built once, and a way to name lines.

Checks are pure functions `check(plan, ctx) -> Iterator[Diagnostic]`. They never see YAML
nodes; when a message must name another line (the earlier duplicate, each edge of a
cycle) they ask `ctx.line_of(loc)`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from handlingsplan.catalog import Catalog
from handlingsplan.diagnostics import Diagnostic, Loc
from handlingsplan.model import Activity, ActivityFields, Plan


class Check(Protocol):
    __name__: str
    __doc__: str | None

    def __call__(self, plan: Plan, ctx: Context) -> Iterator[Diagnostic]: ...


@dataclass
class Context:
    plan: Plan
    line_of: Callable[[Loc], int] = lambda loc: 0
    catalog: Catalog | None = None
    catalog_problem: Diagnostic | None = None
    activities: dict[str, tuple[int, Activity]] = field(default_factory=dict)
    backlog_ids: set[str] = field(default_factory=set)
    goal_ids: set[str] = field(default_factory=set)
    gap_ids: set[str] = field(default_factory=set)
    # Activity and backlog ids used more than once (HP104): what depends on them is
    # ambiguous, so the dependency checks leave those ids out and check the rest.
    duplicated: set[str] = field(default_factory=set)
    # Activity id -> number of its dependency cycle, set by HP202 (which runs before HP302).
    cycle_of: dict[str, int] = field(default_factory=dict)
    # The day of follow-up (`validate --today`): HP6xx run only when it is given.
    today: dt.date | None = None

    @classmethod
    def build(cls, plan: Plan, **kwargs: Any) -> Context:
        ctx = cls(plan, **kwargs)
        for index, activity in plan.activities:
            ctx.activities.setdefault(activity.id, (index, activity))
        ctx.backlog_ids = {item.id for _, item in plan.backlog}
        ctx.goal_ids = {goal.id for _, goal in plan.goals}
        ctx.gap_ids = {gap.id for _, gap in plan.gaps}
        return ctx


def items(plan: Plan) -> Iterator[tuple[str, int, ActivityFields]]:
    """Activities and backlog items with their section and index, in file order,
    including what is sound of items that failed the schema (for reference checks)."""
    for index, activity in plan.activities:
        yield "activities", index, activity
    for index, item in plan.backlog:
        yield "backlog", index, item
    yield from plan.partial


def activity_refs(plan: Plan) -> Iterator[tuple[int, ActivityFields]]:
    """Activities, whole or partial, for checks that look only at `depends_on`."""
    yield from plan.activities
    yield from ((index, item) for section, index, item in plan.partial if section == "activities")


def who(kind: str, item_id: str) -> dict[str, str]:
    """The message prefix arguments (`make(..., who=...)`): kind is activity, backlog,
    goal, gap or person, and the renderer writes "activity A2: ..." in the reader's
    language."""
    return {"_kind": kind, "_item": item_id}


def subject(section: str, item: ActivityFields) -> dict[str, str]:
    """who() for an activity or backlog item, from the section it stands in."""
    return who("activity" if section == "activities" else "backlog", item.id)
