"""The one notion of "as of a date": where each activity stands on a given day.

Pure functions over the model, shared by `hplan status`, `hplan report` and the follow-up
checks of `validate --today` (HP601-HP604), so the three can never disagree about what
"overdue" or "behind" means. The states and their order are plan-format.md's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from handlingsplan.model import Activity, ActivityFields

# The first state that applies wins, in this order (plan-format.md, "Follow-up").
STATES = (
    "cancelled",
    "postponed",
    "done",
    "overdue",
    "paused",
    "delayed",
    "behind",
    "late_start",
    "on_track",
    "not_started",
)
# The states a management review calls deviations, worst first.
DEVIATIONS = ("overdue", "behind", "late_start", "paused", "delayed")
TOLERANCE = 15.0  # points of progress an activity may lag its elapsed time
HORIZON = 30  # days ahead that `status` looks for starts and ends


def expected_end(activity: Activity) -> dt.date:
    """The end the plan now expects: `forecast_end` when later than `end`."""
    forecast = activity.forecast_end
    return forecast if forecast is not None and forecast > activity.end else activity.end


def elapsed_share(activity: Activity, today: dt.date) -> float:
    """Percent of the activity's days (start..end, inclusive) that lie before `today`:
    0 on its first day, 100 once it has ended. A follow-up is held during the day, so
    today's work is not yet counted as done."""
    days = (activity.end - activity.start).days + 1
    before = (today - activity.start).days
    return 100.0 * min(max(before, 0), days) / days


def lag(activity: Activity, today: dt.date) -> float:
    """How many points progress (0 when absent) lags the share of time elapsed."""
    return elapsed_share(activity, today) - (activity.progress or 0.0)


def state(activity: Activity, today: dt.date, tolerance: float = TOLERANCE) -> str:
    """The activity's state on `today`: the first of STATES that applies."""
    status = activity.status
    if status in ("cancelled", "postponed", "done"):
        return status
    if today > expected_end(activity):
        return "overdue"
    if status == "paused":
        return "paused"
    if activity.forecast_end is not None and activity.forecast_end > activity.end:
        return "delayed"
    if status == "in_progress" and lag(activity, today) > tolerance:
        return "behind"
    if status == "planned" and today > activity.start:
        return "late_start"
    if status == "planned" and today < activity.start:
        return "not_started"
    return "on_track"


def completion_days(activity: Activity) -> int | None:
    """Days a done activity finished after its `end` (negative: before); None when it
    is not done or says no `completed` date."""
    if activity.status != "done" or activity.completed is None:
        return None
    return (activity.completed - activity.end).days


def hours_of(item: ActivityFields) -> float:
    return (item.cost.hours or 0.0) if item.cost is not None else 0.0


def goal_progress(activities: Sequence[ActivityFields]) -> float | None:
    """A goal's progress in percent: the mean progress of its counted activities (not
    cancelled, not postponed), weighted by their planned hours (`cost.hours`).

    A done activity counts as 100 whatever its `progress` says; a missing progress is 0.
    An activity without hours weighs as the mean hours of those that have them; when none
    has hours (or all have 0), all weigh the same. None when no activity counts.
    """
    counted = [a for a in activities if a.counted]
    if not counted:
        return None
    hours = [a.cost.hours if a.cost is not None else None for a in counted]
    known = [h for h in hours if h is not None]
    mean = sum(known) / len(known) if known else 1.0
    weights = [mean if h is None else h for h in hours]
    if sum(weights) <= 0:
        weights = [1.0] * len(counted)
    done = [100.0 if a.status == "done" else (a.progress or 0.0) for a in counted]
    return sum(w * p for w, p in zip(weights, done, strict=True)) / sum(weights)


@dataclass(frozen=True)
class Standing:
    """One activity on the day of follow-up."""

    activity: Activity
    state: str
    elapsed: float  # percent of its time before today
    expected_end: dt.date
    completion_days: int | None  # done: completed - end in days


def standings(
    activities: Sequence[Activity], today: dt.date, tolerance: float = TOLERANCE
) -> list[Standing]:
    return [
        Standing(a, state(a, today, tolerance), elapsed_share(a, today), expected_end(a),
                 completion_days(a))
        for a in activities
    ]  # fmt: skip
