"""followup: an activity's state on a day (data-driven: tests/cases/followup/states.yaml),
the share of time gone, and a goal's progress."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from handlingsplan import followup
from handlingsplan.model import Activity

STATES = Path(__file__).parent / "cases" / "followup" / "states.yaml"
SPEC = yaml.safe_load(STATES.read_text(encoding="utf-8"))
FOLLOW_UP = ("status", "progress", "forecast_end", "completed", "start", "end")


def activity(ident: str = "A1", **fields: Any) -> Activity:
    data: dict[str, Any] = {"id": ident, "name": f"Activity {ident}", "priority": "medium",
                            "responsible": "Per Ek", "start": "2027-02-01", "end": "2027-03-01"}  # fmt: skip
    data.update({k: str(v) if isinstance(v, dt.date) else v for k, v in fields.items()})
    return Activity.model_validate(data)


@pytest.mark.parametrize("case", SPEC["cases"], ids=[c["name"] for c in SPEC["cases"]])
def test_state(case: dict[str, Any]) -> None:
    fields = {**SPEC["defaults"], **{k: v for k, v in case.items() if k in FOLLOW_UP}}
    a = activity(**fields)
    tolerance = case.get("tolerance", followup.TOLERANCE)
    assert followup.state(a, case["today"], tolerance) == case["state"]
    if "elapsed" in case:
        assert followup.elapsed_share(a, case["today"]) == pytest.approx(case["elapsed"])


def test_every_state_has_a_case() -> None:
    assert {c["state"] for c in SPEC["cases"]} == set(followup.STATES)


def test_elapsed_share_is_clamped_to_the_activity() -> None:
    a = activity(start="2027-03-01", end="2027-03-10")
    assert followup.elapsed_share(a, dt.date(2027, 2, 1)) == 0
    assert followup.elapsed_share(a, dt.date(2027, 3, 6)) == pytest.approx(50)
    assert followup.elapsed_share(a, dt.date(2027, 3, 11)) == 100
    assert followup.elapsed_share(a, dt.date(2030, 1, 1)) == 100


def test_expected_end_takes_only_a_later_forecast() -> None:
    assert followup.expected_end(activity(forecast_end="2027-04-01")) == dt.date(2027, 4, 1)
    assert followup.expected_end(activity(forecast_end="2027-02-15")) == dt.date(2027, 3, 1)
    assert followup.expected_end(activity()) == dt.date(2027, 3, 1)


def test_completion_days_against_the_end() -> None:
    assert followup.completion_days(activity(status="done", completed="2027-03-04")) == 3
    assert followup.completion_days(activity(status="done", completed="2027-02-26")) == -3
    assert followup.completion_days(activity(status="done")) is None
    assert followup.completion_days(activity(status="in_progress", completed="2027-03-04")) is None


# --- goal progress -----------------------------------------------------------------------


def test_goal_progress_is_weighted_by_hours_and_done_counts_as_100() -> None:
    activities = [
        activity("A1", cost={"hours": 30}, progress=50),
        activity("A2", cost={"hours": 10}, status="done", progress=40),
    ]
    assert followup.goal_progress(activities) == pytest.approx((30 * 50 + 10 * 100) / 40)


def test_goal_progress_without_hours_weighs_as_the_mean_and_missing_progress_is_zero() -> None:
    activities = [
        activity("A1", cost={"hours": 10}, progress=100),
        activity("A2", cost={"hours": 30}, progress=0),
        activity("A3", progress=50),  # weighs as (10 + 30) / 2 = 20
        activity("A4", cost={"hours": 20}),  # no progress: 0
    ]
    expected = (10 * 100 + 20 * 50) / (10 + 30 + 20 + 20)
    assert followup.goal_progress(activities) == pytest.approx(expected)


def test_goal_progress_when_no_activity_has_hours_all_weigh_the_same() -> None:
    activities = [activity("A1", progress=20), activity("A2", status="done")]
    assert followup.goal_progress(activities) == pytest.approx(60)
    zero = [activity("A1", cost={"hours": 0}, progress=20), activity("A2", cost={"hours": 0})]
    assert followup.goal_progress(zero) == pytest.approx(10)


def test_goal_progress_ignores_cancelled_and_postponed() -> None:
    assert followup.goal_progress([activity("A1", status="cancelled", progress=90)]) is None
    assert followup.goal_progress([]) is None
    mixed = [activity("A1", progress=40), activity("A2", status="postponed", progress=100)]
    assert followup.goal_progress(mixed) == pytest.approx(40)
