"""HP304's month sums, against the plain definition: hours spread day by day."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from handlingsplan.checks.load import Load, weekdays

DAY = dt.timedelta(days=1)
spans = st.tuples(
    st.dates(dt.date(2026, 11, 1), dt.date(2028, 2, 28)),
    st.integers(0, 500),
    st.floats(0.5, 2000, allow_nan=False),
)


def by_day(activities: list[tuple[dt.date, int, float]]) -> dict[int, float]:
    """The definition, day by day: each weekday gets an equal share of the hours (each
    calendar day, when the activity has no weekday), summed per month index."""
    months: dict[int, float] = defaultdict(float)
    for first, length, hours in activities:
        days = [first + i * DAY for i in range(length + 1)]
        working = [d for d in days if d.weekday() < 5] or days
        for day in working:
            months[day.year * 12 + day.month - 1] += hours / len(working)
    return months


@settings(max_examples=300, deadline=None)
@given(st.lists(spans, min_size=1, max_size=6), st.floats(1, 300, allow_nan=False))
def test_months_over_the_limit_are_those_of_the_day_by_day_sum(
    activities: list[tuple[dt.date, int, float]], limit: float
) -> None:
    load = Load()
    for first, length, hours in activities:
        load.add(first, first + length * DAY, hours)
    expected = {m: h for m, h in by_day(activities).items() if h > limit + 1e-6}
    found = dict(load.over(limit))
    assert found.keys() >= {m for m, h in expected.items() if h > limit + 1e-3}
    for month, hours in found.items():
        assert abs(hours - by_day(activities)[month]) < 1e-6 * max(1.0, hours)


def test_weekdays_counts_monday_to_friday() -> None:
    monday = dt.date(2027, 3, 1)
    assert weekdays(monday, monday + 6 * DAY) == 5
    assert weekdays(monday + 5 * DAY, monday + 6 * DAY) == 0
    assert weekdays(monday, monday + 13 * DAY) == 10
    assert weekdays(monday + DAY, monday) == 0


def test_a_long_activity_is_not_walked_month_by_month() -> None:
    load = Load()
    load.add(dt.date(1, 1, 1), dt.date(9999, 12, 31), 100.0)
    assert list(load.over(10.0)) == []  # far under the limit: the 120,000 months are skipped
    assert len(list(Load().over(1.0))) == 0
