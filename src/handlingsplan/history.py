"""A plan's history, activity by activity: how each end date moved and when each status
changed, commit by commit (`hplan history`). Pure: versions in, history out.

Each version is compared with the one before it in which the activity was present, so the
work is linear in versions × activities.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from handlingsplan.model import Plan


@dataclass(frozen=True)
class Version:
    commit: str
    short: str
    date: str  # the commit date, YYYY-MM-DD
    plan: Plan


@dataclass(frozen=True)
class Move:
    commit: str
    short: str
    date: str
    old: dt.date
    new: dt.date

    @property
    def days(self) -> int:
        return (self.new - self.old).days


@dataclass(frozen=True)
class StatusChange:
    commit: str
    short: str
    date: str
    old: str
    new: str


@dataclass
class Track:
    id: str
    name: str
    first_end: dt.date
    last_end: dt.date
    moves: list[Move] = field(default_factory=list)
    statuses: list[StatusChange] = field(default_factory=list)

    @property
    def total(self) -> int:
        """Days the end moved from the first version to the newest (later is positive)."""
        return (self.last_end - self.first_end).days

    def slipped(self, limit: int) -> bool:
        return self.total > limit


def history(versions: list[Version]) -> list[Track]:
    """Every activity seen in `versions` (oldest first), in the order first seen."""
    tracks: dict[str, Track] = {}
    status: dict[str, str] = {}
    for version in versions:
        for _, activity in version.plan.activities:
            end = activity.end
            track = tracks.get(activity.id)
            if track is None:
                tracks[activity.id] = Track(activity.id, activity.name, end, end)
                status[activity.id] = activity.status
                continue
            track.name = activity.name
            if end != track.last_end:
                track.moves.append(Move(version.commit, version.short, version.date,
                                        track.last_end, end))  # fmt: skip
                track.last_end = end
            if activity.status != status[activity.id]:
                track.statuses.append(StatusChange(version.commit, version.short, version.date,
                                                   status[activity.id], activity.status))  # fmt: skip
                status[activity.id] = activity.status
    return list(tracks.values())


def ordered(tracks: list[Track], limit: int) -> list[Track]:
    """Activities that slipped more than `limit` days first (most first), then the rest
    that moved or changed status, in plan order."""
    slipped = sorted((t for t in tracks if t.slipped(limit)), key=lambda t: -t.total)
    rest = [t for t in tracks if not t.slipped(limit) and (t.moves or t.statuses)]
    return slipped + rest
