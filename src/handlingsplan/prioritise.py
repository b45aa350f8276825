"""Pure: Plan -> Ranking, the prioritisation aid of `hplan prioritise` (plan-format.md,
"Prioritisation"). No I/O; every figure is kept so the renderers can show how it was made.

Ranked: the activities that still need resources (not done, not cancelled). Each gets

    gap part     G = the worst open gap's weight + 0.25 x each further open gap's weight
                 (serious 4, significant 3, moderate 2, negligible 1; 0 with no open gap)
    feasibility  F = 1 - share, at least 0.1, where share is the larger of money / budget
                 money and hours / budget hours (1 with no budget or no cost)
    score        S = G x F

Must-do activities (`requirements` not empty) come first whatever their score; then by
score, highest first; ties by id in natural order. The cut line runs down that order
adding money and hours: the first activity that would exceed either budget, and every
one after it, falls below the line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from handlingsplan import graph
from handlingsplan.filters import natural
from handlingsplan.model import Activity, Plan

WEIGHTS = {"serious": 4, "significant": 3, "moderate": 2, "negligible": 1}
FURTHER = 0.25
FLOOR = 0.1
# Suggested priority: the lowest score of each band, highest band first.
BANDS = (("critical", 3.5), ("high", 2.5), ("medium", 1.5), ("low", 0.0))
NOT_RANKED = frozenset({"done", "cancelled"})


@dataclass(frozen=True)
class Budget:
    """What the ranked activities may take; None where there is no limit."""

    money: float | None
    hours: float | None
    source: str  # "option", "plan" or "none"
    # What the default deducted: the plan's budget, its contingency, the done activities.
    plan_money: float | None = None
    plan_hours: float | None = None
    contingency: float = 0.0
    done_money: float = 0.0
    done_hours: float = 0.0


@dataclass(frozen=True)
class Ranked:
    activity: Activity
    rank: int
    must_do: bool
    gaps: list[tuple[str, str]]  # (gap id, severity) of the open gaps it closes, worst first
    gap_part: float
    feasibility: float
    score: float
    suggested: str
    money: float
    hours: float
    total_money: float  # cumulative, in ranked order
    total_hours: float
    fits: bool | None  # None: no budget, no line
    flags: list[str] = field(default_factory=list)  # serious_low, critical_empty, predecessor_below
    below: list[str] = field(default_factory=list)  # the predecessors below the line


@dataclass(frozen=True)
class Ranking:
    budget: Budget
    ranked: list[Ranked]
    must_money: float
    must_hours: float

    @property
    def must_over(self) -> bool:
        """The must-do activities alone exceed the budget."""
        b = self.budget
        return (b.money is not None and self.must_money > b.money) or (
            b.hours is not None and self.must_hours > b.hours
        )


def cost(a: Activity) -> tuple[float, float]:
    if a.cost is None:
        return 0.0, 0.0
    return a.cost.money or 0.0, a.cost.hours or 0.0


def default_budget(plan: Plan, money: float | None, hours: float | None) -> Budget:
    """--budget and --hours when either is given (what is not given has no limit);
    else the plan's budget less the contingency, less what the done activities cost
    (already spent)."""
    header = plan.header
    given = header.budget if header is not None else None
    share = (header.contingency or 0.0) if header is not None else 0.0
    done = [cost(a) for _, a in plan.activities if a.status == "done"]
    done_money, done_hours = sum((m for m, _ in done), 0.0), sum((h for _, h in done), 0.0)
    plan_money = given.money if given is not None else None
    plan_hours = given.hours if given is not None else None
    if money is not None or hours is not None:
        return Budget(money, hours, "option", plan_money, plan_hours, share, done_money,
                      done_hours)  # fmt: skip
    if plan_money is not None:
        money = max(0.0, plan_money * (1 - share) - done_money)
    if plan_hours is not None:
        hours = max(0.0, plan_hours * (1 - share) - done_hours)
    source = "none" if money is None and hours is None else "plan"
    return Budget(money, hours, source, plan_money, plan_hours, share, done_money, done_hours)


def gap_part(a: Activity, open_gaps: dict[str, str]) -> tuple[list[tuple[str, str]], float]:
    """The open gaps the activity closes, worst first (then by id), and G."""
    found = sorted({g: open_gaps[g] for g in a.gaps if g in open_gaps}.items(),
                   key=lambda item: (-WEIGHTS[item[1]], natural(item[0])))  # fmt: skip
    weights = [WEIGHTS[severity] for _, severity in found]
    return found, (weights[0] + FURTHER * sum(weights[1:])) if weights else 0.0


def feasibility(money: float, hours: float, budget: Budget) -> float:
    """1 - the larger share of the budget the activity takes, at least FLOOR."""
    shares = [0.0]
    for need, have in ((money, budget.money), (hours, budget.hours)):
        if have is not None:
            shares.append(need / have if have > 0 else (0.0 if need == 0 else 1.0))
    return max(FLOOR, 1.0 - max(shares))


def suggested(score: float, must_do: bool) -> str:
    """The band the score falls in; a must-do activity at least `high`."""
    band = next(name for name, lowest in BANDS if score >= lowest)
    return "high" if must_do and band in ("medium", "low") else band


def rank(plan: Plan, budget: Budget) -> Ranking:
    open_gaps = {g.id: g.severity for _, g in plan.gaps if g.status == "open"}
    items = [a for _, a in plan.activities if a.status not in NOT_RANKED]
    scored = []
    for a in items:
        gaps, g = gap_part(a, open_gaps)
        money, hours = cost(a)
        f = feasibility(money, hours, budget)
        scored.append((a, gaps, g, f, round(g * f, 6), money, hours))
    scored.sort(key=lambda s: (not s[0].requirements, -s[4], natural(s[0].id)))
    ranked: list[Ranked] = []
    total_money = total_hours = 0.0
    fits: bool | None = None if budget.money is None and budget.hours is None else True
    for number, (a, gaps, g, f, score, money, hours) in enumerate(scored, start=1):
        total_money, total_hours = total_money + money, total_hours + hours
        if fits and _over(total_money, total_hours, budget):
            fits = False
        ranked.append(Ranked(a, number, bool(a.requirements), gaps, g, f, score,
                             suggested(score, bool(a.requirements)), money, hours,
                             total_money, total_hours, fits, _flags(a, gaps)))  # fmt: skip
    _flag_predecessors(ranked)
    musts = [r for r in ranked if r.must_do]
    return Ranking(
        budget, ranked, sum((r.money for r in musts), 0.0), sum((r.hours for r in musts), 0.0)
    )


def _over(money: float, hours: float, budget: Budget) -> bool:
    return (budget.money is not None and money > budget.money + 1e-9) or (
        budget.hours is not None and hours > budget.hours + 1e-9
    )


def _flags(a: Activity, gaps: list[tuple[str, str]]) -> list[str]:
    """Where the declared priority and the plan disagree."""
    flags = []
    if a.priority == "low" and any(severity == "serious" for _, severity in gaps):
        flags.append("serious_low")
    if a.priority == "critical" and not a.gaps and not a.requirements:
        flags.append("critical_empty")
    return flags


def _flag_predecessors(ranked: list[Ranked]) -> None:
    """An activity above the line whose predecessor (this plan's) falls below it."""
    below = {r.activity.id for r in ranked if r.fits is False}
    preds = graph.predecessors(r.activity for r in ranked)
    for r in ranked:
        late = [p for p in preds[r.activity.id] if p in below]
        if r.fits and late:
            r.flags.append("predecessor_below")
            r.below.extend(late)
