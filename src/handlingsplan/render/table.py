"""`hplan table`: the activities, the backlog or the goals of a plan, as a table.

`build` is pure: a plan and a `Spec` give a `Grid` of typed values (the columns of
render/columns.py, the totals, the goals' progress). render/table_draw.py puts a grid on a
terminal, or in SVG or HTML, with rich; render/table_export.py writes csv, markdown and json, and
holds the words both share (amounts, totals, the heading).

Totals count the shown activities that are not cancelled or postponed, as HP501 does;
under the table come the budget, the budget less the contingency share, what remains of
it (or the overrun) for the whole plan, and the running yearly costs, which are reported
beside the budget and never counted against it. A filter makes the totals say that they
are of the activities shown, and adds the whole plan's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from handlingsplan import filters as filtering
from handlingsplan.catalog import normalise
from handlingsplan.filters import Filters
from handlingsplan.followup import goal_progress
from handlingsplan.i18n import t
from handlingsplan.model import Activity, ActivityFields, Plan, counted_cost
from handlingsplan.render.columns import BY_KEY, COLUMNS, TERMINAL, Column, Value

MODES = ("activities", "backlog", "goals")


@dataclass
class Spec:
    fmt: str  # text | svg | html | csv | markdown | json
    lang: str
    width: int
    color: bool
    sort: str  # one of filters.SORTS
    filters: Filters
    mode: str  # one of MODES
    delimiter: str | None = None  # csv only; default ";" in Swedish, "," in English
    marking: str | None = None  # the classification marking, shown first
    banner: str | None = None  # the line about errors in the plan
    titles: dict[str, str] = field(default_factory=dict)  # control id -> title (licensed)


class _Extra(Column):
    """A column of the backlog or goal lists that activities do not have."""

    def header(self, lang: str) -> str:
        return t(f"table.column.{self.key}", lang)


def _nothing(item: ActivityFields) -> Value:
    return None


TARGET = _Extra("target", "text", lambda item: getattr(item, "target", None))
BACKLOG_TERMINAL = (*(BY_KEY[k] for k in ("id", "name", "priority")), TARGET,
                    *(BY_KEY[k] for k in ("money", "hours", "requirements")))  # fmt: skip
BACKLOG_ALL = (*COLUMNS, TARGET)
GOAL_COLUMNS = (BY_KEY["id"], _Extra("title", "text", _nothing),
                _Extra("activities", "list", _nothing),
                *(BY_KEY[k] for k in ("money", "hours", "progress")))  # fmt: skip

Row = dict[str, Value]


@dataclass(frozen=True)
class Amounts:
    money: float | None
    hours: float | None


@dataclass(frozen=True)
class Totals:
    """Money and hours of the activities that count (not cancelled, not postponed)."""

    shown: Amounts  # of the activities shown
    running: float  # yearly, once in place: beside the budget, never against it
    plan: Amounts  # of the whole plan, which the budget is for
    budget: Amounts | None
    contingency: float
    filtered: bool

    @property
    def available(self) -> Amounts | None:
        """The budget less the contingency share (the same share for hours)."""
        if self.budget is None:
            return None
        keep = 1.0 - self.contingency
        money, hours = (None if v is None else round(v * keep, 2) for v in self._budget())
        return Amounts(money, hours)

    @property
    def remaining(self) -> Amounts | None:
        """What the whole plan leaves of the available budget; negative: the overrun."""
        left = self.available
        if left is None:
            return None
        pairs = ((left.money, self.plan.money), (left.hours, self.plan.hours))
        money, hours = (None if a is None else round(a - (p or 0.0), 2) for a, p in pairs)
        return Amounts(money, hours)

    def _budget(self) -> tuple[float | None, float | None]:
        return (self.budget.money, self.budget.hours) if self.budget else (None, None)


@dataclass(frozen=True)
class GoalSummary:
    id: str  # "" for the activities that serve no goal of the plan
    title: str
    activities: tuple[Activity, ...]  # those shown, counted or not, in the sort order
    money: float
    hours: float
    progress: float | None  # None: no counted activity


@dataclass
class Grid:
    """What a view shows, before it is drawn: typed values, no words of a language yet."""

    mode: str
    every: tuple[Column, ...]  # the columns of csv and json
    terminal: tuple[Column, ...]  # the columns of the terminal and markdown
    rows: list[Row]
    total: int  # items in the plan before filtering (to tell "none" from "none match")
    totals: Totals | None = None
    goals: list[GoalSummary] = field(default_factory=list)


def build(plan: Plan, spec: Spec) -> Grid:
    """The rows of `spec.mode`, filtered and ordered, with their totals."""
    if spec.mode == "backlog":
        return _backlog(plan, spec)
    shown = filtering.ordered(filtering.apply(spec.filters, _items(plan)), spec.sort)
    if spec.mode == "goals":
        summaries = goal_summaries(plan, shown, spec.filters)
        rows = [_goal_row(s) for s in summaries]
        return Grid("goals", GOAL_COLUMNS, GOAL_COLUMNS, rows, len(plan.goals), goals=summaries)
    rows = [_titled({c.key: c.get(a) for c in COLUMNS}, spec) for a in shown]
    grid = Grid("activities", COLUMNS, TERMINAL, rows, len(plan.activities))
    grid.totals = totals(plan, shown, spec.filters.active)
    return grid


def _titled(row: Row, spec: Spec) -> Row:
    """Controls with their titles, where the organisation gave titles (catalog_titles)."""
    controls = row.get("controls")
    if spec.titles and isinstance(controls, list):
        named = [(c, spec.titles.get(normalise(str(c)))) for c in controls]
        row["controls"] = [f"{c} {title}" if title else str(c) for c, title in named]
    return row


def _items(plan: Plan) -> list[Activity]:
    return [item for _, item in plan.activities]


def _backlog(plan: Plan, spec: Spec) -> Grid:
    """Backlog items matching the filters; by id with --sort id, else by priority
    (unset last) with legal requirements first, in the file's order."""
    items = [b for _, b in plan.backlog if spec.filters.matches(b)]
    if spec.sort == "id":
        items.sort(key=lambda b: filtering.natural(b.id))
    else:
        rank = filtering.PRIORITY_RANK
        items.sort(key=lambda b: (rank.get(b.priority or "", len(rank)), not b.requirements))
    rows = [_titled({c.key: c.get(b) for c in BACKLOG_ALL}, spec) for b in items]
    return Grid("backlog", BACKLOG_ALL, BACKLOG_TERMINAL, rows, len(plan.backlog))


def cost_of(activities: Iterable[ActivityFields]) -> tuple[float, float, float]:
    """model.counted_cost, rounded to the cent (sums of decimals drift)."""
    money, hours, running = counted_cost(activities)
    return round(money, 2), round(hours, 2), round(running, 2)


def totals(plan: Plan, shown: Sequence[Activity], filtered: bool) -> Totals:
    """The totals of the shown activities, and of the whole plan against its budget."""
    money, hours, running = cost_of(shown)
    whole = cost_of(_items(plan)) if filtered else (money, hours, running)
    header = plan.header
    budget = header.budget if header is not None else None
    return Totals(
        shown=Amounts(money, hours),
        running=running,
        plan=Amounts(whole[0], whole[1]),
        budget=None if budget is None else Amounts(budget.money, budget.hours),
        contingency=(header.contingency or 0.0) if header is not None else 0.0,
        filtered=filtered,
    )


def goal_summaries(plan: Plan, shown: Sequence[Activity], f: Filters) -> list[GoalSummary]:
    """Each goal (those of --goal, when given) with the shown activities that serve it;
    then, unless --goal is given, the activities that serve no goal of the plan."""
    serving: dict[str, list[Activity]] = {}
    for activity in shown:  # one pass, not one per goal: linear in the plan's size
        for goal_id in dict.fromkeys(activity.goals):
            serving.setdefault(goal_id, []).append(activity)
    result = [
        _summary(goal.id, goal.title, serving.get(goal.id, []))
        for _, goal in plan.goals
        if not f.goals or goal.id in f.goals
    ]
    known = {goal.id for _, goal in plan.goals}
    orphans = [a for a in shown if known.isdisjoint(a.goals)]
    if orphans and not f.goals:
        result.append(_summary("", "", orphans))
    return result


def _summary(goal_id: str, title: str, activities: list[Activity]) -> GoalSummary:
    money, hours, _ = cost_of(activities)
    progress = goal_progress(activities)
    return GoalSummary(goal_id, title, tuple(activities), money, hours, progress)


def _goal_row(s: GoalSummary) -> Row:
    progress = None if s.progress is None else round(s.progress)
    names = [f"{a.id} {a.name}" for a in s.activities]
    return {"id": s.id, "title": s.title, "activities": names, "money": s.money,
            "hours": s.hours, "progress": progress}  # fmt: skip


def render(plan: Plan, spec: Spec) -> str:
    """The view of `plan` that `spec` asks for, as text ready to print or write."""
    from handlingsplan.render import table_export

    grid = build(plan, spec)
    export = table_export.EXPORTS.get(spec.fmt)
    if export:
        return export(plan, grid, spec)
    from handlingsplan.render.table_draw import draw

    return draw(plan, grid, spec)
