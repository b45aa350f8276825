"""The stable diagnostic codes: number, short name and fixed severity.

Codes and names are a contract with users (plan-format.md); never renumber or rename one.
The documentation of the checks' codes is the docstring of the check (checks/); the codes
of the reading and schema stages are documented here, in STAGE_DOCS.
"""

from __future__ import annotations

from typing import NamedTuple

from handlingsplan.diagnostics import Severity

E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO


class CodeInfo(NamedTuple):
    name: str
    severity: Severity


CODES: dict[str, CodeInfo] = {
    "HP001": CodeInfo("unreadable-file", E),
    "HP002": CodeInfo("yaml-syntax", E),
    "HP003": CodeInfo("duplicate-key", E),
    "HP004": CodeInfo("unsafe-input", E),
    "HP005": CodeInfo("not-a-plan", E),
    "HP101": CodeInfo("missing-field", E),
    "HP102": CodeInfo("invalid-value", E),
    "HP103": CodeInfo("unknown-field", E),
    "HP104": CodeInfo("invalid-id", E),
    "HP201": CodeInfo("unknown-dependency", E),
    "HP202": CodeInfo("dependency-cycle", E),
    "HP203": CodeInfo("unknown-goal", E),
    "HP204": CodeInfo("unknown-person", E),
    "HP205": CodeInfo("depends-on-backlog", E),
    "HP206": CodeInfo("depends-on-cancelled", W),
    "HP207": CodeInfo("unknown-gap", E),
    "HP208": CodeInfo("other-plan-not-checked", INFO),
    "HP301": CodeInfo("end-before-start", E),
    "HP302": CodeInfo("dependency-order", E),
    "HP303": CodeInfo("outside-period", W),
    "HP304": CodeInfo("overload", W),
    "HP401": CodeInfo("no-goal", W),
    "HP402": CodeInfo("goal-without-activity", W),
    "HP403": CodeInfo("unknown-control", E),
    "HP404": CodeInfo("control-edition", E),
    "HP405": CodeInfo("requirement-deferred", W),
    "HP406": CodeInfo("carried-repeatedly", W),
    "HP407": CodeInfo("gap-unaddressed", W),
    "HP408": CodeInfo("wish-list", W),
    "HP501": CodeInfo("over-budget", W),
    "HP502": CodeInfo("status-progress", W),
    "HP503": CodeInfo("draft", INFO),
    "HP504": CodeInfo("changed-after-decision", W),
    "HP601": CodeInfo("overdue", W),
    "HP602": CodeInfo("late-start", W),
    "HP603": CodeInfo("behind", W),
    "HP604": CodeInfo("delayed-past-period", W),
}

NAMES: dict[str, str] = {info.name: code for code, info in CODES.items()}

STAGE_DOCS: dict[str, str] = {
    "HP001": """The file cannot be read: it is missing, a folder, or not UTF-8 text.

hplan reads plans as UTF-8 (a byte-order mark is fine). A file saved as Latin-1 or
Windows-1252, as older editors on Windows do, is named with the line of the first byte
that is not UTF-8. Fix: save the file as UTF-8.""",
    "HP002": """The file is not valid YAML.

The common mistakes are named: a tab used for indentation, a colon and a space inside
an unquoted value, an unclosed quote, bracket or brace (shown where it opens), and a
line indented out of step with its neighbours. Otherwise the position is where the YAML
parser gave up, which is often just after the real mistake: look at the line above.""",
    "HP003": """The same key appears twice in one mapping.

YAML readers silently keep the last value, which throws away what was written first.
Both lines are named. Fix: merge the two entries or rename one.""",
    "HP004": """The input is over a safety limit or uses a YAML feature a plan must not use.

Refused: files over the size limit (16 MiB), nesting deeper than the depth limit,
anchors and aliases (`&a`, `*a`, `<<`), and tags outside YAML's core types such as
`!!python/object`. A plan has no need of any of them, and they are how malicious YAML
files exhaust memory or run code. Fix: write the values out in full.""",
    "HP005": """The file is not an hplan plan that this version understands.

A plan is one YAML document whose top level is a mapping that starts with `hplan: 1`.
Empty files, several documents in one file, a missing `hplan:` key and versions newer
than this hplan knows are reported here. Fix: add `hplan: 1`, or upgrade hplan.""",
    "HP101": """A required field is missing (or written as null).

Required: `hplan`, `plan.title`, `plan.organisation`, `plan.period`; for an activity
`id`, `name`, `priority`, `responsible`, `start`, `end`; for a backlog item `id` and
`name`; for a goal `id` and `title`; for a gap `id`, `control` and `severity`.
The diagnostic points at the mapping that lacks the field.""",
    "HP102": """A value has the wrong type or is not one of the allowed values.

The message says what was expected: a date written YYYY-MM-DD that exists, a number,
one of a fixed set of words (English or Swedish), money as a number or as Swedes write
it (`1 500 000`, `80 tkr`, `1,5 mnkr`), or a percentage from 0 to 100.""",
    "HP103": """An unknown field: usually a misspelling. The message suggests the nearest
known field. Keys that start with `x-` are free for your own use and never reported.""",
    "HP104": """An id is used twice, or does not follow the id grammar.

Activities and backlog items share one set of ids; goals and gaps each have their own.
Ids match `[A-Za-z0-9][A-Za-z0-9._-]*`: no spaces and no colons (the colon separates a
plan id from an activity id in `depends_on`). The later duplicate is reported.""",
}
