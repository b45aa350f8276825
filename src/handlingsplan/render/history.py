"""`hplan history` as text, markdown and json: per activity, its end-date moves (commit
date, short commit, old → new end, days) and status changes; those that slipped more than
`--slip` days in total first, marked."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from handlingsplan.history import Move, StatusChange, Track, Version, ordered
from handlingsplan.i18n import t

FLAG = "!"


@dataclass
class Page:
    name: str
    versions: list[Version]
    tracks: list[Track]
    slip: int
    lang: str


def _days(days: int, lang: str) -> str:
    key = "diff.later" if days >= 0 else "diff.earlier"
    return t(key + ("_one" if abs(days) == 1 else ""), lang, days=abs(days))


def _status(value: str, lang: str) -> str:
    return t(f"value.{value}", lang)


def _heading(page: Page) -> list[str]:
    lang, first, last = page.lang, page.versions[0], page.versions[-1]
    lines = [t("history.title", lang, path=page.name),
             t("history.versions", lang, count=len(page.versions), first=first.date,
               last=last.date)]  # fmt: skip
    slipped = [tr.id for tr in page.tracks if tr.slipped(page.slip)]
    if slipped:
        lines.append(t("history.slipped", lang, days=page.slip, ids=", ".join(slipped)))
    else:
        lines.append(t("history.none_slipped", lang, days=page.slip))
    return lines


def _events(track: Track, lang: str) -> list[str]:
    events: list[tuple[str, str]] = []
    for move in track.moves:
        events.append((move.date, _move(move, lang)))
    for change in track.statuses:
        events.append((change.date, _change(change, lang)))
    return [line for _, line in sorted(events, key=lambda e: e[0])]


def _move(move: Move, lang: str) -> str:
    return t("history.move", lang, date=move.date, commit=move.short, old=move.old,
             new=move.new, days=_days(move.days, lang))  # fmt: skip


def _change(change: StatusChange, lang: str) -> str:
    return t("history.status", lang, date=change.date, commit=change.short,
             old=_status(change.old, lang), new=_status(change.new, lang))  # fmt: skip


def _summary(track: Track, page: Page) -> str:
    days = track.total
    if not track.moves:
        return t("history.end_kept", page.lang, end=track.last_end)
    return t("history.total", page.lang, first=track.first_end, last=track.last_end,
             days=_days(days, page.lang))  # fmt: skip


def text(page: Page) -> str:
    lines = _heading(page)
    shown = ordered(page.tracks, page.slip)
    if not shown:
        lines += ["", t("history.no_changes", page.lang)]
    for track in shown:
        sign = FLAG if track.slipped(page.slip) else " "
        lines += ["", f"{sign} {track.id} {track.name}: {_summary(track, page)}"]
        lines += [f"    {line}" for line in _events(track, page.lang)]
    return "\n".join(lines) + "\n"


def markdown(page: Page) -> str:
    head = _heading(page)
    lines = [f"# {head[0]}", "", *(f"{line}  " for line in head[1:])]
    shown = ordered(page.tracks, page.slip)
    if not shown:
        lines += ["", t("history.no_changes", page.lang)]
    for track in shown:
        flag = f"**{FLAG}** " if track.slipped(page.slip) else ""
        lines += ["", f"## {flag}{track.id} {track.name}", "", _summary(track, page), ""]
        lines += [f"- {line}" for line in _events(track, page.lang)]
    return "\n".join(lines).rstrip() + "\n"


def as_json(page: Page) -> str:
    return json.dumps(data(page), ensure_ascii=False, indent=2) + "\n"


def data(page: Page) -> dict[str, Any]:
    return {
        "plan": page.name,
        "slip": page.slip,
        "versions": [{"commit": v.commit, "short": v.short, "date": v.date} for v in page.versions],
        "activities": [_track(tr, page.slip) for tr in ordered(page.tracks, page.slip)],
    }


def _track(track: Track, slip: int) -> dict[str, Any]:
    return {
        "id": track.id,
        "name": track.name,
        "first_end": track.first_end.isoformat(),
        "last_end": track.last_end.isoformat(),
        "total_days": track.total,
        "slipped": track.slipped(slip),
        "moves": [
            {
                "commit": m.commit,
                "short": m.short,
                "date": m.date,
                "old": m.old.isoformat(),
                "new": m.new.isoformat(),
                "days": m.days,
            }
            for m in track.moves
        ],
        "status": [
            {"commit": s.commit, "short": s.short, "date": s.date, "old": s.old, "new": s.new}
            for s in track.statuses
        ],
    }
