"""The group section that opens a report of several plans: the plans as `plan.parent`
nests them, each rolled up over the plans under it (group.py), the open serious and
significant gaps, the controls no plan covers and those several plans cover."""

from __future__ import annotations

from handlingsplan.catalog import EDITIONS
from handlingsplan.group import Figures, Group, Row
from handlingsplan.i18n import t
from handlingsplan.render.report_model import Block, Heading, Para, Section, Table, count
from handlingsplan.render.table_export import Words

INDENT = "\u2003"  # an em space: indentation that survives markdown and html alike


def section(group: Group, lang: str) -> Section:
    title = t("group.title", lang, count=len(group.rows), date=group.today.isoformat())
    blocks: list[Block] = [Heading(title, 1), Para(t("report.group.lead", lang), "lead"),
                           _plans(group, lang), *_gaps(group, lang), *_controls(group, lang)]  # fmt: skip
    return Section(title, lang, None, group.today, blocks)


def _plans(group: Group, lang: str) -> Table:
    headers = [t(f"report.group.col.{key}", lang) for key in
               ("plan", "activities", "done", "overdue", "behind", "delayed", "money", "hours")]  # fmt: skip
    rows = [_row(row, lang) for row in group.rows]
    return Table(headers, rows, numeric=frozenset(range(1, 8)), tight=frozenset())


def _row(row: Row, lang: str) -> list[str]:
    f, words = row.total, Words(row.member.plan, lang)
    name = INDENT * row.depth + row.member.id
    if row.children:
        name += " " + t("report.group.with_children", lang, count=row.children)
    return [name, *(count(v, lang) for v in (f.activities, f.done, f.overdue, f.behind,
                                             f.delayed)),
            _used(f, "money", words), _used(f, "hours", words)]  # fmt: skip


def _used(f: Figures, unit: str, words: Words) -> str:
    """planned / spent / budget, in one cell."""
    say = words.money if unit == "money" else words.hours
    planned, spent = (f.money, f.spent_money) if unit == "money" else (f.hours, f.spent_hours)
    budget = f.budget_money if unit == "money" else f.budget_hours
    return " / ".join([say(planned), say(spent), "–" if budget is None else say(budget)])


def _gaps(group: Group, lang: str) -> list[Block]:
    blocks: list[Block] = [Heading(t("group.gaps", lang, count=len(group.gaps)))]
    if not group.gaps:
        return [*blocks, Para(t("status.none", lang))]
    headers = [t(f"report.group.col.{key}", lang) for key in
               ("plan", "gap", "control", "severity", "addressed")]  # fmt: skip
    rows = [[g.plan, g.id, g.control, t(f"value.{g.severity}", lang),
             t("group.addressed" if g.addressed else "group.unaddressed", lang)]
            for g in group.gaps]  # fmt: skip
    return [*blocks, Table(headers, rows, tight=frozenset({0, 1, 2}))]


def _controls(group: Group, lang: str) -> list[Block]:
    blocks: list[Block] = [Heading(t("report.group.h.controls", lang))]
    if group.catalog not in EDITIONS:
        return [*blocks, Para(t("group.no_shared_catalog", lang))]
    blocks.append(Para(t("group.uncovered", lang, count=len(group.uncovered),
                         catalog=group.catalog,
                         ids=", ".join(group.uncovered) or t("status.none", lang))))  # fmt: skip
    if group.shared:
        blocks.append(Para(t("group.shared", lang, count=len(group.shared)), "note"))
        rows = [[control, ", ".join(ids)] for control, ids in group.shared.items()]
        headers = [t("report.group.col.control", lang), t("report.group.col.plans", lang)]
        blocks.append(Table(headers, rows, tight=frozenset({0})))
    return blocks
