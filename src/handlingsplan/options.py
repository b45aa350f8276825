"""What several commands share: code selection, choices, colour, and finding plan files."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from handlingsplan.codes import CODES, NAMES
from handlingsplan.errors import HplanError
from handlingsplan.i18n import t

PLAN_SUFFIXES = (".yaml", ".yml")
_SKIP_DIRS = {".git", ".venv", "venv", "node_modules", "__pycache__", ".tox"}
# A BOM may open the file (Windows editors write one); the key may be quoted.
_TOP_KEY = re.compile(rb"^(?:\xef\xbb\xbf)?([\"']?)hplan\1[ \t]*:", re.MULTILINE)


def parse_codes(values: Iterable[str]) -> tuple[set[str], list[str]]:
    """Codes named by `values` (codes, prefixes like HP3, or names), and the unknown ones."""
    chosen: set[str] = set()
    unknown: list[str] = []
    for value in (v.strip() for raw in values for v in raw.split(",")):
        if not value:
            continue
        upper = value.upper()
        matched = {c for c in CODES if c.startswith(upper)} if upper.startswith("HP") else set()
        if value in NAMES:
            matched.add(NAMES[value])
        if matched:
            chosen |= matched
        else:
            unknown.append(value)
    return chosen, unknown


def check_choice(value: Any, choices: tuple[Any, ...], option: str, lang: str) -> None:
    """A usage error unless `value` is one of `choices` (None among them: may be left out)."""
    if value not in choices:
        shown = ", ".join(c for c in choices if c is not None)
        raise HplanError(t("cli.bad_choice", lang, option=option, value=value, choices=shown))


def use_color(choice: str, is_tty: bool, environ: dict[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    if choice == "always":
        return True
    if choice == "never" or env.get("NO_COLOR"):
        return False
    return bool(env.get("FORCE_COLOR")) or is_tty


def is_plan_file(path: Path) -> bool:
    """A YAML file with a top-level `hplan:` key (checked on the text, cheaply)."""
    try:
        with path.open("rb") as handle:
            return bool(_TOP_KEY.search(handle.read(1 << 20)))
    except OSError:
        return False


def plan_files(folder: Path, skipped: Callable[[Path], None] | None = None) -> Iterator[Path]:
    """The plan files below `folder`, sorted, skipping hidden and tool folders; other YAML
    files are passed to `skipped` (for -v)."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if not name.endswith(PLAN_SUFFIXES):
                continue
            if is_plan_file(path):
                yield path
            elif skipped is not None:
                skipped(path)
