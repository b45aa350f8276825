"""Deterministic generator of large, valid hplan plans (hplan format 1) for benchmarks.

The plans look like a hand-written plan scaled up: Swedish names and descriptions,
block-style YAML with the short flow lists the format page uses, ~15 keys per activity.
They are meant to pass `hplan validate` with no errors and no warnings, so a timing
measures the whole happy path and a failure means the generator or hplan broke.

Usage: python benchmarks/genplan.py N [--seed S] > plan.yaml
Standard library only; the text is written here, not by yaml.dump, so that the layout
stays the one people write (and does not depend on a dumper's quoting rules).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

PERIOD_START = dt.date(2027, 1, 1)
PERIOD_END = dt.date(2027, 12, 31)
CONTINGENCY = 0.1

# Hardcoded on purpose: the benchmark must run where /work/shared is absent. Every id is
# an ISO/IEC 27001:2022 Annex A control; each area below names the control it implements.
AREAS: tuple[tuple[str, str], ...] = (
    ("informationssäkerhetspolicyn", "5.1"),
    ("roller och ansvar för informationssäkerhet", "5.2"),
    ("omvärldsbevakning av hot", "5.7"),
    ("informationsklassning", "5.12"),
    ("behörighetsstyrning", "5.15"),
    ("identitetshantering", "5.16"),
    ("tilldelning av behörigheter", "5.18"),
    ("leverantörsrelationer", "5.19"),
    ("säkerhetskrav i leverantörsavtal", "5.20"),
    ("molntjänster", "5.23"),
    ("incidenthantering", "5.24"),
    ("hantering av incidenter", "5.26"),
    ("kontinuitetsplanering för IT", "5.30"),
    ("medvetenhet och utbildning", "6.3"),
    ("distansarbete", "6.7"),
    ("fysiskt skalskydd", "7.1"),
    ("passerkontroll", "7.2"),
    ("privilegierade behörigheter", "8.2"),
    ("stark autentisering", "8.5"),
    ("sårbarhetshantering", "8.8"),
    ("radering av information", "8.10"),
    ("skydd mot dataläckage", "8.12"),
    ("säkerhetskopiering", "8.13"),
    ("loggning", "8.15"),
    ("övervakning av nätverk och system", "8.16"),
    ("nätverkssäkerhet", "8.20"),
    ("kryptering", "8.24"),
    ("säker systemutveckling", "8.25"),
)
CONTROL_IDS: tuple[str, ...] = tuple(control for _, control in AREAS)

VERBS = ("Införa", "Se över", "Dokumentera", "Testa", "Förbättra", "Upphandla stöd för")
SYSTEMS = (
    "ekonomisystemet",
    "ärendehanteringssystemet",
    "skolplattformen",
    "e-tjänsteplattformen",
    "HR-systemet",
    "verksamhetssystemet för socialtjänsten",
    "GIS-plattformen",
    "växeln",
    "intranätet",
    "dokument- och ärendehanteringen",
    "lönesystemet",
)
PEOPLE = (
    ("Maria Lind", "CISO"),
    ("Per Ek", "IT-chef"),
    ("Anna Berg", "Säkerhetssamordnare"),
    ("Johan Sjöberg", "Systemförvaltare"),
    ("Karin Åström", "Dataskyddsombud"),
    ("Erik Holm", "Nätverkstekniker"),
    ("Sara Nyström", "HR-chef"),
    ("Lars Öberg", "Upphandlare"),
    ("Elin Dahl", "Arkivarie"),
    ("Ali Hassan", "Utvecklare"),
    ("Eva Lundqvist", "Förvaltningschef"),
    ("Oskar Wikström", "Driftansvarig"),
)
GOALS = (
    "Alla medarbetare har genomgått grundutbildning i informationssäkerhet",
    "Samtliga verksamhetssystem är informationsklassade",
    "Kritiska system har testade kontinuitetsplaner",
    "Incidenter rapporteras och hanteras inom fastställda tider",
    "Leverantörsavtal innehåller krav på informationssäkerhet",
)
REQUIREMENTS = ("GDPR art. 32", "NIS2-direktivet", "Arkivlagen", "Säkerhetsskyddslagen")
RESOURCES = ("IT-avdelningen", "extern konsult", "e-learning-plattform", "HR", "juridik")
PRIORITIES = ("critical", "high", "medium", "low")
SEVERITIES = ("moderate", "significant", "serious")
GAP_EVERY = 20  # one gap in the register per this many activities, each one addressed

# Words a YAML 1.1 or 1.2 reader turns into something other than text.
_SPECIAL = {"yes", "no", "y", "n", "on", "off", "true", "false", "null", "~"}
_PLAIN_BLOCK = re.compile(r"[A-Za-zÅÄÖåäöÉé][\w .,;()/–-]*")
_PLAIN_FLOW = re.compile(r"[A-Za-zÅÄÖåäöÉé][\w .()/–-]*")


@dataclass(frozen=True)
class Activity:
    """One activity; the generator decides everything before any text is written."""

    number: int
    area: str
    control: str
    system: str
    verb: str
    priority: str
    responsible: str
    helper: str | None
    goals: tuple[str, ...]
    gap: str | None
    requirement: str | None
    resources: tuple[str, ...]
    money: int
    hours: int
    start: dt.date
    end: dt.date
    depends_on: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"A{self.number}"


@dataclass(frozen=True)
class Plan:
    """A generated plan: the activities and the registers derived from them."""

    size: int
    seed: int
    activities: tuple[Activity, ...]


def scalar(text: str, flow: bool = False) -> str:
    """Write text plain when no YAML reader can misread it, else as a JSON string.

    A JSON string is a valid YAML double-quoted scalar, so quoting never needs its own
    escaping rules; plain is preferred because that is what people write.
    """
    pattern = _PLAIN_FLOW if flow else _PLAIN_BLOCK
    if pattern.fullmatch(text) and text.lower() not in _SPECIAL and not text.endswith(" "):
        return text
    return json.dumps(text, ensure_ascii=False)


def flow_list(items: Sequence[str]) -> str:
    """A short flow sequence such as [M1, M3], the way the format page writes them."""
    return "[" + ", ".join(scalar(item, flow=True) for item in items) + "]"


def quoted_list(items: Sequence[str]) -> str:
    """Control ids always quoted: unquoted 8.10 is the float 8.1 to a YAML 1.1 reader."""
    return "[" + ", ".join(json.dumps(item) for item in items) + "]"


def random_dates(rng: random.Random) -> tuple[dt.date, dt.date]:
    """Start and end inside the period; a few milestones (start == end) like real plans."""
    last = (PERIOD_END - PERIOD_START).days
    start = rng.randint(0, last - 30)
    length = 0 if rng.random() < 0.05 else rng.choice((7, 14, 30, 45, 60, 90, 120))
    end = min(start + length, last)
    return PERIOD_START + dt.timedelta(start), PERIOD_START + dt.timedelta(end)


def pick_predecessors(
    rng: random.Random, earlier: Sequence[Activity], start: dt.date
) -> tuple[str, ...]:
    """Up to three earlier activities that end strictly before `start` (finish-to-start).

    Only earlier activities are candidates, so the graph can never have a cycle; the
    strict `<` satisfies the rule even where the predecessor is a milestone.
    """
    wanted = rng.choice((0, 0, 1, 1, 1, 2, 3))
    window = earlier[-200:]  # recent ones: chains stay local, like work packages
    if not wanted or not window:
        return ()
    tries = rng.sample(range(len(window)), min(8, len(window)))
    fitting = [window[i].id for i in tries if window[i].end < start]
    return tuple(dict.fromkeys(fitting))[:wanted]


def make_activity(rng: random.Random, earlier: Sequence[Activity], goal_count: int) -> Activity:
    """Draw one activity; `earlier` are the activities already made (for depends_on)."""
    number = len(earlier) + 1
    area, control = rng.choice(AREAS)
    start, end = random_dates(rng)
    names = [name for name, _ in PEOPLE]
    responsible = rng.choice(names)
    helper = rng.choice([n for n in names if n != responsible]) if rng.random() < 0.3 else None
    goals: tuple[str, ...] = (
        f"M{(number - 1) % goal_count + 1}",
    )  # every goal served, so no HP402
    if rng.random() < 0.25:
        goals = tuple(dict.fromkeys((*goals, f"M{rng.randint(1, goal_count)}")))
    return Activity(
        number=number,
        area=area,
        control=control,
        system=rng.choice(SYSTEMS),
        verb=rng.choice(VERBS),
        priority=rng.choice(PRIORITIES),
        responsible=responsible,
        helper=helper,
        goals=goals,
        gap=f"G-{(number - 1) // GAP_EVERY + 1}" if (number - 1) % GAP_EVERY == 0 else None,
        requirement=rng.choice(REQUIREMENTS) if rng.random() < 0.2 else None,
        resources=tuple(rng.sample(RESOURCES, rng.randint(1, 2))) if rng.random() < 0.5 else (),
        money=rng.randrange(0, 400_000, 5_000),
        hours=rng.randrange(8, 240, 4),
        start=start,
        end=end,
        depends_on=pick_predecessors(rng, earlier, start),
    )


def generate(size: int, seed: int = 2027) -> Plan:
    """A plan of `size` activities; the same size and seed always give the same plan."""
    rng = random.Random(f"{seed}:{size}")  # a string seed is stable across Python versions
    activities: list[Activity] = []
    for _ in range(size):
        activities.append(make_activity(rng, activities, goal_count(size)))
    return Plan(size=size, seed=seed, activities=tuple(activities))


def goal_count(size: int) -> int:
    """As many goals as activities can serve: a tiny plan gets fewer goals, never HP402."""
    return min(len(GOALS), size)


def round_up(value: float, step: int) -> int:
    """Round up to a figure a person would put in a budget."""
    return int(math.ceil(value / step) * step)


def header_lines(plan: Plan) -> Iterator[str]:
    """`hplan` and the `plan` block; the budget covers every cost after the contingency."""
    money = sum(a.money for a in plan.activities)
    hours = sum(a.hours for a in plan.activities)
    margin = 1.1 / (1 - CONTINGENCY)
    yield f"# Generated by benchmarks/genplan.py ({plan.size} activities, seed {plan.seed})."
    yield "# A synthetic plan for timing hplan; not a real organisation's plan."
    yield "hplan: 1"
    yield "plan:"
    yield f"  title: Handlingsplan för informationssäkerhet 2027 ({plan.size} aktiviteter)"
    yield "  organisation: Benchmarkkommunen"
    yield "  unit: Kommunledningsförvaltningen"
    yield "  owner: Maria Lind"
    yield "  language: sv"
    yield f"  period: {{start: {PERIOD_START}, end: {PERIOD_END}}}"
    yield "  currency: SEK"
    yield "  hour_rate: 850"
    budget_money, budget_hours = round_up(money * margin, 10_000), round_up(hours * margin, 100)
    yield f"  budget: {{money: {budget_money}, hours: {budget_hours}}}"
    yield f"  contingency: {CONTINGENCY}"
    yield "  catalog: iso27001-2022"
    yield "  checkpoints: [2027-04-30, 2027-08-31, 2027-11-30]"


def people_lines(plan: Plan) -> Iterator[str]:
    """The register; hours_per_month is the plan's total hours, so no month can exceed it."""
    capacity = max(160, sum(a.hours for a in plan.activities))
    yield ""
    yield "people:"
    for name, role in PEOPLE:
        yield f"  {name}: {{role: {scalar(role, flow=True)}, hours_per_month: {capacity}}}"


def gap_lines(plan: Plan) -> Iterator[str]:
    """One gap per activity that names one, with that activity's control, so each is closed."""
    yield ""
    yield "gaps:"
    for activity in plan.activities:
        if activity.gap is None:
            continue
        severity = SEVERITIES[activity.number % len(SEVERITIES)]
        yield f"  - id: {activity.gap}"
        yield f"    control: {json.dumps(activity.control)}"
        yield f"    severity: {severity}"
        yield "    status: open"
        yield f"    note: {scalar(f'Brister i {activity.area} för {activity.system}')}"


def goal_lines(plan: Plan) -> Iterator[str]:
    """The annual goals M1..M5 (fewer in a tiny plan); every one is served by an activity."""
    yield ""
    yield "goals:"
    for number, title in enumerate(GOALS[: goal_count(plan.size)], start=1):
        yield f"  - id: M{number}"
        yield f"    title: {scalar(title)}"


def activity_lines(activity: Activity) -> Iterator[str]:
    """One activity as a person writes it: required keys first, optional ones when set."""
    a = activity
    yield f"  - id: {a.id}"
    yield f"    name: {scalar(f'{a.verb} {a.area} för {a.system}')}"
    description = f"Gapanalysen visade brister i {a.area}; åtgärden omfattar {a.system}."
    yield f"    description: {scalar(description)}"
    yield f"    kind: {'measure' if a.gap else 'governance'}"
    yield f"    goals: {flow_list(a.goals)}"
    yield f"    controls: {quoted_list([a.control])}"
    if a.gap:
        yield f"    gaps: [{a.gap}]"
    if a.requirement:
        yield f"    requirements: {flow_list([a.requirement])}"
    yield f"    priority: {a.priority}"
    yield f"    responsible: {a.responsible}"
    if a.helper:
        share = a.hours // 4
        yield f"    effort: {{{a.responsible}: {a.hours - share}, {a.helper}: {share}}}"
    yield f"    cost: {{money: {a.money}, hours: {a.hours}}}"
    if a.resources:
        yield f"    resources: {flow_list(a.resources)}"
    yield f"    start: {a.start}"
    yield f"    end: {a.end}"
    if a.depends_on:
        yield f"    depends_on: {flow_list(a.depends_on)}"
    yield "    status: planned"
    yield "    progress: 0"


def backlog_lines() -> Iterator[str]:
    """A short backlog, as the method asks for: needed, but not in this period."""
    yield ""
    yield "backlog:"
    yield "  - id: B1"
    yield "    name: Klassning av samtliga verksamhetssystem"
    yield "    target: 2028"
    yield "  - id: B2"
    yield "    name: Övning i krisledning med extern aktör"
    yield '    controls: ["5.30"]'


def plan_text(plan: Plan) -> str:
    """The whole plan file as UTF-8 text, with a final newline."""
    lines = [*header_lines(plan), *people_lines(plan), *gap_lines(plan), *goal_lines(plan)]
    lines += ["", "activities:"]
    for activity in plan.activities:
        lines += activity_lines(activity)
    lines += backlog_lines()
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Write one generated plan to standard output (for profiling by hand)."""
    parser = argparse.ArgumentParser(description="Write a generated hplan plan to stdout.")
    parser.add_argument("size", type=int, help="number of activities")
    parser.add_argument("--seed", type=int, default=2027, help="random seed (default 2027)")
    args = parser.parse_args(argv)
    if args.size < 1:
        parser.error("size must be at least 1")
    sys.stdout.buffer.write(plan_text(generate(args.size, args.seed)).encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
