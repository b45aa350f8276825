"""Hypothesis strategies for VALID plans, written as YAML text (tests of rollover).

A plan is built as a Python tree and written by the small block emitter below, not by
hplan's writer (that is what the tests check) and not by yaml.safe_dump (which writes
`1e3` plain and sorts keys). Every text value is double-quoted, so the reader gets the
string back whatever it holds; a `Plain` value is written as it is, to give hplan's
reader the numbers-kept-as-written cases of plan-format.md (`controls: [8.10]`,
`id: 012`, `progress: 40`, `money: 80000`).

What the plans hold, and why each is valid:

* a period: a calendar year (leap years included), whole months from the 1st, or any
  number of days from any day;
* 0-12 activities A1..An with every status, in English and Swedish, in any case;
  progress agrees with the status (done 100, planned 0 or absent, else 0-100);
* dates inside the period (29 February and the period's ends are drawn often), some
  milestones (start == end), and now and then an activity begun before the period or
  ending after it (HP303, a warning);
* `depends_on` only on EARLIER activities (no cycle) and only finish-to-start
  (the successor starts after the predecessor's end, or on a milestone's day), plus an
  occasional reference to another plan (`it:A2`), which a single-plan run does not check;
* money as Swedes write it ("80 tkr", "1 500 000", "1,5 mnkr"), `x-` keys, notes with
  å ä ö, `: ` and ` #`, valid ISO 27001:2022 control ids, goals and gaps that exist,
  people that exist when the register is there (one sometimes written `Per Ek:` with
  nothing under it), `x-` keys with and without a value, multi-line and long notes,
  backlog items, earlier `carried_from` entries.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from typing import Any

from hypothesis import strategies as st

from handlingsplan import types
from handlingsplan.schedule import Span

DAY = dt.timedelta(days=1)


class Plain(str):
    """A scalar written plain, as a user would (`8.10`, `012`, `40`)."""


# --- a tiny YAML emitter -------------------------------------------------------------------

_SIMPLE_KEY = re.compile(r"[A-Za-z0-9åäöÅÄÖ][A-Za-z0-9åäöÅÄÖ _-]*")


def scalar(value: Any) -> str:
    if value is None:
        return "~"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Plain):
        return str(value)
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    assert isinstance(value, str), value
    # JSON strings are YAML double-quoted scalars; characters that are not printable
    # (controls, NEL, line separators, BOM) are written as YAML's \u or \U escapes (not
    # JSON's surrogate pairs, which YAML does not join).
    return _NOT_PRINTABLE.sub(_escape, json.dumps(value, ensure_ascii=False))


_NOT_PRINTABLE = re.compile(r"[^\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def key(name: str) -> str:
    return name if _SIMPLE_KEY.fullmatch(name) and name == name.strip() else scalar(name)


def emit(data: dict[str, Any], depth: int = 0) -> str:
    """Block style, two spaces a level, keys in the order given."""
    pad = "  " * depth
    out = []
    for name, value in data.items():
        if value is None:
            out.append(f"{pad}{key(name)}:\n")  # `key:` with nothing after it: null
        elif isinstance(value, dict):
            out.append(f"{pad}{key(name)}:\n{emit(value, depth + 1)}")
        elif isinstance(value, list):
            out.append(f"{pad}{key(name)}:\n{_emit_list(value, depth + 1)}")
        else:
            out.append(f"{pad}{key(name)}: {scalar(value)}\n")
    return "".join(out)


def _emit_list(items: list[Any], depth: int) -> str:
    pad = "  " * depth
    out = []
    for item in items:
        if isinstance(item, dict):
            inner = emit(item, depth + 1)
            out.append(pad + "- " + inner[len(pad) + 2 :])
        else:
            assert not isinstance(item, list)
            out.append(f"{pad}- {scalar(item)}\n")
    return "".join(out)


# --- words and texts -----------------------------------------------------------------------

# Every way of writing each status that the format reads (English, Swedish, any case).
STATUS_WORDS: dict[str, list[str]] = {}
for _alias, _word in types.STATUSES.items():
    STATUS_WORDS.setdefault(_word, []).extend([_alias, _alias.capitalize()])
STATUS_WORDS["in_progress"] += ["in progress", "In-progress"]
UNFINISHED = ("planned", "in_progress", "paused", "postponed")
PRIORITY_WORDS = [*types.PRIORITIES, "Hög", "KRITISK"]
KIND_WORDS = [*types.KINDS, "Åtgärd"]
SEVERITY_WORDS = list(types.SEVERITIES)
# Valid ISO/IEC 27001:2022 Annex A ids, some written plain (`8.10` is a float to YAML).
CONTROLS = [
    Plain("5.1"), "5.15", Plain("5.24"), "8.10", Plain("8.10"), Plain("6.3"), "A.5.15",
    Plain("8.15"), "5.30", "7.4", Plain("8.2"),
]  # fmt: skip
PEOPLE = ["Maria Lind", "Per Ek", "Åsa Öberg", "Karin Åberg"]
# Texts that some YAML reader would take for something else, or that end a plain scalar.
TRICKY = [
    "yes", "no", "on", "off", "null", "~", "true", "False", "012", "8.10", "1e3", "0x1F",
    "1:30", "2027-01-01", "- x", "a: b", "a #b", "[x]", "{x}", "@x", "#x", "'citat'",
    '"citat"', "%x", "!x", "&x", "*x", "|", ">", "?", ": x", "x:", " lead", "trail ",
    "rad ett\nrad två", "tab\there", "nbsp\u00a0här", "sep\u2028arat", "",
]  # fmt: skip

WORDS = (
    "Grundutbildning", "för", "alla", "medarbetare", "klassning", "av", "information",
    "säkerhet", "åtgärd", "öppen", "ändring", "IT-chef", "NIS2", "§ 32", "(GDPR)", "art.",
    "1,5", "2027", "8.10", "12 %", "x/y", "och", "på", "ÅÄÖ", "café", "Σ", "klar?",
)  # fmt: skip
word = st.sampled_from(WORDS)
sentence = st.lists(word, min_size=1, max_size=5).map(" ".join)
text = st.one_of(
    sentence,
    st.sampled_from(TRICKY),
    st.tuples(sentence, st.sampled_from([": ", " #", " - ", ": #"]), sentence).map("".join),
    st.text(max_size=12),  # any unicode, control characters included
    # Long enough to be folded (`>-`) when written, sometimes with an odd character.
    st.tuples(st.lists(word, min_size=15, max_size=25).map(" ".join), st.text(max_size=2)).map(
        "".join
    ),
)
name = st.one_of(sentence, sentence.map(lambda s: f"Åtgärd: {s} #1"), st.just(Plain("2027")))
money = st.one_of(
    st.sampled_from(["80 tkr", "1 500 000", "1,5 mnkr", "150 000:-", "12\u00a0000 kr", "0"]),
    st.integers(0, 5_000_000).map(lambda n: Plain(str(n))),
)
hours = st.integers(0, 2000).map(lambda n: Plain(str(n)))


def _last_of_month(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


_PERIOD_KINDS = st.sampled_from(["year", "months", "days"])
_YEARS = st.sampled_from([2027, 2028, 2024, 2031, 2032]) | st.integers(2020, 2040)
_MONTHS = st.sampled_from([6, 3, 12]) | st.integers(1, 24)


@st.composite
def periods(draw: st.DrawFn) -> Span:
    """A calendar year, whole months from the 1st, or any number of days."""
    kind = draw(_PERIOD_KINDS)
    if kind == "year":
        year = draw(_YEARS)
        return Span(dt.date(year, 1, 1), dt.date(year, 12, 31))
    if kind == "months":
        year, month = draw(st.integers(2020, 2040)), draw(st.integers(1, 12))
        index = year * 12 + month - 1 + draw(_MONTHS) - 1
        return Span(dt.date(year, month, 1), _last_of_month(index // 12, index % 12 + 1))
    start = draw(st.dates(dt.date(2020, 1, 1), dt.date(2040, 12, 31)))
    if chance(draw, 3):
        start = start.replace(day=1)  # from the 1st, but not whole months
    return Span(start, start + DAY * (draw(st.integers(1, 800)) - 1))


def _specials(span: Span) -> list[dt.date]:
    """Days worth drawing often: the period's ends, leap days, the turn of February."""
    found = [span.start, span.end]
    for year in range(span.start.year, span.end.year + 1):
        found += [dt.date(year, 2, 28), dt.date(year, 3, 1), dt.date(year, 12, 31)]
        if calendar.isleap(year):
            found += [dt.date(year, 2, 29)] * 3  # drawn more often
    return [d for d in found if span.start <= d <= span.end]


def pick(draw: st.DrawFn, pool: list[Any] | tuple[Any, ...]) -> Any:
    """One of `pool`, drawn by index (a new sampled_from for every pool is slow)."""
    return pool[draw(st.integers(0, len(pool) - 1))]


def subset(draw: st.DrawFn, pool: list[Any], most: int = 3) -> list[Any]:
    if not pool:
        return []
    indexes = draw(st.lists(st.integers(0, len(pool) - 1), max_size=most, unique=True))
    return [pool[i] for i in indexes]


def chance(draw: st.DrawFn, one_in: int = 2) -> bool:
    return draw(st.integers(0, one_in - 1)) == 0


def day_in(draw: st.DrawFn, lo: dt.date, hi: dt.date, specials: list[dt.date]) -> dt.date:
    candidates = [d for d in specials if lo <= d <= hi]
    if candidates and chance(draw, 4):
        return pick(draw, candidates)
    return lo + DAY * draw(st.integers(0, (hi - lo).days))


def free_from(start: dt.date, end: dt.date) -> dt.date:
    """The first day a successor may start (plan-format.md, Meanings)."""
    return end if start == end else end + DAY


def _progress(draw: st.DrawFn, status: str) -> Any:
    """Progress that agrees with the status; None means the key is left out."""
    if status == "done":
        return pick(draw, [100, Plain("100"), "100"])
    if status == "planned":
        return pick(draw, [None, 0, Plain("0")])
    return draw(_PROGRESS)


_PROGRESS = st.one_of(
    st.none(),
    st.integers(0, 100),
    st.integers(0, 99).map(lambda n: f"{n},5"),  # Swedish decimal comma
    st.sampled_from(["0,00001", "99,99999"]),  # floats Python writes with an exponent
)
_X_VALUES = st.one_of(
    text,
    st.integers(-5, 5000).map(lambda n: Plain(str(n))),
    st.booleans(),
    st.just(Plain("8.10")),
    st.lists(sentence | st.none(), min_size=1, max_size=3),  # `[a, ~]`
    st.dictionaries(st.sampled_from(["a", "b", "ärende"]), sentence | st.none(), min_size=1),
    st.none(),  # `x-tom:` with nothing after it
)
X_KEYS = st.dictionaries(
    st.sampled_from(["x-ärende", "x-diarie", "x-kommentar", "x-id", "x-lista"]),
    _X_VALUES,
    max_size=2,
)
_LENGTHS = st.sampled_from([0, 0, 1, 6]) | st.integers(0, 60) | st.integers(0, 800)
_TEXTS = st.lists(text, min_size=1, max_size=2)
_PROCUREMENT = st.sampled_from([True, "ja", "nej"]) | hours.map(lambda h: {"lead_weeks": h})
_LINKS = ["diarie/2026-412.pdf", "https://x.se/a#b"]


@st.composite
def plans(draw: st.DrawFn) -> str:
    """A valid plan as YAML text."""
    period = draw(periods())
    specials = _specials(period)
    year = period.start.year
    header: dict[str, Any] = {
        "title": pick(
            draw,
            [
                f"Handlingsplan för informationssäkerhet {year}",
                "Handlingsplan: säkerhet #1",
                f"Plan {year}-{period.end.year}",
            ],
        ),
        "organisation": pick(draw, ["Exempelkommunen", "Region Öst", "yes"]),
    }
    if chance(draw):
        header["unit"] = draw(sentence)
    if chance(draw):
        header["id"] = pick(draw, ["klf", "it-enheten", Plain("012")])
    if chance(draw):
        header["owner"] = pick(draw, PEOPLE)
    lang = pick(draw, [None, "sv", "en", "Sv"])
    if lang:
        header["language"] = lang
    header["period"] = {"start": period.start, "end": period.end}
    if chance(draw):
        header["hour_rate"] = Plain("850")
        header["budget"] = {"money": draw(money), "hours": draw(hours)}
        header["contingency"] = pick(draw, [Plain("0.15"), "15 %", "0,1"])
    if chance(draw, 3):
        header["checkpoints"] = [day_in(draw, period.start, period.end, specials)]
        header["decision"] = {"by": "Kommunstyrelsen", "date": period.start - DAY * 10}
    header.update(draw(X_KEYS))

    plan: dict[str, Any] = {"hplan": pick(draw, [Plain("1"), Plain("1.0")]), "plan": header}
    if chance(draw):
        plan["people"] = {person: {"role": draw(sentence), "hours_per_month": draw(hours)}
                          for person in PEOPLE}  # fmt: skip
        if chance(draw, 3):
            plan["people"][pick(draw, PEOPLE)] = None  # `Per Ek:`: no role, no hours

    gap_ids: list[Any] = []
    if chance(draw):
        gaps = []
        for n in range(draw(st.integers(1, 4))):
            status = pick(draw, ["open", "öppen", "closed", "åtgärdad", "accepted"])
            gap: dict[str, Any] = {
                "id": f"G-{n + 1}",
                "control": pick(draw, CONTROLS),
                "severity": pick(draw, SEVERITY_WORDS),
                "status": status,
            }
            if status == "accepted":
                gap["accepted"] = {"by": "Kommundirektören", "date": period.start - DAY}
            if chance(draw):
                gap["note"] = draw(text)
            gaps.append(gap)
            gap_ids.append(gap["id"])
        plan["gaps"] = gaps

    goal_ids: list[Any] = [f"M{n + 1}" for n in range(draw(st.integers(0, 3)))]
    if chance(draw, 4):
        goal_ids.append(Plain("012"))  # an id YAML reads as a number
    if goal_ids:
        plan["goals"] = [{"id": g, "title": draw(text.filter(bool))} for g in goal_ids]

    spans: dict[str, tuple[dt.date, dt.date]] = {}
    plan["activities"] = [
        _activity(draw, n + 1, period, specials, spans, goal_ids, gap_ids)
        for n in range(draw(st.integers(0, 12)))
    ]
    backlog = [
        _backlog(draw, n + 1, list(spans), goal_ids, gap_ids)
        for n in range(draw(st.integers(0, 3)))
    ]
    if backlog:
        plan["backlog"] = backlog
    if not plan["activities"] and chance(draw):
        del plan["activities"]
    comment = pick(draw, ["", "# Handlingsplan, en kommentar\n"])
    return comment + emit(plan)


def _activity(
    draw: st.DrawFn,
    n: int,
    period: Span,
    specials: list[dt.date],
    spans: dict[str, tuple[dt.date, dt.date]],
    goal_ids: list[Any],
    gap_ids: list[Any],
) -> dict[str, Any]:
    ident = f"A{n}"
    status = pick(draw, (*UNFINISHED, "done", "cancelled"))
    # Predecessors among earlier activities (no cycle), only those that end early enough
    # for a start inside the period after them (finish-to-start).
    preds = [p for p in subset(draw, list(spans)) if free_from(*spans[p]) <= period.end]
    # Now and then outside the period (HP303 is a warning): begun before it, or ending
    # after it.
    first = period.start - DAY * 40 if chance(draw, 8) else period.start
    last = period.end + DAY * 40 if chance(draw, 8) else period.end
    earliest = max([first, *(free_from(*spans[p]) for p in preds)])
    start = day_in(draw, earliest, period.end, specials)
    end = min(start + DAY * draw(_LENGTHS), last)
    if chance(draw, 4):
        end = pick(draw, [end, *(d for d in specials if start <= d <= end)])
    spans[ident] = (start, end)

    item: dict[str, Any] = {"id": ident, "name": draw(name)}
    if chance(draw, 3):
        item["description"] = draw(text)
    if chance(draw):
        item["kind"] = pick(draw, KIND_WORDS)
    if goal_ids and chance(draw):
        item["goals"] = subset(draw, goal_ids) or goal_ids[:1]
    if chance(draw):
        item["controls"] = subset(draw, CONTROLS) or ["5.1"]
    if gap_ids and chance(draw):
        item["gaps"] = subset(draw, gap_ids) or gap_ids[:1]
    if chance(draw, 3):
        item["requirements"] = draw(_TEXTS)
    item["priority"] = pick(draw, PRIORITY_WORDS)
    item["responsible"] = pick(draw, PEOPLE)
    if chance(draw, 4):
        item["effort"] = {p: draw(hours) for p in subset(draw, PEOPLE) or PEOPLE[:1]}
    if chance(draw):
        item["cost"] = {"money": draw(money), "hours": draw(hours)}
        if chance(draw):
            item["cost"]["running"] = draw(money)
    if chance(draw, 4):
        item["funding"] = {
            "source": draw(sentence),
            "status": pick(draw, ["requested", "beviljad"]),
        }
    if chance(draw, 3):
        item["resources"] = draw(_TEXTS)
    item["start"], item["end"] = start, end
    refs = list(preds)
    if chance(draw, 6):
        refs.append("it:A2")  # another plan's activity: a single-plan run does not check it
    if refs:
        item["depends_on"] = refs
    if chance(draw, 4):
        event = {"name": draw(sentence), "date": day_in(draw, period.start, period.end, specials)}
        item["external"] = [draw(text.filter(bool)), event]
    if chance(draw, 4):
        item["procurement"] = draw(_PROCUREMENT)
    if chance(draw, 4):
        item["communication"] = pick(
            draw,
            [
                draw(text.filter(bool)),
                [{"audience": "Alla chefer", "when": period.start, "what": "Start: nu #1"}],
            ],
        )
    if chance(draw, 4):
        item["links"] = subset(draw, _LINKS) or _LINKS[:1]
    item["status"] = pick(draw, STATUS_WORDS[status])
    progress = _progress(draw, status)
    if progress is not None:
        item["progress"] = progress
    if chance(draw, 4):
        item["forecast_end"] = end + DAY * draw(st.integers(0, 90))
    if status == "done" and chance(draw):
        item["completed"] = end
    if chance(draw, 4):
        item["spent"] = {"money": draw(money), "hours": draw(hours)}
    if chance(draw, 4):
        item["followups"] = [
            {
                "date": day_in(draw, start, end, specials),
                "status": pick(draw, STATUS_WORDS[status]),
                "progress": draw(st.integers(0, 100)),
                "note": draw(text),
            }
        ]
    if chance(draw):
        item["notes"] = draw(text)
    if chance(draw, 4):
        item["carried_from"] = [
            {
                "period": period.start - DAY * draw(st.integers(200, 2000)),
                "id": pick(draw, [ident, "A7", Plain("012")]),
                "status": pick(draw, ["pågående", "planned", "Uppskjuten"]),
                "progress": draw(st.integers(0, 90)),
            }
            for _ in range(draw(st.integers(1, 2)))
        ]
        if chance(draw):
            item["carried_from"][0]["reason"] = draw(text)
    item.update(draw(X_KEYS))
    if chance(draw, 6):
        item["x-hplan-ignore"] = ["HP401", "HP408"]
    return item


def _backlog(
    draw: st.DrawFn, n: int, activity_ids: list[str], goal_ids: list[Any], gap_ids: list[Any]
) -> dict[str, Any]:
    """A backlog item: only id and name are required. It may wait for any activity."""
    item: dict[str, Any] = {"id": f"B{n}", "name": draw(name)}
    if chance(draw):
        item["target"] = pick(draw, [Plain("2028"), "hösten 2028", "2029-01-01"])
    if goal_ids and chance(draw):
        item["goals"] = [pick(draw, goal_ids)]
    if gap_ids and chance(draw):
        item["gaps"] = [pick(draw, gap_ids)]
    if chance(draw):
        item["controls"] = [pick(draw, CONTROLS)]
    if chance(draw):
        item["priority"] = pick(draw, PRIORITY_WORDS)
    if activity_ids and chance(draw):
        item["depends_on"] = subset(draw, activity_ids) or activity_ids[:1]
    if chance(draw):
        item["notes"] = draw(text)
    item.update(draw(X_KEYS))
    return item
