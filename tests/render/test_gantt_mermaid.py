"""The Mermaid export of the Gantt chart (render/mermaid.py), read back by the real Mermaid
engine (tests/render/mermaid_engine.py): every activity a task with its own id, exactly the
plan's days, `crit` on the critical path, `done`/`active` from the status, milestones,
sections as the grouping, the marking in the title, and names that come back as written.

All diagrams go through one node run (inspect_many), made once per module.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import mermaid_engine
import pytest

from conftest import EXAMPLE_PLANS, plan_at
from handlingsplan import graph
from handlingsplan.filters import Filters
from handlingsplan.i18n import t
from handlingsplan.model import Activity, Plan
from handlingsplan.render import gantt

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLES = EXAMPLE_PLANS
ESCAPING = ROOT / "tests" / "cases" / "gantt" / "escaping.yaml"
GROUP_BY = ("none", "goal", "responsible", "status")
ONE_DAY = dt.timedelta(days=1)


load = plan_at


@dataclass(frozen=True)
class Case:
    name: str
    path: Path
    group_by: str = "none"
    filters: Filters = field(default_factory=Filters)

    @property
    def plan(self) -> Plan:
        return load(self.path)

    @property
    def spec(self) -> gantt.Spec:
        plan = self.plan
        assert plan.header is not None
        lang = plan.header.language or "en"
        return gantt.Spec(fmt="mermaid", lang=lang, group_by=self.group_by, filters=self.filters,
                          marking=plan.header.classification, today=dt.date(2027, 9, 15))  # fmt: skip


CASES = [Case(f"{lang}-{by}", path, by) for lang, path in EXAMPLES.items() for by in GROUP_BY]
CASES += [
    Case("sv-filtered", EXAMPLES["sv"], "goal",
         Filters(statuses=frozenset({"in_progress", "done", "paused"}))),
    Case("sv-filtered-responsible", EXAMPLES["sv"], "none",
         Filters(responsible=frozenset({"per ek"}), start=dt.date(2027, 7, 1))),
    Case("escaping-none", ESCAPING), Case("escaping-goal", ESCAPING, "goal"),
]  # fmt: skip


@pytest.fixture(scope="module")
def parsed() -> dict[str, tuple[str, dict[str, Any]]]:
    """name -> (the Mermaid text, what Mermaid made of it), all in one node run."""
    mermaid_engine.ensure()
    texts = [gantt.render(case.plan, case.spec) for case in CASES]
    results = mermaid_engine.inspect_many(texts)
    return {
        case.name: (text, result) for case, text, result in zip(CASES, texts, results, strict=True)
    }


def expected_id(activity: Activity) -> str:
    return "a_" + re.sub(r"[^A-Za-z0-9_]", "_", activity.id)


def shown_name(activity: Activity, lang: str) -> str:
    suffix = f" ({t('value.' + activity.status, lang)})" if activity.status in (
        "cancelled", "postponed", "paused") else ""  # fmt: skip
    return f"{activity.id} {activity.name}{suffix}"


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_every_activity_is_a_task_on_exactly_its_days(
    parsed: dict[str, tuple[str, dict[str, Any]]], case: Case
) -> None:
    text, result = parsed[case.name]
    assert "error" not in result, (result, text)
    plan, spec = case.plan, case.spec
    assert plan.header is not None
    assert result["type"] == "gantt"
    assert result["dateFormat"] == "YYYY-MM-DD"
    assert result["inclusiveEndDates"] is True
    if spec.marking:
        assert result["title"] == f"{spec.marking} · {plan.header.title}"
        assert text.startswith(f"%% {' '.join(spec.marking.split()).replace('%%', '% %')}\ngantt\n")
    else:
        assert result["title"] == plan.header.title

    shown = gantt.shown(plan, spec)
    on_path = set(graph.critical_path(a for _, a in plan.activities))
    tasks = result["tasks"]
    assert len(tasks) == len(shown)
    assert len({task["id"] for task in tasks}) == len(tasks)
    by_name = {task["task"]: task for task in tasks}
    assert len(by_name) == len(tasks)

    sections = []
    for heading, members in gantt.groups(plan, shown, spec):
        sections.append(heading or t("gantt.section", spec.lang))
        for a in members:
            task = by_name[shown_name(a, spec.lang)]
            if expected_id(a) not in {expected_id(b) for b in shown if b is not a}:
                assert task["id"] == expected_id(a)
            else:  # two plan ids that differ only in `.`/`-`/`_` stay apart
                assert task["id"].startswith(expected_id(a))
            assert task["section"] == sections[-1]
            assert task["start"] == a.start.isoformat()
            milestone = a.start == a.end
            assert task["end"] == (a.start if milestone else a.end + ONE_DAY).isoformat()
            assert task["milestone"] is milestone
            raw = task["raw"]
            assert raw["crit"] is (a.id in on_path), a.id
            assert raw["done"] is (a.status == "done"), a.id
            assert raw["active"] is (a.status == "in_progress"), a.id
            assert "after" not in raw["data"]  # every task carries its own dates
    assert result["sections"] == sections
    assert [task["section"] for task in tasks] == [
        s for s, (_, members) in zip(sections, gantt.groups(plan, shown, spec), strict=True)
        for _ in members
    ]  # fmt: skip
    assert not any(re.search(rf"\b{re.escape(b.id)}\b", text) for _, b in plan.backlog)


def test_the_examples_say_what_they_should(parsed: dict[str, tuple[str, dict[str, Any]]]) -> None:
    """A few facts read off the plans by hand, beside the generic checks above."""
    sv = {task["id"]: task for task in parsed["sv-none"][1]["tasks"]}
    assert sv["a_A2"]["milestone"] and sv["a_A2"]["start"] == sv["a_A2"]["end"] == "2027-03-24"
    assert sv["a_A7"]["milestone"] and sv["a_A7"]["start"] == "2027-10-06"
    assert (sv["a_A1"]["start"], sv["a_A1"]["end"]) == ("2027-01-11", "2027-03-20")
    assert {key for key, task in sv.items() if task["raw"]["crit"]} == {"a_A1", "a_A2", "a_A3",
                                                                        "a_A11"}  # fmt: skip
    assert sv["a_A10"]["task"] == "A10 Egen säkerhetscentral (SOC) i förvaltningen (avbruten)"
    assert "a_B1" not in sv
    en = {task["id"]: task for task in parsed["en-none"][1]["tasks"]}
    assert {key for key, task in en.items() if task["raw"]["crit"]} == {"a_A1", "a_A2", "a_A5"}
    assert parsed["en-none"][1]["sections"] == ["Activities"]
    assert parsed["sv-none"][1]["sections"] == ["Aktiviteter"]
    assert parsed["sv-status"][1]["sections"] == ["planerad", "pågående", "pausad", "genomförd",
                                                  "uppskjuten", "avbruten"]  # fmt: skip
    assert parsed["en-responsible"][1]["sections"] == ["Jane Doe", "Priya Shah", "Tom Baker"]
    assert parsed["sv-goal"][1]["sections"][0].startswith("M1 Alla medarbetare")
    filtered = parsed["sv-filtered-responsible"][1]["tasks"]
    assert [task["id"] for task in filtered] == ["a_A8", "a_A10", "a_A9"]


def test_names_come_back_exactly_as_written(parsed: dict[str, tuple[str, dict[str, Any]]]) -> None:
    text, result = parsed["escaping-goal"]
    tasks = {task["id"]: task for task in result["tasks"]}
    assert tasks["a_A_1"]["task"] == "A.1 Policy: review and adopt"
    assert tasks["a_A_2"]["task"] == "A-2 Fix ticket #12; then close"
    assert tasks["a_A_3"]["task"] == "A_3 Backups; tested # weekly"
    assert tasks["a_A4"]["task"] == "A4 Ratio 3:1 #35; and 100% #58;"
    assert tasks["a_A5"]["task"] == "A5 Directive %%{init: {'theme': 'dark'}}%% inside"
    assert {tasks["a_A_6"]["task"], tasks["a_A_6_2"]["task"]} == {
        "A.6 Same id as A_6 in Mermaid (cancelled)", "A_6 Same id as A.6 in Mermaid (paused)"}  # fmt: skip
    assert result["sections"] == ["G1 Goal: with a colon #1; and more", "G2 Plain goal"]
    assert result["title"] == "SECRET: need to know; #7 %%{x} · Plan: #1; the hard names"
    # nothing raw that Mermaid would read as syntax
    body = text.split("\n", 2)[2]
    for line in body.splitlines()[1:]:
        name = line.split(" : ")[0]
        assert ":" not in name.replace("#58;", "") and "%%" not in name
        assert not re.search(r"#\w+;", re.sub(r"#(58|35|59|37);", "", name))


def test_a_milestone_and_a_one_day_period(tmp_path: Path) -> None:
    mermaid_engine.ensure()
    plan = load(ROOT / "tests" / "cases" / "gantt" / "one-day.yaml")
    text = gantt.render(plan, gantt.Spec(fmt="mermaid"))
    result = mermaid_engine.inspect(text)
    assert "error" not in result, result
    (task,) = result["tasks"]
    assert (task["id"], task["start"], task["end"], task["milestone"]) == (
        "a_A1", "2027-03-01", "2027-03-01", True)  # fmt: skip
    assert task["raw"]["crit"] is True
