"""The plan data an import makes, and what validating it finds placed back in the
spreadsheet: a diagnostic about `activities[4].start` is shown at the Start cell of the
row that made activity 4, not at a line of a YAML file the user has not seen. Pure.
"""

from __future__ import annotations

import re
from typing import Any

from handlingsplan import i18n, words
from handlingsplan.diagnostics import Diagnostic, Severity
from handlingsplan.filters import natural
from handlingsplan.sheetfindings import ERROR, WARNING, Finding, Place
from handlingsplan.sheetimport import TABLES, Imported

WORDS = ("priority", "status", "kind", "severity")
# Found by the import itself, better placed (a duplicate id names the first cell), or
# said by the import in its own words (a draft needs `hplan adopt`).
SAID_ALREADY = frozenset({"HP104.duplicate", "HP503"})
# An item's diagnostic that follows from fields being empty: not said when one of their
# cells was bad (`has neither a cost nor resources` of a row whose Cost was `ten`).
FOLLOWS_FROM = {"HP408": frozenset({"money", "hours", "running", "resources"})}
# A diagnostic's key under an item -> the sheet column it came from.
COLUMN_OF = {
    ("cost", "money"): "money", ("cost", "hours"): "hours", ("cost", "running"): "running",
    ("accepted", "by"): "accepted_by", ("accepted", "date"): "accepted_date",
}  # fmt: skip


def to_data(found: Imported, header: dict[str, Any], lang: str) -> dict[str, Any]:
    """The plan file's data: `header` is `plan:` (the plan sheet and the options)."""
    data: dict[str, Any] = {"hplan": 1, "plan": header}
    for kind in TABLES:
        table = found.tables.get(kind)
        if table is not None and table.items:
            data[kind] = [_worded(item, lang) for item in table.items]
    if "goals" not in found.tables and (goals := _made_goals(found, lang)):
        data["goals"] = goals
    return data


def _made_goals(found: Imported, lang: str) -> list[dict[str, Any]]:
    """A file without a goals sheet (every csv) names goals no sheet defines: each is made
    with a title to fill in, and a warning at the first cell naming it, so the plan
    validates and nothing the sheet said is lost."""
    made: dict[str, dict[str, Any]] = {}
    for kind in ("activities", "backlog"):
        table = found.tables.get(kind)
        for at, item in enumerate(table.items if table is not None else []):
            for goal in item.get("goals", []):
                if goal not in made:
                    made[goal] = {"id": goal, "title": i18n.t("import.goal_title", lang, id=goal)}
                    where = place((kind, at, "goals"), found)
                    found.findings.append(Finding.warn(where, "import.goal_made", id=goal))
    return [made[goal] for goal in sorted(made, key=natural)]  # M2 before M10


def _worded(item: dict[str, Any], lang: str) -> dict[str, Any]:
    """Words in the plan's language (`hög`), as hplan writes every plan."""
    return {k: words.word(v, lang) if k in WORDS else v for k, v in item.items()}


def placed(diagnostics: list[Diagnostic], found: Imported, lang: str) -> list[Finding]:
    """The errors and warnings of validating the made plan, each at its row and cell.
    One about an item whose cells could not be read is left out: it is the cell's error
    said again (a `start` missing because the Start cell was no date); so is a field
    missing from every row of a sheet that lacks its column (said once, at the header)."""
    from handlingsplan.render.messages import message

    shown = []
    for d in diagnostics:
        if d.severity is Severity.INFO or d.message_id in SAID_ALREADY or _said(d, found):
            continue
        severity = ERROR if d.severity is Severity.ERROR else WARNING
        said = _cycle(d, found, lang) if d.message_id == "HP202" else message(d, lang)
        shown.append(Finding(severity, place(d.loc, found), "", code=d.code, said=said))
    return shown


def _cycle(d: Diagnostic, found: Imported, lang: str) -> str:
    """HP202 with the cells of each Depends on in the cycle, not the lines of a YAML
    file the user has not seen (the plan is not written while there is an error)."""
    ids = str(d.kwargs.get("cycle", "")).split(" → ")[:-1]
    cells = [cell for cell in (_depends_cell(found, ident) for ident in ids) if cell]
    table = found.tables.get("activities")
    column = table.headers.get(table.columns.get("depends_on", 0), "") if table else ""
    return i18n.t("import.HP202", lang, cycle=d.kwargs.get("cycle", ""), cells=", ".join(cells),
                  column=column)  # fmt: skip


def _depends_cell(found: Imported, ident: str) -> str | None:
    """`Aktiviteter!G3` (`G3` in a csv): the Depends on cell of the activity `ident`."""
    table = found.tables.get("activities")
    column = table.columns.get("depends_on") if table is not None else None
    if table is None or not column:
        return None
    for item, row in zip(table.items, table.rows, strict=True):
        if item.get("id") == ident:
            return Place(table.title, row, column).cell("en")  # no label: no words in it
    return None


def _said(d: Diagnostic, found: Imported) -> bool:
    """Only a diagnostic about a field whose cell was bad (or whose column is missing)
    is the import's own error said again; any other of the same item is news."""
    loc = d.loc
    if len(loc) < 2 or loc[0] not in found.tables or not isinstance(loc[1], int):
        return False
    table = found.tables[str(loc[0])]
    bad = table.bad.get(loc[1], set())
    if d.code == "HP101":  # fields missing: each from a bad (or empty) cell, or no column
        return bool(_missing(d)) and _missing(d) <= bad | set(table.missing)
    if bad & FOLLOWS_FROM.get(d.code, frozenset()):
        return True
    return len(loc) >= 3 and _column_key(loc) in bad


def _missing(d: Diagnostic) -> set[str]:
    """The fields an HP101 says are missing: one at its key path, or several (HP101.many,
    at the item) named in backquotes."""
    fields = d.kwargs.get("fields")
    if isinstance(fields, str):
        return set(re.findall(r"`([^`]+)`", fields))
    return {_column_key(d.loc)} if len(d.loc) >= 3 else set()


def _column_key(loc: tuple[str | int, ...]) -> str:
    """The sheet column a key path under an item names: `cost.hours` -> `hours`."""
    key = COLUMN_OF.get((str(loc[2]), str(loc[3])), "") if len(loc) >= 4 else ""
    return key or (str(loc[2]) if len(loc) >= 3 else "")


def place(loc: tuple[str | int, ...], found: Imported) -> Place | None:
    """The cell (or row) of the item and field a diagnostic's key path names."""
    if len(loc) >= 2 and loc[0] == "plan" and found.header is not None:
        names = [str(part) for part in loc[1:3]]
        return found.header.places.get(".".join(names)) or found.header.places.get(names[0])
    table = found.tables.get(str(loc[0])) if loc else None
    if table is None or len(loc) < 2 or not isinstance(loc[1], int):
        return None
    if not 0 <= loc[1] < len(table.rows):
        return None
    row, item = table.rows[loc[1]], table.items[loc[1]]
    column = table.columns.get(_column_key(loc), 0)
    if column:
        return Place(table.title, row, column, table.headers[column])
    return Place(table.title, row, 0, str(item.get("id", "")))
