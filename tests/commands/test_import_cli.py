"""`hplan import` as a user runs it: exit code, output and the file on disk together."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from handlingsplan import sheetread
from handlingsplan.pipeline import validate_path

Hplan = Callable[..., Any]
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
HEADER = ["Id", "Aktivitet", "Prioritet", "Ansvarig", "Start", "Slut"]
ORG = ("--organisation", "Northwind", "--year", "2027")


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795824000")  # 2026-11-28


def book(path: str, sheets: dict[str, list[list[Any]]]) -> None:
    """A workbook of `sheets` (title -> rows), as a person or a template makes one."""
    made = openpyxl.Workbook()
    made.remove(made.active)
    for title, rows in sheets.items():
        ws = made.create_sheet(title)
        for row in rows:
            ws.append(row)
    made.save(path)


def _codes(path: str) -> list[str]:
    return sorted({d.code for d in validate_path(path).diagnostics})


@pytest.mark.parametrize(
    ("example", "wrote"),
    [("handlingsplan-2027.yaml", "Skrev plan.yaml: 15 aktiviteter, 5 mål. Det är ett utkast: kontrollera det med hplan validate och för in beslutet med hplan adopt.\n"),
     ("action-plan-2027.yaml", "Wrote plan.yaml: 5 activities, 2 goals. It is a draft: check it with hplan validate, then record the decision with hplan adopt.\n")],
)  # fmt: skip
def test_a_csv_hplan_table_wrote_imports_back_to_a_plan_that_validates(
    hplan: Hplan, example: str, wrote: str
) -> None:
    assert hplan("table", "--format", "csv", "-o", "table.csv", str(EXAMPLES / example)).code == 0
    run = hplan("import", "table.csv", "-o", "plan.yaml", *ORG)
    assert (run.code, run.out) == (0, wrote), run.err
    assert set(_codes("plan.yaml")) <= {"HP503", "HP208"}  # a draft; a reference to plan `it`


def test_a_backlog_csv_hplan_table_wrote_imports_as_the_backlog(hplan: Hplan) -> None:
    example = EXAMPLES / "handlingsplan-2027.yaml"
    assert hplan("table", "--backlog", "--format", "csv", "-o", "b.csv", str(example)).code == 0
    run = hplan("import", "b.csv", "-o", "plan.yaml", *ORG)
    wrote = "Skrev plan.yaml: 0 aktiviteter, 1 mål, 3 poster i backloggen."
    assert (run.code, run.out[: len(wrote)]) == (0, wrote), run.err
    made = validate_path("plan.yaml").plan
    assert made is not None and made.activities == []
    assert next((b.id, b.target) for _, b in made.backlog) == ("B1", "2028")
    assert [b.id for _, b in made.backlog] == ["B1", "B2", "B3"]


def test_the_swedish_example_keeps_its_marking_row_out_and_its_words_swedish(hplan: Hplan) -> None:
    hplan("table", "--format", "csv", "-o", "t.csv", str(EXAMPLES / "handlingsplan-2027.yaml"))
    run = hplan("import", "t.csv", "-o", "p.yaml", *ORG)
    assert run.code == 0 and run.out.startswith("Skrev p.yaml: 15 aktiviteter, 5 mål. "), run.err
    text = Path("p.yaml").read_text(encoding="utf-8")
    assert "  language: sv\n" in text and "    priority: kritisk\n" in text
    assert "Konfidentiell" not in text
    assert text.startswith("# Gjord av hplan import från t.csv den 2026-11-28.\n")


def test_an_xlsx_with_errors_in_several_sheets_and_rows_writes_nothing(hplan: Hplan) -> None:
    book("plan.xlsx", {
        "Plan": [["Organisation", "Kommunen"], ["Periodens start", dt.date(2027, 1, 1)],
                 ["Periodens slut", "2027-12-31"], ["Språk", "sv"]],
        "Mål": [["Id", "Mål"], ["M1", "Alla utbildade"], ["M1", "Igen"]],
        "Aktiviteter": [[*HEADER, "Mål", "Kostnad"],
                        ["A1", "Utbildning", "hög", "Per Ek", "2027-13-01", "2027-05-31", "M1", 100],
                        ["A2", "Policy", "mellan", "Per Ek", dt.date(2027, 2, 1),
                         dt.datetime(2027, 3, 1), "M9", "mycket"]],
    })  # fmt: skip
    run = hplan("import", "plan.xlsx", "-o", "plan.yaml")
    assert run.code == 1
    assert run.out == ""
    assert run.err.splitlines() == [
        "plan.xlsx: Mål!A3 (Id): fel: id M1 används redan i Mål!A2",
        'plan.xlsx: Aktiviteter!E2 (Start): fel: "2027-13-01" är inget datum (ÅÅÅÅ-MM-DD)',
        'plan.xlsx: Aktiviteter!C3 (Prioritet): fel: "mellan" är inte något av: kritisk, hög, medel, låg; menade du medel?',
        "plan.xlsx: Aktiviteter!G3 (Mål): fel HP203: aktivitet A2: målet `M9` finns inte i `goals`",
        'plan.xlsx: Aktiviteter!H3 (Kostnad): fel: "mycket" är inget belopp (skriv det som 1500000, 1 500 000, 80 tkr eller 1,5 mnkr)',
        "Inget skrevs: 5 fel, 0 varningar.",
    ]  # fmt: skip
    assert not Path("plan.yaml").exists()


def test_a_goal_no_goal_sheet_row_defines_is_an_error_at_its_cell(hplan: Hplan) -> None:
    book("plan.xlsx", {
        "Goals": [["Id", "Title"], ["G1", "Everyone trained"]],
        "Activities": [["Id", "Activity", "Priority", "Responsible", "Start", "End", "Goals"],
                       ["A1", "Train", "high", "Jane", dt.date(2027, 2, 1), dt.date(2027, 3, 1), "G1, G7"]],
    })  # fmt: skip
    run = hplan("import", "plan.xlsx", "-o", "plan.yaml", *ORG)
    assert run.code == 1
    assert "plan.xlsx: Activities!G2 (Goals): error HP203: activity A1: " in run.err
    assert "G7" in run.err and not Path("plan.yaml").exists()


def test_a_workbook_with_every_sheet_makes_the_whole_plan(hplan: Hplan) -> None:
    book("plan.xlsx", {
        "Plan": [["Title", "Security plan 2027"], ["Organisation", "Northwind"],
                 ["Period start", dt.date(2027, 1, 1)], ["Period end", dt.date(2027, 12, 31)],
                 ["Language", "en"], ["Budget money", "1,5 mnkr"], ["Contingency", "15 %"],
                 ["Checkpoints", "2027-04-30, 2027-08-31"], ["Notes", "kept out"]],
        "Gaps": [["Id", "Control", "Severity", "Status"], ["G-1", "6.3", "betydande", "open"]],
        "Goals": [["Id", "Title"], ["G1", "Everyone trained"]],
        "Activities": [["Id", "Activity", "Priority", "Responsible", "Start", "End", "Goals", "Gaps", "Hours"],
                       ["A1", "Train", "High", "Jane", dt.date(2027, 2, 1), dt.date(2027, 3, 1), "G1", "G-1", 40]],
        "Backlog": [["Id", "Activity", "Target"], ["B1", "Classify systems", 2028]],
    })  # fmt: skip
    run = hplan("import", "plan.xlsx", "-o", "plan.yaml")
    assert run.code == 0, run.err
    assert run.err == 'plan.xlsx: Plan!A9: warning: unknown field "Notes", not read\n'
    text = Path("plan.yaml").read_text(encoding="utf-8")
    for line in (
        "  budget: {money: 1500000}",
        "  contingency: 0.15",
        "    severity: significant",
        "  checkpoints: [2027-04-30, 2027-08-31]",
        '    target: "2028"',
        "    gaps: [G-1]",
    ):
        assert line in text, text
    assert _codes("plan.yaml") == ["HP503"]


def test_an_existing_file_is_never_overwritten_without_force(hplan: Hplan) -> None:
    Path("t.csv").write_text(
        "Activity,Priority,Responsible,Start,End\nTrain,high,Jane,2027-02-01,2027-03-01\n"
    )
    Path("plan.yaml").write_text("not a plan, but mine\n")
    run = hplan("import", "t.csv", "-o", "plan.yaml", *ORG)
    assert run.code == 1
    assert (
        run.err
        == "hplan: plan.yaml exists; not overwritten (use --force to overwrite it, or -o for another file)\n"
    )
    assert Path("plan.yaml").read_text() == "not a plan, but mine\n"
    run = hplan("import", "t.csv", "-o", "plan.yaml", "--force", *ORG)
    assert run.code == 0, run.err
    assert "activities:" in Path("plan.yaml").read_text()


def test_the_input_is_never_the_output(hplan: Hplan) -> None:
    Path("t.csv").write_text("Activity\nTrain\n")
    run = hplan("import", "t.csv", "-o", "t.csv", "--force", *ORG)
    assert run.code == 1 and "import never changes its input" in run.err
    assert Path("t.csv").read_text() == "Activity\nTrain\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "hplan: a csv file has no plan sheet: give --organisation (the plan needs an organisation and a period: --organisation, --year or --period)\n"),
        (("--organisation", "X"), "hplan: a csv file has no plan sheet: give --year (the plan needs an organisation and a period: --organisation, --year or --period)\n"),
        (("--organisation", "X", "--year", "2027", "--period", "2027-01-01..2027-06-30"), "hplan: give --year or --period, not both\n"),
        (("--organisation", "X", "--period", "2027-01-01..2026-06-30"), "hplan: --period: 2027-01-01..2026-06-30 ends before it starts\n"),
        (("--organisation", "X", "--period", "2027-01-01..2027-06-31"), "hplan: --period: 2027-01-01..2027-06-31 is not START..END (or START:END) with dates as YYYY-MM-DD\n"),
        (("--organisation", "X", "--period", "2027-01-01:2026-06-30"), "hplan: --period: 2027-01-01:2026-06-30 ends before it starts\n"),
        (("--organisation", "X", "--year", "27a"), "hplan: --year '27a' is not a year from 2000 to 2100\n"),
        (("--organisation", " ", "--year", "2027"), "hplan: --organisation must not be empty\n"),
    ],
)  # fmt: skip
def test_a_csv_needs_the_header_from_options(
    hplan: Hplan, args: tuple[str, ...], message: str
) -> None:
    Path("t.csv").write_text(
        "Activity,Priority,Responsible,Start,End\nTrain,high,Jane,2027-02-01,2027-03-01\n"
    )
    run = hplan("import", "t.csv", "-o", "plan.yaml", *args)
    assert (run.code, run.out, run.err) == (2, "", message)
    assert not Path("plan.yaml").exists()


def test_a_period_and_a_title_from_options(hplan: Hplan) -> None:
    Path("t.csv").write_text(
        "Activity,Priority,Responsible,Start,End\nTrain,high,Jane,2027-02-01,2027-03-01\n"
    )
    run = hplan("import", "t.csv", "-o", "-", "--organisation", "X", "--title", "Plan H1",
                "--period", "2027-01-01..2027-06-30")  # fmt: skip
    assert run.code == 0, run.err
    assert (
        "  title: Plan H1\n" in run.out
        and "  period: {start: 2027-01-01, end: 2027-06-30}\n" in run.out
    )
    assert run.err.endswith(
        "Wrote the plan to standard output: 1 activity. It is a draft: check it with hplan validate, then record the decision with hplan adopt.\n"
    )
    run = hplan("import", "t.csv", "-o", "-", "--lang", "sv", *ORG)
    assert run.code == 0 and run.err.endswith(
        "Skrev planen till standard ut: 1 aktivitet. Det är ett utkast: kontrollera det med hplan validate och för in beslutet med hplan adopt.\n"
    )


def test_json_findings(hplan: Hplan) -> None:
    Path("t.csv").write_text(
        "Activity,Priority,Responsible,Start,End\nTrain,hi,Jane,2027-02-01,2027-03-01\n"
    )
    run = hplan("import", "t.csv", "-o", "plan.yaml", "--format", "json", *ORG)
    assert run.code == 1 and run.err == ""
    doc = json.loads(run.out)
    assert doc["written"] is False and doc["summary"] == {"errors": 1, "warnings": 0}
    assert doc["findings"] == [{"severity": "error", "code": None, "sheet": None, "row": 2,
                                "column": "B", "label": "Priority",
                                "message": '"hi" is not one of: critical, high, medium, low'}]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("plan.xlsx", b"", "plan.xlsx is not a readable .xlsx workbook"),
        ("plan.xlsx", b"\x00\x01binary\xff" * 100, "plan.xlsx is not a readable .xlsx workbook"),
        ("plan.xlsx", b"Activity,Priority\n", "plan.xlsx is not a readable .xlsx workbook"),
        ("plan.xlsx", b"PK\x03\x04" + b"\x00" * 100, "plan.xlsx is not a readable .xlsx workbook"),
        ("plan.csv", b"\x00\x01\x02", "plan.csv is not a text file"),
    ],
)  # fmt: skip
def test_hostile_files_are_refused_without_a_traceback(
    hplan: Hplan, name: str, content: bytes, message: str
) -> None:
    Path(name).write_bytes(content)
    run = hplan("import", name, "-o", "plan.yaml", *ORG)
    assert run.code == 1 and run.out == ""
    assert run.err.startswith(f"hplan: {message}") and "Traceback" not in run.err
    assert not Path("plan.yaml").exists()


def test_a_missing_file_and_a_wrong_suffix(hplan: Hplan) -> None:
    run = hplan("import", "none.csv", "-o", "plan.yaml", *ORG)
    assert (run.code, run.err) == (1, "hplan: none.csv cannot be read: No such file or directory\n")
    run = hplan("import", "plan.ods", "-o", "plan.yaml", *ORG)
    assert (run.code, run.err) == (2, "hplan: plan.ods: hplan import reads .xlsx and .csv files\n")


def test_formula_text_is_kept_as_text(hplan: Hplan) -> None:
    made = openpyxl.Workbook()
    ws = made.active
    ws.title = "Activities"
    ws.append(["Id", "Activity", "Priority", "Responsible", "Start", "End"])
    ws.append(["A1", "x", "high", "Jane", dt.date(2027, 2, 1), dt.date(2027, 3, 1)])
    ws["B2"].value, ws["B2"].data_type = '=HYPERLINK("http://x")', "s"  # text, as export writes it
    made.save("plan.xlsx")
    run = hplan("import", "plan.xlsx", "-o", "plan.yaml", *ORG)
    assert run.code == 0, run.err
    assert run.out.startswith("Wrote plan.yaml: 1 activity. ")
    text = Path("plan.yaml").read_text(encoding="utf-8")
    assert '    name: =HYPERLINK("http://x")\n' in text


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", 'Activities!{cell}: error: "=1+1" is a formula without a calculated value: open and save the file in the spreadsheet program'),
     ("sv", 'Activities!{cell}: fel: "=1+1" är en formel utan beräknat värde: öppna filen i kalkylprogrammet och spara den')],
)  # fmt: skip
def test_a_formula_without_a_saved_value_is_an_error_at_its_cell(
    hplan: Hplan, lang: str, said: str
) -> None:
    """openpyxl (and scripts) write a formula but never calculate it: its value is not
    in the file, and reading it as empty would drop the cost without a word."""
    made = openpyxl.Workbook()
    ws = made.active
    ws.title = "Activities"
    ws.append(["Id", "Activity", "Priority", "Responsible", "Start", "End", "Cost"])
    ws.append(["A1", "x", "high", "Jane", dt.date(2027, 2, 1), dt.date(2027, 3, 1), "=1+1"])
    ws.append(["A2", "y", "high", "Jane", "=1+1", dt.date(2027, 3, 1)])
    made.save("plan.xlsx")
    run = hplan("import", "plan.xlsx", "-o", "plan.yaml", "--lang", lang, *ORG)
    assert run.code == 1 and run.out == ""
    lines = run.err.splitlines()
    assert f"plan.xlsx: {said.format(cell='G2 (Cost)')}" in lines
    assert f"plan.xlsx: {said.format(cell='E3 (Start)')}" in lines
    assert sum(": error" in line or ": fel" in line for line in lines) == 2, run.err
    assert "HP408" not in run.err  # "no cost": it has one, unreadable


def test_a_wide_and_long_odd_sheet_is_read_without_a_traceback(hplan: Hplan) -> None:
    rows: list[list[Any]] = [["x"] * 300 for _ in range(3)]
    rows.append(["Activity", "Priority", "Responsible", "Start", "End"])
    rows += [
        [f"Task {n}", "low", "Jane", dt.date(2027, 2, 1), dt.date(2027, 3, 1)] for n in range(2000)
    ]
    book("odd.xlsx", {"Blad1": rows})
    run = hplan("import", "odd.xlsx", "-o", "plan.yaml", *ORG)
    assert run.code == 0, run.err
    assert run.out.startswith("Wrote plan.yaml: 2000 activities. ")
    assert "  - id: A2000\n" in Path("plan.yaml").read_text(encoding="utf-8")


def test_the_outcome_line_counts_in_words(hplan: Hplan) -> None:
    Path("t.csv").write_text(
        "Activity;Priority;Responsible;Start;End;Note\nTrain;hi;Jane;2027-02-01;2027-03-01;x\n"
    )
    run = hplan("import", "t.csv", "-o", "plan.yaml", "--lang", "sv", *ORG)
    assert run.code == 1
    assert run.err.splitlines()[-1] == "Inget skrevs: 1 fel, 1 varning."


def test_json_to_standard_output_carries_the_plan(hplan: Hplan) -> None:
    Path("t.csv").write_text(
        "Activity,Priority,Responsible,Start,End,Cost\nTrain,high,Jane,2027-02-01,2027-03-01,100\n"
    )
    run = hplan("import", "t.csv", "-o", "-", "-f", "json", *ORG)
    assert run.code == 0 and run.err == ""
    doc = json.loads(run.out)
    assert doc["written"] is True and doc["output"] == "-"
    assert doc["summary"] == {"errors": 0, "warnings": 1}  # HP401: no goal
    assert "    cost: {money: 100}\n" in doc["plan_text"]


def _export(hplan: Hplan, example: str, name: str) -> None:
    """A real export of an example: what a user imports back."""
    run = hplan("export", "--format", "xlsx", "-o", name, str(EXAMPLES / example))
    assert run.code == 0, run.err


def test_a_blad1_sheet_with_its_header_in_row_1_is_the_activities(hplan: Hplan) -> None:
    book("plan.xlsx", {"Blad1": [["Activity", "Priority", "Responsible", "Start", "End"],
                                 ["Train", "high", "Jane", dt.date(2027, 2, 1), dt.date(2027, 3, 1)]]})  # fmt: skip
    run = hplan("import", "plan.xlsx", "-o", "plan.yaml", *ORG)
    assert run.code == 0, run.err
    assert run.out.startswith("Wrote plan.yaml: 1 activity. ")
    assert "    name: Train\n" in Path("plan.yaml").read_text(encoding="utf-8")


def test_an_exported_activities_sheet_renamed_blad1_is_still_read(hplan: Hplan) -> None:
    _export(hplan, "handlingsplan-2027.yaml", "export.xlsx")
    made = openpyxl.load_workbook("export.xlsx")
    made["Aktiviteter"].title = "Blad1"
    made.save("plan.xlsx")
    run = hplan("import", "plan.xlsx", "-o", "plan.yaml")
    assert run.code == 0, run.err
    assert run.out.startswith("Skrev plan.yaml: 15 aktiviteter, ")


def _damaged(data: bytes, member: str, how: str) -> bytes:
    """The workbook `data` with one part cut in half, given a stray `<<`, or left out."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as made:
        for info in source.infolist():
            part = source.read(info)
            half = len(part) // 2
            if info.filename != member:
                made.writestr(info, part)
            elif how != "gone":
                made.writestr(info, part[:half] + (b"<<" + part[half:] if how == "<<" else b""))
    return out.getvalue()


def test_a_workbook_damaged_in_any_part_is_refused_in_one_line(
    hplan: Hplan, recwarn: pytest.WarningsRecorder
) -> None:
    """Every part of a real export, damaged three ways: the same plan (a part openpyxl
    does not read, such as the theme) or exit 1 with one line; never a traceback."""
    _export(hplan, "handlingsplan-2027.yaml", "export.xlsx")
    data = Path("export.xlsx").read_bytes()
    Path("plan.xlsx").write_bytes(data)
    whole = hplan("import", "plan.xlsx", "-o", "-").out
    refused = set()
    for member in zipfile.ZipFile(io.BytesIO(data)).namelist():
        for how in ("cut", "<<", "gone"):
            Path("plan.xlsx").write_bytes(_damaged(data, member, how))
            run = hplan("import", "plan.xlsx", "-o", "-")
            assert run.code in (0, 1), (member, how, run.err)
            if run.code == 0:
                assert run.out == whole, (member, how)
                continue
            refused.add(member)
            assert run.out == "" and run.err.count("\n") == 1, (member, how, run.err)
            assert run.err.startswith("hplan: plan.xlsx is not a readable .xlsx workbook ("), (
                member, how, run.err)  # fmt: skip
    assert {"xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet2.xml"} <= refused
    assert not [w for w in recwarn if "openpyxl" in w.filename]  # its warnings are not shown


def _without_language_row(hplan: Hplan) -> None:
    """The Swedish example exported, its plan sheet's Språk row deleted: plan.xlsx."""
    _export(hplan, "handlingsplan-2027.yaml", "export.xlsx")
    made = openpyxl.load_workbook("export.xlsx")
    plan = made["Plan"]
    row = next(c.row for c in plan["A"] if c.value == "Språk")
    plan.delete_rows(row)
    made.save("plan.xlsx")


@pytest.mark.parametrize(("args", "language"), [((), "sv"), (("--lang", "en"), "en")])
def test_a_plan_sheet_without_a_language_row_still_gives_the_plan_its_language(
    hplan: Hplan, args: tuple[str, ...], language: str
) -> None:
    _without_language_row(hplan)
    run = hplan("import", "plan.xlsx", "-o", "plan.yaml", *args)
    assert run.code == 0, run.err
    text = Path("plan.yaml").read_text(encoding="utf-8")
    assert f"  language: {language}\n" in text
    assert ("    priority: kritisk\n" in text) == (language == "sv")


def _seven_rows(stray: str | None) -> None:
    """plan.xlsx: a header and six activities, and one stray value at the cell `stray`."""
    rows: list[list[Any]] = [["Activity", "Priority", "Responsible", "Start", "End"]]
    rows += [
        [f"Task {n}", "low", "Jane", dt.date(2027, 2, 1), dt.date(2027, 3, 1)] for n in range(6)
    ]
    book("plan.xlsx", {"Blad1": rows})
    if stray is not None:
        made = openpyxl.load_workbook("plan.xlsx")
        made["Blad1"][stray] = "stray"
        made.save("plan.xlsx")


def test_one_stray_cell_far_down_is_no_sheet_of_too_many_rows(hplan: Hplan) -> None:
    _seven_rows("G200000")  # in no column of the sheet: no activity, and not refused
    run = hplan("import", "plan.xlsx", "-o", "plan.yaml", *ORG)
    assert run.code == 0, run.err
    assert run.out.startswith("Wrote plan.yaml: 6 activities. ")


def test_a_sheet_with_more_rows_of_values_than_the_limit_is_refused(
    hplan: Hplan, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sheetread, "MAX_ROWS", 6)
    _seven_rows(None)
    run = hplan("import", "plan.xlsx", "-o", "plan.yaml", *ORG)
    assert (run.code, run.out) == (1, "")
    assert run.err == "hplan: plan.xlsx has more than 6 rows in a sheet; not read\n"


def test_a_row_numbered_beyond_what_a_spreadsheet_holds_is_refused_unread(
    hplan: Hplan, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hostile file may number a row 999999999: openpyxl yields every empty row before
    it, so the rows iterated are capped too (at SHEET_ROWS, here made small)."""
    monkeypatch.setattr(sheetread, "SHEET_ROWS", 1000)
    _seven_rows("G5000")
    run = hplan("import", "plan.xlsx", "-o", "plan.yaml", *ORG)
    assert (run.code, run.out) == (1, "")
    assert run.err == "hplan: plan.xlsx has more than 1000 rows in a sheet; not read\n"


def test_a_csv_counts_the_rows_with_values_only(
    hplan: Hplan, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sheetread, "MAX_ROWS", 3)
    Path("t.csv").write_text(
        "Activity;Priority;Responsible;Start;End\nTrain;high;Jane;2027-02-01;2027-03-01\n"
        + ";;;;\n" * 20
        + "Test;high;Jane;2027-02-01;2027-03-01\n"
    )
    run = hplan("import", "t.csv", "-o", "plan.yaml", *ORG)
    assert run.code == 0, run.err
    assert run.out.startswith("Wrote plan.yaml: 2 activities. ")


def test_lang_sets_the_language_of_the_early_refusals_too(hplan: Hplan) -> None:
    Path("t.csv").write_text("Activity\nTrain\n")
    Path("keep.yaml").write_text("mine\n")
    run = hplan("import", "t.csv", "-o", "keep.yaml", "--lang", "sv", *ORG)
    assert (run.code, run.out) == (1, "")
    assert run.err == (
        "hplan: keep.yaml finns redan; inte överskriven (använd --force för att skriva över"
        " den, eller -o för en annan fil)\n"
    )
    run = hplan("import", "none.xlsx", "-o", "plan.yaml", "--lang", "sv", *ORG)
    assert (run.code, run.err) == (
        1,
        "hplan: none.xlsx kan inte läsas: No such file or directory\n",
    )
    run = hplan("import", "t.csv", "--lang", "sv", *ORG)
    assert run.code == 2 and run.err.startswith("hplan: -o/--output krävs")


def test_a_utf16_csv_is_read(hplan: Hplan) -> None:
    """Excel's "Unicode text" is UTF-16 with a byte order mark, tabs between the cells."""
    text = "Aktivitet\tPrioritet\tAnsvarig\tStart\tSlut\nUtbilda\thög\tÅsa Öberg\t2027-02-01\t2027-03-01\n"
    for encoding in ("utf-16", "utf-16-be", "utf-16-le"):
        bom = "\ufeff" if encoding != "utf-16" else ""
        Path("t.csv").write_bytes((bom + text).encode(encoding))
        run = hplan("import", "t.csv", "-o", "plan.yaml", "--force", *ORG)
        assert (run.code, run.out[:26]) == (0, "Skrev plan.yaml: 1 aktivit"), (encoding, run.err)
        assert "    responsible: Åsa Öberg\n" in Path("plan.yaml").read_text(encoding="utf-8")


def test_a_dependency_cycle_names_the_cells_not_lines_of_a_file_never_written(
    hplan: Hplan,
) -> None:
    book("c.xlsx", {"Aktiviteter": [
        [*HEADER, "Beroende av"],
        ["A1", "Ett", "hög", "Jane", dt.date(2027, 2, 1), dt.date(2027, 3, 1), "A2"],
        ["A2", "Två", "hög", "Jane", dt.date(2027, 3, 2), dt.date(2027, 4, 1), "A1"],
    ]})  # fmt: skip
    run = hplan("import", "c.xlsx", "-o", "plan.yaml", *ORG)
    assert run.code == 1 and not Path("plan.yaml").exists()
    assert ("c.xlsx: Aktiviteter!G2 (Beroende av): fel HP202: cirkulärt beroende: A1 → A2 → A1 "
            "(var och en väntar på nästa; Beroende av i Aktiviteter!G2, Aktiviteter!G3)") in run.err  # fmt: skip
