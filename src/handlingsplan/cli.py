"""The command line: options -> one core call -> renderer -> exit code.

`main` answers `--version` before typer (and with it click) is imported, so the cheapest
question costs no more than starting Python. Every other call builds the typer app, whose
help texts come from the i18n layer in the language of the environment. Here a wrong
command line is said in the user's language (exit 2) and, as the last resort, any other
exception becomes a one-line report (exit 3: a bug in hplan). HplanError, a usage or
environment failure inside a command, is turned into its message and exit code by
`_fail`, which cli_app's commands call.
"""

from __future__ import annotations

import sys
from typing import Any

from handlingsplan import __version__, i18n
from handlingsplan.commands import EXIT_INTERNAL


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if args in (["--version"], ["-V"]):
        print(f"hplan {__version__}")
        raise SystemExit(0)
    lang = i18n.choose(None, None)
    try:
        app = build_app(lang)
        code = app(args=args, prog_name="hplan", standalone_mode=False)
        raise SystemExit(code if isinstance(code, int) else 0)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    except Exception as exc:
        if _is_click(exc, "UsageError"):
            raise SystemExit(_usage_error(exc, lang, args)) from None
        if _is_click(exc, "Abort"):
            raise SystemExit(130) from None
        # The last resort: a bug must still not end in a traceback dump.
        print(
            i18n.t("cli.internal_error", lang, error=f"{type(exc).__name__}: {exc}"),
            file=sys.stderr,
        )
        raise SystemExit(EXIT_INTERNAL) from None


def _is_click(exc: BaseException, name: str) -> bool:
    """Whether `exc` is click's exception `name`, whichever click typer carries (its own
    copy in typer 0.29, the click package before): matched by class name, not import."""
    return any(cls.__name__ == name for cls in type(exc).__mro__)


COMMANDS = (
    "validate",
    "explain",
    "schema",
    "table",
    "gantt",
    "graph",
    "rollover",
    "status",
    "report",
    "controls",
    "migrate",
    "prioritise",
    "init",
    "adopt",
    "diff",
    "history",
    "export",
    "import",
)


def _usage_error(exc: Any, lang: str, args: list[str]) -> int:
    """A wrong command line, said in the user's language; exit 2."""
    if type(exc).__name__ == "NoArgsIsHelpError":
        exc.show()  # `hplan` alone: the help, as click shows it
        return 2
    ctx = getattr(exc, "ctx", None)
    command = ctx.command_path if ctx is not None else "hplan"
    if command == "hplan" and args and args[0] in COMMANDS:
        command = f"hplan {args[0]}"  # click names the parent for an option's missing value
    print(
        f"{command}: {i18n.t('cli.usage_error', lang)}: {_usage_detail(exc, lang)}", file=sys.stderr
    )
    print(i18n.t("cli.try_help", lang, command=command), file=sys.stderr)
    return 2


def _usage_detail(exc: Any, lang: str) -> str:
    kind = type(exc).__name__
    if kind == "NoSuchOption":
        detail = i18n.t("cli.no_such_option", lang, option=exc.option_name)
        if exc.possibilities:
            detail += " " + i18n.t(
                "cli.did_you_mean", lang, options=", ".join(sorted(exc.possibilities))
            )
        return detail
    if kind == "MissingParameter":
        param = exc.param
        name = (param.metavar or param.name or "").upper() if param is not None else ""
        return i18n.t("cli.missing_parameter", lang, name=name)
    if kind == "BadOptionUsage" and "requires an argument" in str(exc.message):
        return i18n.t("cli.needs_value", lang, option=exc.option_name)
    return str(exc.format_message())


def _fail(exc: Any) -> None:
    print(f"hplan: {exc.message}", file=sys.stderr)
    raise SystemExit(exc.exit_code)


def build_app(lang: str) -> Any:
    from handlingsplan.cli_app import build

    return build(lang, _fail)
