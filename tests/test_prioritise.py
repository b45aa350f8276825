"""prioritise.rank on the plans in tests/cases/prioritise/; every figure below is worked
out by hand from those files (the formula: plan-format.md, "Prioritisation")."""

from __future__ import annotations

from pathlib import Path

import pytest

from handlingsplan import load_plan, prioritise
from handlingsplan.model import Plan
from handlingsplan.prioritise import Budget, Ranking

CASES = Path(__file__).parent / "cases" / "prioritise"


def plan_of(name: str) -> Plan:
    return load_plan(str(CASES / f"{name}.yaml"))


def ranking(name: str, money: float | None = None, hours: float | None = None) -> Ranking:
    plan = plan_of(name)
    return prioritise.rank(plan, prioritise.default_budget(plan, money, hours))


@pytest.fixture(scope="module")
def main() -> Ranking:
    return ranking("rank-plan")


def by_id(r: Ranking) -> dict[str, prioritise.Ranked]:
    return {x.activity.id: x for x in r.ranked}


def test_default_budget_is_plan_less_contingency_less_done(main: Ranking) -> None:
    # 1 000 000 x 0.8 - 100 000 (A1, done) = 700 000; 1 000 x 0.8 - 100 = 700 h.
    b = main.budget
    assert (b.money, b.hours, b.source) == (700000, 700, "plan")
    assert (b.plan_money, b.plan_hours, b.contingency) == (1000000, 1000, 0.2)
    assert (b.done_money, b.done_hours) == (100000, 100)


def test_order_must_do_first_then_score_then_natural_id(main: Ranking) -> None:
    # A1 done and A15 cancelled are not ranked; A13 (postponed) still needs resources.
    order = [x.activity.id for x in main.ranked]
    assert order == ["A2", "A3", "A9", "A10", "A12", "A13", "A11", "A14"]
    assert [x.rank for x in main.ranked] == list(range(1, 9))
    assert [x.must_do for x in main.ranked] == [True] + [False] * 7


# id: (gap part, feasibility, score, suggested), by hand:
#   A2  G3 moderate 2; max(350/700, 100/700) = 0.5 -> F 0.5; S 1.0, must-do -> high
#   A3  G1 4 + 0.25 x (G2 3 + G4 1) = 5; max(140/700, 70/700) = 0.2 -> 0.8; S 4.0
#   A9  G2 3; max(70/700, 140/700) = 0.2 -> 0.8; S 2.4 (below 2.5: medium); A10 the same
#   A12 G3 2; 35/700 = 0.05 -> 0.95; S 1.9
#   A13 G4 1; max(10 000/700 000, 10/700) -> 1 - 1/70; S the same
#   A11 no gap: 0; 210/700 = 0.3 -> 0.7; S 0.   A14 no gap, no cost: 0, 1, 0
EXPECTED = {
    "A2": (2.0, 0.5, 1.0, "high"),
    "A3": (5.0, 0.8, 4.0, "critical"),
    "A9": (3.0, 0.8, 2.4, "medium"),
    "A10": (3.0, 0.8, 2.4, "medium"),
    "A12": (2.0, 0.95, 1.9, "medium"),
    "A13": (1.0, 1 - 1 / 70, 1 - 1 / 70, "low"),
    "A11": (0.0, 0.7, 0.0, "low"),
    "A14": (0.0, 1.0, 0.0, "low"),
}


@pytest.mark.parametrize("activity", EXPECTED)
def test_scores_by_hand(main: Ranking, activity: str) -> None:
    x = by_id(main)[activity]
    gap, feasible, score, band = EXPECTED[activity]
    assert x.gap_part == pytest.approx(gap)
    assert x.feasibility == pytest.approx(feasible)
    assert x.score == pytest.approx(score, abs=1e-6)
    assert x.suggested == band


def test_gaps_worst_first_and_closed_gaps_do_not_count(main: Ranking) -> None:
    assert by_id(main)["A3"].gaps == [("G1", "serious"), ("G2", "significant"),
                                      ("G4", "negligible")]  # fmt: skip
    plan = plan_of("rank-plan")
    a1 = next(a for _, a in plan.activities if a.id == "A1")
    assert prioritise.gap_part(a1, {"G1": "serious"}) == ([], 0.0)  # G5 is closed


def test_cut_line_strict_in_ranked_order(main: Ranking) -> None:
    # Cumulative money 350, 490, 560, 630, 665, 675 (thousands) fit under 700; A11 adds
    # 210 (885) and falls below, and so does every activity after it, even A14 (no cost).
    fits = {x.activity.id: x.fits for x in main.ranked}
    assert [k for k, v in fits.items() if v] == ["A2", "A3", "A9", "A10", "A12", "A13"]
    assert [k for k, v in fits.items() if v is False] == ["A11", "A14"]
    a13, a11 = by_id(main)["A13"], by_id(main)["A11"]
    assert (a13.total_money, a13.total_hours) == (675000, 495)
    assert (a11.total_money, a11.total_hours) == (885000, 495)
    assert (main.must_money, main.must_hours, main.must_over) == (350000, 100, False)


def test_disagreements_and_dependency_across_the_line(main: Ranking) -> None:
    flags = {x.activity.id: x.flags for x in main.ranked if x.flags}
    assert flags == {"A3": ["serious_low"], "A12": ["predecessor_below"],
                     "A11": ["critical_empty"]}  # fmt: skip
    assert by_id(main)["A12"].below == ["A11"]


def test_must_do_alone_over_budget() -> None:
    # Budget 100 000, no hours. B2: G2 2 x (1 - 0.7) = 0.6; B1: 0 x 0.4 = 0: B2 first.
    # B3: G1 4 x 0.9 = 3.6 but not must-do: after both. 70 000 fits; +60 000 does not.
    r = ranking("must-over")
    assert [(x.activity.id, x.score, x.fits) for x in r.ranked] == [
        ("B2", pytest.approx(0.6), True), ("B1", 0.0, False), ("B3", pytest.approx(3.6), False)
    ]  # fmt: skip
    assert (r.must_money, r.must_over) == (130000, True)
    assert r.budget.hours is None
    assert by_id(r)["B3"].suggested == "critical"


def test_given_budget_replaces_the_plans_and_leaves_hours_unlimited() -> None:
    r = ranking("rank-plan", money=1_000_000)
    assert (r.budget.money, r.budget.hours, r.budget.source) == (1_000_000, None, "option")
    assert by_id(r)["A9"].feasibility == pytest.approx(0.93)  # 70 000 of 1 000 000
    assert all(x.fits for x in r.ranked)  # 885 000 in all
    assert ranking("rank-plan", money=300_000).must_over  # A2 alone costs 350 000


def test_no_budget_no_line_and_ties_by_natural_id() -> None:
    r = ranking("no-budget")
    assert r.budget.source == "none"
    assert [(x.activity.id, x.score, x.feasibility, x.fits) for x in r.ranked] == [
        ("C9", 3.0, 1.0, None), ("C10", 3.0, 1.0, None)
    ]  # fmt: skip
    assert not r.must_over


@pytest.mark.parametrize(("score", "must", "band"), [
    (3.5, False, "critical"), (3.49, False, "high"), (2.5, False, "high"),
    (2.49, False, "medium"), (1.5, False, "medium"), (1.49, False, "low"), (0.0, False, "low"),
    (0.0, True, "high"), (1.5, True, "high"), (4.0, True, "critical"),
])  # fmt: skip
def test_bands(score: float, must: bool, band: str) -> None:
    assert prioritise.suggested(score, must) == band


def test_feasibility_floor_and_empty_budget() -> None:
    budget = Budget(100.0, 10.0, "option")
    assert prioritise.feasibility(95, 0, budget) == pytest.approx(0.1)
    assert prioritise.feasibility(500, 0, budget) == pytest.approx(0.1)
    assert prioritise.feasibility(0, 5, budget) == pytest.approx(0.5)
    assert prioritise.feasibility(10, 0, Budget(0.0, None, "option")) == pytest.approx(0.1)
    assert prioritise.feasibility(0, 0, Budget(0.0, None, "option")) == 1.0
    assert prioritise.feasibility(10**9, 10**6, Budget(None, None, "none")) == 1.0
