"""The Gantt chart as a Mermaid `gantt` block, for GitHub and GitLab markdown.

Two traps, both pinned by tests that run the real Mermaid engine (tests/mermaid):
Mermaid's `after X` starts a task at X's end, which is not the plan's start unless the
two coincide, so every task gets its own dates; and Mermaid's end dates are exclusive,
so the block sets `inclusiveEndDates` and every bar covers exactly the plan's days.
A raw `:` in a task name silently cuts the name, and `#12;` reads as a character code,
so `:`, `#` and `;` are written as Mermaid's codes `#58;`, `#35;` and `#59;`. A `%%{`
anywhere reads as a directive (it cuts a title and loses every task after it, or fails
to parse), so the second `%` of `%%` is written `#37;`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from handlingsplan import graph
from handlingsplan.i18n import t
from handlingsplan.model import Activity, Plan

if TYPE_CHECKING:
    from handlingsplan.render.gantt import Spec

_CODES = str.maketrans({":": "#58;", "#": "#35;", ";": "#59;", "\n": " ", "\r": " "})
_UNSAFE_ID = re.compile(r"[^A-Za-z0-9_]")


def escape(text: str) -> str:
    """Text for a Mermaid title, section or task name, shown as written."""
    return " ".join(text.translate(_CODES).replace("%%", "%#37;").split())


def task_ids(activities: list[Activity]) -> dict[str, str]:
    """A Mermaid id for each activity: its own id with anything but letters, digits and
    `_` made `_`, kept unique (A.1 and A_1 both exist in some plans)."""
    used: set[str] = set()
    out: dict[str, str] = {}
    for activity in activities:
        base = "a_" + _UNSAFE_ID.sub("_", activity.id)
        candidate, n = base, 1
        while candidate in used:
            n += 1
            candidate = f"{base}_{n}"
        used.add(candidate)
        out[activity.id] = candidate
    return out


def _tags(activity: Activity, critical: bool) -> list[str]:
    tags = []
    if activity.start == activity.end:
        tags.append("milestone")
    if critical:
        tags.append("crit")
    if activity.status == "done":
        tags.append("done")
    elif activity.status == "in_progress":
        tags.append("active")
    return tags


def _task(activity: Activity, task_id: str, critical: bool, lang: str) -> str:
    from handlingsplan.render.gantt import status_note

    name = activity.name + status_note(activity, lang)
    # A milestone is written with a 0-day duration: Mermaid then draws it on its day.
    end = "0d" if activity.start == activity.end else activity.end.isoformat()
    fields = [*_tags(activity, critical), task_id, activity.start.isoformat(), end]
    return f"    {escape(f'{activity.id} {name}')} : {', '.join(fields)}"


def gantt(plan: Plan, spec: Spec) -> str:
    from handlingsplan.render.gantt import groups, shown

    activities = shown(plan, spec)
    ids = task_ids(activities)
    on_path = set(graph.critical_path(a for _, a in plan.activities))
    title = plan.header.title if plan.header else ""
    if spec.marking:
        title = f"{spec.marking} · {title}"
    lines = ["gantt", f"    title {escape(title)}", "    dateFormat YYYY-MM-DD",
             "    axisFormat %Y-%m-%d", "    inclusiveEndDates", "    todayMarker off"]  # fmt: skip
    if spec.marking:
        # A comment is not decoded: the marking as written, for whoever reads the source.
        comment = " ".join(spec.marking.split()).replace("%%", "% %")
        lines.insert(0, f"%% {comment}")
    for heading, members in groups(plan, activities, spec):
        lines.append(f"    section {escape(heading or t('gantt.section', spec.lang))}")
        lines.extend(_task(a, ids[a.id], a.id in on_path, spec.lang) for a in members)
    return "\n".join(lines) + "\n"
