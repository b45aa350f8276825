"""The terminal table without colour, laid out here instead of by rich's Table.

Rich's Table costs about half a millisecond a row, which doubled `hplan table` on a
plan of 1,000 activities; without colour there is nothing for it to add, since
table_draw already decides every column's width. This writes the same characters as
the rich table that table_draw builds (box.SIMPLE, no edge, two spaces between columns,
a rule under the headers and above the totals), wrapping names with rich's own
line-breaking function; tests/render/test_table.py holds the two to the same text.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from rich._wrap import divide_line
from rich.cells import cell_len, set_cell_size

from handlingsplan.render.columns import Column

GAP = "  "
RULE = "─"
_RIGHT = frozenset({"money", "hours", "percent"})


def wrapped(text: str, width: int) -> list[str]:
    """A wrapping cell's lines, broken where rich breaks them (a word longer than the
    column is folded)."""
    lines: list[str] = []
    for part in text.split("\n"):
        cuts = [0, *divide_line(part, width, fold=True), len(part)]
        lines.extend(part[a:b].rstrip() for a, b in itertools.pairwise(cuts))
    return lines or [""]


def _cut(text: str, width: int) -> str:
    """A cell that never wraps: shortened with an ellipsis when it must."""
    line = text.replace("\n", " ")
    return line if cell_len(line) <= width else set_cell_size(line, width - 1) + "…"


def _fill(text: str, width: int, right: bool) -> str:
    pad = " " * max(width - cell_len(text), 0)
    return pad + text if right else text + pad


def _row(
    texts: Sequence[str], cols: Sequence[tuple[Column, int, bool]], bottom: bool = False
) -> list[str]:
    """One row of cells as lines: each cell wrapped or cut, then padded to its width;
    `bottom` aligns the cells at the bottom, as rich does for the header row."""
    cells = [
        wrapped(text, width) if wraps else [_cut(text, width)]
        for text, (_, width, wraps) in zip(texts, cols, strict=True)
    ]
    height = max(len(lines) for lines in cells)
    if bottom:
        cells = [[""] * (height - len(lines)) + lines for lines in cells]
    out = []
    for n in range(height):
        parts = [
            _fill(lines[n] if n < len(lines) else "", width, column.kind in _RIGHT)
            for lines, (column, width, _) in zip(cells, cols, strict=True)
        ]
        out.append(GAP.join(parts).rstrip())
    return out


def table(
    cols: Sequence[tuple[Column, int, bool]],
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    footer: Sequence[str] | None,
) -> str:
    """The table as text: (column, width, wraps) per column, the header cells, each
    row's cells, and the totals' cells (or None)."""
    rule = RULE * (sum(width for _, width, _ in cols) + len(GAP) * (len(cols) - 1))
    lines = [*_row(headers, cols, bottom=True), rule]
    for texts in rows:
        lines.extend(_row(texts, cols))
    if footer is not None:
        lines += [rule, *_row(footer, cols)]
    return "\n".join(lines) + "\n"
