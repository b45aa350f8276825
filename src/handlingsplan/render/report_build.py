"""One plan's management-review report as blocks (report_model), in the order a board
reads it: the plan and its decision, the key figures, goals, activities by state,
deviations, budget use, carried work, requirements, the backlog and the Gantt chart."""

from __future__ import annotations

import datetime as dt

from handlingsplan import status
from handlingsplan.i18n import t
from handlingsplan.model import Plan
from handlingsplan.render import report_plan, report_registers, report_states
from handlingsplan.render.report_model import Block, Chart, Heading, Para, Section


def section(
    plan: Plan, lang: str, today: dt.date, tolerance: float, banner: str | None = None
) -> Section:
    activities = [a for _, a in plan.activities]
    summary = status.summarise(plan, activities, today, tolerance)
    marking = plan.header.classification if plan.header else None
    blocks: list[Block] = [
        *report_plan.opening(plan, summary, lang, banner),
        *report_plan.key_figures(plan, summary, lang),
        *report_plan.goals(summary, lang),
        *report_states.by_state(summary, lang),
        *report_states.deviations(summary, lang),
        *report_registers.budget(plan, summary, lang),
        *report_registers.carried(plan, summary, lang),
        *report_registers.requirements(plan, summary, lang),
        *report_registers.backlog(plan, lang),
        *chart(plan, lang, today, marking),
    ]
    title = plan.header.title if plan.header else ""
    return Section(title, lang, marking, today, blocks)


def chart(plan: Plan, lang: str, today: dt.date, marking: str | None) -> list[Block]:
    heading = Heading(t("report.h.gantt", lang))
    if not plan.activities:
        return [heading, Para(t("report.no_activities", lang))]
    return [heading, Chart(plan, lang, today, marking), Para(t("report.gantt_note", lang), "note")]
