"""The dependency graph of a plan as plain data, before any format draws it.

Nodes: the plan's activities in start order (then file order), then each distinct event
outside the plan (`external`: one node per name, with its date when one is given), then
each activity of another plan that one of them waits for (`it:A2`). Edges run finish to
start: predecessor -> activity, event -> activity, other plan's activity -> activity.
The critical path is the driving chain of plan-format.md (handlingsplan.graph).
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from handlingsplan.graph import critical_path, predecessors
from handlingsplan.model import Activity, Plan

Kind = Literal["activity", "event", "plan"]
MUTED = frozenset({"done", "postponed", "cancelled"})  # drawn grey: nothing left to wait for
NOTED = frozenset({"done", "paused", "postponed", "cancelled"})  # status shown in words
SHORT = 60  # characters of an activity's or event's name shown before …


@dataclass(frozen=True)
class Node:
    kind: Kind
    ref: str  # the activity id, the event's name, or `plan-id:activity`
    name: str = ""  # an activity's name, in full
    start: dt.date | None = None
    end: dt.date | None = None  # an activity's end, an event's date
    status: str = ""  # an activity's status
    critical: bool = False

    @property
    def muted(self) -> bool:
        return self.status in MUTED

    @property
    def noted(self) -> bool:
        return self.status in NOTED


@dataclass(frozen=True)
class Edge:
    source: int  # index in Model.nodes: what is waited for
    target: int  # the activity that waits
    critical: bool = False


@dataclass
class Model:
    title: str
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)

    @property
    def activities(self) -> list[tuple[int, Node]]:
        return [(i, n) for i, n in enumerate(self.nodes) if n.kind == "activity"]

    def waits_for(self, index: int) -> list[Node]:
        return [self.nodes[i] for i in self._sources.get(index, ())]

    def then(self, index: int) -> list[Node]:
        return [self.nodes[i] for i in self._targets.get(index, ())]

    # Indexed once, after the edges are added (build() returns a finished model), so
    # that listing every node's neighbours is linear, not one pass over the edges each.
    @cached_property
    def _sources(self) -> dict[int, list[int]]:
        found: dict[int, list[int]] = {}
        for e in self.edges:
            found.setdefault(e.target, []).append(e.source)
        return found

    @cached_property
    def _targets(self) -> dict[int, list[int]]:
        found: dict[int, list[int]] = {}
        for e in self.edges:
            found.setdefault(e.source, []).append(e.target)
        return found

    def pairs(self) -> list[tuple[str, str]]:
        """(what is waited for, who waits) by ref: for tests and reading."""
        return [(self.nodes[e.source].ref, self.nodes[e.target].ref) for e in self.edges]


def short(name: str, limit: int = SHORT) -> str:
    """One line of at most `limit` characters, cut at a word with … when longer."""
    flat = " ".join(name.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–") + "…"


def events(activity: Activity) -> list[tuple[str, dt.date | None]]:
    """An activity's `external` entries as (one-line name, date or None)."""
    found: list[tuple[str, dt.date | None]] = []
    for entry in activity.external:
        if isinstance(entry, str):
            found.append((" ".join(entry.split()), None))
        else:
            found.append((" ".join(entry.name.split()), entry.date))
    return found


def other_plans(activity: Activity) -> list[str]:
    return [ref for ref in activity.depends_on if ":" in ref]


def build(plan: Plan) -> Model:
    """The graph of `plan` (a plan whose structure is sound: no cycle, no unknown id)."""
    in_file = [a for _, a in sorted(plan.activities, key=lambda item: item[0])]
    ordered = [a for _, a in sorted(plan.activities, key=lambda item: (item[1].start, item[0]))]
    chain = critical_path(in_file)
    on_path = set(chain)
    model = Model(plan.header.title if plan.header else "")
    for a in ordered:
        node = Node("activity", a.id, a.name, a.start, a.end, a.status, a.id in on_path)
        model.nodes.append(node)
    _add_outside(model, ordered)
    _add_edges(model, ordered, set(itertools.pairwise(chain)))
    return model


def _add_outside(model: Model, ordered: list[Activity]) -> None:
    """One node per distinct event (the first date given wins), then per other plan's ref."""
    dated: dict[str, dt.date | None] = {}
    for a in ordered:
        for name, date in events(a):
            if dated.get(name) is None:
                dated[name] = date
    model.nodes.extend(Node("event", name, end=date) for name, date in dated.items())
    refs = dict.fromkeys(ref for a in ordered for ref in other_plans(a))
    model.nodes.extend(Node("plan", ref) for ref in refs)


def _add_edges(model: Model, ordered: list[Activity], critical: set[tuple[str, str]]) -> None:
    index = {(n.kind, n.ref): i for i, n in enumerate(model.nodes)}
    preds = predecessors(ordered)
    for a in ordered:
        target = index[("activity", a.id)]
        sources = [(index[("activity", p)], (p, a.id) in critical) for p in preds[a.id]]
        sources += [(index[("event", name)], False) for name, _ in events(a)]
        sources += [(index[("plan", ref)], False) for ref in other_plans(a)]
        seen: set[int] = set()
        for source, on_path in sources:
            if source not in seen:
                seen.add(source)
                model.edges.append(Edge(source, target, on_path))
