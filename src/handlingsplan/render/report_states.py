"""Activities by state (how many, and which) and the deviations a board must hear of:
who answers for each and what is off, in days and in progress against time elapsed."""

from __future__ import annotations

import datetime as dt

from handlingsplan.followup import DEVIATIONS, Standing
from handlingsplan.i18n import t
from handlingsplan.render.report_model import Block, Heading, Para, Table, count, pct, state_name
from handlingsplan.render.status import ORDER
from handlingsplan.status import Summary


def by_state(summary: Summary, lang: str) -> list[Block]:
    blocks: list[Block] = [Heading(t("report.h.states", lang))]
    if not summary.standings:
        return [*blocks, Para(t("report.no_activities", lang))]
    shown = [state for state in ORDER if summary.counts[state]]
    headers = [t("report.col.state", lang), t("report.col.count", lang)]
    rows = [[state_name(state, lang), count(summary.counts[state], lang)] for state in shown]
    rows.append([t("report.total", lang), count(len(summary.standings), lang)])
    blocks.append(Table(headers, rows, numeric=frozenset({1}), states=[*shown, ""], state_column=0))
    return [*blocks, _listing(summary, lang)]


def ordered(summary: Summary) -> list[Standing]:
    """Deviations first (worst first), then the rest; by end date within a state."""
    rank = {state: n for n, state in enumerate(ORDER)}
    return sorted(summary.standings, key=lambda s: (rank[s.state], *_when(s)))


def _when(s: Standing) -> tuple[dt.date, dt.date]:
    return (s.activity.completed or s.expected_end, s.activity.start)


def _listing(summary: Summary, lang: str) -> Table:
    headers = [t("report.col.id", lang), t("report.col.activity", lang),
               t("report.col.state", lang), t("report.col.responsible", lang),
               t("report.col.period", lang), t("report.col.done", lang)]  # fmt: skip
    found = ordered(summary)
    rows = [[s.activity.id, s.activity.name, state_name(s.state, lang), s.activity.responsible,
             _dates(s), pct(_progress(s), lang)] for s in found]  # fmt: skip
    return Table(
        headers,
        rows,
        numeric=frozenset({5}),
        prose=frozenset({1}),
        states=[s.state for s in found],
        state_column=2,
    )


def _dates(s: Standing) -> str:
    a = s.activity
    if a.is_milestone:
        return a.start.isoformat()
    return f"{a.start.isoformat()} – {a.end.isoformat()}"


def _progress(s: Standing) -> float:
    """A done activity is 100 % whatever its `progress` says (as a goal counts it)."""
    return 100.0 if s.activity.status == "done" else (s.activity.progress or 0.0)


def deviations(summary: Summary, lang: str) -> list[Block]:
    blocks: list[Block] = [Heading(t("report.h.deviations", lang))]
    found = summary.deviations()
    if not found:
        day = summary.today.isoformat()
        return [*blocks, Para(t("report.no_deviations", lang, date=day))]
    headers = [t("report.col.id", lang), t("report.col.activity", lang),
               t("report.col.state", lang), t("report.col.responsible", lang),
               t("report.col.off", lang)]  # fmt: skip
    rows = [[s.activity.id, s.activity.name, state_name(s.state, lang), s.activity.responsible,
             what_is_off(s, summary.today, lang)] for s in found]  # fmt: skip
    note = t("report.tolerance", lang, points=count(summary.tolerance, lang))
    return [*blocks, Table(headers, rows, prose=frozenset({1, 4}),
                              states=[s.state for s in found], state_column=2),
            Para(note, "note")]  # fmt: skip


def what_is_off(s: Standing, today: dt.date, lang: str) -> str:
    """The deviation in figures, then the latest follow-up note, which says why."""
    a = s.activity
    args = {"start": a.start.isoformat(), "end": a.end.isoformat(),
            "progress": pct(a.progress or 0.0, lang), "elapsed": pct(s.elapsed, lang),
            "expected": s.expected_end.isoformat()}  # fmt: skip
    if s.state == "overdue":
        args["days"] = str((today - s.expected_end).days)
    elif s.state == "late_start":
        args["days"] = str((today - a.start).days)
    elif s.state == "delayed":
        args["days"] = str((s.expected_end - a.end).days)
    key = f"report.off.{s.state}" + (".one" if args.get("days") == "1" else "")
    text = t(key, lang, **args)
    if s.state in DEVIATIONS and a.followups and a.followups[-1].note:
        last = a.followups[-1]
        text += ". " + t("report.latest", lang, date=last.date.isoformat(), note=last.note)
    return text
