"""The report's opening: the plan and its decision, the key figures on the day, the
outcome of earlier checkpoints, and how far each goal has come."""

from __future__ import annotations

from handlingsplan.followup import DEVIATIONS
from handlingsplan.i18n import t
from handlingsplan.model import Decision, Header, Plan
from handlingsplan.render.report_model import Block, Facts, Heading, Para, Table, count, pct
from handlingsplan.status import Summary


def opening(plan: Plan, summary: Summary, lang: str, banner: str | None) -> list[Block]:
    header = plan.header
    if header is None:  # a view never gets here without one (view.load_path refuses it)
        return []
    day = t("report.as_of", lang, date=summary.today.isoformat())
    blocks: list[Block] = [Heading(header.title, 1), Para(day, "lead")]
    if banner:
        blocks.append(Para(banner, "banner"))
    return [*blocks, Facts(particulars(header, summary, lang))]


def particulars(header: Header, summary: Summary, lang: str) -> list[tuple[str, str]]:
    """Who, when, and what management decided (or that it is a draft)."""
    period = header.period
    rows = [(t("report.organisation", lang), header.organisation)]
    if header.unit:
        rows.append((t("report.unit", lang), header.unit))
    if header.owner:
        rows.append((t("report.owner", lang), header.owner))
    dates = t("report.period_dates", lang, start=period.start.isoformat(),
              end=period.end.isoformat())  # fmt: skip
    rows.append((t("report.period", lang), dates + day_of(header, summary, lang)))
    rows.append((t("report.decision", lang), decision(header.decision, lang)))
    for revision in header.revisions:
        text = decision(revision, lang, revised=True)
        rows.append(
            (t("report.revision", lang), f"{text}: {revision.note}" if revision.note else text)
        )
    return rows


def day_of(header: Header, summary: Summary, lang: str) -> str:
    """ " (day 258 of 365)" while the period runs; nothing before or after it."""
    period, today = header.period, summary.today
    if not period.start <= today <= period.end:
        return ""
    days = (period.end - period.start).days + 1
    return " " + t("report.day_of", lang, day=(today - period.start).days + 1, days=days)


def decision(found: Decision | None, lang: str, revised: bool = False) -> str:
    if found is None:
        return t("report.draft", lang)
    key = "report.revised" if revised else "report.adopted"
    text = t(key, lang, by=found.by, date=found.date.isoformat())
    return f"{text} ({found.reference})" if found.reference else text


def key_figures(plan: Plan, summary: Summary, lang: str) -> list[Block]:
    """What a board reads first: done, deviations, the next checkpoint, and what earlier
    checkpoints found."""
    s = summary
    off = sum(s.counts[state] for state in DEVIATIONS)
    rows = [
        (t("report.fig.done", lang), done(summary, lang)),
        (t("report.fig.deviations", lang),
         deviation_counts(summary, lang) if off else t("report.none", lang)),
        (t("report.fig.checkpoint", lang), checkpoint(summary, lang)),
    ]  # fmt: skip
    blocks: list[Block] = [Heading(t("report.h.summary", lang)), Facts(rows)]
    return blocks + followups(plan, lang)


def done(summary: Summary, lang: str) -> str:
    """Done by count, and by planned hours when any are planned."""
    s = summary
    args = {"done": s.done, "of": s.counted, "share": pct(s.share_done, lang)}
    if s.share_done_hours is None:
        return t("report.done_no_hours", lang, **args)
    return t("report.done", lang, hours=pct(s.share_done_hours, lang), **args)


def deviation_counts(summary: Summary, lang: str) -> str:
    """ "3 (1 behind, 1 paused, 1 delayed)": Swedish adjectives agree with the number."""
    parts = []
    for state in DEVIATIONS:
        n = summary.counts[state]
        if n:
            key = f"report.n.{state}" + (".one" if n == 1 else "")
            parts.append(t(key, lang, count=n))
    total = sum(summary.counts[state] for state in DEVIATIONS)
    return t("report.deviations_count", lang, count=total, states=", ".join(parts))


def checkpoint(summary: Summary, lang: str) -> str:
    if summary.checkpoint is None:
        return t("report.no_checkpoint", lang)
    days = (summary.checkpoint - summary.today).days
    return t("report.checkpoint", lang, date=summary.checkpoint.isoformat(), days=days)


def followups(plan: Plan, lang: str) -> list[Block]:
    """The outcome of earlier checkpoints (plan.followups), oldest first."""
    found = plan.header.followups if plan.header else []
    if not found:
        return []
    rows = [[f.date.isoformat(), f.note or "–"] for f in found]
    headers = [t("report.col.date", lang), t("report.col.note", lang)]
    return [Para(t("report.followups", lang)), Table(headers, rows, prose=frozenset({1}))]


def goals(summary: Summary, lang: str) -> list[Block]:
    blocks: list[Block] = [Heading(t("report.h.goals", lang))]
    if not summary.goals:
        return [*blocks, Para(t("report.no_goals", lang))]
    headers = [t("report.col.goal", lang), t("report.col.title", lang),
               t("report.col.activities", lang), t("report.col.progress", lang)]  # fmt: skip
    rows = [[g.id, g.title, count(g.activities, lang), pct(g.progress, lang)]
            for g in summary.goals]  # fmt: skip
    note = Para(t("report.goals_note", lang), "note")
    return [*blocks, Table(headers, rows, numeric=frozenset({2, 3}), prose=frozenset({1})), note]
