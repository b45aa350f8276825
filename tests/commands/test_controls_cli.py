"""`hplan controls`: exit code and output together, every format, sv and en, --missing,
the 2013 clauses, a plan without a catalogue; the figures are in test_coverage.py."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLAN = str(ROOT / "tests" / "cases" / "controls" / "plan.yaml")
Hplan = Callable[..., Any]


def test_swedish_text_grouped_by_theme(hplan: Hplan) -> None:
    run = hplan("controls", PLAN, "--width", "80")
    assert run.code == 0
    out = run.out
    assert out.startswith("1 fel i planen")  # HP403 for 9.9: drawn under the banner
    assert "Säkerhetsåtgärder: Täckningsplan 2027 (iso27001-2022)" in out
    assert "93 säkerhetsåtgärder: 2 åtgärdas denna period, 1 bara senare" in out
    themes = [line for line in out.splitlines() if line.endswith(("(5)", "(6)", "(7)", "(8)"))]
    assert themes == ["Organisatoriska säkerhetsåtgärder (5)", "Personella säkerhetsåtgärder (6)",
                      "Fysiska säkerhetsåtgärder (7)", "Tekniska säkerhetsåtgärder (8)"]  # fmt: skip
    assert "  6.3      denna period\n           arbete: A2 (genomförd), B1 (backlogg)\n" in out
    assert (
        "  8.8      senare\n           arbete: A3 (uppskjuten)\n           brister: G1 (allvarlig)\n"
        in out
    )
    assert (
        "  8.7      åtgärdas inte\n           arbete: A4 (avbruten)\n           brister: G3 (allvarlig, åtgärdad)\n"
        in out
    )
    assert "Anges i planen men finns inte i dess katalog (se HP403)\n  9.9" in out


def test_english_missing_only(hplan: Hplan) -> None:
    run = hplan("controls", PLAN, "--missing", "--lang", "en")
    assert run.code == 0
    lines = [line for line in run.out.splitlines() if line.startswith("  8.")]
    assert lines == ["  8.5      not addressed", "  8.8      later"]
    assert "9.9" not in run.out


def test_narrow_terminal(hplan: Hplan) -> None:
    run = hplan("controls", PLAN, "--width", "40", "--lang", "en")
    assert run.code == 0
    # Every line fits but the one naming the plan's path, which is never broken.
    assert max(len(line) for line in run.out.splitlines() if PLAN not in line) <= 40


def test_csv_uses_the_swedish_delimiter_and_reads_back(hplan: Hplan) -> None:
    run = hplan("controls", PLAN, "--format", "csv")
    assert run.code == 0
    rows = list(csv.reader(io.StringIO(run.out), delimiter=";"))
    assert rows[0] == ["Tema", "Åtgärd", "Rubrik", "Läge", "Aktiviteter och backlogg", "Brister"]
    assert len(rows) == 1 + 93
    row_63 = next(r for r in rows if r[1] == "6.3")
    assert row_63 == ["Personella säkerhetsåtgärder (6)", "6.3", "", "denna period",
                      "A2 (genomförd), B1 (backlogg)", ""]  # fmt: skip
    assert next(r for r in rows if r[1] == "8.8")[3:] == [
        "senare",
        "A3 (uppskjuten)",
        "G1 (allvarlig)",
    ]


def test_json(hplan: Hplan) -> None:
    run = hplan("controls", PLAN, "--format", "json")
    assert run.code == 0
    data = json.loads(run.out)
    assert data["counts"] == {"period": 2, "later": 1, "none": 90}
    assert data["missing"] == ["8.5", "8.8"]
    c88 = next(c for c in data["controls"] if c["id"] == "8.8")
    assert c88["work"] == [
        {"id": "A3", "name": "Sårbarheter", "status": "postponed", "backlog": False}
    ]
    assert [c["id"] for c in data["unknown"]] == ["9.9"]


def test_markdown_escapes_and_has_one_row_per_control(hplan: Hplan) -> None:
    run = hplan("controls", PLAN, "--format", "markdown", "--missing", "--lang", "en")
    assert run.code == 0
    rows = [line for line in run.out.splitlines() if line.startswith("| ")]
    assert rows[0] == "| Theme | Control | Title | State | Activities and backlog | Gaps |"
    assert (
        rows[2] == "| Technological controls (8) | 8.5 | – | not addressed | – | G2 (significant) |"
    )
    assert len(rows) == 4


def test_the_2013_catalogue_groups_by_clause(hplan: Hplan, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "hplan: 1\nplan: {title: P, organisation: O, catalog: iso27001-2013,"
        " period: {start: 2027-01-01, end: 2027-12-31}}\n"
        "activities:\n  - {id: A1, name: N, priority: high, responsible: R, controls: [A.9.2.1],"
        " start: 2027-02-01, end: 2027-02-01}\n",
        encoding="utf-8",
    )
    run = hplan("controls", str(plan), "--lang", "en")
    assert run.code == 0
    assert "114 controls: 1 addressed this period" in run.out
    assert "\nClause A.9\n" in run.out and "\nClause A.18\n" in run.out
    assert "  9.2.1    this period\n           work: A1 (planned)" in run.out


def test_a_plan_without_a_catalogue(hplan: Hplan, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "hplan: 1\nplan: {title: P, organisation: O, catalog: none,"
        " period: {start: 2027-01-01, end: 2027-12-31}}\n",
        encoding="utf-8",
    )
    run = hplan("controls", str(plan), "--lang", "en")
    assert run.code == 1 and run.out == ""
    assert "the plan has no control catalogue to cover" in run.err


@pytest.mark.parametrize(("args", "message"), [(("--format", "pdf"), "pdf"),
                                               (("--lang", "de"), "--lang")])  # fmt: skip
def test_wrong_options_exit_2(hplan: Hplan, args: tuple[str, ...], message: str) -> None:
    run = hplan("controls", "missing.yaml", *args)
    assert run.code == 2 and message in run.err and run.out == ""


def test_a_grouped_yaml_catalogue_with_titles(hplan: Hplan, tmp_path: Path) -> None:
    (tmp_path / "atgarder.yaml").write_text(
        "Styrning:\n  - {id: K-1, title: Policy för informationssäkerhet}\n  - K-2\n"
        "Teknik: [K-3]\n",
        encoding="utf-8",
    )
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "hplan: 1\nplan: {title: P, organisation: O, catalog: atgarder.yaml, language: sv,"
        " period: {start: 2027-01-01, end: 2027-12-31}}\n"
        "activities:\n  - {id: A1, name: N, priority: high, responsible: R, controls: [K-3],"
        " start: 2027-02-01, end: 2027-02-01}\n",
        encoding="utf-8",
    )
    assert hplan("validate", "-q", str(plan)).code == 0
    run = hplan("controls", str(plan), "--width", "100")
    assert run.code == 0
    assert (
        "\nStyrning\n  K-1      åtgärdas inte · Policy för informationssäkerhet\n  K-2" in run.out
    )
    assert "\nTeknik\n  K-3      denna period\n           arbete: A1 (planerad)\n" in run.out


def test_titles_from_the_plan_and_from_the_command_line(hplan: Hplan, tmp_path: Path) -> None:
    (tmp_path / "rubriker.yaml").write_text('"8.8": Sårbarheter (plan)\n', encoding="utf-8")
    (tmp_path / "andra.yaml").write_text('"A.8.8": Sårbarheter (flagga)\n', encoding="utf-8")
    text = (
        Path(PLAN)
        .read_text(encoding="utf-8")
        .replace("  language: sv\n", "  language: sv\n  catalog_titles: rubriker.yaml\n")
    )
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    run = hplan("controls", str(plan), "--missing")
    assert run.code == 0 and "  8.8      senare · Sårbarheter (plan)\n" in run.out
    flagged = hplan("controls", str(plan), "--missing", "--titles", str(tmp_path / "andra.yaml"))
    assert flagged.code == 0 and "  8.8      senare · Sårbarheter (flagga)\n" in flagged.out
    data = json.loads(hplan("controls", str(plan), "--missing", "-f", "json").out)
    assert [c["title"] for c in data["controls"]] == [None, "Sårbarheter (plan)"]
    bad = hplan("controls", str(plan), "--titles", str(tmp_path / "saknas.yaml"))
    assert bad.code == 2 and "saknas.yaml" in bad.err and bad.out == ""


def test_table_shows_the_titles_too(hplan: Hplan, tmp_path: Path) -> None:
    (tmp_path / "rubriker.yaml").write_text('"5.15": Åtkomst (exempel)\n', encoding="utf-8")
    run = hplan("table", PLAN, "-f", "json", "--titles", str(tmp_path / "rubriker.yaml"))
    assert run.code == 0
    a1 = next(r for r in json.loads(run.out)["activities"] if r["id"] == "A1")
    assert a1["controls"] == ["5.15 Åtkomst (exempel)", "A.5.15 Åtkomst (exempel)"]
    plain = json.loads(hplan("table", PLAN, "-f", "json").out)
    assert next(r for r in plain["activities"] if r["id"] == "A1")["controls"] == ["5.15", "A.5.15"]


def test_colour_only_when_asked_or_on_a_terminal(hplan: Hplan) -> None:
    piped = hplan("controls", PLAN, "--missing")
    assert "\x1b[" not in piped.out
    coloured = hplan("controls", PLAN, "--missing", "--color", "always")
    assert "  8.5      \x1b[31måtgärdas inte\x1b[0m" in coloured.out  # missing: red
