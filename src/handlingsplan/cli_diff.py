"""The typer declaration of `hplan diff` (wired into the app by cli_app.build).

No `from __future__ import annotations`: typer evaluates the annotations."""

from collections.abc import Callable
from typing import Annotated

import typer

from handlingsplan.errors import HplanError
from handlingsplan.i18n import t
from handlingsplan.options import check_choice


def add(app: typer.Typer, lang: str, fail: Callable[[HplanError], None]) -> None:
    # fmt: off
    @app.command(help=t("help.diff", lang))
    def diff(
        old: Annotated[str, typer.Argument(help=t("help.diff_old", lang), metavar=t("metavar.old", lang), show_default=False)],
        new: Annotated[str, typer.Argument(help=t("help.diff_new", lang), metavar=t("metavar.new", lang), show_default=False)],
        fmt: Annotated[str, typer.Option("--format", "-f", help=t("help.diff_format", lang), metavar=t("metavar.format", lang))] = "text",
        width: Annotated[int | None, typer.Option("--width", help=t("help.width", lang), metavar=t("metavar.n", lang))] = None,
        language: Annotated[str | None, typer.Option("--lang", help=t("help.lang", lang), metavar=t("metavar.lang", lang))] = None,
        output: Annotated[str | None, typer.Option("--output", "-o", help=t("help.output", lang), metavar=t("metavar.file", lang))] = None,
        force: Annotated[bool, typer.Option("--force", help=t("help.force_view", lang))] = False,
    ) -> None:
        from handlingsplan import config
        from handlingsplan.commands import diff as command
        from handlingsplan.commands import view

        try:
            check_choice(language, ("sv", "en", None), "--lang", lang)
            common = view.Common([old, new], fmt, output, force, language, "never", width)
            raise typer.Exit(command.run(common, config.load(lang=lang)))
        except HplanError as exc:
            fail(exc)
    # fmt: on
