"""Whether the decided content is still what management decided (HP504)."""

from __future__ import annotations

from collections.abc import Iterator

from handlingsplan.checks.base import Context
from handlingsplan.diagnostics import Diagnostic, Loc, make
from handlingsplan.model import Decision, Plan


def changed_after_decision(plan: Plan, ctx: Context) -> Iterator[Diagnostic]:
    """HP504 changed-after-decision: the decided content changed after the latest decision.

    `hplan adopt` writes a digest (`digest: sha256-v1:...`) of what management decided:
    activities, backlog, goals, gaps, budget and period, in a canonical form
    (plan-format.md). When the plan's content no longer matches the digest of the latest
    decision or revision that has one, the plan was changed without a decision.
    Following up (status, progress, forecast_end, completed, spent, followups, notes),
    comments, indentation and the order of keys never change the digest. When the plan
    is in a git repository, the message names the commit that wrote the digest and what
    changed since (activities added and removed, dates, cost, responsible, goals,
    controls), and the hint gives the `hplan diff` command that shows it all. Fix: see
    what changed since the adopted version (git log -p, or hplan diff between that
    commit and now), then have the change decided (`hplan adopt --revision --note ...`)
    or undo it.
    """
    from handlingsplan.digest import PREFIX, digest

    latest = latest_digest(plan)
    if latest is None or plan.partial or plan.broken_ids or any(plan.unread.values()):
        return  # no digest to hold the plan to, or items the digest cannot see
    loc, decision = latest
    written = (decision.digest or "").strip()
    if written.startswith(PREFIX) and digest(plan) != written:
        yield make("HP504", loc, date=decision.date.isoformat())


def latest_digest(plan: Plan) -> tuple[Loc, Decision] | None:
    """The latest revision with a digest (the last written), else the decision's."""
    header = plan.header
    if header is None:
        return None
    for index in range(len(header.revisions) - 1, -1, -1):
        if header.revisions[index].digest:
            return ("plan", "revisions", index, "digest"), header.revisions[index]
    if header.decision is not None and header.decision.digest:
        return ("plan", "decision", "digest"), header.decision
    return None
