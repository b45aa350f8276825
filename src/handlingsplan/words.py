"""The words and texts of a plan that hplan writes (plan-format.md, Reading rules):
enumeration words in the plan's language (`hög`, `pågående`), and text fields as the
model read them, so that `controls: [8.10]` is written "8.10" and `id: 012` "012" for
every YAML reader, not only for hplan's."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from handlingsplan import types

_VOCABULARIES = (
    types.PRIORITIES, types.STATUSES, types.KINDS, types.SEVERITIES, types.GAP_STATUSES,
    types.FUNDING_STATUSES,
)  # fmt: skip


def _swedish() -> dict[str, str]:
    """English word -> Swedish word: the last alias of each word is the Swedish one (as
    types._words reads them)."""
    found: dict[str, str] = {}
    for vocabulary in _VOCABULARIES:
        for alias, word in vocabulary.items():
            if alias != word or word not in found:
                found[word] = alias
    return found


SWEDISH = _swedish()
CANONICAL = {alias: word for vocabulary in _VOCABULARIES for alias, word in vocabulary.items()}
# Fields that hold text, ids or lists of them, in activities and backlog items.
ITEM_TEXTS = (
    "id", "name", "target", "description", "goals", "controls", "gaps", "requirements",
    "responsible", "resources", "links", "depends_on", "notes",
)  # fmt: skip
ITEM_WORDS = ("kind", "priority", "status")
HEADER_TEXTS = ("title", "organisation", "unit", "id", "parent", "owner", "classification",
                "currency", "catalog")  # fmt: skip


def word(value: str, lang: str) -> str:
    """An English format word (`in_progress`) in `lang`."""
    return SWEDISH.get(value, value) if lang == "sv" else value


def reworded(value: Any, lang: str) -> Any:
    """A word as written (`Pågående`, `done`) in `lang`; anything else as it was."""
    if not isinstance(value, str):
        return value
    canonical = CANONICAL.get(types.word_key(value))
    return word(canonical, lang) if canonical else value


def texts(raw: dict[str, Any], model: BaseModel, keys: tuple[str, ...]) -> None:
    """Each of `keys` that `raw` has, as the model read it."""
    for key in keys:
        value = getattr(model, key, None)
        if key in raw and value is not None:
            raw[key] = value


def item(raw: dict[str, Any], model: BaseModel, lang: str) -> dict[str, Any]:
    """An activity or backlog item's texts as read and its words in `lang`."""
    texts(raw, model, ITEM_TEXTS)
    for key in ITEM_WORDS:
        if key in raw and getattr(model, key, None) is not None:
            raw[key] = word(getattr(model, key), lang)
    _nested(raw.get("funding"), lang)
    for entry in _mappings(raw.get("followups")) + _mappings(raw.get("carried_from")):
        _nested(entry, lang)
        if "id" in entry:
            entry["id"] = str(getattr(entry["id"], "raw", entry["id"]))
    return raw


def gap(raw: dict[str, Any], model: BaseModel, lang: str) -> dict[str, Any]:
    texts(raw, model, ("id", "control", "note"))
    for key in ("severity", "status"):
        if key in raw:
            raw[key] = word(getattr(model, key), lang)
    return raw


def goal(raw: dict[str, Any], model: BaseModel) -> dict[str, Any]:
    texts(raw, model, ("id", "title", "description"))
    return raw


def _nested(value: Any, lang: str) -> None:
    if isinstance(value, dict) and "status" in value:
        value["status"] = reworded(value["status"], lang)


def _mappings(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def copied(raw: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of a data tree. Not copy.deepcopy: YInt and YFloat keep their text in an
    attribute that deepcopy's reconstruction would lose."""
    return {k: _copy(v) for k, v in raw.items()}


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return copied(value)
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value
