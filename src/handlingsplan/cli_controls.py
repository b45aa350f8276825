"""The typer declaration of `hplan controls` (wired into the app by cli_app.build).

No `from __future__ import annotations`: typer evaluates the annotations."""

from collections.abc import Callable
from typing import Annotated

import typer

from handlingsplan.errors import HplanError
from handlingsplan.i18n import t
from handlingsplan.options import check_choice


def add(app: typer.Typer, lang: str, fail: Callable[[HplanError], None]) -> None:
    # fmt: off
    @app.command(help=t("help.controls", lang))
    def controls(
        plans: Annotated[list[str], typer.Argument(help=t("help.plans", lang), metavar=t("metavar.plans", lang), show_default=False)],
        fmt: Annotated[str, typer.Option("--format", "-f", help=t("help.controls_format", lang), metavar=t("metavar.format", lang))] = "text",
        missing: Annotated[bool, typer.Option("--missing", help=t("help.controls_missing", lang))] = False,
        delimiter: Annotated[str | None, typer.Option("--delimiter", help=t("help.delimiter", lang), metavar=t("metavar.char", lang))] = None,
        titles: Annotated[str | None, typer.Option("--titles", help=t("help.titles", lang), metavar=t("metavar.file", lang))] = None,
        color: Annotated[str, typer.Option("--color", help=t("help.color", lang), metavar=t("metavar.when", lang))] = "auto",
        width: Annotated[int | None, typer.Option("--width", help=t("help.width", lang), metavar=t("metavar.n", lang))] = None,
        language: Annotated[str | None, typer.Option("--lang", help=t("help.lang", lang), metavar=t("metavar.lang", lang))] = None,
        output: Annotated[str | None, typer.Option("--output", "-o", help=t("help.output", lang), metavar=t("metavar.file", lang))] = None,
        force: Annotated[bool, typer.Option("--force", help=t("help.force_view", lang))] = False,
    ) -> None:
        from handlingsplan import config
        from handlingsplan.commands import controls as command
        from handlingsplan.commands import view

        try:
            check_choice(language, ("sv", "en", None), "--lang", lang)
            check_choice(color, ("auto", "always", "never"), "--color", lang)
            common = view.Common(plans, fmt, output, force, language, color, width)
            raise typer.Exit(command.run(command.ControlsOptions(common, missing, delimiter, titles), config.load(lang=lang)))
        except HplanError as exc:
            fail(exc)
    # fmt: on
