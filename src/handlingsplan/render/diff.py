"""`hplan diff` as text fitted to the width, markdown and json.

Sections in the order management reads them: decision and budget, activities, goals,
backlog, the gap register. Each item is one line (a sign, the id, the name), with what changed under it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from handlingsplan.i18n import t
from handlingsplan.model import Decision, Period, Plan
from handlingsplan.plandiff import ACTIVITY, BACKLOG, GAP, GOAL, PLAN, SETS, Change, PlanDiff
from handlingsplan.render.rollover import cut, wrap
from handlingsplan.render.table_export import Words

SECTIONS = (PLAN, ACTIVITY, GOAL, BACKLOG, GAP)
SIGNS = {"added": "+", "removed": "−", "carried": "→", "to_backlog": "↓",
         "from_backlog": "↑", "changed": "~"}  # fmt: skip
KINDS = ("added", "removed", "changed", "carried", "to_backlog", "from_backlog")
PAD = "    "


@dataclass
class Page:
    old_name: str
    new_name: str
    old: Plan
    new: Plan
    diff: PlanDiff
    lang: str
    width: int = 80


def text(page: Page) -> str:
    lines = [wrap(line, page.width) for line in _heading(page)]
    for section in SECTIONS:
        found = [c for c in page.diff.changes if c.section == section]
        if found:
            lines += ["", t(f"diff.section.{section}", page.lang)]
            lines += _section(page, found, markdown=False)
    return "\n".join(lines) + "\n"


def markdown(page: Page) -> str:
    head = list(_heading(page))
    lines = [f"# {head[0]}", "", *(f"{line}  " for line in head[1:])]
    for section in SECTIONS:
        found = [c for c in page.diff.changes if c.section == section]
        if found:
            lines += ["", f"## {t(f'diff.section.{section}', page.lang)}", ""]
            lines += _section(page, found, markdown=True)
    return "\n".join(lines).rstrip() + "\n"


def _heading(page: Page) -> Iterator[str]:
    lang = page.lang
    yield t("diff.title", lang, old=page.old_name, new=page.new_name)
    decision = page.old.header.decision if page.old.header else None
    if decision is not None:
        yield t("diff.old_adopted", lang, old=page.old_name, what=_decided(decision, lang))
    else:
        yield t("diff.old_draft", lang, old=page.old_name)
    if page.diff.same:
        yield t("diff.none", lang, old=page.old_name, new=page.new_name)
    else:
        yield t("diff.in_short", lang, items="; ".join(_summary(page.diff, lang)))


def _summary(found: PlanDiff, lang: str) -> Iterator[str]:
    for section in (ACTIVITY, GOAL, BACKLOG, GAP):
        counts = []
        for kind in KINDS:
            n = found.changed_items(section) if kind == "changed" else found.count(section, kind)
            if n:
                counts.append(t(f"diff.kind.{kind}", lang, count=n))
        if counts:
            yield t(f"diff.section.{section}", lang) + ": " + ", ".join(counts)
    if any(c.section == PLAN for c in found.changes):
        yield t("diff.plan_changed", lang)


def _section(page: Page, found: list[Change], markdown: bool) -> list[str]:
    lines: list[str] = []
    done: set[str] = set()
    for change in found:
        if change.section == PLAN:
            lines.append(_line(page, _plan_line(page, change), markdown, 1))
            continue
        if change.kind == "changed" and change.id in done:
            continue
        lines.append(_item_line(page, change, markdown))
        if change.kind == "changed":
            done.add(change.id)
            mine = [c for c in found if c.id == change.id and c.kind == "changed"]
            lines += [_line(page, _detail(page, c), markdown, 2) for c in mine]
        elif change.kind == "added" and change.section == ACTIVITY:
            lines.append(_line(page, _added(page, change), markdown, 2))
    return lines


def _line(page: Page, content: str, markdown: bool, level: int) -> str:
    if markdown:
        return "  " * (level - 1) + "- " + content
    indent = "  " if level == 1 else PAD
    return wrap(content, page.width, first=indent, rest=indent + "  ")


def _item_line(page: Page, change: Change, markdown: bool) -> str:
    lang = page.lang
    note = "" if change.kind in ("added", "changed") or change.section != ACTIVITY else (
        " (" + t(f"diff.note.{change.kind}", lang, old=change.old) + ")")  # fmt: skip
    if change.kind == "removed" and change.section != ACTIVITY:
        note = " (" + t("diff.note.removed", lang) + ")"
    if change.kind == "added" and change.section == GAP:  # how serious the new gap is
        note = " (" + t(f"value.{change.new}", lang) + ")"
    if markdown:
        sign = SIGNS[change.kind].replace("+", "\\+")  # "- +" would open a nested list
        return f"- {sign} **{change.id}** {change.name}{note}"
    head = f"  {SIGNS[change.kind]} {change.id} "
    return head + cut(change.name + note, max(10, page.width - len(head)))


def _added(page: Page, change: Change) -> str:
    s, words, lang = change.new, Words(page.new, page.lang), page.lang
    parts = [s["responsible"], f"{s['start']}–{s['end']}", t(f"value.{s['priority']}", lang)]
    parts += [words.money(s["money"])] if s["money"] is not None else []
    parts += [words.hours(s["hours"])] if s["hours"] is not None else []
    return ", ".join(parts)


def _value(page: Page, field: str, value: Any) -> str:
    words, lang = Words(page.new, page.lang), page.lang
    if value is None:
        return t("diff.nothing", lang)
    if field in ("money", "budget_money"):
        return words.money(value)
    if field in ("hours", "budget_hours"):
        return words.hours(value)
    if field in ("priority", "status", "severity"):
        return t(f"value.{value}", lang)
    if field == "contingency":
        return f"{round(value * 100)} %"
    if isinstance(value, Period):
        return f"{value.start}–{value.end}"
    return str(value)


def _detail(page: Page, change: Change) -> str:
    lang, field = page.lang, change.field
    if field in SETS:
        ids = [f"+{i}" for i in change.added] + [f"−{i}" for i in change.removed]
        return t(f"diff.field.{field}", lang) + " " + ", ".join(ids)
    if field == "name":
        return t("diff.renamed", lang, old=change.old)
    line = t(f"diff.field.{field}", lang) + " " + _arrow(page, change)
    if change.days is not None:
        key = "diff.later" if change.days > 0 else "diff.earlier"
        key += "_one" if abs(change.days) == 1 else ""
        line += " (" + t(key, lang, days=abs(change.days)) + ")"
    return line


def _arrow(page: Page, change: Change) -> str:
    return f"{_value(page, change.field, change.old)} → {_value(page, change.field, change.new)}"


def _plan_line(page: Page, change: Change) -> str:
    lang, field = page.lang, change.field
    if field == "decision":
        if change.kind == "added":
            return t("diff.decision_added", lang, what=_decided(change.new, lang))
        if change.kind == "removed":
            return t("diff.decision_removed", lang, what=_decided(change.old, lang))
        return t("diff.decision_changed", lang, old=_decided(change.old, lang),
                 new=_decided(change.new, lang))  # fmt: skip
    if field == "revision":
        line = t("diff.revision_added", lang, what=_decided(change.new, lang))
        return line + (f": {change.new.note}" if change.new.note else "")
    line = t(f"diff.field.{field}", lang) + " " + _arrow(page, change)
    return line[:1].upper() + line[1:]


def _decided(decision: Decision, lang: str) -> str:
    what = t("diff.decided", lang, by=decision.by, date=decision.date.isoformat())
    return what + (f" ({decision.reference})" if decision.reference else "")


def as_json(page: Page) -> str:
    return json.dumps(data(page), ensure_ascii=False, indent=2) + "\n"


def data(page: Page) -> dict[str, Any]:
    return {"old": page.old_name, "new": page.new_name, "same": page.diff.same,
            "changes": [_change_data(c) for c in page.diff.changes]}  # fmt: skip


def _change_data(change: Change) -> dict[str, Any]:
    found: dict[str, Any] = {"section": change.section, "kind": change.kind}
    for key in ("id", "name", "field"):
        if getattr(change, key):
            found[key] = getattr(change, key)
    for key in ("old", "new"):
        if getattr(change, key) is not None:
            found[key] = _plain(getattr(change, key))
    if change.days is not None:
        found["days"] = change.days
    if change.field in SETS:
        found["added"], found["removed"] = list(change.added), list(change.removed)
    return found


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (Decision, Period)):
        return {k: _plain(v) for k, v in value.model_dump(exclude_none=True).items()}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
