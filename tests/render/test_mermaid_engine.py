"""The Mermaid harness itself (tests/render/mermaid_engine.py + tests/mermaid/inspect.mjs).

Hand-written Mermaid text only, no hplan code: these tests pin what the real Mermaid engine
makes of a gantt and a flowchart, so the exporter's tests can lean on the harness, and pin
the two facts the exporter depends on: gantt end dates are exclusive unless
`inclusiveEndDates` is set, and which characters must be written as `#58;`-style codes.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from typing import Any

import mermaid_engine
import pytest

GANTT = """\
gantt
    title Handlingsplan 2027
    dateFormat YYYY-MM-DD
{extra}    section Kompetens
    Utbildning : a1, 2027-02-01, 2027-05-31
    section Styrning
    Beslut : milestone, m1, 2027-03-15, 0d
    Uppföljning : crit, f1, after a1, 10d
"""

FLOWCHART = """\
flowchart LR
    a[Riskanalys] --> b(Åtgärd)
    c{{Uppföljning}}
    classDef risk fill:#f96,stroke:#333
    class a,c risk
"""


def gantt_task(name: str, title: str = "T") -> str:
    return (
        "gantt\n"
        "    dateFormat YYYY-MM-DD\n"
        f"    title {title}\n"
        "    section S\n"
        f"    {name} : a1, 2027-02-01, 2027-05-31\n"
    )


# Everything the module-level tests look at, inspected in one node run.
DIAGRAMS = {
    "exclusive": GANTT.format(extra=""),
    "inclusive": GANTT.format(extra="    inclusiveEndDates\n"),
    "flowchart": FLOWCHART,
    "raw colon": gantt_task("Möte: beslut"),
    "raw hash semicolon": gantt_task("Steg # 2; klart"),
    "raw hash word semicolon": gantt_task("Ärende #12; klart"),
    "escaped": gantt_task("Möte#58; beslut #35;12#59; klart"),
    "raw title": gantt_task("X", title="Plan: del # 1; utkast"),
    "escaped title": gantt_task("X", title="Plan#58; del #35;1#59; utkast"),
    "flow label raw": 'flowchart LR\n    a["Möte: beslut # 2; klart"] -->|steg: 1| b\n',
    "flow label escaped": 'flowchart LR\n    a["Möte#58; beslut #35;12#59; #quot;klart#quot;"] --> b\n',
    "syntax error": "flowchart LR\n    a --> \n",
}


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, Any]]:
    mermaid_engine.ensure()
    return dict(zip(DIAGRAMS, mermaid_engine.inspect_many(list(DIAGRAMS.values())), strict=True))


def tasks_by_id(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    assert result["type"] == "gantt", result
    return {t["id"]: t for t in result["tasks"]}


# --- gantt dates ----------------------------------------------------------------------------


def test_gantt_single_diagram_run() -> None:
    """inspect() on its own (one node run), not only through the batch."""
    result = mermaid_engine.inspect(DIAGRAMS["exclusive"])
    assert result["type"] == "gantt"
    assert result["title"] == "Handlingsplan 2027"
    assert result["dateFormat"] == "YYYY-MM-DD"
    assert result["inclusiveEndDates"] is False
    assert [t["id"] for t in result["tasks"]] == ["a1", "m1", "f1"]


def test_gantt_end_dates_are_exclusive_by_default(results: dict[str, dict[str, Any]]) -> None:
    result = results["exclusive"]
    assert result["inclusiveEndDates"] is False
    assert result["sections"] == ["Kompetens", "Styrning"]
    tasks = tasks_by_id(result)
    a1 = tasks["a1"]
    assert (a1["task"], a1["section"]) == ("Utbildning", "Kompetens")
    # The written end date is mermaid's endTime itself: the bar stops where May 31 begins.
    assert (a1["start"], a1["end"]) == ("2027-02-01", "2027-05-31")
    assert a1["raw"]["endTime"] == "2027-05-31T00:00:00"
    assert a1["milestone"] is False
    assert a1["raw"]["crit"] is False
    m1 = tasks["m1"]
    assert (m1["task"], m1["section"]) == ("Beslut", "Styrning")
    assert (m1["start"], m1["end"], m1["milestone"]) == ("2027-03-15", "2027-03-15", True)
    f1 = tasks["f1"]
    assert (f1["start"], f1["end"]) == ("2027-05-31", "2027-06-10")
    assert f1["raw"]["crit"] is True


def test_gantt_inclusive_end_dates_move_the_end_to_the_next_day(
    results: dict[str, dict[str, Any]],
) -> None:
    result = results["inclusive"]
    assert result["inclusiveEndDates"] is True
    tasks = tasks_by_id(result)
    a1 = tasks["a1"]
    # inclusiveEndDates: mermaid adds a day to a written end date; endTime stays exclusive.
    assert (a1["start"], a1["end"]) == ("2027-02-01", "2027-06-01")
    # A milestone's `0d` is a duration, not an end date: unchanged.
    m1 = tasks["m1"]
    assert (m1["start"], m1["end"], m1["milestone"]) == ("2027-03-15", "2027-03-15", True)
    # `after a1` starts at a1's (moved) endTime; durations are not shifted.
    assert (tasks["f1"]["start"], tasks["f1"]["end"]) == ("2027-06-01", "2027-06-11")


# --- flowchart ------------------------------------------------------------------------------


def test_flowchart(results: dict[str, dict[str, Any]]) -> None:
    result = results["flowchart"]
    assert result["type"] == "flowchart"
    assert result["direction"] == "LR"
    vertices = {v["id"]: v for v in result["vertices"]}
    assert list(vertices) == ["a", "b", "c"]
    assert {k: (v["text"], v["shape"], v["classes"]) for k, v in vertices.items()} == {
        "a": ("Riskanalys", "square", ["risk"]),
        "b": ("Åtgärd", "round", []),
        "c": ("Uppföljning", "hexagon", ["risk"]),
    }
    assert [(e["start"], e["end"], e["type"], e["text"]) for e in result["edges"]] == [
        ("a", "b", "arrow_point", "")
    ]
    assert result["classDefs"] == ["risk"]
    assert result["classStyles"] == {"risk": ["fill:#f96", "stroke:#333"]}


# --- errors ---------------------------------------------------------------------------------


def test_syntax_error_gives_error(results: dict[str, dict[str, Any]]) -> None:
    assert set(results["syntax error"]) == {"error"}
    assert "Parse error" in results["syntax error"]["error"]
    single = mermaid_engine.inspect(
        "gantt\n    dateFormat YYYY-MM-DD\n    X : a1, 2027-13-45, 1d\n"
    )
    assert single == {"error": "Invalid date:2027-13-45"}


def test_error_exit_status() -> None:
    mermaid_engine.ensure()
    done = subprocess.run(
        ["node", str(mermaid_engine.SCRIPT)],
        input="flowchart LR\n    a --> \n",
        capture_output=True,
        text=True,
        env={**os.environ, "TZ": "UTC"},
        timeout=mermaid_engine.TIMEOUT,
    )
    assert done.returncode == 1
    assert json.loads(done.stdout).keys() == {"error"}


# --- what the exporter must escape ----------------------------------------------------------


def only_task(result: dict[str, Any]) -> dict[str, Any]:
    assert result["type"] == "gantt", result
    [task] = result["tasks"]
    return task


def test_raw_colon_in_task_name_silently_breaks_the_task(
    results: dict[str, dict[str, Any]],
) -> None:
    task = only_task(results["raw colon"])
    # No error: the name ends at the first ':' and the rest becomes the task id.
    assert task["task"] == "Möte"
    assert task["id"] == "beslut : a1"


def test_raw_hash_and_semicolon_alone_survive(results: dict[str, dict[str, Any]]) -> None:
    task = only_task(results["raw hash semicolon"])
    assert (task["id"], task["task"]) == ("a1", "Steg # 2; klart")
    assert (task["start"], task["end"]) == ("2027-02-01", "2027-05-31")


def test_raw_hash_word_semicolon_is_read_as_an_entity_code(
    results: dict[str, dict[str, Any]],
) -> None:
    task = only_task(results["raw hash word semicolon"])
    assert task["id"] == "a1"
    assert task["task"] == "Ärende \x0c klart"  # `#12;` became character 12


def test_entity_codes_in_task_name_show_the_characters(
    results: dict[str, dict[str, Any]],
) -> None:
    task = only_task(results["escaped"])
    assert (task["id"], task["task"]) == ("a1", "Möte: beslut #12; klart")
    assert (task["start"], task["end"]) == ("2027-02-01", "2027-05-31")


def test_title_keeps_raw_and_escaped_characters(results: dict[str, dict[str, Any]]) -> None:
    assert results["raw title"]["title"] == "Plan: del # 1; utkast"
    assert results["escaped title"]["title"] == "Plan: del #1; utkast"
    assert only_task(results["raw title"])["task"] == "X"


def test_flowchart_quoted_label_characters(results: dict[str, dict[str, Any]]) -> None:
    raw = results["flow label raw"]
    assert raw["vertices"][0]["text"] == "Möte: beslut # 2; klart"
    assert raw["edges"][0]["text"] == "steg: 1"
    escaped = results["flow label escaped"]
    assert escaped["vertices"][0]["text"] == 'Möte: beslut #12; "klart"'


# --- skip / fail / install behaviour of ensure() (no node run) ------------------------------


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """ensure() as if not yet called in this session; restored afterwards."""
    monkeypatch.setattr(mermaid_engine, "_checked", None)
    monkeypatch.delenv("CI", raising=False)
    yield monkeypatch


def test_missing_node_skips_outside_ci(fresh: pytest.MonkeyPatch) -> None:
    fresh.setattr(mermaid_engine.shutil, "which", lambda name: None)
    with pytest.raises(pytest.skip.Exception, match="node and npm not found"):
        mermaid_engine.ensure()
    assert mermaid_engine.available() is False


def test_missing_node_fails_in_ci(fresh: pytest.MonkeyPatch) -> None:
    fresh.setattr(mermaid_engine.shutil, "which", lambda name: None)
    fresh.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="required in CI"):
        mermaid_engine.ensure()


@pytest.mark.parametrize("ci", [None, "true"])
def test_npm_ci_runs_once_and_its_failure_skips_or_fails(
    fresh: pytest.MonkeyPatch, ci: str | None
) -> None:
    calls: list[int] = []

    def failing_npm_ci() -> str:
        calls.append(1)
        return "`npm ci` exited 1: boom"

    fresh.setattr(mermaid_engine, "_node_problem", lambda: "")
    fresh.setattr(mermaid_engine, "_installed", lambda: False)
    fresh.setattr(mermaid_engine, "_npm_ci", failing_npm_ci)
    if ci:
        fresh.setenv("CI", ci)
    expected = pytest.fail.Exception if ci else pytest.skip.Exception
    for _ in range(3):
        with pytest.raises(expected, match="boom"):
            mermaid_engine.ensure()
    assert calls == [1]
