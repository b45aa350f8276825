"""English messages of `hplan history` (merged into en.py's MESSAGES; keys stay
identical to the other language's, which a test checks)."""

from __future__ import annotations

# fmt: off
MESSAGES: dict[str, str] = {
    "help.history": "Show, per activity, how its end date moved and when its status changed, commit by commit, from the plan file's git history. Activities whose end slipped more than --slip days in total come first, marked with !. Exit 0; 1 outside a git repository.",
    "help.history_plan": "The plan file, in a git repository.",
    "help.history_slip": "Mark activities whose end slipped more than this many days in total (default 30).",
    "help.history_format": "Output: text (default), markdown or json.",
    "examples.history": "  hplan history plan.yaml\n  hplan history plan.yaml --slip 14 --format markdown",
    "history.title": "End dates and status over time: {path}",
    "history.versions": "{count} versions in git, {first} – {last}.",
    "history.slipped": "Slipped more than {days} days in total: {ids}.",
    "history.none_slipped": "No activity slipped more than {days} days in total.",
    "history.no_changes": "No end date moved and no status changed.",
    "history.move": "{date} {commit}  end {old} → {new} ({days})",
    "history.status": "{date} {commit}  status {old} → {new}",
    "history.total": "end {first} → {last} in total ({days})",
    "history.end_kept": "end {end} unchanged",
    "history.skipped": "Skipped the version of {date} ({commit}): it cannot be read as a plan.",
    "history.nothing_parses": "{path}: no version in git can be read as a plan.",
    "history.no_commits": "{path}: the file has no history in git (not committed yet?).",
    "history.no_folder": "{path}: the folder does not exist.",
    "history.not_repository": "Cannot read the history of {path}: {folder} is not in a git repository.",
    "history.git_missing": "Cannot read the history from git: the git command was not found. Install git.",
    "history.git_failed": "Cannot read the history from git: {reason}",
    "history.bad_slip": "--slip must be 0 or more days, not {value}.",
}
# fmt: on
