"""The starter plan `hplan init` writes: a valid draft whose comments explain the format
and what the method expects of each part, in Swedish or English. Pure: text in, text out.

The values the user gives (organisation, unit) are written through writer.scalar, so any
text (quotes, colons, `#`, line breaks) reads back exactly; they never stand in a comment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from handlingsplan import writer

SCHEMA_FILE = "hplan-plan-1.schema.json"
MODELINE = f"# yaml-language-server: $schema={SCHEMA_FILE}"
_TITLE = {"sv": "Handlingsplan för informationssäkerhet", "en": "Information security action plan"}
_FILE = {"sv": "handlingsplan", "en": "action-plan"}


@dataclass(frozen=True)
class Starter:
    organisation: str
    year: int
    lang: str
    unit: str | None = None


def default_file(year: int, lang: str) -> str:
    """`handlingsplan-2028.yaml` in Swedish, `action-plan-2028.yaml` in English."""
    return f"{_FILE.get(lang, _FILE['en'])}-{year}.yaml"


def title(starter: Starter) -> str:
    """The plan's title: the kind of plan, the year, the unit and the organisation."""
    parts = [p for p in (starter.unit, starter.organisation) if p]
    return f"{_TITLE.get(starter.lang, _TITLE['en'])} {starter.year}, {', '.join(parts)}"


def text(starter: Starter) -> str:
    """The whole starter file."""
    from handlingsplan.starter_text import BODY

    body = BODY.get(starter.lang, BODY["en"])
    year = starter.year
    values = {
        "%MODELINE%": MODELINE,
        "%SCHEMA%": SCHEMA_FILE,
        "%HEADER%": _header(starter),
        "%YEAR%": str(year),
        "%PREVIOUS%": str(year - 1),
        "%NEXT%": str(year + 1),
    }
    # One pass: a token in the user's own words (`%YEAR%` as a name) is left as written.
    return re.sub("%[A-Z]+%", lambda match: values[match.group()], body)


def _header(starter: Starter) -> str:
    """The lines of `plan:` that carry what the user gave, each value safely written."""
    lines = [
        f"  title: {writer.scalar(title(starter), False)}",
        f"  organisation: {writer.scalar(starter.organisation, False)}",
    ]
    if starter.unit:
        lines.append(f"  unit: {writer.scalar(starter.unit, False)}")
    return "\n".join(lines)
