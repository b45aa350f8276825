"""The iCalendar export, read back with icalendar: events and their dates (DTEND the day
after the last day), UIDs that stay put when the plan is edited, hostile text escaped
and folded, Swedish and English, cancelled work, the marking."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar, Event

from handlingsplan.model import Plan
from handlingsplan.pipeline import validate_path
from handlingsplan.render.ics import Spec, render

STAMP = dt.datetime(2027, 1, 15, 8, 0, tzinfo=dt.timezone.utc)
PLAN = r"""
hplan: 1
plan:
  title: Handlingsplan 2027
  organisation: Exempelkommunen
  id: klf
  language: sv
  classification: "Konfidentiell; enligt OSL, 18 kap."
  period: {start: 2027-01-01, end: 2027-12-31}
  checkpoints: [2027-08-31, 2027-04-30]
  followups:
    - {date: 2027-04-30, note: Rapporterat till KS; A3 skjuts}

goals:
  - id: M1
    title: Alla medarbetare är utbildade

activities:
  - id: A1
    name: "Utbildning, del 1; för chefer"
    description: "Rad ett\nRad två: å ä ö, semikolon; komma,"
    goals: [M1]
    priority: high
    responsible: Åsa Öberg
    start: 2027-02-01
    end: 2027-05-31
    status: in_progress
    progress: 30
    communication:
      - {audience: "Alla chefer, HR", when: 2027-05-01, what: Utbildningen startar}
      - Informera löpande
      - {audience: Ledningen, what: Utan datum}
  - id: A2
    name: Policy beslutad
    priority: critical
    responsible: Per Ek
    start: 2027-03-15
    end: 2027-03-15
  - id: A3
    name: Gammalt system avvecklas
    priority: low
    responsible: Per Ek
    start: 2027-06-01
    end: 2027-06-30
    status: cancelled
"""


def load(tmp_path: Path, text: str = PLAN, name: str = "plan.yaml") -> Plan:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = validate_path(str(path))
    assert result.plan is not None
    return result.plan


def export(plan: Plan, lang: str = "sv") -> str:
    return render(plan, Spec("klf", lang, STAMP))


def events(text: str) -> dict[str, Event]:
    calendar = Calendar.from_ical(text)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def unescaped(calendar: Calendar, key: str) -> str:
    """A TEXT property icalendar reads as unknown (NAME, X-WR-*), unescaped as clients do
    (RFC 5545 3.3.11)."""
    raw = calendar[key].to_ical().decode()
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], raw)


def day(event: Event, key: str) -> Any:
    return event.decoded(key)


def test_every_event_with_its_days(tmp_path: Path) -> None:
    found = events(export(load(tmp_path)))
    assert sorted(found) == [
        "activity-A1@klf.hplan",
        "activity-A2@klf.hplan",
        "activity-A3@klf.hplan",
        "checkpoint-2027-04-30@klf.hplan",
        "checkpoint-2027-08-31@klf.hplan",
        "communication-A1-1@klf.hplan",
    ]  # communication without a date (text, or no `when`) is no event
    a1 = found["activity-A1@klf.hplan"]
    assert (day(a1, "DTSTART"), day(a1, "DTEND")) == (dt.date(2027, 2, 1), dt.date(2027, 6, 1))
    a2 = found["activity-A2@klf.hplan"]  # a milestone: one day
    assert (day(a2, "DTSTART"), day(a2, "DTEND")) == (dt.date(2027, 3, 15), dt.date(2027, 3, 16))
    assert str(a2["SUMMARY"]) == "Milstolpe: A2 Policy beslutad"
    assert "Milstolpe" in a2.get("CATEGORIES").cats
    message = found["communication-A1-1@klf.hplan"]
    assert day(message, "DTSTART") == dt.date(2027, 5, 1)
    assert day(message, "DTEND") == dt.date(2027, 5, 2)
    assert str(message["SUMMARY"]) == "Till Alla chefer, HR: Utbildningen startar"
    checkpoint = found["checkpoint-2027-04-30@klf.hplan"]
    assert str(checkpoint["SUMMARY"]) == "Uppföljning (kontrollpunkt)"
    assert "Uppföljning: Rapporterat till KS; A3 skjuts" in str(checkpoint["DESCRIPTION"])
    for event in found.values():
        assert isinstance(day(event, "DTSTART"), dt.date)
        assert not isinstance(day(event, "DTSTART"), dt.datetime)  # all-day
        assert day(event, "DTSTAMP") == STAMP


def test_description_says_who_and_how_far_in_swedish(tmp_path: Path) -> None:
    a1 = events(export(load(tmp_path)))["activity-A1@klf.hplan"]
    assert str(a1["DESCRIPTION"]).splitlines() == [
        "Märkning: Konfidentiell; enligt OSL, 18 kap.",
        "Ansvarig: Åsa Öberg",
        "Status: pågående, 30 %",
        "Prioritet: hög",
        "Planerad: 2027-02-01 till 2027-05-31",
        "Mål: M1 Alla medarbetare är utbildade",
        "",
        "Rad ett",
        "Rad två: å ä ö, semikolon; komma,",
    ]


def test_english(tmp_path: Path) -> None:
    found = events(export(load(tmp_path), "en"))
    a1 = found["activity-A1@klf.hplan"]
    assert "Responsible: Åsa Öberg\nStatus: in progress, 30 %" in str(a1["DESCRIPTION"])
    assert str(found["activity-A2@klf.hplan"]["SUMMARY"]) == "Milestone: A2 Policy beslutad"
    assert str(found["checkpoint-2027-08-31@klf.hplan"]["SUMMARY"]) == "Follow-up checkpoint"
    message = found["communication-A1-1@klf.hplan"]
    assert str(message["SUMMARY"]) == "To Alla chefer, HR: Utbildningen startar"


def test_hostile_text_is_escaped_and_folded(tmp_path: Path) -> None:
    text = export(load(tmp_path))
    raw = text.replace("\r\n ", "")  # unfold
    assert "SUMMARY:A1 Utbildning\\, del 1\\; för chefer\r\n" in raw
    assert "Rad ett\\nRad två: å ä ö\\, semikolon\\; komma\\," in raw
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert text.endswith("END:VCALENDAR\r\n") and "\n" not in text.replace("\r\n", "")
    a1 = events(text)["activity-A1@klf.hplan"]
    assert str(a1["SUMMARY"]) == "A1 Utbildning, del 1; för chefer"


def test_calendar_is_named_with_the_marking(tmp_path: Path) -> None:
    calendar = Calendar.from_ical(export(load(tmp_path)))
    name = "Handlingsplan 2027 [Konfidentiell; enligt OSL, 18 kap.]"
    assert unescaped(calendar, "X-WR-CALNAME") == name
    assert unescaped(calendar, "NAME") == name
    assert unescaped(calendar, "X-WR-CALDESC").startswith("Märkning: Konfidentiell; enligt OSL")


def test_cancelled_kept_as_cancelled(tmp_path: Path) -> None:
    found = events(export(load(tmp_path)))
    assert str(found["activity-A3@klf.hplan"]["STATUS"]) == "CANCELLED"
    assert str(found["activity-A1@klf.hplan"]["STATUS"]) == "CONFIRMED"


def test_uids_stay_put_when_the_plan_is_edited(tmp_path: Path) -> None:
    before = events(export(load(tmp_path)))
    edited = (
        PLAN.replace("end: 2027-05-31", "end: 2027-06-30")
        .replace("name: Policy beslutad", "name: Policyn beslutad av KS")
        .replace("responsible: Åsa Öberg", "responsible: Per Ek")
    )
    edited += "  - {id: A4, name: Ny, priority: low, responsible: Per Ek, start: 2027-09-01, end: 2027-09-30}\n"
    after = events(export(load(tmp_path, edited)))
    assert set(before) < set(after)
    assert set(after) - set(before) == {"activity-A4@klf.hplan"}
    assert day(after["activity-A1@klf.hplan"], "DTEND") == dt.date(2027, 7, 1)
    assert export(load(tmp_path)) == export(load(tmp_path))  # deterministic


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_plan_without_marking_or_checkpoints(tmp_path: Path, lang: str) -> None:
    text = PLAN.replace('  classification: "Konfidentiell; enligt OSL, 18 kap."\n', "")
    text = text.replace("  checkpoints: [2027-08-31, 2027-04-30]\n", "")
    calendar = Calendar.from_ical(export(load(tmp_path, text), lang))
    assert unescaped(calendar, "X-WR-CALNAME") == "Handlingsplan 2027"
    assert unescaped(calendar, "X-WR-CALDESC") == "Exempelkommunen"
    descriptions = [str(e["DESCRIPTION"]) for e in calendar.walk("VEVENT")]
    assert not any("Märkning" in d or "Marking" in d for d in descriptions)
    assert len(descriptions) == 4
