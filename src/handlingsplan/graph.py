"""The dependency graph of a plan's activities, and what can be said about its shape.

Edges run from a predecessor to the activity that waits for it. Finding that a plan has
no cycle is a plain Kahn sort (linear, no imports); networkx, whose import alone costs
about 200 ms (shared/notes), is loaded only to name a cycle once one is known to exist,
and then it searches each strongly connected component once: all simple cycles are never
enumerated, since ten mutually dependent activities have over a million.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

Edge = tuple[str, str]  # (predecessor, successor)


def edges(successors: Iterable[tuple[str, Iterable[str]]], known: set[str]) -> list[Edge]:
    """(pred, succ) for each `depends_on` entry of `succ` that names a known activity."""
    return [(pred, succ) for succ, preds in successors for pred in preds if pred in known]


def has_cycle(nodes: Iterable[str], edge_list: list[Edge]) -> bool:
    """Kahn's algorithm: a cycle exists iff some node is never freed."""
    indegree = dict.fromkeys(nodes, 0)
    after: dict[str, list[str]] = {}
    for pred, succ in edge_list:
        indegree[succ] = indegree.get(succ, 0) + 1
        after.setdefault(pred, []).append(succ)
    ready = [node for node, degree in indegree.items() if degree == 0]
    freed = 0
    while ready:
        node = ready.pop()
        freed += 1
        for succ in after.get(node, ()):
            indegree[succ] -= 1
            if indegree[succ] == 0:
                ready.append(succ)
    return freed < len(indegree)


def to_networkx(nodes: Iterable[str], edge_list: list[Edge]) -> Any:
    import networkx as nx

    graph = nx.DiGraph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from(edge_list)
    return graph


def cycles(nodes: list[str], edge_list: list[Edge]) -> list[tuple[list[str], set[str]]]:
    """One cycle per strongly connected component that has one, in edge order: [a, b, c]
    means a before b before c before a, with the whole component. Sorted by where their
    first node is in `nodes`."""
    import networkx as nx

    graph = to_networkx(nodes, edge_list)
    position = {node: i for i, node in enumerate(nodes)}
    found: list[tuple[list[str], set[str]]] = []
    for component in nx.strongly_connected_components(graph):
        start = min(component, key=position.__getitem__)
        if len(component) == 1 and not graph.has_edge(start, start):
            continue
        sub = graph.subgraph(component)
        cycle_edges = nx.find_cycle(sub, source=start)
        found.append(([pred for pred, _succ in cycle_edges], set(component)))
    return sorted(found, key=lambda item: position[item[0][0]])


def predecessors(activities: Iterable[Any]) -> dict[str, list[str]]:
    """Each activity's predecessors that are activities of this plan, in the order its
    `depends_on` names them (another plan's `it:A2` and unknown ids are left out)."""
    listed = list(activities)
    known = {a.id for a in listed}
    return {a.id: [p for p in a.depends_on if p in known and p != a.id] for a in listed}


def successors(preds: dict[str, list[str]]) -> dict[str, list[str]]:
    after: dict[str, list[str]] = {node: [] for node in preds}
    for node, before in preds.items():
        for pred in before:
            after.setdefault(pred, []).append(node)
    return after


def critical_path(activities: Iterable[Any]) -> list[str]:
    """The driving chain (plan-format.md): from the activity that ends last, step to its
    predecessor that ends last, until an activity with no predecessor; returned first to
    last. Cancelled and postponed activities drive nothing and are left out. Of those
    that end on the same day, one that has predecessors is taken (it leads further back
    through the plan), then the one written first. Linear in activities and edges; a cycle (HP202) stops
    the walk where it would repeat an activity."""
    counted = [a for a in activities if a.status not in ("cancelled", "postponed")]
    if not counted:
        return []
    order = {a.id: i for i, a in enumerate(counted)}
    by_id = {a.id: a for a in reversed(counted)}  # the first of a duplicated id wins
    preds = predecessors(by_id.values())

    def latest(ids: Iterable[str]) -> str:
        return max(ids, key=lambda i: (by_id[i].end, bool(preds[i]), -order[i]))

    chain = [latest(by_id)]
    seen = set(chain)
    while True:
        before = [p for p in preds[chain[-1]] if p not in seen]
        if not before:
            return chain[::-1]
        chain.append(latest(before))
        seen.add(chain[-1])
