"""`hplan report` on the command line: exit status and output together, every section's
figures on a hand-written plan whose answers are worked out below, and the golden
Swedish report of the shipped example (tests/golden/report/).

Every run passes --today (the real date moves on). After a deliberate change of the
output, rewrite the golden file with `UPDATE_GOLDEN=1 pytest tests/commands/test_report_cli.py`
and read the diff before committing it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
SV = str(ROOT / "examples" / "handlingsplan-2027.yaml")
GOLDEN = ROOT / "tests" / "golden" / "report"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
Hplan = Callable[..., Any]
TODAY = ("--today", "2027-06-15")
NBSP = "\u00a0"

# On 2027-06-15 each activity stands in one state (followup.STATES), one of each:
#   A1 done; A2 overdue (ended 05-31: 15 days); A3 behind (10 % done, 45 of 123 days
#   gone = 37 %); A4 late start (06-01: 14 days); A5 paused; A6 delayed (forecast
#   11-20 against 10-31: +20 days); A7 on track; A8 not started; A9 postponed;
#   A10 cancelled.
# Counted (not cancelled or postponed): 8, done 1 (13 %); hours 800.5, done 100 (12 %).
# Money planned 100 000 + 200 000 + 50 000 + 300 000 = 650 000 of 900 000 (budget less
#   10 %): 72 %, 250 000 left. Hours planned 800.5 of 765: 105 %, over by 35.5 h.
# Spent 90 000 + 150 000 + 10 000 (cancelled work was still paid) = 250 000 (28 %);
#   hours 80 + 120 = 200 (26 %).
# Goals: G1 = (100 % x 100 h + 50 % x 200 h) / 300 h = 67 %; G2 = A3's 10 %.
PLAN = """\
hplan: 1
plan:
  title: Follow-up test plan 2027
  organisation: Org | Pipes
  unit: Unit <b>one</b>
  owner: Kim Ek
  language: en
  classification: "SECRET | <script>alert(1)</script>"
  period: {start: 2027-01-01, end: 2027-12-31}
  budget: {money: 1000000, hours: 850}
  contingency: 0.1
  checkpoints: [2027-04-30, 2027-06-30, 2027-09-30]
  followups:
    - {date: 2027-04-30, note: First checkpoint held}
  decision: {by: The Board, date: 2026-12-01, reference: B-1}
goals:
  - {id: G1, title: Goal one}
  - {id: G2, title: Goal two}
activities:
  - {id: A1, name: Done work, goals: [G1], requirements: [GDPR art. 32], priority: high,
     responsible: Kim Ek, cost: {money: 100000, hours: 100}, start: 2027-01-10,
     end: 2027-03-31, status: done, progress: 100, completed: 2027-03-10,
     spent: {money: 90000, hours: 80}}
  - {id: A2, name: "Patch | upgrade *servers*", goals: [G1], priority: high,
     responsible: Ola Berg, cost: {money: 200000, hours: 200}, start: 2027-02-01,
     end: 2027-05-31, status: in_progress, progress: 50, spent: {money: 150000, hours: 120},
     followups: [{date: 2027-05-31, note: Supplier late}]}
  - {id: A3, name: Behind work, goals: [G2], requirements: [NIS2], priority: medium,
     responsible: Kim Ek, cost: {hours: 50}, start: 2027-05-01, end: 2027-08-31,
     status: in_progress, progress: 10}
  - {id: A4, name: Late start work, priority: low, responsible: Kim Ek, cost: {money: 50000},
     start: 2027-06-01, end: 2027-09-30, status: planned}
  - {id: A5, name: Paused work, priority: low, responsible: Kim Ek, cost: {hours: 100},
     start: 2027-04-01, end: 2027-10-31, status: paused, progress: 30}
  - {id: A6, name: Delayed work, priority: high, responsible: Kim Ek,
     cost: {money: 300000, hours: 300}, start: 2027-03-01, end: 2027-10-31,
     forecast_end: 2027-11-20, status: in_progress, progress: 60,
     carried_from: [{period: 2025-01-01, id: A6},
                    {period: 2026-01-01, id: A6, status: in_progress, progress: 20}]}
  - {id: A7, name: On track work, priority: low, responsible: Kim Ek, cost: {hours: 40},
     start: 2027-06-01, end: 2027-07-31, status: in_progress, progress: 40,
     carried_from: [{period: 2026-01-01, id: X7, status: planned}]}
  - {id: A8, name: Not started work, priority: low, responsible: Kim Ek, cost: {hours: 10.5},
     start: 2027-09-01, end: 2027-10-31, status: planned}
  - {id: A9, name: Postponed work, priority: low, responsible: Kim Ek,
     cost: {money: 500000, hours: 100}, start: 2027-09-01, end: 2027-12-31, status: postponed}
  - {id: A10, name: Cancelled work, priority: low, responsible: Kim Ek, cost: {money: 80000},
     start: 2027-02-01, end: 2027-12-31, status: cancelled, spent: {money: 10000}}
backlog:
  - {id: B1, name: "Later | thing", priority: medium, target: "2028", requirements: [NIS2]}
"""

DRAFT = """\
hplan: 1
plan:
  title: Bare draft
  organisation: Small org
  period: {start: 2027-01-01, end: 2027-12-31}
activities:
  - {id: A1, name: Only work, priority: low, responsible: Kim Ek, start: 2027-03-01,
     end: 2027-04-30, status: done, completed: 2027-04-30}
"""

BROKEN = "hplan: 1\nplan:\n  title: Broken\n"


@pytest.fixture
def plan(write_plan: Callable[[str, str], Path]) -> str:
    return str(write_plan(PLAN, "plan.yaml"))


def section(out: str, heading: str) -> str:
    """The text under `## heading`, up to the next heading of that level."""
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", out, re.M | re.S)
    assert match, (heading, out)
    return match[1]


def rows(text: str) -> list[list[str]]:
    """The cells of every table row in `text` (the header and rule included)."""
    cells = [re.split(r"(?<!\\) \| ", line[2:-2]) for line in text.splitlines()
             if line.startswith("| ")]  # fmt: skip
    return [[c.strip() for c in row] for row in cells]


def check_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"{path} is missing: run with UPDATE_GOLDEN=1 to create it"
    assert actual == path.read_text(encoding="utf-8")


# --- every section's figures --------------------------------------------------------------


def test_opening_marking_plan_and_decision(hplan: Hplan, plan: str) -> None:
    run = hplan("report", plan, *TODAY)
    assert run.code == 0, run.err
    assert run.err == ""
    lines = run.out.splitlines()
    # The marking is the first line, escaped so the markdown shows it as written.
    assert lines[0] == r"**SECRET \| \<script\>alert(1)\</script\>**"
    assert "# Follow-up test plan 2027" in lines
    assert "*Report to the management review · status on 2027-06-15*" in lines
    assert r"- **Organisation:** Org \| Pipes" in lines
    assert r"- **Unit:** Unit \<b\>one\</b\>" in lines
    assert "- **Period:** 2027-01-01 – 2027-12-31 (day 166 of 365)" in lines
    assert "- **Decision:** Adopted by The Board on 2026-12-01 (B-1)" in lines


def test_key_figures_and_goals(hplan: Hplan, plan: str) -> None:
    run = hplan("report", plan, *TODAY)
    assert run.code == 0
    summary = section(run.out, "Summary")
    assert "- **Done:** 1 of 8 activities (13 %), 12 % of the planned hours" in summary
    assert ("- **Deviations:** 5 (1 overdue, 1 behind, 1 late start, 1 paused, 1 delayed)"
            in summary)  # fmt: skip
    assert "- **Next checkpoint:** 2027-06-30 (in 15 days)" in summary
    assert ["2027-04-30", "First checkpoint held"] in rows(summary)
    goals = rows(section(run.out, "Goals"))
    assert goals[0] == ["Goal", "Title", "Activities", "Progress"]
    assert goals[2:] == [["G1", "Goal one", "2", "67 %"], ["G2", "Goal two", "1", "10 %"]]


def test_activities_by_state(hplan: Hplan, plan: str) -> None:
    run = hplan("report", plan, *TODAY)
    assert run.code == 0
    table = rows(section(run.out, "Activities by state"))
    counts = dict(row for row in table if len(row) == 2)
    assert counts == {"State": "Number", "---": "---:", "Overdue": "1", "Behind": "1",
                      "Late start": "1", "Paused": "1", "Delayed": "1", "On track": "1",
                      "Not started": "1", "Done": "1", "Postponed": "1", "Cancelled": "1",
                      "Total": "10"}  # fmt: skip
    listing = [row for row in table if len(row) == 6][2:]
    # Deviations first, worst first, then the rest in the order of the states.
    assert [row[0] for row in listing] == ["A2", "A3", "A4", "A5", "A6", "A7", "A8", "A1",
                                           "A9", "A10"]  # fmt: skip
    assert listing[0] == ["A2", r"Patch \| upgrade \*servers\*", "Overdue", "Ola Berg",
                          "2027-02-01 – 2027-05-31", "50 %"]  # fmt: skip
    assert listing[7][5] == "100 %"


def test_deviations_say_who_and_what_is_off(hplan: Hplan, plan: str) -> None:
    run = hplan("report", plan, *TODAY)
    assert run.code == 0
    text = section(run.out, "Deviations")
    assert rows(text)[2:] == [
        ["A2", r"Patch \| upgrade \*servers\*", "Overdue", "Ola Berg",
         "15 days past its end 2027-05-31, 50 % done. Follow-up 2027-05-31: Supplier late"],
        ["A3", "Behind work", "Behind", "Kim Ek",
         "10 % done with 37 % of its time gone; ends 2027-08-31"],
        ["A4", "Late start work", "Late start", "Kim Ek", "was to start 2027-06-01 (14 days ago)"],
        ["A5", "Paused work", "Paused", "Kim Ek", "paused at 30 %; ends 2027-10-31"],
        ["A6", "Delayed work", "Delayed", "Kim Ek",
         "forecast 2027-11-20 instead of 2027-10-31 (+20 days), 60 % done"],
    ]  # fmt: skip
    assert "more than 15 points" in text


def test_tolerance_moves_the_line_for_behind(hplan: Hplan, plan: str) -> None:
    run = hplan("report", plan, *TODAY, "--tolerance", "30")
    assert run.code == 0
    ids = [row[0] for row in rows(section(run.out, "Deviations"))[2:]]
    assert ids == ["A2", "A4", "A5", "A6"]  # A3 lags 27 points: within 30
    assert "more than 30 points" in run.out


def test_budget_planned_spent_and_available(hplan: Hplan, plan: str) -> None:
    run = hplan("report", plan, *TODAY)
    assert run.code == 0
    assert rows(section(run.out, "Budget and resources used"))[2:] == [
        ["Planned (not cancelled or postponed)", "650,000 SEK", "800.5 h"],
        ["Spent so far", "250,000 SEK", "200 h"],
        ["Budget", "1,000,000 SEK", "850 h"],
        ["Budget less the contingency of 10 %", "900,000 SEK", "765 h"],
        ["Planned, of the budget less contingency", "72 %", "105 %"],
        ["Spent, of the budget less contingency", "28 %", "26 %"],
        ["Left after what is planned", "250,000 SEK", "over by 35.5 h"],
    ]


def test_swedish_numbers(hplan: Hplan, plan: str) -> None:
    run = hplan("report", plan, *TODAY, "--lang", "sv")
    assert run.code == 0
    budget = rows(section(run.out, "Budget och resursåtgång"))
    assert budget[2] == ["Planerat (utom avbrutet och uppskjutet)", f"650{NBSP}000 kr", "800,5 h"]
    assert budget[-1] == ["Återstår efter det planerade", f"250{NBSP}000 kr",
                          "överskrids med 35,5 h"]  # fmt: skip
    assert "- **Klart:** 1 av 8 aktiviteter (13 %), 12 % av de planerade timmarna" in run.out


def test_carried_requirements_and_backlog(hplan: Hplan, plan: str) -> None:
    run = hplan("report", plan, *TODAY)
    assert run.code == 0
    carried = section(run.out, "Activities carried from earlier plans")
    assert rows(carried)[2:] == [
        ["A6", "Delayed work", "2025-01-01; 2026-01-01 (in progress, 20 %)", "2", "Delayed",
         "Kim Ek"],
        ["A7", "On track work", "2026-01-01 (X7, planned)", "1", "On track", "Kim Ek"],
    ]  # fmt: skip
    assert "Carried from two or more earlier plans: A6." in carried
    required = section(run.out, "Activities that meet legal and other requirements")
    assert rows(required)[2:] == [
        ["GDPR art. 32", "A1", "Done work", "Done", "Kim Ek"],
        ["NIS2", "A3", "Behind work", "Behind", "Kim Ek"],
        ["NIS2", "B1", r"Later \| thing", "In the backlog", "–"],
    ]
    assert rows(section(run.out, "Backlog"))[2:] == [
        ["B1", r"Later \| thing", "medium", "–", "2028"]
    ]


def test_gantt_as_mermaid_block(hplan: Hplan, plan: str) -> None:
    run = hplan("report", plan, *TODAY)
    assert run.code == 0
    chart = section(run.out, "Timeline").strip()
    assert chart.startswith("```mermaid\n%% SECRET")
    assert "\ngantt\n" in chart
    assert "    A2 Patch | upgrade *servers* : active, a_A2, 2027-02-01, 2027-05-31" in chart
    assert chart.count("```") == 2


def test_draft_without_registers_says_so(hplan: Hplan, write_plan: Callable[..., Path]) -> None:
    path = write_plan(DRAFT, "draft.yaml")
    run = hplan("report", str(path), "--today", "2028-01-10")
    assert run.code == 0, run.err
    out = run.out
    assert out.startswith("# Bare draft\n")  # no marking: the title comes first
    assert "- **Decision:** Draft: not adopted" in out
    assert "(day " not in out  # the period is over
    assert "- **Done:** 1 of 1 activities (100 %); no hours are planned" in out
    assert "- **Deviations:** none" in out
    assert "- **Next checkpoint:** none ahead in the plan" in out
    for sentence in ("The plan has no goals.", "No activity deviates from the plan on 2028-01-10.",
                     "The plan sets no budget (plan.budget).",
                     "No activity is carried from an earlier plan.",
                     "No activity names a requirement it meets (requirements).",
                     "The backlog is empty."):  # fmt: skip
        assert sentence in out
    assert "Earlier checkpoints" not in out


# --- several plans, options, refusals -----------------------------------------------------


def test_several_plans_one_section_each_in_order(
    hplan: Hplan, plan: str, write_plan: Callable[..., Path]
) -> None:
    draft = str(write_plan(DRAFT, "draft.yaml"))
    run = hplan("report", draft, plan, *TODAY)
    assert run.code == 0, run.err
    titles = re.findall(r"^# (.+)$", run.out, re.M)
    # The group first, then each plan in the order given.
    assert titles == ["The group: 2 plans on 2027-06-15", "Bare draft", "Follow-up test plan 2027"]
    # The draft has no marking, the other has: the marking still heads the document.
    assert run.out.startswith(r"**SECRET \| \<script\>alert(1)\</script\>**")
    assert run.out.count("\n---\n") == 3


def test_several_plans_open_with_the_group_rolled_up(hplan: Hplan) -> None:
    group = str(ROOT / "tests" / "cases" / "followup" / "group")
    run = hplan("report", group, *TODAY, "--lang", "en")
    assert run.code == 0, run.err
    plans = rows(section(run.out, "Open serious and significant gaps (2)"))
    assert plans[2:] == [["soc", "G-1", "8.8", "serious", "nothing addresses it"],
                         ["soc", "G-2", "5.15", "significant", "addressed"]]  # fmt: skip
    table = rows(run.out.split("## Open serious")[0])
    assert table[0][:3] == ["Plan", "Activities", "Done"]
    # kommunen rolls up test and soc (tests/test_group.py works the figures out).
    assert table[2][:6] == ["kommunen (with 2 under it)", "13", "2", "2", "2", "1"]
    assert table[2][6] == "520,000 SEK / 185,000 SEK / 1,100,000 SEK"
    assert [r[0] for r in table[3:]] == ["soc", "test"]
    assert "| \u2003soc | 1 |" in run.out  # indented under kommunen (rows() strips it)
    assert "| 6.3 | kommunen, soc |" in run.out


def test_a_plan_that_cannot_be_read_is_reported_and_the_rest_still_are(
    hplan: Hplan, plan: str, write_plan: Callable[..., Path]
) -> None:
    broken = str(write_plan(BROKEN, "broken.yaml"))
    run = hplan("report", broken, plan, *TODAY)
    assert run.code == 1
    assert "HP101" in run.err
    assert "# Follow-up test plan 2027" in run.out


def test_only_broken_plans_write_nothing(hplan: Hplan, write_plan: Callable[..., Path]) -> None:
    broken = str(write_plan(BROKEN, "broken.yaml"))
    run = hplan("report", broken, *TODAY)
    assert run.code == 1
    assert run.out == ""


def test_lang_option_wins_over_the_plan(hplan: Hplan) -> None:
    run = hplan("report", SV, "--today", "2027-09-15", "--lang", "en")
    assert run.code == 0
    assert "## Deviations" in run.out
    assert "## Avvikelser" not in run.out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--format", "pdf"), "pdf"),
        (("--today", "2027-13-01"), "--today"),
        (("--today", "15/6/2027"), "--today"),
        (("--tolerance", "150"), "--tolerance"),
        (("--tolerance", "-1"), "--tolerance"),
    ],
)
def test_bad_options_exit_2_before_reading(
    hplan: Hplan, args: tuple[str, ...], message: str
) -> None:
    run = hplan("report", "no-such-plan.yaml", *args)  # not read: the options fail first
    assert run.code == 2
    assert message in run.err
    assert run.out == ""
    assert "Traceback" not in run.err


def test_output_file_and_plan_files_are_protected(hplan: Hplan, plan: str, tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    run = hplan("report", plan, *TODAY, "-o", str(target))
    assert (run.code, run.out, run.err) == (0, "", "")
    assert target.read_text(encoding="utf-8").startswith("**SECRET")
    before = Path(plan).read_text(encoding="utf-8")
    run = hplan("report", plan, *TODAY, "-o", plan)
    assert run.code == 1
    assert "--force" in run.err
    assert Path(plan).read_text(encoding="utf-8") == before
    run = hplan("report", plan, *TODAY, "-o", plan, "--force")
    assert run.code == 0
    assert Path(plan).read_text(encoding="utf-8").startswith("**SECRET")


def test_html_is_one_self_contained_escaped_file(hplan: Hplan, plan: str) -> None:
    run = hplan("report", plan, *TODAY, "--format", "html")
    assert run.code == 0, run.err
    page = run.out
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert page.rstrip().endswith("</html>")
    marking = "SECRET | &lt;script&gt;alert(1)&lt;/script&gt;"
    assert f'<div class="marking" role="note">{marking}</div>' in page
    # No user string is markup, and nothing is fetched: no script, link, import or URL.
    assert "<script" not in page
    assert "<b>one" not in page and "Unit &lt;b&gt;one&lt;/b&gt;" in page
    for fetch in ("<link", "<img", "<iframe", "@import", "src=", "href="):
        assert fetch not in page
    assert re.findall(r"url\((?!#)", page) == []  # only the SVG's own clip paths
    urls = set(re.findall(r"https?://[^\s\"')>]+", page))
    assert urls <= {"http://www.w3.org/2000/svg", "https://www.textualize.io"}
    assert '<svg class="rich-terminal"' in page  # the Gantt chart, inline
    assert "650,000 SEK" in page and "over by 35.5 h" in page


def test_html_marking_in_the_page_margin_is_a_safe_css_string(hplan: Hplan, plan: str) -> None:
    run = hplan("report", plan, *TODAY, "--format", "html")
    assert run.code == 0
    margin = re.search(r"@bottom-left \{ content: (\"[^\"]*\")", run.out)
    assert margin is not None
    assert "<" not in margin[1] and "|" not in margin[1]
    assert "</style>" not in run.out.split("<style>")[1].split("</style>")[0]


# --- golden ---------------------------------------------------------------------------------


def test_golden_swedish_example(hplan: Hplan) -> None:
    run = hplan("report", SV, "--today", "2027-09-15")
    assert run.code == 0, run.err
    assert run.err == ""
    check_golden("handlingsplan-2027.sv.md", run.out)
