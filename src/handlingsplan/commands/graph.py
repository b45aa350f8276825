"""`hplan graph`: the dependencies between activities, and on events outside the plan."""

from __future__ import annotations

from handlingsplan import i18n
from handlingsplan.commands import EXIT_OK, view
from handlingsplan.config import Config

FORMATS = ("text", "mermaid", "dot")


def run(common: view.Common, config: Config) -> int:
    from handlingsplan.render import graph

    env_lang = i18n.choose(common.lang or config.language, None)
    view.check_format(common.fmt, FORMATS, env_lang)
    width = view.width(common.width, env_lang)
    loaded = view.load(common, config)
    if isinstance(loaded, int):
        return loaded
    spec = graph.Spec(
        fmt=common.fmt,
        lang=loaded.lang,
        width=width,
        color=view.color(common),
        marking=view.marking(loaded.plan),
        banner=view.banner(loaded),
    )
    view.emit(graph.render(loaded.plan, spec), common, loaded)
    return EXIT_OK
