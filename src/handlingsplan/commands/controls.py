"""`hplan controls`: which controls of the plan's catalogue its work covers."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from handlingsplan import i18n, yamlio
from handlingsplan.commands import view
from handlingsplan.config import Config

FORMATS = ("text", "csv", "markdown", "json")
SINGLE = ("csv",)  # a CSV sheet holds one plan


@dataclass
class ControlsOptions:
    common: view.Common
    missing: bool = False
    delimiter: str | None = None
    titles: str | None = None  # --titles FILE: control id -> title


def run(opts: ControlsOptions, config: Config) -> int:
    common = opts.common
    env_lang = i18n.choose(common.lang or config.language, None)
    view.check_format(common.fmt, FORMATS, env_lang)
    view.check_delimiter(opts.delimiter, env_lang)
    width = view.width(common.width, env_lang)
    view.one_plan_only(common, SINGLE, len(view.paths(common.plans, config)), env_lang)
    every, code = view.load_all(common, config)
    parts = []
    for loaded in every:
        text = _draw(loaded, opts, width)
        if text is None:
            print(i18n.t("controls.no_catalog", loaded.lang, path=loaded.path), file=sys.stderr)
            code = max(code, 1)
        else:
            parts.append((loaded, text))
    view.emit_all(parts, common)
    return code


def _draw(loaded: view.Loaded, opts: ControlsOptions, width: int) -> str | None:
    """The coverage view, or None when the plan has no catalogue to cover (none, or an
    id list that cannot be read: validate says which)."""
    from handlingsplan import coverage
    from handlingsplan.pipeline import resolve_catalog
    from handlingsplan.render import controls

    folder = Path(loaded.path).parent if loaded.path != yamlio.STDIN else Path.cwd()
    catalogue, _problem = resolve_catalog(loaded.plan, folder)
    if catalogue is None:
        return None
    titles = view.titles(loaded, opts.titles)
    header = loaded.plan.header
    spec = controls.Spec(
        fmt=opts.common.fmt, lang=loaded.lang, width=width, missing=opts.missing,
        title=header.title if header is not None else loaded.path,
        marking=view.marking(loaded.plan), banner=view.banner(loaded), delimiter=opts.delimiter,
        color=view.color(opts.common),
    )  # fmt: skip
    return controls.render(coverage.build(loaded.plan, catalogue, titles), spec)
