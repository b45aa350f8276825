"""Several plans checked together: which files belong together, and what a `depends_on`
entry that names another plan's activity (`it:A3`) means once those plans are at hand.

Each plan is first checked alone (pipeline), which notes every such entry as HP208;
`check_together` then resolves them against the set (plandeps, plancycles): HP201 (no
such plan or activity), HP205/HP206 (a backlog item, a cancelled activity), HP302
(finish-to-start), HP202 (a cycle through plans), or HP208 again when the other plan is
not at hand. The rules are in plan-format.md ("Several plans checked together").
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

from handlingsplan import options, yamlio
from handlingsplan.config import Config
from handlingsplan.diagnostics import Diagnostic, make
from handlingsplan.model import Plan
from handlingsplan.pipeline import FileResult

Target = tuple[str, Diagnostic | None]
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


# --- which files belong together


def targets(
    paths: list[str],
    config: Config,
    only_plans: bool = False,
    skipped: Callable[[Path], None] | None = None,
) -> list[Target]:
    """(path, None) for each file to check: the files given, the plan files in a folder
    given, or hplan.toml `plans` when no path is given; (folder, HP001) for a folder with
    no plan. A file named twice (or in a folder also given) is checked once: twice it
    would be two plans with one id."""
    report = skipped or (lambda path: None)
    out: list[Target] = []
    for given in paths or config.plans or ["."]:
        path = Path(given)
        if given != yamlio.STDIN and path.is_dir():
            found = [str(p) for p in options.plan_files(path, report)]
            out.extend((p, None) for p in found)
            if not found:
                out.append((given, make("HP001", (), "HP001.no_plans").placed(1, 1, 1, 1)))
        elif (
            only_plans
            and given != yamlio.STDIN
            and path.is_file()
            and not options.is_plan_file(path)
        ):
            report(path)
        else:
            out.append((given, None))
    return _unique(out)


def _key(path: str) -> str:
    return path if path == yamlio.STDIN else os.path.realpath(path)


def _unique(found: list[Target]) -> list[Target]:
    seen: set[str] = set()
    out: list[Target] = []
    for path, problem in found:
        key = _key(path)
        if problem is None and key != yamlio.STDIN and key in seen:
            continue
        seen.add(key)
        out.append((path, problem))
    return out


def complete(paths: list[str], config: Config) -> bool:
    """Whether the plans at hand are the whole set, so that a plan id none of them has is
    an error (HP201) rather than a plan not at hand (HP208): folders only (or no path:
    the current folder), or hplan.toml `plans`, which context_files adds."""
    return bool(config.plans) or all(p != yamlio.STDIN and Path(p).is_dir() for p in paths)


def context_files(found: list[Target], config: Config) -> list[str]:
    """The plan files of hplan.toml `plans` that are not among `found`: read only so that
    the files given (as pre-commit passes the changed ones) are checked against the plans
    they refer to; what is found in them is not reported."""
    given = {_key(path) for path, _ in found}
    out: list[str] = []
    for entry in config.plans:
        path = Path(entry)
        if path.is_dir():
            files = list(options.plan_files(path))
        else:
            files = [path] if path.is_file() and options.is_plan_file(path) else []
        for file in files:
            if _key(str(file)) not in given:
                given.add(_key(str(file)))
                out.append(str(file))
    return out


# --- plan ids


def series_id(path: str) -> str | None:
    """The plan id a file's name gives when the plan has none: the name without suffix and
    without a year (plan-format.md); rollover writes it out so the series keeps its name."""
    if path == yamlio.STDIN:
        return None
    from handlingsplan.rollover import YEAR

    stem = YEAR.sub("", Path(path).stem)
    stem = re.sub(r"[-_.]{2,}", "-", stem).strip("-_. ")
    return stem if _ID.fullmatch(stem) else None


def plan_id(source: FileResult | Plan | None, path: str) -> str | None:
    """The plan's `plan.id`, else the id its file name gives. A header with errors still
    names its plan by the `plan.id` written there, when that is an id."""
    plan = source.plan if isinstance(source, FileResult) else source
    if plan is not None and plan.header is not None:
        return plan.header.id or series_id(path)
    written = source.written_id if isinstance(source, FileResult) else None
    if written is not None:
        return written if _ID.fullmatch(written) else None
    return series_id(path)


# --- checked together


def check_together(results: list[FileResult], whole_set: bool) -> None:
    """Cross-plan dependencies of the plans in `results`, in place: each result's HP208
    from its own run is replaced by what the other plans say, and the findings are
    placed and silenced (x-hplan-ignore) as that file's own. `whole_set`: the plans are
    all there are (see `complete`), so an unknown plan id is HP201, not HP208."""
    from handlingsplan import plandeps  # only when plans are checked, not for rollover

    plandeps.check(results, whole_set)
