"""English messages of `hplan adopt` (merged into en.py's MESSAGES; keys stay
identical to the other language's, which a test checks)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "help.adopt": (
        "Record that management adopted the plan: plan.decision (or, with --revision, a "
        "decided adjustment in plan.revisions) with the digest of the decided content, "
        "edited in place so that comments and layout stay."
    ),
    "help.adopt_plan": "The plan file to edit in place.",
    "help.adopt_by": "The body that decided (Kommunstyrelsen, the board).",
    "help.adopt_date": "The date of the decision, YYYY-MM-DD.",
    "help.adopt_reference": "The decision's reference (KS 2026/412).",
    "help.adopt_revision": "Append a decided adjustment to plan.revisions instead.",
    "help.adopt_note": "What the revision changed (required with --revision).",
    "metavar.adopt_body": "BODY",
    "metavar.adopt_reference": "REF",
    "metavar.adopt_text": "TEXT",
    "adopt.adopted": "{path}: adopted by {by} on {date}; plan.decision written with digest {digest}",
    "adopt.revised": "{path}: revision by {by} on {date} appended to plan.revisions with digest {digest}",
    "adopt.refused": "{path}: not adopted: fix the errors first (nothing was written)",
    "adopt.already": "{path} was already adopted on {date}: record a later decided change with --revision --note TEXT",
    "adopt.no_decision": "{path} has no decision yet: adopt it without --revision first",
    "adopt.bad_date": "--date: {value!r} is not a date (YYYY-MM-DD)",
    "adopt.empty_by": "--by: name the body that decided",
    "adopt.note_without_revision": "--note belongs to a revision: add --revision",
    "adopt.revision_needs_note": "--revision needs --note TEXT saying what was changed",
    "adopt.stdin": "adopt edits a plan file in place: give a file, not -",
    "adopt.layout": "plan.revisions is written as a flow list ([...]): write it as a block list (- ...) and try again",
    "adopt.bug": "hplan adopt: the edited plan did not validate or its digest changed (a bug); nothing was written",
    "HP504": "the decided content changed after the decision of {date} (its digest no longer matches)",
    "hint.HP504": "see what changed since the adopted version (git log -p, or hplan diff between that commit and now); have the change decided (hplan adopt --revision) or undo it",
    "HP504.since": "the decided content changed after the decision of {date}; since {commit} ({day}), the commit that wrote its digest: {changes}",
    "hint.HP504.since": "see every change with: hplan diff {old} {path}; have the change decided (hplan adopt --revision) or undo it",
    "HP504.change.added": "added {ids}",
    "HP504.change.from_backlog": "taken in from the backlog {ids}",
    "HP504.change.removed": "removed {ids}",
    "HP504.change.to_backlog": "moved to the backlog {ids}",
    "HP504.change.dates": "dates moved {ids}",
    "HP504.change.cost": "cost changed {ids}",
    "HP504.change.responsible": "responsible changed {ids}",
    "HP504.change.priority": "priority changed {ids}",
    "HP504.change.name": "renamed {ids}",
    "HP504.change.goals": "goals changed {ids}",
    "HP504.change.controls": "controls changed {ids}",
    "HP504.change.plan_goals": "goals added or removed {ids}",
    "HP504.change.activity_gaps": "gaps closed changed {ids}",
    "HP504.change.dependencies": "dependencies changed {ids}",
    "HP504.change.requirements": "requirements changed {ids}",
    "HP504.change.gaps": "gaps added, removed or changed {ids}",
    "HP504.change.backlog": "backlog items added or removed {ids}",
    "HP504.change.budget": "the budget changed",
    "HP504.change.period": "the period changed",
    "HP504.change.other": "only fields that hplan diff does not list (such as descriptions, kinds, efforts or external dependencies)",
}
