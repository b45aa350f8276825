"""The group view: several plans as one organisation sees them (kommun -> nämnd ->
förvaltning), following `plan.parent`.

Pure. Each plan gets its own figures on the day of follow-up; a plan's row rolls up its
own and all its descendants'. Then the serious and significant open gaps of the whole
group, the controls of the shared catalogue that no plan covers, and, as information and
never as a fault, the controls several plans cover (every administration trains its own
staff). Linear in the plans' size.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from handlingsplan import catalog as cat
from handlingsplan import followup
from handlingsplan.filters import natural
from handlingsplan.model import Plan, counted_cost

SEVERE = ("serious", "significant")


@dataclass
class Figures:
    activities: int = 0
    done: int = 0
    overdue: int = 0
    behind: int = 0
    delayed: int = 0
    money: float = 0.0
    hours: float = 0.0
    spent_money: float = 0.0
    spent_hours: float = 0.0
    budget_money: float | None = None
    budget_hours: float | None = None

    def add(self, other: Figures) -> None:
        for name in ("activities", "done", "overdue", "behind", "delayed", "money", "hours",
                     "spent_money", "spent_hours"):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("budget_money", "budget_hours"):
            mine, theirs = getattr(self, name), getattr(other, name)
            if theirs is not None:
                setattr(self, name, (mine or 0.0) + theirs)


@dataclass(frozen=True)
class Member:
    """A plan of the group: its id (plan.id or the file's), its file and its plan."""

    id: str
    path: str
    plan: Plan


@dataclass
class Row:
    member: Member
    depth: int
    own: Figures
    total: Figures  # own plus every descendant's
    children: int = 0


@dataclass(frozen=True)
class GapRow:
    plan: str
    id: str
    control: str
    severity: str
    addressed: bool


@dataclass
class Group:
    today: dt.date
    rows: list[Row]
    gaps: list[GapRow]
    catalog: str | None  # the catalogue all plans share, else None
    uncovered: list[str] = field(default_factory=list)
    shared: dict[str, list[str]] = field(default_factory=dict)  # control -> plan ids


def figures(plan: Plan, today: dt.date, tolerance: float) -> Figures:
    activities = [a for _, a in plan.activities]
    states = [followup.state(a, today, tolerance) for a in activities]
    money, hours, _ = counted_cost(activities)
    spent = [a.spent for a in activities if a.spent is not None]
    budget = plan.header.budget if plan.header is not None else None
    return Figures(
        activities=len(activities), done=states.count("done"),
        overdue=states.count("overdue"), behind=states.count("behind"),
        delayed=states.count("delayed"), money=money, hours=hours,
        spent_money=sum(s.money or 0.0 for s in spent),
        spent_hours=sum(s.hours or 0.0 for s in spent),
        budget_money=budget.money if budget is not None else None,
        budget_hours=budget.hours if budget is not None else None,
    )  # fmt: skip


def build(members: Sequence[Member], today: dt.date, tolerance: float) -> Group:
    own = {m.id: figures(m.plan, today, tolerance) for m in members}
    rows = list(_tree(members, own))
    return Group(today, rows, list(_gaps(members)), _shared_catalog(members),
                 *_coverage(members))  # fmt: skip


def _tree(members: Sequence[Member], own: dict[str, Figures]) -> Iterator[Row]:
    """Depth first from the plans whose parent is not in the group, children in the
    order given. A parent cycle (a -> b -> a) cannot hang it: each plan is shown once,
    and plans only reachable through a cycle are shown as roots."""
    ids = {m.id for m in members}
    children: dict[str, list[Member]] = {}
    for m in members:
        parent = m.plan.header.parent if m.plan.header is not None else None
        if parent in ids and parent != m.id:
            children.setdefault(parent, []).append(m)
    seen: set[str] = set()
    roots = [m for m in members if _parent(m) not in ids or _parent(m) == m.id]
    for start in [*roots, *members]:  # the second pass picks up cycles
        if start.id not in seen:
            yield from _walk(start, 0, children, own, seen)


def _parent(m: Member) -> str | None:
    return m.plan.header.parent if m.plan.header is not None else None


def _walk(m: Member, depth: int, children: dict[str, list[Member]], own: dict[str, Figures],
          seen: set[str]) -> Iterator[Row]:  # fmt: skip
    seen.add(m.id)
    row = Row(m, depth, own[m.id], Figures())
    row.total.add(own[m.id])
    yield row
    below: list[Row] = []
    for child in children.get(m.id, []):
        if child.id not in seen:
            below.extend(_walk(child, depth + 1, children, own, seen))
    for r in below:
        if r.depth == depth + 1:
            row.total.add(r.total)
            row.children += 1
    yield from below


def _gaps(members: Sequence[Member]) -> Iterator[GapRow]:
    """Open serious and significant gaps, worst first, and whether anything in their
    plan addresses them (an activity that is not cancelled, or a backlog item)."""
    found = []
    for m in members:
        addressed = {g for _, a in m.plan.activities if a.status != "cancelled" for g in a.gaps}
        addressed |= {g for _, b in m.plan.backlog for g in b.gaps}
        for _, gap in m.plan.gaps:
            if gap.status == "open" and gap.severity in SEVERE:
                found.append(GapRow(m.id, gap.id, gap.control, gap.severity, gap.id in addressed))
    yield from sorted(found, key=lambda g: SEVERE.index(g.severity))


def _shared_catalog(members: Sequence[Member]) -> str | None:
    names = {m.plan.header.catalog for m in members if m.plan.header is not None}
    return names.pop() if len(names) == 1 else None


def _coverage(members: Sequence[Member]) -> tuple[list[str], dict[str, list[str]]]:
    """(the shared built-in catalogue's controls no plan's activity covers, the controls
    several plans cover). A control counts as covered by an activity that is not
    cancelled or postponed. Without one shared built-in catalogue there is no list of
    what should be covered."""
    by_control: dict[str, list[str]] = {}
    for m in members:
        written = (c for _, a in m.plan.activities if a.counted for c in a.controls)
        for control in {cat.normalise(c) for c in written}:
            by_control.setdefault(control, []).append(m.id)
    shared = {c: ids for c, ids in sorted(by_control.items(), key=lambda kv: natural(kv[0]))
              if len(ids) > 1}  # fmt: skip
    name = _shared_catalog(members)
    if name not in cat.EDITIONS:
        return [], shared
    ids = sorted(cat.builtin(name).ids, key=natural)
    return [c for c in ids if c not in by_control], shared
