"""A plan as a fresh YAML file that reads like one a person wrote (rollover, later init
and import): the key order of plan-format.md, block style for the structure, short flow
lists and mappings where people write them (`goals: [M1]`, `period: {start: ..., end: ...}`),
Swedish letters as letters, dates as YYYY-MM-DD, absent fields left out.

Not yaml.safe_dump: it sorts keys, escapes å ä ö and writes `1e3` or `0o17` unquoted,
which a YAML 1.2 reader takes for numbers (shared/notes). Here a string is written plain
only when both YAML 1.1 (PyYAML, most other tools) and hplan's YAML 1.2 reading give the
same string back; otherwise it is double-quoted. Numbers read from a plan keep their text.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import yaml

from handlingsplan import yamlio

WIDTH = 100  # a flow collection longer than this (with its indentation) is written as a block
INDENT = "  "

_ACTIVITY = (
    "id", "name", "target", "description", "kind", "goals", "controls", "gaps", "requirements",
    "priority", "responsible", "effort", "cost", "funding", "resources", "start", "end",
    "depends_on", "external", "procurement", "communication", "links", "status", "progress",
    "forecast_end", "completed", "spent", "followups", "notes", "carried_from",
)  # fmt: skip
_HEADER = (
    "title", "organisation", "unit", "id", "parent", "owner", "language", "classification",
    "period", "currency", "hour_rate", "budget", "contingency", "catalog", "catalog_titles",
    "checkpoints", "followups", "decision", "revisions",
)  # fmt: skip
# The order of each mapping's keys, by where the mapping stands (its key path with list
# indexes and people's names left out). Keys not listed (the user's `x-` keys) follow
# in the order they were written.
ORDER: dict[tuple[str, ...], tuple[str, ...]] = {
    (): ("hplan", "plan", "people", "gaps", "goals", "activities", "backlog"),
    ("plan",): _HEADER,
    ("plan", "period"): ("start", "end"),
    ("plan", "budget"): ("money", "hours"),
    ("plan", "followups"): ("date", "note"),
    ("plan", "decision"): ("by", "date", "reference", "digest"),
    ("plan", "revisions"): ("by", "date", "reference", "note", "digest"),
    ("people", "*"): ("role", "hours_per_month"),
    ("gaps",): ("id", "control", "severity", "status", "accepted", "note"),
    ("gaps", "accepted"): ("by", "date"),
    ("goals",): ("id", "title", "description"),
}
for _section in ("activities", "backlog"):
    ORDER[(_section,)] = _ACTIVITY
    ORDER[(_section, "cost")] = ("money", "hours", "running")
    ORDER[(_section, "spent")] = ("money", "hours")
    ORDER[(_section, "funding")] = ("source", "status")
    ORDER[(_section, "external")] = ("name", "date")
    ORDER[(_section, "communication")] = ("audience", "when", "what")
    ORDER[(_section, "followups")] = ("date", "status", "progress", "note")
    ORDER[(_section, "carried_from")] = ("period", "id", "status", "progress", "reason")
# Mappings whose keys are names, not fields (people, effort): kept in the written order.
_NAMED = frozenset({("people",), ("activities", "effort"), ("backlog", "effort")})

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# A plain scalar must not start with an indicator, and `: ` or ` #` inside it would end it.
_PLAIN_START = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`]")
# In a flow collection these end or confuse a plain scalar (PyYAML's own parser stops
# at a `?` inside one, though libyaml does not).
_FLOW_UNSAFE = re.compile(r"[,\[\]{}?]")
# Characters YAML does not take as they are (controls, line and paragraph separators, a
# BOM): written as escapes inside double quotes.
_UNPRINTABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]"
)
_RESOLVER = yaml.resolver.Resolver()
# The first characters of every implicit type PyYAML's resolver knows (bool, int, float,
# null, timestamp, merge, value) and of hplan's own (null, bool, number).
_RESOLVED_FIRST = frozenset("yYnNtTfFoO~-+.0123456789<=")


def dump(data: Mapping[str, Any], comments: Sequence[str] = ()) -> str:
    """The whole file: `comments` as `# ` lines, a blank line, then the data."""
    head = "".join(f"# {line}".rstrip() + "\n" for line in comments)
    body = "".join(_mapping_lines(data, (), 0, top=True))
    return head + ("\n" if head else "") + body


def item_block(item: Mapping[str, Any], section: str) -> str:
    """One activity or backlog item as block text without the list's `- ` (yamledit adds
    an item to an existing file with it)."""
    return "".join(_mapping_lines(item, (section,), 0))


def flow_text(value: Any, where: tuple[str, ...]) -> str:
    """A short mapping or list of scalars on one line, whatever its length (a person's
    entry added to an existing `people:` register)."""
    if value is None or value == {}:
        return "{}"
    return _flow(value, where, -(10**6)) or scalar(value, flow=False)


def _present(key: str, value: Any, where: tuple[str, ...] = ()) -> bool:
    """Absent fields are left out: None, and empty lists and mappings. A user's own `x-`
    key, and everything inside its value, is theirs, empty or not."""
    if key.startswith("x-") or any(part.startswith("x-") for part in where):
        return True
    return value is not None and not (isinstance(value, (list, dict)) and not value)


def _ordered(data: Mapping[str, Any], where: tuple[str, ...]) -> list[tuple[str, Any]]:
    if where == ("people",):  # `Per Ek:` with nothing known is still a person
        return [(k, {} if v is None else v) for k, v in data.items()]
    items = [(k, v) for k, v in data.items() if _present(k, v, where)]
    if where in _NAMED:
        return items
    rank = {key: i for i, key in enumerate(ORDER.get(where, ()))}
    return sorted(items, key=lambda kv: rank.get(kv[0], len(rank)))  # stable for x- keys


def _mapping_lines(
    data: Mapping[str, Any], where: tuple[str, ...], depth: int, top: bool = False
) -> Iterator[str]:
    pad = INDENT * depth
    for n, (key, value) in enumerate(_ordered(data, where)):
        if top and n > 0:
            yield "\n"  # the top-level sections apart, as people write them
        inner = _inner(where, key)
        name = scalar(key, flow=False)
        flow = _flow(value, inner, len(pad) + len(name) + 2)
        if value is None:
            yield f"{pad}{name}:\n"  # a user's `x-` key with no value
        elif flow is not None:
            yield f"{pad}{name}: {flow}\n"
        elif isinstance(value, dict):
            yield f"{pad}{name}:\n"
            yield from _mapping_lines(value, inner, depth + 1)
        elif isinstance(value, list):
            yield f"{pad}{name}:\n"
            yield from _sequence_lines(value, inner, depth + 1)
        else:
            yield from _long_text(name, value, depth)


def _inner(where: tuple[str, ...], key: str) -> tuple[str, ...]:
    """Where a value stands, for ORDER: people's names and effort's names collapse to `*`."""
    return (*where, "*") if where == ("people",) else (*where, key)


def _sequence_lines(items: Sequence[Any], where: tuple[str, ...], depth: int) -> Iterator[str]:
    pad = INDENT * depth
    spaced = len(where) == 1 and where[0] in ("activities", "backlog", "gaps", "goals")
    # Entries of one list look alike: all on one line each, or all as blocks.
    flows = [_flow(item, where, len(pad) + 2) for item in items]
    uniform = all(
        f is not None for f, item in zip(flows, items, strict=True) if isinstance(item, dict)
    )
    for n, (item, flow) in enumerate(zip(items, flows, strict=True)):
        if spaced and n > 0 and isinstance(item, dict):
            yield "\n"
        if isinstance(item, dict) and not uniform:
            flow = None
        if flow is not None:
            yield f"{pad}- {flow}\n"
        elif isinstance(item, dict):
            lines = list(_mapping_lines(item, where, depth + 1)) or [pad + "  {}\n"]
            yield pad + "- " + lines[0][len(pad) + 2 :]
            yield from lines[1:]
        elif isinstance(item, list):
            yield f"{pad}-\n"
            yield from _sequence_lines(item, where, depth + 1)
        else:
            yield f"{pad}- {scalar(item, flow=False)}\n"


def _flow(value: Any, where: tuple[str, ...], used: int) -> str | None:
    """One-line text for a scalar, or for a short collection of scalars; None when the
    value must be written as a block."""
    if not isinstance(value, (dict, list)):
        if _literal(value):
            return None
        text = scalar(value, flow=False)
        return text if used + len(text) <= WIDTH or not _foldable(value) else None
    if isinstance(value, dict):
        if where in (("activities",), ("backlog",), ("gaps",), ("goals",), ("plan",)):
            return None  # the items people read one field per line
        items = _ordered(value, where)
        if any(isinstance(v, (dict, list)) for _k, v in items):
            return None
        text = "{" + ", ".join(f"{scalar(k, True)}: {scalar(v, True)}" for k, v in items) + "}"
    else:
        if any(isinstance(v, (dict, list)) for v in value):
            return None
        text = "[" + ", ".join(scalar(v, flow=True) for v in value) + "]"
    return text if used + len(text) <= WIDTH else None


def _foldable(value: Any) -> bool:
    """Long text that a folded block (`>-`) gives back exactly: one paragraph, single
    spaces, nothing a fold would change."""
    return (
        isinstance(value, str)
        and value == value.strip()
        and not re.search(r"[\n\r\t\x85\u2028\u2029]|  ", value)
        and not _UNPRINTABLE.search(value)
    )


def _literal(value: Any) -> bool:
    """Text of several lines that a literal block (`|`) gives back exactly: nothing YAML
    must escape, and a first line that does not start with a space (a block's
    indentation is read from it)."""
    if not isinstance(value, str) or "\n" not in value.rstrip("\n"):
        return False
    if "\r" in value or "\t" in value or _UNPRINTABLE.search(value):
        return False
    first = next(line for line in value.split("\n") if line)
    return not first.startswith(" ")


def _literal_lines(name: str, value: str, depth: int) -> Iterator[str]:
    """`|`, `|-` or `|+` by how many line breaks end the text (YAML's chomping)."""
    body = value.rstrip("\n")
    chomp = {0: "-", 1: ""}.get(len(value) - len(body), "+")
    pad = INDENT * (depth + 1)
    yield f"{INDENT * depth}{name}: |{chomp}\n"
    for line in body.split("\n"):
        yield (pad + line if line else "") + "\n"
    yield from ["\n"] * (len(value) - len(body) - 1 if chomp == "+" else 0)


def _long_text(name: str, value: str, depth: int) -> Iterator[str]:
    """A folded block scalar (`>-`) wrapped at WIDTH, as the example plans write notes."""
    if _literal(value):
        yield from _literal_lines(name, value, depth)
        return
    pad = INDENT * (depth + 1)
    yield f"{INDENT * depth}{name}: >-\n"
    line = ""
    for word in value.split(" "):
        if line and len(pad) + len(line) + 1 + len(word) > WIDTH - 12:
            yield pad + line + "\n"
            line = word
        else:
            line = f"{line} {word}" if line else word
    yield pad + line + "\n"


def scalar(value: Any, flow: bool) -> str:
    """One scalar as YAML text: plain when every reader gives it back, else quoted."""
    if value is None:
        return "null"  # only inside a user's `x-` value: our own absent fields are left out
    if isinstance(value, bool):
        return "true" if value else "false"
    raw = getattr(value, "raw", None)
    if raw is not None:  # a number as the user wrote it (YInt/YFloat)
        return str(raw)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else _float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return text if _plain(text, flow) else _quoted(text)


def _float(value: float) -> str:
    """A float both YAML 1.1 and 1.2 read as one: `1e-05` is text to YAML 1.1, which
    wants a dot and a signed exponent (`1.0e-05`)."""
    text = repr(value)
    if "e" not in text:
        return text
    mantissa, exponent = text.split("e")
    mantissa = mantissa if "." in mantissa else mantissa + ".0"
    return f"{mantissa}e{exponent if exponent[0] in '+-' else '+' + exponent}"


def _quoted(text: str) -> str:
    """Double-quoted: JSON's escapes are YAML's, plus escapes for what YAML refuses raw."""
    quoted = json.dumps(text, ensure_ascii=False)
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


@functools.lru_cache(maxsize=65536)
def _plain(text: str, flow: bool) -> bool:
    """Cached: a plan repeats its names, words and dates many times."""
    if not text or text != text.strip() or not _PLAIN_START.match(text):
        return False
    if ": " in text or " #" in text or text.endswith(":") or re.search("[\n\r\t]", text):
        return False
    if _UNPRINTABLE.search(text):
        return False
    if flow and _FLOW_UNSAFE.search(text):
        return False
    return _reads_as_text(text)


def _reads_as_text(text: str) -> bool:
    """Both YAML 1.1 and hplan's YAML 1.2 reading give this string back (a date in
    YYYY-MM-DD is meant as one and stays plain)."""
    if text[0] not in _RESOLVED_FIRST:
        return True  # no implicit type starts with this character, in 1.1 or 1.2
    if _DATE.fullmatch(text):
        return _real_date(text)  # a date stays plain; `2027-02-30` would stop PyYAML
    tag = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    if tag != "tag:yaml.org,2002:str":
        return False
    read = yamlio.scalar_value(yaml.ScalarNode(yamlio.UNTAGGED, text, style=None))
    return isinstance(read, str) and not hasattr(read, "raw")


def _real_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True
