"""`hplan prioritise`: exit code and output together, in Swedish and English, in every
format; the figures themselves are worked out by hand in tests/test_prioritise.py."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "cases" / "prioritise"
PLAN = str(CASES / "rank-plan.yaml")
OVER = str(CASES / "must-over.yaml")
NONE = str(CASES / "no-budget.yaml")
NB = "\u00a0"

Hplan = Callable[..., Any]


def test_swedish_text_ranking_breakdown_flags_and_cut_line(hplan: Hplan) -> None:
    run = hplan("prioritise", PLAN, "--width", "90")
    assert (run.code, run.err) == (0, "")
    lines = run.out.splitlines()
    assert lines[:2] == ["Prioritering: Prioriteringsplan 2027", "Testkommunen"]
    assert lines[2] == (f"Budget för rangordningen: 700{NB}000{NB}kr, 700{NB}h (planens budget "
                        f"1{NB}000{NB}000{NB}kr, 1{NB}000{NB}h minus")  # fmt: skip
    assert lines[3] == f"  reserven 20 % och genomförda aktiviteters 100{NB}000{NB}kr, 100{NB}h)"
    ranked = [line.split()[1] for line in lines if line[:5].strip().endswith(".")]
    assert ranked == ["A2", "A3", "A9", "A10", "A12", "A13", "A11", "A14"]
    assert "   1. A2 Loggning enligt NIS2 · lagkrav" in lines
    assert ("       poäng 4,00 = brister 5,00 × genomförbarhet 0,80 · beslutad låg, "
            "föreslagen kritisk") in lines  # fmt: skip
    assert f"       140{NB}000{NB}kr, 70{NB}h · summa 490{NB}000{NB}kr, 170{NB}h" in lines
    assert "       ! åtgärdar en allvarlig brist (G1) men har prioritet låg" in lines
    assert "       ! beror av A11, under gränsen" in lines
    assert "       ! kritisk, men åtgärdar ingen brist och uppfyller inget lagkrav" in lines
    cut = next(i for i, line in enumerate(lines) if "── budgetgräns:" in line)
    assert lines[cut - 3].startswith("   6. A13") and lines[cut + 1].startswith("   7. A11")
    assert len(lines[cut]) == 90
    assert lines[-1] == "Under gränsen (2), kandidater till backloggen: A11, A14"


def test_english_with_lang_and_markdown(hplan: Hplan) -> None:
    run = hplan("prioritise", PLAN, "--lang", "en", "--format", "markdown")
    assert (run.code, run.err) == (0, "")
    out = run.out
    assert out.startswith("# Prioritisation: Prioriteringsplan 2027\n")
    assert ("| # | Id | Activity | Score | Gaps | Feasibility | Declared | Suggested | Cost "
            "| Cumulative | Within budget |") in out  # fmt: skip
    assert (f"| 1 | A2 | Loggning enligt NIS2 (required by law) | 1.00 | 2.00 | 0.50 | medium "
            f"| high | 350,000{NB}SEK, 100{NB}h | 350,000{NB}SEK, 100{NB}h | yes |") in out  # fmt: skip
    assert "| 8 | A14 | Översyn av rutiner | 0.00 | 0.00 | 1.00 | low | low | no cost given" in out
    assert "- A3: closes a serious gap (G1) but its priority is low\n" in out
    assert "- A12: depends on A11, below the line\n" in out
    assert out.endswith("Below the line (2), candidates for the backlog: A11, A14\n")


def test_json_is_stable_english_numbers(hplan: Hplan) -> None:
    run = hplan("prioritise", PLAN, "--format", "json")
    assert (run.code, run.err) == (0, "")
    data = json.loads(run.out)
    assert data["budget"] == {"money": 700000, "hours": 700, "source": "plan",
                              "plan": {"money": 1000000, "hours": 1000}, "contingency": 0.2,
                              "done": {"money": 100000, "hours": 100}}  # fmt: skip
    assert data["must_do"] == {"money": 350000, "hours": 100, "over_budget": False}
    assert data["below"] == ["A11", "A14"]
    a3 = data["ranking"][1]
    assert a3 == {"rank": 2, "id": "A3", "name": "Behörighetsstyrning", "must_do": False,
                  "gaps": [{"id": "G1", "severity": "serious"},
                           {"id": "G2", "severity": "significant"},
                           {"id": "G4", "severity": "negligible"}],
                  "gap_part": 5.0, "feasibility": 0.8, "score": 4.0, "declared": "low",
                  "suggested": "critical", "money": 140000, "hours": 70,
                  "cumulative": {"money": 490000, "hours": 170}, "fits": True,
                  "flags": ["serious_low"], "predecessors_below": []}  # fmt: skip
    a12 = data["ranking"][4]
    assert (a12["id"], a12["flags"], a12["predecessors_below"]) == (
        "A12", ["predecessor_below"], ["A11"])  # fmt: skip


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "! The activities that meet legal requirements alone cost 130,000 SEK: more than"),
    ("sv", "! Aktiviteterna som uppfyller lagkrav kostar ensamma 130 000 kr: mer än budgeten"),
])  # fmt: skip
def test_must_do_over_budget_said_plainly(hplan: Hplan, lang: str, said: str) -> None:
    run = hplan("prioritise", OVER, "--lang", lang)
    assert (run.code, run.err) == (0, "")
    assert said.replace("0 000 ", f"0{NB}000{NB}").replace("0,000 ", f"0,000{NB}") in run.out


def test_budget_written_the_swedish_way(hplan: Hplan) -> None:
    run = hplan("prioritise", PLAN, "--budget", "300 tkr", "--format", "json")
    assert (run.code, run.err) == (0, "")
    data = json.loads(run.out)
    assert (data["budget"]["money"], data["budget"]["hours"]) == (300000, None)
    assert data["budget"]["source"] == "option"
    assert data["must_do"]["over_budget"] is True
    run = hplan("prioritise", PLAN, "--budget", "1,5 mnkr", "--hours", "1 200", "-f", "json")
    assert run.code == 0
    assert json.loads(run.out)["budget"]["money"] == 1_500_000
    assert json.loads(run.out)["budget"]["hours"] == 1200
    assert json.loads(run.out)["below"] == []


@pytest.mark.parametrize(("args", "message"), [
    (("--budget", "mycket"), "hplan: --budget: 'mycket' is not an amount of money"),
    (("--budget", "-5"), "hplan: --budget: '-5' is not an amount of money"),
    (("--hours", "10 tkr"), "hplan: --hours: '10 tkr' is not a number of hours"),
    (("--format", "csv"), "hplan: unknown format csv; choose one of text, json, markdown"),
    (("--width", "5"), "hplan: --width"),
    (("--lang", "de"), "hplan: --lang"),
])  # fmt: skip
def test_bad_values_exit_2_without_traceback(hplan: Hplan, args: tuple[str, ...],
                                             message: str) -> None:  # fmt: skip
    run = hplan("prioritise", PLAN, *args)
    assert (run.code, run.out) == (2, "")
    assert run.err.startswith(message)
    assert "Traceback" not in run.err


def test_swedish_error_with_lang_sv(hplan: Hplan) -> None:
    run = hplan("prioritise", PLAN, "--budget", "x", "--lang", "sv")
    assert (run.code, run.out) == (2, "")
    assert run.err.startswith("hplan: --budget: 'x' är inget belopp")


def test_narrow_width_fits(hplan: Hplan) -> None:
    run = hplan("prioritise", PLAN, "--width", "40")
    assert (run.code, run.err) == (0, "")
    assert max(len(line) for line in run.out.splitlines()) <= 40


def test_no_budget_no_cut_line_ties_by_id(hplan: Hplan) -> None:
    run = hplan("prioritise", NONE)
    assert (run.code, run.err) == (0, "")
    assert "No budget: the plan has none and none was given, so there is no cut line." in run.out
    assert run.out.index("   1. C9 First") < run.out.index("   2. C10 Second")
    assert "cut line" not in run.out.replace("no cut line", "")


def test_output_file_and_color(hplan: Hplan, tmp_path: Path) -> None:
    target = tmp_path / "prio.md"
    run = hplan("prioritise", PLAN, "-f", "markdown", "-o", str(target))
    assert (run.code, run.out, run.err) == (0, "", "")
    assert target.read_text(encoding="utf-8").startswith("# Prioritering: Prioriteringsplan 2027")
    run = hplan("prioritise", PLAN, "--color", "always")
    assert run.code == 0 and "\x1b[33m" in run.out
    run = hplan("prioritise", PLAN, "--color", "always", "-f", "json")
    assert run.code == 0 and "\x1b[" not in run.out


def test_nothing_to_rank(hplan: Hplan, tmp_path: Path) -> None:
    done = "priority: medium, status: done, completed: 2027-04-30, progress: 100,"
    text = Path(NONE).read_text(encoding="utf-8").replace("priority: medium,", done)
    plan = tmp_path / "done.yaml"
    plan.write_text(text, encoding="utf-8")
    run = hplan("prioritise", str(plan))
    assert (run.code, run.err) == (0, "")
    assert run.out.endswith("\nNo activity to rank: every activity is done or cancelled.\n")


def test_broken_plan_exit_1_and_help(hplan: Hplan, tmp_path: Path) -> None:
    run = hplan("prioritise", str(tmp_path / "missing.yaml"))
    assert (run.code, run.out) == (1, "")
    assert "HP001" in run.err
    run = hplan("prioritise", "--help")
    assert run.code == 0 and "--budget" in run.out and "--hours" in run.out
    assert "prioritise" in hplan("--help").out
