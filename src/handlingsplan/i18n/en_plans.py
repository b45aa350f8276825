"""English messages of the plans commands (merged into en.py's MESSAGES; keys stay
identical to the other language's, which a test checks)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # HP208: a dependency on another plan that is not at hand.
    "HP208": "`{ref}` is an activity of plan `{plan}`, which is not checked with this one",
    "hint.HP208": "check the plans together: give each file, or their folder, or list them in hplan.toml `plans`",
    "HP208.period": "`{ref}` is an activity of plan `{plan}`, which is checked here only for other periods ({paths})",
    "hint.HP208.period": "check it together with the plan `{plan}` of this period",
    "HP208.ambiguous": "`{ref}` could name an activity of any of {count} plans with the id `{plan}` ({paths}), so it is not checked",
    "hint.HP208.ambiguous": "give each plan its own `plan.id`",
    "HP208.unreadable": "`{ref}` is an activity of plan `{plan}` ({path}), which has errors that keep it from being read",
    "hint.HP208.unreadable": "fix the errors in {path}, then check again",
    # Cross-plan findings of existing codes.
    "HP201.plan": "`depends_on` names `{ref}`, but no plan checked together has the id `{plan}`",
    "hint.HP201.plan": "a plan's id is its `plan.id`, else its file name without suffix and year; fix the id, or check that plan too",
    "HP201.activity": "`depends_on` names `{ref}`, but plan `{plan}` ({path}) has no activity `{activity}`",
    "hint.HP201.activity": "fix the spelling, or remove the dependency",
    "HP202.plans": "dependency cycle across plans: {cycle} (each waits for the next; `depends_on` at {places})",
    "hint.HP202.plans": "no activity in the cycle can ever start: remove or reverse one of the dependencies",
    "HP104.plan_id": "plan id `{plan}` is also the id of {paths}, for a period that overlaps this one",
    "hint.HP104.plan_id": "give each plan its own `plan.id`: `{plan}:A1` must name one plan",
    # hplan validate -v
    "plans.context": "reading {path} for dependencies across plans (hplan.toml `plans`; not reported)",
}
