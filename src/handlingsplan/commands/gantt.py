"""`hplan gantt`: when each activity runs and what waits for what."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from handlingsplan import i18n
from handlingsplan.commands import view
from handlingsplan.config import Config
from handlingsplan.filters import Filters
from handlingsplan.options import check_choice

# Formats that hold one plan: a CSV sheet, a Mermaid chart, a picture.
SINGLE = ("mermaid", "svg", "html")
FORMATS = ("text", "mermaid", "svg", "html")
SCALES = ("auto", "day", "week", "month", "quarter")
COLOR_BY = ("priority", "status")
GROUP_BY = ("none", "goal", "responsible", "status")


@dataclass
class GanttOptions:
    common: view.Common
    filters: view.FilterOptions
    scale: str = "auto"
    color_by: str = "priority"
    group_by: str = "none"
    today: str | None = None


def run(opts: GanttOptions, config: Config) -> int:
    common = opts.common
    env_lang = i18n.choose(common.lang or config.language, None)
    view.check_format(common.fmt, FORMATS, env_lang)
    check_choice(opts.scale, SCALES, "--scale", env_lang)
    check_choice(opts.color_by, COLOR_BY, "--color-by", env_lang)
    check_choice(opts.group_by, GROUP_BY, "--group-by", env_lang)
    today = view.as_of(opts.today, env_lang)
    # The command line is checked before the plan is read: a wrong option is exit 2
    # whatever the plan holds.
    chosen = opts.filters.parse(env_lang)
    width = view.width(common.width, env_lang)
    view.one_plan_only(common, SINGLE, len(view.paths(common.plans, config)), env_lang)
    every, code = view.load_all(common, config)
    parts = [(loaded, _draw(loaded, common, opts, chosen, width, today)) for loaded in every]
    view.emit_all(parts, common)
    return code


def _draw(
    loaded: view.Loaded,
    common: view.Common,
    opts: GanttOptions,
    chosen: Filters,
    width: int,
    today: dt.date,
) -> str:
    from handlingsplan.render import gantt

    spec = gantt.Spec(
        fmt=common.fmt,
        lang=loaded.lang,
        width=width,
        color=view.color(common),
        filters=chosen,
        scale=opts.scale,
        color_by=opts.color_by,
        group_by=opts.group_by,
        today=today,
        marking=view.marking(loaded.plan),
        banner=view.banner(loaded),
    )
    return gantt.render(loaded.plan, spec)
