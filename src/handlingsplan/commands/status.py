"""`hplan status`: where each plan stands on a day, for the CISO's follow-up."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from handlingsplan import filters as filtering
from handlingsplan import followup, i18n
from handlingsplan.commands import view
from handlingsplan.config import Config
from handlingsplan.errors import HplanError

FORMATS = ("text", "json")


@dataclass
class StatusOptions:
    common: view.Common
    filters: view.FilterOptions
    today: str | None = None
    tolerance: float = followup.TOLERANCE
    horizon: int = followup.HORIZON


def check_settings(tolerance: float, horizon: int | None, lang: str) -> None:
    """--tolerance is points of progress (0-100); --horizon whole days (0-3660)."""
    if not 0 <= tolerance <= 100:
        raise HplanError(i18n.t("status.bad_tolerance", lang, value=f"{tolerance:g}"))
    if horizon is not None and not 0 <= horizon <= 3660:
        raise HplanError(i18n.t("status.bad_horizon", lang, value=horizon))


def day(value: str | None, lang: str) -> dt.date:
    """--today, else today: the one way every follow-up command reads the day."""
    return view.parse_date(value, "--today", lang) or dt.date.today()


def run(opts: StatusOptions, config: Config) -> int:
    from handlingsplan import status
    from handlingsplan.render import status as render

    common = opts.common
    env_lang = i18n.choose(common.lang or config.language, None)
    view.check_format(common.fmt, FORMATS, env_lang)
    check_settings(opts.tolerance, opts.horizon, env_lang)
    today = day(opts.today, env_lang)
    chosen = opts.filters.parse(env_lang)
    width = view.width(common.width, env_lang)
    every, code = view.load_all(common, config)
    parts = []
    for loaded in every:
        plan = loaded.plan
        shown = filtering.apply(chosen, [a for _, a in plan.activities])
        summary = status.summarise(plan, shown, today, opts.tolerance, opts.horizon)
        page = render.Page(plan, summary, loaded.lang, width, view.color(common), chosen.active,
                           view.banner(loaded))  # fmt: skip
        parts.append((loaded, render.as_json(page) if common.fmt == "json" else render.text(page)))
    view.emit_all(parts, common)
    return code
