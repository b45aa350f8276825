"""A plan read by a command that writes from it (rollover, rollover --update, migrate,
adopt), and the plan such a command made, checked before it is written.

`read` loads and validates the plan and refuses one with errors, showing them on
standard error as `hplan validate` does; `made_ok` validates the text a command made
and calls any error a bug (nothing is written). One copy of each, not one per command.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from handlingsplan import i18n, yamlio
from handlingsplan.commands import EXIT_FINDINGS, EXIT_INTERNAL, view
from handlingsplan.config import Config


@dataclass
class Source:
    """A plan read without errors: its text and node tree, and what validation found."""

    path: str  # as shown (`<stdin>`)
    given: str  # as given (`-`)
    loaded: yamlio.Loaded
    result: Any  # pipeline.FileResult
    lang: str

    @property
    def plan(self) -> Any:  # model.Plan, with a header
        return self.result.plan


def read(
    path: str,
    lang: str | None,
    config: Config,
    refused: str,
    color: str = "auto",
    tolerated: Collection[str] = (),
    errors_only: bool = False,
) -> Source | int:
    """The plan at `path`, or exit 1 after showing its diagnostics and the `refused`
    message. Errors with a code in `tolerated` (those the command itself mends) do not
    refuse; `errors_only` shows only the errors that do. `lang` is --lang: the plan's
    own language comes next, then hplan.toml's."""
    from handlingsplan.pipeline import validate_loaded

    gc.disable()  # a short-lived process: the cyclic GC only slows loading (shared/notes)
    loaded = yamlio.load(path)
    folder = Path(path).parent if path != yamlio.STDIN else Path.cwd()
    result = validate_loaded(loaded, folder)
    shown_lang = i18n.choose(lang or config.language, result.language)
    errors = [
        d for d in result.diagnostics if d.severity.name == "ERROR" and d.code not in tolerated
    ]
    if errors or result.plan is None or result.plan.header is None or loaded.root is None:
        if errors_only:
            result.diagnostics = errors or result.diagnostics
        show(result, shown_lang, color)
        print(i18n.t(refused, shown_lang, path=result.path), file=sys.stderr)
        return EXIT_FINDINGS
    return Source(result.path, path, loaded, result, shown_lang)


def show(result: Any, lang: str, color: str) -> None:
    """A plan's diagnostics on standard error, as `hplan validate` shows them."""
    from handlingsplan import options
    from handlingsplan.render.diagnostics import Report, Style, render

    tty = sys.stderr.isatty()
    style = Style(options.use_color(color, tty), width=view.columns() if tty else 0)
    report = Report(result.path, result.diagnostics, result.lines, lang)
    sys.stderr.write(render("text", [report], style, lang))


def made_ok(text: str, path: str, lang: str, bug: str) -> int | None:
    """None when the plan a command made validates without errors (read as if it were
    `path`); else a bug, said with the `bug` message: nothing is to be written."""
    from handlingsplan.pipeline import validate_text

    result = validate_text(text, path)
    if not result.has_errors:
        return None
    show(result, lang, "never")
    print(i18n.t(bug, lang), file=sys.stderr)
    return EXIT_INTERNAL
