"""The Gantt chart as data (render/gantt.py `layout`, render/gantt_layout.py): where each
bar lies, what a row says, how the chart is grouped, and that the drawn text keeps to the
width. Plans: the two examples, the plans in tests/cases/gantt/ and generated ones.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import EXAMPLE_PLANS, plan_at
from handlingsplan import graph
from handlingsplan.filters import Filters
from handlingsplan.i18n import t
from handlingsplan.model import Activity, Goal, Header, Plan
from handlingsplan.render import gantt
from handlingsplan.render import gantt_layout as gl
from handlingsplan.render import timeline as tl

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLES = EXAMPLE_PLANS
CASES = ROOT / "tests" / "cases" / "gantt"
TODAY = dt.date(2027, 9, 15)
WIDTHS = (40, 80, 120, 200)
SCALES = ("auto", "day", "week", "month", "quarter")
BAR_CHARS = set(gl.FILLED + gl.OPEN + gl.MILESTONE + gl.BEFORE + gl.AFTER)
DAY = dt.timedelta(days=1)


load = plan_at


def example(lang: str) -> Plan:
    return load(EXAMPLES[lang])


def case(name: str) -> Plan:
    return load(CASES / f"{name}.yaml")


def make_plan(
    activities: Sequence[dict[str, Any]],
    start: dt.date = dt.date(2027, 1, 1),
    end: dt.date = dt.date(2027, 12, 31),
    goals: Sequence[tuple[str, str]] = (),
) -> Plan:
    """A plan built in memory (for generated plans: no YAML round trip)."""
    header = Header.model_validate({"title": "Generated", "organisation": "Org", "language": "en",
                                    "period": {"start": start, "end": end}})  # fmt: skip
    return Plan(
        header=header,
        goals=[(i, Goal.model_validate({"id": g, "title": title})) for i, (g, title) in enumerate(goals)],
        activities=[(i, Activity.model_validate({"priority": "high", "responsible": "Jane Doe", **a}))
                    for i, a in enumerate(activities)],
    )  # fmt: skip


def spec(**kwargs: Any) -> gantt.Spec:
    kwargs.setdefault("today", TODAY)
    return gantt.Spec(**kwargs)


def rows(chart: gantt.Chart) -> dict[str, gl.Line]:
    return {line.bar.id: line for line in chart.lines if line.kind == "row" and line.bar}


def bars(chart: gantt.Chart) -> dict[str, gl.Bar]:
    return {key: line.bar for key, line in rows(chart).items() if line.bar}


def text_of(line: gl.Line) -> str:
    return "".join(segment.text for segment in line.segments)


def bar_area(line: gl.Line) -> str:
    """The characters between the two `│` of a row."""
    grid = [i for i, segment in enumerate(line.segments) if segment.style == "grid"]
    assert len(grid) == 2
    return "".join(segment.text for segment in line.segments[grid[0] + 1 : grid[1]])


def axis_text(chart: gantt.Chart, n: int) -> str:
    """The label area (bar columns) of axis line n: 0 months or quarters, 1 weeks."""
    axis = [line for line in chart.lines if line.kind == "axis"]
    return axis[n].segments[1].text


def headings(chart: gantt.Chart) -> list[str]:
    return [text_of(line) for line in chart.lines if line.kind == "heading"]


def legend_text(chart: gantt.Chart, s: gantt.Spec) -> str:
    return "\n".join(text_of(line) for line in gantt.legend(chart, s))


def assert_exact(plan: Plan, chart: gantt.Chart) -> None:
    """Each shown activity's bar covers the columns of its first and last day (clipped to
    the period), is drawn on exactly those columns, and no successor starts left of the
    end of a predecessor."""
    line = chart.timeline
    assert line is not None
    found, drawn_rows = bars(chart), rows(chart)
    for _, a in plan.activities:
        if a.id not in found:
            continue
        b, area = found[a.id], bar_area(drawn_rows[a.id])
        assert len(area) == line.columns
        drawn = [i for i, char in enumerate(area) if char in BAR_CHARS]
        if a.end < line.first or a.start > line.last:  # wholly outside: the marker alone
            assert b.outside and b.first == b.last
            assert b.first == (0 if a.end < line.first else line.columns - 1)
            assert area[b.first] == (gl.BEFORE if a.end < line.first else gl.AFTER)
            assert drawn == [b.first]
            continue
        assert not b.outside
        assert b.first == line.span(max(a.start, line.first))[0]
        if a.start == a.end:
            assert b.milestone and b.last == b.first
            assert area[b.first] == gl.MILESTONE
        else:
            assert b.last == line.span(min(a.end, line.last))[1]
        assert b.clipped_before == (a.start < line.first)
        assert b.clipped_after == (a.end > line.last)
        assert drawn == list(range(b.first, b.last + 1)), a.id
        if b.clipped_before:
            assert area[b.first] == gl.BEFORE
        if b.clipped_after:
            assert area[b.last] == gl.AFTER
    for _, a in plan.activities:
        for pred in a.depends_on:
            if a.id in found and pred in found:
                assert found[a.id].first >= found[pred].last, (pred, a.id)


def assert_widths(plan: Plan, s: gantt.Spec, chart: gantt.Chart) -> None:
    longest = max(len(line) for line in gantt.render(plan, s).splitlines())
    assert longest <= max(s.width, chart.width)
    if s.scale == "auto":
        assert longest <= s.width
        assert chart.width <= s.width


# --- exactness -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("scale", SCALES)
def test_examples_are_exact_at_every_width_and_scale(lang: str, width: int, scale: str) -> None:
    plan = example(lang)
    s = spec(width=width, scale=scale)
    chart = gantt.layout(plan, s)
    assert chart.timeline is not None
    assert set(bars(chart)) == {a.id for _, a in plan.activities}  # backlog never drawn
    assert not any(b.id.startswith("B") for b in bars(chart).values())
    assert_exact(plan, chart)
    assert_widths(plan, s, chart)
    if scale == "auto":
        assert chart.width == width
    else:
        assert chart.timeline.unit == scale


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("scale", SCALES)
def test_axis_labels_stand_at_their_days(lang: str, width: int, scale: str) -> None:
    """Each month (or quarter) name stands at the first column of its month, each week
    number at the first column of that week's Monday, and every bar starts one column
    right of the `│` that follows the labels, as the axis does."""
    plan = example(lang)
    chart = gantt.layout(plan, spec(width=width, scale=scale, lang=lang))
    line = chart.timeline
    assert line is not None
    months = {t(f"month.{m}", lang): m for m in range(1, 13)}
    top = axis_text(chart, 0)
    labels = list(re.finditer(r"\S+(?: \d{4})?", top))
    assert labels, top
    for match in labels:
        if scale == "quarter":
            n = int(re.sub(r"\D", "", match[0].split()[0]))
            day = max(dt.date(line.first.year, 3 * n - 2, 1), line.first)
        else:
            day = max(dt.date(line.first.year, months[match[0]], 1), line.first)
        assert line.span(day)[0] == match.start(), match[0]
    week_lines = [ln for ln in chart.lines if ln.kind == "axis"][1:]
    if line.columns * 7 / line.days >= 3 / 13:
        assert week_lines, "a year this wide has room for week numbers"
    for match in re.finditer(r"\d+", axis_text(chart, 1) if week_lines else ""):
        monday = dt.date.fromisocalendar(line.first.year, int(match[0]), 1)
        assert line.span(monday)[0] == match.start(), match[0]
    first_axis = next(ln for ln in chart.lines if ln.kind == "axis")
    pad = len(text_of(first_axis).rstrip()) - len(top.rstrip())
    for row in rows(chart).values():
        assert text_of(row).index("│") == pad - 1


def test_month_names_are_evenly_spaced_when_not_all_fit() -> None:
    """Rather than jan mar maj jul aug okt dec (a name dropped wherever it collides)."""
    chart = gantt.layout(example("sv"), spec(width=100, lang="sv"))
    assert axis_text(chart, 0).split() == ["jan", "mar", "maj", "jul", "sep", "nov"]
    wide = gantt.layout(example("sv"), spec(width=200, lang="sv"))
    assert axis_text(wide, 0).split() == [t(f"month.{m}", "sv") for m in range(1, 13)]
    assert "okt" in axis_text(wide, 0) and "maj" in axis_text(wide, 0)


period_days = st.integers(min_value=1, max_value=3 * 366)


@st.composite
def generated(draw: st.DrawFn) -> tuple[Plan, gantt.Spec]:
    """A plan whose activities keep finish-to-start order, some beyond the period."""
    start = draw(st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31)))
    end = start + DAY * (draw(period_days) - 1)
    span = (end - start).days
    activities: list[dict[str, Any]] = []
    for n in range(draw(st.integers(min_value=0, max_value=12))):
        first = start + DAY * draw(st.integers(min_value=-60, max_value=span + 60))
        last = first + DAY * draw(st.integers(min_value=0, max_value=max(span // 3, 1)))
        before = [a for a in activities if a["end"] < first or (a["start"] == a["end"] == first)]
        preds = draw(st.lists(st.sampled_from(before), max_size=3, unique_by=lambda a: a["id"])
                     if before else st.just([]))  # fmt: skip
        activities.append({"id": f"A{n}", "name": f"Activity {n}", "start": first, "end": last,
                           "depends_on": [p["id"] for p in preds],
                           "progress": draw(st.sampled_from([None, 0, 33, 50, 100])),
                           "status": draw(st.sampled_from(["planned", "in_progress", "done"]))})  # fmt: skip
    s = spec(
        width=draw(st.integers(min_value=20, max_value=220)),
        scale=draw(st.sampled_from(SCALES)),
        today=draw(st.none() | st.just(start + DAY * (span // 2))),
    )
    return make_plan(activities, start, end), s


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case_=generated())
def test_generated_plans_are_exact(case_: tuple[Plan, gantt.Spec]) -> None:
    plan, s = case_
    chart = gantt.layout(plan, s)
    if not plan.activities:
        assert chart.lines == []
        return
    assert_exact(plan, chart)
    assert_widths(plan, s, chart)


# --- the edges of the period -------------------------------------------------------------


def test_clipped_and_outside_activities_get_markers() -> None:
    plan = case("clipped")
    s = spec(width=90)
    chart = gantt.layout(plan, s)
    found, drawn = bars(chart), rows(chart)
    assert chart.timeline is not None
    last = chart.timeline.columns - 1
    assert found["E1"].clipped_before and not found["E1"].clipped_after
    assert bar_area(drawn["E1"]).startswith(gl.BEFORE + gl.FILLED)
    assert found["E2"].clipped_after and not found["E2"].clipped_before
    assert bar_area(drawn["E2"]).endswith(gl.OPEN + gl.AFTER)
    assert found["E3"].outside and found["E3"].first == 0
    assert bar_area(drawn["E3"]).strip(" " + gl.TODAY) == gl.BEFORE
    assert found["E4"].outside and found["E4"].first == last
    assert bar_area(drawn["E4"]).strip(" " + gl.TODAY) == gl.AFTER
    # a successor may start on its milestone predecessor's day: the same column
    assert found["E6"].first == found["E5"].last
    assert chart.clipped
    assert f"{gl.BEFORE}{gl.AFTER} {t('gantt.legend_clipped', 'en')}" in legend_text(chart, s)
    assert_exact(plan, chart)
    assert_widths(plan, s, chart)


def test_no_clip_marker_in_the_legend_when_nothing_is_clipped() -> None:
    chart = gantt.layout(example("en"), spec(width=100))
    assert not chart.clipped
    assert t("gantt.legend_clipped", "en") not in legend_text(chart, spec(width=100))


def test_no_activities() -> None:
    plan = case("empty")
    s = spec(width=60, marking="INTERNAL: staff only")
    assert gantt.layout(plan, s).lines == []
    out = gantt.render(plan, s).splitlines()
    assert out[0] == "INTERNAL: staff only"
    assert out[-1] == t("view.no_activities", "en")
    assert "B1" not in "\n".join(out)  # a backlog item is never drawn


def test_filters_that_match_nothing() -> None:
    s = spec(width=80, filters=Filters(responsible=frozenset({"nobody"})))
    assert gantt.layout(example("en"), s).lines == []
    assert gantt.render(example("en"), s).splitlines()[-1] == t("view.no_activities", "en")


def test_a_one_day_plan() -> None:
    plan = case("one-day")
    s = spec(width=60, today=dt.date(2027, 3, 1))
    chart = gantt.layout(plan, s)
    assert chart.timeline is not None and chart.timeline.days == 1
    assert chart.width == 60
    b = bars(chart)["A1"]
    assert (b.first, b.last, b.milestone) == (0, 0, True)
    assert bar_area(rows(chart)["A1"]).rstrip() == gl.MILESTONE
    assert axis_text(chart, 0).split() == ["Mar"]
    assert axis_text(chart, 1).split() == ["9"]  # 2027-03-01 is the Monday of week 9
    assert_widths(plan, s, chart)


def test_a_200_character_name_is_shortened() -> None:
    name = "Long " * 40
    plan = make_plan([{"id": "A1", "name": name.strip(), "start": dt.date(2027, 2, 1),
                       "end": dt.date(2027, 5, 31)}])  # fmt: skip
    for width in WIDTHS:
        s = spec(width=width)
        chart = gantt.layout(plan, s)
        row = text_of(rows(chart)["A1"])
        assert "…" in row and name.strip() not in row
        assert_exact(plan, chart)
        assert_widths(plan, s, chart)


def test_500_activities_render_quickly() -> None:
    activities: list[dict[str, Any]] = []
    for n in range(500):
        first = dt.date(2027, 1, 1) + DAY * (n * 7 % 330)
        last = first + DAY * (n % 30)
        before = [a["id"] for a in activities[-40:] if a["end"] < first][:2]
        activities.append({"id": f"A{n}", "name": f"Aktivitet nummer {n} i planen",
                           "responsible": f"Person {n % 9}", "start": first, "end": last,
                           "depends_on": before})  # fmt: skip
    plan = make_plan(activities)
    began = time.perf_counter()
    s = spec(width=120)
    chart = gantt.layout(plan, s)
    out = gantt.render(plan, s)
    elapsed = time.perf_counter() - began
    assert len(rows(chart)) == 500
    assert sum(line.startswith(("* A", "  A")) for line in out.splitlines()) == 500
    assert max(len(line) for line in out.splitlines()) <= 120
    assert_exact(plan, chart)
    assert elapsed < 2.0, f"500 activities took {elapsed:.2f} s"


# --- rows: marks, names, predecessors, progress ------------------------------------------


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_critical_path_rows_are_marked(lang: str) -> None:
    plan = example(lang)
    chart = gantt.layout(plan, spec(width=120))
    on_path = set(graph.critical_path(a for _, a in plan.activities))
    assert on_path
    assert set(chart.critical) == on_path
    for key, row in rows(chart).items():
        assert row.segments[0].text == (gl.CRITICAL_MARK if key in on_path else " "), key
        assert (row.segments[1].style == "critical") == (key in on_path)
    assert f"{gl.CRITICAL_MARK} {t('gantt.legend_critical', lang)}" in legend_text(
        chart, spec(width=120, lang=lang)
    )


def test_the_swedish_critical_path() -> None:
    """From the activity that ends last (A11, 2027-12-17, written before A8 and A15) to its
    latest predecessor, A3, then A2 and A1; A9 and A10 (postponed, cancelled) never drive."""
    chart = gantt.layout(example("sv"), spec(width=120))
    assert chart.critical == ["A1", "A2", "A3", "A11"]


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_rows_name_id_name_responsible_and_predecessors(lang: str) -> None:
    plan = example(lang)
    chart = gantt.layout(plan, spec(width=160, lang=lang))
    for _, a in plan.activities:
        row = text_of(rows(chart)[a.id]).rstrip()
        assert row[2:].startswith(a.id + " ")
        assert a.name[:12] in row
        assert a.responsible in row
        if a.depends_on:
            assert row.endswith("│ ← " + ", ".join(a.depends_on))
        else:
            assert row.endswith("│")


def test_short_names_keep_the_responsible_and_predecessor_columns() -> None:
    """Names shorter than 8 characters are no reason to drop the other columns."""
    plan = make_plan([
        {"id": "A1", "name": "Policy", "responsible": "Jane Doe",
         "start": dt.date(2027, 1, 11), "end": dt.date(2027, 2, 26)},
        {"id": "A2", "name": "MFA", "responsible": "Tom Baker", "depends_on": ["A1"],
         "start": dt.date(2027, 3, 1), "end": dt.date(2027, 5, 28)},
    ])  # fmt: skip
    for width in (60, 80, 120):
        chart = gantt.layout(plan, spec(width=width))
        row = text_of(rows(chart)["A2"]).rstrip()
        assert "MFA" in row and "Tom Baker" in row and row.endswith("← A1"), row
        assert chart.width == width


@pytest.mark.parametrize(("lang", "words"), [("en", ("paused", "cancelled", "postponed")),
                                             ("sv", ("pausad", "avbruten", "uppskjuten"))])  # fmt: skip
def test_work_that_is_not_going_ahead_says_so(lang: str, words: tuple[str, ...]) -> None:
    """Without colour a cancelled bar looks like planned work: its name says it."""
    plan = example("sv")
    for width in (60, 100, 160):
        chart = gantt.layout(plan, spec(width=width, lang=lang))
        shown = {key: text_of(row) for key, row in rows(chart).items()}
        for key, word in zip(("A8", "A10", "A9"), words, strict=True):
            assert f"… ({word})" in shown[key] or f"({word})" in shown[key], shown[key]
        assert "(" not in shown["A3"].split("│")[0]


def test_progress_is_a_filled_share_of_the_bar() -> None:
    plan = example("sv")
    chart = gantt.layout(plan, spec(width=200))
    found, drawn = bars(chart), rows(chart)
    by_id = {a.id: a for _, a in plan.activities}
    for key, b in found.items():
        a = by_id[key]
        length = b.last - b.first + 1
        share = 100 if a.status == "done" else (a.progress or 0)
        assert b.filled == round(length * share / 100), key
        area = bar_area(drawn[key])
        if not b.milestone:
            assert area[b.first : b.first + b.filled] == gl.FILLED * b.filled
            assert area[b.first + b.filled : b.last + 1] == gl.OPEN * (length - b.filled)
    assert 0 < found["A3"].filled < found["A3"].last - found["A3"].first + 1  # 55 %
    assert found["A11"].filled == 0


@pytest.mark.parametrize("by", ["priority", "status"])
def test_bars_are_styled_by_priority_or_status(by: str) -> None:
    plan = example("sv")
    chart = gantt.layout(plan, spec(width=120, color_by=by))
    by_id = {a.id: a for _, a in plan.activities}
    for key, row in rows(chart).items():
        a = by_id[key]
        word = a.priority if by == "priority" else a.status
        styles = {seg.style for seg in row.segments if seg.text.strip(gl.TODAY + " ")}
        bar_styles = {st_ for st_ in styles if st_.startswith(by + ".")}
        assert bar_styles and all(st_.startswith(f"{by}.{word}.") for st_ in bar_styles), key


def test_a_colour_legend_names_the_colours() -> None:
    plan = example("sv")
    for by, words in (("priority", ("kritisk", "hög", "medel", "låg")),
                      ("status", ("planerad", "pågående", "pausad", "genomförd",
                                  "uppskjuten", "avbruten"))):  # fmt: skip
        s = spec(width=120, lang="sv", color=True, color_by=by)
        text = legend_text(gantt.layout(plan, s), s)
        assert all(f"■ {word}" in text for word in words), text
    s = spec(width=120, lang="sv")
    assert "■" not in legend_text(gantt.layout(plan, s), s)


# --- today -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_today_line_and_legend_only_when_today_is_drawn(lang: str) -> None:
    plan = example(lang)
    inside = spec(width=100, lang=lang)
    chart = gantt.layout(plan, inside)
    assert chart.timeline is not None
    assert chart.today == chart.timeline.span(TODAY)[0]
    legend = legend_text(chart, inside)
    assert f"{gl.TODAY} {t('gantt.legend_today', lang, date=TODAY)}" in legend
    assert "2027-09-15" in legend
    columns = {bar_area(row)[chart.today] for row in rows(chart).values()}
    assert gl.TODAY in columns  # drawn where no bar covers it
    assert columns <= BAR_CHARS | {gl.TODAY}
    for today in (dt.date(2026, 12, 31), dt.date(2028, 1, 1), None):
        s = spec(width=100, lang=lang, today=today)
        chart = gantt.layout(plan, s)
        assert chart.today is None
        assert gl.TODAY not in gantt.render(plan, s)
        legend = legend_text(chart, s)
        assert gl.TODAY not in legend
        assert t("gantt.legend_today", lang, date=today) not in legend


# --- grouping ----------------------------------------------------------------------------


def section_members(chart: gantt.Chart) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    for line in chart.lines:
        if line.kind == "heading":
            out.append((text_of(line), []))
        elif line.kind == "row" and line.bar:
            if not out:
                out.append(("", []))
            out[-1][1].append(line.bar.id)
    return out


def test_group_by_none_has_no_headings() -> None:
    chart = gantt.layout(case("groups"), spec(width=100))
    assert headings(chart) == []
    assert list(rows(chart)) == ["A4", "A2", "A1", "A3", "A6", "A5", "A7"]  # start order


def test_group_by_goal_in_the_plans_order_and_no_goal_last() -> None:
    chart = gantt.layout(case("groups"), spec(width=100, group_by="goal"))
    assert section_members(chart) == [
        ("G2 Suppliers: security in every contract", ["A2", "A5"]),  # A2: its first goal
        ("G1 Staff know the rules", ["A4", "A1", "A7"]),
        ("No goal", ["A3", "A6"]),
    ]


def test_group_by_responsible_alphabetically_whatever_the_case() -> None:
    chart = gantt.layout(case("groups"), spec(width=100, group_by="responsible"))
    assert section_members(chart) == [
        ("Adam", ["A2", "A5"]), ("bertil", ["A1", "A6"]), ("Cecilia", ["A3", "A7"]),
        ("Östen", ["A4"]),
    ]  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_group_by_status_from_planned_to_cancelled(lang: str) -> None:
    chart = gantt.layout(case("groups"), spec(width=100, group_by="status", lang=lang))
    order = ["planned", "in_progress", "paused", "done", "postponed", "cancelled"]
    members = {"planned": ["A1", "A7"], "in_progress": ["A2"], "paused": ["A3"],
               "done": ["A4"], "postponed": ["A5"], "cancelled": ["A6"]}  # fmt: skip
    assert section_members(chart) == [(t(f"value.{w}", lang), members[w]) for w in order]


def test_group_by_status_leaves_out_statuses_no_activity_has() -> None:
    chart = gantt.layout(example("en"), spec(width=100, group_by="status"))
    assert headings(chart) == ["planned"]


@pytest.mark.parametrize("by", ["goal", "responsible", "status"])
@pytest.mark.parametrize("width", WIDTHS)
def test_grouped_examples_keep_to_the_width(by: str, width: int) -> None:
    """Headings longer than the chart (the Swedish goals) are shortened, not overflowing."""
    for lang in EXAMPLES:
        plan = example(lang)
        s = spec(width=width, group_by=by, lang=lang)
        chart = gantt.layout(plan, s)
        assert sorted(b for _, ids in section_members(chart) for b in ids) == sorted(
            a.id for _, a in plan.activities
        )
        assert_exact(plan, chart)
        assert_widths(plan, s, chart)


def test_swedish_goal_headings() -> None:
    chart = gantt.layout(example("sv"), spec(width=200, group_by="goal", lang="sv"))
    plan = example("sv")
    assert headings(chart) == [f"{g.id} {g.title}" for _, g in plan.goals]
    narrow = gantt.layout(plan, spec(width=60, group_by="goal", lang="sv"))
    assert all(len(h) <= 60 for h in headings(narrow))
    assert any(h.endswith("…") for h in headings(narrow))


# --- filters -----------------------------------------------------------------------------


def test_filters_choose_the_rows() -> None:
    plan = example("sv")
    cases = [
        (Filters(statuses=frozenset({"in_progress"})), {"A3", "A4", "A13"}),
        (Filters(priorities=frozenset({"high"})), {"A2", "A3", "A4", "A8", "A13", "A14"}),
        (Filters(responsible=frozenset({"per ek"})), {"A5", "A8", "A9", "A10"}),
        (Filters(goals=frozenset({"M1"})), {"A4"}),
        (Filters(start=dt.date(2027, 12, 1)), {"A8", "A9", "A10", "A11", "A14", "A15"}),
        (Filters(end=dt.date(2027, 1, 31)), {"A1", "A13"}),
    ]
    for filters, expected in cases:
        chart = gantt.layout(plan, spec(width=100, filters=filters))
        assert set(rows(chart)) == expected, filters
        assert_exact(plan, chart)
    # the critical path is the plan's, whatever is shown
    chart = gantt.layout(plan, spec(width=100, filters=Filters(goals=frozenset({"M3"}))))
    marked = {k for k, row in rows(chart).items() if row.segments[0].text == gl.CRITICAL_MARK}
    assert marked == {"A3", "A11"}


# --- header ------------------------------------------------------------------------------


def test_header_marking_title_period_and_banner() -> None:
    plan = example("sv")
    s = spec(width=100, lang="sv", marking="Konfidentiell enligt OSL 18 kap. 8 §",
             banner="1 fel i planen")  # fmt: skip
    out = gantt.render(plan, s).splitlines()
    assert out[:3] == ["Konfidentiell enligt OSL 18 kap. 8 §",
                       "Handlingsplan för informationssäkerhet 2027 · 2027-01-01 – 2027-12-31",
                       "1 fel i planen"]  # fmt: skip
    narrow = gantt.render(plan, spec(width=60, lang="sv")).splitlines()
    assert narrow[:2] == ["Handlingsplan för informationssäkerhet 2027", "2027-01-01 – 2027-12-31"]


def test_labels_fall_back_gracefully_at_the_narrowest_width() -> None:
    long_ids = make_plan([{"id": "ABCDEFGHIJKL", "name": "A name", "start": dt.date(2027, 2, 1),
                           "end": dt.date(2027, 3, 1)}])  # fmt: skip
    for plan in (long_ids, case("clipped"), example("sv")):
        for width in range(20, 41):
            s = spec(width=width)
            chart = gantt.layout(plan, s)
            assert chart.timeline is not None and chart.timeline.columns >= 1
            assert_exact(plan, chart)
            assert_widths(plan, s, chart)


def test_a_period_over_several_years_names_the_years() -> None:
    plan = make_plan(
        [
            {
                "id": "A1",
                "name": "Long work",
                "start": dt.date(2026, 9, 1),
                "end": dt.date(2028, 3, 31),
            }
        ],
        start=dt.date(2026, 7, 1),
        end=dt.date(2028, 6, 30),
    )
    for width, scale in ((200, "auto"), (120, "auto"), (80, "month"), (80, "quarter")):
        chart = gantt.layout(plan, spec(width=width, scale=scale))
        line = chart.timeline
        assert line is not None
        labels = list(re.finditer(r"\S+(?: \d{4})?", axis_text(chart, 0)))
        assert labels[0].start() == 0 and labels[0][0].endswith("2026")
        assert any(m[0].endswith("2027") for m in labels)
        for match in labels:
            words = match[0].split()
            if scale == "quarter":
                n, year = int(words[0][1:]), int(words[1])
                day = max(dt.date(year, 3 * n - 2, 1), line.first)
            else:
                month = {t(f"month.{m}", "en"): m for m in range(1, 13)}[words[0]]
                year = int(words[1]) if len(words) > 1 else None
                assert (year is not None) == (month == 1 or match.start() == 0), match[0]
                candidates = [d for d in tl.months(line.first, line.last) if d.month == month
                              and (year is None or d.year == year)]  # fmt: skip
                day = next(d for d in candidates if line.span(d)[0] == match.start())
            assert line.span(day)[0] == match.start(), match[0]
        assert_exact(plan, chart)


def test_week_one_is_labelled_after_a_year_with_53_weeks() -> None:
    """2026 has an ISO week 53 (Dec 28 - Jan 3): when weeks are labelled every 2nd, 4th
    or 13th, week 1 of 2027 is, not week 53 a week before it."""
    plan = make_plan(
        [{"id": "A1", "name": "Work", "start": dt.date(2026, 9, 1), "end": dt.date(2027, 3, 31)}],
        start=dt.date(2026, 7, 1),
        end=dt.date(2027, 6, 30),
    )
    for width in (60, 80, 120):
        chart = gantt.layout(plan, spec(width=width))
        weeks = axis_text(chart, 1).split()
        assert "53" not in weeks and "1" in weeks, weeks
    weeks = axis_text(gantt.layout(plan, spec(width=200)), 1).split()  # every week: 53 too
    assert weeks[weeks.index("53") + 1] == "1"
