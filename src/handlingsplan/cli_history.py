"""The typer declaration of `hplan history` (wired into the app by cli_app.build).

No `from __future__ import annotations`: typer evaluates the annotations."""

from collections.abc import Callable
from typing import Annotated

import typer

from handlingsplan.errors import HplanError
from handlingsplan.i18n import t
from handlingsplan.options import check_choice


def add(app: typer.Typer, lang: str, fail: Callable[[HplanError], None]) -> None:
    # fmt: off
    @app.command(help=t("help.history", lang))
    def history(
        plan: Annotated[str, typer.Argument(help=t("help.history_plan", lang), metavar=t("metavar.plan", lang), show_default=False)],
        slip: Annotated[int, typer.Option("--slip", help=t("help.history_slip", lang), metavar=t("metavar.n", lang))] = 30,
        fmt: Annotated[str, typer.Option("--format", "-f", help=t("help.history_format", lang), metavar=t("metavar.format", lang))] = "text",
        language: Annotated[str | None, typer.Option("--lang", help=t("help.lang", lang), metavar=t("metavar.lang", lang))] = None,
    ) -> None:
        from handlingsplan import config
        from handlingsplan.commands import history as command

        try:
            check_choice(language, ("sv", "en", None), "--lang", lang)
            raise typer.Exit(command.run(plan, fmt, slip, language, config.load(lang=lang)))
        except HplanError as exc:
            fail(exc)
    # fmt: on
