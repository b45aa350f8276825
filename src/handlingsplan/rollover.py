"""Next period's plan from this period's unfinished work. Pure: no I/O.

It works on the data as read (yamlio's tree), not on the models, so that a carried
activity keeps everything the user wrote as they wrote it (`1,5 mnkr`, `x-` keys, notes);
the validated Plan says what each item means (statuses, dates, references). Only what the
rules change is changed: status, progress, dates, met dependencies, the follow-up fields
of the old period, and the history in `carried_from`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from handlingsplan import schedule, words
from handlingsplan.model import UNFINISHED, Activity, BacklogItem, Plan
from handlingsplan.schedule import Span

# Follow-up of the old period: not carried (`followups` stay, as history).
OLD_PERIOD_FIELDS = ("spent", "forecast_end", "completed")
# Header fields copied as a starting point; the decision, checkpoints, revisions and
# plan-level follow-ups belong to the old plan.
HEADER_FIELDS = (
    "title", "organisation", "unit", "id", "parent", "owner", "language", "classification",
    "currency", "hour_rate", "budget", "contingency", "catalog", "catalog_titles",
)  # fmt: skip
# A year, and a two-digit one after it (`2027/28`) that names the next.
YEAR = re.compile(
    r"(?<![0-9])(?P<year>(?:19|20)[0-9]{2})(?:(?P<sep>[-_/])(?P<short>[0-9]{2}))?(?![0-9])"
)


@dataclass(frozen=True)
class Options:
    period: Span | None = None  # None: the next period by the default rule
    dates: str = "shift"  # schedule.POLICIES
    lang: str = "en"  # the words of the file when the plan names no language
    plan_id: str | None = None  # written when the plan has none (its file name's series)


@dataclass(frozen=True)
class CarriedRow:
    id: str
    name: str
    old: Span
    new: Span
    old_status: str
    status: str
    progress: float
    times: int  # periods it has now been carried from
    past_end: bool  # ends after the new period's end: needs a decision
    pushed: bool  # moved later by a predecessor

    @property
    def shift(self) -> int:
        return (self.new.start - self.old.start).days


@dataclass(frozen=True)
class DroppedRow:
    id: str
    name: str
    status: str


@dataclass(frozen=True)
class Note:
    """A warning for the report: an i18n key (under `rollover.`) and its arguments."""

    key: str
    args: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class Report:
    old: Span
    new: Span
    carried: list[CarriedRow] = field(default_factory=list)
    dropped: list[DroppedRow] = field(default_factory=list)
    warnings: list[Note] = field(default_factory=list)
    goals_left: list[str] = field(default_factory=list)
    gaps_left: list[str] = field(default_factory=list)
    backlog: int = 0


def new_status(activity: Activity) -> str:
    """in_progress stays; the rest become planned, or in_progress when work was done."""
    if activity.status == "in_progress" or (activity.progress or 0) > 0:
        return "in_progress"
    return "planned"


def roll(data: Mapping[str, Any], plan: Plan, options: Options) -> tuple[dict[str, Any], Report]:
    """The next plan's data and the report. `plan` is `data` validated without errors."""
    assert plan.header is not None  # a plan without errors has its header
    old = Span(plan.header.period.start, plan.header.period.end)
    new = options.period or schedule.next_period(old)
    lang = plan.header.language or options.lang
    report = Report(old, new)
    carried = [(i, a) for i, a in plan.activities if a.status in UNFINISHED]
    kept = {a.id for _i, a in carried}
    status = {a.id: a.status for _i, a in plan.activities}
    dates, pushed = _dates(carried, kept, old, new, options.dates)
    items = []
    for index, activity in carried:
        raw = data["activities"][index]
        items.append(_carry(raw, activity, dates[activity.id], old, status, lang, report))
        row = _row(activity, dates[activity.id], new, items[-1], activity.id in pushed)
        report.carried.append(row)
    report.dropped = [
        DroppedRow(a.id, a.name, a.status) for _i, a in plan.activities if a.id not in kept
    ]
    backlog = [_backlog(data["backlog"][i], b, status, lang, report) for i, b in plan.backlog]
    report.backlog = len(backlog)
    out = _header(data, plan, new, lang, options)
    _registers(out, data, plan, [*items, *backlog], lang, report)
    out["activities"] = items
    out["backlog"] = backlog
    out.update({k: v for k, v in data.items() if k.startswith("x-")})
    return out, report


def _dates(
    carried: list[tuple[int, Activity]], kept: set[str], old: Span, new: Span, policy: str
) -> tuple[dict[str, Span], set[str]]:
    works = [
        schedule.Work(
            a.id,
            Span(a.start, a.end),
            new_status(a) == "in_progress",
            a.progress or 0.0,
            [p for p in a.depends_on if p in kept and p != a.id],
        )
        for _i, a in carried
    ]
    return schedule.schedule(works, old, new, policy)


def _carry(
    raw: Mapping[str, Any],
    activity: Activity,
    span: Span,
    old: Span,
    status: Mapping[str, str],
    lang: str,
    report: Report,
) -> dict[str, Any]:
    item = words.item(words.copied(raw), activity, lang)
    for key in OLD_PERIOD_FIELDS:
        item.pop(key, None)
    item["start"], item["end"] = span.start, span.end
    item["status"] = words.word(new_status(activity), lang)
    if activity.progress is not None:
        item["progress"] = activity.progress
    item["depends_on"] = _met_dropped(activity.id, activity.depends_on, status, report)
    history = item.get("carried_from") or []
    entry: dict[str, Any] = {"period": old.start, "id": activity.id}
    entry["status"] = words.word(activity.status, lang)
    entry["progress"] = activity.progress or 0
    item["carried_from"] = [*history, entry]
    return item


def _met_dropped(
    owner: str, refs: Iterable[str], status: Mapping[str, str], report: Report
) -> list[str]:
    """`depends_on` without the activities that are not carried: a done one is met; a
    cancelled one is dropped with a warning (the work it waited for will not come)."""
    kept = []
    for ref in refs:
        if status.get(ref) == "cancelled":
            report.warnings.append(Note("cancelled_dependency", {"id": owner, "ref": ref}))
        elif status.get(ref) != "done":
            kept.append(ref)  # a carried activity, or another plan's (`it:A2`)
    return kept


def _row(
    activity: Activity, new: Span, period: Span, item: Mapping[str, Any], pushed: bool
) -> CarriedRow:
    return CarriedRow(
        activity.id,
        activity.name,
        Span(activity.start, activity.end),
        new,
        activity.status,
        new_status(activity),
        activity.progress or 0.0,
        len({str(entry.get("period")) for entry in item["carried_from"]}),
        new.end > period.end,
        pushed,
    )


def _backlog(
    raw: Mapping[str, Any],
    model: BacklogItem,
    status: Mapping[str, str],
    lang: str,
    report: Report,
) -> dict[str, Any]:
    """A backlog item as it was, without dependencies on activities no longer in the plan."""
    item = words.item(words.copied(raw), model, lang)
    item["depends_on"] = _met_dropped(model.id, model.depends_on, status, report)
    return item


def _header(
    data: Mapping[str, Any], plan: Plan, new: Span, lang: str, options: Options
) -> dict[str, Any]:
    assert plan.header is not None
    raw = data["plan"]
    header = words.copied({k: raw[k] for k in HEADER_FIELDS if k in raw})
    header.update(words.copied({k: v for k, v in raw.items() if k.startswith("x-")}))
    words.texts(header, plan.header, words.HEADER_TEXTS)
    old = Span(plan.header.period.start, plan.header.period.end)
    header["title"] = new_years(plan.header.title, old, new)
    if "id" not in header and options.plan_id:
        header["id"] = options.plan_id  # the series' name must not follow the file's
    if "language" in header:
        header["language"] = lang
    header["period"] = {"start": new.start, "end": new.end}
    return {"hplan": data["hplan"], "plan": header}


def new_years(text: str, old: Span, new: Span) -> str:
    """The old period's years in a text (a title, a file name) moved on as far as the
    period moved; other years (`Agenda 2030`) stay. A two-digit year after a four-digit
    one (`2027/28`, `2027_28`) is the period's end year and moves with it."""
    step = new.start.year - old.start.year
    years = range(old.start.year, old.end.year + 1)

    def moved(match: re.Match[str]) -> str:
        year = int(match["year"])
        if year not in years:
            return match.group()
        short = match["short"]
        if short is not None and int(short) == (year + 1) % 100:
            short = f"{(year + 1 + step) % 100:02d}"
        return str(year + step) + (match["sep"] + short if short is not None else "")

    return YEAR.sub(moved, text) if step else text


def _registers(
    out: dict[str, Any],
    data: Mapping[str, Any],
    plan: Plan,
    items: list[dict[str, Any]],
    lang: str,
    report: Report,
) -> None:
    """People (copied), goals the carried items serve, and gaps still open or named."""
    named_goals = {g for item in items for g in item.get("goals") or []}
    named_gaps = {g for item in items for g in item.get("gaps") or []}
    if "people" in data:
        out["people"] = words.copied(data["people"])
    gaps = []
    done = _done_by(plan)
    for index, gap in plan.gaps:
        if gap.status != "closed" or gap.id in named_gaps:
            gaps.append(words.gap(words.copied(data["gaps"][index]), gap, lang))
        else:
            report.gaps_left.append(gap.id)
        if gap.status == "open" and gap.id not in named_gaps and gap.id in done:
            by = ", ".join(done[gap.id])
            report.warnings.append(Note("gap_done", {"id": gap.id, "by": by}))
    goals = []
    for index, goal in plan.goals:
        if goal.id in named_goals:
            goals.append(words.goal(words.copied(data["goals"][index]), goal))
        else:
            report.goals_left.append(goal.id)
    out["gaps"], out["goals"] = gaps, goals


def _done_by(plan: Plan) -> dict[str, list[str]]:
    """Gap id -> the done activities that named it: an open gap whose work is done is
    probably closed, which only the user can say."""
    found: dict[str, list[str]] = {}
    for _i, activity in plan.activities:
        if activity.status == "done":
            for gap in activity.gaps:
                found.setdefault(gap, []).append(activity.id)
    return found
