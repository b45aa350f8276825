"""hplan.toml: defaults for a folder of plans, found in the current folder or a parent.

    language = "sv"            # sv | en
    select = ["HP2", "HP3"]    # codes, code prefixes or names
    ignore = ["HP401"]
    strict = true
    plans = ["plans"]          # what `hplan validate` checks when given no path

Command-line options win over the file. Unknown keys are refused, so a misspelt setting
never silently does nothing.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from handlingsplan.errors import HplanError
from handlingsplan.i18n import t

FILE_NAME = "hplan.toml"
_KEYS = {"language", "select", "ignore", "strict", "plans"}


@dataclass
class Config:
    path: Path | None = None
    language: str | None = None
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    strict: bool = False
    plans: list[str] = field(default_factory=list)


def find(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        candidate = folder / FILE_NAME
        if candidate.is_file():
            return candidate
    return None


def _toml_load(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    with path.open("rb") as handle:
        data: dict[str, Any] = tomllib.load(handle)
    return data


def _problem(path: Path, lang: str, message_id: str, /, **args: Any) -> HplanError:
    return HplanError(f"{path}: {t(message_id, lang, **args)}")


def _strings(path: Path, key: str, value: Any, lang: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise _problem(path, lang, "config.strings", key=key)


def _shown_path(path: Path) -> str:
    """Relative to the current folder, as if typed there: CI annotations (github, gitlab)
    attach to a pull request's lines only by the path relative to the repository."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)


def load(start: Path | None = None, lang: str = "en") -> Config:
    """The settings of the nearest hplan.toml; problems are said in `lang`."""
    path = find(start or Path.cwd())
    if path is None:
        return Config()
    try:
        raw = _toml_load(path)
    except (OSError, ValueError) as exc:
        raise _problem(path, lang, "config.unreadable", detail=str(exc)) from None
    unknown = sorted(set(raw) - _KEYS)
    if unknown:
        raise _problem(
            path, lang, "config.unknown", keys=", ".join(unknown), known=", ".join(sorted(_KEYS))
        )
    language = raw.get("language")
    if language is not None and language not in ("sv", "en"):
        raise _problem(path, lang, "config.language")
    strict = raw.get("strict", False)
    if not isinstance(strict, bool):
        raise _problem(path, lang, "config.strict")
    lists = {
        key: _strings(path, key, raw.get(key, []), lang) for key in ("select", "ignore", "plans")
    }
    return Config(
        path=path, language=language, strict=strict, select=lists["select"],
        ignore=lists["ignore"], plans=[_shown_path(path.parent / p) for p in lists["plans"]],
    )  # fmt: skip
