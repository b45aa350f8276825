"""`hplan table` as csv, markdown and json, and the words every table view shares.

csv: every column (columns.COLUMNS, not only the terminal's), headers in the plan's
language, UTF-8 with a BOM, `;` in Swedish and `,` in English unless --delimiter says,
"\\r\\n" line ends, as Excel reads them. The classification marking, when there is one,
is the first row. No totals row: a spreadsheet sums.

markdown: a GitHub table of the terminal's columns; the marking in bold first, the
banner as a quote, the totals as a paragraph after the table.

json (stable for scripts: words in English, numbers as numbers, dates as ISO text):

    {"plan": {"title": str, "organisation": str,
              "period": {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"},
              "classification": str | null, "currency": str},
     "activities": [{<every key of columns.COLUMNS>: value}, ...],
     "totals": {"money": n, "hours": n, "running": n,  # the shown, counted activities
                "filtered": bool, "plan": {"money": n, "hours": n},  # the whole plan
                "budget": {"money": n | null, "hours": n | null} | null,
                "contingency": share,  # 0 when the plan has none
                "available": {"money", "hours"} | null,  # budget less contingency
                "remaining": {"money", "hours"} | null}}  # negative: over budget

With --backlog the list is "backlog" (every column key and "target") and there are no
totals; with --goals it is "goals": [{"id", "title", "activities": [{"id", "name",
"status"}], "money", "hours", "progress"}], where id and title are null for the
activities that serve no goal of the plan and progress is null when no activity counts.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable

from handlingsplan.i18n import t
from handlingsplan.model import Activity, Plan
from handlingsplan.render import columns
from handlingsplan.render.columns import Column
from handlingsplan.render.table import Amounts, GoalSummary, Grid, Row, Spec, Totals


class Words:
    """Amounts, totals and the heading of one plan, in one language."""

    def __init__(self, plan: Plan, lang: str) -> None:
        self.plan = plan
        self.lang = lang

    def currency(self) -> str:
        code = self.plan.header.currency if self.plan.header is not None else "SEK"
        return t("table.sek", self.lang) if code.upper() == "SEK" else code

    def money(self, value: float) -> str:
        shown = columns.number(value, self.lang)
        return t("table.amount", self.lang, value=shown, currency=self.currency())

    def hours(self, value: float) -> str:
        return t("table.hours", self.lang, value=columns.number(value, self.lang))

    def pair(self, value: Amounts) -> list[str]:
        """[money, hours] as text; "" for what is not given."""
        money = "" if value.money is None else self.money(value.money)
        return [money, "" if value.hours is None else self.hours(value.hours)]

    def heading(self) -> tuple[str, list[str]]:
        """(the title, the lines under it: who, the period and whether it is adopted)."""
        header, lang = self.plan.header, self.lang
        if header is None:
            return "", []
        who = ", ".join(p for p in (header.organisation, header.unit) if p)
        period = header.period
        when = t("table.period", lang, start=period.start.isoformat(), end=period.end.isoformat())
        decision = header.decision
        if decision is None:
            return header.title, [who, f"{when} · {t('table.draft', lang)}"]
        by = f"{decision.by} ({decision.reference})" if decision.reference else decision.by
        state = t("table.adopted", lang, by=by, date=decision.date.isoformat())
        return header.title, [who, f"{when} · {state}"]

    def total_label(self, totals: Totals) -> str:
        return t("table.total_shown" if totals.filtered else "table.total", self.lang)

    def footer(self, totals: Totals) -> dict[str, str]:
        """The table's last row: the label under the names, sums under their columns."""
        number = columns.number
        return {"name": self.total_label(totals),
                "money": number(totals.shown.money or 0, self.lang),
                "hours": number(totals.shown.hours or 0, self.lang)}  # fmt: skip

    def summary(self, totals: Totals, with_total: bool) -> list[tuple[str, list[str]]]:
        """The lines under the table: (label, [money, hours]), or (sentence, [])."""
        lines = [(self.total_label(totals), self.pair(totals.shown))] if with_total else []
        if totals.filtered:
            lines.append((t("table.whole_plan", self.lang), self.pair(totals.plan)))
        lines += self._budget(totals)
        if totals.running:
            sentence = t("table.running", self.lang, amount=self.money(totals.running))
            lines.append((sentence, []))
        return lines

    def _budget(self, totals: Totals) -> list[tuple[str, list[str]]]:
        """The budget, the budget less the contingency, and what remains of it."""
        if totals.budget is None or totals.available is None:
            return []
        lines = [(t("table.budget", self.lang), self.pair(totals.budget))]
        if totals.contingency:
            value = columns.number(totals.contingency * 100, self.lang)
            share = t("unit.percent", self.lang, value=value)
            label = t("table.available", self.lang, share=share)
            lines.append((label, self.pair(totals.available)))
        return lines + self._remaining(totals.remaining)

    def _remaining(self, left: Amounts | None) -> list[tuple[str, list[str]]]:
        """What remains, and what is over budget (money and hours may differ)."""
        if left is None:
            return []
        values = (left.money, left.hours)
        under = Amounts(*(v if v is not None and v >= 0 else None for v in values))
        over = Amounts(*(-v if v is not None and v < 0 else None for v in values))
        lines = []
        for key, part in (("table.remaining", under), ("table.overrun", over)):
            if part.money is not None or part.hours is not None:
                lines.append((t(key, self.lang), self.pair(part)))
        return lines


def empty(grid: Grid, lang: str) -> str:
    """Why there are no rows: the plan has none, or none matches the filters."""
    if grid.total:
        return t(f"table.no_match.{grid.mode}", lang)
    key = {"activities": "view.no_activities", "backlog": "table.empty_backlog"}
    return t(key.get(grid.mode, "table.no_goals"), lang)


def goal_activity(activity: Activity, lang: str) -> str:
    """The id and name ("A4 Name"), and the status of one that does not count
    ("A9 Name (postponed)")."""
    note = "" if activity.counted else f" ({t(f'value.{activity.status}', lang)})"
    return f"{activity.id} {activity.name}{note}"


def _goal_values(goal: GoalSummary, row: Row, lang: str) -> Row:
    """A goal's row with the words a person reads: its title and its activities."""
    title = goal.title if goal.id else t("table.no_goal", lang)
    names = [goal_activity(a, lang) for a in goal.activities]
    return {**row, "title": title, "activities": names}


def _rows(grid: Grid, lang: str) -> list[Row]:
    if grid.mode != "goals":
        return grid.rows
    return [_goal_values(goal, row, lang) for goal, row in zip(grid.goals, grid.rows, strict=True)]


# --- csv ------------------------------------------------------------------------------


def to_csv(plan: Plan, grid: Grid, spec: Spec) -> str:
    out = io.StringIO()
    delimiter = spec.delimiter or (";" if spec.lang == "sv" else ",")
    writer = csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    if spec.marking:
        writer.writerow([spec.marking])
    writer.writerow([c.header(spec.lang) for c in grid.every])
    for row in _rows(grid, spec.lang):
        writer.writerow([columns.csv_text(c, row[c.key], spec.lang) for c in grid.every])
    return "\ufeff" + out.getvalue()


# --- markdown -------------------------------------------------------------------------


def to_markdown(plan: Plan, grid: Grid, spec: Spec) -> str:
    words = Words(plan, spec.lang)
    title, subtitle = words.heading()
    blocks = [f"**{spec.marking}**"] if spec.marking else []
    if spec.banner:
        blocks.append(f"> {spec.banner}")
    blocks += [f"**{title}**", " · ".join(subtitle)]
    if not grid.rows:
        return "\n\n".join([*blocks, empty(grid, spec.lang)]) + "\n"
    blocks.append(_markdown_table(grid, spec.lang))
    if grid.totals is not None:
        lines = words.summary(grid.totals, with_total=True)
        blocks.append(" ".join(_sentence(label, values) for label, values in lines))
    return "\n\n".join(blocks) + "\n"


def _markdown_table(grid: Grid, lang: str) -> str:
    cols = grid.terminal
    lines = [_md_row([c.header(lang) for c in cols])]
    lines.append(_md_row(["---:" if _numeric(c) else "---" for c in cols]))
    for row in _rows(grid, lang):
        lines.append(_md_row([_md_cell(c, row, lang, grid.mode == "goals") for c in cols]))
    return "\n".join(lines)


def _numeric(c: Column) -> bool:
    return c.kind in ("money", "hours", "percent")


def _md_cell(c: Column, row: Row, lang: str, goals: bool) -> str:
    """A cell's text; a goal's activities are parted by semicolons (names hold commas),
    and a goal with no counted activity has no progress: "–"."""
    value = row[c.key]
    if goals and c.key == "activities" and isinstance(value, list):
        return "; ".join(value)
    if goals and c.key == "progress" and value is None:
        return "–"
    return columns.text(c, value, lang)


def _md_row(cells: list[str]) -> str:
    escaped = (" ".join(cell.replace("|", "\\|").split()) for cell in cells)
    return "| " + " | ".join(escaped) + " |"


def _sentence(label: str, values: list[str]) -> str:
    shown = ", ".join(v for v in values if v)
    return f"{label}: {shown}." if shown else f"{label}."


# --- json -----------------------------------------------------------------------------


def to_json(plan: Plan, grid: Grid, spec: Spec) -> str:
    document: dict[str, object] = {"plan": _plan(plan)}
    if grid.mode == "goals":
        document["goals"] = [_goal(goal) for goal in grid.goals]
    else:
        document[grid.mode] = [
            {c.key: columns.json_value(row[c.key]) for c in grid.every} for row in grid.rows
        ]
    if grid.totals is not None:
        document["totals"] = _totals(grid.totals)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _plan(plan: Plan) -> dict[str, object]:
    header = plan.header
    if header is None:
        return {"title": None, "organisation": None, "period": None, "classification": None,
                "currency": "SEK"}  # fmt: skip
    period = {"start": header.period.start.isoformat(), "end": header.period.end.isoformat()}
    return {"title": header.title, "organisation": header.organisation, "period": period,
            "classification": header.classification, "currency": header.currency}  # fmt: skip


def _goal(goal: GoalSummary) -> dict[str, object]:
    listed = [{"id": a.id, "name": a.name, "status": a.status} for a in goal.activities]
    progress = None if goal.progress is None else round(goal.progress, 1)
    return {"id": goal.id or None, "title": goal.title or None, "activities": listed,
            "money": _number(goal.money), "hours": _number(goal.hours),
            "progress": _number(progress)}  # fmt: skip


def _number(value: float | None) -> object:
    return columns.json_value(value)


def _amounts(value: Amounts | None) -> dict[str, object] | None:
    if value is None:
        return None
    return {"money": _number(value.money), "hours": _number(value.hours)}


def _totals(totals: Totals) -> dict[str, object]:
    return {
        "money": _number(totals.shown.money),
        "hours": _number(totals.shown.hours),
        "running": _number(totals.running),
        "filtered": totals.filtered,
        "plan": _amounts(totals.plan),
        "budget": _amounts(totals.budget),
        "contingency": _number(totals.contingency),
        "available": _amounts(totals.available),
        "remaining": _amounts(totals.remaining),
    }


EXPORTS: dict[str, Callable[[Plan, Grid, Spec], str]] = {
    "csv": to_csv,
    "markdown": to_markdown,
    "json": to_json,
}
