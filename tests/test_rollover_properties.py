"""Rollover properties (issue 4) over generated valid plans (tests/plan_strategies.py).

Each plan is validated, rolled over (rollover.roll, then writer.dump) under a random
date policy and, sometimes, an explicit new period, and the written plan is validated
again. Properties, one test each:

1. every unfinished activity is carried exactly once, no done or cancelled one is;
2. a carried activity keeps every field the user wrote; only status, progress, dates,
   met dependencies, the old period's follow-up fields and the history change;
3. the written plan validates with no errors;
4. every carried activity lies in the new period, except those the report marks
   `past_end` (and those do end after it);
5. dependencies between carried activities are in finish-to-start order;
6. `carried_from` grows by exactly one entry and keeps the old ones;
7. durations are kept (work in progress: its remaining share; under `shift` by calendar
   months, start and end each keep their place in the calendar), and an activity moves
   from its first dates only as far as its predecessors require.

Then two rollovers in a row on a fixed plan (2027 -> 2028 -> 2029): HP406 for the
activity carried twice.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from collections import Counter
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from handlingsplan import rollover, schedule, writer, yamlio
from handlingsplan.model import Activity, Carried
from handlingsplan.pipeline import FileResult, validate_text
from handlingsplan.schedule import Span
from plan_strategies import plans

# Hypothesis warns that the failing example's repr (a whole plan) is long; explain() prints
# the input and output plans readably anyway.
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")
DAY = dt.timedelta(days=1)
UNFINISHED = frozenset({"planned", "in_progress", "paused", "postponed"})
FINISHED = frozenset({"done", "cancelled"})
# What rollover changes by its rules; every other field of an activity is the user's.
CHANGED = frozenset(
    {"start", "end", "status", "progress", "depends_on", "spent", "forecast_end",
     "completed", "carried_from"}
)  # fmt: skip
# Shrinking a failing plan takes many minutes (every try is a whole rollover and two
# validations), so it is off: a failure prints the whole input and output plan instead.
# HPLAN_SHRINK=1 shrinks as usual, for a minimal example.
PHASES = (
    tuple(Phase)
    if os.environ.get("HPLAN_SHRINK")
    else (Phase.explicit, Phase.reuse, Phase.generate)
)
PROPS = settings(
    max_examples=30,
    deadline=None,
    phases=PHASES,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)


def errors_of(result: FileResult) -> list[str]:
    return [
        f"{d.code} line {d.line}: {d.message_id} {d.kwargs}"
        for d in result.diagnostics
        if d.severity.name == "ERROR"
    ]


def first_of_next_month(day: dt.date) -> dt.date:
    return (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later; a day the month lacks becomes its last (31 Jan + 1
    month = 28 or 29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError(day)


def whole_months(period: Span) -> int | None:
    if period.start.day != 1 or (period.end + DAY).day != 1:
        return None
    after = period.end + DAY
    return (after.year - period.start.year) * 12 + after.month - period.start.month


def default_next(old: Span) -> Span:
    """The issue's rule: as many calendar months when the period spans whole months,
    else as many days, from the day after it ends."""
    start = old.end + DAY
    months = whole_months(old)
    if months is not None:
        return Span(start, add_months(start, months) - DAY)
    return Span(start, old.end + (old.end - old.start) + DAY)


# A new period: None (the default rule), or given in days or in whole months.
new_periods = st.one_of(
    st.none(),
    st.none(),
    st.tuples(st.just("days"), st.integers(0, 60), st.integers(1, 800)),
    st.tuples(st.just("months"), st.integers(0, 3), st.integers(1, 24)),
)


def explicit_period(spec: tuple[str, int, int] | None, old: Span) -> Span | None:
    if spec is None:
        return None
    kind, gap, length = spec
    if kind == "days":
        start = old.end + DAY * (1 + gap)
        return Span(start, start + DAY * (length - 1))
    start = add_months(first_of_next_month(old.end), gap)
    return Span(start, add_months(start, length) - DAY)


@dataclass
class Rolled:
    """One plan rolled over, and what each side of it means."""

    text: str
    before: FileResult
    options: rollover.Options
    data: dict[str, Any]
    report: rollover.Report
    out_text: str
    after: FileResult

    @property
    def old(self) -> Span:
        return self.report.old

    @property
    def new(self) -> Span:
        return self.report.new

    @cached_property
    def old_activities(self) -> dict[str, Activity]:
        assert self.before.plan is not None
        return {a.id: a for _i, a in self.before.plan.activities}

    @cached_property
    def new_activities(self) -> dict[str, Activity]:
        assert self.after.plan is not None, self.explain("the written plan could not be read")
        return {a.id: a for _i, a in self.after.plan.activities}

    @cached_property
    def carried(self) -> list[Activity]:
        """The input's unfinished activities, in file order."""
        return [a for a in self.old_activities.values() if a.status in UNFINISHED]

    def new_activity(self, ident: str) -> Activity:
        found = self.new_activities.get(ident)
        assert found is not None, self.explain(f"{ident} is not in the written plan (or failed)")
        return found

    def explain(self, what: str) -> str:
        return (
            f"{what}\n--- options: {self.options}\n--- input:\n{self.text}\n"
            f"--- output:\n{self.out_text}\n--- output errors: {errors_of(self.after)}"
        )


def roll(text: str, dates: str, spec: tuple[str, int, int] | None) -> Rolled:
    before = validate_text(text, "plan-2027.yaml")
    assert not before.has_errors, f"generated plan invalid: {errors_of(before)}\n{text}"
    assert before.plan is not None and before.plan.header is not None
    period = before.plan.header.period
    options = rollover.Options(
        period=explicit_period(spec, Span(period.start, period.end)), dates=dates
    )
    loaded = yamlio.parse(yamlio.Loaded("plan-2027.yaml"), text)
    data, report = rollover.roll(loaded.data, before.plan, options)
    out_text = writer.dump(data, ["Skapad av hplan rollover från plan-2027.yaml"])
    after = validate_text(out_text, "plan-2028.yaml")
    return Rolled(text, before, options, data, report, out_text, after)


rolled_plans = st.builds(roll, plans(), st.sampled_from(schedule.POLICIES), new_periods)


def free_from(span: Activity) -> dt.date:
    """The first day a successor may start: after the end, or on a milestone's day."""
    return span.end if span.start == span.end else span.end + DAY


def becomes_in_progress(activity: Activity) -> bool:
    return activity.status == "in_progress" or (activity.progress or 0) > 0


# --- 1. -------------------------------------------------------------------------------------


@PROPS
@given(rolled_plans)
def test_every_unfinished_activity_is_carried_exactly_once(r: Rolled) -> None:
    written = yamlio.parse(yamlio.Loaded("out.yaml"), r.out_text).data
    assert isinstance(written, dict), r.explain("the written plan cannot be read")
    out_ids = [str(item["id"]) for item in written.get("activities") or []]
    counts = Counter(out_ids)
    for activity in r.old_activities.values():
        times = counts[activity.id]
        if activity.status in UNFINISHED:
            assert times == 1, r.explain(f"{activity.id} ({activity.status}) written {times}x")
        else:
            assert times == 0, r.explain(f"{activity.id} ({activity.status}) was carried")
    assert set(out_ids) <= set(r.old_activities), r.explain("an activity came from nowhere")
    assert [row.id for row in r.report.carried] == [a.id for a in r.carried]
    dropped = [(a.id, a.status) for a in r.old_activities.values() if a.status in FINISHED]
    assert [(row.id, row.status) for row in r.report.dropped] == dropped


# --- 2. -------------------------------------------------------------------------------------


@PROPS
@given(rolled_plans)
def test_carried_activities_keep_what_the_user_wrote(r: Rolled) -> None:
    status = {a.id: a.status for a in r.old_activities.values()}
    for old in r.carried:
        new = r.new_activity(old.id)
        for field in Activity.model_fields:
            if field in CHANGED:
                continue
            assert getattr(new, field) == getattr(old, field), r.explain(
                f"{old.id}.{field}: {getattr(old, field)!r} became {getattr(new, field)!r}"
            )
        met = [ref for ref in old.depends_on if status.get(ref) not in FINISHED]
        assert new.depends_on == met, r.explain(f"{old.id}.depends_on: {new.depends_on}")
        assert (new.spent, new.forecast_end, new.completed) == (None, None, None), r.explain(
            f"{old.id}: the old period's follow-up fields were carried"
        )
        expected = "in_progress" if becomes_in_progress(old) else "planned"
        assert new.status == expected, r.explain(f"{old.id}: {old.status} -> {new.status}")
        assert new.progress == old.progress, r.explain(f"{old.id}.progress: {new.progress}")


# --- 3. -------------------------------------------------------------------------------------


@PROPS
@given(rolled_plans)
def test_the_written_plan_validates_without_errors(r: Rolled) -> None:
    assert not r.after.has_errors, r.explain(f"errors in the written plan: {errors_of(r.after)}")
    # writer promises a file every YAML reader reads, PyYAML's pure-Python one included.
    try:
        other = yaml.safe_load(r.out_text)
    except yaml.YAMLError as error:
        raise AssertionError(r.explain(f"PyYAML cannot read the written plan: {error}")) from None
    items = other.get("activities") or []
    ids = [str(item["id"]) for item in items]
    assert ids == [a.id for a in r.carried], r.explain(f"PyYAML reads the ids as {ids}")
    for item, old in zip(items, r.carried, strict=True):
        assert item.get("progress") == old.progress, r.explain(
            f"PyYAML reads {old.id}'s progress {old.progress} as {item.get('progress')!r}"
        )
    assert r.after.plan is not None and r.after.plan.header is not None
    header = r.after.plan.header
    assert (header.period.start, header.period.end) == (r.new.start, r.new.end)
    assert header.decision is None and header.checkpoints == [], r.explain("not a draft")


# --- 4. -------------------------------------------------------------------------------------


@PROPS
@given(rolled_plans)
def test_carried_dates_lie_in_the_new_period_unless_reported(r: Rolled) -> None:
    assert r.new == (r.options.period or default_next(r.old)), r.explain(f"period {r.new}")
    rows = {row.id: row for row in r.report.carried}
    for old in r.carried:
        new, row = r.new_activity(old.id), rows[old.id]
        assert (row.new.start, row.new.end) == (new.start, new.end), r.explain(
            f"{old.id}: the report says {row.new}, the file {new.start}..{new.end}"
        )
        assert r.new.start <= new.start <= new.end, r.explain(f"{old.id} starts before")
        if row.past_end:
            assert new.end > r.new.end, r.explain(f"{old.id} reported past the end, is not")
        else:
            assert new.end <= r.new.end, r.explain(f"{old.id} ends after {r.new.end}, unreported")


# --- 5. -------------------------------------------------------------------------------------


@PROPS
@given(rolled_plans)
def test_dependencies_are_in_finish_to_start_order(r: Rolled) -> None:
    carried = {a.id for a in r.carried}
    for old in r.carried:
        succ = r.new_activity(old.id)
        for ref in succ.depends_on:
            if ref not in carried:
                continue  # another plan's activity
            pred = r.new_activity(ref)
            assert succ.start >= free_from(pred), r.explain(
                f"{succ.id} starts {succ.start}, its predecessor {ref} "
                f"runs {pred.start}..{pred.end}"
            )


# --- 6. -------------------------------------------------------------------------------------


@PROPS
@given(rolled_plans)
def test_history_grows_by_one_entry(r: Rolled) -> None:
    rows = {row.id: row for row in r.report.carried}
    for old in r.carried:
        new = r.new_activity(old.id)
        entry = Carried(
            period=r.old.start, id=old.id, status=old.status, progress=old.progress or 0
        )
        assert new.carried_from == [*old.carried_from, entry], r.explain(
            f"{old.id}.carried_from: {old.carried_from} became {new.carried_from}"
        )
        assert rows[old.id].times == len({e.period for e in new.carried_from})


# --- 7. -------------------------------------------------------------------------------------


def first_span(old: Activity, r: Rolled) -> tuple[dt.date, dt.date]:
    """Where an activity goes before the dependency pass (computed here independently):

    * work in progress: from the new period's start, for the share of its days its
      progress leaves, at least one day;
    * `start`: at the new period's start, for as many days as before;
    * `shift`: start and end each keep their place in the calendar (by calendar months
      when both periods start on the 1st, a day the month lacks becoming its last, so a
      whole year stays a whole year and 29 Feb becomes 28 Feb; else by days); an
      activity that would start before the new period starts with it, as long as before.
    """
    days = (old.end - old.start).days + 1
    if becomes_in_progress(old):
        left = math.ceil(Fraction(days) * (100 - Fraction(old.progress or 0)) / 100)
        return r.new.start, r.new.start + DAY * (max(1, left) - 1)
    if r.options.dates == "start":
        return r.new.start, r.new.start + DAY * (days - 1)
    if r.old.start.day == 1 and r.new.start.day == 1:
        years, months = r.new.start.year - r.old.start.year, r.new.start.month - r.old.start.month
        start, end = (add_months(day, years * 12 + months) for day in (old.start, old.end))
    else:
        start, end = (day + (r.new.start - r.old.start) for day in (old.start, old.end))
    if start < r.new.start:
        return r.new.start, r.new.start + (end - start)
    return start, end


@PROPS
@given(rolled_plans)
def test_durations_are_kept_and_moves_only_follow_predecessors(r: Rolled) -> None:
    """Each activity gets its first dates by the policy (first_span); then it is moved
    later, keeping that length, exactly as far as its carried predecessors require."""
    carried = {a.id for a in r.carried}
    rows = {row.id: row for row in r.report.carried}
    for old in r.carried:  # file order; predecessors come first in generated plans
        new = r.new_activity(old.id)
        start, end = first_span(old, r)
        assert new.end - new.start == end - start, r.explain(
            f"{old.id} ({old.status}, {old.progress}%) ran {old.start}..{old.end}, now "
            f"{new.start}..{new.end}; expected {(end - start).days + 1} days ({start}..{end})"
        )
        by_days = r.options.dates == "start" or r.old.start.day != 1 or r.new.start.day != 1
        if by_days and not becomes_in_progress(old):  # no calendar months: the days stay
            assert new.end - new.start == old.end - old.start, r.explain(old.id)
        preds = [r.new_activity(p) for p in new.depends_on if p in carried]
        expected = max([start, *(free_from(p) for p in preds)])
        assert new.start == expected, r.explain(
            f"{old.id} starts {new.start}; its first date {start}, predecessors "
            f"{[(p.id, p.start, p.end) for p in preds]}"
        )
        assert rows[old.id].pushed == (new.start > start), r.explain(f"{old.id}: pushed?")


# --- two rollovers in a row --------------------------------------------------------------------

PLAN_2027 = """\
hplan: 1
plan:
  title: Handlingsplan för informationssäkerhet 2027
  organisation: Exempelkommunen
  language: sv
  period: {start: 2027-01-01, end: 2027-12-31}
goals:
  - {id: M1, title: "Informationen är klassad"}
activities:
  - id: A1
    name: Klassa informationen i verksamhetssystemen
    goals: [M1]
    priority: hög
    responsible: Per Ek
    cost: {money: 80 tkr}
    start: 2027-02-01
    end: 2027-05-31
    status: pågående
    progress: 40
  - id: A2
    name: Inventera systemen
    goals: [M1]
    priority: medel
    responsible: Per Ek
    cost: {hours: 40}
    start: 2027-01-10
    end: 2027-01-31
    status: genomförd
    progress: 100
  - id: A3
    name: Behörighetsöversyn
    goals: [M1]
    priority: medel
    responsible: Per Ek
    cost: {hours: 80}
    start: 2027-06-01
    end: 2027-06-30
    depends_on: [A1, A2]
    status: planerad
"""


def roll_text(text: str, path: str) -> tuple[dict[str, Any], rollover.Report, str]:
    result = validate_text(text, path)
    assert not result.has_errors, errors_of(result)
    assert result.plan is not None
    loaded = yamlio.parse(yamlio.Loaded(path), text)
    data, report = rollover.roll(loaded.data, result.plan, rollover.Options())
    return data, report, writer.dump(data, [f"Skapad från {path}"])


def test_two_rollovers_in_a_row_give_two_history_entries_and_hp406() -> None:
    data_2028, report, text_2028 = roll_text(PLAN_2027, "plan-2027.yaml")
    assert [row.id for row in report.carried] == ["A1", "A3"]
    assert [row.times for row in report.carried] == [1, 1]

    # The 2028 follow-up: A1 is still going (70 %), A3 is done.
    data_2028["activities"][0]["progress"] = 70
    data_2028["activities"][1].update(status="genomförd", progress=100)
    text_2028 = writer.dump(data_2028)
    result_2028 = validate_text(text_2028, "plan-2028.yaml")
    assert not result_2028.has_errors, errors_of(result_2028)
    assert not [d for d in result_2028.diagnostics if d.code == "HP406"]

    _data, report, text_2029 = roll_text(text_2028, "plan-2028.yaml")
    assert [row.id for row in report.carried] == ["A1"]
    assert report.carried[0].times == 2
    assert [row.id for row in report.dropped] == ["A3"]

    result = validate_text(text_2029, "plan-2029.yaml")
    assert not result.has_errors, errors_of(result)
    assert result.plan is not None and result.plan.header is not None
    assert result.plan.header.title == "Handlingsplan för informationssäkerhet 2029"
    [(index, a1)] = result.plan.activities
    assert a1.id == "A1"
    assert a1.carried_from == [
        Carried(period=dt.date(2027, 1, 1), id="A1", status="in_progress", progress=40),
        Carried(period=dt.date(2028, 1, 1), id="A1", status="in_progress", progress=70),
    ]
    assert "{period: 2027-01-01, id: A1, status: pågående, progress: 40}" in text_2029
    assert "{period: 2028-01-01, id: A1, status: pågående, progress: 70}" in text_2029

    [hp406] = [d for d in result.diagnostics if d.code == "HP406"]
    assert hp406.severity.name == "WARNING"
    assert hp406.loc == ("activities", index, "carried_from")
    assert hp406.kwargs["_item"] == "A1" and hp406.kwargs["times"] == 2
    # It points at A1's history: the `carried_from` key or the list under it.
    lines = text_2029.splitlines()
    key = lines.index("    carried_from:") + 1
    assert hp406.line in (key, key + 1), (hp406.line, text_2029)


# --- what the properties found, pinned ----------------------------------------------------------

SMALL = """\
hplan: 1
plan:
  title: Handlingsplan 2027
  organisation: Exempelkommunen
  period: {start: 2027-01-01, end: 2027-12-31}
people:
  Maria Lind: {role: CISO}
  Per Ek:
activities:
  - id: A1
    name: Klassning
    priority: high
    responsible: Per Ek
    start: 2027-02-01
    end: 2027-03-31
    x-ärende:
    x-lista: []
    x-id: "1e3"
    resources: ["Budget?"]
"""


def test_a_person_written_without_fields_is_carried() -> None:
    """`Per Ek:` with nothing under it is a person (plan-format.md, Details): the people
    register is copied, so the carried activity's `responsible: Per Ek` must still name
    someone in it (else HP204, an error, in the plan rollover made)."""
    _data, _report, text = roll_text(SMALL, "plan-2027.yaml")
    result = validate_text(text, "plan-2028.yaml")
    assert result.plan is not None
    assert "Per Ek" in result.plan.people, text
    assert not result.has_errors, errors_of(result)


def test_x_keys_are_carried_as_written() -> None:
    """`x-` keys are the user's own (plan-format.md): kept with their values, a key with
    no value and a string that looks like a number included."""
    _data, _report, text = roll_text(SMALL, "plan-2027.yaml")
    result = validate_text(text, "plan-2028.yaml")
    assert result.plan is not None
    [(_i, activity)] = result.plan.activities
    assert activity.extras == {"x-ärende": None, "x-lista": [], "x-id": "1e3"}, text


def test_the_written_plan_is_read_by_pyyaml() -> None:
    _data, _report, text = roll_text(SMALL, "plan-2027.yaml")
    assert yaml.safe_load(text)["activities"][0]["resources"] == ["Budget?"], text
