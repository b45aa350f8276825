"""The report's registers: budget use, work carried from earlier plans, the activities
that meet legal and other requirements, and the backlog."""

from __future__ import annotations

from collections.abc import Callable

from handlingsplan.i18n import t
from handlingsplan.model import Activity, Carried, Plan, counted_cost
from handlingsplan.render.report_model import (
    Block,
    Heading,
    Para,
    Table,
    count,
    dash,
    pct,
    share,
    state_name,
)
from handlingsplan.render.table_export import Words
from handlingsplan.status import Money, Summary


def budget(plan: Plan, summary: Summary, lang: str) -> list[Block]:
    """Planned (activities that count) against spent and the budget less contingency,
    as HP501 holds them (plan-format.md, "Budget figures")."""
    m, words = summary.money, Words(plan, lang)
    headers = ["", t("report.col.money", lang), t("report.col.hours", lang)]
    rows = [[t("report.planned", lang), words.money(m.planned_money), words.hours(m.planned_hours)],
            [t("report.spent", lang), _or_dash(m.spent_money, words.money),
             _or_dash(m.spent_hours, words.hours)]]  # fmt: skip
    blocks: list[Block] = [Heading(t("report.h.budget", lang))]
    if m.budget_money is None and m.budget_hours is None:
        blocks += [
            Table(headers, rows, numeric=frozenset({1, 2}), tight=frozenset()),
            Para(t("report.no_budget", lang)),
        ]
    else:
        blocks.append(
            Table(
                headers,
                rows + _against(m, words, lang),
                numeric=frozenset({1, 2}),
                tight=frozenset(),
            )
        )
    running = counted_cost(a for _, a in plan.activities)[2]
    if running:
        blocks.append(Para(t("report.running", lang, amount=words.money(running)), "note"))
    return blocks


def _or_dash(value: float | None, say: Callable[[float], str]) -> str:
    return "–" if value is None else say(value)


def _available(total: float | None, m: Money) -> float | None:
    return None if total is None else total * (1 - m.contingency)


def _against(m: Money, words: Words, lang: str) -> list[list[str]]:
    """The budget, what the contingency leaves, and how much of that is planned, spent
    and left (or overrun)."""
    money, hours = _available(m.budget_money, m), _available(m.budget_hours, m)
    rows = [[t("report.budget", lang), _or_dash(m.budget_money, words.money),
             _or_dash(m.budget_hours, words.hours)]]  # fmt: skip
    if m.contingency:
        label = t("report.available", lang, share=pct(m.contingency * 100, lang))
        rows.append([label, _or_dash(money, words.money), _or_dash(hours, words.hours)])
    rows += [
        [t("report.planned_share", lang), share(m.planned_money, money, lang),
         share(m.planned_hours, hours, lang)],
        [t("report.spent_share", lang), share(m.spent_money, money, lang),
         share(m.spent_hours, hours, lang)],
        [t("report.left", lang), _left(money, m.planned_money, words.money, lang),
         _left(hours, m.planned_hours, words.hours, lang)],
    ]  # fmt: skip
    return rows


def _left(available: float | None, planned: float, say: Callable[[float], str], lang: str) -> str:
    if available is None:
        return "–"
    left = round(available - planned, 2)
    return say(left) if left >= 0 else t("report.overrun", lang, amount=say(-left))


def carried(plan: Plan, summary: Summary, lang: str) -> list[Block]:
    """Activities carried from earlier plans, and how many times: distinct periods, as
    HP406 counts them."""
    blocks: list[Block] = [Heading(t("report.h.carried", lang))]
    found = [a for _, a in plan.activities if a.carried_from]
    if not found:
        return [*blocks, Para(t("report.no_carried", lang))]
    states = {s.activity.id: s.state for s in summary.standings}
    headers = [t("report.col.id", lang), t("report.col.activity", lang),
               t("report.col.carried", lang), t("report.col.times", lang),
               t("report.col.state", lang), t("report.col.responsible", lang)]  # fmt: skip
    rows = [[a.id, a.name, "; ".join(_entry(a, c, lang) for c in a.carried_from),
             count(_times(a), lang), state_name(states[a.id], lang), a.responsible]
            for a in found]  # fmt: skip
    blocks.append(
        Table(
            headers,
            rows,
            numeric=frozenset({3}),
            prose=frozenset({1, 2}),
            states=[states[a.id] for a in found],
            state_column=4,
        )
    )
    again = [a.id for a in found if _times(a) >= 2]
    if again:
        blocks.append(Para(t("report.carried_again", lang, ids=", ".join(again)), "note"))
    return blocks


def _times(activity: Activity) -> int:
    return len({c.period for c in activity.carried_from})


def _entry(activity: Activity, entry: Carried, lang: str) -> str:
    """ "2026-01-01 (A9, in progress, 40 %)": when, and how it stood then."""
    parts = [entry.id] if entry.id != activity.id else []
    if entry.status is not None:
        parts.append(t(f"value.{entry.status}", lang))
    if entry.progress is not None:
        parts.append(pct(entry.progress, lang))
    when = entry.period.isoformat()
    return f"{when} ({', '.join(parts)})" if parts else when


def requirements(plan: Plan, summary: Summary, lang: str) -> list[Block]:
    """Each requirement with the work that meets it, and where that work stands; backlog
    items too, since a requirement met only from the backlog is not being met (HP405)."""
    blocks: list[Block] = [Heading(t("report.h.requirements", lang))]
    states = {s.activity.id: s.state for s in summary.standings}
    found = [(req, a.id, a.name, states[a.id], a.responsible)
             for _, a in plan.activities for req in dict.fromkeys(a.requirements)]  # fmt: skip
    found += [(req, b.id, b.name, "backlog", dash(b.responsible))
              for _, b in plan.backlog for req in dict.fromkeys(b.requirements)]  # fmt: skip
    if not found:
        return [*blocks, Para(t("report.no_requirements", lang))]
    found.sort(key=lambda row: row[0].casefold())  # stable: plan order within one
    headers = [t("report.col.requirement", lang), t("report.col.id", lang),
               t("report.col.activity", lang), t("report.col.state", lang),
               t("report.col.responsible", lang)]  # fmt: skip
    rows = [[req, id_, name, state_name(state, lang), who] for req, id_, name, state, who in found]
    return [
        *blocks,
        Table(
            headers,
            rows,
            tight=frozenset({1}),
            prose=frozenset({2}),
            states=[row[3] for row in found],
            state_column=3,
        ),
    ]


def backlog(plan: Plan, lang: str) -> list[Block]:
    blocks: list[Block] = [Heading(t("report.h.backlog", lang))]
    if not plan.backlog:
        return [*blocks, Para(t("report.no_backlog", lang))]
    headers = [t("report.col.id", lang), t("report.col.name", lang),
               t("report.col.priority", lang), t("report.col.responsible", lang),
               t("report.col.target", lang)]  # fmt: skip
    rows = [[b.id, b.name, t(f"value.{b.priority}", lang) if b.priority else "–",
             dash(b.responsible), dash(b.target)] for _, b in plan.backlog]  # fmt: skip
    return [*blocks, Table(headers, rows, prose=frozenset({1}))]
