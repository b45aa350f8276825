"""Control ids against the plan's catalogue (ISO/IEC 27001:2022 by default)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from handlingsplan import catalog as cat
from handlingsplan.checks.base import Context, items, subject, who
from handlingsplan.diagnostics import Diagnostic, Loc, make
from handlingsplan.model import Plan


def _control_refs(plan: Plan) -> Iterator[tuple[Loc, str, dict[str, str]]]:
    for section, index, item in items(plan):
        for n, control in enumerate(item.controls):
            yield (section, index, "controls", n), control, subject(section, item)
    for index, gap in plan.gaps:
        yield ("gaps", index, "control"), gap.control, who("gap", gap.id)


def _other_edition(control: str, edition: str) -> Diagnostic | None:
    """The HP404 message args when `control` belongs to the other edition, else None."""
    key = cat.normalise(control)
    if edition == cat.ISO2022 and key in cat.builtin(cat.ISO2013).ids:
        return make("HP404", (), "HP404.to2022", control=control,
                    mapped=", ".join(cat.mapping_2013_to_2022().get(key, ())))  # fmt: skip
    if edition == cat.ISO2013 and key in cat.builtin(cat.ISO2022).ids:
        olds = cat.mapping_2022_to_2013().get(key, ())
        if not olds:
            return make("HP404", (), "HP404.new2022", control=control)
        return make("HP404", (), "HP404.to2013", control=control,
                    mapped=", ".join("A." + o for o in olds))  # fmt: skip
    return None


def unknown_control(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP403 unknown-control: a control id that is not in the plan's catalogue.

    The catalogue is `plan.catalog`: iso27001-2022 (the default), iso27001-2013, none (no
    check), or a path to a file of ids, one a line. Ids are written with or without `A.`.
    An id of the other ISO edition is HP404 instead. Fix the id.
    """
    if ctx.catalog_problem is not None:
        yield ctx.catalog_problem
    if ctx.catalog is None:
        return
    for loc, control, about in _control_refs(plan):
        if control not in ctx.catalog and _other_edition(control, ctx.catalog.name) is None:
            yield make("HP403", loc, control=control, catalog=ctx.catalog.name, who=about,
                       **_meant(control, ctx.catalog))  # fmt: skip


_SEVERAL = re.compile(r"[,;]|\s\S")
_LOOSE_PREFIX = re.compile(r"^\s*[Aa]\s*\.?\s*(?=[0-9])")


def _meant(control: str, catalog: cat.Catalog) -> dict[str, Any]:
    """A hint for the usual slips: several ids in one item ("A.5.15, A.5.16"), or the
    prefix written loosely ("A5.15", "A 5.15")."""
    bare = _LOOSE_PREFIX.sub("", control)
    if bare != control and bare in catalog:
        return {"hint_id": "hint.suggest", "suggestion": bare}
    if _SEVERAL.search(control.strip()):
        return {"hint_id": "hint.HP403.several"}
    return {}


def control_edition(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP404 control-edition: a control id of the other ISO/IEC 27001 edition.

    In a 2022 plan, "7.2.2" is a 2013 id: the message names its 2022 id (6.3), or both
    successors where a 2013 control was split (A.18.2.3 -> 5.36 and 8.8). In a 2013
    plan, a 2022 id is named with its 2013 predecessors. A plan written wholly in 2013
    ids says so with `plan.catalog: iso27001-2013`.
    """
    if ctx.catalog is None or ctx.catalog.name not in cat.EDITIONS:
        return
    for loc, control, about in _control_refs(plan):
        found = None if control in ctx.catalog else _other_edition(control, ctx.catalog.name)
        if found is not None:
            yield make("HP404", loc, found.message_id, extra=found.kwargs, who=about)
