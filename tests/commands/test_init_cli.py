"""`hplan init` as a user runs it: exit code, output and the file on disk together."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from handlingsplan.pipeline import validate_path, validate_text

Hplan = Callable[..., Any]
EPOCH = {"SOURCE_DATE_EPOCH": "1795824000"}  # 2026-11-28: the default year is 2027


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _codes(path: Path) -> list[str]:
    return [d.code for d in validate_path(str(path)).diagnostics]


def test_writes_next_years_plan_in_english(hplan: Hplan, tmp_path: Path) -> None:
    run = hplan("init", "--organisation", "Northwind Robotics Ltd", env=EPOCH)
    target = tmp_path / "action-plan-2027.yaml"
    assert run.code == 0, run.err
    assert run.out == (
        "Wrote action-plan-2027.yaml: a draft plan for 2027. Fill it in, then check it"
        " with: hplan validate action-plan-2027.yaml\n"
    )
    assert run.err == ""
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=hplan-plan-1.schema.json\n")
    assert "  title: Information security action plan 2027, Northwind Robotics Ltd\n" in text
    assert "  period: {start: 2027-01-01, end: 2027-12-31}\n" in text
    assert _codes(target) == ["HP503"]


def test_validate_passes_with_only_the_draft_info(hplan: Hplan, tmp_path: Path) -> None:
    assert hplan("init", "--organisation", "Acme", "--year", "2031", "p.yaml").code == 0
    run = hplan("validate", "--strict", "p.yaml")
    assert run.code == 0, run.out
    assert "HP503" in run.out and "0 errors, 0 warnings, 1 info in 1 file" in run.out


def test_swedish_with_year_unit_and_file(hplan: Hplan, tmp_path: Path) -> None:
    run = hplan(
        "init", "--lang", "sv", "--organisation", "Exempelkommunen", "--year", "2028",
        "--unit", "IT-avdelningen", "it-2028.yaml",
    )  # fmt: skip
    assert run.code == 0, run.err
    assert run.out.startswith("Skrev it-2028.yaml: ett utkast till plan för 2028.")
    text = (tmp_path / "it-2028.yaml").read_text(encoding="utf-8")
    title = "Handlingsplan för informationssäkerhet 2028, IT-avdelningen, Exempelkommunen"
    assert f"  title: {title}\n" in text and "  unit: IT-avdelningen\n" in text
    assert "  language: sv" in text and "    priority: hög" in text
    assert _codes(tmp_path / "it-2028.yaml") == ["HP503"]


def test_swedish_default_file_name(hplan: Hplan, tmp_path: Path) -> None:
    run = hplan("init", "--lang", "sv", "--organisation", "K", env=EPOCH)
    assert run.code == 0, run.err
    assert (tmp_path / "handlingsplan-2027.yaml").is_file()
    assert list(tmp_path.iterdir()) == [tmp_path / "handlingsplan-2027.yaml"]


def test_language_from_hplan_toml_then_lang(hplan: Hplan, tmp_path: Path) -> None:
    (tmp_path / "hplan.toml").write_text('language = "sv"\n', encoding="utf-8")
    run = hplan("init", "--organisation", "K", "--year", "2028", env={"LANG": "en_GB.UTF-8"})
    assert run.code == 0 and (tmp_path / "handlingsplan-2028.yaml").is_file()
    run = hplan("init", "--lang", "en", "--organisation", "K", "--year", "2028")
    assert run.code == 0 and (tmp_path / "action-plan-2028.yaml").is_file()


def test_language_from_lang_else_english(hplan: Hplan, tmp_path: Path) -> None:
    run = hplan("init", "--organisation", "K", "--year", "2028", env={"LANG": "sv_SE.UTF-8"})
    assert run.code == 0 and run.out.startswith("Skrev handlingsplan-2028.yaml")
    run = hplan("init", "--organisation", "K", "--year", "2029", env={"LANG": "de_DE.UTF-8"})
    assert run.code == 0 and run.out.startswith("Wrote action-plan-2029.yaml")


def test_stdout_with_dash(hplan: Hplan, tmp_path: Path) -> None:
    run = hplan("init", "--organisation", "Acme", "--year", "2028", "-")
    assert run.code == 0, run.err
    assert run.err == "" and list(tmp_path.iterdir()) == []
    assert run.out.startswith("# yaml-language-server: $schema=")
    assert [d.code for d in validate_text(run.out, "plan.yaml").diagnostics] == ["HP503"]


@pytest.mark.parametrize("existing", ["hplan: 1\n", "not a plan\n", ""])
def test_refuses_to_overwrite_any_file(hplan: Hplan, tmp_path: Path, existing: str) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text(existing, encoding="utf-8")
    run = hplan("init", "--organisation", "Acme", "plan.yaml")
    assert run.code == 1
    assert run.err == (
        "hplan: plan.yaml already exists; hplan init never overwrites a file"
        " (give another file name, or - for standard output)\n"
    )
    assert run.out == "" and target.read_text(encoding="utf-8") == existing


def test_refuses_the_default_file_in_swedish(hplan: Hplan, tmp_path: Path) -> None:
    (tmp_path / "handlingsplan-2028.yaml").write_text("hplan: 1\n", encoding="utf-8")
    run = hplan("init", "--lang", "sv", "--organisation", "K", "--year", "2028")
    assert run.code == 1 and run.out == ""
    assert run.err.startswith("hplan: handlingsplan-2028.yaml finns redan; hplan init skriver")
    assert (tmp_path / "handlingsplan-2028.yaml").read_text(encoding="utf-8") == "hplan: 1\n"


def test_refuses_a_dangling_link(hplan: Hplan, tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").symlink_to(tmp_path / "elsewhere.yaml")
    run = hplan("init", "--organisation", "Acme", "plan.yaml")
    assert run.code == 1 and "already exists" in run.err
    assert not (tmp_path / "elsewhere.yaml").exists()


@pytest.mark.parametrize(
    "name",
    [
        'Acme "Robotics": #1 AB',
        "Räksmörgås & Öl: ÅÄÖ # åäö",
        "- yes",
        "null",
        "two\nlines # and: more",
        "{x: [1, 2]} & *a !b",
    ],
)
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_hostile_organisation_reads_back(
    hplan: Hplan, tmp_path: Path, name: str, lang: str
) -> None:
    run = hplan("init", "--lang", lang, "--organisation", name, "--unit", name, "p.yaml")
    assert run.code == 0, run.err
    result = validate_path(str(tmp_path / "p.yaml"))
    assert [d.code for d in result.diagnostics] == ["HP503"]
    assert result.plan is not None and result.plan.header is not None
    assert result.plan.header.organisation == name and result.plan.header.unit == name
    assert name in result.plan.header.title


@pytest.mark.parametrize("year", ["1999", "2101", "20x", "twenty", "", "2027.5", "-2027"])
def test_bad_year_is_a_usage_error(hplan: Hplan, tmp_path: Path, year: str) -> None:
    run = hplan("init", "--organisation", "Acme", "--year", year, "p.yaml")
    assert run.code == 2
    assert run.err == f"hplan: --year {year!r} is not a year from 2000 to 2100\n"
    assert run.out == "" and list(tmp_path.iterdir()) == []


def test_years_at_the_edges(hplan: Hplan, tmp_path: Path) -> None:
    assert hplan("init", "--organisation", "A", "--year", "2000", "a.yaml").code == 0
    assert hplan("init", "--organisation", "A", "--year", "2100", "b.yaml").code == 0
    assert _codes(tmp_path / "a.yaml") == _codes(tmp_path / "b.yaml") == ["HP503"]


def test_usage_errors(hplan: Hplan, tmp_path: Path) -> None:
    run = hplan("init", "p.yaml")
    assert run.code == 2 and "NAME" in run.err and run.out == ""
    run = hplan("init", "--organisation", " ", "p.yaml")
    assert run.code == 2 and run.err == "hplan: --organisation must not be empty\n"
    run = hplan("init", "--organisation", "A", "--lang", "de", "p.yaml")
    assert run.code == 2 and "--lang" in run.err
    assert list(tmp_path.iterdir()) == []


def test_cannot_write_is_reported(hplan: Hplan, tmp_path: Path) -> None:
    run = hplan("init", "--organisation", "A", "missing/p.yaml")
    assert run.code == 2 and run.err.startswith("hplan: cannot write missing/p.yaml")
    assert run.out == ""


def test_help(hplan: Hplan) -> None:
    run = hplan("init", "--help")
    assert run.code == 0 and run.err == ""
    assert "Usage: hplan init [OPTIONS] [FILE]" in run.out
    assert "--organisation" in run.out and "--year YEAR" in run.out and "--unit" in run.out
    run = hplan("init", "--help", env={"LANG": "sv_SE.UTF-8"})
    assert run.code == 0 and "Skriv en startplan att fylla i" in run.out
