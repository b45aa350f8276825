"""Dependencies on another plan's activities (`depends_on: [it:A2]`), as one plan sees
them: named, not resolved. Resolving them needs the other plans (planset)."""

from __future__ import annotations

from collections.abc import Iterator

from handlingsplan.checks.base import Context, items, subject
from handlingsplan.diagnostics import Diagnostic, make
from handlingsplan.model import Plan


def other_plan_not_checked(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP208 other-plan-not-checked: `depends_on` names another plan that is not at hand.

    `it:A2` names activity A2 of the plan whose id is `it` (its `plan.id`, else its file
    name without suffix and year). It can be checked only when that plan is checked in
    the same run: give both files, their folder, or list the plans in hplan.toml `plans`
    (then a single file given is checked against the others). Checked together, a
    missing plan or activity is HP201, a cycle across plans HP202 and an activity that
    starts too early HP302. This is information, never an error, even with --strict.
    """
    for section, index, item in items(plan):
        for n, ref in enumerate(item.depends_on):
            if ":" in ref:
                other, _, activity = ref.partition(":")
                yield make("HP208", (section, index, "depends_on", n), ref=ref, plan=other,
                           activity=activity, who=subject(section, item))  # fmt: skip
