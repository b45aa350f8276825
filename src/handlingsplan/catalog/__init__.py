"""Control catalogues: the ISO/IEC 27001 Annex A ids (2013, 2022) and the 2013 -> 2022 map.

Ids only, never the standard's titles or text. Ids are compared without the `A.` prefix,
so "A.5.15" and "5.15" name the same control.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

ISO2022 = "iso27001-2022"
ISO2013 = "iso27001-2013"
NONE = "none"
EDITIONS = (ISO2022, ISO2013)


def normalise(control_id: str) -> str:
    """ "A.5.15", "a.5.15" and " 5.15 " -> "5.15"."""
    text = control_id.strip()
    return text[2:] if text[:2] in ("A.", "a.") else text


@dataclass(frozen=True)
class Catalog:
    name: str
    ids: frozenset[str]
    order: tuple[str, ...] = field(default=(), compare=False)
    # A user's YAML catalogue may group its ids and give them titles (catalog/own.py).
    groups: dict[str, str] = field(default_factory=dict, compare=False)
    titles: dict[str, str] = field(default_factory=dict, compare=False)

    def __contains__(self, control_id: object) -> bool:
        return isinstance(control_id, str) and normalise(control_id) in self.ids


def _data_lines(name: str) -> list[str]:
    text = (
        resources.files("handlingsplan.catalog").joinpath("data").joinpath(name).read_text("utf-8")
    )
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _from_lines(name: str, lines: list[str]) -> Catalog:
    order = tuple(normalise(line) for line in lines)
    return Catalog(name, frozenset(order), order)


@functools.cache
def builtin(name: str) -> Catalog:
    file = {ISO2022: "iso27001-2022-annexA-ids.txt", ISO2013: "iso27001-2013-annexA-ids.txt"}[name]
    return _from_lines(name, _data_lines(file))


MAX_FILE = 1024 * 1024  # an id list is a few kilobytes; a device or a huge file is refused


def from_file(path: Path, name: str | None = None) -> Catalog:
    """A user's own id list: one id a line, `#` comments. Raises OSError, UnicodeError or
    ValueError (a NUL in the path, not a regular file, over MAX_FILE). `name` is how
    messages name it: what the plan wrote, not the resolved path."""
    if not path.is_file() or path.stat().st_size > MAX_FILE:
        raise ValueError(f"not a readable id list: {path}")
    text = path.read_text("utf-8")
    if path.suffix.lower() in (".yaml", ".yml"):
        from handlingsplan.catalog.own import from_yaml

        return from_yaml(text, name or str(path))
    lines = [ln.split("#", 1)[0].strip() for ln in text.splitlines()]
    return _from_lines(name or str(path), [ln for ln in lines if ln])


def titles_from_file(path: Path) -> dict[str, str]:
    """A YAML map of control id -> title (or any form of a YAML catalogue: its titles),
    for an organisation with a licensed copy of the standard. Raises as from_file."""
    if not path.is_file() or path.stat().st_size > MAX_FILE:
        raise ValueError(f"not a readable titles file: {path}")
    from handlingsplan.catalog.own import from_yaml

    return from_yaml(path.read_text("utf-8"), str(path)).titles


@functools.cache
def mapping_2013_to_2022() -> dict[str, tuple[str, ...]]:
    """2013 id -> its 2022 ids (one, or two for the split A.18.2.3)."""
    out: dict[str, list[str]] = {}
    for line in _data_lines("mapping-2013-to-2022.tsv"):
        old, new, _kind = line.split("\t")
        out.setdefault(normalise(old), []).append(normalise(new))
    return {old: tuple(new) for old, new in out.items()}


@functools.cache
def mapping_2022_to_2013() -> dict[str, tuple[str, ...]]:
    """2022 id -> the 2013 ids it came from (empty for the 11 new controls)."""
    out: dict[str, list[str]] = {}
    for old, news in mapping_2013_to_2022().items():
        for new in news:
            out.setdefault(new, []).append(old)
    return {new: tuple(olds) for new, olds in out.items()}
