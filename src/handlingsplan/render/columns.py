"""The one definition of the activity columns: their keys, order, headers and values.

`hplan table` (terminal, csv, markdown, json) reads it, and so will the spreadsheet
export and import: a column added here appears in all of them, under one header, in one
place. A value is kept typed (numbers, dates, lists, the format's English words) and
turned into text per output and language only at the end, by `text` or `csv_text`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from handlingsplan.i18n import t
from handlingsplan.model import ActivityFields

Kind = Literal["text", "list", "word", "money", "hours", "date", "percent"]
Value = str | float | int | dt.date | list[str] | None


@dataclass(frozen=True)
class Column:
    key: str  # stable: the JSON key, and what an import matches a header against
    kind: Kind
    get: Callable[[ActivityFields], Value]
    terminal: bool = True  # shown in the terminal table (the method's columns)

    def header(self, lang: str) -> str:
        return t(f"column.{self.key}", lang)


def _cost(field: str) -> Callable[[ActivityFields], Value]:
    return lambda a: getattr(a.cost, field) if a.cost is not None else None


def progress(a: ActivityFields) -> float | None:
    """Progress as the table shows it: as written; a done activity without one is 100."""
    if a.progress is not None:
        return a.progress
    return 100 if a.status == "done" else None


COLUMNS: tuple[Column, ...] = (
    Column("id", "text", lambda a: a.id),
    Column("name", "text", lambda a: a.name),
    Column("description", "text", lambda a: a.description, terminal=False),
    Column("kind", "word", lambda a: a.kind, terminal=False),
    Column("goals", "list", lambda a: list(a.goals)),
    Column("controls", "list", lambda a: list(a.controls)),
    Column("gaps", "list", lambda a: list(a.gaps), terminal=False),
    Column("requirements", "list", lambda a: list(a.requirements), terminal=False),
    Column("priority", "word", lambda a: a.priority),
    Column("money", "money", _cost("money")),
    Column("hours", "hours", _cost("hours")),
    Column("running", "money", _cost("running"), terminal=False),
    Column("resources", "list", lambda a: list(a.resources), terminal=False),
    Column("responsible", "text", lambda a: a.responsible),
    Column("start", "date", lambda a: a.start),
    Column("end", "date", lambda a: a.end),
    Column("depends_on", "list", lambda a: list(a.depends_on), terminal=False),
    Column("status", "word", lambda a: a.status),
    Column("progress", "percent", progress),
)
BY_KEY = {column.key: column for column in COLUMNS}
TERMINAL = tuple(column for column in COLUMNS if column.terminal)


def number(value: float, lang: str, decimals: int = 1) -> str:
    """12.5 -> "12.5" in English, "12,5" in Swedish; whole numbers without decimals and
    thousands grouped (1 500 in Swedish, 1,500 in English)."""
    if float(value).is_integer():
        grouped = f"{value:,.0f}"
    else:
        grouped = f"{value:,.{decimals}f}".rstrip("0").rstrip(".")
    if lang != "sv":
        return grouped
    return grouped.replace(",", "\u00a0").replace(".", ",")


def text(column: Column, value: Value, lang: str) -> str:
    """A value as a person reads it, in `lang`: the terminal and Markdown."""
    if value is None or value == []:
        return ""
    if isinstance(value, list):
        return ", ".join(value)
    if column.kind == "word":
        return t(f"value.{value}", lang)
    if column.kind in ("money", "hours") and isinstance(value, (int, float)):
        return number(value, lang)
    if column.kind == "percent" and isinstance(value, (int, float)):
        return t("unit.percent", lang, value=number(value, lang))
    return str(value)


# A cell that starts with one of these is a formula to Excel and LibreOffice: a plan
# from a pull request could make a spreadsheet run one (CSV injection, OWASP).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_text(column: Column, value: Value, lang: str) -> str:
    """A value as a spreadsheet reads it: numbers without grouping (a decimal comma in
    Swedish, as Swedish Excel expects), dates as ISO, words in the plan's language;
    text that a spreadsheet would take for a formula is prefixed with `'`, which the
    spreadsheet shows as text (an import strips it again)."""
    if isinstance(value, (int, float)) and column.kind != "text":
        shown = f"{value:.2f}".rstrip("0").rstrip(".")
        return shown.replace(".", ",") if lang == "sv" else shown
    written = text(column, value, lang)
    return "'" + written if written.startswith(FORMULA_START) else written


def json_value(value: Value) -> object:
    """A value for JSON: numbers and lists as they are, dates as ISO text, words in
    English (the format's own, stable for scripts)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
