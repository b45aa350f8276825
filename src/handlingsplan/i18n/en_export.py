"""English messages of `hplan export` (merged into en.py's MESSAGES; keys stay
identical to the other language's, which a test checks)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "help.export": (
        "Export a plan for a calendar (ics: an all-day event per activity, milestone, "
        "dated communication and checkpoint) or a spreadsheet (xlsx: the plan, its "
        "activities, goals, backlog and gaps, one sheet each, with the columns of "
        "hplan table --format csv).\n\n"
        "Examples:\n\n"
        "  hplan export plan.yaml --format ics -o plan.ics\n\n"
        "  hplan export plan.yaml --format xlsx -o plan.xlsx\n\n"
        "  SOURCE_DATE_EPOCH=0 hplan export plan.yaml -f ics --lang en > plan.ics"
    ),
    "help.export_format": "The output format: ics (calendar) or xlsx (spreadsheet). Required.",
    "export.binary_terminal": (
        "{format} is a binary file and is not written to a terminal: "
        "use -o FILE, or redirect standard output to a file"
    ),
    # a gap's status, as a spreadsheet shows it
    "value.open": "open",
    "value.closed": "closed",
    "value.accepted": "accepted",
    "help.force_export": "Overwrite the output file even if it is a plan file.",
    "export.bad_epoch": "SOURCE_DATE_EPOCH must be a whole number of seconds, not {value}",
    "export.name_marked": "{title} [{marking}]",
    "export.marking": "Marking: {marking}",
    "export.milestone_summary": "Milestone: {summary}",
    "export.activity": "Activity",
    "export.milestone": "Milestone",
    "export.communication": "Communication",
    "export.checkpoint": "Follow-up checkpoint",
    "export.checkpoint_of": "Checkpoint for following up {title}",
    "export.followup_note": "Follow-up: {note}",
    "export.responsible": "Responsible: {name}",
    "export.status": "Status: {status}",
    "export.status_progress": "Status: {status}, {progress} %",
    "export.priority": "Priority: {priority}",
    "export.dates": "Planned: {start} to {end}",
    "export.forecast": "Expected end: {date}",
    "export.goal": "Goal: {goal}",
    "export.message_to": "To {audience}: {what}",
    "export.message": "Communication: {what}",
    "export.of_activity": "Activity {id}: {name}",
    # the sheets of a spreadsheet (sheet.py: export and import)
    "sheet.plan": "Plan",
    "sheet.activities": "Activities",
    "sheet.goals": "Goals",
    "sheet.backlog": "Backlog",
    "sheet.gaps": "Gaps",
    "sheet.column.id": "Id",
    "sheet.column.title": "Title",
    "sheet.column.description": "Description",
    "sheet.column.target": "Target",
    "sheet.column.control": "Control",
    "sheet.column.severity": "Severity",
    "sheet.column.status": "Status",
    "sheet.column.accepted_by": "Accepted by",
    "sheet.column.accepted_date": "Accepted on",
    "sheet.column.note": "Note",
    "sheet.column.plan_title": "Title",
    "sheet.column.organisation": "Organisation",
    "sheet.column.unit": "Unit",
    "sheet.column.plan_id": "Plan id",
    "sheet.column.parent": "Parent plan",
    "sheet.column.owner": "Owner",
    "sheet.column.language": "Language",
    "sheet.column.classification": "Classification",
    "sheet.column.period_start": "Period start",
    "sheet.column.period_end": "Period end",
    "sheet.column.currency": "Currency",
    "sheet.column.hour_rate": "Hour rate",
    "sheet.column.budget_money": "Budget money",
    "sheet.column.budget_hours": "Budget hours",
    "sheet.column.contingency": "Contingency",
    "sheet.column.catalog": "Catalogue",
    "sheet.column.catalog_titles": "Control titles file",
    "sheet.column.checkpoints": "Checkpoints",
}
