"""The Gantt chart as data: (activities, options, width) -> lines of styled segments.

Pure: no rich, no terminal. gantt.py draws the lines with rich and tests read the rows
here directly (which columns a bar covers, where it is clipped), so the picture is
checked where it is made. A segment's style is a name ("bar.critical", "today"), which
the drawer maps to colours; without colour the characters alone carry the meaning.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from handlingsplan.model import Activity
from handlingsplan.render import timeline as tl

FILLED, OPEN, MILESTONE, TODAY, BEFORE, AFTER = "█", "░", "◆", "┆", "◂", "▸"
CRITICAL_MARK = "*"
MIN_BAR = 20


@dataclass(frozen=True)
class Segment:
    text: str
    style: str = ""


@dataclass(frozen=True)
class Bar:
    """Where one activity's bar lies: columns of the bar area, inclusive."""

    id: str
    first: int
    last: int
    clipped_before: bool = False
    clipped_after: bool = False
    milestone: bool = False
    filled: int = 0  # columns drawn as done, from the left
    outside: bool = False  # wholly outside the period: only the clip marker is drawn


@dataclass
class Line:
    kind: str  # axis, heading, row
    segments: list[Segment] = field(default_factory=list)
    bar: Bar | None = None


@dataclass(frozen=True)
class Labels:
    """Widths of the label columns before the bar area (0: the column is left out)."""

    id: int
    name: int
    responsible: int
    after: int  # the predecessors, right of the bar

    @property
    def before_bar(self) -> int:
        # marker + space, id + space, name + space, responsible + space
        return 2 + self.id + 1 + self.name + 1 + (self.responsible + 1 if self.responsible else 0)

    @property
    def total(self) -> int:
        return self.before_bar + 2 + (self.after + 1 if self.after else 0)


def labels(
    activities: Sequence[Activity],
    after: Sequence[str],
    width: int,
    names: Sequence[str] | None = None,
) -> Labels:
    """Label widths for `width` columns: the bar area keeps at least MIN_BAR columns or
    three eighths of the width; the name takes what is left (up to 30, or the longest
    name when shorter), and the responsible column, then the predecessors, are dropped
    before the name goes under 8. `names`: the names as shown (default: each `name`).
    When even that does not fit, the name shrinks so that the bar keeps a few columns."""
    shown = [a.name for a in activities] if names is None else list(names)
    id_w = min(max((len(a.id) for a in activities), default=2), 10)
    resp_w = min(max((len(a.responsible) for a in activities), default=0), 14)
    after_w = min(max((len(text) for text in after), default=0), 14)
    want = max(min(30, max((len(n) for n in shown), default=8)), 1)
    bar = max(MIN_BAR, width * 3 // 8)
    for resp, aft in ((resp_w, after_w), (0, after_w), (0, 0)):
        room = width - Labels(id_w, 0, resp, aft).total - bar
        # Short names need no more than their length: that is no reason to drop columns.
        if room >= min(8, want):
            return Labels(id_w, min(want, room), resp, aft)
    return Labels(id_w, max(1, min(8, want, width - Labels(id_w, 0, 0, 0).total - 4)), 0, 0)


def bar(activity: Activity, line: tl.Timeline, progress: float | None) -> Bar:
    """The bar of an activity: clipped to the period, with its done share filled."""
    if activity.end < line.first or activity.start > line.last:
        column = 0 if activity.end < line.first else line.columns - 1
        before = activity.end < line.first
        return Bar(activity.id, column, column, before, not before, outside=True)
    first = line.span(max(activity.start, line.first))[0]
    last = line.span(min(activity.end, line.last))[1]
    milestone = activity.start == activity.end
    if milestone:
        last = first
    share = 100.0 if activity.status == "done" else (progress or 0.0)
    filled = round((last - first + 1) * share / 100)
    return Bar(
        activity.id,
        first,
        last,
        clipped_before=activity.start < line.first,
        clipped_after=activity.end > line.last,
        milestone=milestone,
        filled=filled,
    )


def bar_cells(b: Bar, style: str, columns: int, today: int | None) -> list[Segment]:
    """The bar area of one row as segments, one per run of equal style."""
    chars, styles = [" "] * columns, [""] * columns

    def put(first: int, last: int, char: str, name: str) -> None:
        chars[first : last + 1] = char * (last - first + 1)
        styles[first : last + 1] = [name] * (last - first + 1)

    if today is not None:
        put(today, today, TODAY, "today")
    if b.outside:
        put(b.first, b.first, BEFORE if b.clipped_before else AFTER, "clip")
        return _runs(chars, styles)
    split = b.first + b.filled
    put(b.first, split - 1, FILLED, f"{style}.done")
    put(split, b.last, OPEN, f"{style}.open")
    if b.milestone:
        put(b.first, b.first, MILESTONE, f"{style}.done")
    if b.clipped_before:
        put(b.first, b.first, BEFORE, "clip")
    if b.clipped_after:
        put(b.last, b.last, AFTER, "clip")
    return _runs(chars, styles)


def _runs(chars: list[str], styles: list[str]) -> list[Segment]:
    """Adjacent cells of one style joined into one segment."""
    out: list[Segment] = []
    start = 0
    for i in range(1, len(styles) + 1):
        if i == len(styles) or styles[i] != styles[start]:
            out.append(Segment("".join(chars[start:i]), styles[start]))
            start = i
    return out


def plain(lines: Sequence[Line]) -> str:
    """The lines as text without colour: what a pipe or NO_COLOR gets, without rich."""
    return "".join("".join(seg.text for seg in line.segments).rstrip() + "\n" for line in lines)


def fitted(text: str, width: int, keep: str = "") -> str:
    """`text` + `keep` in exactly `width` columns: padded, or `text` shortened with an
    ellipsis so that `keep` (a status after a name) stays readable."""
    whole = text + keep
    if len(whole) <= width:
        return whole.ljust(width)
    if keep and width - len(keep) >= 2:
        return text[: width - len(keep) - 1] + "…" + keep
    return whole[: max(width - 1, 0)] + "…" if width else ""


def place(width: int, labels_at: Sequence[tuple[int, str]]) -> str:
    """Axis labels at their columns, left to right, each dropped if it would run into
    the one before or past the end."""
    line = [" "] * width
    free = 0
    for column, text in labels_at:
        if column < free or column + len(text) > width:
            continue
        line[column : column + len(text)] = text
        free = column + len(text) + 1
    return "".join(line)


def fits(width: int, labels_at: Sequence[tuple[int, str]]) -> bool:
    """Whether `place` keeps every label: none runs into the one before or past the end."""
    free = 0
    for column, text in labels_at:
        if column < free or column + len(text) > width:
            return False
        free = column + len(text) + 1
    return True


def regular(
    width: int, labels_at: Sequence[tuple[int, int, str]], steps: Sequence[int]
) -> list[tuple[int, str]]:
    """Labels (column, number, text) thinned to every `step`-th number (the smallest step
    whose labels all fit), so that an axis reads jan mar maj jul, not jan mar apr jul aug.
    The first label is kept when it is not on the step but still fits before the next."""
    if not labels_at:
        return []
    chosen: list[tuple[int, str]] = []
    for step in steps:
        on_step = [(c, text) for c, n, text in labels_at[1:] if n % step == 0]
        head = labels_at[0]
        if head[1] % step == 0 or fits(width, [(head[0], head[2]), *on_step[:1]]):
            on_step.insert(0, (head[0], head[2]))
        chosen = on_step
        if fits(width, chosen):
            return chosen
    return chosen


def today_column(line: tl.Timeline, today: dt.date | None) -> int | None:
    return line.span(today)[0] if today is not None and line.contains(today) else None
