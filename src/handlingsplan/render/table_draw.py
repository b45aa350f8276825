"""The terminal table of `hplan table`: which columns fit, how wide, and rich to draw it.

The terminal table keeps every column that fits at `spec.width` beside an activity name
of about three tenths of the width (16 columns at least). Columns that do not fit are dropped:
columns with nothing in them first, then the least useful for a meeting: controls,
goals, progress, hours, status, start, cost, responsible, end, priority (id and activity
always stay); a line under the table names them. At 100 columns the Swedish example
shows id, activity, priority, cost, responsible, start and end; at 80 id, activity,
priority, cost, responsible and end; at 40 id, activity and priority. Short values
never wrap: numbers are right-aligned, ids and dates cut with an ellipsis if they must;
names, people and lists wrap between words. The goals list drops hours, then cost, then
progress, and gives the goal (with its activities under it) six tenths of the width.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from handlingsplan.i18n import t
from handlingsplan.model import NOT_COUNTED, Plan
from handlingsplan.render import columns
from handlingsplan.render.columns import Column
from handlingsplan.render.console import Verbatim
from handlingsplan.render.table import GoalSummary, Grid, Row, Spec

if TYPE_CHECKING:
    from rich.table import Table

    from handlingsplan.render.table_export import Words

# --- the terminal table: which columns fit, and how wide ------------------------------

GAP = 2  # between two columns
FLEX_MIN = 16  # the activity name is never narrower (unless the width leaves less)
ID_MAX = 12
WORD_MAX = 20  # a longer word in a wrapping column is folded
FLEX_WORD_MAX = 30  # in the activity column (Swedish compounds are long)
LABEL_MAX = 24  # the activity column's room for the totals' label under it
DROP = {
    "activities": ("controls", "goals", "progress", "hours", "status", "start", "money",
                   "responsible", "end", "priority"),
    "backlog": ("requirements", "hours", "target", "money", "priority"),
    "goals": ("hours", "money", "progress"),
}  # fmt: skip
WRAPS = frozenset({"name", "title", "goals", "controls", "requirements", "responsible", "target"})


def measure(key: str, header: str, texts: Sequence[str], cap: int = WORD_MAX) -> tuple[int, int]:
    """(the narrowest, the natural) width of a column of these cells: a wrapping column
    is as narrow as its longest word, up to `cap`."""
    from rich.cells import cell_len

    lines = [header, *(line for text in texts for line in text.split("\n"))]
    natural = max(cell_len(line) for line in lines)
    if key == "id":
        natural = min(natural, ID_MAX)
    if key not in WRAPS:
        return natural, natural
    words = [cell_len(word) for line in lines for word in line.split()]
    return min(max(words, default=1), cap), natural


def layout(
    sizes: dict[str, tuple[int, int]], flex: str, drop: Sequence[str], width: int, share: int = 3
) -> dict[str, int]:
    """The width of each column shown, in the order of `sizes` ((narrowest, natural) per
    column): columns in `drop` are dropped in turn until the rest fit beside a `flex`
    column of `share` tenths of the width. `flex` then gets room for its longest word (its
    narrowest), the others grow to their natural width, and `flex` takes what is left,
    up to its own."""
    shown = list(sizes)
    target = min(sizes[flex][1], max(FLEX_MIN, width * share // 10))
    for key in drop:
        if _need(sizes, shown, flex) + target <= width:
            break
        if key in shown:
            shown.remove(key)
    widths = {k: sizes[k][0] for k in shown if k != flex}
    spare = width - _need(sizes, shown, flex)
    first = max(1, min(max(FLEX_MIN, sizes[flex][0]), sizes[flex][1], spare))
    spare -= first
    for key, now in widths.items():
        grow = max(0, min(sizes[key][1] - now, spare))
        widths[key], spare = now + grow, spare - grow
    widths[flex] = first + max(0, min(sizes[flex][1] - first, spare))
    return {k: widths[k] for k in shown}


def _need(sizes: dict[str, tuple[int, int]], shown: list[str], flex: str) -> int:
    """The width of the shown columns at their narrowest, without `flex`."""
    return sum(sizes[k][0] for k in shown if k != flex) + GAP * (len(shown) - 1)


# --- the terminal table: drawing -----------------------------------------------------

PRIORITY_STYLE = {"critical": "bold red", "high": "yellow", "medium": "", "low": "dim"}


def draw(plan: Plan, grid: Grid, spec: Spec) -> str:
    """The grid as text, SVG or HTML: marking, heading and banner, the table, totals."""
    from rich.text import Text

    from handlingsplan.render import console, table_export

    words = table_export.Words(plan, spec.lang)
    parts: list[Any] = [Text(spec.marking, style="bold")] if spec.marking else []
    title, subtitle = words.heading()
    parts += [Text(title, style="bold"), *(Text(line) for line in subtitle)]
    if spec.banner:
        parts.append(Text(spec.banner, style="bold yellow"))
    parts.append(Text(""))
    if grid.rows:
        parts += _body(grid, spec, words)
    else:
        parts.append(Text(table_export.empty(grid, spec.lang)))
    return console.draw(parts, spec.width, spec.color, spec.fmt, title)


def _body(grid: Grid, spec: Spec, words: Words) -> list[Any]:
    from rich.text import Text

    cols = [c for c in grid.terminal if not (grid.mode == "goals" and c.key == "activities")]
    cells = [_cells(grid, i, cols, spec.lang) for i in range(len(grid.rows))]
    flex = "title" if grid.mode == "goals" else "name"
    sizes = {c.key: measure(c.key, c.header(spec.lang), [r[j] for r in cells],
                            FLEX_WORD_MAX if c.key == flex else WORD_MAX)
             for j, c in enumerate(cols)}  # fmt: skip
    if grid.totals is not None:  # room for the totals' label, in two lines or so
        narrowest, natural = sizes[flex]
        sizes[flex] = (narrowest, max(natural, min(LABEL_MAX, len(words.total_label(grid.totals)))))
    # A goal's cell holds its activities too: it needs more room than an activity name.
    # Columns with nothing in them go first: dropping them loses nothing.
    empty = [k for j, k in enumerate(c.key for c in cols) if not any(r[j] for r in cells)]
    drop = sorted(DROP[grid.mode], key=lambda k: k not in empty)
    widths = layout(sizes, flex, drop, spec.width, 6 if flex == "title" else 3)
    # The totals go in the table's last row, labelled under the names, when both amounts
    # have a column; else they head the budget lines under the table.
    footer = grid.totals is not None and "money" in widths and "hours" in widths
    totals = words if footer else None
    if spec.fmt == "text" and not spec.color and grid.mode != "goals" and _plain_works():
        parts: list[Any] = [_plain(grid, cols, cells, widths, totals, spec.lang)]
    else:
        parts = [_rich(grid, cols, cells, widths, totals, spec.lang)]
    hidden = [c.header(spec.lang) for c in cols if c.key not in widths]
    if hidden:
        parts.append(Text(t("table.hidden", spec.lang, columns=", ".join(hidden)), style="dim"))
    if grid.totals is not None:
        parts += _summary_parts(words.summary(grid.totals, with_total=not footer))
    return parts


def _cells(grid: Grid, index: int, cols: Sequence[Column], lang: str) -> list[str]:
    """One row's cells as text; a goal's title cell lists its activities under it."""
    row = grid.rows[index]
    texts = [columns.text(c, row[c.key], lang) for c in cols]
    if grid.mode != "goals":
        return texts
    goal = grid.goals[index]
    from handlingsplan.render.table_export import goal_activity

    width = max((len(a.id) for a in goal.activities), default=0)
    lines = [goal.title or t("table.no_goal", lang)]
    for a in goal.activities:  # as _goal_cell draws them: ids in a column of their own
        lines.append(f"  {a.id.ljust(width)} {goal_activity(a, lang).removeprefix(a.id + ' ')}")
    keys = [c.key for c in cols]
    texts[keys.index("title")] = "\n".join(lines)
    if goal.progress is None:
        texts[keys.index("progress")] = "–"
    return texts


def _plain_works() -> bool:
    """table_plain breaks lines with rich's own (private) function; should a rich
    release move it, the table is drawn by rich's Table instead, more slowly."""
    try:
        from handlingsplan.render import table_plain  # noqa: F401
    except ImportError:  # pragma: no cover - depends on the installed rich
        return False
    return True


def _plain(
    grid: Grid, cols: Sequence[Column], cells: list[list[str]], widths: dict[str, int],
    words: Words | None, lang: str,
) -> Verbatim:  # fmt: skip
    """The same table as `_rich`, laid out without rich (table_plain.py): no colour."""
    from handlingsplan.render import table_plain

    shown = [(j, c) for j, c in enumerate(cols) if c.key in widths]
    spec = [(c, widths[c.key], c.key in WRAPS) for _, c in shown]
    footer = words.footer(grid.totals) if words and grid.totals is not None else None
    return Verbatim(table_plain.table(
        spec,
        [c.header(lang) for _, c in shown],
        [[texts[j] for j, _ in shown] for texts in cells],
        None if footer is None else [footer.get(c.key, "") for _, c in shown],
    ))  # fmt: skip


def _rich(
    grid: Grid, cols: Sequence[Column], cells: list[list[str]], widths: dict[str, int],
    words: Words | None, lang: str,
) -> Table:  # fmt: skip
    """The rich table; with `words`, a last row of totals."""
    from rich import box
    from rich.table import Table

    footer = words.footer(grid.totals) if words and grid.totals is not None else {}
    table = Table(box=box.SIMPLE, padding=(0, 1), collapse_padding=True, pad_edge=False,
                  show_edge=False, show_footer=bool(footer))  # fmt: skip
    shown = [(j, c) for j, c in enumerate(cols) if c.key in widths]
    for _, c in shown:
        table.add_column(c.header(lang), footer=footer.get(c.key, ""), width=widths[c.key],
                         **_column_style(c))  # fmt: skip
    goals: list[GoalSummary | None] = [*grid.goals] or [None] * len(grid.rows)
    for row, texts, goal in zip(grid.rows, cells, goals, strict=True):
        table.add_row(*(_cell(c, row, texts[j], goal, lang) for j, c in shown),
                      style=_row_style(row))  # fmt: skip
    return table


def _column_style(c: Column) -> dict[str, Any]:
    if c.kind in ("money", "hours", "percent"):
        return {"justify": "right", "no_wrap": True}
    if c.key in WRAPS:
        return {"overflow": "fold"}
    return {"no_wrap": True, "overflow": "ellipsis"}


def _cell(c: Column, row: Row, text: str, goal: GoalSummary | None, lang: str) -> Any:
    from rich.text import Text

    if goal is not None and c.key == "title":
        return _goal_cell(goal, lang)
    if c.key == "priority" and isinstance(row.get("priority"), str):
        return Text(text, style=PRIORITY_STYLE.get(str(row["priority"]), ""))
    return text


def _goal_cell(goal: GoalSummary, lang: str) -> Any:
    """The goal's title, and under it its activities, names wrapped beside their ids."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    from handlingsplan.render.table_export import goal_activity

    listed = Table.grid(padding=(0, 1, 0, 0))
    listed.add_column(no_wrap=True)
    listed.add_column(overflow="fold")
    for a in goal.activities:
        listed.add_row(f"  {a.id}", goal_activity(a, lang).removeprefix(f"{a.id} "))
    return Group(Text(goal.title or t("table.no_goal", lang), style="bold"), listed)


def _row_style(row: Row) -> str:
    status = row.get("status")
    return "dim" if status == "done" or status in NOT_COUNTED else ""


def _summary_parts(lines: list[tuple[str, list[str]]]) -> list[Any]:
    """The budget lines as a grid of label and amounts; a sentence stands alone."""
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 2))
    grid.add_column()
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column(justify="right", no_wrap=True)
    sentences = []
    for label, values in lines:
        if values:
            grid.add_row(label, *values)
        else:
            sentences.append(Text(label))
    return [Text(""), grid, *sentences] if grid.row_count else [Text(""), *sentences]
