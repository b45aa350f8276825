"""The typer declaration of `hplan import` (wired into the app by cli_app.build).

No `from __future__ import annotations`: typer evaluates the annotations."""

from collections.abc import Callable
from typing import Annotated

import typer

from handlingsplan.errors import HplanError
from handlingsplan.i18n import t


def add(app: typer.Typer, lang: str, fail: Callable[[HplanError], None]) -> None:
    # fmt: off
    @app.command(name="import", help=t("help.import", lang))
    def import_(
        file: Annotated[str, typer.Argument(help=t("help.import_file", lang), metavar=t("metavar.sheet", lang), show_default=False)],
        output: Annotated[str | None, typer.Option("--output", "-o", help=t("help.import_output", lang), metavar=t("metavar.file", lang), show_default=False)] = None,
        force: Annotated[bool, typer.Option("--force", help=t("help.import_force", lang))] = False,
        organisation: Annotated[str | None, typer.Option("--organisation", "--organization", help=t("help.import_organisation", lang), metavar=t("metavar.name", lang), show_default=False)] = None,
        year: Annotated[str | None, typer.Option("--year", help=t("help.import_year", lang), metavar=t("metavar.year", lang), show_default=False)] = None,
        period: Annotated[str | None, typer.Option("--period", help=t("help.import_period", lang), metavar=t("metavar.period", lang), show_default=False)] = None,
        title: Annotated[str | None, typer.Option("--title", help=t("help.import_title", lang), metavar=t("metavar.name", lang), show_default=False)] = None,
        fmt: Annotated[str, typer.Option("--format", "-f", help=t("help.import_format", lang), metavar=t("metavar.format", lang))] = "text",
        language: Annotated[str | None, typer.Option("--lang", help=t("help.import_lang", lang), metavar=t("metavar.lang", lang))] = None,
    ) -> None:
        from handlingsplan import config
        from handlingsplan.commands import import_ as command

        try:
            options = command.ImportOptions(file, output, force, language, organisation, year, period, title, fmt)
            raise typer.Exit(command.run(options, config.load(lang=lang), lang))
        except HplanError as exc:
            fail(exc)
    # fmt: on
