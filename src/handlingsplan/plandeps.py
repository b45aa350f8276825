"""Dependencies between plans checked together (`depends_on: [it:A3]`), resolved.

One index of the set, plan id -> plans, is built once; each reference is then looked up
in O(1) (the other plan's activities are indexed once, on first use), so the work is
linear in the size of all plans. The rules are in plan-format.md ("Several plans checked
together"); planset.check_together is the entry point.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from handlingsplan.checks.base import subject
from handlingsplan.checks.references import Names
from handlingsplan.diagnostics import Diagnostic, Loc, make, sort_diagnostics
from handlingsplan.model import Activity, ActivityFields, Period, Plan
from handlingsplan.pipeline import FileResult, place
from handlingsplan.planset import plan_id


@dataclass
class Member:
    """One plan of the set, with the lookups cross-plan references need, built once."""

    number: int
    result: FileResult
    id: str | None
    found: list[Diagnostic] = field(default_factory=list)

    @property
    def plan(self) -> Plan | None:
        return self.result.plan

    @property
    def period(self) -> Period | None:
        return self.plan.period if self.plan is not None else None

    @cached_property
    def duplicated(self) -> set[str]:
        """Activity and backlog ids used twice (HP104 in that file): ambiguous, so what
        depends on them is left out, as the single-plan checks do."""
        seen: set[str] = set()
        twice: set[str] = set()
        for section, _index, item_id in self.plan.raw_ids if self.plan else ():
            if section in ("activities", "backlog"):
                (twice if item_id in seen else seen).add(item_id)
        return twice

    @cached_property
    def activities(self) -> dict[str, tuple[int, Activity]]:
        found: dict[str, tuple[int, Activity]] = {}
        for index, activity in self.plan.activities if self.plan else ():
            if activity.id not in self.duplicated:
                found.setdefault(activity.id, (index, activity))
        return found

    @cached_property
    def names(self) -> Names:
        return Names(self.activities)

    def label(self, activity_id: str) -> str:
        return f"{self.id or self.result.path}:{activity_id}"

    def line(self, loc: Loc) -> int:
        return self.result.places.locate(loc).line if self.result.places else 1


def overlaps(a: Period | None, b: Period | None) -> bool:
    """Periods that share a day; an unknown period (a header with errors) may share any."""
    return a is None or b is None or (a.start <= b.end and b.start <= a.end)


def members(results: list[FileResult]) -> list[Member]:
    return [Member(n, r, plan_id(r, r.path)) for n, r in enumerate(results)]


def by_id(found: list[Member]) -> dict[str, list[Member]]:
    index: dict[str, list[Member]] = {}
    for member in found:
        if member.id is not None:
            index.setdefault(member.id, []).append(member)
    return index


def duplicate_plan_ids(index: dict[str, list[Member]]) -> Iterator[tuple[Member, Diagnostic]]:
    """HP104 in each plan that shares its id with another plan of an overlapping period:
    `it:A2` could mean either. Plans of one series for other periods (klf-2027.yaml and
    its rollover klf-2028.yaml in one folder) are not duplicates."""
    for plan, group in index.items():
        if len(group) < 2:
            continue
        for member in group:
            others = [o.result.path for o in group
                      if o is not member and overlaps(o.period, member.period)]  # fmt: skip
            if others:
                written = member.result.written_id is not None
                loc: Loc = ("plan", "id") if written else ("plan",)
                yield member, make("HP104", loc, "HP104.plan_id", at_key=not written,
                                   plan=plan, paths=", ".join(others))  # fmt: skip


# --- resolving one reference


@dataclass(frozen=True)
class Ref:
    """A `depends_on` entry naming another plan's activity, and where it stands."""

    member: Member
    section: str
    index: int
    n: int
    item: ActivityFields
    whole: bool  # a whole activity (not a backlog item or one with schema errors)

    @property
    def loc(self) -> Loc:
        return (self.section, self.index, "depends_on", self.n)

    @property
    def text(self) -> str:
        return self.item.depends_on[self.n]

    def diagnostic(self, code: str, message_id: str | None = None, **args: str) -> Diagnostic:
        return make(code, self.loc, message_id, ref=self.text, who=subject(self.section, self.item),
                    extra=args)  # fmt: skip


def references(member: Member) -> Iterator[Ref]:
    """Every `depends_on` entry of the plan that names a plan, in file order."""
    plan = member.plan
    if plan is None:
        return
    entries: list[tuple[str, int, ActivityFields, bool]] = [
        *(("activities", i, a, True) for i, a in plan.activities),
        *(("backlog", i, b, False) for i, b in plan.backlog),
        *((s, i, item, False) for s, i, item in plan.partial),
    ]
    for section, index, item, whole in entries:
        for n, text in enumerate(item.depends_on):
            if ":" in text:
                yield Ref(member, section, index, n, item, whole)


Resolved = tuple[Member, int, Activity]  # the plan, and the activity with its index


def resolve(
    ref: Ref, index: dict[str, list[Member]], whole_set: bool
) -> Resolved | Diagnostic | None:
    """The activity `ref` names, or the diagnostic that says why not (None: nothing to
    say, as for an activity with errors, which its own file reports)."""
    plan, _, activity = ref.text.partition(":")
    same_id = index.get(plan, [])
    candidates = [m for m in same_id if overlaps(m.period, ref.member.period)]
    if not candidates:
        if same_id:
            paths = ", ".join(m.result.path for m in same_id)
            return ref.diagnostic(
                "HP208", "HP208.period", plan=plan, activity=activity, paths=paths
            )
        if whole_set:
            known = Names(index)
            hint = known.suggest(plan)
            if hint:
                hint["suggestion"] = f"{hint['suggestion']}:{activity}"
            return make("HP201", ref.loc, "HP201.plan", ref=ref.text, plan=plan,
                        who=subject(ref.section, ref.item), **hint)  # fmt: skip
        return ref.diagnostic("HP208", plan=plan, activity=activity)
    if len(candidates) > 1:
        paths = ", ".join(m.result.path for m in candidates)
        return ref.diagnostic("HP208", "HP208.ambiguous", plan=plan, count=str(len(candidates)),
                              paths=paths)  # fmt: skip
    other = candidates[0]
    return _in_plan(ref, other, plan, activity)


def _in_plan(ref: Ref, other: Member, plan: str, activity: str) -> Resolved | Diagnostic | None:
    if other.plan is None or other.plan.header is None:
        return ref.diagnostic("HP208", "HP208.unreadable", plan=plan, path=other.result.path)
    found = other.activities.get(activity)
    if found is not None:
        return other, found[0], found[1]
    if activity in other.duplicated or activity in other.plan.broken_ids:
        return None  # HP104 or a schema error in that file: what it means is not known
    if activity in {item.id for _, item in other.plan.backlog}:
        # As in one plan: an activity waiting for a backlog item is HP205, not HP201.
        return ref.diagnostic("HP205") if ref.section == "activities" else None
    hint = other.names.suggest(activity)
    if hint:
        hint["suggestion"] = f"{plan}:{hint['suggestion']}"
    return make("HP201", ref.loc, "HP201.activity", ref=ref.text, plan=plan, activity=activity,
                path=other.result.path, who=subject(ref.section, ref.item), **hint)  # fmt: skip


# --- all together


@dataclass
class Link:
    """A resolved dependency of a whole activity on another plan's activity."""

    ref: Ref
    pred: Resolved


def check(results: list[FileResult], whole_set: bool) -> None:
    """planset.check_together: resolve every plan's references to other plans, report
    what they break, and merge that into each file's diagnostics."""
    from handlingsplan import plancycles

    found = members(results)
    index = by_id(found)
    for member, diagnostic in duplicate_plan_ids(index):
        member.found.append(diagnostic)
    links: list[Link] = []
    for member in found:
        for ref in references(member):
            outcome = resolve(ref, index, whole_set)
            if isinstance(outcome, Diagnostic):
                member.found.append(outcome)
            elif outcome is not None:
                links.extend(_linked(ref, outcome))
    in_cycles = plancycles.report(found, [(link.ref, link.pred) for link in links])
    for link in links:
        if (link.ref.member.number, link.ref.loc) not in in_cycles:
            link.ref.member.found.extend(_order(link))
    for member in found:
        _merge(member, in_cycles)


def _linked(ref: Ref, pred: Resolved) -> list[Link]:
    """A dependency on a cancelled activity is HP206 (never HP302); one of a whole
    activity whose id is not used twice is followed for HP302 and HP202."""
    activity = pred[2]
    if activity.status == "cancelled":
        if ref.section == "activities":
            ref.member.found.append(ref.diagnostic("HP206"))
        return []
    if not ref.whole or ref.item.id in ref.member.duplicated:
        return []
    return [Link(ref, pred)]


def _order(link: Link) -> list[Diagnostic]:
    """HP302: finish-to-start across plans, as within one (plan-format.md, Meanings)."""
    activity, pred = link.ref.item, link.pred[2]
    assert activity.start is not None  # a whole activity has both dates
    ok = activity.start >= pred.end if pred.is_milestone else activity.start > pred.end
    if ok:
        return []
    return [link.ref.diagnostic("HP302", start=activity.start.isoformat(),
                                pred_end=pred.end.isoformat())]  # fmt: skip


def _merge(member: Member, in_cycles: set[tuple[int, Loc]]) -> None:
    """The file's diagnostics, less its own run's HP208 (resolved here) and its HP302 on a
    dependency inside a cycle through plans (no order can hold; HP202 says so), plus what
    was found here."""
    result = member.result
    kept = [d for d in result.diagnostics
            if d.code != "HP208" and not (d.code == "HP302" and (member.number, d.loc) in in_cycles)]  # fmt: skip
    result.diagnostics = sort_diagnostics([*kept, *place(result, member.found)])
