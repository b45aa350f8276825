"""coverage.build on tests/cases/controls/plan.yaml, whose header says the answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from handlingsplan import catalog, coverage, load_plan
from handlingsplan.model import Plan

PLAN = Path(__file__).parent / "cases" / "controls" / "plan.yaml"


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load_plan(str(PLAN))


def by_id(cov: coverage.Coverage) -> dict[str, coverage.Control]:
    return {c.id: c for c in cov.controls}


def test_states_by_hand(plan: Plan) -> None:
    cov = coverage.build(plan, catalog.builtin(catalog.ISO2022))
    c = by_id(cov)
    assert [w.id for w in c["5.15"].work] == ["A1"]  # 5.15 and A.5.15 are one control
    assert (c["5.15"].state, c["6.3"].state, c["8.8"].state) == ("period", "period", "later")
    assert (c["8.5"].state, c["8.7"].state, c["5.1"].state) == ("none", "none", "none")
    assert cov.counts() == {"period": 2, "later": 1, "none": 90}
    assert [x.id for x in cov.missing()] == ["8.5", "8.8"]  # catalogue order
    assert [x.id for x in cov.unknown] == ["9.9"]


def test_themes_follow_the_catalogue(plan: Plan) -> None:
    cov = coverage.build(plan, catalog.builtin(catalog.ISO2022))
    assert {c.theme for c in cov.controls} == {"organisational", "people", "physical",
                                              "technological"}  # fmt: skip
    assert coverage.theme("5.1.1", catalog.ISO2013) == "A.5"
    assert coverage.theme("18.2.3", catalog.ISO2013) == "A.18"
    assert coverage.theme("X-1", "own.txt") == "other"


def test_a_users_catalogue(plan: Plan, tmp_path: Path) -> None:
    ids = tmp_path / "ids.txt"
    ids.write_text("# our measures\n5.15\n8.8\nK-1\n", encoding="utf-8")
    cov = coverage.build(plan, catalog.from_file(ids, "ids.txt"))
    assert [(c.id, c.state, c.theme) for c in cov.controls] == [
        ("5.15", "period", "other"), ("8.8", "later", "other"), ("K-1", "none", "other")]  # fmt: skip
    assert sorted(c.id for c in cov.unknown) == ["5.1", "6.3", "8.5", "8.7", "9.9"]
