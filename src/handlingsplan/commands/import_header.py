"""The `plan:` header of an imported plan: the workbook's plan sheet, and the options
(--organisation, --year or --period, --title), which win where both say something. A csv
file has no plan sheet, so the organisation and the period must come from the options:
without them there is no valid plan, and the command line is wrong (exit 2)."""

from __future__ import annotations

from typing import Any, Protocol

from handlingsplan import i18n
from handlingsplan.commands import view
from handlingsplan.errors import HplanError
from handlingsplan.sheetimport import Imported


class HeaderOptions(Protocol):
    """What the header takes of import's options (commands/import_.ImportOptions)."""

    organisation: str | None
    year: str | None
    period: str | None
    title: str | None
    lang: str | None


def header(opts: HeaderOptions, found: Imported, lang: str) -> dict[str, Any]:
    data: dict[str, Any] = dict(found.header.data) if found.header is not None else {}
    sheet = found.header is not None
    if opts.organisation is not None:
        data["organisation"] = _organisation(opts.organisation, lang)
    if opts.year is not None or opts.period is not None:
        data["period"] = _period(opts, lang)
    if opts.title is not None and opts.title.strip():
        data["title"] = opts.title
    for key, option in (("organisation", "--organisation"), ("period", "--year")):
        if not data.get(key):
            where = "import.needs_option_sheet" if sheet else "import.needs_option"
            raise HplanError(i18n.t(where, lang, option=option))
    data.setdefault("title", _title(data, lang))
    # A plan says its language: its words are written in it, so the language they were
    # written in is recorded even when the plan sheet has no row for it; --lang wins.
    if opts.lang is not None:
        data["language"] = lang
    else:
        data.setdefault("language", lang)
    return data


def _organisation(value: str, lang: str) -> str:
    if not value.strip():
        raise HplanError(i18n.t("init.no_organisation", lang))
    return value


def _period(opts: HeaderOptions, lang: str) -> dict[str, str]:
    """--year 2027 (the calendar year) or --period 2027-01-01..2027-12-31 (or with `:`,
    as rollover takes it)."""
    from handlingsplan.commands import init

    if opts.year is not None and opts.period is not None:
        raise HplanError(i18n.t("import.year_or_period", lang))
    if opts.period is not None:
        span = view.parse_period(opts.period, lang, "import", ("..", ":"))
        return {"start": span.start.isoformat(), "end": span.end.isoformat()}
    year = init.parse_year(opts.year, lang)
    return {"start": f"{year}-01-01", "end": f"{year}-12-31"}


def _title(data: dict[str, Any], lang: str) -> str:
    """As `hplan init` names a plan: `Handlingsplan för informationssäkerhet 2027, X`."""
    from handlingsplan import starter

    start = str(data["period"].get("start", "")) if isinstance(data["period"], dict) else ""
    year = int(start[:4]) if start[:4].isdigit() else 0
    unit = data.get("unit") if isinstance(data.get("unit"), str) else None
    made = starter.Starter(str(data["organisation"]), year, lang, unit)
    return starter.title(made)
