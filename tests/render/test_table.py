"""The table view's pure parts: order, totals against the budget, goal progress, column
layout, and the csv, markdown and json exports."""

from __future__ import annotations

import csv
import io
import json
import re
import time
from pathlib import Path
from typing import Any

import pytest

from handlingsplan import load_plan
from handlingsplan.filters import Filters
from handlingsplan.model import Activity, BacklogItem, Goal, Header, Plan
from handlingsplan.render import columns, table, table_draw
from handlingsplan.render.table import Spec

ANSI = re.compile(r"\x1b\[[0-9;]*m")
NBSP = "\u00a0"


def activity(ident: str, **fields: Any) -> Activity:
    data: dict[str, Any] = {
        "id": ident,
        "name": f"Activity {ident}",
        "priority": "medium",
        "responsible": "Per Ek",
        "start": "2027-02-01",
        "end": "2027-03-01",
    }
    data.update(fields)
    return Activity.model_validate(data)


def make_plan(
    activities: list[Activity],
    *,
    budget: dict[str, Any] | None = None,
    contingency: float | None = None,
    goals: tuple[str, ...] = ("M1", "M2"),
    backlog: list[BacklogItem] | None = None,
    **header: Any,
) -> Plan:
    data: dict[str, Any] = {
        "title": "Plan 2027",
        "organisation": "Exempel",
        "period": {"start": "2027-01-01", "end": "2027-12-31"},
        **header,
    }
    if budget is not None:
        data["budget"] = budget
    if contingency is not None:
        data["contingency"] = contingency
    return Plan(
        header=Header.model_validate(data),
        goals=[(i, Goal(id=g, title=f"Goal {g}")) for i, g in enumerate(goals)],
        activities=list(enumerate(activities)),
        backlog=list(enumerate(backlog or [])),
    )


def spec(**fields: Any) -> Spec:
    values: dict[str, Any] = {
        "fmt": "text",
        "lang": "en",
        "width": 100,
        "color": False,
        "sort": "priority",
        "filters": Filters(),
        "mode": "activities",
    }
    values.update(fields)
    return Spec(**values)


def ids(grid: table.Grid) -> list[Any]:
    return [row["id"] for row in grid.rows]


# --- order and filters -------------------------------------------------------------------


def test_priority_order_puts_legal_requirements_first_within_a_priority() -> None:
    plan = make_plan(
        [
            activity("A1", priority="low"),
            activity("A2", priority="high", start="2027-01-05"),
            activity("A3", priority="high", requirements=["NIS2-lagen"], start="2027-06-01"),
            activity("A4", priority="critical"),
            activity("A5", priority="high", requirements=["GDPR art. 32"], start="2027-02-01"),
        ]
    )
    assert ids(table.build(plan, spec())) == ["A4", "A5", "A3", "A2", "A1"]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("id", ["A2", "A10", "A11"]),
        ("start", ["A11", "A2", "A10"]),
        ("end", ["A2", "A11", "A10"]),
        ("responsible", ["A11", "A10", "A2"]),  # anders, Anna, Per: case does not matter
    ],
)
def test_other_orders(sort: str, expected: list[str]) -> None:
    plan = make_plan(
        [
            activity("A10", start="2027-03-01", end="2027-09-01", responsible="Anna"),
            activity("A2", start="2027-02-01", end="2027-04-01", responsible="Per"),
            activity("A11", start="2027-01-01", end="2027-05-01", responsible="anders"),
        ]
    )
    assert ids(table.build(plan, spec(sort=sort))) == expected


def test_filters_choose_the_rows_and_the_totals_say_so() -> None:
    plan = make_plan(
        [
            activity("A1", status="in_progress", cost={"money": 100, "hours": 10}),
            activity("A2", status="planned", cost={"money": 50, "hours": 5}),
        ]
    )
    grid = table.build(plan, spec(filters=Filters(statuses=frozenset({"in_progress"}))))
    assert ids(grid) == ["A1"]
    assert grid.totals is not None
    assert grid.totals.filtered
    assert grid.totals.shown == table.Amounts(100, 10)
    assert grid.totals.plan == table.Amounts(150, 15)


# --- totals ------------------------------------------------------------------------------


def test_totals_skip_cancelled_and_postponed_and_compare_with_budget_less_contingency() -> None:
    plan = make_plan(
        [
            activity("A1", cost={"money": 1_000_000, "hours": 400, "running": 50_000}),
            activity("A2", cost={"money": 500_000, "hours": 100}, status="done"),
            activity("A3", cost={"money": 900_000, "hours": 900}, status="cancelled"),
            activity("A4", cost={"money": 700_000, "hours": 70, "running": 1}, status="postponed"),
            activity("A5"),
        ],
        budget={"money": 2_000_000, "hours": 500},
        contingency=0.15,
    )
    totals = table.build(plan, spec()).totals
    assert totals is not None
    assert totals.shown == table.Amounts(1_500_000, 500)
    assert totals.running == 50_000
    assert totals.available == table.Amounts(1_700_000, 425)
    assert totals.remaining == table.Amounts(200_000, -75)
    lines = table_export_words(plan).summary(totals, with_total=True)
    labels = [label for label, _ in lines]
    assert labels[:4] == [
        "Total, not counting cancelled or postponed",
        "Budget",
        "Budget less the 15% contingency",
        "Remaining",
    ]
    assert ("Over budget by", ["", "75 h"]) in lines
    assert lines[-1] == ("Running costs once in place: 50,000 SEK per year, not counted against the budget", [])  # fmt: skip


def table_export_words(plan: Plan, lang: str = "en") -> Any:
    from handlingsplan.render.table_export import Words

    return Words(plan, lang)


def test_totals_without_budget_or_contingency() -> None:
    plan = make_plan([activity("A1", cost={"money": 10})])
    totals = table.build(plan, spec()).totals
    assert totals is not None
    assert totals.budget is None and totals.available is None and totals.remaining is None
    plan = make_plan([activity("A1", cost={"money": 10})], budget={"money": 100})
    totals = table.build(plan, spec()).totals
    assert totals is not None
    assert totals.available == table.Amounts(100, None)
    assert totals.remaining == table.Amounts(90, None)
    words = table_export_words(plan).summary(totals, with_total=False)
    assert [label for label, _ in words] == ["Budget", "Remaining"]


def test_swedish_amounts_use_kr_and_non_breaking_spaces() -> None:
    plan = make_plan([], currency="SEK")
    words = table_export_words(plan, "sv")
    assert words.money(1_500_000) == f"1{NBSP}500{NBSP}000 kr"
    assert words.hours(12.5) == "12,5 h"
    assert table_export_words(make_plan([], currency="EUR"), "sv").money(10) == "10 EUR"
    assert table_export_words(plan, "en").money(1_500_000) == "1,500,000 SEK"


def test_goal_summaries_list_each_goal_and_the_activities_without_one() -> None:
    plan = make_plan(
        [
            activity("A1", goals=["M1"], cost={"money": 10, "hours": 1}),
            activity("A2", goals=["M1", "M2"], cost={"money": 5}, status="cancelled"),
            activity("A3", goals=[]),
        ]
    )
    grid = table.build(plan, spec(mode="goals"))
    assert [(g.id, [a.id for a in g.activities], g.money) for g in grid.goals] == [
        ("M1", ["A1", "A2"], 10),
        ("M2", ["A2"], 0),
        ("", ["A3"], 0),
    ]
    assert grid.goals[1].progress is None
    only = table.build(plan, spec(mode="goals", filters=Filters(goals=frozenset({"M2"}))))
    assert [g.id for g in only.goals] == ["M2"]


# --- terminal layout ---------------------------------------------------------------------


def test_layout_drops_columns_in_order_and_never_exceeds_the_width() -> None:
    sizes = {"id": (3, 3), "name": (12, 60), "a": (10, 10), "b": (10, 10), "c": (8, 12)}
    wide = table_draw.layout(sizes, "name", ("b", "a", "c"), 200)
    assert wide == {"id": 3, "name": 60, "a": 10, "b": 10, "c": 12}
    assert list(table_draw.layout(sizes, "name", ("b", "a", "c"), 50)) == ["id", "name", "a", "c"]
    narrow = table_draw.layout(sizes, "name", ("b", "a", "c"), 40)
    assert list(narrow) == ["id", "name", "c"]
    assert sum(narrow.values()) + table_draw.GAP * (len(narrow) - 1) == 40
    tiny = table_draw.layout(sizes, "name", ("b", "a", "c"), 20)
    assert list(tiny) == ["id", "name"] and tiny["name"] == 20 - 3 - table_draw.GAP


def test_measure_lets_wrapping_columns_shrink_to_their_longest_word() -> None:
    assert table_draw.measure("responsible", "Responsible", ["Ahmed Karimi"]) == (11, 12)
    assert table_draw.measure("start", "Start", ["2027-01-01"]) == (10, 10)
    assert table_draw.measure("id", "Id", ["A-very-long-identifier"]) == (12, 12)


def long_plan(count: int, name_length: int) -> Plan:
    name = ("Informationssäkerhet " * 20)[:name_length]
    return make_plan(
        [activity(f"A{i}", name=name, cost={"money": 1000, "hours": 2}) for i in range(count)],
        budget={"money": 100_000},
    )


@pytest.mark.parametrize("width", [20, 40, 60, 80, 100, 160])
@pytest.mark.parametrize("mode", ["activities", "goals"])
def test_no_line_is_wider_than_the_width(width: int, mode: str) -> None:
    plan = long_plan(3, 200)
    text = table.render(plan, spec(width=width, lang="sv", mode=mode))
    assert max(len(line) for line in text.splitlines()) <= width
    assert "A2" in text


def test_five_hundred_activities_are_drawn_quickly() -> None:
    plan = long_plan(500, 200)
    started = time.perf_counter()
    text = table.render(plan, spec(width=80))
    assert time.perf_counter() - started < 5
    assert "A499" in text and "500,000 SEK" in text


def test_colour_only_when_asked() -> None:
    plan = make_plan([activity("A1", priority="critical"), activity("A2", status="done")])
    assert not ANSI.search(table.render(plan, spec(color=False)))
    coloured = table.render(plan, spec(color=True))
    assert "\x1b[1;31mcritical" in coloured
    assert "\x1b[2m" in coloured  # the done row is dim


def test_marking_heading_and_banner_come_first() -> None:
    plan = make_plan([activity("A1")], classification="Konfidentiell")
    text = table.render(plan, spec(marking="Konfidentiell", banner="1 error in this plan"))
    assert text.splitlines()[:5] == [
        "Konfidentiell",
        "Plan 2027",
        "Exempel",
        "Period 2027-01-01 – 2027-12-31 · draft, not adopted",
        "1 error in this plan",
    ]


@pytest.mark.parametrize(
    ("mode", "filters", "message"),
    [
        ("activities", Filters(), "No activities to show."),
        ("backlog", Filters(), "The backlog is empty."),
    ],
)
def test_empty_lists_say_so(mode: str, filters: Filters, message: str) -> None:
    text = table.render(make_plan([]), spec(mode=mode, filters=filters))
    assert text.rstrip().endswith(message)


def test_a_filter_that_matches_nothing_says_so() -> None:
    plan = make_plan([activity("A1")])
    nothing = Filters(priorities=frozenset({"low"}))
    assert "No activities match the filters." in table.render(plan, spec(filters=nothing))
    assert json.loads(table.render(plan, spec(fmt="json", filters=nothing)))["activities"] == []


def test_backlog_rows_and_filters() -> None:
    backlog = [
        BacklogItem(id="B1", name="Later", target="2028"),
        BacklogItem.model_validate({"id": "B2", "name": "Legal", "priority": "hög"}),
    ]
    plan = make_plan([], backlog=backlog)
    grid = table.build(plan, spec(mode="backlog"))
    assert ids(grid) == ["B2", "B1"]
    assert grid.rows[1]["target"] == "2028"
    high = table.build(plan, spec(mode="backlog", filters=Filters(priorities=frozenset({"high"}))))
    assert ids(high) == ["B2"]


# --- exports -----------------------------------------------------------------------------


def tricky_plan() -> Plan:
    return make_plan(
        [activity("A1", name='Policy; "draft" | v2\nnext', cost={"money": 1500.5, "hours": 3})],
        budget={"money": 10_000},
        classification="Konfidentiell",
    )


def test_csv_has_a_bom_the_marking_all_columns_and_excel_quoting() -> None:
    text = table.render(tricky_plan(), spec(fmt="csv", lang="sv", marking="Konfidentiell"))
    assert text.startswith("\ufeffKonfidentiell\r\n")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=";"))
    assert rows[1] == [c.header("sv") for c in columns.COLUMNS]
    assert rows[2][1] == 'Policy; "draft" | v2\nnext'
    assert rows[2][columns.COLUMNS.index(columns.BY_KEY["money"])] == "1500,5"
    assert '"Policy; ""draft"" | v2\nnext"' in text
    assert len(rows) == 3  # no totals row: a spreadsheet sums
    assert text.endswith("\r\n")


@pytest.mark.parametrize(("lang", "delimiter", "expected"), [("en", None, ","), ("sv", None, ";"), ("en", "\t", "\t")])  # fmt: skip
def test_csv_separator(lang: str, delimiter: str | None, expected: str) -> None:
    text = table.render(tricky_plan(), spec(fmt="csv", lang=lang, delimiter=delimiter))
    assert text.splitlines()[0] == "\ufeff" + expected.join(c.header(lang) for c in columns.COLUMNS)


def test_markdown_escapes_pipes_and_newlines() -> None:
    text = table.render(
        tricky_plan(), spec(fmt="markdown", marking="Konfidentiell", banner="Beware")
    )
    lines = text.splitlines()
    assert lines[0] == "**Konfidentiell**"
    assert "> Beware" in lines
    row = next(line for line in lines if line.startswith("| A1 "))
    assert '| Policy; "draft" \\| v2 next |' in row
    assert row.count(" | ") == len(columns.TERMINAL) - 1
    assert "| ---: |" in text
    assert lines[-1].startswith("Total, not counting cancelled or postponed: 1,500.5 SEK, 3 h.")
    assert not ANSI.search(text)


def test_json_shape() -> None:
    data = json.loads(table.render(tricky_plan(), spec(fmt="json", lang="sv")))
    assert set(data) == {"plan", "activities", "totals"}
    assert data["plan"] == {
        "title": "Plan 2027",
        "organisation": "Exempel",
        "period": {"start": "2027-01-01", "end": "2027-12-31"},
        "classification": "Konfidentiell",
        "currency": "SEK",
    }
    row = data["activities"][0]
    assert list(row) == [c.key for c in columns.COLUMNS]
    assert row["priority"] == "medium" and row["status"] == "planned"  # English words
    assert row["money"] == 1500.5 and row["hours"] == 3 and row["start"] == "2027-02-01"
    assert data["totals"] == {
        "money": 1500.5, "hours": 3, "running": 0, "filtered": False,
        "plan": {"money": 1500.5, "hours": 3}, "budget": {"money": 10000, "hours": None},
        "contingency": 0, "available": {"money": 10000, "hours": None},
        "remaining": {"money": 8499.5, "hours": None},
    }  # fmt: skip


def test_json_goals_and_backlog() -> None:
    plan = make_plan(
        [activity("A1", goals=["M1"], status="done", cost={"hours": 4})],
        backlog=[BacklogItem(id="B1", name="Later", target="2028")],
    )
    goals = json.loads(table.render(plan, spec(fmt="json", mode="goals")))
    assert set(goals) == {"plan", "goals"}
    assert goals["goals"][0] == {
        "id": "M1", "title": "Goal M1",
        "activities": [{"id": "A1", "name": "Activity A1", "status": "done"}],
        "money": 0, "hours": 4, "progress": 100,
    }  # fmt: skip
    assert goals["goals"][1]["progress"] is None
    backlog = json.loads(table.render(plan, spec(fmt="json", mode="backlog")))
    assert set(backlog) == {"plan", "backlog"}
    assert backlog["backlog"][0]["target"] == "2028"


@pytest.mark.parametrize(
    ("name", "cell"),
    [("=HYPERLINK(1)", "'=HYPERLINK(1)"), ("+46 8", "'+46 8"), ("-x", "'-x"),
     ("@SUM", "'@SUM"), ("Plain", "Plain"), ("a=b", "a=b")],
)  # fmt: skip
def test_csv_text_defuses_what_a_spreadsheet_would_run_as_a_formula(name: str, cell: str) -> None:
    assert columns.csv_text(columns.BY_KEY["name"], name, "en") == cell
    assert columns.csv_text(columns.BY_KEY["goals"], [name], "sv") == cell
    assert columns.csv_text(columns.BY_KEY["money"], 1500.5, "sv") == "1500,5"


# --- the plain layout writes what rich's table writes ------------------------------------

ROOT = Path(__file__).resolve().parent.parent.parent
_EXAMPLES = [ROOT / "examples" / "handlingsplan-2027.yaml", ROOT / "examples" / "action-plan-2027.yaml"]  # fmt: skip
_ODD = make_plan(
    [
        activity("A1", name="x" * 200, cost={"money": 1500000.5, "hours": 12.5}),
        activity("A2", name="Ett " + "informationssäkerhetsarbete" * 2 + " och mer", goals=["M1"]),
        activity("A3", name="Rad ett\nrad två", responsible="Förnamn Efternamnsson-Långnamn"),
        activity("A-very-long-identifier", controls=["5.1", "5.2", "8.10"], progress=12.5),
        activity("A5", name="Kort", status="cancelled", cost={"money": 10, "running": 5}),
    ],
    budget={"money": 100000, "hours": 10},
    contingency=0.1,
    backlog=[BacklogItem(id="B1", name="Något " * 30, requirements=["GDPR"])],
)


def _plans() -> list[tuple[str, Plan]]:
    plans = [(path.stem, load_plan(str(path))) for path in _EXAMPLES]
    return [(name, plan) for name, plan in plans if plan is not None] + [("odd", _ODD)]


@pytest.mark.parametrize("width", [20, 33, 40, 61, 80, 100, 127, 200])
@pytest.mark.parametrize("mode", ["activities", "backlog"])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_plain_table_is_what_rich_draws(
    width: int, mode: str, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, plan in _plans():
        for filters in (Filters(), Filters(priorities=frozenset({"high", "critical"}))):
            shown = spec(width=width, mode=mode, lang=lang, filters=filters)
            plain = table.render(plan, shown)
            with monkeypatch.context() as patch:
                patch.setattr(table_draw, "_plain", table_draw._rich)
                drawn = table.render(plan, shown)
            assert plain == drawn, (name, width, mode, filters)
