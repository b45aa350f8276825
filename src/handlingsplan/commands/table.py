"""`hplan table`: the activities in priority order, with everything decided about each."""

from __future__ import annotations

from dataclasses import dataclass

from handlingsplan import i18n
from handlingsplan.commands import view
from handlingsplan.config import Config
from handlingsplan.errors import HplanError
from handlingsplan.filters import SORTS, Filters
from handlingsplan.i18n import t
from handlingsplan.options import check_choice

# Formats that hold one plan: a CSV sheet, a Mermaid chart, a picture.
SINGLE = ("csv", "svg", "html")
FORMATS = ("text", "csv", "markdown", "json", "svg", "html")


@dataclass
class TableOptions:
    common: view.Common
    filters: view.FilterOptions
    sort: str = "priority"
    backlog: bool = False
    goals: bool = False
    delimiter: str | None = None
    titles: str | None = None  # --titles FILE: control id -> title


def run(opts: TableOptions, config: Config) -> int:
    common = opts.common
    env_lang = i18n.choose(common.lang or config.language, None)
    view.check_format(common.fmt, FORMATS, env_lang)
    check_choice(opts.sort, SORTS, "--sort", env_lang)
    if opts.backlog and opts.goals:
        raise HplanError(t("table.backlog_or_goals", env_lang))
    view.check_delimiter(opts.delimiter, env_lang)
    # The command line is checked before the plan is read: a wrong option is exit 2
    # whatever the plan holds.
    chosen = opts.filters.parse(env_lang)
    width = view.width(common.width, env_lang)
    view.one_plan_only(common, SINGLE, len(view.paths(common.plans, config)), env_lang)
    every, code = view.load_all(common, config)
    parts = [(loaded, _draw(loaded, common, opts, chosen, width)) for loaded in every]
    view.emit_all(parts, common)
    return code


def _draw(
    loaded: view.Loaded, common: view.Common, opts: TableOptions, chosen: Filters, width: int
) -> str:
    from handlingsplan.render import table

    spec = table.Spec(
        fmt=common.fmt,
        lang=loaded.lang,
        width=width,
        color=view.color(common),
        sort=opts.sort,
        filters=chosen,
        mode="backlog" if opts.backlog else "goals" if opts.goals else "activities",
        delimiter=opts.delimiter,
        marking=view.marking(loaded.plan),
        banner=view.banner(loaded),
        titles=view.titles(loaded, opts.titles),
    )
    return table.render(loaded.plan, spec)
