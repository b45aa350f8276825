"""The markdown report read back by a real CommonMark/GFM parser (markdown-it-py, which
rich already brings): user text shows exactly as written, whatever it holds, and every
table keeps its columns."""

from __future__ import annotations

import datetime as dt
import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from handlingsplan.render import report_markdown
from handlingsplan.render.report_model import (
    Chart,
    Document,
    Facts,
    Heading,
    Para,
    Section,
    Table,
)

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "report" / "handlingsplan-2027.sv.md"
HOSTILE = [
    "Patch | upgrade *servers* and _logs_",
    "<script>alert(1)</script> & &amp; entities",
    "[a link](https://example.org) ![img](x.png) `code` ~~struck~~",
    "Ends with a hash #",
    "back\\slash \\| escaped pipe",
    "two\nlines\r\nand  spaces",
    "1 500 000 kr",
]


PLAN = """\
hplan: 1
plan: {{title: T, organisation: O, period: {{start: 2027-01-01, end: 2027-12-31}}}}
activities:
  - {{id: A1, name: "{name}", priority: low, responsible: K, start: 2027-02-01, end: 2027-03-01}}
"""


def gfm() -> MarkdownIt:
    return MarkdownIt("gfm-like", {"linkify": False}).disable("linkify")


class Cells(HTMLParser):
    """The text of each table row's cells, and of every list item and heading."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.items: list[str] = []
        self.tags: list[str] = []
        self._text: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "tr":
            self.rows.append([])
        if tag in ("td", "th", "li", "h1", "h2"):
            self._text = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._text is not None:
            self.rows[-1].append("".join(self._text))
        elif tag in ("li", "h1", "h2") and self._text is not None:
            self.items.append("".join(self._text))
        if tag in ("td", "th", "li", "h1", "h2"):
            self._text = None

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)


def read(markdown: str) -> Cells:
    parser = Cells()
    parser.feed(gfm().render(markdown))
    return parser


def shown(text: str) -> str:
    """What a reader should see: the text on one line, spaces collapsed."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def document(text: str) -> Document:
    blocks = [Heading(text, 1), Facts([("Label", text)]),
              Table(["Id", "Name", "Sum"], [["A1", text, "1"], ["A2", "", "2"]], numeric=frozenset({2}))]  # fmt: skip
    return Document([Section(text, "en", text, dt.date(2027, 6, 15), [*blocks, Para(text)])])


@pytest.mark.parametrize("text", HOSTILE)
def test_user_text_shows_as_written(text: str) -> None:
    out = read(report_markdown.render(document(text)))
    assert out.rows[1] == ["A1", shown(text), "1"]
    assert out.rows[2] == ["A2", "", "2"]
    assert shown(text) in out.items  # the heading
    assert f"Label: {shown(text)}" in out.items
    assert not {"script", "a", "img", "code", "s", "del", "em"} & set(out.tags)


def test_marking_is_the_first_line() -> None:
    text = report_markdown.render(document("SECRET | <b>"))
    assert text.splitlines()[0] == r"**SECRET \| \<b\>**"


def test_no_break_spaces_stay() -> None:
    assert report_markdown.escape("1\u00a0500 kr") == "1\u00a0500 kr"


def test_fence_is_longer_than_any_backticks_inside(tmp_path: Path) -> None:
    from handlingsplan import load_plan

    path = tmp_path / "plan.yaml"
    path.write_text(PLAN.format(name="odd ```` name"), encoding="utf-8")
    plan = load_plan(str(path))
    assert plan is not None
    text = report_markdown.chart(Chart(plan, "en", dt.date(2027, 6, 15), None))
    assert text.startswith("`````mermaid\n") and text.endswith("\n`````")
    rendered = gfm().render(text)
    assert rendered.count("<pre>") == 1 and "odd ```` name" in rendered


def test_golden_report_is_valid_gfm() -> None:
    """The golden Swedish report parses into its sections, tables of even rows, and one
    Mermaid block."""
    text = GOLDEN.read_text(encoding="utf-8")
    rendered = gfm().render(text)
    out = read(text)
    assert out.tags.count("table") == 9
    for table in re.findall(r"<table>.*?</table>", rendered, re.S):
        widths = {len(row) for row in read_table(table)}
        assert len(widths) == 1, table
    assert rendered.count('<code class="language-mermaid">') == 1
    assert html.unescape(rendered).count("Konfidentiell enligt OSL 18 kap. 8 §") >= 1
    assert "<h2>Avvikelser</h2>" in rendered


def read_table(table: str) -> list[list[str]]:
    parser = Cells()
    parser.feed(table)
    return parser.rows
