"""`hplan export`: exit code and output together; -o and standard output, sv and en,
SOURCE_DATE_EPOCH, the plan-file guard, the closed set of formats; a workbook to a file,
to a pipe, never to a terminal. What the calendar holds is tested in
tests/render/test_ics.py, what the workbook holds in tests/render/test_xlsx.py."""

from __future__ import annotations

import datetime as dt
import io
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from conftest import EXAMPLE_PLANS
from handlingsplan.cli import main

Hplan = Callable[..., Any]
EPOCH = {"SOURCE_DATE_EPOCH": "1800000000"}  # 2027-01-15 08:00:00 UTC
PLAN = """\
hplan: 1
plan:
  title: Handlingsplan 2027
  organisation: Exempelkommunen
  language: sv
  period: {start: 2027-01-01, end: 2027-12-31}
  checkpoints: [2027-04-30]
goals:
  - {id: M1, title: Utbildade medarbetare}
activities:
  - id: A1
    name: Grundutbildning
    goals: [M1]
    priority: high
    responsible: Åsa Öberg
    cost: {hours: 10}
    start: 2027-02-01
    end: 2027-05-31
"""


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "klf-2027.yaml"
    path.write_text(PLAN, encoding="utf-8")
    return path


def uids(text: str) -> list[str]:
    return sorted(str(e["UID"]) for e in Calendar.from_ical(text).walk("VEVENT"))


def test_writes_the_file(hplan: Hplan, plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.ics"
    run = hplan("export", str(plan), "--format", "ics", "-o", str(out), env=EPOCH)
    assert (run.code, run.out, run.err) == (0, "", "")
    text = out.read_text(encoding="utf-8")
    assert uids(text) == ["activity-A1@klf.hplan", "checkpoint-2027-04-30@klf.hplan"]
    event = Calendar.from_ical(text).walk("VEVENT")[0]
    assert event.decoded("DTSTAMP") == dt.datetime(2027, 1, 15, 8, tzinfo=dt.timezone.utc)
    assert "Ansvarig: Åsa Öberg" in str(event["DESCRIPTION"])


def test_standard_output_in_english(hplan: Hplan, plan: Path) -> None:
    run = hplan("export", str(plan), "-f", "ics", "--lang", "en", env=EPOCH)
    assert run.code == 0
    assert run.out.startswith("BEGIN:VCALENDAR")
    assert "Responsible: Åsa Öberg" in run.out.replace("\r\n ", "")
    again = hplan("export", str(plan), "-f", "ics", "--lang", "en", env=EPOCH)
    assert again.out == run.out  # SOURCE_DATE_EPOCH: byte for byte the same


def test_without_epoch_the_stamp_is_now(hplan: Hplan, plan: Path) -> None:
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    run = hplan("export", str(plan), "-f", "ics", env={"SOURCE_DATE_EPOCH": ""})
    assert run.code == 0
    stamp = Calendar.from_ical(run.out).walk("VEVENT")[0].decoded("DTSTAMP")
    assert before <= stamp <= dt.datetime.now(dt.timezone.utc)


def test_a_plan_file_is_not_overwritten_without_force(
    hplan: Hplan, plan: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.yaml"
    other.write_text(PLAN, encoding="utf-8")
    run = hplan("export", str(plan), "-f", "ics", "-o", str(other), env=EPOCH)
    assert run.code == 1
    assert (
        run.err
        == f"hplan: {other} är en planfil och skrivs inte över (använd --force för att skriva över den)\n"
    )
    assert other.read_text(encoding="utf-8") == PLAN
    forced = hplan("export", str(plan), "-f", "ics", "-o", str(other), "--force", env=EPOCH)
    assert (forced.code, forced.err) == (0, "")
    assert other.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")


def test_a_calendar_file_is_overwritten(hplan: Hplan, plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.ics"
    out.write_text("old", encoding="utf-8")
    run = hplan("export", str(plan), "-f", "ics", "-o", str(out), env=EPOCH)
    assert run.code == 0
    assert out.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")


def test_unknown_format(hplan: Hplan, plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    run = hplan("export", str(plan), "-f", "pdf", "-o", str(out))
    assert (run.code, run.out) == (2, "")
    assert "unknown format pdf; choose one of ics, xlsx" in run.err
    assert not out.exists()


def test_format_is_required(hplan: Hplan, plan: Path) -> None:
    run = hplan("export", str(plan))
    assert (run.code, run.out) == (2, "")
    assert "missing argument FORMAT" in run.err


def test_bad_epoch(hplan: Hplan, plan: Path) -> None:
    run = hplan("export", str(plan), "-f", "ics", env={"SOURCE_DATE_EPOCH": "soon"})
    assert (run.code, run.out) == (2, "")
    assert "SOURCE_DATE_EPOCH must be a whole number of seconds, not soon" in run.err


def test_broken_plan_writes_nothing(hplan: Hplan, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(PLAN.replace("    priority: high\n", ""), encoding="utf-8")
    out = tmp_path / "plan.ics"
    run = hplan("export", str(broken), "-f", "ics", "-o", str(out))
    assert (run.code, run.out) == (1, "")
    assert "priority" in run.err
    assert not out.exists()


def test_help_names_the_formats(hplan: Hplan) -> None:
    run = hplan("export", "--help")
    assert run.code == 0
    assert "ics (calendar) or xlsx (spreadsheet)" in " ".join(run.out.split())
    assert "hplan export plan.yaml --format ics -o plan.ics" in run.out
    assert "hplan export plan.yaml --format xlsx -o plan.xlsx" in run.out
    swedish = hplan("export", "--help", env={"LANG": "sv_SE.UTF-8"})
    assert "ics (kalender) eller xlsx (kalkylblad)" in " ".join(swedish.out.split())


# --- xlsx -----------------------------------------------------------------------------


def sheets(data: bytes) -> list[str]:
    return list(load_workbook(io.BytesIO(data)).sheetnames)


def test_xlsx_written_with_o(hplan: Hplan, plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.xlsx"
    run = hplan("export", str(plan), "--format", "xlsx", "-o", str(out), env=EPOCH)
    assert (run.code, run.out, run.err) == (0, "", "")
    book = load_workbook(out)
    assert book.sheetnames == ["Plan", "Aktiviteter", "Mål", "Backlogg", "Brister"]
    assert book["Aktiviteter"]["N2"].value == "Åsa Öberg"
    english = tmp_path / "plan-en.xlsx"
    run = hplan("export", str(plan), "-f", "xlsx", "--lang", "en", "-o", str(english))
    assert (run.code, run.err) == (0, "")
    assert sheets(english.read_bytes()) == ["Plan", "Activities", "Goals", "Backlog", "Gaps"]


def test_xlsx_reproducible_with_epoch(hplan: Hplan, plan: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "1.xlsx", tmp_path / "2.xlsx"
    for out in (first, second):
        assert hplan("export", str(plan), "-f", "xlsx", "-o", str(out), env=EPOCH).code == 0
    assert first.read_bytes() == second.read_bytes()


def test_xlsx_to_a_pipe(
    plan: Path, capsysbinary: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LANG", raising=False)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH["SOURCE_DATE_EPOCH"])
    with pytest.raises(SystemExit) as stopped:
        main(["export", str(plan), "-f", "xlsx"])
    out, err = capsysbinary.readouterr()
    assert (stopped.value.code, err) == (0, b"")
    assert out.startswith(b"PK")  # a zip, as it is: no newline added, nothing decoded
    assert sheets(out)[1] == "Aktiviteter"


def test_xlsx_refused_on_a_terminal(
    hplan: Hplan, plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    run = hplan("export", str(plan), "-f", "xlsx")
    assert (run.code, run.out) == (2, "")
    assert run.err == (
        "hplan: xlsx is a binary file and is not written to a terminal: use -o FILE, "
        "or redirect standard output to a file\n"
    )
    swedish = hplan("export", str(plan), "-f", "xlsx", "-o", "-", "--lang", "sv")
    assert (swedish.code, swedish.out) == (2, "")
    assert "xlsx är en binär fil och skrivs inte till en terminal" in swedish.err


def test_xlsx_never_over_a_plan_without_force(hplan: Hplan, plan: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.yaml"
    other.write_text(PLAN, encoding="utf-8")
    run = hplan("export", str(plan), "-f", "xlsx", "-o", str(other), env=EPOCH)
    assert (run.code, run.out) == (1, "")
    assert run.err == (
        f"hplan: {other} är en planfil och skrivs inte över "
        "(använd --force för att skriva över den)\n"
    )
    assert other.read_text(encoding="utf-8") == PLAN
    forced = hplan("export", str(plan), "-f", "xlsx", "-o", str(other), "--force", env=EPOCH)
    assert (forced.code, forced.out, forced.err) == (0, "", "")
    assert sheets(other.read_bytes())[0] == "Plan"


def test_xlsx_keeps_the_files_permissions(hplan: Hplan, plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.xlsx"
    out.write_bytes(b"old")
    out.chmod(0o640)
    assert hplan("export", str(plan), "-f", "xlsx", "-o", str(out)).code == 0
    assert out.stat().st_mode & 0o777 == 0o640
    assert out.read_bytes().startswith(b"PK")


def test_xlsx_of_a_plan_with_errors_says_so(hplan: Hplan, tmp_path: Path) -> None:
    flawed = tmp_path / "flawed.yaml"
    flawed.write_text(PLAN.replace("goals: [M1]", "goals: [M9]"), encoding="utf-8")
    out = tmp_path / "plan.xlsx"
    run = hplan("export", str(flawed), "-f", "xlsx", "-o", str(out))
    assert (run.code, run.out) == (0, "")
    assert run.err == (
        f"1 fel i planen: vyn kan vara ofullständig. `hplan validate {flawed}` visar felet.\n"
    )
    assert sheets(out.read_bytes())[1] == "Aktiviteter"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_xlsx_imports_back_to_the_same_table(hplan: Hplan, tmp_path: Path, lang: str) -> None:
    """Export and import share sheet.py: the shipped plans survive the round trip."""
    source = str(EXAMPLE_PLANS[lang])
    book, back = tmp_path / "plan.xlsx", tmp_path / "back.yaml"
    assert hplan("export", source, "-f", "xlsx", "-o", str(book)).code == 0
    assert hplan("import", str(book), "-o", str(back)).code == 0
    for extra in ([], ["--backlog"]):
        before = hplan("table", source, "-f", "csv", *extra)
        after = hplan("table", str(back), "-f", "csv", *extra)
        assert (after.code, after.out) == (0, before.out)
