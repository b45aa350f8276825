"""The typer declaration of `hplan export` (wired into the app by cli_app.build).

No `from __future__ import annotations`: typer evaluates the annotations."""

from collections.abc import Callable
from typing import Annotated

import typer

from handlingsplan.errors import HplanError
from handlingsplan.i18n import t
from handlingsplan.options import check_choice


def add(app: typer.Typer, lang: str, fail: Callable[[HplanError], None]) -> None:
    # fmt: off
    @app.command(help=t("help.export", lang))
    def export(
        plan: Annotated[str, typer.Argument(help=t("help.plan", lang), metavar=t("metavar.plan", lang), show_default=False)],
        fmt: Annotated[str, typer.Option("--format", "-f", help=t("help.export_format", lang), metavar=t("metavar.format", lang), show_default=False)],
        output: Annotated[str | None, typer.Option("--output", "-o", help=t("help.output", lang), metavar=t("metavar.file", lang))] = None,
        language: Annotated[str | None, typer.Option("--lang", help=t("help.lang", lang), metavar=t("metavar.lang", lang))] = None,
        force: Annotated[bool, typer.Option("--force", help=t("help.force_export", lang))] = False,
    ) -> None:
        from handlingsplan import config
        from handlingsplan.commands import export as command
        from handlingsplan.commands import view

        try:
            check_choice(language, ("sv", "en", None), "--lang", lang)
            common = view.Common([plan], fmt, output, force, language)
            raise typer.Exit(command.run(command.ExportOptions(common), config.load(lang=lang)))
        except HplanError as exc:
            fail(exc)
    # fmt: on
