"""`hplan gantt`: when each activity runs and what waits for what."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from handlingsplan import i18n
from handlingsplan.commands import EXIT_OK, view
from handlingsplan.config import Config
from handlingsplan.options import check_choice

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
    from handlingsplan.render import gantt

    common = opts.common
    env_lang = i18n.choose(common.lang or config.language, None)
    view.check_format(common.fmt, FORMATS, env_lang)
    check_choice(opts.scale, SCALES, "--scale", env_lang)
    check_choice(opts.color_by, COLOR_BY, "--color-by", env_lang)
    check_choice(opts.group_by, GROUP_BY, "--group-by", env_lang)
    today = view.parse_date(opts.today, "--today", env_lang) or dt.date.today()
    # The command line is checked before the plan is read: a wrong option is exit 2
    # whatever the plan holds.
    chosen = opts.filters.parse(env_lang)
    width = view.width(common.width, env_lang)
    loaded = view.load(common, config)
    if isinstance(loaded, int):
        return loaded
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
    view.emit(gantt.render(loaded.plan, spec), common, loaded)
    return EXIT_OK
