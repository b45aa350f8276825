"""`hplan prioritise` as text fitted to the width, as markdown and as JSON.

text: the budget and the formula, then each ranked activity in three lines (rank, id,
name and whether law requires it; the score broken down beside the declared and the
suggested priority; its cost and the running total), its disagreements marked `!`, and
the cut line drawn where the budget runs out.

json (stable for scripts: words in English, numbers as numbers):

    {"plan": {"title", "organisation", "period": {"start", "end"}, "currency"},
     "budget": {"money": n | null, "hours": n | null, "source": "plan" | "option" | "none",
                "plan": {"money", "hours"}, "contingency": share,
                "done": {"money", "hours"}},
     "must_do": {"money": n, "hours": n, "over_budget": bool},
     "ranking": [{"rank", "id", "name", "must_do", "gaps": [{"id", "severity"}],
                  "gap_part", "feasibility", "score", "declared", "suggested",
                  "money", "hours", "cumulative": {"money", "hours"},
                  "fits": bool | null, "flags": [str], "predecessors_below": [id]}],
     "below": [id]}
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from handlingsplan.i18n import t
from handlingsplan.model import Plan
from handlingsplan.prioritise import Budget, Ranked, Ranking
from handlingsplan.render.rollover import cut, wrap
from handlingsplan.render.status import paint, percent
from handlingsplan.render.table_export import Words

PAD = "  "


@dataclass(frozen=True)
class Page:
    plan: Plan
    ranking: Ranking
    lang: str
    width: int = 80
    color: bool = False
    banner: str | None = None


def decimal(value: float, lang: str) -> str:
    """Two decimals, a comma in Swedish: 0.95 -> "0,95"."""
    shown = f"{value:.2f}"
    return shown.replace(".", ",") if lang == "sv" else shown


def amounts(words: Words, money: float | None, hours: float | None) -> str:
    """Money and hours, each kept on one line ("700 000 kr", not broken before "kr")."""
    parts = [words.money(money) if money is not None else "",
             words.hours(hours) if hours is not None else ""]  # fmt: skip
    shown = ", ".join(p.replace(" ", "\u00a0") for p in parts if p)
    return shown or t("prioritise.unlimited", words.lang)


def limits(words: Words, budget: Budget) -> str:
    """The budget's money and hours; a dimension without a limit is said to have none."""
    parts = [amounts(words, budget.money, None) if budget.money is not None else
             t("prioritise.no_money_limit", words.lang),
             amounts(words, None, budget.hours) if budget.hours is not None else
             t("prioritise.no_hours_limit", words.lang)]  # fmt: skip
    return ", ".join(parts)


def budget_line(words: Words, budget: Budget) -> str:
    lang = words.lang
    if budget.source == "none":
        return t("prioritise.budget.none", lang)
    shown = limits(words, budget)
    if budget.source == "option":
        return t("prioritise.budget.option", lang, amounts=shown)
    done = budget.done_money or budget.done_hours
    key = "prioritise.budget.plan_done" if done else "prioritise.budget.plan"
    if not done and not budget.contingency:
        key = "prioritise.budget.plan_as_is"
    return t(key, lang, amounts=shown,
             plan=amounts(words, budget.plan_money, budget.plan_hours),
             share=percent(budget.contingency * 100, lang),
             done=amounts(words, budget.done_money, budget.done_hours))  # fmt: skip


def must_over(words: Words, ranking: Ranking) -> str:
    b = ranking.budget
    return t("prioritise.must_over", words.lang,
             amounts=sums(words, ranking, ranking.must_money, ranking.must_hours),
             budget=limits(words, b))  # fmt: skip


def flag(r: Ranked, name: str, lang: str) -> str:
    serious = ", ".join(g for g, severity in r.gaps if severity == "serious")
    return t(f"prioritise.flag.{name}", lang, gaps=serious, ids=", ".join(r.below))


def below(ranking: Ranking) -> list[str]:
    return [r.activity.id for r in ranking.ranked if r.fits is False]


def _cost(words: Words, r: Ranked) -> str:
    if not r.money and not r.hours:
        return t("prioritise.no_cost", words.lang)
    return amounts(words, r.money or None, r.hours or None)


def sums(words: Words, ranking: Ranking, money: float, hours: float) -> str:
    """A sum of costs in the dimensions the ranked activities use (money when none)."""
    last = ranking.ranked[-1] if ranking.ranked else None
    with_hours = last is not None and last.total_hours > 0
    with_money = not with_hours or (last is not None and last.total_money > 0)
    return amounts(words, money if with_money else None, hours if with_hours else None)


def _score(r: Ranked, lang: str) -> str:
    return t("prioritise.score", lang, score=decimal(r.score, lang),
             gaps=decimal(r.gap_part, lang), feasibility=decimal(r.feasibility, lang),
             declared=t(f"value.{r.activity.priority}", lang),
             suggested=t(f"value.{r.suggested}", lang))  # fmt: skip


# --- text


def text(page: Page) -> str:
    words, lang, width = Words(page.plan, page.lang), page.lang, page.width
    lines = list(_heading(page, words))
    ranking = page.ranking
    if not ranking.ranked:
        return "\n".join([*lines, "", t("prioritise.none", lang)]) + "\n"
    lines.append("")
    for r in ranking.ranked:
        if r.fits is False and (r.rank == 1 or ranking.ranked[r.rank - 2].fits):
            lines.append(_line(words, ranking.budget, page))
        lines += _activity(words, r, page)
    lines.append("")
    found = below(ranking)
    key = "prioritise.below" if found else "prioritise.all_fit"
    if ranking.budget.source != "none":
        lines.append(wrap(t(key, lang, count=len(found), ids=", ".join(found)), width))
    return "\n".join(lines) + "\n"


def _heading(page: Page, words: Words) -> Iterator[str]:
    header, lang, width = page.plan.header, page.lang, page.width
    if header is not None and header.classification:
        yield header.classification
    if page.banner:
        yield wrap(page.banner, width, rest="")
    title, under = words.heading()
    yield wrap(t("prioritise.title", lang, title=title), width, rest="")
    yield from (wrap(line, width, rest="") for line in under[:1] if line)
    yield wrap(budget_line(words, page.ranking.budget), width)
    if page.ranking.must_over:
        yield paint(wrap("! " + must_over(words, page.ranking), width), "overdue", page.color)
    yield wrap(t("prioritise.formula", lang), width)


def _activity(words: Words, r: Ranked, page: Page) -> Iterator[str]:
    lang, width = page.lang, page.width
    head = f"{PAD}{r.rank:>2}. {r.activity.id} "
    tag = f" · {t('prioritise.must_do', lang)}" if r.must_do else ""
    room = max(10, width - len(head) - len(tag))
    yield head + cut(r.activity.name, room) + tag
    indent = " " * (len(PAD) + 5)
    yield wrap(_score(r, lang), width, first=indent, rest=indent)
    cost = t(
        "prioritise.cost",
        lang,
        cost=_cost(words, r),
        total=sums(words, page.ranking, r.total_money, r.total_hours),
    )
    yield wrap(cost, width, first=indent, rest=indent)
    for name in r.flags:
        line = wrap("! " + flag(r, name, lang), width, first=indent, rest=indent + "  ")
        yield paint(line, "behind", page.color)


def _line(words: Words, budget: Budget, page: Page) -> str:
    label = f"{PAD}── {t('prioritise.line', page.lang, budget=limits(words, budget))} "
    return label + "─" * max(3, page.width - len(label))


# --- markdown


def markdown(page: Page) -> str:
    words, lang, ranking = Words(page.plan, page.lang), page.lang, page.ranking
    out: list[str] = []
    header = page.plan.header
    if header is not None and header.classification:
        out += [f"**{header.classification}**", ""]
    if page.banner:
        out += [f"> {page.banner}", ""]
    out += [f"# {t('prioritise.title', lang, title=words.heading()[0])}", ""]
    out += [budget_line(words, ranking.budget), ""]
    if ranking.must_over:
        out += [f"**{must_over(words, ranking)}**", ""]
    out += [t("prioritise.formula", lang), ""]
    if not ranking.ranked:
        return "\n".join([*out, t("prioritise.none", lang)]) + "\n"
    out += list(_md_table(words, ranking))
    flagged = [(r, name) for r in ranking.ranked for name in r.flags]
    if flagged:
        out += ["", f"**{t('prioritise.flags', lang)}**", ""]
        out += [f"- {r.activity.id}: {flag(r, name, lang)}" for r, name in flagged]
    found = below(ranking)
    if found:
        out += ["", t("prioritise.below", lang, count=len(found), ids=", ".join(found))]
    return "\n".join(out) + "\n"


_MD_COLUMNS = ("rank", "id", "name", "score", "gaps", "feasibility", "declared", "suggested",
               "cost", "total", "fits")  # fmt: skip
_MD_RIGHT = {"rank", "score", "gaps", "feasibility", "cost", "total"}


def _md_table(words: Words, ranking: Ranking) -> Iterator[str]:
    lang = words.lang
    yield _md_row([t(f"prioritise.col.{c}", lang) for c in _MD_COLUMNS])
    yield _md_row(["---:" if c in _MD_RIGHT else "---" for c in _MD_COLUMNS])
    for r in ranking.ranked:
        name = r.activity.name + (f" ({t('prioritise.must_do', lang)})" if r.must_do else "")
        fits = "" if r.fits is None else t("prioritise.yes" if r.fits else "prioritise.no", lang)
        yield _md_row([str(r.rank), r.activity.id, name, decimal(r.score, lang),
                       decimal(r.gap_part, lang), decimal(r.feasibility, lang),
                       t(f"value.{r.activity.priority}", lang), t(f"value.{r.suggested}", lang),
                       _cost(words, r), sums(words, ranking, r.total_money, r.total_hours), fits])  # fmt: skip


def _md_row(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


# --- json


def as_json(page: Page) -> str:
    plan, ranking = page.plan, page.ranking
    header = plan.header
    b = ranking.budget
    data: dict[str, Any] = {
        "plan": None if header is None else {
            "title": header.title, "organisation": header.organisation,
            "period": {"start": header.period.start.isoformat(),
                       "end": header.period.end.isoformat()},
            "currency": header.currency},
        "budget": {"money": b.money, "hours": b.hours, "source": b.source,
                   "plan": {"money": b.plan_money, "hours": b.plan_hours},
                   "contingency": b.contingency,
                   "done": {"money": b.done_money, "hours": b.done_hours}},
        "must_do": {"money": ranking.must_money, "hours": ranking.must_hours,
                    "over_budget": ranking.must_over},
        "ranking": [_json_item(r) for r in ranking.ranked],
        "below": below(ranking),
    }  # fmt: skip
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _json_item(r: Ranked) -> dict[str, Any]:
    a = r.activity
    return {"rank": r.rank, "id": a.id, "name": a.name, "must_do": r.must_do,
            "gaps": [{"id": g, "severity": s} for g, s in r.gaps],
            "gap_part": r.gap_part, "feasibility": round(r.feasibility, 6), "score": r.score,
            "declared": a.priority, "suggested": r.suggested, "money": r.money,
            "hours": r.hours, "cumulative": {"money": r.total_money, "hours": r.total_hours},
            "fits": r.fits, "flags": list(r.flags),
            "predecessors_below": list(r.below)}  # fmt: skip
