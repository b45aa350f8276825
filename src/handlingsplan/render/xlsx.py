"""A plan as an Excel workbook (.xlsx): the sheets of sheet.py, in the plan's language.

What a sheet holds comes from sheet.py and render/columns.py only (`FIELDS[kind]` and
each column's getter), so the activities sheet has exactly the headers and columns
`hplan table --format csv` writes, and `hplan import` reads back what is written here.

- plan: one row per header field, its name in column A and its value in B (empty when
  the plan has none, so that a person can fill it in);
- activities, goals, backlog, gaps: a header row, then one row per item in the plan's
  order; written even when empty, so that the file is also a template.

Values keep their type: dates are date cells, money and hours numbers, progress a number
0-100, the contingency a share shown as a percentage; lists are joined with ", " and the
format's words are given in the plan's language. Text is always stored as text: a plan
from a pull request must not be able to make a spreadsheet run a formula.

The classification marking is in every sheet's print header and on the plan sheet, never
in a row above the headers (that would break the filter and an import). The bytes depend
only on the plan and the spec: the workbook's dates and the zip entries' dates are the
export's timestamp, so SOURCE_DATE_EPOCH gives byte-identical files.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from handlingsplan import __version__, sheet
from handlingsplan.i18n import t
from handlingsplan.model import Plan
from handlingsplan.render.columns import FORMULA_START, Column, Value
from handlingsplan.sheet import Field

DATE_FORMAT = "yyyy-mm-dd"
WHOLE_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.00"
SHARE_FORMAT = "0%"
# Pale fills, dark text stays readable on them: the priority at a glance.
PRIORITY_FILLS = {
    "critical": "FFC7CE",
    "high": "FFE0B2",
    "medium": "FFF2CC",
    "low": "E2EFDA",
}
# The one percent field that is a share (0.15) rather than a number 0-100 (progress).
SHARES = frozenset({"contingency"})
MIN_WIDTH, MAX_WIDTH = 8, 50
ZIP_EPOCH = dt.datetime(1980, 1, 1)  # the earliest date a zip entry can carry
BOLD = Font(bold=True)
# The control characters XML 1.0, and so a workbook, cannot hold (openpyxl refuses a
# cell with one; a YAML plan can write them as escapes, "\x01").
ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
MAX_CELL = 32_767  # characters in a cell: Excel "repairs" a file with a longer one

Columns = Sequence[Column | Field]


@dataclass(frozen=True)
class Spec:
    lang: str
    plan_id: str
    stamp: dt.datetime  # the export's time, in UTC (SOURCE_DATE_EPOCH when set)
    marking: str | None  # the classification marking, or None


def render(plan: Plan, spec: Spec) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for kind in sheet.SHEETS:
        ws = book.create_sheet(sheet.sheet_title(kind, spec.lang))
        if kind == "plan":
            _plan_sheet(ws, plan, spec)
        else:
            _list_sheet(ws, sheet.FIELDS[kind], _items(plan, kind), spec)
        _print_header(ws, spec.marking)
    _properties(book, plan, spec)
    return _reproducible(_save(book), spec.stamp)


def _items(plan: Plan, kind: str) -> list[Any]:
    listed: dict[str, Iterable[tuple[int, Any]]] = {
        "activities": plan.activities,
        "goals": plan.goals,
        "backlog": plan.backlog,
        "gaps": plan.gaps,
    }
    return [item for _, item in listed[kind]]


# --- sheets ---------------------------------------------------------------------------


def _plan_sheet(ws: Worksheet, plan: Plan, spec: Spec) -> None:
    """Field name in A, value in B; the marking's row in bold, so that it is seen."""
    for row, field in enumerate(sheet.PLAN, start=1):
        label = _put(ws, row, 1, field.header(spec.lang), "text", "", spec.lang)
        label.font = BOLD
        value = _put(ws, row, 2, field.get(plan.header), field.kind, field.key, spec.lang)
        if field.key == "classification":
            value.font = BOLD
    ws.column_dimensions["A"].width = _width(f.header(spec.lang) for f in sheet.PLAN)
    ws.column_dimensions["B"].width = MAX_WIDTH


def _list_sheet(ws: Worksheet, fields: Columns, items: list[Any], spec: Spec) -> None:
    """A header row, one row per item; frozen header and id column, a filter, widths."""
    shown = [[field.header(spec.lang)] for field in fields]  # per column, to size it
    for col, field in enumerate(fields, start=1):
        _put(ws, 1, col, field.header(spec.lang), "text", "", spec.lang).font = BOLD
    for row, item in enumerate(items, start=2):
        for col, field in enumerate(fields, start=1):
            value = field.get(item)
            if value is None or value == []:
                continue  # no cell at all: an empty one costs time and adds nothing
            cell = _put(ws, row, col, value, field.kind, field.key, spec.lang)
            if field.key == "priority" and isinstance(value, str) and value in PRIORITY_FILLS:
                cell.fill = _fill(value)
            shown[col - 1].append(_shown(value))
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(fields))}{len(items) + 1}"
    ws.print_title_rows = "1:1"  # the header row on every printed page
    ws.page_setup.orientation = "landscape"
    for col, texts in enumerate(shown, start=1):
        ws.column_dimensions[get_column_letter(col)].width = _width(texts)


# Excel refuses a header/footer longer than 255 characters (and "repairs" the file); the
# font code below takes 9 of them. A longer marking is cut, with an ellipsis, in print
# only: the Plan sheet keeps it whole.
HEADER_ROOM = 255 - len('&"-,Bold"')


def _print_header(ws: Worksheet, marking: str | None) -> None:
    """The marking at the top of every printed page ("&" is a code there: doubled)."""
    if marking:
        ws.oddHeader.center.text = printed(marking)
        ws.oddHeader.center.font = "-,Bold"


# --- cells ----------------------------------------------------------------------------


def _put(ws: Worksheet, row: int, col: int, value: Value, kind: str, key: str, lang: str) -> Any:
    """Write one value as its kind wants it and return the cell."""
    cell = ws.cell(row=row, column=col)
    stored = _value(value, kind, lang)
    cell.value = stored
    if isinstance(stored, str):
        # openpyxl takes a str that starts with "=" for a formula: never from a plan.
        cell.data_type = "s"
        if stored.startswith(FORMULA_START):
            # And a spreadsheet keeps it text when someone edits the cell ('= in Excel).
            cell.quotePrefix = True
    fmt = _number_format(stored, kind, key)
    if fmt:
        cell.number_format = fmt
    return cell


def _value(value: Value, kind: str, lang: str) -> str | float | int | dt.date | None:
    if value is None or value == []:
        return None
    if isinstance(value, list):
        return _text(", ".join(str(part) for part in value))
    if kind == "word" and isinstance(value, str):
        return t(f"value.{value}", lang)
    if isinstance(value, str):
        return _text(value)
    return value


def _text(value: str) -> str:
    return ILLEGAL.sub("", value)[:MAX_CELL]


def _number_format(stored: object, kind: str, key: str) -> str | None:
    if isinstance(stored, dt.date):
        return DATE_FORMAT
    if not isinstance(stored, (int, float)):
        return None
    if key in SHARES:
        return SHARE_FORMAT
    if kind in ("money", "hours"):
        return WHOLE_FORMAT if float(stored).is_integer() else DECIMAL_FORMAT
    return None


def _shown(value: Value) -> str:
    """Roughly what a cell shows, to size its column."""
    if isinstance(value, list):
        return ", ".join(str(part) for part in value)
    if isinstance(value, dt.date):
        return "yyyy-mm-dd"
    if isinstance(value, float):
        return f"{value:,.2f}"
    return "" if value is None else str(value)


def _width(texts: Iterable[str]) -> float:
    longest = max((len(line) for text in texts for line in text.splitlines() or [""]), default=0)
    return float(min(MAX_WIDTH, max(MIN_WIDTH, longest + 2)))


_FILLS: dict[str, PatternFill] = {}


def _fill(priority: str) -> PatternFill:
    if priority not in _FILLS:
        colour = PRIORITY_FILLS[priority]
        _FILLS[priority] = PatternFill(fill_type="solid", start_color=colour, end_color=colour)
    return _FILLS[priority]


# --- the file -------------------------------------------------------------------------


def _properties(book: Workbook, plan: Plan, spec: Spec) -> None:
    """Document properties from the plan and the export's time, never the clock."""
    when = spec.stamp.astimezone(dt.timezone.utc).replace(tzinfo=None)
    props = book.properties
    props.created = when
    props.modified = when
    props.creator = f"hplan {__version__}"
    props.lastModifiedBy = None
    props.identifier = spec.plan_id
    props.language = spec.lang
    if plan.header is not None:
        props.title = plan.header.title


def _save(book: Workbook) -> bytes:
    """The workbook as bytes. ExcelWriter, not save_workbook: that one stamps `modified`
    with the clock."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).write_data()
    return out.getvalue()


def _reproducible(data: bytes, stamp: dt.datetime) -> bytes:
    """The same zip with every entry dated `stamp` (not before 1980, which zip cannot
    hold) and the same permissions: openpyxl's entries carry the clock and the mode of
    its temporary files."""
    when = max(stamp.astimezone(dt.timezone.utc).replace(tzinfo=None), ZIP_EPOCH)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=when.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(entry.filename))
    return out.getvalue()


def printed(marking: str) -> str:
    """The marking as a print header holds it: `&` doubled, at most HEADER_ROOM long."""
    coded = _text(marking).replace("&", "&&")
    if len(coded) <= HEADER_ROOM:
        return coded
    cut = coded[: HEADER_ROOM - 1]
    ampersands = len(cut) - len(cut.rstrip("&"))
    return (cut[:-1] if ampersands % 2 else cut) + "…"  # never half of a doubled "&"
