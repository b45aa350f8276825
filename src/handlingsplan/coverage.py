"""Which controls of a plan's catalogue its work covers: `hplan controls`.

Pure. Every control of the catalogue, in the catalogue's order and grouped by theme,
with the activities and backlog items that name it and the gaps found on it. A control
is *addressed this period* when an activity that counts (not cancelled, not postponed)
names it; *later* when only the backlog or a postponed activity does; else *not
addressed*. *Missing* are the controls with an open significant or serious gap that no
counted activity addresses (the method's first candidates for next year's work).
Controls the plan names that are not in the catalogue (HP403) are listed apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from handlingsplan import catalog as cat
from handlingsplan.model import ActivityFields, Gap, Plan

STATES = ("period", "later", "none")
SEVERE = ("serious", "significant")
# 2022: the theme is the clause: 5 organisational, 6 people, 7 physical, 8 technological.
THEMES_2022 = {"5": "organisational", "6": "people", "7": "physical", "8": "technological"}


@dataclass(frozen=True)
class Work:
    """An activity or backlog item that names a control."""

    id: str
    name: str
    status: str
    backlog: bool


@dataclass
class Control:
    id: str
    theme: str  # a key of THEMES_2022, "A.n" (2013), a user's group as written, or "other"
    title: str | None = None  # from a catalogue that gives titles
    work: list[Work] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)

    @property
    def state(self) -> str:
        now = [w for w in self.work if not w.backlog and w.status not in ("cancelled", "postponed")]
        if now:
            return "period"
        later = [w for w in self.work if w.backlog or w.status == "postponed"]
        return "later" if later else "none"

    @property
    def missing(self) -> bool:
        """An open significant or serious gap, and no activity this period."""
        open_severe = any(g.status == "open" and g.severity in SEVERE for g in self.gaps)
        return open_severe and self.state != "period"


@dataclass
class Coverage:
    catalog: str
    controls: list[Control]
    unknown: list[Control]  # named by the plan, not in its catalogue

    def counts(self) -> dict[str, int]:
        found = {state: 0 for state in STATES}
        for control in self.controls:
            found[control.state] += 1
        return found

    def missing(self) -> list[Control]:
        return [c for c in self.controls if c.missing]


def theme(control_id: str, catalog: str) -> str:
    """The group a control stands in: a 2022 theme, a 2013 clause (A.5 .. A.18), or
    `other` for a user's own catalogue."""
    head = control_id.split(".", 1)[0]
    if catalog == cat.ISO2022:
        return THEMES_2022.get(head, "other")
    if catalog == cat.ISO2013:
        return f"A.{head}"
    return "other"


def build(plan: Plan, catalogue: cat.Catalog, titles: dict[str, str] | None = None) -> Coverage:
    """`titles` (a titles file) win over the catalogue's own."""
    name = catalogue.name
    named = {**catalogue.titles, **{cat.normalise(k): v for k, v in (titles or {}).items()}}
    controls = {
        cid: Control(cid, catalogue.groups.get(cid) or theme(cid, name), named.get(cid))
        for cid in catalogue.order
    }
    unknown: dict[str, Control] = {}

    def control(cid: str) -> Control:
        if cid in controls:
            return controls[cid]
        return unknown.setdefault(cid, Control(cid, "unknown", None))

    for item, backlog in _items(plan):
        # "5.15" and "A.5.15" name one control: the item is listed under it once.
        for cid in dict.fromkeys(cat.normalise(c) for c in item.controls):
            control(cid).work.append(Work(item.id, item.name, item.status, backlog))
    for _, gap in plan.gaps:
        control(cat.normalise(gap.control)).gaps.append(gap)
    return Coverage(name, list(controls.values()), list(unknown.values()))


def _items(plan: Plan) -> list[tuple[ActivityFields, bool]]:
    return [(a, False) for _, a in plan.activities] + [(b, True) for _, b in plan.backlog]
