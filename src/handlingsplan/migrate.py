"""Pure: which control ids of a plan change, and how, when it moves from ISO/IEC
27001:2013 to 2022 numbering. No I/O and no text: commands/migrate.py turns the result
into edits at node positions.

Per activity or backlog item, each 2013 id in `controls` becomes its 2022 id(s), in
place: an id that a 2013 id earlier in the same list already became is removed (a
merge: A.5.1.1 and A.5.1.2 are both 5.1); A.18.2.3 becomes both 5.36 and 8.8 (a split,
flagged for the user to decide). A gap names one control: a split gap keeps the first
successor and is flagged. 2022 ids already in the plan stay as they are; an id of
neither edition is not touched (validate reports it as HP403). The written form follows
the old one: `A.9.2.1` becomes `A.5.15`, `9.2.1` becomes `5.15`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from handlingsplan import catalog as cat
from handlingsplan.model import Plan

REWRITTEN, MERGED, SPLIT = "rewritten", "merged", "split"


@dataclass(frozen=True)
class Change:
    """One control reference: `position` in the item's `controls` (None: a gap's
    `control`), the id as written, and what replaces it (empty: removed, merged into an
    earlier one)."""

    position: int | None
    old: str
    new: tuple[str, ...]
    kind: str
    targets: tuple[str, ...] = ()  # every 2022 id the old one maps to, as written


@dataclass
class ItemChanges:
    section: str  # activities | backlog | gaps
    index: int
    id: str
    changes: list[Change] = field(default_factory=list)


@dataclass
class Migration:
    items: list[ItemChanges] = field(default_factory=list)
    catalog_before: str = cat.ISO2022
    # 2022 controls with no 2013 predecessor that no activity covers after migration.
    uncovered_new: list[str] = field(default_factory=list)

    @property
    def nothing_to_do(self) -> bool:
        return not self.items and self.catalog_before == cat.ISO2022

    def count(self, kind: str) -> int:
        return sum(1 for item in self.items for c in item.changes if c.kind == kind)


def written(old: str, new: str) -> str:
    """`new` in the form `old` was written: with the `A.` prefix when it had one."""
    prefix = old.strip()[:2]
    return prefix + new if prefix in ("A.", "a.") else new


def migrate_list(controls: list[str]) -> tuple[list[Change], list[str]]:
    """The changes to one `controls` list and the list after them (2022 ids, normalised)."""
    mapping, old_ids = cat.mapping_2013_to_2022(), cat.builtin(cat.ISO2013).ids
    seen = {cat.normalise(c) for c in controls if cat.normalise(c) not in old_ids}
    changes: list[Change] = []
    after: list[str] = []
    for position, control in enumerate(controls):
        key = cat.normalise(control)
        if key not in old_ids:
            after.append(key)
            continue
        fresh = [new for new in mapping[key] if new not in seen]
        seen.update(fresh)
        after.extend(fresh)
        kind = SPLIT if len(mapping[key]) > 1 else (REWRITTEN if fresh else MERGED)
        new = tuple(written(control, n) for n in fresh)
        targets = tuple(written(control, n) for n in mapping[key])
        changes.append(Change(position, control, new, kind, targets))
    return changes, after


def migrate_gap(control: str) -> Change | None:
    key = cat.normalise(control)
    news = cat.mapping_2013_to_2022().get(key) if key in cat.builtin(cat.ISO2013).ids else None
    if not news:
        return None
    return Change(
        None, control, (written(control, news[0]),), SPLIT if len(news) > 1 else REWRITTEN
    )


def migrate(plan: Plan) -> Migration:
    """What migrating `plan` to 2022 numbering changes (`plan` is read, never changed)."""
    result = Migration(catalog_before=plan.header.catalog if plan.header else cat.ISO2022)
    covered: set[str] = set()
    sections = (("activities", plan.activities), ("backlog", plan.backlog))
    for section, entries in sections:
        for index, item in entries:
            changes, after = migrate_list(list(item.controls))
            if section == "activities":
                covered.update(after)
            if changes:
                result.items.append(ItemChanges(section, index, item.id, changes))
    for index, gap in plan.gaps:
        change = migrate_gap(gap.control)
        if change is not None:
            result.items.append(ItemChanges("gaps", index, gap.id, [change]))
    predecessors = cat.mapping_2022_to_2013()
    new_ids = [c for c in cat.builtin(cat.ISO2022).order if not predecessors.get(c)]
    result.uncovered_new = [c for c in new_ids if c not in covered]
    return result
