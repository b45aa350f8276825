"""`hplan validate`: every problem in every plan given, then one exit code."""

from __future__ import annotations

import datetime as dt
import difflib
import gc
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from handlingsplan import i18n, options, planset
from handlingsplan.codes import CODES, NAMES
from handlingsplan.commands import EXIT_FINDINGS, EXIT_OK, view
from handlingsplan.config import Config
from handlingsplan.diagnostics import Severity, selected
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


def _check(
    opts: ValidateOptions, config: Config, lang: str, today: dt.date | None
) -> list[FileResult]:
    """Every file given checked alone, then together with the others of its set (and
    the plans of hplan.toml `plans` it may refer to, which are read but not reported)."""
    found = planset.targets(opts.paths, config, opts.only_plans, _skipped_reporter(opts, lang))
    context = planset.context_files(found, config) if opts.paths else []
    results: list[FileResult] = []
    for path, problem in found:
        if opts.verbose:
            print(i18n.t("cli.checking", lang, path=path), file=sys.stderr)
        results.append(FileResult(path, [problem]) if problem else validate_path(path, today=today))
    others = []
    for path in context:
        if opts.verbose:
            print(i18n.t("plans.context", lang, path=path), file=sys.stderr)
        others.append(validate_path(path, semantic=False))
    plans = [r for (_, problem), r in zip(found, results, strict=True) if problem is None]
    planset.check_together([*plans, *others], planset.complete(opts.paths, config))
    return results


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
    for result in _check(opts, config, env_lang, today):
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
