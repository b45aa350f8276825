"""The starter plan of `hplan init` as text: it validates with only the draft info in
both languages, any organisation or unit reads back exactly, and the comments stay
comments whatever the user typed."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from handlingsplan import starter
from handlingsplan.model import Header
from handlingsplan.pipeline import validate_text

HOSTILE = [
    'Acme "Robotics": #1 AB',
    "Kommunen: it's # not a comment",
    "- Räksmörgås & Öl ÅÄÖ",
    "null",
    "yes",
    "2027-01-01",
    "1e3",
    "{org: [1, 2]}",
    "  padded  ",
    "two\nlines",
    "tab\there",
    "*alias &anchor !tag |>",
    "% directive",
    "\u2028separator\ufeff",
    "'single' \"double\" `back`",
    "%YEAR% %MODELINE%",
]


def _read(text: str) -> tuple[list[str], Header]:
    result = validate_text(text, "plan.yaml")
    assert result.plan is not None and result.plan.header is not None
    return [d.code for d in result.diagnostics], result.plan.header


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_validates_with_only_the_draft_info(lang: str) -> None:
    codes, header = _read(starter.text(starter.Starter("Exempelkommunen", 2028, lang)))
    assert codes == ["HP503"]
    assert header.language == lang
    assert str(header.period.start) == "2028-01-01"
    assert str(header.period.end) == "2028-12-31"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_has_one_example_of_each_and_the_schema_line(lang: str) -> None:
    text = starter.text(starter.Starter("X", 2030, lang, "IT"))
    assert text.startswith("# yaml-language-server: $schema=hplan-plan-1.schema.json\n")
    result = validate_text(text, "plan.yaml")
    assert result.plan is not None
    assert [g.id for _i, g in result.plan.goals] == ["M1"]
    assert [a.id for _i, a in result.plan.activities] == ["A1"]
    assert [b.id for _i, b in result.plan.backlog] == ["B1"]
    assert "%" not in text.replace("% ", "")  # every token filled in


def test_words_of_the_plan_language() -> None:
    sv = starter.text(starter.Starter("X", 2028, "sv"))
    en = starter.text(starter.Starter("X", 2028, "en"))
    assert "    priority: hög" in sv and "    status: planerad" in sv and "kind: åtgärd" in sv
    assert "    priority: high" in en and "    status: planned" in en and "kind: measure" in en
    assert "gap-analysen" in sv and "kortsiktiga säkerhetsmålen" in sv and "Backloggen" in sv
    assert "gap analysis" in en and "short-term security goals" in en and "backlog" in en


def test_title_and_default_file() -> None:
    made = starter.Starter("Exempelkommunen", 2028, "sv", "IT-avdelningen")
    assert starter.title(made) == (
        "Handlingsplan för informationssäkerhet 2028, IT-avdelningen, Exempelkommunen"
    )
    assert starter.title(starter.Starter("Northwind", 2027, "en")) == (
        "Information security action plan 2027, Northwind"
    )
    assert starter.default_file(2028, "sv") == "handlingsplan-2028.yaml"
    assert starter.default_file(2028, "en") == "action-plan-2028.yaml"


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_read_back(name: str) -> None:
    for lang in ("sv", "en"):
        codes, header = _read(starter.text(starter.Starter(name, 2028, lang, name)))
        assert codes == ["HP503"], name
        assert header.organisation == name
        assert header.unit == name


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1).filter(lambda s: s.strip() != ""))
@example("#")
@example(": ")
@example("%YEAR% %HEADER%")
def test_any_organisation_reads_back(name: str) -> None:
    codes, header = _read(starter.text(starter.Starter(name, 2028, "en")))
    assert codes == ["HP503"]
    assert header.organisation == name


def test_user_text_never_stands_in_a_comment() -> None:
    """Only the lines that carry values hold the user's words: a line break in a name
    cannot make YAML of a comment or a comment of YAML."""
    name = "Evil\n# hplan: 2\nplan: x"
    text = starter.text(starter.Starter(name, 2028, "en", name))
    carrying = [line for line in text.splitlines() if "Evil" in line]
    assert [line.split(":")[0] for line in carrying] == ["  title", "  organisation", "  unit"]
    assert not re.search(r"^#.*Evil", text, re.MULTILINE)
