"""Field types of the plan format: how each value may be written and what it becomes.

Each type is an Annotated pydantic type with a `before` validator that accepts the forms
plan-format.md allows (Swedish words, Swedish money, numbers kept as written) and a JSON
Schema that accepts exactly the same, so editors and `hplan validate` agree. Validators
raise PydanticCustomError with our own error types (hp_*), which schema.py turns into
diagnostics with messages of our own: never str(ValidationError).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from typing import Annotated, Any, TypeVar

from pydantic import BeforeValidator, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

ID_PATTERN = r"[A-Za-z0-9][A-Za-z0-9._-]*"
_ID = re.compile(ID_PATTERN)
_REF = re.compile(rf"(?:{ID_PATTERN}:)?{ID_PATTERN}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009")
# The units Swedes write after an amount, and what they multiply by.
_UNITS: dict[str | None, int] = {
    None: 1, "kr": 1, "sek": 1, ":-": 1,
    "tkr": 1_000, "ksek": 1_000,
    "mnkr": 1_000_000, "mkr": 1_000_000, "msek": 1_000_000,
}  # fmt: skip
_UNIT_WORDS = sorted((u for u in _UNITS if u), key=len, reverse=True)
_MONEY = re.compile(
    r"(?P<int>[0-9]{1,3}(?:[ \u00a0\u202f\u2009][0-9]{3})+|[0-9]+)"
    r"(?:[,.](?P<dec>[0-9]+))?[ \u00a0\u202f\u2009]*(?P<unit>" + "|".join(_UNIT_WORDS) + ")?",
    re.IGNORECASE,
)


def _any_case(word: str) -> str:
    """`kr` -> `[kK][rR]`: JSON Schema patterns have no case-insensitive flag."""
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in word)


MONEY_PATTERN = (
    r"^(?!\s*[1-9][0-9]{0,2}(\.[0-9]{3})+(?![0-9]))"  # not 150.000 (see _DOT_THOUSANDS)
    r"\s*([0-9]{1,3}([ \u00a0\u202f\u2009][0-9]{3})+|[0-9]+)([,.][0-9]+)?"
    r"[ \u00a0\u202f\u2009]*(" + "|".join(_any_case(u) for u in _UNIT_WORDS) + r")?\s*$"
)
NUMBER_PATTERN = r"^\s*([0-9]{1,3}([ \u00a0\u202f\u2009][0-9]{3})+|[0-9]+)([,.][0-9]+)?\s*$"
# `150.000`: thousands with dots (as in German) or 150 with three decimals? Refused,
# since reading it either way would be wrong for someone.
_DOT_THOUSANDS = re.compile(r"^\s*[1-9][0-9]{0,2}(\.[0-9]{3})+(?![0-9])")

T = TypeVar("T")


def _shown(value: Any) -> str:
    return shown(value)


def shown(value: Any, limit: int = 40) -> str:
    """A value as the user wrote it, in YAML's words and shortened: messages quote input,
    never dump it (a Python repr like ['T'] or True means nothing to a plan's author)."""
    raw = getattr(value, "raw", None)
    if raw is not None:
        text = str(raw)
    elif value is None:
        text = "null"
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, list):
        text = (
            "["
            + ", ".join(shown(v, limit) for v in value[:5])
            + (", ..." if len(value) > 5 else "")
            + "]"
        )
    elif isinstance(value, dict):
        items = list(value.items())[:5]
        text = (
            "{"
            + ", ".join(f"{k}: {shown(v, limit)}" for k, v in items)
            + (", ..." if len(value) > 5 else "")
            + "}"
        )
    else:
        text = str(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _error(kind: str, value: Any = None, **ctx: Any) -> PydanticCustomError:
    return PydanticCustomError(kind, kind, {"value": _shown(value), **ctx})


def _as_text(value: Any) -> Any:
    """Text exactly as written: a plain `8.10` or `012` keeps its digits."""
    if isinstance(value, str):
        return value
    raw = getattr(value, "raw", None)
    if raw is not None:
        return raw
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise _error("hp_text", value)


def _as_id(value: Any) -> Any:
    text = _as_text(value)
    if not _ID.fullmatch(text):
        raise _error("hp_id", text)
    return text


def _as_ref(value: Any) -> Any:
    text = _as_text(value)
    if not _REF.fullmatch(text):
        raise _error("hp_ref", text)
    return text


def iso_date(text: str) -> dt.date:
    """`YYYY-MM-DD` and nothing else (surrounding spaces aside), or ValueError: the one
    reading of a date typed on the command line or in a cell. fromisoformat alone also
    takes `20270101` and ISO week dates such as `2027-W10-1`."""
    text = text.strip()
    if not _DATE.fullmatch(text):
        raise ValueError(text)
    return dt.date.fromisoformat(text)


def _as_date(value: Any) -> Any:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise _error("hp_date", value)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _error("hp_date_missing_day", value) from None


def parse_money(value: Any) -> float:
    """Money as a number or as Swedes write it: `1 500 000`, `80 tkr`, `1,5 mnkr`."""
    if isinstance(value, bool):
        raise _error("hp_money", value)
    written = getattr(value, "raw", value)
    if isinstance(written, str) and _DOT_THOUSANDS.search(written):
        raise _error("hp_money_dots", value)
    if isinstance(value, (int, float)):
        amount = _finite(value, "hp_money")
    elif isinstance(value, str) and (match := _MONEY.fullmatch(value.strip())):
        digits = match["int"].translate(_SPACES) + ("." + match["dec"] if match["dec"] else "")
        unit = match["unit"].lower() if match["unit"] else None
        amount = _finite(float(digits) * _UNITS[unit], "hp_money", value)
    else:
        raise _error("hp_money", value)
    if amount < 0:
        raise _error("hp_negative", value)
    return amount


def _as_number(value: Any) -> Any:
    """A number, or one written the Swedish way as text: `0,15`, `1 200`."""
    if isinstance(value, str) and (match := _MONEY.fullmatch(value.strip())) and not match["unit"]:
        return parse_money(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _error("hp_number", value)
    return _finite(value, "hp_number")


def _finite(value: float, kind: str, shown: Any = None) -> float:
    """A float that is a real amount: not .inf or .nan, and not an int too large for one."""
    try:
        number = float(value)
    except OverflowError:
        raise _error(kind, shown if shown is not None else value) from None
    if not math.isfinite(number):
        raise _error(kind, shown if shown is not None else value)
    return number


def _as_share(value: Any) -> Any:
    """A share as a fraction (0.15) or as a percentage (`15 %`), as budgets are written."""
    if isinstance(value, str) and value.strip().endswith("%"):
        return _as_number(value.strip()[:-1]) / 100
    return _as_number(value)


def _as_whole(value: Any) -> Any:
    """A whole number as written: not `true`, not "16" (YAML 1.2 reads `16` as a number)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise _error("hp_whole", value)
    return int(value)


# Words people write for a status or priority that the format does not take, and the
# accepted word they most likely meant: a hint, never a silent reading.
MEANT = {
    "klar": "genomförd", "färdig": "genomförd", "avslutad": "genomförd", "slutförd": "genomförd",
    "complete": "done", "completed": "done", "finished": "done",
    "pågår": "pågående", "startad": "pågående", "påbörjad": "pågående",
    "ongoing": "in_progress", "started": "in_progress",
    "vilande": "pausad", "stoppad": "pausad", "on_hold": "paused",
    "struken": "avbruten", "inställd": "avbruten", "framflyttad": "uppskjuten",
    "flyttad": "uppskjuten", "deferred": "postponed", "ej_påbörjad": "planerad",
    "not_started": "planned", "todo": "planned",
    "akut": "kritisk", "brådskande": "kritisk", "urgent": "critical",
    "normal": "medel", "mellan": "medel", "mid": "medium",
}  # fmt: skip


def word_key(value: str) -> str:
    """A word as the format reads it: any case, spaces around, `-` or a space for `_`."""
    return value.strip().lower().replace(" ", "_").replace("-", "_")


def _words(allowed: Mapping[str, str]) -> Callable[[Any], Any]:
    """A validator mapping every accepted word (English or Swedish) to the English one."""
    canonical = list(dict.fromkeys(allowed.values()))
    # The Swedish word is the last alias listed (after variants such as "canceled").
    swedish = [[k for k, v in allowed.items() if v == word][-1] for word in canonical]
    words = {"allowed": ", ".join(canonical), "allowed_sv": ", ".join(swedish)}

    def check(value: Any) -> Any:
        key = word_key(value) if isinstance(value, str) else None
        if key is None or key not in allowed:
            meant = MEANT.get(key or "")
            extra = {"suggestion": meant} if meant and meant in allowed else {}
            raise _error("hp_enum", value, **words, **extra)
        return allowed[key]

    return check


def _as_bool(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("ja", "nej"):
        return value.strip().lower() == "ja"
    raise _error("hp_bool", value)


def _word_schema(allowed: Mapping[str, str]) -> dict[str, Any]:
    """The words (an enum, for editors to offer), or written as `_words` forgives them:
    in any case, with spaces around, and `-` or a space for `_` (`In progress`)."""
    forgiven = "|".join(_forgiving(word) for word in sorted(allowed))
    return {
        "type": "string",
        "anyOf": [{"enum": sorted(allowed)}, {"pattern": rf"^\s*(?:{forgiven})\s*$"}],
    }


def _forgiving(word: str) -> str:
    return "".join(
        "[ _-]" if c == "_" else f"[{c.upper()}{c}]" if c.upper() != c else re.escape(c)
        for c in word
    )


PRIORITIES = {"critical": "critical", "kritisk": "critical", "high": "high", "hög": "high",
              "medium": "medium", "medel": "medium", "low": "low", "låg": "low"}  # fmt: skip
STATUSES = {"planned": "planned", "planerad": "planned", "in_progress": "in_progress",
            "pågående": "in_progress", "paused": "paused", "pausad": "paused", "done": "done",
            "genomförd": "done", "postponed": "postponed", "uppskjuten": "postponed",
            "cancelled": "cancelled", "canceled": "cancelled", "avbruten": "cancelled"}  # fmt: skip
KINDS = {"measure": "measure", "åtgärd": "measure", "governance": "governance",
         "styrning": "governance"}  # fmt: skip
SEVERITIES = {"negligible": "negligible", "försumbar": "negligible", "moderate": "moderate",
              "måttlig": "moderate", "significant": "significant", "betydande": "significant",
              "serious": "serious", "allvarlig": "serious"}  # fmt: skip
GAP_STATUSES = {"open": "open", "öppen": "open", "closed": "closed", "åtgärdad": "closed",
                "accepted": "accepted", "accepterad": "accepted"}  # fmt: skip
FUNDING_STATUSES = {"requested": "requested", "begärd": "requested", "granted": "granted",
                    "beviljad": "granted"}  # fmt: skip
LANGUAGES = {"sv": "sv", "en": "en"}

_TEXT_SCHEMA = {"type": ["string", "number"]}
# An id written as a number keeps its text, which for a negative number is no id.
_ID_TEXT_SCHEMA = {**_TEXT_SCHEMA, "minimum": 0}
# Only days that exist, as date.fromisoformat decides (year 0 does not; Feb 29 in leap
# years). The fixed length keeps Python's `$` (which also matches before a final "\n") exact.
_MONTH_DAY = (
    r"(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    r"|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))"
)
_LEAP_YEAR = r"(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
DATE_PATTERN = rf"^(?!0000)(?:[0-9]{{4}}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29)$"
_DATE_SCHEMA = {"type": "string", "minLength": 10, "maxLength": 10, "pattern": DATE_PATTERN}
_MONEY_SCHEMA = {"anyOf": [{"type": "number", "minimum": 0},
                           {"type": "string", "pattern": MONEY_PATTERN}]}  # fmt: skip

Text = Annotated[str, BeforeValidator(_as_text), WithJsonSchema(_TEXT_SCHEMA)]
Id = Annotated[
    str, BeforeValidator(_as_id), WithJsonSchema({**_ID_TEXT_SCHEMA, "pattern": f"^{ID_PATTERN}$"})
]
Ref = Annotated[
    str,
    BeforeValidator(_as_ref),
    WithJsonSchema({**_ID_TEXT_SCHEMA, "pattern": rf"^({ID_PATTERN}:)?{ID_PATTERN}$"}),
]
IsoDate = Annotated[dt.date, BeforeValidator(_as_date), WithJsonSchema(_DATE_SCHEMA)]
Money = Annotated[float, BeforeValidator(parse_money), WithJsonSchema(_MONEY_SCHEMA)]
# Swedish-written numbers within the bounds of Percent (0-100) and Share (0 <= x < 1).
_PERCENT_TEXT = r"^\s*0*(100([,.]0+)?|[0-9]{1,2}([,.][0-9]+)?)\s*$"
# 0 <= share < 1, written as a fraction (0,15) or as a percentage under 100 (15 %).
_SHARE_TEXT = r"^\s*(0+([,.][0-9]+)?|0*[0-9]{1,2}([,.][0-9]+)?\s*%)\s*$"


def _number_schema(text: str = NUMBER_PATTERN, **bounds: float) -> WithJsonSchema:
    """A number within `bounds`, or the same written as Swedish text (`text` pattern)."""
    return WithJsonSchema(
        {"anyOf": [{"type": "number", **bounds}, {"type": "string", "pattern": text}]}
    )


WholeNumber = Annotated[
    int,
    BeforeValidator(_as_whole),
    Field(ge=0),
    WithJsonSchema({"type": "integer", "minimum": 0}),
]
Hours = Annotated[float, BeforeValidator(_as_number), Field(ge=0), _number_schema(minimum=0)]
Percent = Annotated[
    float,
    BeforeValidator(_as_number),
    Field(ge=0, le=100),
    _number_schema(_PERCENT_TEXT, minimum=0, maximum=100),
]
Share = Annotated[
    float,
    BeforeValidator(_as_share),
    Field(ge=0, lt=1),
    _number_schema(_SHARE_TEXT, minimum=0, exclusiveMaximum=1),
]
YesNo = Annotated[
    bool,
    BeforeValidator(_as_bool),
    WithJsonSchema({"anyOf": [{"type": "boolean"}, _word_schema({"ja": "ja", "nej": "nej"})]}),
]
Priority = Annotated[
    str, BeforeValidator(_words(PRIORITIES)), WithJsonSchema(_word_schema(PRIORITIES))
]
Status = Annotated[str, BeforeValidator(_words(STATUSES)), WithJsonSchema(_word_schema(STATUSES))]
Kind = Annotated[str, BeforeValidator(_words(KINDS)), WithJsonSchema(_word_schema(KINDS))]
Severity = Annotated[
    str, BeforeValidator(_words(SEVERITIES)), WithJsonSchema(_word_schema(SEVERITIES))
]
GapStatus = Annotated[
    str, BeforeValidator(_words(GAP_STATUSES)), WithJsonSchema(_word_schema(GAP_STATUSES))
]
FundingStatus = Annotated[
    str, BeforeValidator(_words(FUNDING_STATUSES)), WithJsonSchema(_word_schema(FUNDING_STATUSES))
]
Language = Annotated[
    str, BeforeValidator(_words(LANGUAGES)), WithJsonSchema(_word_schema(LANGUAGES))
]
