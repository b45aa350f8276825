"""English messages of `hplan init` (merged into en.py's MESSAGES; keys stay
identical to the other language's, which a test checks)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "help.init": "Write a starter plan to fill in: a valid draft whose comments explain each part of the format, with one example goal, activity and backlog item. Never overwrites a file.",
    "help.init_file": "The plan file to write, or - for standard output. Default: action-plan-YEAR.yaml (handlingsplan-YEAR.yaml in Swedish).",
    "help.init_organisation": "The organisation the plan is for.",
    "help.init_year": "The year the plan covers, 2000-2100. Default: next year (plans are drafted in the autumn).",
    "help.init_unit": "The part of the organisation the plan covers, for a subordinate plan.",
    "help.init_lang": "Language of the plan and its comments: sv or en (default: hplan.toml, else LANG, else en).",
    "metavar.year": "YEAR",
    "examples.init": '  hplan init --organisation "Northwind Robotics Ltd"\n  hplan init --lang sv --organisation Exempelkommunen --year 2028 --unit IT-avdelningen it-2028.yaml',
    "init.exists": "{path} already exists; hplan init never overwrites a file (give another file name, or - for standard output)",
    "init.bad_year": "--year {value!r} is not a year from {first} to {last}",
    "init.no_organisation": "--organisation must not be empty",
    "init.written": "Wrote {path}: a draft plan for {year}. Fill it in, then check it with: {command}",
    "init.bug": "hplan made a starter plan that does not validate, and wrote nothing: this is a bug in hplan; please report it with the command line you used.",
}
