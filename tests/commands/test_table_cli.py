"""`hplan table` as a user runs it: exit code and output asserted together.

The golden files in tests/golden/views/ are the two examples drawn at width 100 without
colour. After a deliberate change of the output, rewrite them with
`UPDATE_GOLDEN=1 pytest tests/commands/test_table_cli.py`, then read the diff.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
GOLDEN = ROOT / "tests" / "golden" / "views"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
ROW = re.compile(r"^(A\d+) ", re.MULTILINE)

PLAN = """\
hplan: 1
plan:
  title: Plan 2027
  organisation: Exempel
  period: {start: 2027-01-01, end: 2027-12-31}
  budget: {money: 100000, hours: 100}
  contingency: 0.1
  decision: {by: Styrelsen, date: 2026-12-01}
goals:
  - {id: M1, title: Goal one}
  - {id: M2, title: Goal two}
activities:
  - {id: A1, name: Alpha, goals: [M1], priority: high, responsible: Per Ek, start: 2027-01-10,
     end: 2027-03-31, status: in_progress, progress: 50, cost: {money: 10000, hours: 10}}
  - {id: A2, name: Beta, goals: [M2], priority: critical, responsible: Anna Berg,
     start: 2027-04-01, end: 2027-06-30, cost: {money: 20000, hours: 20, running: 3000}}
  - {id: A3, name: Gamma, goals: [M1, M2], priority: low, responsible: Per Ek,
     start: 2027-07-01, end: 2027-09-30, status: done, cost: {hours: 5}}
  - {id: A10, name: Delta, goals: [M2], priority: high, requirements: [NIS2],
     responsible: Anna Berg, start: 2027-10-01, end: 2027-12-15, depends_on: [A1],
     cost: {money: 5000}}
backlog:
  - {id: B1, name: Later, target: "2028"}
"""


@pytest.fixture
def table(hplan: Callable[..., Any], write_plan: Callable[..., Path]) -> Callable[..., Any]:
    """table(*args, text=PLAN) runs `hplan table PLAN --color never *args`."""

    def run(*args: str, text: str = PLAN, env: dict[str, str] | None = None) -> Any:
        path = write_plan(text)
        return hplan("table", str(path), "--color", "never", *args, env=env)

    return run


def ids(out: str) -> list[str]:
    return ROW.findall(out)


# --- order and filters -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("priority", ["A2", "A10", "A1", "A3"]),  # legal requirement (A10) first among high
        ("start", ["A1", "A2", "A3", "A10"]),
        ("end", ["A1", "A2", "A3", "A10"]),
        ("responsible", ["A2", "A10", "A1", "A3"]),
        ("id", ["A1", "A2", "A3", "A10"]),
    ],
)
def test_sort(table: Callable[..., Any], sort: str, expected: list[str]) -> None:
    run = table("--sort", sort)
    assert (run.code, ids(run.out), run.err) == (0, expected, "")


def test_unknown_sort_is_a_usage_error(table: Callable[..., Any]) -> None:
    run = table("--sort", "cost")
    assert (run.code, run.out) == (2, "")
    assert "--sort: unknown value cost" in run.err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--status", "pågående"], ["A1"]),
        (["--status", "in progress"], ["A1"]),
        (["--status", "planned,done"], ["A2", "A10", "A3"]),
        (["--priority", "hög"], ["A10", "A1"]),
        (["--priority", "kritisk", "--priority", "low"], ["A2", "A3"]),
        (["--responsible", "per ek"], ["A1", "A3"]),
        (["--goal", "M1"], ["A1", "A3"]),
        (["--from", "2027-06-30"], ["A2", "A10", "A3"]),  # ends on or after
        (["--to", "2027-04-01"], ["A2", "A1"]),  # starts on or before
        (["--from", "2027-04-01", "--to", "2027-06-30"], ["A2"]),  # overlaps the span
        (["--from", "2027-06-30", "--to", "2027-07-01"], ["A2", "A3"]),
    ],
)
def test_filters(table: Callable[..., Any], args: list[str], expected: list[str]) -> None:
    run = table(*args)
    assert (run.code, ids(run.out), run.err) == (0, expected, "")
    assert "Total of the activities shown" in run.out
    assert re.search(
        r"Whole plan, not counting cancelled or postponed +35,000 SEK +35 h\n", run.out
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--status", "late"], "--status: unknown value late"),
        (["--priority", "urgent"], "--priority: unknown value urgent"),
        (["--from", "2027-13-01"], "--from: 2027-13-01 is not a date"),
    ],
)
def test_bad_filter_values(table: Callable[..., Any], args: list[str], message: str) -> None:
    run = table(*args)
    assert (run.code, run.out) == (2, "")
    assert message in run.err


def test_a_filter_that_matches_nothing(table: Callable[..., Any]) -> None:
    run = table("--goal", "M9")
    assert (run.code, ids(run.out)) == (0, [])
    assert run.out.rstrip().endswith("No activities match the filters.")


def test_totals_against_the_budget(table: Callable[..., Any]) -> None:
    run = table("--width", "120")
    assert run.code == 0
    # 10,000 + 20,000 + 5,000 and 10 + 20 + 5 hours; A3 is done, and done work counts.
    assert re.search(r"\n +Total, not counting +35,000 +35\n +cancelled or postponed\n", run.out)
    assert re.search(r"Budget less the 10% contingency +90,000 SEK +90 h\n", run.out)
    assert re.search(r"Remaining +55,000 SEK +55 h\n", run.out)
    assert "Running costs once in place: 3,000 SEK per year" in run.out


# --- lists -------------------------------------------------------------------------------


def test_backlog(table: Callable[..., Any]) -> None:
    run = table("--backlog")
    assert run.code == 0
    assert re.search(r"^B1 +Later +2028$", run.out, re.MULTILINE)
    assert ids(run.out) == []


def test_empty_backlog(table: Callable[..., Any]) -> None:
    run = table("--backlog", text=PLAN.split("backlog:")[0])
    assert (run.code, run.out.rstrip().splitlines()[-1]) == (0, "The backlog is empty.")


def test_goals(table: Callable[..., Any]) -> None:
    run = table("--goals", "--width", "80")
    assert run.code == 0
    # M1: A1 (10 h, 50 %) and A3 (5 h, done): (10 * 50 + 5 * 100) / 15 = 66.7 %
    assert re.search(r"^M1 +Goal one +10,000 +15 +67%$", run.out, re.MULTILINE)
    # M2: A2 (20 h, 0), A10 (no hours: weighs as the mean, 12.5 h, 0), A3 (5 h, 100)
    assert re.search(r"^M2 +Goal two +25,000 +25 +13%$", run.out, re.MULTILINE)
    assert re.search(r"^ +A10 Delta$", run.out, re.MULTILINE)


def test_backlog_and_goals_together_is_a_usage_error(table: Callable[..., Any]) -> None:
    run = table("--backlog", "--goals")
    assert (run.code, run.out) == (2, "")
    assert "choose one" in run.err


# --- formats and output ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "start"),
    [
        ("text", "Plan 2027\n"),
        ("csv", "\ufeffId,Activity,Description,"),
        ("markdown", "**Plan 2027**\n"),
        ("json", '{\n  "plan": {'),
        ("svg", "<svg"),
        ("html", "<!DOCTYPE html>"),
    ],
)
def test_formats(table: Callable[..., Any], fmt: str, start: str) -> None:
    run = table("--format", fmt)
    assert (run.code, run.err) == (0, "")
    assert run.out.startswith(start)
    assert "Alpha" in run.out


def test_json_is_json(table: Callable[..., Any]) -> None:
    run = table("--format", "json", "--lang", "sv")
    data = json.loads(run.out)
    assert (run.code, [a["id"] for a in data["activities"]]) == (0, ["A2", "A10", "A1", "A3"])
    assert data["activities"][0]["priority"] == "critical"
    assert data["totals"]["remaining"] == {"money": 55000, "hours": 55}


def test_unknown_format(table: Callable[..., Any]) -> None:
    run = table("--format", "xlsx")
    assert (run.code, run.out) == (2, "")
    assert "unknown format xlsx" in run.err


@pytest.mark.parametrize(("args", "separator"), [([], ","), (["--lang", "sv"], ";"), (["--delimiter", "|"], "|")])  # fmt: skip
def test_csv_delimiter(table: Callable[..., Any], args: list[str], separator: str) -> None:
    run = table("--format", "csv", *args)
    assert run.code == 0
    assert run.out.split("\r\n")[0].split(separator)[:2] == ["\ufeffId", "Activity" if "sv" not in args else "Aktivitet"]  # fmt: skip


@pytest.mark.parametrize("delimiter", [";;", '"', "\n", ""])
def test_bad_delimiter(table: Callable[..., Any], delimiter: str) -> None:
    run = table("--format", "csv", "--delimiter", delimiter)
    assert (run.code, run.out) == (2, "")
    assert "cannot separate CSV fields" in run.err


def test_output_file(table: Callable[..., Any], tmp_path: Path) -> None:
    target = tmp_path / "table.md"
    run = table("--format", "markdown", "-o", str(target))
    assert (run.code, run.out, run.err) == (0, "", "")
    assert target.read_text(encoding="utf-8").startswith("**Plan 2027**")


def test_output_never_overwrites_a_plan_without_force(
    table: Callable[..., Any], tmp_path: Path
) -> None:
    other = tmp_path / "other.yaml"
    other.write_text(PLAN, encoding="utf-8")
    run = table("-o", str(other))
    assert (run.code, run.out) == (1, "")
    assert "is a plan file; not overwritten" in run.err
    assert other.read_text(encoding="utf-8") == PLAN
    run = table("-o", str(other), "--force")
    assert (run.code, run.out, run.err) == (0, "", "")
    assert other.read_text(encoding="utf-8").startswith("Plan 2027\n")


@pytest.mark.parametrize(("lang", "words"), [("sv", ["Aktivitet", "kritisk", "55 000 kr"]), ("en", ["Activity", "critical", "55,000 SEK"])])  # fmt: skip
def test_language(table: Callable[..., Any], lang: str, words: list[str]) -> None:
    run = table("--lang", lang, "--width", "120")
    assert run.code == 0
    for word in words:
        assert word in run.out.replace("\u00a0", " ")


@pytest.mark.parametrize("width", ["40", "80"])
def test_width(table: Callable[..., Any], width: str) -> None:
    long_name = PLAN.replace("name: Alpha", "name: " + "Informationssäkerhetsarbete " * 7)
    run = table("--width", width, text=long_name)
    assert run.code == 0
    assert max(len(line) for line in run.out.splitlines()) <= int(width)
    assert ids(run.out) == ["A2", "A10", "A1", "A3"]


@pytest.mark.parametrize(
    ("width", "header"),
    [
        (
            "100",
            ["Id", "Aktivitet", "Prioritet", "Kostnad", "Ansvarig", "Start", "Slut"],
        ),
        ("80", ["Id", "Aktivitet", "Prioritet", "Kostnad", "Ansvarig", "Slut"]),
        ("40", ["Id", "Aktivitet", "Prioritet"]),
    ],
)
def test_columns_dropped_when_narrow(
    hplan: Callable[..., Any], width: str, header: list[str]
) -> None:
    plan = EXAMPLES / "handlingsplan-2027.yaml"
    run = hplan("table", str(plan), "--width", width, "--color", "never")
    lines = run.out.splitlines()
    assert (run.code, next(x for x in lines if x.startswith("Id ")).split()) == (0, header)
    assert max(len(line) for line in lines) <= int(width)
    assert "Visas inte vid denna bredd: Mål, Säkerhetsåtgärder" in " ".join(lines)


@pytest.mark.parametrize("mode", ["--goals", "--backlog"])
@pytest.mark.parametrize(("fmt", "expected"), [("csv", "\ufeffId,"), ("markdown", "| Id | "), ("json", '"id": "')])  # fmt: skip
def test_lists_in_every_format(
    table: Callable[..., Any], mode: str, fmt: str, expected: str
) -> None:
    run = table(mode, "--format", fmt)
    assert (run.code, run.err) == (0, "")
    assert expected in run.out
    assert ("Goal two" if mode == "--goals" else "Later") in run.out


def test_width_too_narrow(table: Callable[..., Any]) -> None:
    run = table("--width", "10")
    assert (run.code, run.out) == (2, "")
    assert "too narrow" in run.err


@pytest.mark.parametrize(
    ("color", "env", "escapes"),
    [
        ("never", {}, False),
        ("always", {}, True),
        ("auto", {}, False),  # not a terminal
        ("auto", {"FORCE_COLOR": "1"}, True),
        ("auto", {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
    ],
)
def test_colour(
    hplan: Callable[..., Any], write_plan: Callable[..., Path],
    color: str, env: dict[str, str], escapes: bool,
) -> None:  # fmt: skip
    run = hplan("table", str(write_plan(PLAN)), "--color", color, env=env)
    assert (run.code, bool(ANSI.search(run.out))) == (0, escapes)


# --- plans with errors -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (("name: Beta, ", ""), "HP101"),  # a missing name
        (("goals: [M1], priority", "goals: [M1], depends_on: [A10], priority"), "HP202"),
    ],
)
def test_a_broken_plan_is_not_drawn(
    table: Callable[..., Any], change: tuple[str, str], code: str
) -> None:
    run = table(text=PLAN.replace(*change))
    assert (run.code, run.out) == (1, "")
    assert code in run.err
    assert "the plan cannot be drawn until the errors above are fixed" in run.err


def test_other_errors_are_drawn_under_a_banner(table: Callable[..., Any]) -> None:
    run = table(text=PLAN.replace("goals: [M2], priority: critical", 'goals: [M2], controls: ["9.99"], priority: critical'))  # fmt: skip
    assert (run.code, run.err) == (0, "")
    lines = run.out.splitlines()
    assert lines[3].startswith("1 error in this plan: the view may be incomplete.")
    assert ids(run.out) == ["A2", "A10", "A1", "A3"]


# --- golden files ------------------------------------------------------------------------

GOLDEN_CASES = [
    (example, suffix, args)
    for example in ("handlingsplan-2027", "action-plan-2027")
    for suffix, args in (
        ("table.txt", []),
        ("csv", ["--format", "csv"]),
        ("md", ["--format", "markdown"]),
        ("json", ["--format", "json"]),
        ("goals.txt", ["--goals"]),
        ("backlog.txt", ["--backlog"]),
    )
]


@pytest.mark.parametrize(("example", "suffix", "args"), GOLDEN_CASES)
def test_golden(hplan: Callable[..., Any], example: str, suffix: str, args: list[str]) -> None:
    plan = EXAMPLES / f"{example}.yaml"
    run = hplan("table", str(plan), "--width", "100", "--color", "never", *args)
    assert (run.code, run.err) == (0, "")
    path = GOLDEN / f"{example}.{suffix}"
    if UPDATE:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(run.out.encode("utf-8"))
        return
    assert path.exists(), f"{path} is missing: run with UPDATE_GOLDEN=1 to create it"
    assert run.out == path.read_bytes().decode("utf-8")
