"""The group view of several plans, as text fitted to the terminal and as JSON.

Each plan takes a few lines, indented under its parent: what it is, its activities by
the states that matter to management, and money and hours planned and used against its
budget; a plan with plans under it shows the figures rolled up over them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from handlingsplan.catalog import EDITIONS
from handlingsplan.group import Figures, GapRow, Group, Row
from handlingsplan.i18n import t
from handlingsplan.render.rollover import cut, wrap
from handlingsplan.render.table_export import Words

PAD = "  "


def text(group: Group, lang: str, width: int = 80) -> str:
    markings = dict.fromkeys(r.member.plan.header.classification for r in group.rows
                             if r.member.plan.header is not None)  # fmt: skip
    lines = [m for m in markings if m]
    lines.append(t("group.title", lang, count=len(group.rows), date=group.today.isoformat()))
    for row in group.rows:
        lines += _row(row, lang, width)
    lines += _gaps(group, lang, width)
    lines += _controls(group, lang, width)
    return "\n".join(lines) + "\n"


def _row(row: Row, lang: str, width: int) -> Iterator[str]:
    indent = PAD * (row.depth + 1)
    header = row.member.plan.header
    title = header.title if header is not None else row.member.path
    yield ""
    yield indent + cut(f"{row.member.id}: {title}", max(10, width - len(indent)))
    rest = indent + PAD
    if row.children:
        key = "group.rolled_up.one" if row.children == 1 else "group.rolled_up"
        yield wrap(t(key, lang, count=row.children), width, rest, rest)
    f = row.total
    yield wrap(t("group.states", lang, activities=f.activities, done=f.done, overdue=f.overdue,
                 behind=f.behind, delayed=f.delayed), width, rest, rest)  # fmt: skip
    words = Words(row.member.plan, lang)
    yield wrap(_amounts(f, "money", lang, words), width, rest, rest + PAD)
    yield wrap(_amounts(f, "hours", lang, words), width, rest, rest + PAD)


def _amounts(f: Figures, unit: str, lang: str, words: Words) -> str:
    say = words.hours if unit == "hours" else words.money
    planned, spent = (f.money, f.spent_money) if unit == "money" else (f.hours, f.spent_hours)
    budget = f.budget_money if unit == "money" else f.budget_hours
    parts = [t("status.planned", lang, amount=say(planned)),
             t("status.spent", lang, amount=say(spent))]  # fmt: skip
    if budget is not None:
        parts.append(t("group.budget", lang, amount=say(budget)))
    return t(f"status.unit.{unit}", lang) + ": " + " · ".join(parts)


def _gaps(group: Group, lang: str, width: int) -> Iterator[str]:
    yield ""
    yield t("group.gaps", lang, count=len(group.gaps))
    for gap in group.gaps:
        state = t("group.addressed" if gap.addressed else "group.unaddressed", lang)
        line = f"{gap.plan} {gap.id}: {gap.control} {t('value.' + gap.severity, lang)} ({state})"
        yield wrap(line, width, PAD, PAD * 2)


def _controls(group: Group, lang: str, width: int) -> Iterator[str]:
    yield ""
    if group.catalog is None or group.catalog not in EDITIONS:
        yield wrap(t("group.no_shared_catalog", lang), width)
    else:
        line = t("group.uncovered", lang, count=len(group.uncovered), catalog=group.catalog,
                 ids=", ".join(group.uncovered) or t("status.none", lang))  # fmt: skip
        yield wrap(line, width, "", PAD)
    if group.shared:
        yield wrap(t("group.shared", lang, count=len(group.shared)), width)
        for control, ids in group.shared.items():
            yield wrap(f"{control}: {', '.join(ids)}", width, PAD, PAD * 2)


def data(group: Group) -> dict[str, Any]:
    return {
        "today": group.today.isoformat(),
        "plans": [{"id": r.member.id, "path": r.member.path, "depth": r.depth,
                   "parent": r.member.plan.header.parent if r.member.plan.header else None,
                   "own": vars(r.own), "total": vars(r.total)} for r in group.rows],
        "gaps": [_gap(g) for g in group.gaps],
        "catalog": group.catalog,
        "uncovered": group.uncovered,
        "shared": group.shared,
    }  # fmt: skip


def _gap(g: GapRow) -> dict[str, Any]:
    return {"plan": g.plan, "id": g.id, "control": g.control, "severity": g.severity,
            "addressed": g.addressed}  # fmt: skip
