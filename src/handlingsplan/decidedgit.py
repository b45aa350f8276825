"""HP504 told in git's terms: the commit that wrote the digest, and what changed since.

The check (checks/decided.py) stays pure: it knows only that the digest no longer
matches. When the plan is a file in a git repository, `validate_path` hands its HP504 to
`explain`, which finds the newest commit that added that digest (`git log -S`), reads the
plan as it was there (`git show`), and names what changed since as `hplan diff` does
(plandiff). Whatever git cannot answer (no git, not a repository, the digest not
committed yet, an adopted version that already differed from its digest) leaves the
diagnostic as it was, pointing to `git log -p` and `hplan diff`: validate never fails
because of git.
"""

from __future__ import annotations

import os
import re
import shlex
from dataclasses import dataclass, replace
from pathlib import Path

from handlingsplan import gitread, plandiff, yamlio
from handlingsplan.diagnostics import Diagnostic
from handlingsplan.errors import HplanError
from handlingsplan.model import Plan

CANDIDATES = 5  # commits that changed the digest's count, newest first, worth reading
SHOWN = 5  # ids named per kind of change; the rest are counted


@dataclass(frozen=True)
class Origin:
    commit: str  # short hash
    day: str  # commit date, YYYY-MM-DD
    plan: Plan  # the plan as that commit has it
    path: str  # the file's path there, as the user would write it (it may have moved)


def explain(diagnostics: list[Diagnostic], plan: Plan | None, path: str) -> list[Diagnostic]:
    """`diagnostics` with each HP504 saying since which commit and what changed."""
    if plan is None or path == yamlio.STDIN or not any(d.code == "HP504" for d in diagnostics):
        return diagnostics
    return [_explained(d, plan, path) if d.code == "HP504" else d for d in diagnostics]


def _explained(d: Diagnostic, plan: Plan, path: str) -> Diagnostic:
    from handlingsplan.checks.decided import latest_digest

    found = latest_digest(plan)
    written = (found[1].digest or "").strip() if found else ""
    try:
        origin = find_origin(path, written)
    except HplanError:  # git missing or failing: say what the plain message says
        return d
    if origin is None:
        return d
    args = (("commit", origin.commit), ("day", origin.day),
            ("changes", summary(plandiff.diff(origin.plan, plan))),
            ("old", shell_word(f"{origin.commit}:{origin.path}")), ("path", shell_word(path)))  # fmt: skip
    return replace(d, message_id="HP504.since", hint_id="hint.HP504.since", args=d.args + args)


_PLAIN = re.compile(r"[\w@%+=:,./-]+")  # \w is Unicode: å, ä and ö need no quotes


def shell_word(text: str) -> str:
    """`text` as one word of a POSIX shell command line, quoted only when it must be
    (shlex.quote would quote `åtgärdsplan.yaml` too)."""
    return text if _PLAIN.fullmatch(text) else shlex.quote(text)


def find_origin(path: str, written: str) -> Origin | None:
    """The newest commit whose version of `path` has the digest `written` and matches it."""
    from handlingsplan.digest import digest

    if not written:
        return None
    try:
        found = gitread.log(path, "en", "diff", "-S", written)
    except gitread.GitFailed:  # not a repository, a path git does not know
        return None
    for commit in found[:CANDIDATES]:
        data = gitread.show(path, commit, "en", "diff")
        old = _plan(data) if data is not None else None
        if old is not None and digest(old) == written:
            return Origin(commit.short, commit.date, old, _as_given(path, commit.path))
    return None


def _as_given(path: str, name: str) -> str:
    """`name` (from the top of the work tree) as `hplan diff REV:path` reads a path:
    relative to the current folder when the user gave a relative path."""
    top = gitread.run(["rev-parse", "--show-toplevel"], gitread.locate(path)[0], "en")
    if top.returncode != 0:
        return path
    found = Path(top.stdout.decode("utf-8", "replace").strip(), name)
    return str(found) if os.path.isabs(path) else os.path.relpath(found)


def _plan(data: bytes) -> Plan | None:
    from handlingsplan import schema

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    loaded = yamlio.parse(yamlio.Loaded("adopted"), text)
    if loaded.root is None:
        return None
    return schema.build(loaded.data)[0]


# What each kind of change of plandiff is called in the summary, in the order shown.
_ACTIVITY_KINDS = {"added": "added", "from_backlog": "from_backlog", "removed": "removed",
                   "to_backlog": "to_backlog"}  # fmt: skip
_FIELDS = {"start": "dates", "end": "dates", "money": "cost", "hours": "cost",
           "responsible": "responsible", "priority": "priority", "name": "name",
           "goals": "goals", "controls": "controls", "gaps": "activity_gaps",
           "depends_on": "dependencies", "requirements": "requirements"}  # fmt: skip
_PLAN_FIELDS = {"period": "period", "budget_money": "budget", "budget_hours": "budget",
                "contingency": "budget"}  # fmt: skip
ORDER = ("added", "from_backlog", "removed", "to_backlog", "dates", "cost", "responsible",
         "priority", "name", "goals", "controls", "activity_gaps", "dependencies",
         "requirements", "plan_goals", "backlog", "gaps", "budget", "period")  # fmt: skip


def summary(found: plandiff.PlanDiff) -> str:
    """The changes of decided content as `kind=ids;kind=ids` (render/messages.py says
    it in the reader's language); `other` when only fields diff does not list changed,
    such as descriptions. Follow-up (status) is left out."""
    named: dict[str, list[str]] = {}
    ends = {c.id for c in found.changes if c.field == "end" and c.days is not None}
    for change in found.changes:
        if change.field == "start" and change.id in ends:
            continue  # the end's move is the one that matters to a reader
        kind, label = _kind(change)
        if kind and label not in named.setdefault(kind, []):
            named[kind].append(label)
    parts = [f"{kind}={_ids(named[kind])}" for kind in ORDER if kind in named]
    return ";".join(parts) or "other="


def _kind(change: plandiff.Change) -> tuple[str | None, str]:
    if change.section == plandiff.ACTIVITY and change.kind in _ACTIVITY_KINDS:
        return _ACTIVITY_KINDS[change.kind], change.id
    if change.section == plandiff.ACTIVITY and change.field in _FIELDS:
        return _FIELDS[change.field], _dated(change)
    if change.section == plandiff.GOAL:
        return "plan_goals", change.id
    if change.section == plandiff.BACKLOG:
        return "backlog", change.id
    if change.section == plandiff.GAP and change.field not in ("status",):
        return "gaps", change.id  # a gap closed or accepted is follow-up, outside the digest
    if change.section == plandiff.PLAN and change.field in _PLAN_FIELDS:
        return _PLAN_FIELDS[change.field], ""
    return None, ""  # status (follow-up), the decision and revisions themselves


def _dated(change: plandiff.Change) -> str:
    """`A3 +33 d` for a moved end (or start, when the end stayed); the id alone for
    other fields. `d` reads as days in Swedish and English alike."""
    if change.days is None:
        return change.id
    return f"{change.id} {change.days:+d} d"


def _ids(labels: list[str]) -> str:
    shown = [label for label in labels if label][:SHOWN]
    more = len([label for label in labels if label]) - len(shown)
    return ", ".join(shown) + (f" (+{more})" if more > 0 else "")
