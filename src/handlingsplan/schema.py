"""Raw data -> Plan, or diagnostics HP005 and HP101-HP104 placed by key path.

Each part of the plan (the header, each person, each list item) is validated on its own,
so one mistyped priority does not hide every other finding: the item that failed is left
out of the Plan and its id is remembered, and the semantic checks still run on the rest.
"""

from __future__ import annotations

import difflib
import re
import typing
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel, ValidationError

from handlingsplan.diagnostics import Diagnostic, Loc, make
from handlingsplan.model import (
    EXTRAS,
    UNION_TAGS,
    Activity,
    BacklogItem,
    Gap,
    Goal,
    Header,
    Person,
    Plan,
    union_tag,
)
from handlingsplan.types import shown

SECTIONS: dict[str, tuple[str, type[BaseModel]]] = {
    "gaps": ("gap", Gap),
    "goals": ("goal", Goal),
    "activities": ("activity", Activity),
    "backlog": ("backlog", BacklogItem),
}
TOP_KEYS = ("hplan", "plan", "people", "gaps", "goals", "activities", "backlog")
KNOWN_MINOR = 0
_VERSION = re.compile(r"1(?:\.(?P<minor>[0-9]+))?")
_ID_CODES = {"hp_id", "hp_ref"}
_AFTER_DECIMAL_COMMA = re.compile(r"[0-9]+\s*(kr|tkr|mnkr)?", re.IGNORECASE)


def _raw(value: Any) -> str:
    return str(getattr(value, "raw", value))


def check_version(data: dict[str, Any]) -> Diagnostic | None:
    """HP005 unless `hplan:` is 1 or "1.N" with N no newer than this hplan knows."""
    if "hplan" not in data or data["hplan"] is None:
        return make("HP005", (), "HP005.no_version")
    text = _raw(data["hplan"]).strip()
    match = _VERSION.fullmatch(text)
    if match is None:
        return make("HP005", ("hplan",), "HP005.version", version=shown(data["hplan"]))
    if int(match["minor"] or 0) > KNOWN_MINOR:
        return make("HP005", ("hplan",), "HP005.newer", version=text)
    return None


def build(data: Any) -> tuple[Plan | None, list[Diagnostic]]:
    """The Plan and the schema diagnostics; (None, [HP005]) when it is not a plan."""
    if not isinstance(data, dict):
        return None, [make("HP005", (), "HP005.not_mapping")]
    version_problem = check_version(data)
    if version_problem is not None:
        return None, [version_problem]
    diagnostics = list(_unknown_keys(data, (), TOP_KEYS))
    plan = Plan(version=_raw(data["hplan"]), extras=_x_keys(data))
    plan.header = _header(data, diagnostics)
    _people(data.get("people"), plan, diagnostics)
    broken: set[str] = set()
    for section in SECTIONS:
        items = _section(data, section, diagnostics, plan, broken)
        setattr(plan, section, items)
    plan.has_gaps = isinstance(data.get("gaps"), list)
    plan.broken_ids = frozenset(broken)
    return plan, diagnostics


def _x_keys(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k.startswith("x-")}


def _header(data: dict[str, Any], out: list[Diagnostic]) -> Header | None:
    if data.get("plan") is None:
        out.append(make("HP101", ("plan",), "HP101", field="plan"))
        return None
    header, _ = _validate(Header, data["plan"], ("plan",), out, None, None)
    return header if isinstance(header, Header) else None


def _people(raw: Any, plan: Plan, out: list[Diagnostic]) -> None:
    if raw is None:
        return
    plan.has_people = True
    if not isinstance(raw, dict):
        out.append(make("HP102", ("people",), "HP102.mapping_expected"))
        return
    plan.person_names = frozenset(raw)  # a person whose fields are wrong still exists
    for name, value in raw.items():
        person, _ = _validate(
            Person, {} if value is None else value, ("people", name), out, "person", name
        )
        if isinstance(person, Person):
            plan.people[name] = person


def _section(
    data: dict[str, Any], section: str, out: list[Diagnostic], plan: Plan, broken: set[str]
) -> list[tuple[int, Any]]:
    raw = data.get(section)
    if raw is None:
        return []
    if not isinstance(raw, list):
        out.append(make("HP102", (section,), "HP102.list_expected"))
        return []
    kind, model = SECTIONS[section]
    items: list[tuple[int, Any]] = []
    for index, value in enumerate(raw):
        label = _label(value, index)
        if isinstance(value, dict) and isinstance(value.get("id"), (str, int, float)):
            plan.raw_ids.append((section, index, _raw(value["id"])))
        item, failed = _validate(model, value, (section, index), out, kind, label)
        if item is not None:
            items.append((index, item))
            continue
        if isinstance(value, dict) and value.get("id") is not None:
            broken.add(_raw(value["id"]))
        partial = _partial(section, value, failed)
        if partial is not None:
            plan.partial.append((section, index, partial))
        if section in ("activities", "backlog"):
            plan.unread[section] |= failed if partial is not None else {"*"}
    return items


def _partial(section: str, value: Any, failed: set[str]) -> BacklogItem | None:
    """What is still sound of an activity or backlog item that failed the schema: the item
    without the fields that failed, read as leniently as a backlog item. Only the checks
    of references (HP2xx, HP403/HP404) look at it, so a dropped field never causes a
    finding of its own."""
    if section not in ("activities", "backlog") or not isinstance(value, dict):
        return None
    kept = {k: v for k, v in value.items() if k not in failed and k != "target"}
    try:
        return BacklogItem.model_validate(kept)
    except ValidationError:
        return None


def _label(value: Any, index: int) -> str:
    """How the messages name an item: its id, else its position (#3)."""
    if isinstance(value, dict) and isinstance(value.get("id"), (str, int, float)):
        return _raw(value["id"])
    return f"#{index + 1}"


def _validate(
    model: type[BaseModel], value: Any, loc: Loc, out: list[Diagnostic], kind: str | None,
    label: str | None,
) -> tuple[BaseModel | None, set[str]]:  # fmt: skip
    """The item, or None and the names of its top-level fields that failed."""
    if not isinstance(value, dict):
        out.append(_labelled(make("HP102", loc, "HP102.mapping_expected"), kind, label))
        return None, set()
    try:
        return model.model_validate(value), set()
    except ValidationError as exc:
        out.extend(_labelled(d, kind, label) for d in convert_errors(exc, model, loc, value))
        return None, {str(e["loc"][0]) for e in exc.errors(include_url=False) if e["loc"]}


def _labelled(d: Diagnostic, kind: str | None, label: str | None) -> Diagnostic:
    if kind is None or label is None:
        return d
    return Diagnostic(**{**d.__dict__, "args": (*d.args, ("_kind", kind), ("_item", label))})


def _raw_at(value: Any, loc: tuple[Any, ...]) -> str | None:
    """The scalar the user wrote at `loc` inside `value`, shortened, for messages."""
    for part in loc:
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, list) and isinstance(part, int) and 0 <= part < len(value):
            value = value[part]
        else:
            return None
    if isinstance(value, (dict, list)) or value is None:
        return None
    return shown(value)


def convert_errors(
    exc: ValidationError, model: type[BaseModel], prefix: Loc, value: Any = None
) -> Iterator[Diagnostic]:
    """pydantic errors -> HP101/HP102/HP103/HP104, with our own messages.

    A misspelt required field gives two errors, "unknown `priorty`" and "`priority` is
    missing"; the first already says "did you mean `priority`?", so the second is dropped.
    """
    found = [_convert(error, model, prefix, value) for error in exc.errors(include_url=False)]
    suggested = {
        (d.loc[:-1], d.kwargs["suggestion"]) for d in found if d.message_id == "HP103.suggest"
    }
    found = [d for d in found if d.code != "HP101" or (d.loc[:-1], d.loc[-1]) not in suggested]
    yield from _one_missing_per_mapping(found)


def _one_missing_per_mapping(found: list[Diagnostic]) -> Iterator[Diagnostic]:
    """Several fields missing from one mapping (`- id: A3` and nothing else) are one
    diagnostic naming them all, at the mapping, not one line each."""
    missing: dict[Loc, list[Diagnostic]] = {}
    for d in found:
        if d.code == "HP101":
            missing.setdefault(d.loc[:-1], []).append(d)
    for d in found:
        group = missing.get(d.loc[:-1], []) if d.code == "HP101" else []
        if len(group) < 2:
            yield d
        elif d is group[0]:
            names = ", ".join(f"`{g.kwargs['field']}`" for g in group)
            who = {k: str(v) for k, v in d.args if k in ("_kind", "_item")}
            yield make("HP101", d.loc[:-1], "HP101.many", fields=names, who=who)


def _user_loc(error_loc: tuple[Any, ...], value: Any) -> tuple[Any, ...]:
    """pydantic's `loc` as keys and indexes the user wrote: without EXTRAS, and without
    the tag it adds for the member of a union (`procurement.scalar`, `external[0].mapping`).
    A part is a tag when it names the shape of the value reached; `mapping` and `list`
    are never last, so an unknown key that happens to be called `mapping` stays."""
    out: list[Any] = []
    parts = [p for p in error_loc if p != EXTRAS]
    for n, part in enumerate(parts):
        is_tag = part in UNION_TAGS and union_tag(value) == part
        if is_tag and (n < len(parts) - 1 or part == "scalar"):
            continue
        out.append(part)
        if isinstance(value, dict):
            value = value.get(part)
        elif isinstance(value, list) and isinstance(part, int) and 0 <= part < len(value):
            value = value[part]
        else:
            value = None
    return tuple(out)


def _convert(error: Any, model: type[BaseModel], prefix: Loc, value: Any) -> Diagnostic:
    user_loc = _user_loc(tuple(error["loc"]), value)
    loc: Loc = (*prefix, *user_loc)
    kind = error["type"]
    ctx = {k: v for k, v in (error.get("ctx") or {}).items() if isinstance(v, (str, int, float))}
    field = next((p for p in reversed(loc) if isinstance(p, str)), "")  # a list's name, not "0"
    if kind == "extra_forbidden":
        return _unknown(loc, field, _known_keys(model, error["loc"][:-1]))
    # Messages name the field by its path in the item (`cost.money`), or in the plan
    # (`plan.period.end`) outside the lists, so that a bare `end` is never ambiguous.
    within = (*prefix[:1], *user_loc) if prefix[:1] == ("plan",) else user_loc
    field = ".".join(p for p in within if isinstance(p, str)) or field
    if kind == "missing":
        return make("HP101", loc, "HP101", field=field)
    if kind in _ID_CODES:
        return make("HP104", loc, f"HP104.{kind}", extra=ctx)
    shown = _raw_at(value, user_loc)
    hint_id = "hint.suggest" if "suggestion" in ctx else None
    extra = {"value": shown or "", **ctx}
    return make("HP102", loc, f"HP102.{kind}", field=field, extra=extra, hint_id=hint_id)


def _unknown(loc: Loc, key: str, known: list[str]) -> Diagnostic:
    if _AFTER_DECIMAL_COMMA.fullmatch(key):
        # `{money: 1,5 mnkr}`: in a {...} mapping the comma ended the amount.
        return make("HP103", loc, "HP103.comma", at_key=True, key=key)
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    if close:
        return make("HP103", loc, "HP103.suggest", at_key=True, key=key, suggestion=close[0])
    return make("HP103", loc, "HP103", at_key=True, key=key, known=", ".join(known))


def _unknown_keys(data: dict[str, Any], loc: Loc, known: tuple[str, ...]) -> Iterator[Diagnostic]:
    for key in data:
        if key not in known and not key.startswith("x-"):
            yield _unknown((*loc, key), key, list(known))


def _known_keys(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """The field names of the model that validates the mapping at `loc` inside `model`."""
    current: type[BaseModel] = model
    for part in loc:
        if isinstance(part, str) and part in current.model_fields:
            found = _model_in(current.model_fields[part].annotation)
            if found is not None:
                current = found
    return [name for name in current.model_fields if name != "extras"]


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The first BaseModel class inside Optional/list/dict/Union/Annotated annotations."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None
