"""`hplan validate`: every problem in every plan given, then one exit code."""

from __future__ import annotations

import difflib
import gc
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from handlingsplan import i18n, options, yamlio
from handlingsplan.codes import CODES, NAMES
from handlingsplan.commands import EXIT_FINDINGS, EXIT_OK, view
from handlingsplan.config import Config
from handlingsplan.diagnostics import Diagnostic, Severity, make, selected
from handlingsplan.errors import HplanError
from handlingsplan.pipeline import FileResult, validate_path
from handlingsplan.render.diagnostics import FORMATS, Report, Style, render


@dataclass
class ValidateOptions:
    paths: list[str] = field(default_factory=list)
    fmt: str = "text"
    strict: bool = False
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    color: str = "auto"
    quiet: bool = False
    verbose: bool = False
    lang: str | None = None
    only_plans: bool = False
    today: str | None = None  # --today: the day of follow-up (HP6xx)


def _origin(option: str, given: list[str], config: Config) -> str:
    """Where a code list came from, for the message about an unknown code in it."""
    return f"--{option}" if given or config.path is None else f"{config.path}: {option}"


def _codes(values: list[str], option: str, lang: str) -> set[str] | None:
    if not values:
        return None
    chosen, unknown = options.parse_codes(values)
    if unknown:
        message = i18n.t("cli.bad_codes", lang, option=option, code=unknown[0])
        close = difflib.get_close_matches(unknown[0], [*CODES, *NAMES], n=1, cutoff=0.7)
        if close:
            message += " " + i18n.t("cli.did_you_mean", lang, options=close[0])
        raise HplanError(message)
    return chosen


def _skipped_reporter(opts: ValidateOptions, lang: str) -> Callable[[Path], None]:
    """What -v says of a YAML file passed over as not a plan; nothing without -v."""
    if not opts.verbose:
        return lambda path: None
    return lambda path: print(i18n.t("cli.skipped", lang, path=str(path)), file=sys.stderr)


def _targets(
    opts: ValidateOptions, config: Config, lang: str
) -> list[tuple[str, Diagnostic | None]]:
    """(path, None) for each file to check; (folder, HP001) for a folder with no plan."""
    out: list[tuple[str, Diagnostic | None]] = []
    skipped = _skipped_reporter(opts, lang)
    for given in opts.paths or config.plans or ["."]:
        path = Path(given)
        if given != yamlio.STDIN and path.is_dir():
            found = [str(p) for p in options.plan_files(path, skipped)]
            out.extend((p, None) for p in found)
            if not found:
                out.append((given, make("HP001", (), "HP001.no_plans").placed(1, 1, 1, 1)))
        elif (
            opts.only_plans
            and given != yamlio.STDIN
            and path.is_file()
            and not options.is_plan_file(path)
        ):
            skipped(path)
        else:
            out.append((given, None))
    return out


def run(opts: ValidateOptions, config: Config) -> int:
    env_lang = i18n.choose(opts.lang or config.language, None)
    if opts.fmt not in FORMATS:
        raise HplanError(
            i18n.t("cli.bad_format", env_lang, value=opts.fmt, choices=", ".join(FORMATS))
        )
    select = _codes(opts.select or config.select, _origin("select", opts.select, config), env_lang)
    ignore = _codes(opts.ignore or config.ignore, _origin("ignore", opts.ignore, config), env_lang)
    today = view.parse_date(opts.today, "--today", env_lang)
    gc.disable()  # a short-lived process: the cyclic GC only slows loading (shared/notes)
    reports = []
    for path, problem in _targets(opts, config, env_lang):
        if opts.verbose:
            print(i18n.t("cli.checking", env_lang, path=path), file=sys.stderr)
        result = FileResult(path, [problem]) if problem else validate_path(path, today=today)
        lang = i18n.choose(opts.lang or config.language, result.language)
        kept = selected(result.diagnostics, select, ignore)
        reports.append(Report(result.path, kept, result.lines, lang))
    tty = sys.stdout.isatty()
    width = shutil.get_terminal_size().columns if tty else 0
    style = Style(options.use_color(opts.color, tty), opts.quiet, width)
    summary_lang = reports[0].lang if reports and not (opts.lang or config.language) else env_lang
    sys.stdout.write(render(opts.fmt, reports, style, summary_lang))
    failing = (
        {Severity.ERROR, Severity.WARNING} if opts.strict or config.strict else {Severity.ERROR}
    )
    found = any(d.severity in failing for r in reports for d in r.diagnostics)
    return EXIT_FINDINGS if found else EXIT_OK
