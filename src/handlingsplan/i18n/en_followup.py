"""English messages of the follow-up commands (status, validate --today), merged into
en.py's MESSAGES; keys stay identical to the Swedish ones, which a test checks."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "help.validate_today": "the day of follow-up (YYYY-MM-DD): also report overdue, late and delayed activities (HP601-HP604)",
    # --- HP6xx follow-up on a given day
    "HP601": "was to end {date} and is not done ({days} days overdue on {today})",
    "HP601.one": "was to end {date} and is not done (1 day overdue on {today})",
    "hint.HP601": "record what happened: status done with `completed`, a new `forecast_end`, or a decision to postpone or cancel it",
    "HP602": "was to start {date} and is still planned ({days} days late)",
    "HP602.one": "was to start {date} and is still planned (1 day late)",
    "hint.HP602": "set status in_progress if work has begun, or agree a new start with those who adopted the plan",
    "HP603": "is {progress} % done with {elapsed} % of its time gone",
    "hint.HP603": "update `progress`, or record the expected end in `forecast_end`",
    "HP604": "is expected to end {date}, after the plan period ends ({limit})",
    "hint.HP604": "a major deviation: take it to management (resources, scope, or carry the rest into next period)",
}
