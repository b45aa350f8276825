"""writer.py: plans written as a person would write them, and read back exactly.

Quoting (`scalar`): a string is plain only when YAML 1.1 (PyYAML and most tools) and
hplan's YAML 1.2 reading both give it back; flow or block by WIDTH; key order by ORDER
with `x-` keys last in the order written; absent fields left out; long text folded
(`>-`). Then round trips under hypothesis: any text as a mapping value and as a flow
list item, and whole nested trees, read back identical by yaml.safe_load and by hplan.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from handlingsplan import writer, yamlio

FAST = settings(max_examples=300, deadline=None)
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def hplan_reads(text: str) -> Any:
    loaded = yamlio.parse(yamlio.Loaded("x.yaml"), text)
    assert not loaded.diagnostics, (text, [(d.code, d.message_id) for d in loaded.diagnostics])
    return loaded.data


def note(value: Any) -> str:
    return f"note: {writer.scalar(value, flow=False)}\n"


# --- scalar(): what is quoted ---------------------------------------------------------------

# Strings some YAML reader takes for something else (bool, null, number, date, base 60,
# another node), or that a plain scalar cannot hold.
MUST_QUOTE = [
    "yes", "no", "on", "off", "Yes", "NO", "null", "Null", "~", "true", "False", "012",
    "1e3", "1E5", "1e-3", "0o17", "0x1F", "1:30", "8.10", "5.1", ".5", "+1", "-1", ".inf",
    ".iNf", ".nan", "", " lead", "trail ", "a: b", "a #b", "a:", "- x", "-", "[x]", "{x}",
    "@x", "`x", "#x", "&x", "*x", "!x", "%x", "|x", ">x", "?x", "'x'", '"x"', "<<",
    "rad ett\nrad två", "a\tb", "a\rb", "a\u2028b", "a\u2029b", "a\x85b", "a\x07b",
    "\ufeffa", "a\x00b",
]  # fmt: skip
STAYS_PLAIN = [
    "Grundutbildning för alla", "2027-01-01", "Kommunstyrelsen", "KS 2026/412",
    "GDPR art. 32", "G-14", "A.5.15", "it:A2", "a:b", "a#b", "diarie/2026-412.pdf",
    "Åtgärd – övrigt", "100 %", "1 500 000", "80 tkr",
]  # fmt: skip


@pytest.mark.parametrize("text", MUST_QUOTE)
def test_text_another_reader_would_misread_is_quoted(text: str) -> None:
    written = writer.scalar(text, flow=False)
    assert written.startswith('"') and written.endswith('"'), (text, written)
    assert yaml.safe_load(note(text))["note"] == text
    assert hplan_reads(note(text))["note"] == text


@pytest.mark.parametrize("text", STAYS_PLAIN)
def test_ordinary_text_stays_plain(text: str) -> None:
    assert writer.scalar(text, flow=False) == text


def test_nbsp_inside_text_stays_as_it_is() -> None:
    """A non-breaking space is no YAML whitespace: `1\u00a0500 kr` may stay plain, and
    must come back with its NBSP, not a space."""
    text = "1\u00a0500 kr"
    assert hplan_reads(note(text))["note"] == text
    assert yaml.safe_load(note(text))["note"] == text


@pytest.mark.parametrize("text", ["a,b", "a[b", "a]b", "a{b", "a}b"])
def test_flow_indicators_are_quoted_only_in_flow(text: str) -> None:
    assert writer.scalar(text, flow=False) == text
    flow = writer.scalar(text, flow=True)
    assert flow.startswith('"'), flow
    assert hplan_reads(f"l: [{flow}]\n")["l"] == [text]


def test_invalid_date_shaped_text_is_quoted() -> None:
    """`2027-02-30` looks like a date but is none: PyYAML's timestamp resolver takes it
    and then fails to build a date, so it must be quoted like any other misread text."""
    written = note("2027-02-30")
    assert yaml.safe_load(written)["note"] == "2027-02-30", written


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (True, "true"),
        (False, "false"),
        (0, "0"),
        (1500000, "1500000"),
        (-3, "-3"),
        (0.15, "0.15"),
        (40.0, "40"),
        (37.5, "37.5"),
        (dt.date(2028, 2, 29), "2028-02-29"),
        (yamlio.YInt(12, "012"), "012"),  # a number keeps the text it was written with
        (yamlio.YFloat(8.1, "8.10"), "8.10"),
    ],
)
def test_non_text_scalars(value: Any, text: str) -> None:
    assert writer.scalar(value, flow=False) == text
    assert writer.scalar(value, flow=True) == text


def test_numbers_kept_as_written_read_back_as_the_same_number() -> None:
    data = hplan_reads(note(yamlio.YFloat(8.1, "8.10")))
    assert data["note"] == 8.1 and data["note"].raw == "8.10"


# --- flow or block: WIDTH --------------------------------------------------------------------


def _list_of_width(room: int) -> list[str]:
    """Words whose flow list `[x, x, ..., xyy]` is exactly `room` characters long."""
    count = room // 3  # `[x]` is 3 characters, and each further `, x` another 3
    words = ["x"] * count
    words[-1] += "y" * (room - 3 * count)
    assert len("[" + ", ".join(words) + "]") == room
    return words


def test_a_list_that_fits_in_width_is_a_flow_list() -> None:
    prefix = "x-lista: "
    words = _list_of_width(writer.WIDTH - len(prefix))
    text = writer.dump({"x-lista": words})
    assert text == prefix + "[" + ", ".join(words) + "]\n"
    assert max(len(line) for line in text.splitlines()) == writer.WIDTH


def test_a_list_one_character_wider_is_a_block_list() -> None:
    words = _list_of_width(writer.WIDTH - len("x-lista: ") + 1)
    text = writer.dump({"x-lista": words})
    assert text == "x-lista:\n" + "".join(f"  - {w}\n" for w in words)
    assert hplan_reads(text) == {"x-lista": words}


def test_indentation_counts_towards_width() -> None:
    """The same list fits at the top level but not four spaces in (in an activity)."""
    words = _list_of_width(writer.WIDTH - len("goals: "))
    top = writer.dump({"goals": words})
    assert top == "goals: [" + ", ".join(words) + "]\n"
    nested = writer.dump({"activities": [{"id": "A1", "goals": words}]})
    assert "    goals:\n      - x\n" in nested
    assert hplan_reads(nested)["activities"][0]["goals"] == words


def test_short_mappings_are_flow_and_items_are_blocks() -> None:
    data = {
        "plan": {
            "title": "T",
            "period": {"start": dt.date(2027, 1, 1), "end": dt.date(2027, 12, 31)},
        },
        "activities": [{"id": "A1", "cost": {"money": 80000, "hours": 120}}],
    }
    text = writer.dump(data)
    assert "  period: {start: 2027-01-01, end: 2027-12-31}\n" in text
    assert "  - id: A1\n    cost: {money: 80000, hours: 120}\n" in text
    assert "plan: {" not in text  # the header and the items: one field per line


def test_entries_of_one_list_are_all_flow_or_all_blocks() -> None:
    short = {"date": "2027-04-30", "note": "kort"}
    long = {"date": "2027-08-31", "note": "lång " * 20 + "anteckning"}
    text = writer.dump({"activities": [{"id": "A1", "followups": [short, long]}]})
    assert "- {" not in text, text
    assert "      - date: 2027-04-30\n        note: kort\n" in text
    text = writer.dump({"activities": [{"id": "A1", "followups": [short, short]}]})
    assert text.count("      - {date: 2027-04-30, note: kort}\n") == 2, text


def test_a_mapping_holding_a_list_is_a_block() -> None:
    text = writer.dump({"x-karta": {"a": [1, 2]}})
    assert text == "x-karta:\n  a: [1, 2]\n"


# --- key order, absent fields ----------------------------------------------------------------


def test_keys_follow_order_and_x_keys_come_last_as_written() -> None:
    activity = {
        "x-zeta": 1,
        "status": "planned",
        "end": dt.date(2027, 2, 1),
        "x-alfa": 2,
        "name": "N",
        "start": dt.date(2027, 1, 1),
        "id": "A1",
        "carried_from": [{"progress": 0, "id": "A1", "period": dt.date(2026, 1, 1)}],
        "priority": "high",
    }
    data = {
        "x-top": "t",
        "activities": [activity],
        "plan": {"period": {"end": dt.date(2027, 12, 31), "start": dt.date(2027, 1, 1)}},
        "hplan": 1,
        "people": {"Örjan": {"hours_per_month": 10, "role": "CISO"}, "Anna": {"role": "IT"}},
    }
    text = writer.dump(data)
    top = [line.split(":")[0] for line in text.splitlines() if re.match(r"[a-z]", line)]
    assert top == ["hplan", "plan", "people", "activities", "x-top"]
    keys = re.findall(r"^    ([a-z_-]+):|^  - ([a-z_-]+):", text.split("activities:")[1], re.M)
    assert [a or b for a, b in keys] == [
        "id", "name", "priority", "start", "end", "status", "carried_from", "x-zeta", "x-alfa",
    ]  # fmt: skip
    assert "period: {start: 2027-01-01, end: 2027-12-31}" in text
    assert "- {period: 2026-01-01, id: A1, progress: 0}" in text
    # People keep the order they were written in (names, not fields), fields in ORDER.
    assert text.index("Örjan: {role: CISO, hours_per_month: 10}") < text.index("Anna:")
    assert hplan_reads(text) == {
        **data,
        "hplan": 1,
        "plan": {"period": {"start": "2027-01-01", "end": "2027-12-31"}},
        "activities": [
            {
                **activity,
                "start": "2027-01-01",
                "end": "2027-02-01",
                "carried_from": [{"period": "2026-01-01", "id": "A1", "progress": 0}],
            }
        ],
    }


def test_every_section_and_item_key_has_an_order() -> None:
    assert writer.ORDER[()][:2] == ("hplan", "plan")
    assert writer.ORDER[("activities",)][:2] == ("id", "name")
    assert writer.ORDER[("backlog",)] == writer.ORDER[("activities",)]


def test_absent_fields_are_left_out() -> None:
    item = {
        "id": "A1",
        "description": None,
        "goals": [],
        "effort": {},
        "progress": 0,
        "procurement": False,
        "notes": "",
    }
    text = writer.dump({"activities": [item]})
    assert (
        text == 'activities:\n  - id: A1\n    procurement: false\n    progress: 0\n    notes: ""\n'
    )
    assert "null" not in text and "[]" not in text and "{}" not in text


def test_comments_head_the_file() -> None:
    text = writer.dump({"hplan": 1}, ["Skapad från plan-2027.yaml", "", "när: 2027-12-01"])
    assert text == "# Skapad från plan-2027.yaml\n#\n# när: 2027-12-01\n\nhplan: 1\n"


def test_top_sections_and_items_are_set_apart_by_blank_lines() -> None:
    text = writer.dump(
        {"hplan": 1, "goals": [{"id": "M1", "title": "a"}, {"id": "M2", "title": "b"}]}
    )
    assert text == ("hplan: 1\n\ngoals:\n  - id: M1\n    title: a\n\n  - id: M2\n    title: b\n")


# --- long text -------------------------------------------------------------------------------

LONG = (
    "Mäts som andel av tillsvidare- och visstidsanställda med godkänt kursresultat: mål "
    "90 %, följs upp #kvartalsvis av HR och rapporteras till ledningen i november."
)


def test_long_text_is_folded_and_reads_back_exactly() -> None:
    text = writer.dump({"goals": [{"id": "M1", "description": LONG}]})
    lines = text.splitlines()
    assert lines[2] == "    description: >-"
    body = lines[3:]
    assert len(body) >= 2
    assert all(line.startswith("      ") and len(line) <= writer.WIDTH for line in body)
    assert hplan_reads(text)["goals"][0]["description"] == LONG
    assert yaml.safe_load(text)["goals"][0]["description"] == LONG


@pytest.mark.parametrize(
    "text",
    [
        LONG.replace(" 90 %", "  90 %"),  # two spaces: a fold would make them one
        LONG + "\t",
        " " + LONG,
        " första raden\nandra",  # a literal block reads its indentation off the first line
        "rad ett\r\nrad två",
        "rad ett\n\x07",
    ],
)
def test_long_text_a_fold_would_change_is_quoted(text: str) -> None:
    written = writer.dump({"note": text})
    assert written.startswith('note: "'), written
    assert hplan_reads(written)["note"] == text
    assert yaml.safe_load(written)["note"] == text


@pytest.mark.parametrize(
    ("text", "block"),
    [
        ("rad ett\nrad två", "note: |-\n  rad ett\n  rad två\n"),
        ("rad ett\nrad två\n", "note: |\n  rad ett\n  rad två\n"),
        ("rad ett\nrad två\n\n", "note: |+\n  rad ett\n  rad två\n\n"),
        ("# rubrik\n\n- punkt: ett\n  - indragen", None),
        ("\nefter en tom rad\n  indragen", None),
    ],
)
def test_text_of_several_lines_is_a_literal_block(text: str, block: str | None) -> None:
    written = writer.dump({"note": text})
    assert written.startswith("note: |"), written
    if block is not None:
        assert written == block
    assert hplan_reads(written)["note"] == text
    assert yaml.safe_load(written)["note"] == text


@pytest.mark.parametrize("char", ["\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\ufffe"])
def test_long_text_with_a_control_character_reads_back(char: str) -> None:
    """A long one-paragraph note with a control character (pasted from a word processor)
    is no `>-` block: a block scalar cannot escape it, and the file would be unreadable."""
    value = LONG + char + " slut"
    written = writer.dump({"note": value})
    assert hplan_reads(written)["note"] == value
    assert yaml.safe_load(written)["note"] == value


# --- round trips -----------------------------------------------------------------------------


def _yaml11_reads_as_date(text: str) -> bool:
    """writer keeps YYYY-MM-DD plain (a date is meant as one), so PyYAML gives a date."""
    return bool(DATE.fullmatch(text))


@FAST
@given(st.text())
@example("1e3")
@example("0o17")
@example("rad\u2028två")
@example("x" * 95)
@example(LONG + "\x07")
def test_any_text_as_a_mapping_value_reads_back(text: str) -> None:
    for written in (note(text), writer.dump({"note": text})):
        assert hplan_reads(written)["note"] == text, written
        if not _yaml11_reads_as_date(text):
            assert yaml.safe_load(written)["note"] == text, written


@pytest.mark.parametrize("text", ["a?", "Budget?", "x?y"])
def test_question_mark_in_a_flow_list_reads_back_with_pyyaml(text: str) -> None:
    """PyYAML's pure-Python scanner stops at `?` in a flow plain scalar (`[a?]`), which
    libyaml reads: what hplan writes in a flow list must be read by both."""
    dumped = writer.dump({"activities": [{"id": "A1", "resources": [text, "b"]}]})
    assert yaml.safe_load(dumped)["activities"][0]["resources"] == [text, "b"], dumped


@FAST
@given(st.text())
@example("a, b")
@example("1e3")
@example("]")
@example("a?")
def test_any_text_as_a_flow_list_item_reads_back(text: str) -> None:
    written = f"l: [{writer.scalar(text, flow=True)}, {writer.scalar(text, flow=True)}]\n"
    assert hplan_reads(written)["l"] == [text, text], written
    dumped = writer.dump({"x-l": [text, "b"]})
    assert hplan_reads(dumped)["x-l"] == [text, "b"], dumped
    if not _yaml11_reads_as_date(text):
        assert yaml.safe_load(written)["l"] == [text, text], written
        assert yaml.safe_load(dumped)["x-l"] == [text, "b"], dumped


scalars = st.one_of(
    st.text(max_size=30),
    st.integers(-(10**12), 10**12),
    st.booleans(),
    st.dates(),
)
keys = st.text(min_size=1, max_size=12)
trees = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=4),
        st.dictionaries(keys, inner, min_size=1, max_size=4),
    ),
    max_leaves=25,
)


def as_hplan_reads(value: Any) -> Any:
    """What hplan's reader gives for a value written by writer: dates as their text."""
    if isinstance(value, dict):
        return {k: as_hplan_reads(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_hplan_reads(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _has_date_text(value: Any) -> bool:
    if isinstance(value, dict):
        return any(_has_date_text(k) or _has_date_text(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_date_text(v) for v in value)
    return isinstance(value, str) and _yaml11_reads_as_date(value)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(keys, trees, min_size=1, max_size=5))
def test_nested_trees_read_back(data: dict[str, Any]) -> None:
    text = writer.dump(data, ["en kommentar"])
    assert hplan_reads(text) == as_hplan_reads(data), text
    if not _has_date_text(data):
        assert yaml.safe_load(text) == data, text


def test_a_person_without_fields_keeps_the_name() -> None:
    """`Per Ek:` (or `Per Ek: {}`) is a person with no role and no hours: the name is the
    data, so it is written even though the fields are absent."""
    text = writer.dump({"people": {"Maria Lind": {"role": "CISO"}, "Per Ek": None, "Åsa": {}}})
    assert list(hplan_reads(text)["people"]) == ["Maria Lind", "Per Ek", "Åsa"], text


def test_x_keys_are_written_whatever_their_value() -> None:
    """`x-` keys are the user's: written as they were, empty values included."""
    item = {"id": "A1", "x-tom": None, "x-lista": [], "x-karta": {}}
    text = writer.dump({"activities": [item]})
    assert hplan_reads(text)["activities"][0] == item, text


def test_null_inside_a_users_value_stays_null() -> None:
    """`x-lista: [~, a]` and `x-karta: {a: ~}` are the user's own data: a null inside
    is written as null (not as the text `None`, not left out)."""
    data = {"x-lista": [None, "a"], "x-karta": {"a": None, "b": 1}}
    text = writer.dump({"activities": [{"id": "A1", **data}]})
    assert hplan_reads(text)["activities"][0] == {"id": "A1", **data}, text


@FAST
@given(st.floats(allow_nan=False, allow_infinity=False))
@example(1e-05)
@example(0.5)
@example(1e16)
def test_floats_read_back_as_the_same_number(number: float) -> None:
    """A progress of `0,00001` is the float 1e-05: `1e-05` without a dot is text to
    YAML 1.1 (PyYAML), so it must be written in a form both readers take as a number."""
    written = note(number)
    assert hplan_reads(written)["note"] == number, written
    assert yaml.safe_load(written)["note"] == number, written
