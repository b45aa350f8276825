"""The management-review report as a document of plain blocks, shared by its two outputs.

`report_build` turns a plan and its `status.Summary` into these blocks, every word and
number already in the plan's language; `report_markdown` and `report_html` only write
them in their syntax. So the two formats can never disagree about a figure, and neither
renderer knows anything of plans beyond the Gantt chart it draws. Text in a block is
plain text as the user wrote it: each renderer escapes it for its own syntax.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import KW_ONLY, dataclass, field

from handlingsplan.i18n import t
from handlingsplan.model import Plan
from handlingsplan.render.columns import number
from handlingsplan.render.status import percent


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2  # 1: a plan's title; 2: a section of it


@dataclass(frozen=True)
class Para:
    text: str
    kind: str = "text"  # text | lead (under the title) | note (a remark) | banner (errors)


@dataclass(frozen=True)
class Facts:
    """Label and value pairs: the plan's particulars, the key figures."""

    rows: list[tuple[str, str]]


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[list[str]]
    _: KW_ONLY
    numeric: frozenset[int] = frozenset()  # columns aligned right
    tight: frozenset[int] = frozenset({0})  # columns kept on one line: ids
    prose: frozenset[int] = frozenset()  # long text, which may break inside a word
    states: list[str] = field(default_factory=list)  # one followup state a row, or none
    state_column: int | None = None  # the cell that names the state, for colour in html


@dataclass(frozen=True)
class Chart:
    """The Gantt chart of a plan: Mermaid in markdown, the rich SVG in html."""

    plan: Plan
    lang: str
    today: dt.date
    marking: str | None


Block = Heading | Para | Facts | Table | Chart


@dataclass(frozen=True)
class Section:
    """One plan's report."""

    title: str
    lang: str
    marking: str | None
    today: dt.date
    blocks: list[Block]


@dataclass(frozen=True)
class Document:
    sections: list[Section]

    @property
    def lang(self) -> str:
        return self.sections[0].lang if self.sections else "en"

    @property
    def title(self) -> str:
        return " · ".join(s.title for s in self.sections)

    @property
    def marking(self) -> str | None:
        """Every plan's marking, each once, in order: what heads every page."""
        found = dict.fromkeys(s.marking for s in self.sections if s.marking)
        return " · ".join(found) or None


def state_name(state: str, lang: str) -> str:
    """A followup state as a table cell reads it ("Ligger efter")."""
    return t(f"report.state.{state}", lang)


def pct(value: float | None, lang: str) -> str:
    """Whole percent as `hplan status` rounds it; "–" where there is nothing to count."""
    return percent(value, lang)


def share(part: float | None, whole: float | None, lang: str) -> str:
    """`part` as a percentage of `whole`; "–" when either is unknown or `whole` is 0."""
    if part is None or not whole:
        return "–"
    return pct(100.0 * part / whole, lang)


def count(value: float, lang: str) -> str:
    return number(value, lang)


def dash(text: str | None) -> str:
    """An empty cell is written "–": a blank reads as a printing fault in a board paper."""
    return text if text else "–"
