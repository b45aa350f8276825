"""Which activities a view shows, and in what order: the filters and sorts that table
and gantt share. Pure functions over the model; the command line parses into `Filters`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from handlingsplan.model import Activity, ActivityFields
from handlingsplan.types import PRIORITIES, STATUSES, word_key

PRIORITY_RANK = {"critical": 0, "high": 1, "medium": 2, "low": 3}
SORTS = ("priority", "start", "end", "responsible", "id")


@dataclass(frozen=True)
class Filters:
    """An activity is shown when it matches every filter given (an empty set: any)."""

    statuses: frozenset[str] = frozenset()
    responsible: frozenset[str] = frozenset()  # casefolded names
    goals: frozenset[str] = frozenset()
    priorities: frozenset[str] = frozenset()
    start: dt.date | None = None  # --from: activities that end on or after this day
    end: dt.date | None = None  # --to: activities that start on or before this day

    def matches(self, item: ActivityFields) -> bool:
        """For an activity, or a backlog item that may lack a responsible, a priority or
        dates (it then matches no filter on what it lacks)."""
        return (
            (not self.statuses or item.status in self.statuses)
            and (not self.responsible or (item.responsible or "").casefold() in self.responsible)
            and (not self.goals or not self.goals.isdisjoint(item.goals))
            and (not self.priorities or item.priority in self.priorities)
            and (self.start is None or (item.end is not None and item.end >= self.start))
            and (self.end is None or (item.start is not None and item.start <= self.end))
        )

    @property
    def active(self) -> bool:
        return any((self.statuses, self.responsible, self.goals, self.priorities)) or (
            self.start is not None or self.end is not None
        )


def split(values: Iterable[str]) -> list[str]:
    """Repeated options and comma-separated lists alike: ["a,b", "c"] -> [a, b, c]."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def word(value: str, allowed: dict[str, str]) -> str | None:
    """The English word for a status or priority written as a plan may write it."""
    return allowed.get(word_key(value))


def statuses(values: Iterable[str]) -> tuple[frozenset[str], list[str]]:
    return _words(values, STATUSES)


def priorities(values: Iterable[str]) -> tuple[frozenset[str], list[str]]:
    return _words(values, PRIORITIES)


def _words(values: Iterable[str], allowed: dict[str, str]) -> tuple[frozenset[str], list[str]]:
    """(the words understood, the values not understood)."""
    found, unknown = set(), []
    for value in split(values):
        known = word(value, allowed)
        if known is None:
            unknown.append(value)
        else:
            found.add(known)
    return frozenset(found), unknown


def apply(filters: Filters, activities: Iterable[Activity]) -> list[Activity]:
    return [a for a in activities if filters.matches(a)]


_DIGITS = re.compile(r"(\d+)")


def natural(text: str) -> tuple[tuple[int, int | str], ...]:
    """A sort key that puts A2 before A10 (ids are numbered by people)."""
    return tuple((0, int(p)) if p.isdigit() else (1, p.casefold()) for p in _DIGITS.split(text))


def _priority_key(a: Activity) -> tuple[object, ...]:
    # Activities that meet legal requirements come first within a priority: they must be
    # done whatever the organisation's maturity.
    return (PRIORITY_RANK[a.priority], not a.requirements, a.start, natural(a.id))


_KEYS: dict[str, Callable[[Activity], tuple[object, ...]]] = {
    "priority": _priority_key,
    "start": lambda a: (a.start, a.end, PRIORITY_RANK[a.priority], natural(a.id)),
    "end": lambda a: (a.end, a.start, PRIORITY_RANK[a.priority], natural(a.id)),
    "responsible": lambda a: (a.responsible.casefold(), *_priority_key(a)),
    "id": lambda a: (natural(a.id),),
}


def ordered(activities: Sequence[Activity], sort: str = "priority") -> list[Activity]:
    """Sorted by `sort` (one of SORTS); stable, so equal keys keep file order."""
    return sorted(activities, key=_KEYS[sort])
