"""sheetcells and sheetread: one cell as its column's value; a csv's delimiter and BOM."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from handlingsplan import sheetcells, sheetread
from handlingsplan.errors import HplanError
from handlingsplan.sheetcells import Bad
from handlingsplan.sheetread import Share


@pytest.mark.parametrize(
    ("kind", "value", "vocabulary", "parsed"),
    [
        ("text", 12.0, "", "12"),
        ("text", "'=SUM(A1)", "", "=SUM(A1)"),
        ("text", "'quoted'", "", "'quoted'"),
        ("text", dt.date(2027, 1, 2), "", "2027-01-02"),
        ("list", "M1, M2;M3\nM4", "", ["M1", "M2", "M3", "M4"]),
        ("list", "'-x, y", "", ["-x", "y"]),
        ("list", 8, "", ["8"]),
        ("word", "Hög", "priority", "high"),
        ("word", "In progress", "status", "in_progress"),
        ("word", "Pågående", "status", "in_progress"),
        ("word", "accepterad", "gap_status", "accepted"),
        ("money", 80000.0, "", 80000),
        ("money", "80 tkr", "", 80000),
        ("money", "1,5 mnkr", "", 1500000),
        ("money", "1\u00a0500\u00a0000", "", 1500000),
        ("hours", "12,5", "", 12.5),
        ("hours", "1 200", "", 1200),
        ("hours", 7.25, "", 7.25),
        ("percent", "40 %", "", 40),
        ("percent", Share(0.4), "", 40),
        ("percent", 100, "", 100),
        ("date", dt.date(2027, 2, 28), "", "2027-02-28"),
        ("date", " 2027-02-28 ", "", "2027-02-28"),
    ],
)  # fmt: skip
def test_a_good_cell(kind: str, value: sheetread.Cell, vocabulary: str, parsed: object) -> None:
    assert sheetcells.parse(kind, value, vocabulary) == parsed


@pytest.mark.parametrize(
    ("kind", "value", "vocabulary", "message_id"),
    [
        ("word", "superhög", "priority", "import.cell.word"),
        ("word", "klar", "status", "import.cell.word_meant"),
        ("money", "1.500.000", "", "import.cell.money"),
        ("money", "-5", "", "import.cell.money"),
        ("money", dt.date(2027, 1, 1), "", "import.cell.money"),
        ("hours", "-1", "", "import.cell.hours"),
        ("hours", "lots", "", "import.cell.hours"),
        ("percent", "101", "", "import.cell.percent"),
        ("percent", Share(1.5), "", "import.cell.percent"),
        ("date", "1/3/2027", "", "import.cell.date"),
        ("date", "2027-02-30", "", "import.cell.date"),
        ("date", "2027-W01-1", "", "import.cell.date"),
        ("date", 46000, "", "import.cell.date"),
    ],
)  # fmt: skip
def test_a_bad_cell(kind: str, value: sheetread.Cell, vocabulary: str, message_id: str) -> None:
    parsed = sheetcells.parse(kind, value, vocabulary)
    assert isinstance(parsed, Bad) and parsed.message_id == message_id


def test_column_letters() -> None:
    assert [sheetread.column_letter(n) for n in (1, 26, 27, 52, 703)] == [
        "A",
        "Z",
        "AA",
        "AZ",
        "AAA",
    ]


@pytest.mark.parametrize(
    ("data", "cells"),
    [
        ("\ufeffId;Aktivitet\r\nA1;Två, tre\r\n", ("A1", "Två, tre")),
        ("Id,Activity\nA1,\"One; two\"\n", ("A1", "One; two")),
        ("Marking\n\nId,Activity\nA1,One\n", ("A1", "One")),
    ],
)  # fmt: skip
def test_csv_delimiter_and_bom(tmp_path: Path, data: str, cells: tuple[str, ...]) -> None:
    path = tmp_path / "t.csv"
    path.write_text(data, encoding="utf-8")
    (sheet,) = sheetread.read(str(path), "en")
    assert sheet.title is None and sheet.rows[-1].cells == cells


def test_windows_1252_csv_is_read(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes("Id;Aktivitet\nA1;Översyn\n".encode("cp1252"))
    assert sheetread.read(str(path), "sv")[0].rows[1].cells == ("A1", "Översyn")


def _workbook(rows: list[list[object]]) -> bytes:
    made = openpyxl.Workbook()
    for row in rows:
        made.active.append(row)
    out = io.BytesIO()
    made.save(out)
    return out.getvalue()


def test_a_workbook_that_unpacks_too_large_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheetread, "MAX_UNPACKED", 1000)
    with pytest.raises(HplanError, match="larger than the limit"):
        sheetread.parse(_workbook([["Activity"]]), "plan.xlsx", "en")


def test_a_workbook_that_declares_too_small_a_size_is_read_whole() -> None:
    """Some writers put a wrong <dimension>; openpyxl would stop reading at it."""
    data = _workbook([["Id", "Activity"], ["A1", "One"], ["A2", "Two"]])
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            content = source.read(entry.filename)
            if entry.filename.startswith("xl/worksheets/"):
                content = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:A1"', content)
            target.writestr(entry, content)
    (sheet,) = sheetread.parse(out.getvalue(), "plan.xlsx", "en")
    assert [row.cells for row in sheet.rows] == [("Id", "Activity"), ("A1", "One"), ("A2", "Two")]
