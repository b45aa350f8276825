"""The explicit registry of semantic checks: code -> check function, run in this order.

No import magic: a new check is imported and listed here. `duplicate_ids` runs first
because the dependency checks leave out ids that are used twice.
"""

from __future__ import annotations

from handlingsplan.checks import (
    controls,
    crossplan,
    dates,
    decided,
    dependencies,
    followup,
    goals,
    ids,
    load,
    plan,
    references,
)
from handlingsplan.checks.base import Check, Context

REGISTRY: dict[str, Check] = {
    "HP104": ids.duplicate_ids,
    "HP201": references.unknown_dependency,
    "HP203": references.unknown_goal,
    "HP204": references.unknown_person,
    "HP205": references.depends_on_backlog,
    "HP206": references.depends_on_cancelled,
    "HP207": references.unknown_gap,
    "HP208": crossplan.other_plan_not_checked,
    "HP202": dependencies.dependency_cycle,
    "HP301": dates.end_before_start,
    "HP302": dependencies.dependency_order,
    "HP303": dates.outside_period,
    "HP304": load.overload,
    "HP401": goals.no_goal,
    "HP402": goals.goal_without_activity,
    "HP403": controls.unknown_control,
    "HP404": controls.control_edition,
    "HP405": goals.requirement_deferred,
    "HP406": goals.carried_repeatedly,
    "HP407": goals.gap_unaddressed,
    "HP408": goals.wish_list,
    "HP501": plan.over_budget,
    "HP502": plan.status_progress,
    "HP503": plan.draft,
    "HP504": decided.changed_after_decision,
    "HP601": followup.overdue,
    "HP602": followup.late_start,
    "HP603": followup.behind,
    "HP604": followup.delayed_past_period,
}

__all__ = ["REGISTRY", "Check", "Context"]
