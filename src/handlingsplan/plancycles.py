"""Dependency cycles through several plans (HP202 across plans).

The combined graph has a node per activity of every plan in the set, `(plan, activity)`,
and an edge per dependency, within a plan or across. It is built only when some
dependency crosses plans, checked for a cycle by a linear Kahn sort, and handed to
networkx only when one exists. A cycle that stays within one plan is that plan's own
HP202; here each strongly connected component through a cross-plan dependency is named
once, as the shortest cycle through its first such dependency.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from handlingsplan import graph
from handlingsplan.diagnostics import Loc, make

if TYPE_CHECKING:
    from handlingsplan.plandeps import Member, Ref, Resolved

Edge = tuple[str, str]  # (predecessor node, successor node)
Where = tuple["Member", Loc]  # the successor's plan and its `depends_on` item


def node(member: Member, activity_id: str) -> str:
    # Activity ids hold no colon, so the member's number before the first one is unique.
    return f"{member.number}:{activity_id}"


def _decode(found: list[Member], name: str) -> tuple[Member, str]:
    number, _, activity_id = name.partition(":")
    return found[int(number)], activity_id


def _local_edges(found: list[Member], edges: dict[Edge, Where]) -> None:
    """Each plan's own dependencies between its activities (a cycle may pass through them)."""
    for member in found:
        for activity_id, (index, activity) in member.activities.items():
            for n, pred in enumerate(activity.depends_on):
                if pred in member.activities:
                    edge = (node(member, pred), node(member, activity_id))
                    edges.setdefault(edge, (member, ("activities", index, "depends_on", n)))


def report(found: list[Member], links: list[tuple[Ref, Resolved]]) -> set[tuple[int, Loc]]:
    """HP202 for each cycle through a dependency across plans, added to the `found` of
    every plan that holds one of its dependencies; returns (member number, loc) of each
    dependency inside those cycles' components, where HP302 is not reported."""
    if not links:
        return set()
    edges: dict[Edge, Where] = {}
    crossing: list[Edge] = []
    for ref, (other, _index, activity) in links:
        edge = (node(other, activity.id), node(ref.member, ref.item.id))
        edges.setdefault(edge, (ref.member, ref.loc))
        crossing.append(edge)
    _local_edges(found, edges)
    nodes = list(dict.fromkeys(name for edge in edges for name in edge))
    if not graph.has_cycle(nodes, list(edges)):
        return set()
    import networkx as nx

    network = graph.to_networkx(nodes, list(edges))
    component_of: dict[str, int] = {}
    components = list(nx.strongly_connected_components(network))
    for number, component in enumerate(components):
        component_of.update(dict.fromkeys(component, number))
    named: set[int] = set()
    for pred, succ in crossing:
        number = component_of[pred]
        if number == component_of[succ] and number not in named:
            named.add(number)
            path = _path(network.subgraph(components[number]), succ, pred)
            _diagnose(found, edges, set(crossing), path)
    return {(member.number, loc) for (pred, succ), (member, loc) in edges.items()
            if component_of[pred] == component_of[succ] and component_of[pred] in named}  # fmt: skip


def _path(component: Any, start: str, end: str) -> list[str]:
    """start ... end, which with the edge end -> start closes the cycle."""
    import networkx as nx

    return [start] if start == end else list(nx.shortest_path(component, start, end))


def _diagnose(
    found: list[Member], edges: dict[Edge, Where], crossing: set[Edge], path: list[str]
) -> None:
    # path [a, b, c] with c -> a closing it: a before b before c before a. Shown in
    # "waits for" order, as people read depends_on (a -> c -> b -> a), from the first
    # activity by plan id, so that the cycle reads alike whichever files are given.
    waits = [path[0], *reversed(path[1:])]
    first = min(range(len(waits)), key=lambda i: _order(found, waits[i]))
    waits = waits[first:] + waits[:first]
    steps = [(waits[(i + 1) % len(waits)], succ) for i, succ in enumerate(waits)]
    labels = [
        member.label(activity_id) for member, activity_id in (_decode(found, n) for n in waits)
    ]
    cycle = " → ".join([*labels, labels[0]])
    places = ", ".join(f"{m.result.path}:{m.line(loc)}" for m, loc in (edges[s] for s in steps))
    # Once in each plan the cycle passes through, at its first `depends_on` item there
    # that names another plan: the cycle enters every such plan through one.
    at: dict[int, Where] = {}
    for step in steps:
        member, loc = edges[step]
        if step in crossing and (member.number not in at or loc < at[member.number][1]):
            at[member.number] = (member, loc)
    for member, loc in at.values():
        member.found.append(make("HP202", loc, "HP202.plans", cycle=cycle, places=places))


def _order(found: list[Member], name: str) -> tuple[str, int]:
    member, activity_id = _decode(found, name)
    return member.id or member.result.path, member.activities[activity_id][0]
