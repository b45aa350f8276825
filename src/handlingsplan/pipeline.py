"""The validate pipeline for one file: read -> schema -> checks -> placed diagnostics.

Every stage returns diagnostics instead of raising; a stage that cannot run because an
earlier one failed is skipped (no checks on a file that is not a plan).
"""

from __future__ import annotations

import os
import re
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

    @property
    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.diagnostics)


def validate_path(
    path: str, semantic: bool = True, max_bytes: int = yamlio.MAX_BYTES
) -> FileResult:
    loaded = yamlio.load(path, max_bytes)
    result = FileResult(loaded.path, list(loaded.diagnostics))
    result.lines = loaded.text.splitlines() if loaded.text is not None else []
    if loaded.root is None:
        result.language = _language_in_text(loaded.text)  # a file YAML could not read
        return result
    result.language = _written_language(loaded.data)
    plan, problems = _schema(loaded.data)
    result.plan = plan
    result.diagnostics.extend(problems)
    places = source_map.SourceMap(loaded.root)
    if plan is not None and semantic:
        folder = Path(path).parent if path != yamlio.STDIN else Path.cwd()
        result.diagnostics.extend(run_checks(plan, places, folder))
    result.diagnostics = _place(result.diagnostics, places, loaded.data)
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


def _schema(data: Any) -> tuple[Plan | None, list[Diagnostic]]:
    from handlingsplan import schema  # pydantic is imported here, not at start-up

    return schema.build(data)


def run_checks(plan: Plan, places: source_map.SourceMap, folder: Path) -> list[Diagnostic]:
    from handlingsplan.checks import REGISTRY, Context

    catalog, problem = resolve_catalog(plan, folder)
    line_of = lambda loc: places.locate(loc).line  # noqa: E731
    ctx = Context.build(plan, line_of=line_of, catalog=catalog, catalog_problem=problem)
    found: list[Diagnostic] = []
    for check in REGISTRY.values():
        found.extend(check(plan, ctx))
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


def _place(
    diagnostics: list[Diagnostic], places: source_map.SourceMap, data: Any
) -> list[Diagnostic]:
    """Positions for diagnostics that have a loc, minus those an item's x-hplan-ignore
    silences, sorted by line."""
    kept = []
    for d in diagnostics:
        if d.line == 0:
            span = places.locate(d.loc, at_key=d.at_key)
            d = d.placed(*span)
        if not _ignored(d, data):
            kept.append(d)
    return sort_diagnostics(kept)


def _ignored(d: Diagnostic, data: Any) -> bool:
    """True when the item the diagnostic is about lists its code in `x-hplan-ignore`.

    Only findings about the plan's content (HP2xx-HP5xx) can be silenced: an item with a
    reading or schema error (HP0xx, HP1xx) is left out of the checks, so silencing that
    error would silence everything about the item and still pass."""
    if d.code < "HP2" or len(d.loc) < 2 or not isinstance(data, dict):
        return False
    section = data.get(d.loc[0])
    key = d.loc[1]
    item: Any = None
    if isinstance(section, list) and isinstance(key, int) and 0 <= key < len(section):
        item = section[key]
    elif isinstance(section, dict) and d.loc[0] == "people":
        item = section.get(key)
    codes = item.get("x-hplan-ignore") if isinstance(item, dict) else None
    if isinstance(codes, str):
        codes = [codes]
    return isinstance(codes, list) and d.code in {str(c).strip().upper() for c in codes}
