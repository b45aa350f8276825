"""`hplan init`: a starter plan to fill in, in one safe step: an existing file is never
overwritten (there is no --force: init makes new plans, it never replaces one), the plan
is validated before it is written, and written atomically."""

from __future__ import annotations

import os
import re
import shlex
import sys
from dataclasses import dataclass

from handlingsplan import i18n, starter, yamlio
from handlingsplan.commands import EXIT_INTERNAL, EXIT_OK, view
from handlingsplan.config import Config
from handlingsplan.errors import HplanError
from handlingsplan.options import check_choice

FIRST_YEAR, LAST_YEAR = 2000, 2100
EXPECTED = frozenset({"HP503"})  # a fresh plan is a draft, and nothing else


@dataclass
class InitOptions:
    organisation: str
    file: str | None = None
    year: str | None = None
    unit: str | None = None
    lang: str | None = None


def run(opts: InitOptions, config: Config, ui: str = "en") -> int:
    """`ui` is the language of the command line, for errors before --lang is known."""
    check_choice(opts.lang, ("sv", "en", None), "--lang", ui)
    lang = i18n.choose(opts.lang or config.language, None)
    made = starter.Starter(_organisation(opts, lang), parse_year(opts.year, lang), lang, opts.unit)
    target = opts.file or starter.default_file(made.year, lang)
    if target != yamlio.STDIN and os.path.lexists(target):
        raise HplanError(i18n.t("init.exists", lang, path=target), exit_code=1)
    text = starter.text(made)
    if not _valid(text, target, lang):
        return EXIT_INTERNAL
    if target == yamlio.STDIN:
        sys.stdout.write(text)
        return EXIT_OK
    view.write(target, text, False, lang)
    print(i18n.t("init.written", lang, path=target, year=made.year, command=_validate(target)))
    return EXIT_OK


def default_year() -> int:
    """Next year: a plan is drafted in the autumn for the coming year (--year for another).
    Today is SOURCE_DATE_EPOCH's day when set, as for every file hplan writes."""
    from handlingsplan.commands.rollover import today

    return today().year + 1


def parse_year(value: str | None, lang: str) -> int:
    """--year as init and import take it: 2000-2100; None is next year."""
    if value is None:
        return default_year()
    text = value.strip()
    if not re.fullmatch(r"[0-9]{1,4}", text) or not FIRST_YEAR <= int(text) <= LAST_YEAR:
        raise HplanError(
            i18n.t("init.bad_year", lang, value=value, first=FIRST_YEAR, last=LAST_YEAR)
        )
    return int(text)


def _organisation(opts: InitOptions, lang: str) -> str:
    """Any text but an empty one: `plan.organisation` is required."""
    if not opts.organisation.strip():
        raise HplanError(i18n.t("init.no_organisation", lang))
    return opts.organisation


def _validate(target: str) -> str:
    return "hplan validate " + shlex.quote(target)


def _valid(text: str, target: str, lang: str) -> bool:
    """The starter validates with only the draft info; anything else is a bug in hplan:
    say so, write nothing."""
    from handlingsplan.pipeline import validate_text

    checked_as = "<stdout>" if target == yamlio.STDIN else target
    found = validate_text(text, checked_as).diagnostics
    unexpected = [d for d in found if d.code not in EXPECTED]
    for d in unexpected:
        print(f"{checked_as}:{d.line}:{d.column}: {d.code}", file=sys.stderr)
    if unexpected:
        print(i18n.t("init.bug", lang), file=sys.stderr)
    return not unexpected
