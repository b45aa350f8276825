"""Days to columns (render/timeline.py): the promises the Gantt chart is built on.

Properties for random periods (1 day to 3 years), every unit and any room: each day
covers a non-empty run of columns inside the chart, the runs never go backwards and
leave no column uncovered, the period fills the chart from column 0 to the last, and
`auto` uses exactly the room. Then a few cases computed by hand.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from handlingsplan.render import timeline as tl

DAY = dt.timedelta(days=1)
UNITS = ("auto", "day", "week", "month", "quarter")


def days_of(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + DAY * n for n in range((last - first).days + 1)]


def unit_key(day: dt.date, unit: str) -> tuple[int, ...]:
    """Which unit a day belongs to, computed independently of timeline.py."""
    if unit == "auto":
        return ()
    if unit == "day":
        return (day.toordinal(),)
    if unit == "week":
        year, week, _ = day.isocalendar()
        return (year, week)
    if unit == "month":
        return (day.year, day.month)
    return (day.year, (day.month - 1) // 3)


periods = st.tuples(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)),
    st.integers(min_value=1, max_value=3 * 366),
)


@settings(max_examples=300, deadline=None)
@given(period=periods, unit=st.sampled_from(UNITS), room=st.integers(min_value=1, max_value=300))
def test_every_day_has_an_exact_monotone_run_of_columns(
    period: tuple[dt.date, int], unit: str, room: int
) -> None:
    first, length = period
    last = first + DAY * (length - 1)
    line = tl.fit(first, last, unit, room)
    days = days_of(first, last)
    spans = [line.span(day) for day in days]

    assert line.days == length
    if unit == "auto":
        assert line.columns == room  # auto uses exactly the room
    else:
        units = len({unit_key(day, unit) for day in days})
        assert line.units == units
        assert line.per_unit == max(1, room // units)
        assert line.columns <= max(room, units)  # wider than the room only at 1 column a unit

    # Every day lies inside the chart, first <= last.
    for a, b in spans:
        assert 0 <= a <= b < line.columns
    # The period fills the chart: column 0 to the last column.
    assert spans[0][0] == 0
    assert spans[-1][1] == line.columns - 1

    # Each day has its own column when each unit has at least as many columns as days.
    unit_days: dict[tuple[int, ...], int] = {}
    for day in days:
        unit_days[unit_key(day, unit)] = unit_days.get(unit_key(day, unit), 0) + 1
    own_column = line.per_unit >= max(unit_days.values())

    for n in range(1, len(days)):
        (_, last_before), (first_after, _) = spans[n - 1], spans[n]
        # Never backwards, and no column left uncovered between two days.
        assert last_before <= first_after <= last_before + 1
        if own_column or unit_key(days[n - 1], unit) != unit_key(days[n], unit):
            assert first_after == last_before + 1
        assert line.contains(days[n])

    assert not line.contains(first - DAY)
    assert not line.contains(last + DAY)

    if own_column:
        # Days of one unit are drawn equally wide, to a column.
        for key in unit_days:
            widths = [b - a + 1 for (a, b), day in zip(spans, days, strict=True)
                      if unit_key(day, unit) == key]  # fmt: skip
            assert max(widths) - min(widths) <= 1


@settings(max_examples=200, deadline=None)
@given(
    period=periods,
    unit=st.sampled_from(("week", "month", "quarter")),
    room=st.integers(min_value=1, max_value=300),
)
def test_units_start_on_their_boundaries(period: tuple[dt.date, int], unit: str, room: int) -> None:
    """The first day of every unit (Monday, the 1st, a quarter's 1st) starts a new block
    of `per_unit` columns: week n of the chart begins at column n * per_unit."""
    first, length = period
    last = first + DAY * (length - 1)
    line = tl.fit(first, last, unit, room)
    keys: list[tuple[int, ...]] = []
    for day in days_of(first, last):
        key = unit_key(day, unit)
        if not keys or keys[-1] != key:
            keys.append(key)
            assert line.span(day)[0] == (len(keys) - 1) * line.per_unit, day
    assert len(keys) == line.units


def test_one_day_period() -> None:
    day = dt.date(2027, 3, 1)
    for unit in UNITS:
        line = tl.fit(day, day, unit, 50)
        assert (line.days, line.units, line.columns) == (1, 1, 50)
        assert line.span(day) == (0, 49)
    assert tl.months(day, day) == [day]
    assert tl.mondays(day, day) == [day]
    assert tl.quarters(day, day) == [day]


def test_a_year_in_52_columns() -> None:
    """365 days in 52 columns: day n (from 0) starts at n * 52 // 365, about 7 days a column."""
    line = tl.fit(dt.date(2027, 1, 1), dt.date(2027, 12, 31), "auto", 52)
    assert (line.unit, line.columns) == ("period", 52)
    assert line.span(dt.date(2027, 1, 1)) == (0, 0)
    assert line.span(dt.date(2027, 1, 7)) == (0, 0)  # day 6: 312 // 365 = 0
    assert line.span(dt.date(2027, 1, 8)) == (0, 0)  # day 7: 364 // 365 = 0
    assert line.span(dt.date(2027, 1, 9)) == (1, 1)  # day 8: 416 // 365 = 1
    assert line.span(dt.date(2027, 7, 1)) == (25, 25)  # day 181: 9412 // 365 = 25
    assert line.span(dt.date(2027, 12, 31)) == (51, 51)  # day 364: 18928 // 365 = 51


def test_a_year_in_730_columns_gives_each_day_two() -> None:
    line = tl.fit(dt.date(2027, 1, 1), dt.date(2027, 12, 31), "auto", 730)
    assert line.span(dt.date(2027, 1, 1)) == (0, 1)
    assert line.span(dt.date(2027, 1, 2)) == (2, 3)
    assert line.span(dt.date(2027, 12, 31)) == (728, 729)


def test_week_unit_starts_weeks_on_mondays() -> None:
    """2027-01-01 is a Friday: the first week has three days in the period (Fri, Sat,
    Sun) in its 7 columns; the Mondays Jan 4, 11, 18, 25 start columns 7, 14, 21, 28."""
    first, last = dt.date(2027, 1, 1), dt.date(2027, 1, 31)
    line = tl.fit(first, last, "week", 35)
    assert (line.units, line.per_unit, line.columns) == (5, 7, 35)
    assert line.span(dt.date(2027, 1, 1)) == (0, 1)  # 0*7//3 .. 1*7//3 - 1
    assert line.span(dt.date(2027, 1, 2)) == (2, 3)  # 7//3 .. 14//3 - 1
    assert line.span(dt.date(2027, 1, 3)) == (4, 6)  # 14//3 .. 21//3 - 1
    for n, monday in enumerate([4, 11, 18, 25], start=1):
        assert line.span(dt.date(2027, 1, monday)) == (7 * n, 7 * n)
    assert line.span(dt.date(2027, 1, 31)) == (34, 34)
    assert tl.mondays(first, last) == [first] + [dt.date(2027, 1, d) for d in (4, 11, 18, 25)]


def test_week_unit_with_fewer_columns_than_days() -> None:
    """Two columns a week: day n of 7 starts at 2n // 7, so Mon-Thu share the first
    column and Fri-Sun the second."""
    line = tl.fit(dt.date(2027, 1, 4), dt.date(2027, 1, 17), "week", 4)
    assert line.per_unit == 2
    spans = [line.span(dt.date(2027, 1, d)) for d in range(4, 18)]
    assert spans == [(0, 0)] * 4 + [(1, 1)] * 3 + [(2, 2)] * 4 + [(3, 3)] * 3


def test_quarter_unit() -> None:
    """A year in 40 columns by quarter: 10 columns for Q1's 90 days, Q2's 91, ..."""
    line = tl.fit(dt.date(2027, 1, 1), dt.date(2027, 12, 31), "quarter", 40)
    assert (line.units, line.per_unit) == (4, 10)
    assert line.span(dt.date(2027, 1, 1)) == (0, 0)
    assert line.span(dt.date(2027, 2, 15)) == (5, 5)  # day 45 of 90: 450 // 90
    assert line.span(dt.date(2027, 3, 31)) == (9, 9)
    assert line.span(dt.date(2027, 4, 1)) == (10, 10)
    assert line.span(dt.date(2027, 7, 1)) == (20, 20)
    assert line.span(dt.date(2027, 10, 1)) == (30, 30)
    assert line.span(dt.date(2027, 12, 31)) == (39, 39)
    assert tl.quarters(dt.date(2027, 2, 15), dt.date(2027, 12, 31)) == [
        dt.date(2027, 2, 15), dt.date(2027, 4, 1), dt.date(2027, 7, 1), dt.date(2027, 10, 1),
    ]  # fmt: skip


def test_quarter_unit_of_a_period_that_starts_mid_quarter() -> None:
    """Feb 15 - Aug 14: Q1 (45 days in the period), Q2, Q3 (45 days): 3 units of 10."""
    line = tl.fit(dt.date(2027, 2, 15), dt.date(2027, 8, 14), "quarter", 31)
    assert (line.units, line.per_unit, line.columns) == (3, 10, 30)
    assert line.span(dt.date(2027, 2, 15)) == (0, 0)
    assert line.span(dt.date(2027, 3, 31)) == (9, 9)  # day 44 of 45: 440 // 45 = 9
    assert line.span(dt.date(2027, 4, 1)) == (10, 10)
    assert line.span(dt.date(2027, 8, 14)) == (29, 29)


def test_month_unit_across_a_leap_february() -> None:
    line = tl.fit(dt.date(2028, 1, 1), dt.date(2028, 3, 31), "month", 90)
    assert (line.units, line.per_unit) == (3, 30)
    # 29 days in 30 columns: day n starts at 30n // 29, so only the 29th gets two.
    assert line.span(dt.date(2028, 2, 1)) == (30, 30)
    assert line.span(dt.date(2028, 2, 28)) == (57, 57)  # 27 * 30 // 29 = 27
    assert line.span(dt.date(2028, 2, 29)) == (58, 59)
    assert line.span(dt.date(2028, 3, 1)) == (60, 60)
    assert tl.months(dt.date(2028, 1, 15), dt.date(2028, 3, 31)) == [
        dt.date(2028, 1, 15), dt.date(2028, 2, 1), dt.date(2028, 3, 1),
    ]  # fmt: skip


def test_a_unit_keeps_one_column_when_the_room_is_too_small() -> None:
    """The user asked for days: a year gets 365 columns even in a room of 100."""
    line = tl.fit(dt.date(2027, 1, 1), dt.date(2027, 12, 31), "day", 100)
    assert (line.per_unit, line.columns) == (1, 365)
    assert line.span(dt.date(2027, 12, 31)) == (364, 364)


def test_weeks_across_a_year_boundary() -> None:
    """2026-12-28 to 2027-01-10: ISO weeks 53 (2026), 1 and 1 -> 2 (2027): three units."""
    line = tl.fit(dt.date(2026, 12, 28), dt.date(2027, 1, 17), "week", 21)
    assert (line.units, line.per_unit) == (3, 7)
    assert line.span(dt.date(2027, 1, 3)) == (6, 6)  # Sunday of week 53
    assert line.span(dt.date(2027, 1, 4)) == (7, 7)  # Monday of week 1
