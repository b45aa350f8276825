"""The typer app. Imported only when a command runs (typer costs ~90 ms to import).

No `from __future__ import annotations` here: typer evaluates the annotations, and
the help texts in them use `lang`, a local of `build`.
"""

from collections.abc import Callable
from typing import Annotated, Any

import typer

from handlingsplan import __version__
from handlingsplan.errors import HplanError
from handlingsplan.i18n import has, t
from handlingsplan.options import check_choice


def _translate_typer(lang: str) -> None:
    """typer's help headings ("Options", "default: ...") go through gettext's `_` in
    typer.core; route them through our catalogs instead, so `--help` reads Swedish too."""
    import typer.core

    def translate(message: str) -> str:
        key = "typer." + message
        return t(key, lang) if has(key, "en") else message

    typer.core._ = translate  # type: ignore[attr-defined]
    _translate_click(lang)
    _translate_completion(lang)


def _translate_completion(lang: str) -> None:
    """The help of typer's own --install-completion and --show-completion, which typer
    keeps as the defaults of a placeholder function: said in the user's language."""
    try:
        from typer import completion
    except ImportError:  # pragma: no cover - a typer without shell completion
        return
    for function in (completion._install_completion_placeholder_function,
                     completion._install_completion_no_auto_placeholder_function):  # fmt: skip
        for option in function.__defaults__ or ():
            english = getattr(option, "_hplan_english", getattr(option, "help", None))
            if isinstance(english, str) and has("typer." + english, "en"):
                option._hplan_english = english
                option.help = t("typer." + english, lang)


def _translate_click(lang: str) -> None:
    """The two words of click's help that typer 0.29 (which carries its own click) does
    not route through gettext: the "Usage:" prefix and the help option's text. Wrapped
    where they are made; with another typer the help simply stays English."""
    try:
        from typer._click import core, formatting
    except ImportError:  # pragma: no cover - typer before 0.29 uses the click package
        return
    usage, help_text = t("typer.Usage: ", lang), t("typer.Show this message and exit.", lang)
    formatter = formatting.HelpFormatter
    original_usage = getattr(formatter, "_hplan_original", formatter.write_usage)
    original_help = getattr(core.Command, "_hplan_original", core.Command.get_help_option)

    def write_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        original_usage(self, prog, args, usage if prefix is None else prefix)

    def get_help_option(self: Any, ctx: Any) -> Any:
        option = original_help(self, ctx)
        if option is not None:
            option.help = help_text
        return option

    formatter._hplan_original = original_usage  # type: ignore[attr-defined]
    formatter.write_usage = write_usage  # type: ignore[method-assign]
    core.Command._hplan_original = original_help  # type: ignore[attr-defined]
    core.Command.get_help_option = get_help_option  # type: ignore[method-assign]


def build(lang: str, fail: Callable[[HplanError], None]) -> typer.Typer:
    _translate_typer(lang)
    app = typer.Typer(
        name="hplan", help=t("help.app", lang), no_args_is_help=True, add_completion=True,
        rich_markup_mode=None, pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )  # fmt: skip

    def version(value: bool) -> None:
        if value:
            print(f"hplan {__version__}")
            raise typer.Exit(0)

    @app.callback()
    def root(
        _version: Annotated[bool | None, typer.Option("--version", "-V", help=t("help.version", lang),
                                                         callback=version, is_eager=True)] = None,
    ) -> None:  # fmt: skip
        """hplan."""

    @app.command(help=t("help.validate", lang))
    def validate(
        paths: Annotated[list[str] | None, typer.Argument(help=t("help.paths", lang), show_default=False, metavar=t("metavar.paths", lang))] = None,
        fmt: Annotated[str, typer.Option("--format", "-f", help=t("help.format", lang), metavar=t("metavar.format", lang))] = "text",
        strict: Annotated[bool, typer.Option("--strict", help=t("help.strict", lang))] = False,
        select: Annotated[list[str] | None, typer.Option("--select", help=t("help.select", lang), metavar=t("metavar.codes", lang))] = None,
        ignore: Annotated[list[str] | None, typer.Option("--ignore", help=t("help.ignore", lang), metavar=t("metavar.codes", lang))] = None,
        color: Annotated[str, typer.Option("--color", help=t("help.color", lang), metavar=t("metavar.when", lang))] = "auto",
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help=t("help.quiet", lang))] = False,
        verbose: Annotated[bool, typer.Option("--verbose", "-v", help=t("help.verbose", lang))] = False,
        language: Annotated[str | None, typer.Option("--lang", help=t("help.lang", lang), metavar=t("metavar.lang", lang))] = None,
        only_plans: Annotated[bool, typer.Option("--only-plans", help=t("help.only_plans", lang))] = False,
        today: Annotated[str | None, typer.Option("--today", help=t("help.validate_today", lang), metavar=t("metavar.date", lang))] = None,
    ) -> None:  # fmt: skip
        from handlingsplan import config
        from handlingsplan.commands import validate as command

        try:
            check_choice(color, ("auto", "always", "never"), "--color", lang)
            check_choice(language, ("sv", "en", None), "--lang", lang)
            opts = command.ValidateOptions(paths or [], fmt, strict, select or [], ignore or [], color,
                                           quiet, verbose, language, only_plans, today)  # fmt: skip
            raise typer.Exit(command.run(opts, config.load(lang=lang)))
        except HplanError as exc:
            fail(exc)

    @app.command(help=t("help.explain", lang))
    def explain(
        code: Annotated[str | None, typer.Argument(help=t("help.code", lang), metavar=t("metavar.code", lang))] = None,
        every: Annotated[bool, typer.Option("--all", help=t("help.explain_all", lang))] = False,
        language: Annotated[str | None, typer.Option("--lang", help=t("help.lang_explain", lang), metavar=t("metavar.lang", lang))] = None,
    ) -> None:  # fmt: skip
        from handlingsplan.commands import explain as command

        try:
            check_choice(language, ("sv", "en", None), "--lang", lang)
            chosen = language or lang
            if every:
                print(command.everything(chosen), end="")
            elif code is None:
                print(command.listing(chosen), end="")
            else:
                print(command.run(code, chosen), end="")
        except HplanError as exc:
            fail(exc)

    @app.command(help=t("help.schema", lang))
    def schema(
        force: Annotated[bool, typer.Option("--force", help=t("help.force", lang))] = False,
        output: Annotated[str | None, typer.Option("--output", "-o", help=t("help.output", lang), metavar=t("metavar.file", lang))] = None,
    ) -> None:  # fmt: skip
        from handlingsplan.commands import schema as command

        try:
            raise typer.Exit(command.run(output, force, lang))
        except HplanError as exc:
            fail(exc)

    _add_views(app, lang, fail)
    _add_rollover(app, lang, fail)
    from handlingsplan import (
        cli_adopt,
        cli_controls,
        cli_diff,
        cli_export,
        cli_history,
        cli_import,
        cli_init,
        cli_migrate,
        cli_prioritise,
    )

    for family in (cli_controls, cli_migrate, cli_prioritise, cli_init, cli_adopt, cli_diff,
                   cli_export, cli_history, cli_import):  # fmt: skip
        family.add(app, lang, fail)
    _examples(app, lang)
    return app


def _examples(app: typer.Typer, lang: str) -> None:
    """Every command's --help ends with real examples (`examples.<command>`), kept as
    written: click rewraps a paragraph unless its first line is a lone backspace."""
    for info in app.registered_commands:
        name = info.name or (info.callback.__name__ if info.callback else "")
        key = f"examples.{name}"
        if has(key, "en"):
            lines = t(key, lang).splitlines()
            info.epilog = "\b\n" + "\n".join([t("examples.heading", lang), *lines])


def _add_rollover(app: typer.Typer, lang: str, fail: Callable[[HplanError], None]) -> None:
    # fmt: off
    @app.command(help=t("help.rollover", lang))
    def rollover(
        plan: Annotated[str, typer.Argument(help=t("help.plan", lang), metavar=t("metavar.plan", lang), show_default=False)],
        output: Annotated[str | None, typer.Option("--output", "-o", help=t("help.rollover_output", lang), metavar=t("metavar.file", lang))] = None,
        period: Annotated[str | None, typer.Option("--period", help=t("help.period", lang), metavar=t("metavar.period", lang))] = None,
        dates: Annotated[str, typer.Option("--dates", help=t("help.dates", lang), metavar=t("metavar.dates", lang))] = "shift",
        update: Annotated[str | None, typer.Option("--update", help=t("help.update", lang), metavar=t("metavar.file", lang))] = None,
        force: Annotated[bool, typer.Option("--force", help=t("help.force_rollover", lang))] = False,
        dry_run: Annotated[bool, typer.Option("--dry-run", help=t("help.dry_run", lang))] = False,
        fmt: Annotated[str, typer.Option("--format", "-f", help=t("help.rollover_format", lang), metavar=t("metavar.format", lang))] = "text",
        color: Annotated[str, typer.Option("--color", help=t("help.color", lang), metavar=t("metavar.when", lang))] = "auto",
        language: Annotated[str | None, typer.Option("--lang", help=t("help.lang", lang), metavar=t("metavar.lang", lang))] = None,
    ) -> None:
        from handlingsplan import config
        from handlingsplan.commands import rollover as command

        try:
            check_choice(language, ("sv", "en", None), "--lang", lang)
            opts = command.RolloverOptions(plan, output, period, dates, force, dry_run, fmt, language, update, color)
            raise typer.Exit(command.run(opts, config.load(lang=lang)))
        except HplanError as exc:
            fail(exc)
    # fmt: on


def _add_views(app: typer.Typer, lang: str, fail: Callable[[HplanError], None]) -> None:
    """table, gantt and graph: one set of option declarations, shared."""
    # fmt: off
    Plan = Annotated[str, typer.Argument(help=t("help.plan", lang), metavar=t("metavar.plan", lang), show_default=False)]
    Plans = Annotated[list[str], typer.Argument(help=t("help.plans", lang), metavar=t("metavar.plans", lang), show_default=False)]
    Output = Annotated[str | None, typer.Option("--output", "-o", help=t("help.output", lang), metavar=t("metavar.file", lang))]
    Force = Annotated[bool, typer.Option("--force", help=t("help.force_view", lang))]
    Lang = Annotated[str | None, typer.Option("--lang", help=t("help.lang", lang), metavar=t("metavar.lang", lang))]
    Color = Annotated[str, typer.Option("--color", help=t("help.color", lang), metavar=t("metavar.when", lang))]
    Width = Annotated[int | None, typer.Option("--width", help=t("help.width", lang), metavar=t("metavar.n", lang))]
    Status = Annotated[list[str] | None, typer.Option("--status", help=t("help.filter_status", lang), metavar=t("metavar.status", lang))]
    Responsible = Annotated[list[str] | None, typer.Option("--responsible", help=t("help.filter_responsible", lang), metavar=t("metavar.name", lang))]
    Goal = Annotated[list[str] | None, typer.Option("--goal", help=t("help.filter_goal", lang), metavar=t("metavar.goal", lang))]
    Priority = Annotated[list[str] | None, typer.Option("--priority", help=t("help.filter_priority", lang), metavar=t("metavar.priority", lang))]
    From = Annotated[str | None, typer.Option("--from", help=t("help.filter_from", lang), metavar=t("metavar.date", lang))]
    To = Annotated[str | None, typer.Option("--to", help=t("help.filter_to", lang), metavar=t("metavar.date", lang))]

    def common(plans: str | list[str], fmt: str, output: str | None, force: bool, language: str | None, color: str, width: int | None) -> Any:
        from handlingsplan.commands import view

        check_choice(color, ("auto", "always", "never"), "--color", lang)
        check_choice(language, ("sv", "en", None), "--lang", lang)
        return view.Common([plans] if isinstance(plans, str) else plans, fmt, output, force, language, color, width)

    def filters(status: Any, responsible: Any, goal: Any, priority: Any, start: Any, end: Any) -> Any:
        from handlingsplan.commands import view

        return view.FilterOptions(status or [], responsible or [], goal or [], priority or [], start, end)

    @app.command(help=t("help.table", lang))
    def table(
        plan: Plans,
        fmt: Annotated[str, typer.Option("--format", "-f", help=t("help.table_format", lang), metavar=t("metavar.format", lang))] = "text",
        sort: Annotated[str, typer.Option("--sort", help=t("help.sort", lang), metavar=t("metavar.sort", lang))] = "priority",
        backlog: Annotated[bool, typer.Option("--backlog", help=t("help.backlog", lang))] = False,
        goals: Annotated[bool, typer.Option("--goals", help=t("help.goals", lang))] = False,
        delimiter: Annotated[str | None, typer.Option("--delimiter", help=t("help.delimiter", lang), metavar=t("metavar.char", lang))] = None,
        titles: Annotated[str | None, typer.Option("--titles", help=t("help.titles", lang), metavar=t("metavar.file", lang))] = None,
        status: Status = None, responsible: Responsible = None, goal: Goal = None, priority: Priority = None,
        start: From = None, end: To = None,
        width: Width = None, color: Color = "auto", language: Lang = None, output: Output = None, force: Force = False,
    ) -> None:
        from handlingsplan import config
        from handlingsplan.commands import table as command

        try:
            opts = command.TableOptions(common(plan, fmt, output, force, language, color, width),
                                        filters(status, responsible, goal, priority, start, end),
                                        sort, backlog, goals, delimiter, titles)
            raise typer.Exit(command.run(opts, config.load(lang=lang)))
        except HplanError as exc:
            fail(exc)

    @app.command(help=t("help.gantt", lang))
    def gantt(
        plan: Plans,
        fmt: Annotated[str, typer.Option("--format", "-f", help=t("help.gantt_format", lang), metavar=t("metavar.format", lang))] = "text",
        scale: Annotated[str, typer.Option("--scale", help=t("help.scale", lang), metavar=t("metavar.scale", lang))] = "auto",
        color_by: Annotated[str, typer.Option("--color-by", help=t("help.color_by", lang), metavar=t("metavar.color_by", lang))] = "priority",
        group_by: Annotated[str, typer.Option("--group-by", help=t("help.group_by", lang), metavar=t("metavar.group_by", lang))] = "none",
        today: Annotated[str | None, typer.Option("--today", help=t("help.today", lang), metavar=t("metavar.date", lang))] = None,
        status: Status = None, responsible: Responsible = None, goal: Goal = None, priority: Priority = None,
        start: From = None, end: To = None,
        width: Width = None, color: Color = "auto", language: Lang = None, output: Output = None, force: Force = False,
    ) -> None:
        from handlingsplan import config
        from handlingsplan.commands import gantt as command

        try:
            opts = command.GanttOptions(common(plan, fmt, output, force, language, color, width),
                                        filters(status, responsible, goal, priority, start, end),
                                        scale, color_by, group_by, today)
            raise typer.Exit(command.run(opts, config.load(lang=lang)))
        except HplanError as exc:
            fail(exc)

    @app.command(help=t("help.graph", lang))
    def graph(
        plan: Plan,
        fmt: Annotated[str, typer.Option("--format", "-f", help=t("help.graph_format", lang), metavar=t("metavar.format", lang))] = "text",
        width: Width = None, color: Color = "auto", language: Lang = None, output: Output = None, force: Force = False,
    ) -> None:
        from handlingsplan import config
        from handlingsplan.commands import graph as command

        try:
            opts = common(plan, fmt, output, force, language, color, width)
            raise typer.Exit(command.run(opts, config.load(lang=lang)))
        except HplanError as exc:
            fail(exc)

    Today = Annotated[str | None, typer.Option("--today", help=t("help.status_today", lang), metavar=t("metavar.date", lang))]
    Tolerance = Annotated[float, typer.Option("--tolerance", help=t("help.tolerance", lang), metavar=t("metavar.points", lang))]

    @app.command(help=t("help.status", lang))
    def status(
        plans: Plans,
        fmt: Annotated[str, typer.Option("--format", "-f", help=t("help.status_format", lang), metavar=t("metavar.format", lang))] = "text",
        today: Today = None, tolerance: Tolerance = 15.0,
        horizon: Annotated[int, typer.Option("--horizon", help=t("help.horizon", lang), metavar=t("metavar.days", lang))] = 30,
        status: Status = None, responsible: Responsible = None, goal: Goal = None, priority: Priority = None,
        start: From = None, end: To = None,
        width: Width = None, color: Color = "auto", language: Lang = None, output: Output = None, force: Force = False,
    ) -> None:
        from handlingsplan import config
        from handlingsplan.commands import status as command

        try:
            opts = command.StatusOptions(common(plans, fmt, output, force, language, color, width),
                                         filters(status, responsible, goal, priority, start, end),
                                         today, tolerance, horizon)
            raise typer.Exit(command.run(opts, config.load(lang=lang)))
        except HplanError as exc:
            fail(exc)

    @app.command(help=t("help.report", lang))
    def report(
        plans: Plans,
        fmt: Annotated[str, typer.Option("--format", "-f", help=t("help.report_format", lang), metavar=t("metavar.format", lang))] = "markdown",
        today: Today = None, tolerance: Tolerance = 15.0,
        language: Lang = None, output: Output = None, force: Force = False,
    ) -> None:
        from handlingsplan import config
        from handlingsplan.commands import report as command

        try:
            opts = command.ReportOptions(common(plans, fmt, output, force, language, "never", None),
                                         today, tolerance)
            raise typer.Exit(command.run(opts, config.load(lang=lang)))
        except HplanError as exc:
            fail(exc)
    # fmt: on
