"""The rollover report: what was carried (old and new dates, the shift, the status),
what was not (done, cancelled), and what needs a person's decision. Plain text that fits
any terminal (each activity on lines of its own, names cut to the width) and JSON for
scripts. Also used by `rollover --update` (its changes are listed with `changes`)."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Iterator
from typing import Any

from handlingsplan.i18n import t
from handlingsplan.rollover import CarriedRow, Report
from handlingsplan.schedule import Span

PAD = "  "


def dates(span: Span) -> str:
    if span.start == span.end:
        return span.start.isoformat()
    return f"{span.start.isoformat()} – {span.end.isoformat()}"


def status(value: str, progress: float, lang: str) -> str:
    from handlingsplan.render.columns import number

    word = t(f"value.{value}", lang)
    return f"{word} {number(progress, lang)} %" if progress else word


def cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"


def text(
    report: Report,
    source: str,
    target: str,
    comments: int,
    dry_run: bool,
    lang: str,
    width: int = 80,
) -> str:
    """The report as a person reads it."""
    lines = [
        _title(t("rollover.title", lang, source=source, target=_target(target, lang)), width),
        wrap(t("rollover.periods", lang, old=dates(report.old), new=dates(report.new)), width),
    ]
    lines += _carried(report, lang, width)
    lines += _dropped(report, lang, width)
    lines += _warnings(report, comments, lang, width)
    lines += [wrap(line, width) for line in _left(report, lang)]
    lines += ["", *_closing(target, dry_run, lang, width)]
    return "\n".join(lines) + "\n"


def wrap(line: str, width: int, first: str = "", rest: str = PAD) -> str:
    """A sentence fitted to the width; paths and ids are never broken."""
    if not line:
        return line
    return textwrap.fill(line, width, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)  # fmt: skip


def _title(line: str, width: int) -> str:
    """Paths are never broken; a title too wide for the terminal puts the new file on
    a line of its own."""
    return line if len(line) <= width else line.replace(" → ", "\n" + PAD + "→ ", 1)


def _target(target: str, lang: str) -> str:
    return t("rollover.stdout", lang) if target == "-" else target


def _carried(report: Report, lang: str, width: int) -> Iterator[str]:
    yield ""
    yield t("rollover.carried_heading", lang, count=len(report.carried))
    if not report.carried:
        yield PAD + t("rollover.nothing_carried", lang)
    idw = max((len(row.id) for row in report.carried), default=0)
    indent = PAD + " " * (idw + 2)
    for row in report.carried:
        yield cut(f"{PAD}{row.id:<{idw}}  {row.name}", width)
        moved = f"{dates(row.new)} ({_shift(row.shift, lang)})"
        if len(indent) + len(dates(row.old)) + 3 + len(moved) <= width:
            yield f"{indent}{dates(row.old)} → {moved}"
        else:  # a narrow terminal: the old dates above the new
            yield indent + dates(row.old)
            yield wrap(f"→ {moved}", width, indent, indent + "  ")
        yield wrap(_status_line(row, lang), width, indent, indent)
        if row.past_end:
            yield wrap("! " + t("rollover.past_end_short", lang), width, indent, indent + "  ")


def _shift(days: int, lang: str) -> str:
    return t("rollover.shift_one" if abs(days) == 1 else "rollover.shift", lang, days=f"{days:+d}")


def _status_line(row: CarriedRow, lang: str) -> str:
    old = status(row.old_status, row.progress, lang)
    new = status(row.status, row.progress, lang)
    line = f"{old} → {new}"
    if row.times >= 2:
        line += " · " + t("rollover.times", lang, times=row.times)
    return line


def _dropped(report: Report, lang: str, width: int) -> Iterator[str]:
    if not report.dropped:
        return
    yield ""
    yield t("rollover.dropped_heading", lang, count=len(report.dropped))
    idw = max(len(row.id) for row in report.dropped)
    for row in report.dropped:
        word = t(f"value.{row.status}", lang)
        yield cut(f"{PAD}{row.id:<{idw}}  ({word}) {row.name}", width)


def warnings(report: Report, comments: int, lang: str) -> list[str]:
    """Every matter for a person, one sentence each."""
    found = [t(f"rollover.warn.{note.key}", lang, **note.args) for note in report.warnings]
    for row in report.carried:
        if row.past_end:
            key = "rollover.warn.past_end_pushed" if row.pushed else "rollover.warn.past_end"
            found.append(t(key, lang, id=row.id, end=row.new.end.isoformat()))
    for row in report.carried:
        if row.times >= 2:
            found.append(t("rollover.warn.repeated", lang, id=row.id, times=row.times))
    if comments:
        key = "rollover.warn.comments_one" if comments == 1 else "rollover.warn.comments"
        found.append(t(key, lang, count=comments))
    return found


def _warnings(report: Report, comments: int, lang: str, width: int) -> Iterator[str]:
    found = warnings(report, comments, lang)
    if found:
        yield ""
        yield t("rollover.warnings_heading", lang, count=len(found))
        yield from (wrap(line, width, PAD + "- ", PAD * 2) for line in found)


def _left(report: Report, lang: str) -> Iterator[str]:
    if report.goals_left or report.gaps_left:
        yield ""
    if report.goals_left:
        yield t("rollover.goals_left", lang, ids=", ".join(report.goals_left))
    if report.gaps_left:
        yield t("rollover.gaps_left", lang, ids=", ".join(report.gaps_left))


def _closing(target: str, dry_run: bool, lang: str, width: int) -> list[str]:
    if dry_run:
        return [t("rollover.dry_run", lang)]
    steps = wrap(t("rollover.next_steps", lang), width, rest="")
    return [steps] if target == "-" else [t("rollover.written", lang, path=target), steps]


def as_json(
    report: Report, source: str, target: str, comments: int, dry_run: bool
) -> dict[str, Any]:
    """The report for scripts: English words, ISO dates, every field a person sees."""
    return {
        "version": 1,
        "source": source,
        "output": None if target == "-" else target,
        "written": not dry_run and target != "-",
        "period": {"old": _span(report.old), "new": _span(report.new)},
        "carried": [_carried_json(row) for row in report.carried],
        "dropped": [{"id": r.id, "name": r.name, "status": r.status} for r in report.dropped],
        "warnings": [{"code": n.key, **_plain(n.args)} for n in report.warnings]
        + [{"code": "past_end", "id": r.id, "end": r.new.end.isoformat(), "pushed": r.pushed}
           for r in report.carried if r.past_end]
        + [{"code": "repeated", "id": r.id, "times": r.times}
           for r in report.carried if r.times >= 2],
        "comments_not_carried": comments,
        "goals_not_carried": report.goals_left,
        "gaps_not_carried": report.gaps_left,
        "backlog": report.backlog,
    }  # fmt: skip


def _span(span: Span) -> dict[str, str]:
    return {"start": span.start.isoformat(), "end": span.end.isoformat()}


def _carried_json(row: CarriedRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "old": _span(row.old),
        "new": _span(row.new),
        "shift_days": row.shift,
        "old_status": row.old_status,
        "status": row.status,
        "progress": int(row.progress) if float(row.progress).is_integer() else row.progress,
        "times_carried": row.times,
        "past_period_end": row.past_end,
    }


def _plain(args: Any) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in dict(args).items()}


UPDATE_KINDS = ("added", "removed", "refreshed", "dependency")


def update_text(
    changes: list[Any], source: str, draft: str, dry_run: bool, lang: str, width: int = 80
) -> str:
    """What `rollover --update` changed in the draft, by kind."""
    lines = [t("rollover.update_title", lang, source=source, draft=draft)]
    if not changes:
        return "\n".join([*lines, t("rollover.up_to_date", lang)]) + "\n"
    idw = max(len(c.id) for c in changes)
    for kind in UPDATE_KINDS:
        chosen = [c for c in changes if c.kind == kind]
        if chosen:
            lines += ["", t(f"rollover.update.{kind}", lang, count=len(chosen))]
            lines += [wrap(f"{c.id:<{idw}}  {_change(c, lang)}", width, PAD, PAD * 2 + " " * idw)
                      for c in chosen]  # fmt: skip
    lines.append("")
    if dry_run:
        lines.append(t("rollover.dry_run", lang))
    else:
        lines += [t("rollover.written", lang, path=draft), t("rollover.update_written", lang)]
    return "\n".join(lines) + "\n"


def _change(change: Any, lang: str) -> str:
    if change.kind == "added":
        return f"{change.name} ({change.after})"
    if change.kind == "removed":
        return f"{change.name} ({t(f'value.{change.before}', lang)})"
    if change.kind == "refreshed":
        return f"{change.before} → {change.after}: {change.name}"
    return t("rollover.update.dropped_ref", lang, ref=change.before)


def update_json(changes: list[Any], source: str, draft: str, written: bool) -> dict[str, Any]:
    return {
        "version": 1,
        "source": source,
        "draft": draft,
        "written": written,
        "changes": [
            {"kind": c.kind, "id": c.id, "name": c.name, "before": c.before, "after": c.after}
            for c in changes
        ],
    }
