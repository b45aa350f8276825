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

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from handlingsplan.errors import HplanError

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


def _strings(path: Path, key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise HplanError(f"{path}: `{key}` must be a list of strings")


def load(start: Path | None = None) -> Config:
    path = find(start or Path.cwd())
    if path is None:
        return Config()
    try:
        raw = _toml_load(path)
    except (OSError, ValueError) as exc:
        raise HplanError(f"{path}: {exc}") from None
    unknown = sorted(set(raw) - _KEYS)
    if unknown:
        raise HplanError(
            f"{path}: unknown setting {', '.join(unknown)} (known: {', '.join(sorted(_KEYS))})"
        )
    language = raw.get("language")
    if language is not None and language not in ("sv", "en"):
        raise HplanError(f'{path}: `language` must be "sv" or "en"')
    strict = raw.get("strict", False)
    if not isinstance(strict, bool):
        raise HplanError(f"{path}: `strict` must be true or false")
    return Config(
        path=path, language=language, strict=strict,
        select=_strings(path, "select", raw.get("select", [])),
        ignore=_strings(path, "ignore", raw.get("ignore", [])),
        plans=[str(path.parent / p) for p in _strings(path, "plans", raw.get("plans", []))],
    )  # fmt: skip
