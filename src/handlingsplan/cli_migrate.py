"""The typer declaration of `hplan migrate` (wired into the app by cli_app.build).

No `from __future__ import annotations` here: typer evaluates the annotations, and
the help texts in them use `lang`, a local of `add`.
"""

from collections.abc import Callable
from typing import Annotated

import typer

from handlingsplan.errors import HplanError
from handlingsplan.i18n import t
from handlingsplan.options import check_choice


def add(app: typer.Typer, lang: str, fail: Callable[[HplanError], None]) -> None:
    # fmt: off
    @app.command(help=t("help.migrate", lang))
    def migrate(
        plan: Annotated[str, typer.Argument(help=t("help.plan", lang), metavar=t("metavar.plan", lang), show_default=False)],
        to: Annotated[str, typer.Option("--to", help=t("help.migrate_to", lang), metavar=t("metavar.migrate_catalog", lang))] = "iso27001-2022",
        output: Annotated[str | None, typer.Option("--output", "-o", help=t("help.migrate_output", lang), metavar=t("metavar.file", lang))] = None,
        in_place: Annotated[bool, typer.Option("--in-place", help=t("help.in_place", lang))] = False,
        force: Annotated[bool, typer.Option("--force", help=t("help.force_migrate", lang))] = False,
        dry_run: Annotated[bool, typer.Option("--dry-run", help=t("help.migrate_dry_run", lang))] = False,
        fmt: Annotated[str, typer.Option("--format", "-f", help=t("help.migrate_format", lang), metavar=t("metavar.format", lang))] = "text",
        color: Annotated[str, typer.Option("--color", help=t("help.color", lang), metavar=t("metavar.when", lang))] = "auto",
        language: Annotated[str | None, typer.Option("--lang", help=t("help.lang", lang), metavar=t("metavar.lang", lang))] = None,
    ) -> None:
        from handlingsplan import config
        from handlingsplan.commands import migrate as command

        try:
            check_choice(language, ("sv", "en", None), "--lang", lang)
            opts = command.MigrateOptions(plan, to, output, in_place, force, dry_run, fmt, language, color)
            raise typer.Exit(command.run(opts, config.load(lang=lang)))
        except HplanError as exc:
            fail(exc)
    # fmt: on
