"""Ids: each may be used once in its namespace."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from handlingsplan.checks.base import Context, who
from handlingsplan.diagnostics import Diagnostic, make
from handlingsplan.model import Plan


def _duplicates(
    ctx: Context, kind: str, entries: Iterable[tuple[str, int, str]]
) -> Iterator[Diagnostic]:
    first: dict[str, tuple[str, int]] = {}
    for section, index, item_id in entries:
        if item_id in first:
            earlier = ctx.line_of((*first[item_id], "id"))
            label = "backlog" if section == "backlog" else kind
            yield make("HP104", (section, index, "id"), "HP104.duplicate",
                       who=who(label, item_id), line=earlier)  # fmt: skip
        else:
            first[item_id] = (section, index)


def duplicate_ids(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP104 duplicate-id: an id is used twice.

    Activities and backlog items share one set of ids (a backlog item is taken into a
    later plan under its id); goals and gaps each have their own. The later one is
    reported, and the message names the line of the first. Fix: give one a new id.
    """
    # Ids as written, of every item, also those that failed the schema.
    by_section = {"activities": "activity", "backlog": "activity", "goals": "goal", "gaps": "gap"}
    found: list[Diagnostic] = []
    for kind in ("activity", "goal", "gap"):
        entries = ((s, i, item_id) for s, i, item_id in plan.raw_ids if by_section[s] == kind)
        found += _duplicates(ctx, kind, entries)
    ctx.duplicated = {
        str(d.kwargs["_item"]) for d in found if d.loc[0] in ("activities", "backlog")
    }
    yield from found
