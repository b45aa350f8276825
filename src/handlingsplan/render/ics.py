"""A plan as an iCalendar file (RFC 5545), for the calendars the people around it live in.

The icalendar library folds lines, escapes text (commas, semicolons, backslashes,
newlines) and writes CRLF; this module only decides what the events are:

- each activity: an all-day event from its start to the day after its end (DTEND is
  exclusive); a milestone (start == end) is one day, "Milestone: " before its name and
  the category Milestone;
- each `communication` item with a `when`: an all-day event for its audience;
- each `plan.checkpoints` date: a follow-up checkpoint, with the follow-up note when
  `plan.followups` records one for that day.

UIDs are stable, so importing a newer export updates the events instead of adding
copies: `activity-ID@PLAN.hplan`, `communication-ID-N@PLAN.hplan` (N: the item's place,
from 1, in the activity's list), `checkpoint-YYYY-MM-DD@PLAN.hplan`, PLAN being the
plan id (planset.plan_id). A cancelled activity (and its communication) is kept with
STATUS:CANCELLED, so that a calendar that imported it marks it cancelled rather than
keeping it as planned; a postponed one is TENTATIVE, every other event CONFIRMED.
DTSTAMP is the `stamp` given (the command takes SOURCE_DATE_EPOCH when set, else now).
The classification marking names the calendar and opens every description, since an
event leaves its calendar when someone forwards it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from icalendar import Calendar, Event, vText

from handlingsplan import __version__
from handlingsplan.i18n import t
from handlingsplan.model import Activity, Message, Plan

DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Spec:
    plan_id: str
    lang: str
    stamp: dt.datetime  # DTSTAMP, in UTC


def render(plan: Plan, spec: Spec) -> str:
    cal = Calendar()
    cal.add("prodid", f"-//hplan//hplan {__version__}//{spec.lang.upper()}")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    name = _calendar_name(plan, spec.lang)
    cal.add("name", vText(name))
    cal.add("x-wr-calname", vText(name))  # vText: escaped as text
    about = _calendar_description(plan, spec.lang)
    if about:
        cal.add("description", about)
        cal.add("x-wr-caldesc", vText(about))
    for _, activity in plan.activities:
        cal.add_component(_activity(plan, activity, spec))
        for number, message in _dated(activity):
            cal.add_component(_message(plan, activity, number, message, spec))
    for day in sorted(set(plan.header.checkpoints if plan.header else [])):
        cal.add_component(_checkpoint(plan, day, spec))
    data: bytes = cal.to_ical()
    return data.decode("utf-8")


def _calendar_name(plan: Plan, lang: str) -> str:
    header = plan.header
    title = header.title if header is not None else ""
    if header is not None and header.classification:
        return t("export.name_marked", lang, title=title, marking=header.classification)
    return title


def _calendar_description(plan: Plan, lang: str) -> str:
    header = plan.header
    if header is None:
        return ""
    lines = [header.organisation + (f", {header.unit}" if header.unit else "")]
    if header.classification:
        lines.insert(0, t("export.marking", lang, marking=header.classification))
    return "\n".join(lines)


def _event(uid: str, summary: str, start: dt.date, end: dt.date, spec: Spec) -> Event:
    """An all-day event from `start` to `end`, both inclusive (DTEND is the day after)."""
    event = Event()
    event.add("uid", f"{uid}@{spec.plan_id}.hplan")
    event.add("dtstamp", spec.stamp)
    event.add("summary", summary)
    event.add("dtstart", start)
    event.add("dtend", end + DAY)
    event.add("transp", "TRANSPARENT")  # a plan's work does not make anyone busy all day
    return event


def _activity(plan: Plan, activity: Activity, spec: Spec) -> Event:
    lang = spec.lang
    summary = f"{activity.id} {activity.name}"
    if activity.is_milestone:
        summary = t("export.milestone_summary", lang, summary=summary)
    event = _event(f"activity-{activity.id}", summary, activity.start, activity.end, spec)
    event.add("description", _description(plan, activity, lang))
    event.add("status", _status(activity))
    kind = "export.milestone" if activity.is_milestone else "export.activity"
    event.add("categories", [t(kind, lang), t(f"value.{activity.priority}", lang)])
    event.add("priority", {"critical": 1, "high": 3, "medium": 5, "low": 7}[activity.priority])
    return event


def _status(activity: Activity) -> str:
    if activity.status == "cancelled":
        return "CANCELLED"
    return "TENTATIVE" if activity.status == "postponed" else "CONFIRMED"


def _description(plan: Plan, activity: Activity, lang: str) -> str:
    lines = _marking(plan, lang)
    lines.append(t("export.responsible", lang, name=activity.responsible))
    status = t(f"value.{activity.status}", lang)
    if activity.progress is not None:
        lines.append(
            t("export.status_progress", lang, status=status, progress=f"{activity.progress:g}")
        )
    else:
        lines.append(t("export.status", lang, status=status))
    lines.append(t("export.priority", lang, priority=t(f"value.{activity.priority}", lang)))
    lines.append(t("export.dates", lang, start=activity.start, end=activity.end))
    if activity.forecast_end is not None and activity.forecast_end != activity.end:
        lines.append(t("export.forecast", lang, date=activity.forecast_end))
    titles = {goal.id: goal.title for _, goal in plan.goals}
    for goal in activity.goals:
        shown = f"{goal} {titles[goal]}" if goal in titles else goal
        lines.append(t("export.goal", lang, goal=shown))
    if activity.description:
        lines.extend(["", activity.description.strip()])
    return "\n".join(lines)


def _marking(plan: Plan, lang: str) -> list[str]:
    marking = plan.header.classification if plan.header is not None else None
    return [t("export.marking", lang, marking=marking)] if marking else []


def _dated(activity: Activity) -> list[tuple[int, Message]]:
    """The communication items that have a date, with their place in the list (from 1)."""
    items = activity.communication if isinstance(activity.communication, list) else []
    return [
        (number, item)
        for number, item in enumerate(items, start=1)
        if isinstance(item, Message) and item.when is not None
    ]


def _message(plan: Plan, activity: Activity, number: int, message: Message, spec: Spec) -> Event:
    lang = spec.lang
    assert message.when is not None
    what = message.what or activity.name
    if message.audience:
        summary = t("export.message_to", lang, audience=message.audience, what=what)
    else:
        summary = t("export.message", lang, what=what)
    uid = f"communication-{activity.id}-{number}"
    event = _event(uid, summary, message.when, message.when, spec)
    lines = _marking(plan, lang)
    lines.append(t("export.of_activity", lang, id=activity.id, name=activity.name))
    lines.append(t("export.responsible", lang, name=activity.responsible))
    event.add("description", "\n".join(lines))
    event.add("status", "CANCELLED" if activity.status == "cancelled" else "CONFIRMED")
    event.add("categories", [t("export.communication", lang)])
    return event


def _checkpoint(plan: Plan, day: dt.date, spec: Spec) -> Event:
    lang = spec.lang
    event = _event(f"checkpoint-{day.isoformat()}", t("export.checkpoint", lang), day, day, spec)
    lines = _marking(plan, lang)
    header = plan.header
    title = header.title if header is not None else ""
    lines.append(t("export.checkpoint_of", lang, title=title))
    for followup in header.followups if header is not None else []:
        if followup.date == day and followup.note:
            lines.append(t("export.followup_note", lang, note=followup.note))
    event.add("description", "\n".join(lines))
    event.add("status", "CONFIRMED")
    event.add("categories", [t("export.checkpoint", lang)])
    return event
