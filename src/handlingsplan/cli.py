"""The command line: options -> one core call -> renderer -> exit code.

`main` answers `--version` before typer (and with it click) is imported, so the cheapest
question costs no more than starting Python. Every other call builds the typer app, whose
help texts come from the i18n layer in the language of the environment. This is the one
place that catches HplanError (exit 2 unless it says otherwise) and, as the last resort,
any other exception (exit 3: a bug in hplan).
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
        app(args=args, prog_name="hplan", standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    except Exception as exc:  # the last resort: a bug must still not end in a traceback dump
        print(
            i18n.t("cli.internal_error", lang, error=f"{type(exc).__name__}: {exc}"),
            file=sys.stderr,
        )
        raise SystemExit(EXIT_INTERNAL) from None


def _fail(exc: Any) -> None:
    print(f"hplan: {exc.message}", file=sys.stderr)
    raise SystemExit(exc.exit_code)


def build_app(lang: str) -> Any:
    from handlingsplan.cli_app import build

    return build(lang, _fail)
