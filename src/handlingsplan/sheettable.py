"""One table sheet (activities, backlog, goals, gaps) as plan items: its header row found,
its columns named by sheet.py, each row read cell by cell. Pure.

The header row is the first of the first HEADER_ROWS non-empty rows that names the
sheet's key column (what a row cannot be without: the activity's name, the goal's
title, the gap's control) or the id column: rows above it (a classification marking, a
title) are not data. A header the sheet does not know is a warning, not an error: a
method template often has columns of its own (a comment, a risk number).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from handlingsplan import sheet, sheetcells
from handlingsplan.model import Activity, BacklogItem, Gap, Goal
from handlingsplan.sheetfindings import Finding, Place
from handlingsplan.sheetread import Row, Sheet

HEADER_ROWS = 10
KEY_COLUMN = {"activities": "name", "backlog": "name", "goals": "title", "gaps": "control"}
MODELS: dict[str, type[BaseModel]] = {
    "activities": Activity, "backlog": BacklogItem, "goals": Goal, "gaps": Gap,
}  # fmt: skip
# What an item cannot be without, besides its id: the model's required fields, so that
# the import and the format ("What is required") cannot come to disagree.
REQUIRED = {
    kind: tuple(n for n, f in model.model_fields.items() if f.is_required() and n != "id")
    for kind, model in MODELS.items()
}
# Kinds with an id column that may be left out: the ids are then made (A1, A2, ...).
MADE_IDS = {"activities": "A", "backlog": "B", "goals": "G"}
KINDS = {kind: {c.key: c.kind for c in sheet.FIELDS[kind]} for kind in KEY_COLUMN}
NESTED = {
    "money": ("cost", "money"), "hours": ("cost", "hours"), "running": ("cost", "running"),
    "accepted_by": ("accepted", "by"), "accepted_date": ("accepted", "date"),
}  # fmt: skip


@dataclass
class Table:
    """A sheet read: its items, where each came from, and what was wrong."""

    kind: str
    title: str | None = None  # the sheet's title as written (None: a csv file)
    items: list[dict[str, Any]] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)  # the sheet row of each item
    columns: dict[str, int] = field(default_factory=dict)  # column key -> index (1-based)
    headers: dict[int, str] = field(default_factory=dict)  # index -> header as written
    findings: list[Finding] = field(default_factory=list)
    # Item index -> the column keys of its cells that could not be read (`hours`).
    bad: dict[int, set[str]] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # required columns it lacks


def header_row(source: Sheet, kind: str) -> int | None:
    """The position in `source.rows` of the header row, or None."""
    known = sheet.names(kind)
    for at, row in enumerate(source.rows[:HEADER_ROWS]):
        keys = {known.get(sheet.header_key(sheetcells.as_text(c))) for c in row.cells if c}
        if KEY_COLUMN[kind] in keys or ("id" in keys and len(keys - {None}) >= 2):
            return at
    return None


def read(source: Sheet, kind: str, at: int, id_prefix: str) -> Table:
    table = Table(kind, source.title)
    header = source.rows[at]
    _columns(table, source, header)
    _missing_columns(table, source, header)
    for row in source.rows[at + 1 :]:
        _item(table, source, row)
    if "id" not in table.columns and kind in MADE_IDS:
        for number, item in enumerate(table.items, start=1):
            item["id"] = f"{id_prefix}{number}"
    return table


def _columns(table: Table, source: Sheet, header: Row) -> None:
    known = sheet.names(table.kind)
    for index, cell in enumerate(header.cells, start=1):
        if cell is None:
            continue
        written = sheetcells.as_text(cell)
        key = known.get(sheet.header_key(written))
        place = Place(source.title, header.number, index, written)
        if key is None:
            table.findings.append(
                unknown(place, written, known, table.kind, "import.unknown_column")
            )
        elif key in table.columns:
            first = table.headers[table.columns[key]]
            table.findings.append(Finding.warn(place, "import.column_twice", first=first))
        else:
            table.columns[key], table.headers[index] = index, written


def unknown(
    place: Place, written: str, known: dict[str, str], kind: str, message_id: str, **args: str
) -> Finding:
    """A column (or a plan sheet row) of a name `kind` does not know: the warning
    `message_id`, or `{message_id}_meant` with the title it most likely meant."""
    close = difflib.get_close_matches(sheet.header_key(written), known, n=1, cutoff=0.75)
    if close:
        return Finding.warn(place, f"{message_id}_meant", **args, **titles(kind, known[close[0]]))
    return Finding.warn(place, message_id, **args)


def titles(kind: str, key: str) -> dict[str, str]:
    """A column's title in each language, for a message's `{column}` (sheetfindings picks
    the reader's)."""
    column = next(c for c in sheet.FIELDS[kind] if c.key == key)
    return {f"column_{lang}": column.header(lang) for lang in sheet.LANGUAGES}


def _missing_columns(table: Table, source: Sheet, header: Row) -> None:
    needed = REQUIRED[table.kind] + (() if table.kind in MADE_IDS else ("id",))
    for key in needed:
        if key not in table.columns:
            table.missing.append(key)
            place = Place(source.title, header.number)
            table.findings.append(
                Finding.error(place, "import.no_column", **titles(table.kind, key))
            )


def _item(table: Table, source: Sheet, row: Row) -> None:
    """One row as an item; a row with nothing in the sheet's columns is no item."""
    cells = {key: _at(row, column) for key, column in table.columns.items()}
    if all(cell is None for cell in cells.values()):
        return
    item: dict[str, Any] = {}
    index = len(table.items)
    for key, cell in cells.items():
        value = _cell(table.kind, key, cell)
        if value is None:
            continue
        if isinstance(value, sheetcells.Bad):
            column = table.columns[key]
            place = Place(source.title, row.number, column, table.headers[column])
            table.findings.append(Finding.bad(place, value))
            table.bad.setdefault(index, set()).add(key)
            continue
        _put(item, key, value)
    table.items.append(item)
    table.rows.append(row.number)


def _at(row: Row, column: int) -> Any:
    cell = row.cells[column - 1] if column <= len(row.cells) else None
    return None if isinstance(cell, str) and not cell.strip() else cell


def _cell(kind: str, key: str, cell: Any) -> Any:
    """The cell's value; an empty required cell is an error (returned as Bad)."""
    if cell is None:
        if key in REQUIRED[kind] or key == "id":
            return sheetcells.Bad("import.cell.required", "")
        return None
    vocabulary = "gap_status" if (kind, key) == ("gaps", "status") else key
    return sheetcells.parse(KINDS[kind][key], cell, vocabulary)


def _put(item: dict[str, Any], key: str, value: Any) -> None:
    if value == []:
        return
    if key in NESTED:
        outer, inner = NESTED[key]
        item.setdefault(outer, {})[inner] = value
    else:
        item[key] = value
