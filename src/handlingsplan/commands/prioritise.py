"""`hplan prioritise`: a suggested order of the activities and the budget's cut line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from handlingsplan import i18n
from handlingsplan.commands import EXIT_OK, view
from handlingsplan.config import Config
from handlingsplan.errors import HplanError

FORMATS = ("text", "json", "markdown")
_HOURS = re.compile(r"[0-9][0-9 \u00a0]*(?:[.,][0-9]+)?")


@dataclass
class PrioritiseOptions:
    common: view.Common
    budget: str | None = None
    hours: str | None = None


def parse_budget(value: str | None, lang: str) -> float | None:
    """--budget as money is written in a plan (types.parse_money); anything else exit 2."""
    if value is None:
        return None
    from pydantic_core import PydanticCustomError

    from handlingsplan.types import parse_money

    try:
        return parse_money(value)
    except (PydanticCustomError, ValueError):
        raise HplanError(i18n.t("prioritise.bad_budget", lang, value=value)) from None


def parse_hours(value: str | None, lang: str) -> float | None:
    """--hours: a number, `1 200` and `12,5` as Swedes write them."""
    if value is None:
        return None
    if not _HOURS.fullmatch(value.strip()):
        raise HplanError(i18n.t("prioritise.bad_hours", lang, value=value))
    return parse_budget(value.strip(), lang)


def run(opts: PrioritiseOptions, config: Config) -> int:
    from handlingsplan import prioritise
    from handlingsplan.render import prioritise as render

    common = opts.common
    env_lang = i18n.choose(common.lang or config.language, None)
    view.check_format(common.fmt, FORMATS, env_lang)
    money = parse_budget(opts.budget, env_lang)
    hours = parse_hours(opts.hours, env_lang)
    width = view.width(common.width, env_lang)
    loaded = view.load(common, config)
    if isinstance(loaded, int):
        return loaded
    budget = prioritise.default_budget(loaded.plan, money, hours)
    page = render.Page(loaded.plan, prioritise.rank(loaded.plan, budget), loaded.lang, width,
                       view.color(common), view.banner(loaded))  # fmt: skip
    renderers = {"text": render.text, "markdown": render.markdown, "json": render.as_json}
    view.emit(renderers[common.fmt](page), common, loaded)
    return EXIT_OK
