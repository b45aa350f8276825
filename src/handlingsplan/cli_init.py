"""The typer declaration of `hplan init` (wired into the app by cli_app.build).

No `from __future__ import annotations`: typer evaluates the annotations."""

from collections.abc import Callable
from typing import Annotated

import typer

from handlingsplan.errors import HplanError
from handlingsplan.i18n import t


def add(app: typer.Typer, lang: str, fail: Callable[[HplanError], None]) -> None:
    # fmt: off
    @app.command(help=t("help.init", lang))
    def init(
        organisation: Annotated[str, typer.Option("--organisation", "--organization", help=t("help.init_organisation", lang), metavar=t("metavar.name", lang), show_default=False)],
        file: Annotated[str | None, typer.Argument(help=t("help.init_file", lang), metavar=t("metavar.file", lang), show_default=False)] = None,
        year: Annotated[str | None, typer.Option("--year", help=t("help.init_year", lang), metavar=t("metavar.year", lang), show_default=False)] = None,
        unit: Annotated[str | None, typer.Option("--unit", help=t("help.init_unit", lang), metavar=t("metavar.name", lang), show_default=False)] = None,
        language: Annotated[str | None, typer.Option("--lang", help=t("help.init_lang", lang), metavar=t("metavar.lang", lang))] = None,
    ) -> None:
        from handlingsplan import config
        from handlingsplan.commands import init as command

        try:
            options = command.InitOptions(organisation, file, year, unit, language)
            raise typer.Exit(command.run(options, config.load(lang=lang), lang))
        except HplanError as exc:
            fail(exc)
    # fmt: on
