"""Pure: two versions of a plan -> the list of what changed, for `hplan diff`.

Items are matched by id. An activity of NEW whose `carried_from` names OLD's period (its
start) is *carried* from the activity it names, whose other changes (dates a year on)
are then not listed. An id that moves between `activities` and `backlog` is reported as
moved, not as removed and added. No I/O, no words: the renderer says it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from handlingsplan.model import Activity, BacklogItem, Decision, Plan

ACTIVITY = "activity"
BACKLOG = "backlog"
GOAL = "goal"
GAP = "gap"
PLAN = "plan"
# Fields that hold sets of ids: a change lists what was added and removed.
SETS = ("goals", "controls", "gaps", "depends_on", "requirements")


@dataclass(frozen=True)
class Change:
    """One difference. `kind` is added, removed, carried, to_backlog, from_backlog or
    changed; `field` names what changed (start, end, money, hours, responsible,
    priority, status, name, goals, controls, gaps, depends_on, requirements; for a gap
    severity, status, control; for the plan budget_money, budget_hours, period,
    decision, revision). Dates moved carry `days`; set fields (SETS) carry `added` and
    `removed`."""

    section: str
    kind: str
    id: str = ""
    name: str = ""
    field: str = ""
    old: Any = None
    new: Any = None
    days: int | None = None
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()


@dataclass
class PlanDiff:
    changes: list[Change] = field(default_factory=list)

    @property
    def same(self) -> bool:
        return not self.changes

    def count(self, section: str, kind: str) -> int:
        return sum(c.section == section and c.kind == kind for c in self.changes)

    def changed_items(self, section: str) -> int:
        return len({c.id for c in self.changes if c.section == section and c.kind == "changed"})


def diff(old: Plan, new: Plan) -> PlanDiff:
    return PlanDiff([*_header(old, new), *_activities(old, new), *_goals(old, new),
                     *_backlog(old, new), *_gaps(old, new)])  # fmt: skip


def _header(old: Plan, new: Plan) -> Iterator[Change]:
    a, b = old.header, new.header
    if a is None or b is None:
        return
    if (a.period.start, a.period.end) != (b.period.start, b.period.end):
        yield Change(PLAN, "changed", field="period", old=a.period, new=b.period)
    yield from _decision(a.decision, b.decision)
    for revision in b.revisions[len(a.revisions) :]:
        yield Change(PLAN, "added", field="revision", new=revision)
    for part in ("money", "hours"):
        before = getattr(a.budget, part) if a.budget else None
        after = getattr(b.budget, part) if b.budget else None
        if before != after:
            yield Change(PLAN, "changed", field=f"budget_{part}", old=before, new=after)
    if a.contingency != b.contingency:
        yield Change(PLAN, "changed", field="contingency", old=a.contingency, new=b.contingency)


def _decision(old: Decision | None, new: Decision | None) -> Iterator[Change]:
    if old is None and new is not None:
        yield Change(PLAN, "added", field="decision", new=new)
    elif old is not None and new is None:
        yield Change(PLAN, "removed", field="decision", old=old)
    elif old is not None and new is not None and _decided(old) != _decided(new):
        yield Change(PLAN, "changed", field="decision", old=old, new=new)


def _decided(decision: Decision) -> tuple[object, ...]:
    return (decision.by, decision.date, decision.reference)


def _carried(old: Plan, new: Plan) -> dict[str, str]:
    """{new id: old id} for NEW's activities carried from OLD's period."""
    if old.header is None:
        return {}
    start = old.header.period.start
    olds = {a.id for _, a in old.activities}
    found: dict[str, str] = {}
    for _, activity in new.activities:
        for entry in activity.carried_from:
            if entry.period == start and entry.id in olds:
                found[activity.id] = entry.id
    return found


def _activities(old: Plan, new: Plan) -> Iterator[Change]:
    before = {a.id: a for _, a in old.activities}
    after = {a.id: a for _, a in new.activities}
    carried = _carried(old, new)
    gone_on = set(carried.values())
    backlog_before = {b.id for _, b in old.backlog}
    backlog_after = {b.id for _, b in new.backlog}
    for key, a in before.items():
        if key in after and key not in carried:
            yield from _activity(a, after[key])
        elif key in backlog_after:
            yield Change(ACTIVITY, "to_backlog", key, a.name)
        elif key not in gone_on and key not in after:
            yield Change(ACTIVITY, "removed", key, a.name)
    for key, b in after.items():
        if key in carried:
            yield Change(ACTIVITY, "carried", key, b.name, old=carried[key])
        elif key in backlog_before:
            yield Change(ACTIVITY, "from_backlog", key, b.name)
        elif key not in before:
            yield Change(ACTIVITY, "added", key, b.name, new=_summary(b))


def _summary(a: Activity) -> dict[str, Any]:
    """What a reader needs of an added activity: who, when, what it costs."""
    cost = a.cost
    return {"responsible": a.responsible, "start": a.start, "end": a.end,
            "priority": a.priority, "money": cost.money if cost else None,
            "hours": cost.hours if cost else None}  # fmt: skip


def _activity(a: Activity, b: Activity) -> Iterator[Change]:
    def changed(name: str, old: Any, new: Any, days: int | None = None) -> Change:
        return Change(ACTIVITY, "changed", b.id, b.name, name, old, new, days)

    if a.name != b.name:
        yield changed("name", a.name, b.name)
    for part in ("start", "end"):
        x, y = getattr(a, part), getattr(b, part)
        if x != y:
            yield changed(part, x, y, _days(x, y))
    for part in ("money", "hours"):
        x = getattr(a.cost, part) if a.cost else None
        y = getattr(b.cost, part) if b.cost else None
        if x != y:
            yield changed(part, x, y)
    for part in ("responsible", "priority", "status"):
        if getattr(a, part) != getattr(b, part):
            yield changed(part, getattr(a, part), getattr(b, part))
    yield from _sets(ACTIVITY, b.id, b.name, SETS, a, b)


def _sets(section: str, key: str, name: str, parts: tuple[str, ...],
          a: Activity | BacklogItem, b: Activity | BacklogItem) -> Iterator[Change]:  # fmt: skip
    for part in parts:
        x, y = _ids(getattr(a, part)), _ids(getattr(b, part))
        if x != y:
            added = tuple(i for i in getattr(b, part) if _norm(i) not in x)
            removed = tuple(i for i in getattr(a, part) if _norm(i) not in y)
            yield Change(section, "changed", key, name, part, added=added, removed=removed)


def _norm(value: str) -> str:
    """A control id with or without the `A.` prefix names the same control."""
    return value[2:] if value.startswith("A.") else value


def _ids(values: list[str]) -> set[str]:
    return {_norm(v) for v in values}


def _days(old: dt.date, new: dt.date) -> int:
    return (new - old).days


def _goals(old: Plan, new: Plan) -> Iterator[Change]:
    before = {g.id: g for _, g in old.goals}
    after = {g.id: g for _, g in new.goals}
    yield from _ends(GOAL, before, after, lambda goal: goal.title)


def _backlog(old: Plan, new: Plan) -> Iterator[Change]:
    """Backlog items added or removed; one that moved to or from the activities is
    reported there (to_backlog, from_backlog), not here."""
    before = {b.id: b for _, b in old.backlog if b.id not in {a.id for _, a in new.activities}}
    after = {b.id: b for _, b in new.backlog if b.id not in {a.id for _, a in old.activities}}
    yield from _ends(BACKLOG, before, after, lambda item: item.name)


def _gaps(old: Plan, new: Plan) -> Iterator[Change]:
    """The gap register: gaps added or removed, and a gap's control, severity or status
    changed (a gap closed or accepted is a decision management wants to see)."""
    before = {g.id: g for _, g in old.gaps}
    after = {g.id: g for _, g in new.gaps}
    yield from _ends(GAP, before, after, lambda gap: gap.control, lambda gap: gap.severity)
    for key, b in after.items():
        a = before.get(key)
        for part in ("control", "severity", "status") if a is not None else ():
            x, y = getattr(a, part), getattr(b, part)
            if (_norm(x) if part == "control" else x) != (_norm(y) if part == "control" else y):
                yield Change(GAP, "changed", key, b.control, part, x, y)


def _ends(section: str, before: dict[str, Any], after: dict[str, Any],
          name: Callable[[Any], str], new: Callable[[Any], Any] | None = None) -> Iterator[Change]:  # fmt: skip
    """Items of `before` that `after` lacks (removed), then the other way (added), each
    in its own plan's order; `new` says what an added item's Change carries."""
    for key, item in before.items():
        if key not in after:
            yield Change(section, "removed", key, name(item))
    for key, item in after.items():
        if key not in before:
            yield Change(section, "added", key, name(item), new=new(item) if new else None)
