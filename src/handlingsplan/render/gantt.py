"""`hplan gantt`: the chart laid out (pure, `layout`) and drawn with rich (`render`).

Rows are the shown activities in start order, grouped when asked; each names its
predecessors. The axis shows month names and, where there is room, ISO week numbers
(Swedish organisations plan by week). Mermaid export: render/mermaid.py.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field

from handlingsplan import filters as flt
from handlingsplan import graph
from handlingsplan.filters import Filters
from handlingsplan.i18n import t
from handlingsplan.model import Activity, Plan
from handlingsplan.render import columns
from handlingsplan.render import gantt_layout as gl
from handlingsplan.render import timeline as tl

STATUS_ORDER = ("planned", "in_progress", "paused", "done", "postponed", "cancelled")


@dataclass
class Spec:
    fmt: str = "text"
    lang: str = "en"
    width: int = 80
    color: bool = False
    filters: Filters = field(default_factory=Filters)
    scale: str = "auto"
    color_by: str = "priority"
    group_by: str = "none"
    today: dt.date | None = None
    marking: str | None = None
    banner: str | None = None


@dataclass
class Chart:
    lines: list[gl.Line]
    width: int
    critical: list[str]
    timeline: tl.Timeline | None
    today: int | None = None
    clipped: bool = False


def shown(plan: Plan, spec: Spec) -> list[Activity]:
    """The activities the chart shows, in start order."""
    return flt.ordered(flt.apply(spec.filters, (a for _, a in plan.activities)), "start")


def groups(
    plan: Plan, activities: Sequence[Activity], spec: Spec
) -> list[tuple[str, list[Activity]]]:
    """(heading, activities) per section; one section with no heading for `none`. An
    activity is grouped under the first goal it lists."""
    if spec.group_by == "none":
        return [("", list(activities))]
    found: dict[str, list[Activity]] = {}
    for activity in activities:
        found.setdefault(_key(activity, spec.group_by), []).append(activity)
    titles = {goal.id: goal.title for _, goal in plan.goals}
    return [(_heading(titles, key, spec), found[key]) for key in _order(plan, found, spec.group_by)]


def _key(activity: Activity, by: str) -> str:
    if by == "goal":
        return activity.goals[0] if activity.goals else ""
    return activity.responsible if by == "responsible" else activity.status


def _order(plan: Plan, found: dict[str, list[Activity]], by: str) -> list[str]:
    if by == "goal":
        listed = [goal.id for _, goal in plan.goals]
        return [k for k in listed if k in found] + sorted(k for k in found if k not in listed)
    if by == "status":
        return [k for k in STATUS_ORDER if k in found]
    return sorted(found, key=str.casefold)


def _heading(titles: dict[str, str], key: str, spec: Spec) -> str:
    if spec.group_by == "status":
        return t(f"value.{key}", spec.lang)
    if spec.group_by == "goal":
        if not key:
            return t("gantt.no_goal", spec.lang)
        return f"{key} {titles[key]}" if key in titles else key
    return key


def _after(activity: Activity) -> str:
    return "← " + ", ".join(activity.depends_on) if activity.depends_on else ""


def status_note(activity: Activity, lang: str) -> str:
    """The status after the name (` (avbruten)`) of work that is not going ahead as
    drawn, in the chart and the Mermaid export: without colour its bar looks like any
    other."""
    if activity.status in ("cancelled", "postponed", "paused"):
        return f" ({t('value.' + activity.status, lang)})"
    return ""


def layout(plan: Plan, spec: Spec) -> Chart:
    """The whole chart as lines of segments, `spec.width` columns wide (wider only when
    a fixed --scale needs more)."""
    activities = shown(plan, spec)
    period = plan.period
    critical = graph.critical_path(a for _, a in plan.activities)
    if period is None or not activities:
        return Chart([], spec.width, critical, None)
    names = [a.name + status_note(a, spec.lang) for a in activities]
    widths = gl.labels(activities, [_after(a) for a in activities], spec.width, names)
    line = tl.fit(period.start, period.end, spec.scale, spec.width - widths.total)
    today = gl.today_column(line, spec.today)
    chart = Chart(_axis(line, widths, spec.lang), 0, critical, line, today)
    on_path = set(critical)
    room = max(spec.width, widths.total + line.columns)
    for heading, members in groups(plan, activities, spec):
        if heading:
            text = gl.fitted(heading, room).rstrip()
            chart.lines.append(gl.Line("heading", [gl.Segment(text, "heading")]))
        for activity in members:
            row = _row(activity, activity.id in on_path, widths, line, spec, today)
            chart.clipped |= bool(
                row.bar and (row.bar.clipped_before or row.bar.clipped_after or row.bar.outside)
            )
            chart.lines.append(row)
    chart.width = widths.total + line.columns
    return chart


def _row(
    a: Activity, critical: bool, widths: gl.Labels, line: tl.Timeline, spec: Spec, today: int | None
) -> gl.Line:
    b = gl.bar(a, line, columns.progress(a))
    style = f"{spec.color_by}.{a.priority if spec.color_by == 'priority' else a.status}"
    label = "muted" if a.status in ("done", "cancelled", "postponed") else "label"
    segments = [
        gl.Segment(gl.CRITICAL_MARK if critical else " ", "critical"),
        gl.Segment(" " + gl.fitted(a.id, widths.id) + " ", "critical" if critical else label),
        gl.Segment(gl.fitted(a.name, widths.name, status_note(a, spec.lang)) + " ", label),
    ]
    if widths.responsible:
        segments.append(gl.Segment(gl.fitted(a.responsible, widths.responsible) + " ", label))
    segments.append(gl.Segment("│", "grid"))
    segments.extend(gl.bar_cells(b, style, line.columns, today))
    segments.append(gl.Segment("│", "grid"))
    if widths.after and a.depends_on:
        segments.append(gl.Segment(" " + gl.fitted(_after(a), widths.after).rstrip(), "after"))
    return gl.Line("row", segments, b)


def _axis(line: tl.Timeline, widths: gl.Labels, lang: str) -> list[gl.Line]:
    pad = gl.Segment(" " * (widths.before_bar + 1))
    top = _month_labels(line, lang) if line.unit != "quarter" else _quarter_labels(line, lang)
    lines = [gl.Line("axis", [pad, gl.Segment(gl.place(line.columns, top), "axis")])]
    weeks = _week_labels(line)
    if weeks:
        label = gl.Segment(t("gantt.week", lang).rjust(widths.before_bar) + " ", "axis")
        lines.append(gl.Line("axis", [label, gl.Segment(gl.place(line.columns, weeks), "axis")]))
    return lines


def _month_labels(line: tl.Timeline, lang: str) -> list[tuple[int, str]]:
    """Month names at every 1st, 2nd, 3rd, 6th or 12th month (the smallest step at which
    they all fit), with the year at January and at the first month of a longer period."""
    years = line.first.year != line.last.year
    out = []
    for day in tl.months(line.first, line.last):
        name = t(f"month.{day.month}", lang)
        with_year = years and (day == line.first or day.month == 1)
        text = f"{name} {day.year}" if with_year else name
        out.append((line.span(day)[0], day.year * 12 + day.month - 1, text))
    return gl.regular(line.columns, out, (1, 2, 3, 6, 12))


def _quarter_labels(line: tl.Timeline, lang: str) -> list[tuple[int, str]]:
    """kv1 .. kv4 (Q1 .. Q4) within one year; with the year when the period spans more."""
    key = "gantt.quarter" if line.first.year != line.last.year else "gantt.quarter_short"
    out = []
    for day in tl.quarters(line.first, line.last):
        n = (day.month - 1) // 3 + 1
        text = t(key, lang, n=n, year=day.year)
        out.append((line.span(day)[0], day.year * 4 + n - 1, text))
    return gl.regular(line.columns, out, (1, 2, 4))


def _week_labels(line: tl.Timeline) -> list[tuple[int, str]]:
    """ISO week numbers at their Mondays, every 1st, 2nd, 4th or 13th week: the
    smallest step that leaves a space between labels; none when even 13 is too tight.
    Week 53 (some years have one) is labelled only when every week is: otherwise it
    would crowd out week 1 of the next year, the week a reader looks for."""
    per_week = line.columns * 7 / line.days
    step = next((s for s in (1, 2, 4, 13) if s * per_week >= 3), None)
    if step is None:
        return []
    out = []
    for day in tl.mondays(line.first, line.last):
        week = day.isocalendar()[1]
        if (week - 1) % step == 0 and day.weekday() == 0 and (step == 1 or week != 53):
            out.append((line.span(day)[0], str(week)))
    return out


PRIORITY_STYLES = {
    "critical": "bold red",
    "high": "yellow",
    "medium": "blue",
    "low": "bright_black",
}
STATUS_STYLES = {"planned": "blue", "in_progress": "cyan", "paused": "yellow", "done": "green",
                 "postponed": "magenta", "cancelled": "bright_black"}  # fmt: skip
STYLES = {"critical": "bold red", "muted": "dim", "today": "bold magenta", "clip": "bold",
          "heading": "bold underline", "axis": "", "grid": "dim", "after": "dim",
          "marking": "bold red", "banner": "bold yellow", "title": "bold"}  # fmt: skip


def style_of(name: str) -> str:
    """A layout style name ("priority.high.open") as a rich style."""
    if name in STYLES:
        return STYLES[name]
    parts = name.split(".")
    table = PRIORITY_STYLES if parts[0] == "priority" else STATUS_STYLES
    return table.get(parts[1], "") if len(parts) > 1 else ""


def legend(chart: Chart, spec: Spec) -> list[gl.Line]:
    """What the characters (and, with colour, the colours) mean, wrapped to the width
    between items, never inside one."""
    parts = [(gl.FILLED, "gantt.legend_done"), (gl.OPEN, "gantt.legend_open"),
             (gl.MILESTONE, "gantt.legend_milestone"), (gl.CRITICAL_MARK, "gantt.legend_critical")]  # fmt: skip
    if chart.today is not None:
        parts.append((gl.TODAY, "gantt.legend_today"))
    if chart.clipped:
        parts.append((gl.BEFORE + gl.AFTER, "gantt.legend_clipped"))
    items = [gl.Segment(f"{mark} {t(key, spec.lang, date=spec.today)}") for mark, key in parts]
    lines = _wrap(items, spec.width)
    if spec.color:
        words = PRIORITY_STYLES if spec.color_by == "priority" else STATUS_STYLES
        keys = [
            gl.Segment(f"■ {t('value.' + w, spec.lang)}", f"{spec.color_by}.{w}") for w in words
        ]
        lines.extend(_wrap(keys, spec.width))
    return lines


def _wrap(items: Sequence[gl.Segment], width: int) -> list[gl.Line]:
    lines: list[gl.Line] = []
    used = width
    for item in items:
        if len(item.text) > width:
            item = gl.Segment(gl.fitted(item.text, width), item.style)
        if used + 3 + len(item.text) > width:
            lines.append(gl.Line("legend"))
            used = -3
        if lines[-1].segments:
            lines[-1].segments.append(gl.Segment("   "))
        lines[-1].segments.append(item)
        used += 3 + len(item.text)
    return lines


def header(plan: Plan, spec: Spec) -> list[gl.Line]:
    """Marking, title and period, banner: the lines above every view."""
    lines = []
    if spec.marking:
        lines.append(gl.Line("heading", [gl.Segment(spec.marking, "marking")]))
    if plan.header is not None:
        period = plan.header.period
        dates = f"{period.start.isoformat()} – {period.end.isoformat()}"
        title = f"{plan.header.title} · {dates}"
        if len(title) <= spec.width:
            lines.append(gl.Line("heading", [gl.Segment(title, "title")]))
        else:  # rather than a line break between the two dates
            lines.append(gl.Line("heading", [gl.Segment(plan.header.title, "title")]))
            lines.append(gl.Line("heading", [gl.Segment(dates, "title")]))
    if spec.banner:
        lines.append(gl.Line("heading", [gl.Segment(spec.banner, "banner")]))
    return lines


def render(plan: Plan, spec: Spec) -> str:
    if spec.fmt == "mermaid":
        from handlingsplan.render import mermaid

        return mermaid.gantt(plan, spec)
    chart = layout(plan, spec)
    top = header(plan, spec)
    body = [*chart.lines, *legend(chart, spec)] if chart.lines else [_empty(spec)]
    if spec.fmt == "text" and not spec.color:
        # Without colour the layout is the picture: no need to pay for rich per line.
        wrapped = [gl.Line("heading", [gl.Segment(part)]) for line in top
                   for part in textwrap.wrap(line.segments[0].text, spec.width)]  # fmt: skip
        return gl.plain([*wrapped, *body])
    return _draw(plan, spec, top, body, max(spec.width, chart.width))


def _empty(spec: Spec) -> gl.Line:
    return gl.Line("heading", [gl.Segment(t("view.no_activities", spec.lang))])


def _draw(plan: Plan, spec: Spec, top: list[gl.Line], body: list[gl.Line], width: int) -> str:
    """With rich: colour on a terminal, or recorded as SVG or HTML."""
    from rich.text import Text

    from handlingsplan.render.console import draw

    def text(lines: Sequence[gl.Line], wrap: bool) -> Text:
        out = Text(no_wrap=not wrap, overflow="fold" if wrap else "ellipsis", end="")
        for n, line in enumerate(lines):
            if n:
                out.append("\n")
            for segment in line.segments:
                out.append(segment.text, style_of(segment.style) or None)
        return out

    parts = [text([line], True) for line in top] + [text(body, False)]
    title = plan.header.title if plan.header else ""
    return draw(parts, width, spec.color, spec.fmt, title)
