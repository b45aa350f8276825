"""`hplan diff OLD NEW`: what changed between two versions of a plan.

Each side is a file or `REV:path` read from git (gitread.split decides). A side that
cannot be read, or whose structure is broken, is reported on standard error as a view
reports it, and the run exits 1. Otherwise the exit code is 0, whether the versions
differ or not: the differences are information for people, not a failure.
"""

from __future__ import annotations

import sys
from pathlib import Path

from handlingsplan import gitread, i18n, options, yamlio
from handlingsplan.commands import EXIT_FINDINGS, EXIT_OK, view
from handlingsplan.config import Config
from handlingsplan.diagnostics import Severity
from handlingsplan.errors import HplanError
from handlingsplan.pipeline import FileResult, validate_loaded, validate_path

FORMATS = ("text", "markdown", "json")


def read(side: str, lang: str) -> FileResult:
    """A side validated: a file as validate reads it, or the text git gives."""
    revision = gitread.split(side)
    if revision is None:
        return validate_path(side)
    text = gitread.read(revision, lang)
    loaded = yamlio.parse(yamlio.Loaded(side), text)
    return validate_loaded(loaded, Path(revision.path).parent)


def ready(result: FileResult, common: view.Common, config: Config) -> view.Loaded | None:
    """The plan to compare, or None after printing why it cannot be (standard error)."""
    lang = i18n.choose(common.lang or config.language, result.language)
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    broken = [d for d in errors if view.structural(d)]
    if not broken and result.plan is not None and result.plan.header is not None:
        return view.Loaded(result.path, result.plan, lang, len(errors))
    from handlingsplan.render.diagnostics import Report, Style, render

    tty = sys.stderr.isatty()
    style = Style(options.use_color(common.color, tty), width=view.columns() if tty else 0)
    report = Report(result.path, result.diagnostics, result.lines, lang)
    sys.stderr.write(render("text", [report], style, lang))
    print(i18n.t("diff.cannot_compare", lang, path=result.path), file=sys.stderr)
    return None


def run(common: view.Common, config: Config) -> int:
    from handlingsplan import plandiff
    from handlingsplan.render import diff as render

    env_lang = i18n.choose(common.lang or config.language, None)
    view.check_format(common.fmt, FORMATS, env_lang)
    width = view.width(common.width, env_lang)
    sides: list[view.Loaded | None] = []
    for side in common.plans:
        try:
            sides.append(ready(read(side, env_lang), common, config))
        except HplanError as exc:
            print(exc.message, file=sys.stderr)
            sides.append(None)
    old, new = sides
    if old is None or new is None:
        return EXIT_FINDINGS
    found = plandiff.diff(old.plan, new.plan)
    page = render.Page(common.plans[0], common.plans[1], old.plan, new.plan, found,
                       new.lang, width)  # fmt: skip
    renderers = {"text": render.text, "markdown": render.markdown, "json": render.as_json}
    view.emit(renderers[common.fmt](page), common, new)
    return EXIT_OK
