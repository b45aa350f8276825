"""What a spreadsheet of a plan holds: its sheets, their columns, and the header names an
import recognises. `hplan export --format xlsx` writes these sheets and `hplan import`
reads them back, so both take their columns from here and from render/columns.py (the
activity columns `hplan table --format csv` writes), never from a list of their own.

Pure: no openpyxl, no files. A sheet is found by its title in either language; a header
by its key, its title in either language, or one of ALIASES (the column names of the
method's own action-plan template and the ones people commonly write), compared after
`header_key` (case, spaces, punctuation and a unit in brackets do not matter).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from handlingsplan.i18n import t
from handlingsplan.render.columns import COLUMNS, Column, Kind, Value

LANGUAGES = ("sv", "en")
# The sheets in the order a workbook has them; `activities` is the one a csv file is.
SHEETS = ("plan", "activities", "goals", "backlog", "gaps")


def sheet_title(kind: str, lang: str) -> str:
    return t(f"sheet.{kind}", lang)


@dataclass(frozen=True)
class Field:
    """A column of the goals or gaps sheet, or a row of the plan sheet (key, value)."""

    key: str
    kind: Kind
    get: Callable[[Any], Value]

    def header(self, lang: str) -> str:
        return t(f"sheet.column.{self.key}", lang)


def _attr(name: str) -> Callable[[Any], Value]:
    return lambda item: getattr(item, name, None)


def _accepted(name: str) -> Callable[[Any], Value]:
    return lambda gap: getattr(gap.accepted, name) if gap.accepted is not None else None


def _header(*path: str) -> Callable[[Any], Value]:
    def get(header: Any) -> Value:
        value = header
        for name in path:
            value = getattr(value, name, None) if value is not None else None
        return list(value) if isinstance(value, list) else value

    return get


TARGET = Field("target", "text", _attr("target"))
ACTIVITIES: tuple[Column | Field, ...] = COLUMNS
BACKLOG: tuple[Column | Field, ...] = (*COLUMNS, TARGET)
GOALS = (Field("id", "text", _attr("id")), Field("title", "text", _attr("title")),
         Field("description", "text", _attr("description")))  # fmt: skip
GAPS = (
    Field("id", "text", _attr("id")), Field("control", "text", _attr("control")),
    Field("severity", "word", _attr("severity")), Field("status", "word", _attr("status")),
    Field("accepted_by", "text", _accepted("by")), Field("accepted_date", "date", _accepted("date")),
    Field("note", "text", _attr("note")),
)  # fmt: skip
# The plan sheet: one row per header field, the field's name in column A, its value in B.
PLAN = (
    Field("plan_title", "text", _header("title")),
    Field("organisation", "text", _header("organisation")),
    Field("unit", "text", _header("unit")),
    Field("plan_id", "text", _header("id")),
    Field("parent", "text", _header("parent")),
    Field("owner", "text", _header("owner")),
    Field("language", "text", _header("language")),
    Field("classification", "text", _header("classification")),
    Field("period_start", "date", _header("period", "start")),
    Field("period_end", "date", _header("period", "end")),
    Field("currency", "text", _header("currency")),
    Field("hour_rate", "money", _header("hour_rate")),
    Field("budget_money", "money", _header("budget", "money")),
    Field("budget_hours", "hours", _header("budget", "hours")),
    Field("contingency", "percent", _header("contingency")),
    Field("catalog", "text", _header("catalog")),
    Field("catalog_titles", "text", _header("catalog_titles")),
    Field("checkpoints", "list", _header("checkpoints")),
)
FIELDS: dict[str, tuple[Column | Field, ...]] = {
    "plan": PLAN, "activities": ACTIVITIES, "goals": GOALS, "backlog": BACKLOG, "gaps": GAPS,
}  # fmt: skip

# Header names beside each column's own title (both languages) and its key: the column
# names of the method's action-plan template and what people write in their own sheets.
ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "activities": {
        "id": ("nr", "nummer", "löpnummer", "no", "number", "ref"),
        "name": (
            "aktivitetens namn",
            "namn",
            "benämning",
            "åtgärd",
            "aktivitet åtgärd",
            "name",
            "activity name",
            "action",
            "title",
        ),
        "description": ("kort beskrivning", "short description"),
        "goals": ("mål", "årliga mål", "koppling till mål", "annual goals", "goal"),
        "controls": (
            "säkerhetsåtgärd",
            "säkerhetsåtgärder",
            "annex a",
            "bilaga a",
            "security controls",
            "control",
        ),
        "gaps": ("brist", "gap"),
        "requirements": ("lagkrav", "krav", "legal requirements", "requirement"),
        "priority": ("prio",),
        "money": ("kostnad kr", "kostnader", "kostnad sek", "budget", "cost sek", "costs", "money"),
        # not "effort": in a plan that is who does the hours, not how many
        "hours": ("tid", "timmar h", "arbetstid", "person hours"),
        "running": ("löpande kostnad", "driftkostnad", "running cost"),
        "resources": ("resursbehov", "resource needs"),
        "responsible": ("ansvarig person", "ansvarig funktion", "owner", "responsible person"),
        "start": ("startdatum", "start date", "från", "from"),
        "end": ("slutdatum", "klart", "klart datum", "end date", "due", "till", "to"),
        "depends_on": ("beroenden", "beroende", "dependencies", "depends"),
        "status": ("läge",),
        "progress": ("utfört procent", "procent klart", "färdigt", "percent complete"),
    },
    "goals": {"title": ("mål", "goal", "rubrik"), "description": ("beskrivning",)},
    "gaps": {
        "control": ("säkerhetsåtgärd", "åtgärd", "security control"),
        "severity": ("allvarlighet", "allvarlighetsgrad"),
        "note": ("anteckning", "kommentar", "comment"),
    },
    "backlog": {},
    "plan": {"plan_id": ("id",)},
}
ALIASES["backlog"] = {**ALIASES["activities"], "target": ("mål år", "target year")}


def header_key(text: str) -> str:
    """A header as compared: case folded, NFC, a unit in brackets dropped ("Kostnad (kr)"),
    punctuation and runs of spaces made one space, a trailing `*` (required) gone."""
    folded = unicodedata.normalize("NFC", text).casefold()
    folded = re.sub(r"\(.*?\)|\[.*?\]", " ", folded)
    folded = re.sub(r"[^\w%]+", " ", folded)
    return " ".join(folded.split())


def names(kind: str) -> dict[str, str]:
    """Every header name `kind`'s sheet recognises (as header_key gives it) -> column key.
    A column's own titles win over another column's alias."""
    found: dict[str, str] = {}
    for key, aliases in ALIASES[kind].items():
        for alias in aliases:
            found[header_key(alias)] = key
    for column in FIELDS[kind]:
        for name in _own(column):
            found[header_key(name)] = column.key
    return found


def _own(column: Column | Field) -> Iterable[str]:
    yield column.key
    yield column.key.replace("_", " ")
    for lang in LANGUAGES:
        yield column.header(lang)


def sheet_kind(title: str) -> str | None:
    """The kind of sheet a title names, in either language, or None."""
    wanted = header_key(title)
    for kind in SHEETS:
        if wanted in {header_key(sheet_title(kind, lang)) for lang in LANGUAGES} | {kind}:
            return kind
    return None
