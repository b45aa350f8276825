"""The spreadsheet export, read back with openpyxl: the sheets of sheet.py in the plan's
language, the activities header equal to `hplan table --format csv`'s, typed cells
(dates, numbers, shares), the frozen header and filter, priority colours, text that
never becomes a formula, an empty plan as a template, the marking, and bytes that
depend only on the plan and the timestamp."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from conftest import EXAMPLE_PLANS, plan_at
from handlingsplan import sheet
from handlingsplan.model import Plan
from handlingsplan.pipeline import validate_path
from handlingsplan.render import xlsx
from handlingsplan.render.columns import COLUMNS
from handlingsplan.render.xlsx import PRIORITY_FILLS, Spec, render

Hplan = Callable[..., Any]
STAMP = dt.datetime(2027, 1, 15, 8, 0, tzinfo=dt.timezone.utc)
LAST = "S"  # the column of the last of the 19 activity columns
PLAN = """\
hplan: 1
plan:
  title: Handlingsplan 2027
  organisation: Exempelkommunen
  language: sv
  classification: "K2 & intern"
  period: {start: 2027-01-01, end: 2027-12-31}
  contingency: 0.15
  checkpoints: [2027-04-30, 2027-08-31]
activities:
  - id: A1
    name: Kritisk
    priority: critical
    responsible: Per Ek
    cost: {money: 1234.5, hours: 10}
    start: 2027-02-01
    end: 2027-03-01
  - {id: A2, name: Hög, priority: high, responsible: Per Ek, start: 2027-02-01, end: 2027-03-01}
  - {id: A3, name: Medel, priority: medium, responsible: Per Ek, start: 2027-02-01, end: 2027-03-01}
  - {id: A4, name: Låg, priority: low, responsible: Per Ek, start: 2027-02-01, end: 2027-03-01}
"""
EMPTY = """\
hplan: 1
plan:
  title: Tom plan
  organisation: Exempelkommunen
  language: en
  period: {start: 2027-01-01, end: 2027-12-31}
"""
HOSTILE = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "=1+1"]


def load(tmp_path: Path, text: str) -> Plan:
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    result = validate_path(str(path))
    assert result.plan is not None
    return result.plan


def marking(plan: Plan) -> str | None:
    return plan.header.classification if plan.header is not None else None


def export(plan: Plan, lang: str, stamp: dt.datetime = STAMP) -> bytes:
    return render(plan, Spec(lang, "klf", stamp, marking(plan)))


def book(plan: Plan, lang: str) -> Workbook:
    return load_workbook(io.BytesIO(export(plan, lang)))


def rows(ws: Any) -> list[tuple[Any, ...]]:
    return list(ws.iter_rows(values_only=True))


@pytest.mark.parametrize(
    ("lang", "titles"),
    [
        ("sv", ["Plan", "Aktiviteter", "Mål", "Backlogg", "Brister"]),
        ("en", ["Plan", "Activities", "Goals", "Backlog", "Gaps"]),
    ],
)
def test_sheets_in_order_titled_in_the_language(lang: str, titles: list[str]) -> None:
    wb = book(plan_at(EXAMPLE_PLANS[lang]), lang)
    assert wb.sheetnames == titles
    assert titles == [sheet.sheet_title(kind, lang) for kind in sheet.SHEETS]


@pytest.mark.parametrize("plan_lang", ["sv", "en"])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_activities_header_is_the_csv_header(hplan: Hplan, plan_lang: str, lang: str) -> None:
    """The one definition of the columns: xlsx and `table --format csv` agree."""
    path = EXAMPLE_PLANS[plan_lang]
    run = hplan("table", str(path), "--format", "csv", "--lang", lang)
    assert run.code == 0
    lines = list(
        csv.reader(io.StringIO(run.out.lstrip("\ufeff")), delimiter=";" if lang == "sv" else ",")
    )
    plan = plan_at(path)
    csv_header = lines[1] if marking(plan) else lines[0]  # the marking is csv's first row
    ws = book(plan, lang).worksheets[1]
    assert list(rows(ws)[0]) == csv_header
    assert csv_header == [c.header(lang) for c in COLUMNS]


def test_one_row_per_activity_in_the_plans_order() -> None:
    plan = plan_at(EXAMPLE_PLANS["sv"])
    ws = book(plan, "sv").worksheets[1]
    assert [row[0] for row in rows(ws)[1:]] == [a.id for _, a in plan.activities]
    backlog = book(plan, "sv").worksheets[3]
    assert [row[0] for row in rows(backlog)[1:]] == [b.id for _, b in plan.backlog]
    assert rows(backlog)[0][-1] == "Tas upp"  # BACKLOG: the activity columns and target


def test_dates_are_date_cells(tmp_path: Path) -> None:
    ws = book(load(tmp_path, PLAN), "sv").worksheets[1]
    start = ws["O2"]
    assert start.is_date
    assert start.value == dt.datetime(2027, 2, 1)
    assert start.number_format == "yyyy-mm-dd"


def test_money_and_hours_are_numbers(tmp_path: Path) -> None:
    ws = book(load(tmp_path, PLAN), "sv").worksheets[1]
    money, hours = ws["J2"], ws["K2"]
    assert (money.value, money.data_type, money.number_format) == (1234.5, "n", "#,##0.00")
    assert (hours.value, hours.data_type, hours.number_format) == (10, "n", "#,##0")
    english = book(plan_at(EXAMPLE_PLANS["en"]), "en").worksheets[1]
    assert (english["J3"].value, english["J3"].number_format) == (8000, "#,##0")


def test_progress_is_a_number_and_words_are_in_the_language() -> None:
    ws = book(plan_at(EXAMPLE_PLANS["sv"]), "sv").worksheets[1]
    first = dict(zip(rows(ws)[0], rows(ws)[1], strict=True))
    assert (first["Utfört"], first["Prioritet"], first["Status"]) == (100, "kritisk", "genomförd")
    gaps = book(plan_at(EXAMPLE_PLANS["sv"]), "sv").worksheets[4]
    assert rows(gaps)[1][2:4] == ("betydande", "öppen")


def test_plan_sheet_one_row_per_field(tmp_path: Path) -> None:
    ws = book(load(tmp_path, PLAN), "sv").worksheets[0]
    values = {label: value for label, value in rows(ws)}
    assert [row[0] for row in rows(ws)] == [f.header("sv") for f in sheet.PLAN]
    assert values["Titel"] == "Handlingsplan 2027"
    assert values["Enhet"] is None  # absent, kept for a person to fill in
    assert values["Uppföljningstillfällen"] == "2027-04-30, 2027-08-31"
    assert values["Klassificering"] == "K2 & intern"
    reserve = ws.cell(row=[f.key for f in sheet.PLAN].index("contingency") + 1, column=2)
    assert (reserve.value, reserve.number_format) == (0.15, "0%")
    assert ws["B9"].is_date  # period start


def test_frozen_header_and_filter_over_the_data() -> None:
    plan = plan_at(EXAMPLE_PLANS["en"])
    wb = book(plan, "en")
    activities, goals = wb.worksheets[1], wb.worksheets[2]
    assert activities.freeze_panes == "B2"
    assert activities.auto_filter.ref == f"A1:{LAST}{len(plan.activities) + 1}"
    assert goals.auto_filter.ref == f"A1:C{len(plan.goals) + 1}"
    assert activities["A1"].font.b
    assert 8 <= activities.column_dimensions["B"].width <= 50


def test_priority_is_shown_by_colour(tmp_path: Path) -> None:
    ws = book(load(tmp_path, PLAN), "sv").worksheets[1]
    fills = [ws[f"I{row}"].fill.fgColor.rgb for row in range(2, 6)]
    assert len(set(fills)) == 4
    assert [fill[-6:] for fill in fills] == [
        PRIORITY_FILLS[p] for p in ("critical", "high", "medium", "low")
    ]
    assert ws["H2"].fill.fill_type is None  # only the priority cell


@pytest.mark.parametrize("text", HOSTILE)
def test_text_never_becomes_a_formula(tmp_path: Path, text: str) -> None:
    quoted = text.replace('"', '\\"')
    hostile = PLAN.replace("name: Kritisk", f'name: "{quoted}"').replace("K2 & intern", quoted)
    data = export(load(tmp_path, hostile), "sv")
    ws = load_workbook(io.BytesIO(data)).worksheets[1]
    assert (ws["B2"].value, ws["B2"].data_type, ws["B2"].quotePrefix) == (text, "s", True)
    assert not ws["B3"].quotePrefix
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name), name


def test_control_characters_are_dropped(tmp_path: Path) -> None:
    plan = load(tmp_path, PLAN.replace("name: Kritisk", 'name: "Kri\\x01tisk"'))
    assert book(plan, "sv").worksheets[1]["B2"].value == "Kritisk"


def test_an_empty_plan_is_a_template(tmp_path: Path) -> None:
    wb = book(load(tmp_path, EMPTY), "en")
    assert wb.sheetnames == ["Plan", "Activities", "Goals", "Backlog", "Gaps"]
    for kind, ws in zip(sheet.SHEETS[1:], wb.worksheets[1:], strict=True):
        fields = sheet.FIELDS[kind]
        assert rows(ws) == [tuple(f.header("en") for f in fields)]
        assert ws.auto_filter.ref.endswith("1")
    assert wb.worksheets[1].auto_filter.ref == f"A1:{LAST}1"
    assert len(rows(wb.worksheets[0])) == len(sheet.PLAN)


def test_marking_in_every_print_header_not_above_the_headers(tmp_path: Path) -> None:
    wb = book(load(tmp_path, PLAN), "sv")
    for ws in wb.worksheets:
        assert ws.oddHeader.center.text == "K2 && intern"  # & is a code there
    assert rows(wb.worksheets[1])[0][0] == "Id"
    english = book(plan_at(EXAMPLE_PLANS["en"]), "en")
    assert all(not ws.oddHeader.center.text for ws in english.worksheets)


def test_a_long_marking_is_cut_to_what_a_print_header_holds() -> None:
    long = "Konfidentiell enligt OSL 18 kap. 8 § & " * 10  # 380 characters
    shown = xlsx.printed(long)
    assert len(shown) == xlsx.HEADER_ROOM and shown.endswith("…")
    assert long.replace("&", "&&").startswith(shown[:-1])
    assert xlsx.printed("K2 & intern") == "K2 && intern"
    # a cut never leaves one "&" alone, which Excel would read as the start of a code
    for size in range(120, 140):
        text = xlsx.printed("&" * size)
        assert text == "&" * (2 * size) or (text.endswith("…") and (len(text) - 1) % 2 == 0)


def test_same_stamp_same_bytes(tmp_path: Path) -> None:
    plan = load(tmp_path, PLAN)
    first = export(plan, "sv")
    assert export(plan, "sv") == first
    assert export(plan, "sv", STAMP + dt.timedelta(seconds=2)) != first
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2027, 1, 15, 8, 0, 0)}
    props = load_workbook(io.BytesIO(first)).properties
    assert props.created == props.modified == dt.datetime(2027, 1, 15, 8, 0)


def test_an_epoch_before_zip_dates_still_exports(tmp_path: Path) -> None:
    epoch = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
    data = export(load(tmp_path, EMPTY), "en", epoch)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
