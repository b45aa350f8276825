"""English messages of `hplan migrate` (merged into en.py's MESSAGES; keys stay
identical to the other language's, which a test checks)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "help.migrate": (
        "Rewrite a plan's ISO/IEC 27001:2013 control ids into 2022 ids, keeping comments "
        "and layout. Without -o or --in-place the migrated plan goes to standard output."
    ),
    "metavar.migrate_catalog": "CATALOG",
    "help.migrate_to": "The catalogue to migrate to: iso27001-2022.",
    "help.migrate_output": "Write the migrated plan to this file (never the input).",
    "help.in_place": "Rewrite the plan file itself (atomically, keeping its permissions).",
    "help.force_migrate": "Overwrite an existing output file.",
    "help.migrate_dry_run": "Show what would change; write nothing.",
    "help.migrate_format": "Report format: text or json.",
    "migrate.bad_to": "--to {value}: migrate can only migrate to {allowed}.",
    "migrate.output_or_in_place": "Give either -o/--output or --in-place, not both.",
    "migrate.in_place_stdin": "--in-place needs a plan file, not standard input.",
    "migrate.own_catalog": (
        "The plan's catalogue is {catalog}: migrate maps only between the ISO/IEC 27001 "
        "editions, not into or out of another catalogue."
    ),
    "migrate.refused": "{path}: not migrated; fix the errors above first (only HP404 is fixed by migration).",
    "migrate.bug": "The migrated plan has errors, so nothing was written. This is a bug in hplan; please report it.",
    "migrate.output_is_input": "{path} is the plan itself: use --in-place to rewrite it.",
    "migrate.exists": "{path} already exists; use --force to overwrite it.",
    "migrate.nothing": "{path} already uses ISO/IEC 27001:2022 ids: nothing to do.",
    "migrate.title": "{source}: control ids migrated from ISO/IEC 27001:2013 to 2022",
    "migrate.catalog": "plan.catalog: {old} → iso27001-2022",
    "migrate.activity": "Activity {id}",
    "migrate.backlog": "Backlog item {id}",
    "migrate.gap": "Gap {id}",
    "migrate.line": "{old} → {new}",
    "migrate.line_merged": "{old} → {new} (merged: removed, named once)",
    "migrate.split": "SPLIT into {targets}: decide whether both apply",
    "migrate.split_gap": "SPLIT into {targets}: a gap names one control, the first is kept; decide",
    "migrate.summary": "Ids rewritten: {rewritten}, merged: {merged}, split: {split}.",
    "migrate.decide": "A split id needs your decision: keep the controls that apply, remove the other.",
    "migrate.uncovered": "{n} new 2022 controls (no 2013 predecessor) that no activity covers: {ids}",
    "migrate.dry_run": "Dry run: nothing written.",
    "migrate.to_stdout": "The migrated plan was written to standard output.",
    "migrate.written": "Written to {target}.",
}
