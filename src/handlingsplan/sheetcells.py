"""One spreadsheet cell as the plan value its column holds (sheet.py's kinds: text, list,
word, money, hours, date, percent), or the reason it is not one. Pure.

A cell comes typed from an .xlsx (a number, a date) and as text from a .csv, where
numbers have a decimal comma in Swedish. Words are read in either language and given
back in the format's English (the writer puts them in the plan's language). A leading
`'` that an export put before text a spreadsheet would take for a formula is dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from handlingsplan import types
from handlingsplan.render.columns import FORMULA_START
from handlingsplan.sheetread import Cell, Share, Uncalculated

Parsed = str | int | float | list[str] | None
_NUMBER = re.compile(r"^\s*([0-9]+|[0-9]{1,3}([ \u00a0\u202f\u2009][0-9]{3})+)([,.][0-9]+)?\s*$")
_SPLIT = re.compile(r"[,;\n]")
WORDS: dict[str, Mapping[str, str]] = {
    "priority": types.PRIORITIES,
    "status": types.STATUSES,
    "kind": types.KINDS,
    "severity": types.SEVERITIES,
    "gap_status": types.GAP_STATUSES,
}


@dataclass(frozen=True)
class Bad:
    """Why a cell is not a value of its column: an i18n message id and its arguments."""

    message_id: str
    value: str
    words: str = ""  # the words a column takes, in English, ", " between them
    meant: str = ""  # the word the value most likely meant, in English


def unquoted(text: str) -> str:
    """The text without the `'` csv_text puts before `=`, `+`, `-`, `@`."""
    if text.startswith("'") and text[1:].startswith(FORMULA_START):
        return text[1:]
    return text


def shown(value: Cell) -> str:
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def parse(kind: str, value: Cell, vocabulary: str = "") -> Parsed | Bad:
    """`value` (never None: an empty cell is no value) read as `kind`."""
    if isinstance(value, Uncalculated):  # not a value at all, whatever the column holds
        return Bad("import.cell.formula", shown(value))
    if kind == "list":
        return as_list(value)
    if kind == "word":
        return _word(value, vocabulary)
    if kind == "money":
        return _money(value)
    if kind in ("hours", "percent"):
        return _number(value, kind)
    if kind == "date":
        return _date(value)
    return as_text(value)


def as_text(value: Cell) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return unquoted(str(value).strip())


def as_list(value: Cell) -> list[str]:
    """`M1, M2`, `M1; M2` or one per line (Alt+Enter in a cell)."""
    parts = (unquoted(part.strip()) for part in _SPLIT.split(as_text(value)))
    return [part for part in parts if part]


def _word(value: Cell, vocabulary: str) -> str | Bad:
    allowed = WORDS[vocabulary]
    key = types.word_key(as_text(value))
    word = allowed.get(key)
    if word is not None:
        return word
    listed = ", ".join(dict.fromkeys(allowed.values()))
    meant = allowed.get(types.word_key(types.MEANT.get(key, "")))  # `klar` -> done
    if meant is not None:
        return Bad("import.cell.word_meant", shown(value), listed, meant)
    return Bad("import.cell.word", shown(value), listed)


def _money(value: Cell) -> int | float | Bad:
    if isinstance(value, dt.date):
        return Bad("import.cell.money", shown(value))
    try:
        amount = types.parse_money(unquoted(value) if isinstance(value, str) else value)
    except ValueError:  # pydantic's custom error is a ValueError
        return Bad("import.cell.money", shown(value))
    return whole(amount)


def _number(value: Cell, kind: str) -> int | float | Bad:
    """Hours or a percentage: a number, `12,5`, `1 200`; a percentage also `40 %` or a
    cell formatted as one (which Excel keeps as 0.4)."""
    bad = Bad(f"import.cell.{kind}", shown(value))
    if isinstance(value, Share) and kind == "percent":
        number = round(value * 100, 9)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
    elif isinstance(value, str) and (match := _NUMBER.match(_percentless(value, kind))):
        number = float(match[0].translate(_SPACES).replace(",", "."))
    else:
        return bad
    if number < 0 or (kind == "percent" and number > 100) or number != number:
        return bad
    return whole(number)


_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009")


def _percentless(text: str, kind: str) -> str:
    text = text.strip()
    return text[:-1] if kind == "percent" and text.endswith("%") else text


def _date(value: Cell) -> str | Bad:
    """An xlsx date, or ISO text: a date written 1/3/2027 is read by nobody the same way."""
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return types.iso_date(as_text(value)).isoformat()
    except ValueError:
        return Bad("import.cell.date", shown(value))


def whole(number: float) -> int | float:
    """80000.0 -> 80000: written in the plan as a person writes it."""
    return int(number) if float(number).is_integer() and abs(number) < 2**53 else number
