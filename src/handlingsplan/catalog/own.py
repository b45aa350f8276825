"""A user's own catalogue as YAML: a municipality's list of measures, a sector's rules,
a requirement set. Three forms, read with hplan's safe loader and its limits:

    # a list of ids, each optionally with a title
    - K-1
    - {id: K-2, title: Loggning}

    # ids with titles
    K-1: Informationssäkerhetspolicy
    K-2: Loggning

    # groups of ids (a group's value is a list, of either form of item)
    Styrning: [K-1, {id: K-2, title: Loggning}]
    Teknik:
      - K-3

Ids follow the control id rule of plan-format.md (compared without an `A.` prefix). A
file in none of these forms, or with an id twice, raises ValueError (HP102 at
`plan.catalog`).
"""

from __future__ import annotations

from typing import Any

from handlingsplan import catalog as cat


def from_yaml(text: str, name: str) -> cat.Catalog:
    from handlingsplan import yamlio

    loaded = yamlio.parse(yamlio.Loaded(name), text)
    if loaded.diagnostics or loaded.data is None:
        raise ValueError(f"{name}: not a readable YAML catalogue")
    entries = list(_entries(loaded.data))
    order = [cid for cid, _group, _title in entries]
    if len(set(order)) != len(order) or not order:
        raise ValueError(f"{name}: an id twice, or no id")
    return cat.Catalog(
        name, frozenset(order), tuple(order),
        groups={cid: group for cid, group, _ in entries if group is not None},
        titles={cid: title for cid, _, title in entries if title is not None},
    )  # fmt: skip


Entry = tuple[str, "str | None", "str | None"]  # id, group, title


def _entries(data: Any) -> list[Entry]:
    if isinstance(data, list):
        return [_item(item, None) for item in data]
    if not isinstance(data, dict):
        raise ValueError("a catalogue is a list or a mapping")
    out: list[Entry] = []
    for key, value in data.items():
        if isinstance(value, list):
            out.extend(_item(item, _text(key)) for item in value)
        else:  # `K-1: Title`, or `K-1:` with no title
            out.append((cat.normalise(_text(key)), None, None if value is None else _text(value)))
    return out


def _item(item: Any, group: str | None) -> Entry:
    if isinstance(item, dict) and set(item) <= {"id", "title"} and "id" in item:
        title = item.get("title")
        return cat.normalise(_text(item["id"])), group, None if title is None else _text(title)
    return cat.normalise(_text(item)), group, None


def _text(value: Any) -> str:
    """Ids and titles as written (`8.10` stays 8.10); anything else is refused."""
    raw = getattr(value, "raw", None)
    if isinstance(raw, str):
        return raw
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        text = str(value).strip()
        if text:
            return text
    raise ValueError(f"not an id or a title: {value!r}")
