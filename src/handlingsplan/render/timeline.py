"""Days to columns: the time axis of the Gantt chart, exact to the day.

The period is cut into units (days, ISO weeks, months or quarters) and each unit gets
`per_unit` columns; a day covers the columns of its share of its unit. With `auto` the
whole period is one unit as wide as the terminal allows. Every day maps to at least one
column and the mapping never goes backwards, so a bar that covers the columns of its
first and last day is exact, and a successor that starts after its predecessor ends
never starts left of the predecessor's last column.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

UNITS = ("day", "week", "month", "quarter")


def _unit_start(day: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    if unit == "quarter":
        return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
    return day


def _next_unit(start: dt.date, unit: str) -> dt.date:
    if unit == "day":
        return start + dt.timedelta(days=1)
    if unit == "week":
        return start + dt.timedelta(days=7)
    months = 1 if unit == "month" else 3
    index = start.year * 12 + start.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _ordinal(day: dt.date, unit: str) -> int:
    """A number that grows by one from each unit to the next."""
    if unit == "day":
        return day.toordinal()
    if unit == "week":
        return _unit_start(day, "week").toordinal() // 7
    if unit == "month":
        return day.year * 12 + day.month - 1
    return day.year * 4 + (day.month - 1) // 3


@dataclass(frozen=True)
class Timeline:
    first: dt.date
    last: dt.date
    unit: str  # "period" (auto: one unit) or one of UNITS
    per_unit: int  # columns per unit

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def units(self) -> int:
        if self.unit == "period":
            return 1
        return _ordinal(self.last, self.unit) - _ordinal(self.first, self.unit) + 1

    @property
    def columns(self) -> int:
        return self.units * self.per_unit

    def _bounds(self, day: dt.date) -> tuple[int, int, int]:
        """(unit number, day's offset in its unit, days of the unit inside the period)."""
        if self.unit == "period":
            return 0, (day - self.first).days, self.days
        start = max(_unit_start(day, self.unit), self.first)
        end = min(_next_unit(_unit_start(day, self.unit), self.unit), self.last + dt.timedelta(1))
        number = _ordinal(day, self.unit) - _ordinal(self.first, self.unit)
        return number, (day - start).days, (end - start).days

    def span(self, day: dt.date) -> tuple[int, int]:
        """The first and last column of `day`, which must lie in the period."""
        number, offset, length = self._bounds(day)
        base, k = number * self.per_unit, self.per_unit
        first = base + offset * k // length
        last = base + max(offset * k // length, (offset + 1) * k // length - 1)
        return first, last

    def contains(self, day: dt.date) -> bool:
        return self.first <= day <= self.last


def fit(first: dt.date, last: dt.date, unit: str, room: int) -> Timeline:
    """The timeline for the period in `room` columns: `auto` uses them all; a unit gets
    as many whole columns as fit, at least one (the chart is then wider than the room:
    the user asked for that resolution)."""
    if unit == "auto":
        return Timeline(first, last, "period", max(room, 1))
    probe = Timeline(first, last, unit, 1)
    return Timeline(first, last, unit, max(1, room // probe.units))


def months(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first day of each month that the period touches (the period's own first day
    for the month it starts in)."""
    found, day = [first], _next_unit(first.replace(day=1), "month")
    while day <= last:
        found.append(day)
        day = _next_unit(day, "month")
    return found


def quarters(first: dt.date, last: dt.date) -> list[dt.date]:
    found, day = [first], _next_unit(_unit_start(first, "quarter"), "quarter")
    while day <= last:
        found.append(day)
        day = _next_unit(day, "quarter")
    return found


def mondays(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first day of each ISO week in the period (the period's first day for the week
    it starts in)."""
    found, day = [first], _next_unit(_unit_start(first, "week"), "week")
    while day <= last:
        found.append(day)
        day += dt.timedelta(days=7)
    return found
