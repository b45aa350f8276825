"""The html report's structure, read back with the standard library's HTML parser: every
user string is text (never markup), the marking repeats on every page, and the CSS
strings in the page margins cannot be broken out of. How it looks in a real browser:
test_report_browser.py."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import pytest

from handlingsplan.render import report_css, report_html
from handlingsplan.render.report_model import Document, Facts, Heading, Para, Section, Table

HOSTILE = [
    "<script>alert(1)</script>",
    "quote \" and ' and & and </style> and </td>",
    "Åsa & Östen: 18 kap. 8 § OSL",
]


class Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.data: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.data.append(data)


def parse(page: str) -> Text:
    parser = Text()
    parser.feed(page)
    return parser


def doc(text: str, marking: str | None) -> Document:
    blocks = [Heading(text, 1), Para(text, "lead"), Facts([(text, text)]),
              Table([text, "n"], [[text, "1"]], numeric=frozenset({1}), states=["overdue"],
                    state_column=0)]  # fmt: skip
    return Document([Section(text, "sv", marking, dt.date(2027, 6, 15), blocks)])


@pytest.mark.parametrize("text", HOSTILE)
def test_user_text_is_text(text: str) -> None:
    page = report_html.render(doc(text, text))
    parsed = parse(page)
    assert "script" not in parsed.tags
    # title, marking, heading, lead, fact label and value, header cell, state cell
    assert parsed.data.count(text) == 8
    style = page.split("<style>", 1)[1].split("</style>", 1)[0]
    assert text not in style  # the margin's copy is a CSS string of escapes


def test_marking_repeats_and_keeps_its_room() -> None:
    page = report_html.render(doc("Plan", "HEMLIG"))
    assert '<div class="marking" role="note">HEMLIG</div>' in page
    assert '<table class="page" role="presentation"><thead><tr><td></td></tr></thead>' in page
    assert "position: fixed" in page and "@bottom-left" in page


def test_no_marking_no_header() -> None:
    page = report_html.render(doc("Plan", None))
    assert 'class="marking"' not in page and 'class="page"' not in page
    assert "@bottom-left" not in page and "@bottom-right" in page


def test_states_and_numbers_are_classed() -> None:
    page = report_html.render(doc("Plan", None))
    assert '<td class="tight"><span class="state s-overdue">Plan</span></td>' in page
    assert '<td class="num">1</td>' in page
    assert 'class="data small narrow"' in page


def css_unescape(text: str) -> str:
    return re.sub(r"\\([0-9a-f]{1,6}) ", lambda m: chr(int(m[1], 16)), text)


@pytest.mark.parametrize("text", [*HOSTILE, "Konfidentiell enligt OSL 18 kap. 8 §", ""])
def test_css_string_round_trips_and_holds_nothing_special(text: str) -> None:
    quoted = report_css.css_string(text)
    assert quoted[0] == quoted[-1] == '"'
    body = quoted[1:-1]
    assert not set(body) & set("\"'<>\\;{}/") - {"\\"}
    assert css_unescape(body) == text


def test_page_numbers_in_the_language() -> None:
    assert 'content: "Sida\\20 " counter(page) "\\20 av\\20 " counter(pages);' in (
        report_css.page_rules(None, "sv")
    )
    assert '"Page\\20 " counter(page) "\\20 of\\20 " counter(pages)' in report_css.page_rules(
        None, "en"
    )
