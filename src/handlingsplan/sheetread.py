"""A spreadsheet file (.xlsx, or .csv as `hplan table --format csv` writes it) as rows
of cell values, each row with its number as the spreadsheet shows it: what `hplan import`
reads. Nothing here knows a plan's columns (sheetimport does).

openpyxl is imported only when an .xlsx is read (it costs ~150 ms). A workbook is read
with `read_only=True` (streamed: a 5,000-row sheet is not held as cell objects) and
`data_only=True` (a formula's cached value, never the formula). Limits keep a hostile
file from costing minutes or gigabytes: its size, its rows (with values, and gone
through), its columns.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import os
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from handlingsplan import i18n
from handlingsplan.errors import HplanError

MAX_BYTES = 50 * 1024 * 1024
MAX_UNPACKED = 500 * 1024 * 1024  # what an .xlsx may unpack to
MAX_ROWS = 100_000  # rows with a value, per sheet; a plan has hundreds of activities
# Rows gone through, empty or not: the most a spreadsheet program holds (Excel's limit).
# A stray cell far down is read (its number is no count of rows), but openpyxl yields
# each empty row above a cell, so a file numbering one 999999999 would be read for ever.
SHEET_ROWS = 1_048_576
MAX_COLUMNS = 100  # the widest sheet (backlog) has 20 columns; the rest is not read
Cell = str | int | float | dt.date | None


class Share(float):
    """A number from a cell formatted as a percentage: Excel keeps 15 % as 0.15."""


class Uncalculated(str):
    """A formula whose value the file does not hold (openpyxl and scripts write formulas
    but never calculate them): the formula's text, and an error in whatever column."""


@dataclass(frozen=True)
class Row:
    number: int  # 1-based, as the spreadsheet shows it
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Sheet:
    title: str | None  # None: a csv file, which has one sheet and no title
    rows: tuple[Row, ...]


def column_letter(index: int) -> str:
    """1 -> A, 27 -> AA: a column as a spreadsheet names it."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def read(path: str, lang: str) -> tuple[Sheet, ...]:
    """The sheets of `path`, by its suffix; an unreadable file is HplanError (exit 1)."""
    return parse(_bytes(path, lang), path, lang)


def parse(data: bytes, path: str, lang: str) -> tuple[Sheet, ...]:
    """The sheets of a file's bytes; `path` names it (its suffix says csv or xlsx)."""
    if path.lower().endswith(".csv"):
        return (_csv(data, path, lang),)
    return _xlsx(data, path, lang)


def _bytes(path: str, lang: str) -> bytes:
    try:
        if os.path.getsize(path) > MAX_BYTES:
            raise HplanError(i18n.t("import.too_big", lang, path=path, limit=MAX_BYTES >> 20), 1)
        with open(path, "rb") as file:
            return file.read()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise HplanError(i18n.t("import.cannot_read", lang, path=path, reason=reason), 1) from None


def _csv(data: bytes, path: str, lang: str) -> Sheet:
    text = _text(data)
    if "\x00" in text:
        raise HplanError(i18n.t("import.not_csv", lang, path=path), 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows: list[Row] = []
    try:
        for number, cells in enumerate(reader, start=1):
            _check_gone_through(number, path, lang)
            values = tuple(_csv_cell(c) for c in cells[:MAX_COLUMNS])
            if any(v is not None for v in values):
                _check_rows(len(rows) + 1, path, lang)
                rows.append(Row(number, values))
    except csv.Error as exc:
        raise HplanError(i18n.t("import.bad_csv", lang, path=path, reason=str(exc)), 1) from None
    return Sheet(None, tuple(rows))


def _text(data: bytes) -> str:
    """UTF-16 by its byte order mark (Excel's "Unicode text", which is full of NUL bytes
    read any other way), else UTF-8, else Windows-1252: Excel's "CSV" in Sweden, which
    decodes every byte."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    """`;` (Swedish Excel, hplan in Swedish) or `,`: whichever the first lines use more,
    outside quotes. The marking row above the header has neither, so several lines count."""
    head = text[:4096]
    try:
        return csv.Sniffer().sniff(head, delimiters=";,\t").delimiter
    except csv.Error:
        return ";" if head.count(";") > head.count(",") else ","


def _csv_cell(text: str) -> Cell:
    return text if text.strip() else None


def _check_rows(count: int, path: str, lang: str) -> None:
    """`count` rows with a value read so far."""
    if count > MAX_ROWS:
        raise HplanError(i18n.t("import.too_many_rows", lang, path=path, limit=MAX_ROWS), 1)


def _check_gone_through(count: int, path: str, lang: str) -> None:
    """`count` rows gone through so far, empty or not."""
    if count > SHEET_ROWS:
        raise HplanError(i18n.t("import.too_many_rows", lang, path=path, limit=SHEET_ROWS), 1)


def _xlsx(data: bytes, path: str, lang: str) -> tuple[Sheet, ...]:
    # openpyxl warns (on standard error, with its source line) of what it drops of a
    # damaged or unusual file; what matters is said by hplan, in the user's language.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _sheets(data, path, lang)


def _sheets(data: bytes, path: str, lang: str) -> tuple[Sheet, ...]:
    book = _open(data, path, lang, True)
    formulas = None  # the workbook read for its formulas: only if a cell may be one
    try:
        sheets = []
        for ws in book.worksheets:
            rows, blanks = _rows(ws, path, lang)
            if blanks:
                formulas = formulas or _open(data, path, lang, False)
                rows = _uncalculated(rows, formulas[ws.title], path, lang)
            sheets.append(Sheet(str(ws.title), rows))
        return tuple(sheets)
    except HplanError:
        raise
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise HplanError(i18n.t("import.not_xlsx", lang, path=path, reason=_why(exc)), 1) from None
    finally:
        book.close()
        if formulas is not None:
            formulas.close()


def _open(data: bytes, path: str, lang: str, values: bool) -> Any:
    """The workbook, opened with each formula's saved value (`values`) or its text.
    Any exception is a damaged file: openpyxl raises what its
    parsers raise (a BadZipFile, a KeyError for a missing part, an XML ParseError, which
    is a SyntaxError, a ValueError, a TypeError, ...), and no list of them is complete."""
    # ExcelReader is what load_workbook runs; used directly to see the sheets the
    # workbook declares, as openpyxl silently leaves out one whose part is missing.
    from openpyxl.reader.excel import ExcelReader

    try:
        _unpacked_size(data, path, lang)
        reader = ExcelReader(io.BytesIO(data), read_only=True, data_only=values)
        reader.read()
        declared = [str(s.name) for s in reader.parser.sheets]
    except HplanError:
        raise
    except Exception as exc:
        raise HplanError(i18n.t("import.not_xlsx", lang, path=path, reason=_why(exc)), 1) from None
    read = {str(ws.title) for ws in reader.wb._sheets}
    for title in declared:
        if title not in read:
            reason = i18n.t("import.sheet_missing", lang, title=title)
            raise HplanError(i18n.t("import.not_xlsx", lang, path=path, reason=reason), 1)
    return reader.wb


def _unpacked_size(data: bytes, path: str, lang: str) -> None:
    """A workbook is a zip file: refuse one that unpacks to more than MAX_UNPACKED before
    openpyxl unpacks it (a "zip bomb" of a few MiB can hold gigabytes of XML)."""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if sum(entry.file_size for entry in archive.infolist()) > MAX_UNPACKED:
            limit = MAX_UNPACKED >> 20
            raise HplanError(i18n.t("import.too_big", lang, path=path, limit=limit), 1)


def _why(exc: BaseException) -> str:
    """The cause in one line: openpyxl wraps a parser's error in a ValueError of several
    lines naming a BytesIO; the parser's own line says where the file is wrong."""
    cause = exc.__cause__ or exc
    return (str(cause).strip().splitlines() or [type(cause).__name__])[0]


def _rows(ws: Any, path: str, lang: str) -> tuple[tuple[Row, ...], bool]:
    """The sheet's rows, and whether a cell in the file came without a value (an empty
    cell with a format, or a formula never calculated: only a second read tells)."""
    if not hasattr(ws, "iter_rows"):
        return (), False  # a chart sheet
    rows: list[Row] = []
    blanks = False
    for cells in _cells(ws, path, lang):
        values = tuple(_xlsx_cell(cell) for cell in cells)
        present = (hasattr(c, "row") for c in cells)  # an EmptyCell is no cell in the file
        blanks = blanks or any(v is None and p for v, p in zip(values, present, strict=True))
        number = next((c.row for c in cells if getattr(c, "row", None)), None)
        if number is None or not any(v is not None for v in values):
            continue  # an empty row: nothing to read, and EmptyCell has no row number
        _check_rows(len(rows) + 1, path, lang)
        rows.append(Row(number, _trimmed(values)))
    return tuple(rows), blanks


def _cells(ws: Any, path: str, lang: str) -> Iterator[tuple[Any, ...]]:
    """Each row's cells, up to MAX_COLUMNS, up to SHEET_ROWS rows."""
    # The size a file declares may be wrong (too small: rows would be lost; too large:
    # every row padded to it): read the cells that are there instead.
    ws.reset_dimensions()
    for count, cells in enumerate(ws.iter_rows(), start=1):
        _check_gone_through(count, path, lang)
        yield cells[:MAX_COLUMNS]


def _uncalculated(rows: tuple[Row, ...], ws: Any, path: str, lang: str) -> tuple[Row, ...]:
    """`rows` with each formula that has no saved value (read as empty) as Uncalculated.
    `ws` is the same sheet read for formulas: one more pass, so still linear."""
    found: dict[int, dict[int, Cell]] = {}
    for cells in _cells(ws, path, lang):
        for at, cell in enumerate(cells):
            if getattr(cell, "data_type", "") == "f":
                text = str(getattr(cell.value, "text", None) or cell.value)
                found.setdefault(cell.row, {})[at] = Uncalculated(text)
    if not found:
        return rows
    merged: dict[int, list[Cell]] = {row.number: list(row.cells) for row in rows}
    for number, formulas in found.items():
        values = merged.setdefault(number, [])
        for at, formula in formulas.items():
            values.extend([None] * (at + 1 - len(values)))
            values[at] = values[at] if values[at] is not None else formula
    _check_rows(len(merged), path, lang)
    return tuple(Row(number, tuple(merged[number])) for number in sorted(merged))


def _trimmed(values: tuple[Cell, ...]) -> tuple[Cell, ...]:
    end = len(values)
    while end and values[end - 1] is None:
        end -= 1
    return values[:end]


def _xlsx_cell(cell: Any) -> Cell:
    value = cell.value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, (dt.date, str)) or value is None:
        return value if not isinstance(value, str) or value.strip() else None
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return Share(value) if "%" in str(getattr(cell, "number_format", "")) else value
    return str(value)  # a time or a timedelta: shown as text, and refused as what it is not
