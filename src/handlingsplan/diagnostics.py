"""Diagnostics are values: what a check found, where, and how bad it is.

A Diagnostic is created with a `loc` (the key path of the offending node, e.g.
("activities", 4, "depends_on", 1)) and a message id with its arguments. Line and column
are filled in later from the node tree (source_map), and the message is rendered in the
reader's language only when it is printed, so checks never see YAML nodes or languages.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

Loc = tuple[str | int, ...]
Arg = str | int | float


class Severity(enum.IntEnum):
    """Ordered so that `max()` gives the worst; the value is never shown to users."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Diagnostic:
    """One finding. Positions are 1-based; 0 means "not placed yet"."""

    code: str
    severity: Severity
    loc: Loc
    message_id: str
    args: tuple[tuple[str, Arg], ...] = ()
    hint_id: str | None = None
    at_key: bool = False
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0

    @property
    def kwargs(self) -> dict[str, Arg]:
        return dict(self.args)

    @property
    def where(self) -> str:
        return format_loc(self.loc)

    def placed(self, line: int, column: int, end_line: int, end_column: int) -> Diagnostic:
        return replace(self, line=line, column=column, end_line=end_line, end_column=end_column)

    def sort_key(self) -> tuple[int, int, str, str]:
        return (self.line, self.column, self.code, self.where)


@dataclass
class Counts:
    errors: int = 0
    warnings: int = 0
    infos: int = 0

    def add(self, severity: Severity) -> None:
        if severity is Severity.ERROR:
            self.errors += 1
        elif severity is Severity.WARNING:
            self.warnings += 1
        else:
            self.infos += 1


def make(
    code: str,
    loc: Loc,
    message_id: str | None = None,
    *,
    who: Mapping[str, str] | None = None,
    extra: Mapping[str, Arg] | None = None,
    hint_id: str | None = None,
    at_key: bool = False,
    **args: Arg,
) -> Diagnostic:
    """Build a diagnostic with the code's fixed severity (codes.py).

    `who` names the item it is about ({"_kind": "activity", "_item": "A2"}), which the
    renderer turns into the message's prefix; `extra` and `args` fill the message.
    """
    from handlingsplan.codes import CODES

    merged: dict[str, Arg] = {**(extra or {}), **args, **(who or {})}
    return Diagnostic(
        code=code,
        severity=CODES[code].severity,
        loc=loc,
        message_id=message_id or code,
        args=tuple(merged.items()),
        hint_id=hint_id,
        at_key=at_key,
    )


def count(diagnostics: Iterable[Diagnostic]) -> Counts:
    counts = Counts()
    for d in diagnostics:
        counts.add(d.severity)
    return counts


def format_loc(loc: Loc) -> str:
    """("activities", 4, "start") -> "activities[4].start", as JSON output's `where`."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def sort_diagnostics(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    return sorted(diagnostics, key=Diagnostic.sort_key)


def selected(
    diagnostics: Iterable[Diagnostic], select: set[str] | None, ignore: set[str] | None
) -> list[Diagnostic]:
    """The diagnostics --select and --ignore keep (None: no such option given)."""
    return [d for d in diagnostics
            if (select is None or d.code in select) and (ignore is None or d.code not in ignore)]  # fmt: skip
