"""The digest of a plan's decided content (`sha256-v1:<hex>`), pure: no I/O.

What management decides is the plan's content, not its bytes: the digest is taken over a
canonical form of an explicit list of fields (DECIDED below, documented in
plan-format.md), computed from the validated model. So re-indenting, reordering keys,
adding a comment, writing Swedish words instead of English, following the plan up
(status, progress, forecast_end, completed, spent, followups, notes) or upgrading hplan
never changes it, while changing a decided field does.

The canonical form v1 is frozen: a test pins it on a fixed plan. A change to it is a new
version (`sha256-v2`), never an edit of v1.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from decimal import Decimal
from typing import Any

from pydantic import BaseModel

from handlingsplan.catalog import normalise
from handlingsplan.model import Plan

PREFIX = "sha256-v1:"

# The decided fields of v1, per kind of item, in no particular order (keys are sorted).
ACTIVITY_FIELDS = (
    "id", "name", "description", "kind", "goals", "controls", "gaps", "requirements",
    "priority", "responsible", "effort", "cost", "funding", "resources", "start", "end",
    "depends_on", "external", "procurement", "communication",
)  # fmt: skip
BACKLOG_FIELDS = (*ACTIVITY_FIELDS, "target")
GOAL_FIELDS = ("id", "title", "description")
GAP_FIELDS = ("id", "control", "severity")
# Nested mappings: the fields of each model that a decided field may hold.
_NESTED = {
    "Period": ("start", "end"),
    "Amounts": ("money", "hours"),
    "Cost": ("money", "hours", "running"),
    "Funding": ("source", "status"),
    "ExternalEvent": ("name", "date"),
    "Message": ("audience", "when", "what"),
    "Procurement": ("lead_weeks",),
}
_CONTROLS = frozenset({"controls", "control"})


def canonical(plan: Plan) -> dict[str, Any]:
    """The decided content as plain JSON values (v1): period, budget, contingency, goals,
    gaps, activities and backlog; absent and empty values are left out."""
    header = plan.header
    doc: dict[str, Any] = {
        "activities": [_item(a, ACTIVITY_FIELDS) for _, a in plan.activities],
        "backlog": [_item(b, BACKLOG_FIELDS) for _, b in plan.backlog],
        "goals": [_item(g, GOAL_FIELDS) for _, g in plan.goals],
        "gaps": [_item(g, GAP_FIELDS) for _, g in plan.gaps],
    }
    if header is not None:
        doc["period"] = _value(header.period)
        if header.budget is not None:
            doc["budget"] = _value(header.budget)
        if header.contingency is not None:
            doc["contingency"] = _value(header.contingency)
    return {key: value for key, value in doc.items() if not _empty(value)}


def canonical_text(plan: Plan) -> str:
    """The canonical form serialised: JSON, keys sorted, no whitespace, UTF-8 text."""
    return json.dumps(canonical(plan), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def digest(plan: Plan) -> str:
    """`sha256-v1:` and the hex SHA-256 of the canonical text's UTF-8 bytes."""
    return PREFIX + hashlib.sha256(canonical_text(plan).encode("utf-8")).hexdigest()


def _item(item: BaseModel, fields: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in fields:
        value = getattr(item, name, None)
        if name in _CONTROLS and isinstance(value, list):
            value = [normalise(v) for v in value]
        elif name in _CONTROLS and isinstance(value, str):
            value = normalise(value)
        value = _value(value)
        if not _empty(value):
            out[name] = value
    return out


def _value(value: Any) -> Any:
    """A model value as a JSON value: dates ISO, numbers as decimal strings without
    trailing zeros, booleans and text as they are, lists in written order."""
    if isinstance(value, BaseModel):
        return _item(value, _NESTED[type(value).__name__])
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float):
        return number(value)
    if isinstance(value, list):
        return [_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _value(v) for k, v in value.items()}
    raise TypeError(f"no canonical form for {type(value).__name__}")


def number(value: float) -> str:
    """1500.0 -> "1500", 0.15 -> "0.15", 1e-07 -> "0.0000001": no exponent, no trailing
    zeros."""
    text = format(Decimal(repr(float(value))).normalize(), "f")
    return "0" if text in ("-0", "0") else text


def _empty(value: Any) -> bool:
    return value is None or value == [] or value == {}
