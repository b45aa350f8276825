"""The report as GitHub-flavoured markdown: readable as plain text in a pull request and
rendered as a document by GitHub, GitLab and pandoc.

User text is escaped so that a name can never become markup: a `|` would end a table
cell, a `*` start emphasis, a `<` raw HTML, a trailing `#` shorten a heading. Every
ASCII punctuation character may be backslash-escaped in CommonMark, so that is how.
"""

from __future__ import annotations

import re

from handlingsplan.render.report_model import (
    Block,
    Chart,
    Document,
    Facts,
    Heading,
    Para,
    Section,
    Table,
)

_SPECIAL = re.compile(r"([\\`*_\[\]<>|&~#])")
_TICKS = re.compile(r"`+")
# Line breaks and runs of spaces become one space; a no-break space stays, so that
# "1 500 000 kr" is never broken over two lines.
_SPACE = re.compile(r"[ \t\r\n\f\v]+")


def escape(text: str) -> str:
    """Plain text as markdown that shows it as written, on one line."""
    return _SPECIAL.sub(r"\\\1", _SPACE.sub(" ", text).strip(" "))


def render(doc: Document) -> str:
    parts = [section(s) for s in doc.sections]
    first = doc.sections[0].marking if doc.sections else None
    if doc.marking and doc.marking != first:
        # Several plans with different markings: all of them head the document.
        parts.insert(0, f"**{escape(doc.marking)}**")
    return "\n\n---\n\n".join(parts) + "\n"


def section(s: Section) -> str:
    head = [f"**{escape(s.marking)}**"] if s.marking else []
    return "\n\n".join([*head, *(block(b) for b in s.blocks)])


def block(b: Block) -> str:
    if isinstance(b, Heading):
        return "#" * b.level + " " + escape(b.text)
    if isinstance(b, Para):
        return para(b)
    if isinstance(b, Facts):
        return "\n".join(f"- **{escape(label)}:** {escape(value)}" for label, value in b.rows)
    if isinstance(b, Table):
        return table(b)
    return chart(b)


def para(b: Para) -> str:
    text = escape(b.text)
    if b.kind == "banner":
        return f"> **{text}**"
    return f"*{text}*" if b.kind in ("lead", "note") else text


def table(b: Table) -> str:
    lines = [_row(b.headers)]
    lines.append(
        _row(["---:" if n in b.numeric else "---" for n in range(len(b.headers))], raw=True)
    )
    lines.extend(_row(cells) for cells in b.rows)
    return "\n".join(lines)


def _row(cells: list[str], raw: bool = False) -> str:
    shown = cells if raw else [escape(cell) for cell in cells]
    return "| " + " | ".join(shown) + " |"


def chart(b: Chart) -> str:
    """The Gantt chart as a Mermaid block (render/mermaid.py), fenced by more backticks
    than any run of them in it, so no name can close the fence early."""
    from handlingsplan.render import gantt

    spec = gantt.Spec(fmt="mermaid", lang=b.lang, today=b.today, marking=b.marking)
    code = gantt.render(b.plan, spec).rstrip("\n")
    fence = "`" * max([3, *(len(run) + 1 for run in _TICKS.findall(code))])
    return f"{fence}mermaid\n{code}\n{fence}"
