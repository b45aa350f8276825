"""Dates for a rolled-over plan: the next period, and new dates for carried activities.

Pure date arithmetic, no I/O. The rules are the issue's and plan-format.md's:

* the next period is as many calendar months as the old one when it spans whole months,
  else as many days, starting the day after it ends;
* `shift` keeps an activity's start and end in their places in the calendar one period
  later (the same day and month next year for a one-year plan; a day that month lacks
  becomes its last day, so 29 February becomes 28 February); `start` puts every
  activity at the period's start, keeping its length in days;
* work in progress continues from the period's start with the share of its duration
  that its progress leaves (at least a day);
* then, in topological order, nothing starts before a carried predecessor has ended
  (finish-to-start; after a milestone the same day is allowed). Order and durations win
  over the period: what is pushed past its end stays there, for a person to decide.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

ONE_DAY = dt.timedelta(days=1)
POLICIES = ("shift", "start")


@dataclass(frozen=True)
class Span:
    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class Work:
    """What scheduling needs of one carried activity."""

    id: str
    span: Span
    in_progress: bool
    progress: float
    preds: Sequence[str]  # carried predecessors, in `depends_on` order


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later; a day the month lacks becomes its last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def whole_months(period: Span) -> int | None:
    """The number of calendar months the period spans, or None when it does not start on
    the first of a month and end on the last of one."""
    if period.start.day != 1 or (period.end + ONE_DAY).day != 1:
        return None
    after = period.end + ONE_DAY
    return (after.year - period.start.year) * 12 + after.month - period.start.month


def next_period(period: Span) -> Span:
    start = period.end + ONE_DAY
    months = whole_months(period)
    if months is not None:
        return Span(start, add_months(start, months) - ONE_DAY)
    return Span(start, start + dt.timedelta(days=period.days - 1))


def shifter(old: Span, new: Span) -> Callable[[dt.date], dt.date]:
    """A date's place one period later: by whole months when both periods start on the
    first of a month, else by days."""
    if old.start.day == 1 and new.start.day == 1:
        months = (new.start.year - old.start.year) * 12 + new.start.month - old.start.month
        return lambda day: add_months(day, months)
    days = new.start - old.start
    return lambda day: day + days


def first_dates(work: Work, old: Span, new: Span, policy: str) -> Span:
    """An activity's dates before the dependency pass."""
    duration = work.span.days
    if work.in_progress:
        left = max(1, math.ceil(duration * (100 - work.progress) / 100))
        return Span(new.start, new.start + dt.timedelta(days=left - 1))
    if policy == "start":
        return Span(new.start, new.start + dt.timedelta(days=duration - 1))
    # Start and end each keep their place in the calendar: a whole year stays a whole
    # year, February stays February, whatever leap days lie between.
    shift = shifter(old, new)
    span = Span(shift(work.span.start), shift(work.span.end))
    if span.start < new.start:  # an activity that began before the old period
        return Span(new.start, new.start + (span.end - span.start))
    return span


def schedule(
    works: Sequence[Work], old: Span, new: Span, policy: str
) -> tuple[dict[str, Span], set[str]]:
    """New dates for every carried activity (see the module's rules), in the order of
    `works`, and the activities a predecessor moved. CycleError when some wait for each
    other; OverflowError when a date would pass the year 9999."""
    dates = {w.id: first_dates(w, old, new, policy) for w in works}
    pushed: set[str] = set()
    for node in topological(works):
        earliest = max((_free_from(dates[p]) for p in node.preds), default=None)
        span = dates[node.id]
        if earliest is not None and span.start < earliest:
            dates[node.id] = Span(earliest, earliest + (span.end - span.start))
            pushed.add(node.id)
    return {w.id: dates[w.id] for w in works}, pushed


def _free_from(pred: Span) -> dt.date:
    """The first day a successor may start: after the predecessor's end, or on the day of
    a milestone (plan-format.md)."""
    return pred.end if pred.start == pred.end else pred.end + ONE_DAY


def topological(works: Sequence[Work]) -> list[Work]:
    """Kahn's sort, taking ready activities in file order, so the result is stable."""
    by_id: Mapping[str, Work] = {w.id: w for w in works}
    waiting = {w.id: len(set(w.preds)) for w in works}
    after: dict[str, list[str]] = {}
    for w in works:
        for pred in dict.fromkeys(w.preds):
            after.setdefault(pred, []).append(w.id)
    ready = deque(w.id for w in works if waiting[w.id] == 0)
    order: list[Work] = []
    while ready:
        node = ready.popleft()
        order.append(by_id[node])
        for succ in after.get(node, ()):
            waiting[succ] -= 1
            if waiting[succ] == 0:
                ready.append(succ)
    if len(order) != len(works):
        raise CycleError([w.id for w in works if waiting[w.id] > 0])
    return order


class CycleError(ValueError):
    """Activities that wait for each other: no order to schedule them in (HP202, which a
    plan can only have here when `x-hplan-ignore` silenced it)."""

    def __init__(self, ids: list[str]) -> None:
        super().__init__(", ".join(ids))
        self.ids = ids
