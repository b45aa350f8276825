"""The JSON Schema of the plan format (`hplan schema`), made from the pydantic models.

pydantic writes each field from the WithJsonSchema in types.py; this module adds the top
level as schema.build reads it, and makes the models' parts say what the loader does:

* the `extras` field (alias " x") is where the loader keeps `x-` keys, not a key a user
  writes: it is removed, and every mapping of the plan (an Item) allows `x-` keys and
  nothing else unknown;
* a field that is not required may be written with no value: null means absent;
* unions picked by a callable discriminator come out of pydantic as oneOf; they are
  written as anyOf, which says the same for members that never overlap and is what
  editors handle best.

Only `hplan schema` imports this module, so importing pydantic at the top costs nothing
at start-up.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from handlingsplan.model import EXTRAS, Header, Person
from handlingsplan.schema import SECTIONS, TOP_KEYS

DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = "https://hplan.invalid/schema/plan-1.json"
TITLE = "hplan plan file (format 1)"
X_KEY = "^x-"
# `hplan: 1`, `1.0` or "1.N" with N = 0 (schema.check_version strips the text first).
VERSION_PATTERN = r"^\s*1(\.0+)?\s*$"
_ANNOTATIONS = ("title", "description", "default")


def plan_schema() -> dict[str, Any]:
    """The whole schema: a new dict on every call, the same for the same hplan."""
    refs, defs = _model_schemas()
    for definition in defs.values():
        _fix(definition)
    return {
        "$schema": DIALECT,
        "$id": SCHEMA_ID,
        "title": TITLE,
        "description": "A plan file of hplan; check it with `hplan validate`.",
        "type": "object",
        "required": ["hplan", "plan"],
        "properties": _top_properties(refs),
        "patternProperties": {X_KEY: {}},
        "additionalProperties": False,
        "$defs": defs,
    }


def _model_schemas() -> tuple[dict[type[BaseModel], dict[str, Any]], dict[str, Any]]:
    """A `$ref` for each model read at the top level, and the `$defs` they use."""
    models: list[type[BaseModel]] = [Header, Person, *(m for _, m in SECTIONS.values())]
    key_map, combined = models_json_schema(
        [(model, "validation") for model in models],
        by_alias=True,
        ref_template="#/$defs/{model}",
    )
    refs = {model: dict(key_map[(model, "validation")]) for model in models}
    defs: dict[str, Any] = combined.get("$defs", {})
    return refs, defs


def _top_properties(refs: dict[type[BaseModel], dict[str, Any]]) -> dict[str, Any]:
    """hplan, plan, people and the lists, in the order of schema.TOP_KEYS."""
    people = {"type": "object", "additionalProperties": _nullable(refs[Person])}
    properties: dict[str, Any] = {
        "hplan": {
            "anyOf": [
                {"type": "number", "const": 1},
                {"type": "string", "pattern": VERSION_PATTERN},
            ]
        },
        "plan": refs[Header],
        "people": _nullable(people),
    }
    for section, (_, model) in SECTIONS.items():
        properties[section] = _nullable({"type": "array", "items": refs[model]})
    return {key: properties[key] for key in TOP_KEYS}


def _fix(node: Any) -> None:
    """Post-process a generated schema in place, everywhere inside it."""
    if isinstance(node, list):
        for item in node:
            _fix(item)
        return
    if not isinstance(node, dict):
        return
    if "oneOf" in node:
        node["anyOf"] = node.pop("oneOf")
    properties = node.get("properties")
    if isinstance(properties, dict) and EXTRAS in properties:
        _fix_item(node, properties)
    for value in node.values():
        _fix(value)


def _fix_item(node: dict[str, Any], properties: dict[str, Any]) -> None:
    """An Item mapping: `x-` keys and known keys only; optional ones may be null."""
    del properties[EXTRAS]
    node["additionalProperties"] = False
    node["patternProperties"] = {X_KEY: {}}
    required = set(node.get("required", []))
    for name, schema in properties.items():
        if name not in required and not _accepts_null(schema):
            properties[name] = _nullable(schema)


def _accepts_null(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    return any(_accepts_null(member) for member in schema.get("anyOf", []))


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` or null, with the annotations (title, default) kept outside."""
    inner = {k: v for k, v in schema.items() if k not in _ANNOTATIONS}
    outer = {k: v for k, v in schema.items() if k in _ANNOTATIONS}
    return {"anyOf": [inner, {"type": "null"}], **outer}
