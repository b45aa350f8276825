"""`hplan status` as a person reads it (plain text fitted to the terminal) and as JSON.

The text puts deviations first (what the CISO must act on), then the other states, the
goals, money and hours, the next checkpoint and what is near. Every activity takes two
lines: id, state and name cut to the width; then what is off, the dates and who answers.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from handlingsplan.followup import DEVIATIONS, Standing
from handlingsplan.i18n import has, t
from handlingsplan.model import Plan
from handlingsplan.render.columns import number
from handlingsplan.render.rollover import cut, wrap
from handlingsplan.render.table_export import Words
from handlingsplan.status import Summary

if TYPE_CHECKING:
    from handlingsplan.group import Group

PAD = "  "
# The order of the lists: what needs action first.
ORDER = (*DEVIATIONS, "on_track", "not_started", "done", "postponed", "cancelled")
_COLOURS = {"overdue": "31", "behind": "33", "late_start": "33", "delayed": "33",
            "paused": "35", "done": "32", "on_track": "32"}  # fmt: skip


@dataclass(frozen=True)
class Page:
    plan: Plan
    summary: Summary
    lang: str
    width: int = 80
    color: bool = False
    filtered: bool = False
    banner: str | None = None
    path: str = ""


def percent(value: float | None, lang: str) -> str:
    """Whole percent, halves rounded up as people round them (12.5 -> 13)."""
    return "–" if value is None else f"{number(math.floor(value + 0.5), lang)} %"


def paint(text: str, state: str, color: bool) -> str:
    code = _COLOURS.get(state)
    return f"\x1b[{code}m{text}\x1b[0m" if color and code else text


def text(page: Page) -> str:
    lines = [*_heading(page), "", *_overview(page)]
    for state in ORDER:
        lines += _group(page, state)
    lines += _goals(page)
    lines += _money(page)
    lines += _ahead(page)
    return "\n".join(lines) + "\n"


def _heading(page: Page) -> Iterator[str]:
    words, lang = Words(page.plan, page.lang), page.lang
    header = page.plan.header
    if header is not None and header.classification:
        yield header.classification
    if page.banner:
        yield wrap(page.banner, page.width, rest="")
    title, under = words.heading()
    yield wrap(title, page.width, rest="")
    yield from (wrap(line, page.width, rest="") for line in under if line)
    today = page.summary.today
    yield wrap(t("status.as_of", lang, date=today.isoformat()) + _day_of(page), page.width)
    if page.filtered:
        yield t("status.filtered", lang)


def _day_of(page: Page) -> str:
    period = page.plan.period
    if period is None or not period.start <= page.summary.today <= period.end:
        return ""
    day = (page.summary.today - period.start).days + 1
    total = (period.end - period.start).days + 1
    return " " + t("status.day_of", page.lang, day=day, days=total)


def _overview(page: Page) -> Iterator[str]:
    s, lang = page.summary, page.lang
    counts = [_count(state, s.counts[state], lang) for state in ORDER if s.counts[state]]
    if not counts:
        yield t("status.no_activities", lang)
        return
    yield wrap(t("status.states", lang, states=", ".join(counts)), page.width)
    key = "status.done" if s.hours_counted else "status.done_no_hours"
    yield wrap(t(key, lang, done=s.done, of=s.counted, share=percent(s.share_done, lang),
                 hours=percent(s.share_done_hours, lang)), page.width)  # fmt: skip


def _count(state: str, count: int, lang: str) -> str:
    """ "1 pausad", "2 pausade": Swedish adjectives agree with the number."""
    key = f"status.count.{state}"
    return t(key + ".one" if count == 1 and has(key + ".one", lang) else key, lang, count=count)


def _group(page: Page, state: str) -> Iterator[str]:
    found = sorted((s for s in page.summary.standings if s.state == state), key=_when)
    if not found:
        return
    yield ""
    yield paint(t(f"status.heading.{state}", page.lang, count=len(found)), state, page.color)
    for standing in found:
        yield from _activity(page, standing)


def _activity(page: Page, s: Standing) -> Iterator[str]:
    a = s.activity
    head = f"{PAD}{a.id:<4} "
    yield head + cut(a.name, max(10, page.width - len(head)))
    detail = " · ".join(part for part in (_detail(page, s), a.responsible) if part)
    indent = " " * len(head)
    yield wrap(detail, page.width, first=indent, rest=indent)


def _when(s: Standing) -> tuple[dt.date, dt.date]:
    """Within a state, by the day it ends (done: the day it was done), then starts."""
    return (s.activity.completed or s.expected_end, s.activity.start)


def _detail(page: Page, s: Standing) -> str:
    """What is off, in the words of the state."""
    a, lang, today = s.activity, page.lang, page.summary.today
    progress = percent(a.progress or 0.0, lang)
    args: dict[str, Any] = {"start": a.start.isoformat(), "end": a.end.isoformat(),
                            "progress": progress, "elapsed": percent(s.elapsed, lang)}  # fmt: skip
    if s.state == "overdue":
        args.update(days=(today - s.expected_end).days, end=s.expected_end.isoformat())
    elif s.state == "late_start":
        args.update(days=(today - a.start).days)
    elif s.state == "delayed" and a.forecast_end is not None:
        args.update(forecast=a.forecast_end.isoformat(), days=(a.forecast_end - a.end).days)
    elif s.state == "done":
        return _done(s, lang)
    elif s.state == "not_started" and a.is_milestone:
        return t("status.detail.milestone", lang, **args)
    return t(f"status.detail.{s.state}", lang, **args)


def _done(s: Standing, lang: str) -> str:
    a, days = s.activity, s.completion_days
    if a.completed is None or days is None:
        return t("status.detail.done_undated", lang)
    key = "late" if days > 0 else "early" if days < 0 else "on_time"
    return t(f"status.detail.done_{key}", lang, date=a.completed.isoformat(), days=abs(days),
             end=a.end.isoformat())  # fmt: skip


def _goals(page: Page) -> Iterator[str]:
    if not page.summary.goals:
        return
    yield ""
    yield t("status.goals", page.lang)
    for goal in page.summary.goals:
        shown = percent(goal.progress, page.lang)
        head = f"{PAD}{goal.id:<4} {shown:>6}  "
        yield head + cut(goal.title, max(10, page.width - len(head)))


def _money(page: Page) -> Iterator[str]:
    m, words, lang = page.summary.money, Words(page.plan, page.lang), page.lang
    yield ""
    yield t("status.money", lang)
    for unit, planned, spent, budget, say in (
        ("money", m.planned_money, m.spent_money, m.budget_money, words.money),
        ("hours", m.planned_hours, m.spent_hours, m.budget_hours, words.hours),
    ):
        parts = [t("status.planned", lang, amount=say(planned))]
        if spent is not None:
            parts.append(t("status.spent", lang, amount=say(spent)))
        if budget is not None:
            parts.append(t("status.budget", lang, amount=say(budget),
                           available=say(budget * (1 - m.contingency))))  # fmt: skip
        line = t(f"status.unit.{unit}", lang) + ": " + " · ".join(parts)
        yield wrap(line, page.width, first=PAD, rest=PAD * 2)


def _ahead(page: Page) -> Iterator[str]:
    s, lang = page.summary, page.lang
    yield ""
    if s.checkpoint is None:
        yield t("status.no_checkpoint", lang)
    else:
        days = (s.checkpoint - s.today).days
        yield t("status.checkpoint", lang, date=s.checkpoint.isoformat(), days=days)
        yield wrap(t("status.due", lang, items=_items(s.due, lang, ends=True)), page.width,
                   first=PAD, rest=PAD * 2)  # fmt: skip
    yield t("status.horizon", lang, days=s.horizon)
    for key, found, ends in (("starting", s.starting, False), ("ending", s.ending, True)):
        line = t(f"status.{key}", lang, items=_items(found, lang, ends))
        yield wrap(line, page.width, first=PAD, rest=PAD * 2)


def _items(found: list[Standing], lang: str, ends: bool) -> str:
    if not found:
        return t("status.none", lang)
    return ", ".join(f"{s.activity.id} {_day(s, ends).isoformat()}" for s in found)


def _day(s: Standing, ends: bool) -> dt.date:
    return s.expected_end if ends else s.activity.start


# --- JSON ---------------------------------------------------------------------------------


def as_json(page: Page) -> str:
    return json.dumps(data(page), ensure_ascii=False, indent=2) + "\n"


def data(page: Page) -> dict[str, Any]:
    """The page as plain data, for scripts; words stay the format's English values."""
    s, header = page.summary, page.plan.header
    return {
        "version": 1,
        "plan": None if header is None else {
            "title": header.title, "id": header.id, "organisation": header.organisation,
            "unit": header.unit, "classification": header.classification,
            "period": {"start": header.period.start.isoformat(),
                       "end": header.period.end.isoformat()},
        },
        "today": s.today.isoformat(), "tolerance": s.tolerance, "horizon": s.horizon,
        "filtered": page.filtered,
        "counts": s.counts,
        "done": {"count": s.done, "of": s.counted, "share": _round(s.share_done),
                 "hours": s.hours_done, "hours_of": s.hours_counted,
                 "share_hours": _round(s.share_done_hours)},
        "activities": [_activity_data(x) for x in s.standings],
        "goals": [{"id": g.id, "title": g.title, "activities": g.activities,
                   "progress": _round(g.progress)} for g in s.goals],
        "money": vars(s.money),
        "checkpoint": None if s.checkpoint is None else {
            "date": s.checkpoint.isoformat(), "due": [x.activity.id for x in s.due]},
        "starting": [x.activity.id for x in s.starting],
        "ending": [x.activity.id for x in s.ending],
    }  # fmt: skip


def _activity_data(s: Standing) -> dict[str, Any]:
    a = s.activity
    return {
        "id": a.id, "name": a.name, "state": s.state, "status": a.status,
        "progress": a.progress, "elapsed": _round(s.elapsed), "responsible": a.responsible,
        "start": a.start.isoformat(), "end": a.end.isoformat(),
        "expected_end": s.expected_end.isoformat(),
        "forecast_end": a.forecast_end.isoformat() if a.forecast_end else None,
        "completed": a.completed.isoformat() if a.completed else None,
        "completion_days": s.completion_days,
    }  # fmt: skip


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


# --- several plans --------------------------------------------------------------------------


def several_text(pages: list[Page], group: Group, width: int) -> str:
    """The group first (what management asks about), then each plan as `text` shows it."""
    from handlingsplan.render import group as group_render

    lang = pages[0].lang
    rule = "─" * min(width, 80)
    parts = [group_render.text(group, lang, width)]
    parts += [f"{rule}\n{page.path}\n{text(page)}" for page in pages]
    return "\n".join(parts)


def several_json(pages: list[Page], group: Group) -> str:
    from handlingsplan.render import group as group_render

    body = {"version": 1, "group": group_render.data(group),
            "plans": [{"path": page.path, **data(page)} for page in pages]}  # fmt: skip
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"
