"""The order of work: cycles and finish-to-start."""

from __future__ import annotations

from collections.abc import Iterator

from handlingsplan import graph
from handlingsplan.checks.base import Context, subject, who
from handlingsplan.diagnostics import Diagnostic, make
from handlingsplan.model import Plan


def _nodes(ctx: Context) -> list[str]:
    """Activity ids in file order, less those used twice (HP104): what waits for a
    duplicated id is ambiguous, and the rest of the plan is still checked."""
    return [node for node in ctx.activities if node not in ctx.duplicated]


def _edges(plan: Plan, ctx: Context, nodes: list[str]) -> list[graph.Edge]:
    known = set(nodes)
    return graph.edges(((a.id, a.depends_on) for _, a in plan.activities if a.id in known), known)


def dependency_cycle(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP202 dependency-cycle: activities wait for each other in a circle.

    No activity in the circle can ever start. The message names the whole cycle in order
    and the line of each `depends_on` entry that makes it; the diagnostic points at one of
    them. Fix: remove or reverse the dependency that is wrong.
    """
    nodes = _nodes(ctx)
    edge_list = _edges(plan, ctx, nodes)
    if not edge_list or not graph.has_cycle(nodes, edge_list):
        return
    for number, (cycle, component) in enumerate(graph.cycles(nodes, edge_list)):
        ctx.cycle_of.update(dict.fromkeys(component, number))
        yield _cycle_diagnostic(cycle, ctx)


def _dep_loc(ctx: Context, succ: str, pred: str) -> tuple[str, int, str, int]:
    index, activity = ctx.activities[succ]
    return ("activities", index, "depends_on", activity.depends_on.index(pred))


def _cycle_diagnostic(cycle: list[str], ctx: Context) -> Diagnostic:
    # cycle [a, b, c]: a before b before c before a, so c waits for b, b for a, a for c.
    # Shown in "waits for" order, as people read depends_on: a -> c -> b -> a.
    waits = [cycle[0], *reversed(cycle[1:])]
    path = " → ".join([*waits, waits[0]])
    lines = []
    for i, succ in enumerate(waits):
        pred = waits[(i + 1) % len(waits)]
        lines.append(str(ctx.line_of(_dep_loc(ctx, succ, pred))))
    loc = _dep_loc(ctx, waits[0], waits[1 % len(waits)])
    if len(waits) == 1:
        return make("HP202", loc, "HP202.self", who=who("activity", waits[0]))
    return make("HP202", loc, cycle=path, lines=", ".join(lines))


def dependency_order(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP302 dependency-order: an activity starts before an activity it waits for ends.

    Finish-to-start: an activity may start only on a day after each predecessor's end;
    after a milestone (start == end) the same day is allowed. A cancelled predecessor is
    HP206 instead. Fix: move the start, or record the real order in `depends_on`.
    """
    for index, activity in plan.activities:
        if activity.id in ctx.duplicated:
            continue
        for n, ref in enumerate(activity.depends_on):
            found = ctx.activities.get(ref)
            if found is None or found[1].status == "cancelled" or ref in ctx.duplicated:
                continue
            if ref in ctx.cycle_of and ctx.cycle_of[ref] == ctx.cycle_of.get(activity.id):
                continue  # within a cycle (HP202) no order can hold; one error says so
            pred = found[1]
            ok = activity.start >= pred.end if pred.is_milestone else activity.start > pred.end
            if not ok:
                yield make("HP302", ("activities", index, "depends_on", n),
                           who=subject("activities", activity), ref=ref, start=activity.start.isoformat(),
                           pred_end=pred.end.isoformat())  # fmt: skip
