"""English messages of `hplan controls` (merged into en.py's MESSAGES; keys stay
identical to the other language's, which a test checks)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "help.controls": "Which controls of the plan's catalogue its activities and backlog cover, by theme, with the gaps on each.",
    "help.controls_format": "Output format: text, csv, markdown or json.",
    "help.titles": "A YAML map of control id to title (your licensed copy of the standard); default: plan.catalog_titles.",
    "help.controls_missing": "Only the controls with an open significant or serious gap and no activity this period.",
    "controls.no_catalog": "{path}: the plan has no control catalogue to cover (plan.catalog is none, or its id list cannot be read: hplan validate says which)",
    "controls.title": "Controls: {title} ({catalog})",
    "controls.summary": "{total} controls: {period} addressed this period, {later} only later (backlog or postponed), {none} not addressed; {missing} with an open significant or serious gap and no activity",
    "controls.none_missing": "No control has an open significant or serious gap without an activity this period.",
    "controls.unknown": "Named in the plan but not in its catalogue (see HP403)",
    "controls.backlog": "backlog",
    "controls.gap_closed": "closed",
    "controls.gap_accepted": "accepted",
    "controls.state.period": "this period",
    "controls.state.later": "later",
    "controls.state.none": "not addressed",
    "controls.theme.organisational": "Organisational controls (5)",
    "controls.theme.people": "People controls (6)",
    "controls.theme.physical": "Physical controls (7)",
    "controls.theme.technological": "Technological controls (8)",
    "controls.theme.other": "Controls",
    "controls.theme.unknown": "Not in the catalogue",
    "controls.clause": "Clause {clause}",
    "controls.work": "work",
    "controls.gaps": "gaps",
    "controls.column.theme": "Theme",
    "controls.column.control": "Control",
    "controls.column.title": "Title",
    "controls.column.state": "State",
    "controls.column.work": "Activities and backlog",
    "controls.column.gaps": "Gaps",
    "HP102.catalog_titles": "the control titles file `{path}` cannot be read as a YAML map of control id to title",
    "hint.HP102.catalog_titles": 'write a YAML map such as `"5.15": Access control`, in a file next to the plan',
}
