"""The digest of a plan's decided content (digest.py): the v1 canonical form is pinned on
a fixed plan, so that no later change alters `sha256-v1` by accident; edits that are not
decisions leave it unchanged, and a change of a decided field changes it."""

from __future__ import annotations

import pytest

from handlingsplan.digest import canonical_text, digest, number
from handlingsplan.model import Plan
from handlingsplan.pipeline import validate_text

PLAN = """\
hplan: 1
plan:
  title: Handlingsplan 2027
  organisation: Exempelkommunen
  period: {start: 2027-01-01, end: 2027-12-31}
  budget:
    money: 1,5 mnkr
    hours: 2000
  contingency: 0.10
goals:
  - {id: M1, title: Bättre kontinuitet, description: Vi klarar ett avbrott}
gaps:
  - {id: G1, control: A.5.30, severity: serious, status: open}
activities:
  - id: A1
    name: Kontinuitetsplan
    kind: measure
    goals: [M1]
    controls: [A.5.30, "8.13"]
    gaps: [G1]
    requirements: [NIS2]
    priority: high
    responsible: Maria Lind
    effort: {Maria Lind: 40.0}
    cost: {money: 120000.50, hours: 80, running: 1e4}
    funding: {source: IT, status: granted}
    start: 2027-02-01
    end: 2027-06-30
    external: [Leverantör, {name: Avtal, date: 2027-03-01}]
    procurement: {lead_weeks: 6}
    communication: [{audience: Ledning, when: 2027-06-30, what: Rapport}]
    status: in_progress
    progress: 40
    forecast_end: 2027-07-15
    notes: följs upp
    x-egen: något
  - id: A2
    name: Övning
    priority: medium
    responsible: Maria Lind
    start: 2027-09-01
    end: 2027-09-01
    depends_on: [A1]
    procurement: false
backlog:
  - {id: B1, name: SOC, target: 2028}
"""

CANONICAL = (
    '{"activities":[{"communication":[{"audience":"Ledning","what":"Rapport","when":'
    '"2027-06-30"}],"controls":["5.30","8.13"],"cost":{"hours":"80","money":"120000.5",'
    '"running":"10000"},"effort":{"Maria Lind":"40"},"end":"2027-06-30","external":'
    '["Leverantör",{"date":"2027-03-01","name":"Avtal"}],"funding":{"source":"IT",'
    '"status":"granted"},"gaps":["G1"],"goals":["M1"],"id":"A1","kind":"measure","name":'
    '"Kontinuitetsplan","priority":"high","procurement":{"lead_weeks":"6"},"requirements":'
    '["NIS2"],"responsible":"Maria Lind","start":"2027-02-01"},{"depends_on":["A1"],'
    '"end":"2027-09-01","id":"A2","name":"Övning","priority":"medium","procurement":false,'
    '"responsible":"Maria Lind","start":"2027-09-01"}],"backlog":[{"id":"B1","name":"SOC",'
    '"target":"2028"}],"budget":{"hours":"2000","money":"1500000"},"contingency":"0.1",'
    '"gaps":[{"control":"5.30","id":"G1","severity":"serious"}],"goals":[{"description":'
    '"Vi klarar ett avbrott","id":"M1","title":"Bättre kontinuitet"}],"period":{"end":'
    '"2027-12-31","start":"2027-01-01"}}'
)
DIGEST = "sha256-v1:5d382eecdf13deb61632891a84529ef812eb05c4b8f20f93b4c9e2cda9876ad7"


def plan_of(text: str) -> Plan:
    result = validate_text(text, "plan.yaml")
    assert not result.has_errors, result.diagnostics
    assert result.plan is not None
    return result.plan


def test_the_v1_canonical_form_and_digest_are_pinned() -> None:
    plan = plan_of(PLAN)
    assert canonical_text(plan) == CANONICAL
    assert digest(plan) == DIGEST


SAME = {
    "re-indented": lambda t: t.replace("\n  ", "\n    "),
    "keys reordered": lambda t: t.replace(
        "    start: 2027-02-01\n    end: 2027-06-30\n",
        "    end: 2027-06-30\n    start: 2027-02-01\n",
    ),
    "a comment": lambda t: t.replace("activities:\n", "# Aktiviteter\nactivities:  # alla\n"),
    "followed up": lambda t: (
        t.replace("status: in_progress", "status: done")
        .replace("progress: 40", "progress: 100\n    completed: 2027-06-20\n    spent: {money: 1}")
        .replace(
            "notes: följs upp", "notes: klar\n    followups: [{date: 2027-06-20, status: done}]"
        )
    ),
    "Swedish words": lambda t: (
        t.replace("kind: measure", "kind: åtgärd")
        .replace("priority: high", "priority: hög")
        .replace("severity: serious", "severity: allvarlig")
        .replace("procurement: false", "procurement: nej")
    ),
    "control ids written without A.": lambda t: t.replace("[A.5.30,", "[5.30,"),
    "numbers written otherwise": lambda t: t.replace("120000.50", "120000.5").replace(
        "contingency: 0.10", "contingency: 10 %"
    ),
    "x- keys": lambda t: t.replace("x-egen: något", "x-egen: annat"),
    "a decision added": lambda t: t.replace(
        "  contingency:", "  decision: {by: KS, date: 2026-12-14}\n  contingency:"
    ),
}
CHANGED = {
    "a date": lambda t: t.replace("end: 2027-06-30", "end: 2027-07-31"),
    "a cost": lambda t: t.replace("120000.50", "130000"),
    "the responsible": lambda t: t.replace(
        "responsible: Maria Lind\n    effort", "responsible: Per\n    effort"
    ),
    "a control": lambda t: t.replace("A.5.30, ", "A.5.29, "),
    "the budget": lambda t: t.replace("1,5 mnkr", "2 mnkr"),
    "the period": lambda t: t.replace("end: 2027-12-31", "end: 2027-12-30"),
    "a goal": lambda t: t.replace("title: Bättre kontinuitet", "title: God kontinuitet"),
    "a backlog item": lambda t: t.replace("target: 2028", "target: 2029"),
    "the order of activities": lambda t: t.replace("  - id: A2", "  - id: A0"),
}


@pytest.mark.parametrize("edit", SAME, ids=list(SAME))
def test_edits_that_are_no_decision_leave_the_digest(edit: str) -> None:
    changed = SAME[edit](PLAN)
    assert changed != PLAN
    assert digest(plan_of(changed)) == DIGEST


@pytest.mark.parametrize("edit", CHANGED, ids=list(CHANGED))
def test_a_changed_decided_field_changes_the_digest(edit: str) -> None:
    changed = CHANGED[edit](PLAN)
    assert changed != PLAN
    assert digest(plan_of(changed)) != DIGEST


@pytest.mark.parametrize(
    ("value", "text"),
    [(1500.0, "1500"), (0.15, "0.15"), (1e-07, "0.0000001"), (2e20, "200000000000000000000"),
     (0, "0"), (120000.5, "120000.5")],
)  # fmt: skip
def test_numbers_are_decimal_strings_without_trailing_zeros(value: float, text: str) -> None:
    assert number(value) == text
