"""The report as one self-contained html file: inline CSS (report_css), the Gantt chart
as inline SVG, nothing fetched from anywhere, so it opens the same offline and on a
machine that must not call out. Every user string passes `html.escape`."""

from __future__ import annotations

import re
from html import escape

from handlingsplan.render.report_css import STYLE, page_rules
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

GANTT_WIDTH = 100  # columns: wider only widens the time axis, and shrinks the text on A4
# Cells wrap between words only (a compound word broken in two reads badly), so a token
# longer than any word, a URL, gets break points of its own: else its column could
# push the table past the page's edge.
_LONG = re.compile(r"\S{41,}")
_PIECE = re.compile(r".{1,20}(?:/+|$)|.{20}")


def cell(text: str) -> str:
    """Escaped text for a table cell, with <wbr> break points inside very long tokens."""
    out, at = [], 0
    for match in _LONG.finditer(text):
        out.append(escape(text[at : match.start()]))
        out.append("<wbr>".join(escape(piece) for piece in _PIECE.findall(match[0])))
        at = match.end()
    return "".join(out) + escape(text[at:])


def render(doc: Document) -> str:
    body = "\n".join(section(s) for s in doc.sections)
    marking = doc.marking
    if marking:
        # The marking repeats on every page; the layout table's empty head keeps the
        # room under it free on every page (report_css explains).
        body = (f'<div class="marking" role="note">{escape(marking)}</div>\n'
                '<table class="page" role="presentation"><thead><tr><td></td></tr></thead>'
                f"<tbody><tr><td>\n{body}\n</td></tr></tbody></table>")  # fmt: skip
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(doc.lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(doc.title or 'hplan')}</title>\n"
        f"<style>{STYLE}{page_rules(marking, doc.lang)}\n</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def section(s: Section) -> str:
    inner = "\n".join(block(b) for b in s.blocks)
    return f'<section class="plan" lang="{escape(s.lang)}">\n{inner}\n</section>'


def block(b: Block) -> str:
    if isinstance(b, Heading):
        return f"<h{b.level}>{escape(b.text)}</h{b.level}>"
    if isinstance(b, Para):
        kind = "" if b.kind == "text" else f' class="{b.kind}"'
        return f"<p{kind}>{escape(b.text)}</p>"
    if isinstance(b, Facts):
        rows = "".join(f'<tr><th scope="row">{escape(k)}</th><td>{cell(v)}</td></tr>'
                       for k, v in b.rows)  # fmt: skip
        return f'<table class="facts"><tbody>{rows}</tbody></table>'
    if isinstance(b, Table):
        return table(b)
    return chart(b)


SMALL = 12  # rows: a table this short is kept on one page rather than split


def table(b: Table) -> str:
    head = "".join(f"<th{_class(b, n)}>{escape(h)}</th>" for n, h in enumerate(b.headers))
    states = [*b.states, *[""] * len(b.rows)][: len(b.rows)]
    rows = "\n".join(_row(b, cells, state) for cells, state in zip(b.rows, states, strict=True))
    kind = "data" + (" small" if len(b.rows) <= SMALL else "")
    # A count beside a word needs no more than half the page.
    kind += " narrow" if len(b.headers) <= 2 else ""
    return (f'<table class="{kind}"><thead><tr>{head}</tr></thead>'
            f"<tbody>\n{rows}\n</tbody></table>")  # fmt: skip


def _class(b: Table, n: int) -> str:
    names = [
        name
        for name, cols in (("num", b.numeric), ("tight", b.tight), ("prose", b.prose))
        if n in cols
    ]
    return f' class="{" ".join(names)}"' if names else ""


def _row(b: Table, cells: list[str], state: str) -> str:
    out = []
    for n, value in enumerate(cells):
        text = cell(value)
        if n == b.state_column and state:
            text = f'<span class="state s-{escape(state)}">{text}</span>'
        out.append(f"<td{_class(b, n)}>{text}</td>")
    return "<tr>" + "".join(out) + "</tr>"


def chart(b: Chart) -> str:
    """The rich Gantt chart as inline SVG (render/gantt.py draws it, escaping the text;
    its font is a local one, never a URL: render/console.py)."""
    from handlingsplan.render import gantt

    spec = gantt.Spec(fmt="svg", lang=b.lang, width=GANTT_WIDTH, color=True, today=b.today,
                      marking=b.marking)  # fmt: skip
    return f'<figure class="gantt">\n{gantt.render(b.plan, spec)}\n</figure>'
