"""`hplan status`: where each plan stands on a day, for the CISO's follow-up."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from handlingsplan import filters as filtering
from handlingsplan import followup, i18n
from handlingsplan.commands import view
from handlingsplan.config import Config
from handlingsplan.errors import HplanError
from handlingsplan.filters import Filters

if TYPE_CHECKING:
    from handlingsplan.group import Group
    from handlingsplan.render.status import Page

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


def run(opts: StatusOptions, config: Config) -> int:
    from handlingsplan.render import status as render

    common = opts.common
    env_lang = i18n.choose(common.lang or config.language, None)
    view.check_format(common.fmt, FORMATS, env_lang)
    check_settings(opts.tolerance, opts.horizon, env_lang)
    today = view.as_of(opts.today, env_lang)
    chosen = opts.filters.parse(env_lang)
    width = view.width(common.width, env_lang)
    every, code = view.load_all(common, config)
    pages = [_page(loaded, opts, chosen, today, width, view.color(common)) for loaded in every]
    if len(every) <= 1:
        view.emit_all([(every[0], _one(pages[0], common.fmt))] if every else [], common)
        return code
    group = group_of(every, today, opts.tolerance)
    if common.fmt == "json":
        text = render.several_json(pages, group)
    else:
        text = render.several_text(pages, group, width)
    view.emit_all([(every[0], text), *((loaded, "") for loaded in every[1:])], common,
                  joined=text)  # fmt: skip
    return code


def _page(loaded: view.Loaded, opts: StatusOptions, chosen: Filters, today: dt.date,
          width: int, color: bool) -> Page:  # fmt: skip
    from handlingsplan import status
    from handlingsplan.render.status import Page

    shown = filtering.apply(chosen, [a for _, a in loaded.plan.activities])
    summary = status.summarise(loaded.plan, shown, today, opts.tolerance, opts.horizon)
    return Page(loaded.plan, summary, loaded.lang, width, color, chosen.active,
                view.banner(loaded), loaded.path)  # fmt: skip


def _one(page: Page, fmt: str) -> str:
    from handlingsplan.render import status as render

    return render.as_json(page) if fmt == "json" else render.text(page)


def group_of(every: list[view.Loaded], today: dt.date, tolerance: float) -> Group:
    from handlingsplan import group, planset

    members = [group.Member(planset.plan_id(loaded.plan, loaded.path) or loaded.path,
                            loaded.path, loaded.plan) for loaded in every]  # fmt: skip
    return group.build(members, today, tolerance)
