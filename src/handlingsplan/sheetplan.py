"""The plan sheet of a workbook as the plan's header (`plan:` in the file): one row per
field, its name in column A (either language), its value in column B. Pure.

A row whose name the sheet does not know is a warning when it has a value (a note a
person added) and nothing when it has none (a heading, a blank line).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from handlingsplan import sheet, sheetcells, sheettable
from handlingsplan.sheetfindings import Finding, Place
from handlingsplan.sheetread import Cell, Share, Sheet, Uncalculated

# Where a plan sheet row's value goes in the header mapping, when not under its own key.
PATHS = {
    "plan_title": ("title",), "plan_id": ("id",),
    "period_start": ("period", "start"), "period_end": ("period", "end"),
    "budget_money": ("budget", "money"), "budget_hours": ("budget", "hours"),
}  # fmt: skip
KINDS = {f.key: f.kind for f in sheet.PLAN}


@dataclass
class Header:
    data: dict[str, Any] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)  # `period.end`, `period` -> row
    findings: list[Finding] = field(default_factory=list)


def read(source: Sheet) -> Header:
    header = Header()
    known = sheet.names("plan")
    for row in source.rows:
        label = sheetcells.as_text(row.cells[0]) if row.cells and row.cells[0] else ""
        value = row.cells[1] if len(row.cells) > 1 else None
        key = known.get(sheet.header_key(label))
        place = Place(source.title, row.number, 2, label)
        if key is None:
            if value is not None and label:
                where = Place(source.title, row.number, 1)
                header.findings.append(
                    sheettable.unknown(
                        where, label, known, "plan", "import.unknown_row", label=label
                    )
                )
        elif value is not None:
            _field(header, key, value, place)
    return header


def _field(header: Header, key: str, value: Cell, place: Place) -> None:
    parsed = _value(key, value)
    if isinstance(parsed, sheetcells.Bad):
        header.findings.append(Finding.bad(place, parsed))
        return
    path = PATHS.get(key, (key,))
    header.places[".".join(path)] = place
    header.places.setdefault(path[0], place)
    target = header.data
    for name in path[:-1]:
        target = target.setdefault(name, {})
    target[path[-1]] = parsed


def _value(key: str, value: Cell) -> Any:
    if isinstance(value, Uncalculated):  # contingency and checkpoints do not parse it
        return sheetcells.parse("text", value)
    if key == "contingency":
        return _share(value)
    if key == "checkpoints":
        dates = [sheetcells.parse("date", part) for part in sheetcells.as_list(value)]
        return next((d for d in dates if isinstance(d, sheetcells.Bad)), dates)
    return sheetcells.parse(KINDS[key], value)


def _share(value: Cell) -> Any:
    """The contingency as the format keeps it, a share (0.15): from a cell formatted as a
    percentage, from `15 %`, or as written."""
    if isinstance(value, Share):
        return sheetcells.whole(float(value))
    text = sheetcells.as_text(value)
    if text.endswith("%"):
        parsed = sheetcells.parse("percent", text)
        if isinstance(parsed, (int, float)):
            return sheetcells.whole(round(parsed / 100, 9))
        return parsed
    return sheetcells.parse("hours", value)  # a plain non-negative number
