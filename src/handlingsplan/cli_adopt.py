"""The typer declaration of `hplan adopt` (wired into the app by cli_app.build).

No `from __future__ import annotations`: typer evaluates the annotations."""

from collections.abc import Callable
from typing import Annotated

import typer

from handlingsplan.errors import HplanError
from handlingsplan.i18n import t
from handlingsplan.options import check_choice


def add(app: typer.Typer, lang: str, fail: Callable[[HplanError], None]) -> None:
    # fmt: off
    @app.command(help=t("help.adopt", lang))
    def adopt(
        plan: Annotated[str, typer.Argument(help=t("help.adopt_plan", lang), metavar=t("metavar.plan", lang), show_default=False)],
        by: Annotated[str, typer.Option("--by", help=t("help.adopt_by", lang), metavar=t("metavar.adopt_body", lang), show_default=False)],
        date: Annotated[str, typer.Option("--date", help=t("help.adopt_date", lang), metavar=t("metavar.date", lang), show_default=False)],
        reference: Annotated[str | None, typer.Option("--reference", help=t("help.adopt_reference", lang), metavar=t("metavar.adopt_reference", lang))] = None,
        revision: Annotated[bool, typer.Option("--revision", help=t("help.adopt_revision", lang))] = False,
        note: Annotated[str | None, typer.Option("--note", help=t("help.adopt_note", lang), metavar=t("metavar.adopt_text", lang))] = None,
        language: Annotated[str | None, typer.Option("--lang", help=t("help.lang", lang), metavar=t("metavar.lang", lang))] = None,
    ) -> None:
        from handlingsplan import config
        from handlingsplan.commands import adopt as command

        try:
            check_choice(language, ("sv", "en", None), "--lang", lang)
            opts = command.AdoptOptions(plan, by, date, reference, revision, note, language)
            raise typer.Exit(command.run(opts, config.load(lang=lang)))
        except HplanError as exc:
            fail(exc)
    # fmt: on
