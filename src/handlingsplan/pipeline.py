"""The validate pipeline for one file: read -> schema -> checks -> placed diagnostics.

Every stage returns diagnostics instead of raising; a stage that cannot run because an
earlier one failed is skipped (no checks on a file that is not a plan).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from handlingsplan import catalog as cat
from handlingsplan import source_map, yamlio
from handlingsplan.diagnostics import Diagnostic, Severity, make, sort_diagnostics
from handlingsplan.model import Plan


@dataclass
class FileResult:
    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    plan: Plan | None = None
    lines: list[str] = field(default_factory=list)
    # `plan.language` as written, so that a plan whose header has errors is still
    # answered in its own language.
    language: str | None = None
    # `plan.id` as written, so that a plan whose header has errors keeps its name when
    # plans are checked together (planset).
    written_id: str | None = None
    # Kept after the checks so that findings made later, about several plans at once
    # (planset), are placed and silenced like this file's own: see `place`.
    places: source_map.SourceMap | None = None
    silenced: dict[tuple[str, Any], set[str]] = field(default_factory=dict)

    @property
    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.diagnostics)


def validate_path(
    path: str,
    semantic: bool = True,
    max_bytes: int = yamlio.MAX_BYTES,
    today: dt.date | None = None,
) -> FileResult:
    """`today`, the day of follow-up, adds the follow-up checks (HP6xx)."""
    folder = Path(path).parent if path != yamlio.STDIN else Path.cwd()
    result = validate_loaded(yamlio.load(path, max_bytes), folder, semantic, today)
    if any(d.code == "HP504" for d in result.diagnostics):  # git is asked only then
        from handlingsplan import decidedgit

        result.diagnostics = decidedgit.explain(result.diagnostics, result.plan, path)
    return result


def validate_text(text: str, path: str) -> FileResult:
    """Validate a plan hplan made before it is written to `path` (rollover checks its
    own output): a catalogue path in it is read from `path`'s folder."""
    loaded = yamlio.parse(yamlio.Loaded(path), text)
    return validate_loaded(loaded, Path(path).parent)


def validate_loaded(
    loaded: yamlio.Loaded, folder: Path, semantic: bool = True, today: dt.date | None = None
) -> FileResult:
    result = FileResult(loaded.path, list(loaded.diagnostics))
    result.lines = loaded.text.splitlines() if loaded.text is not None else []
    if loaded.root is None:
        result.language = _language_in_text(loaded.text)  # a file YAML could not read
        return result
    result.language = _written_language(loaded.data)
    result.written_id = _written_id(loaded.data)
    plan, problems = _schema(loaded.data)
    result.plan = plan
    result.diagnostics.extend(problems)
    result.places = places = source_map.SourceMap(loaded.root)
    if plan is not None and semantic:
        result.diagnostics.extend(run_checks(plan, places, folder, today))
    result.silenced, ignore_problems = ignores(loaded.data)
    result.diagnostics = place(result, [*result.diagnostics, *ignore_problems])
    return result


_LANGUAGE_LINE = re.compile(r"^[ \t]+language:[ \t]*[\"']?(sv|en)\b", re.MULTILINE)


def _language_in_text(text: str | None) -> str | None:
    """`language: sv` read off the text of a plan with a syntax error, so that it is
    still answered in its own language."""
    match = _LANGUAGE_LINE.search(text or "")
    return match[1] if match else None


def _written_language(data: Any) -> str | None:
    header = data.get("plan") if isinstance(data, dict) else None
    language = header.get("language") if isinstance(header, dict) else None
    return language.strip().lower() if isinstance(language, str) else None


def _written_id(data: Any) -> str | None:
    header = data.get("plan") if isinstance(data, dict) else None
    written = header.get("id") if isinstance(header, dict) else None
    return written if isinstance(written, str) else None


def _schema(data: Any) -> tuple[Plan | None, list[Diagnostic]]:
    from handlingsplan import schema  # pydantic is imported here, not at start-up

    return schema.build(data)


def run_checks(
    plan: Plan, places: source_map.SourceMap, folder: Path, today: dt.date | None = None
) -> list[Diagnostic]:
    from handlingsplan.checks import REGISTRY, Context

    catalog, problem = resolve_catalog(plan, folder)
    line_of = lambda loc: places.locate(loc).line  # noqa: E731
    ctx = Context.build(
        plan, line_of=line_of, catalog=catalog, catalog_problem=problem, today=today
    )
    found: list[Diagnostic] = []
    for check in REGISTRY.values():
        found.extend(check(plan, ctx))
    titles_problem = resolve_titles(plan, folder)[1]
    if titles_problem is not None:
        found.append(titles_problem)
    return found


def resolve_catalog(plan: Plan, folder: Path) -> tuple[cat.Catalog | None, Diagnostic | None]:
    name = plan.header.catalog if plan.header else cat.ISO2022
    if name in cat.EDITIONS:
        return cat.builtin(name), None
    if name == cat.NONE:
        return None, None
    try:
        return cat.from_file(folder / os.path.expanduser(name), name), None
    except (OSError, ValueError):  # UnicodeError is a ValueError
        return None, make("HP102", ("plan", "catalog"), "HP102.catalog", catalog=name)


def resolve_titles(
    plan: Plan, folder: Path, given: str | None = None
) -> tuple[dict[str, str], Diagnostic | None]:
    """Control titles: `--titles FILE` (read from the current folder), else the plan's
    `catalog_titles` (from the plan's folder), else a YAML catalogue's own titles (none
    here); an unreadable titles file is HP102 at `plan.catalog_titles`."""
    written = plan.header.catalog_titles if plan.header else None
    name = given or written
    if name is None:
        return {}, None
    path = Path(os.path.expanduser(name)) if given else folder / os.path.expanduser(name)
    try:
        return cat.titles_from_file(path), None
    except (OSError, ValueError):
        loc = ("plan", "catalog_titles")
        return {}, make("HP102", loc, "HP102.catalog_titles", path=name)


def place(result: FileResult, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Positions for diagnostics that have a loc, minus those an item's x-hplan-ignore
    silences, sorted by line."""
    kept = []
    for d in diagnostics:
        if d.line == 0 and result.places is not None:
            d = d.placed(*result.places.locate(d.loc, at_key=d.at_key))
        if not _ignored(d, result.silenced):
            kept.append(d)
    return sort_diagnostics(kept)


IGNORE_KEY = "x-hplan-ignore"
_IGNORABLE = ("activities", "backlog", "goals", "gaps", "people")


def ignores(data: Any) -> tuple[dict[tuple[str, Any], set[str]], list[Diagnostic]]:
    """Each item's `x-hplan-ignore` as a set of codes (codes, prefixes like HP3, or names,
    as --ignore takes), and HP102 for an entry that names no code. Read once per file.

    Only findings about the plan's content (HP2xx-HP5xx) can be silenced: an item with a
    reading or schema error (HP0xx, HP1xx) is left out of the checks, so silencing that
    error would silence everything about the item and still pass."""
    from handlingsplan.options import parse_codes

    found: dict[tuple[str, Any], set[str]] = {}
    problems: list[Diagnostic] = []
    for section, key, item in _items(data):
        entries = item.get(IGNORE_KEY)
        if entries is None:
            continue
        entries = [entries] if isinstance(entries, str) else entries
        if not isinstance(entries, list):
            problems.append(make("HP102", (section, key, IGNORE_KEY), "HP102.ignore_list"))
            continue
        codes: set[str] = set()
        for n, entry in enumerate(entries):
            chosen, unknown = parse_codes([str(entry)])
            if unknown:
                problems.append(
                    make(
                        "HP102",
                        (section, key, IGNORE_KEY, n),
                        "HP102.ignore_code",
                        entry=str(entry),
                    )
                )
            codes |= {c for c in chosen if c >= "HP2"}
        found[(section, key)] = codes
    return found, problems


def _items(data: Any) -> Iterator[tuple[str, Any, dict[str, Any]]]:
    """(section, index or name, item) for every mapping that may hold x-hplan-ignore."""
    if not isinstance(data, dict):
        return
    for section in _IGNORABLE:
        value = data.get(section)
        pairs = (
            value.items()
            if isinstance(value, dict) and section == "people"
            else (enumerate(value) if isinstance(value, list) else ())
        )
        for key, item in pairs:
            if isinstance(item, dict):
                yield section, key, item


def _ignored(d: Diagnostic, silenced: dict[tuple[str, Any], set[str]]) -> bool:
    """True when the item the diagnostic is about lists its code in `x-hplan-ignore`."""
    return len(d.loc) >= 2 and d.code in silenced.get((str(d.loc[0]), d.loc[1]), ())
