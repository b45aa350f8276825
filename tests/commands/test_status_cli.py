"""`hplan status`: exit code and output together, in Swedish and English, one plan and
several (the group view), text and json; the figures themselves are in test_status.py."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "cases" / "followup"
PLAN = str(CASES / "status-plan.yaml")
GROUP = str(CASES / "group")
TODAY = ("--today", "2027-06-15")

Hplan = Callable[..., Any]


def test_swedish_text_deviations_first_then_every_state(hplan: Hplan) -> None:
    run = hplan("status", PLAN, *TODAY, "--width", "80")
    assert (run.code, run.err) == (0, "")
    out = run.out
    assert out.startswith("Uppföljningsplan 2027\nTestkommunen\n")
    assert "Läget den 2027-06-15 (dag 166 av 365)" in out
    assert "Klart: 1 av 8 aktiviteter (13 %), 40 % av de planerade timmarna" in out
    headings = [line for line in out.splitlines() if line.endswith("(1)")]
    assert headings[:5] == ["Försenade (1)", "Ligger efter (1)", "Sen start (1)", "Pausade (1)",
                            "Senare prognos: väntas bli klara efter slutdatum (1)"]  # fmt: skip
    assert "5 dagar efter slutdatum 2027-06-10, 20 % klar · Eva Sjöberg" in out
    assert "10 % klar när 50 % av tiden har gått, slutar 2027-08-28 · Ahmed Karimi" in out
    assert "klar 2027-03-10, 5 dagar före slutdatum 2027-03-15 · Maria Lind" in out
    assert "  M1     73 %  Utbildade medarbetare" in out
    assert (
        "Pengar: planerat 170\u00a0000 kr · förbrukat 95\u00a0000 kr · budget 300\u00a0000 kr"
        in out
    )
    assert "Nästa kontrollpunkt: 2027-06-30 (om 15 dagar)" in out
    assert "Ska vara klart till dess: A7 2027-06-30" in out
    assert "Slutar: A7 2027-06-30, A8 2027-07-10" in out


def test_english_and_a_narrow_terminal(hplan: Hplan) -> None:
    run = hplan("status", PLAN, *TODAY, "--lang", "en", "--width", "40")
    assert (run.code, run.err) == (0, "")
    assert "Overdue (1)" in run.out and "Behind (1)" in run.out
    assert "Done: 1 of 8 activities (13 %), 40 %" in run.out
    assert max(len(line) for line in run.out.splitlines()) <= 40


def test_piped_output_has_no_colour_and_a_terminal_may_have_it(hplan: Hplan) -> None:
    plain = hplan("status", PLAN, *TODAY)
    assert "\x1b[" not in plain.out
    coloured = hplan("status", PLAN, *TODAY, "--color", "always")
    assert coloured.code == 0 and "\x1b[31mFörsenade (1)\x1b[0m" in coloured.out


def test_json_for_scripts(hplan: Hplan) -> None:
    run = hplan("status", PLAN, *TODAY, "--format", "json")
    assert (run.code, run.err) == (0, "")
    data = json.loads(run.out)
    assert data["today"] == "2027-06-15" and data["counts"]["overdue"] == 1
    assert data["done"] == {"count": 1, "of": 8, "share": 12.5, "hours": 100.0,
                            "hours_of": 250.0, "share_hours": 40.0}  # fmt: skip
    a2 = next(a for a in data["activities"] if a["id"] == "A2")
    assert (a2["state"], a2["expected_end"], a2["responsible"]) == ("overdue", "2027-06-10",
                                                                    "Eva Sjöberg")  # fmt: skip
    assert data["checkpoint"] == {"date": "2027-06-30", "due": ["A7"]}
    assert data["money"]["spent_money"] == 95000


def test_filters_as_in_table(hplan: Hplan) -> None:
    run = hplan("status", PLAN, *TODAY, "--responsible", "per ek", "--lang", "en")
    assert run.code == 0
    assert "Only the activities the filters keep are counted." in run.out
    assert "Done: 0 of 3 activities (0 %)" in run.out
    assert "A2 " not in run.out and "A3 " in run.out


def test_tolerance_and_horizon(hplan: Hplan) -> None:
    wide = hplan("status", PLAN, *TODAY, "--tolerance", "50", "-f", "json")
    assert json.loads(wide.out)["counts"]["behind"] == 0
    near = hplan("status", PLAN, *TODAY, "--horizon", "10", "-f", "json")
    assert (json.loads(near.out)["starting"], json.loads(near.out)["ending"]) == ([], [])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--tolerance", "120"), "--tolerance must be between 0 and 100"),
        (("--horizon", "-1"), "--horizon must be between 0 and 3660"),
        (("--today", "2027-13-01"), "--today"),
        (("--format", "csv"), "csv"),
        (("--status", "sleeping"), "sleeping"),
    ],
)
def test_wrong_options_exit_2_before_reading(
    hplan: Hplan, args: tuple[str, ...], message: str
) -> None:
    run = hplan("status", "no-such-plan.yaml", *args)
    assert run.code == 2 and message in run.err and run.out == ""


def test_a_plan_that_cannot_be_read(hplan: Hplan, tmp_path: Path) -> None:
    run = hplan("status", str(tmp_path / "missing.yaml"), *TODAY)
    assert run.code == 1 and "HP001" in run.err and run.out == ""


def test_several_plans_give_the_group_first(hplan: Hplan) -> None:
    run = hplan("status", GROUP, *TODAY, "--width", "100")
    assert (run.code, run.err) == (0, "")
    out = run.out
    assert out.startswith("Intern\nGruppen: 3 planer den 2027-06-15\n")
    assert "  kommunen: Kommunens handlingsplan 2027\n    inklusive de 2 planer" in out
    assert "aktiviteter 13 · klara 2 · försenade 2 · ligger efter 2 · senare prognos 1" in out
    assert "    test: Uppföljningsplan 2027" in out and "    soc: Socialförvaltningens" in out
    assert "  soc G-1: 8.8 allvarlig (inget åtgärdar den)" in out
    assert "6.3: kommunen, soc" in out
    # then each plan as one plan's status shows it
    assert out.count("Läget den 2027-06-15") == 3


def test_several_plans_as_json(hplan: Hplan) -> None:
    run = hplan("status", GROUP, *TODAY, "-f", "json")
    assert run.code == 0
    data = json.loads(run.out)
    assert [p["id"] for p in data["group"]["plans"]] == ["kommunen", "soc", "test"]
    assert data["group"]["plans"][0]["total"]["activities"] == 13
    assert len(data["plans"]) == 3 and {p["path"] for p in data["plans"]} == {
        str(Path(GROUP) / f"{n}-2027.yaml") for n in ("kommunen", "soc", "test")}  # fmt: skip


def test_one_broken_plan_among_several(hplan: Hplan, tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    shutil.copytree(GROUP, folder)
    (folder / "soc-2027.yaml").write_text("hplan: 1\nplan: [\n", encoding="utf-8")
    run = hplan("status", str(folder), *TODAY)
    assert run.code == 1
    assert "HP002" in run.err and "soc-2027.yaml" in run.err
    assert "Gruppen: 2 planer" in run.out


def test_written_to_a_file_but_never_over_a_plan(hplan: Hplan, tmp_path: Path) -> None:
    out = tmp_path / "status.txt"
    run = hplan("status", PLAN, *TODAY, "-o", str(out))
    assert (run.code, run.out) == (0, "") and "Försenade (1)" in out.read_text(encoding="utf-8")
    plan = tmp_path / "plan.yaml"
    shutil.copy(PLAN, plan)
    refused = hplan("status", PLAN, *TODAY, "-o", str(plan))
    assert refused.code == 1 and "--force" in refused.err
    assert plan.read_bytes() == Path(PLAN).read_bytes()


def test_without_planned_hours_no_share_of_hours_is_claimed(hplan: Hplan, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "hplan: 1\nplan: {title: P, organisation: O, period: {start: 2027-01-01, end: 2027-12-31}}\n"
        "activities:\n  - {id: A1, name: N, priority: high, responsible: R,"
        " start: 2027-02-01, end: 2027-02-01}\n",
        encoding="utf-8",
    )
    run = hplan("status", str(plan), "--today", "2027-03-01", "--lang", "en")
    assert run.code == 0
    assert "Done: 0 of 1 activities (0 %)\n" in run.out and "planned hours" not in run.out
