"""The typer declaration of `hplan prioritise` (wired into the app by cli_app.build).

No `from __future__ import annotations` here: typer evaluates the annotations, and the
help texts in them use `lang`, a parameter of `add`.
"""

from collections.abc import Callable
from typing import Annotated

import typer

from handlingsplan.errors import HplanError
from handlingsplan.i18n import t
from handlingsplan.options import check_choice


def add(app: typer.Typer, lang: str, fail: Callable[[HplanError], None]) -> None:
    # fmt: off
    @app.command(help=t("help.prioritise", lang))
    def prioritise(
        plan: Annotated[str, typer.Argument(help=t("help.plan", lang), metavar=t("metavar.plan", lang), show_default=False)],
        budget: Annotated[str | None, typer.Option("--budget", help=t("help.prioritise_budget", lang), metavar=t("metavar.money", lang))] = None,
        hours: Annotated[str | None, typer.Option("--hours", help=t("help.prioritise_hours", lang), metavar=t("metavar.hours", lang))] = None,
        fmt: Annotated[str, typer.Option("--format", "-f", help=t("help.prioritise_format", lang), metavar=t("metavar.format", lang))] = "text",
        width: Annotated[int | None, typer.Option("--width", help=t("help.width", lang), metavar=t("metavar.n", lang))] = None,
        color: Annotated[str, typer.Option("--color", help=t("help.color", lang), metavar=t("metavar.when", lang))] = "auto",
        language: Annotated[str | None, typer.Option("--lang", help=t("help.lang", lang), metavar=t("metavar.lang", lang))] = None,
        output: Annotated[str | None, typer.Option("--output", "-o", help=t("help.output", lang), metavar=t("metavar.file", lang))] = None,
        force: Annotated[bool, typer.Option("--force", help=t("help.force_view", lang))] = False,
    ) -> None:
        from handlingsplan import config
        from handlingsplan.commands import prioritise as command
        from handlingsplan.commands import view

        try:
            check_choice(color, ("auto", "always", "never"), "--color", lang)
            check_choice(language, ("sv", "en", None), "--lang", lang)
            common = view.Common([plan], fmt, output, force, language, color, width)
            opts = command.PrioritiseOptions(common, budget, hours)
            raise typer.Exit(command.run(opts, config.load(lang=lang)))
        except HplanError as exc:
            fail(exc)
    # fmt: on
