"""What table, gantt and graph share: loading a plan for a view, refusing one whose
structure is broken, counting the other errors for the banner, and writing the output.

A plan whose structure is broken (HP0xx, HP1xx, HP201, HP202) cannot be drawn: items are
missing or the dependencies have no order. Its diagnostics are printed as `validate`
prints them (on standard error, since standard output is the view) and the command exits
1. Any other error leaves the plan drawable: a CISO must still print the table for a
meeting when one control id is mistyped, so it is drawn under a banner that counts them.
"""

from __future__ import annotations

import datetime as dt
import gc
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from handlingsplan import i18n, options, yamlio
from handlingsplan.commands import EXIT_FINDINGS, EXIT_OK
from handlingsplan.config import Config
from handlingsplan.diagnostics import Diagnostic, Severity, selected
from handlingsplan.errors import HplanError
from handlingsplan.filters import Filters
from handlingsplan.model import Plan
from handlingsplan.pipeline import validate_path
from handlingsplan.schedule import Span
from handlingsplan.types import iso_date


@dataclass
class Loaded:
    path: str
    plan: Plan
    lang: str
    errors: int  # errors that do not stop the view, for the banner


def structural(d: Diagnostic) -> bool:
    return d.code < "HP2" or d.code in ("HP201", "HP202")


def _shown(diagnostics: list[Diagnostic], config: Config) -> list[Diagnostic]:
    """What `hplan validate` would show with this folder's hplan.toml."""
    select = options.parse_codes(config.select)[0] if config.select else None
    ignore = options.parse_codes(config.ignore)[0] if config.ignore else None
    return selected(diagnostics, select, ignore)


def load(common: Common, config: Config) -> Loaded | int:
    """The one plan of a view that takes one (graph)."""
    return load_path(common.plans[0], common, config)


def load_all(common: Common, config: Config) -> tuple[list[Loaded], int]:
    """Every plan given (a folder stands for its plan files), ready to draw, and the exit
    code so far: a plan that cannot be drawn is reported and the others still drawn, so
    one broken file among a hundred does not hide the rest."""
    found: list[Loaded] = []
    code = EXIT_OK
    for path in paths(common.plans, config):
        loaded = load_path(path, common, config)
        if isinstance(loaded, int):
            code = loaded
        else:
            found.append(loaded)
    return found, code


def paths(given: list[str], config: Config) -> list[str]:
    """The files a list of plan arguments names, as validate finds them (planset): a
    folder stands for the plan files in it, a file named twice is read once; a folder
    with none is read, and fails, as a file (HP001)."""
    from handlingsplan import planset

    return [path for path, _ in planset.targets(given, config)]


def load_path(path: str, common: Common, config: Config) -> Loaded | int:
    """The plan ready to draw, or the exit code after printing why it cannot be drawn
    (in colour as --color says for standard error)."""
    gc.disable()  # a short-lived process: the cyclic GC only slows loading (shared/notes)
    result = validate_path(path)
    lang = i18n.choose(common.lang or config.language, result.language)
    broken = [d for d in result.diagnostics if structural(d) and d.severity is Severity.ERROR]
    if broken or result.plan is None or result.plan.header is None:
        from handlingsplan.render.diagnostics import Report, Style, render

        tty = sys.stderr.isatty()
        style = Style(options.use_color(common.color, tty), width=columns() if tty else 0)
        report = Report(result.path, result.diagnostics, result.lines, lang)
        sys.stderr.write(render("text", [report], style, lang))
        print(i18n.t("view.cannot_draw", lang, path=result.path), file=sys.stderr)
        return EXIT_FINDINGS
    errors = sum(d.severity is Severity.ERROR for d in _shown(result.diagnostics, config))
    return Loaded(result.path, result.plan, lang, errors)


def titles(loaded: Loaded, given: str | None) -> dict[str, str]:
    """Control titles for a view: --titles FILE, else the plan's catalog_titles. A
    --titles file that cannot be read is a usage error (exit 2); the plan's own is
    HP102, which validate reports."""
    from handlingsplan.pipeline import resolve_titles

    folder = Path(loaded.path).parent if loaded.path != yamlio.STDIN else Path.cwd()
    found, problem = resolve_titles(loaded.plan, folder, given)
    if problem is not None and given is not None:
        raise HplanError(i18n.t("HP102.catalog_titles", loaded.lang, path=given))
    return found


def one_plan_only(common: Common, formats: tuple[str, ...], count: int, lang: str) -> None:
    """Formats that hold one plan (a CSV sheet, a picture) refuse several (exit 2)."""
    if count > 1 and common.fmt in formats:
        raise HplanError(i18n.t("view.one_plan_format", lang, format=common.fmt))


def columns() -> int:
    return shutil.get_terminal_size().columns


def width(option: int | None, lang: str) -> int:
    """--width, else the terminal's width, else 80 (piped output is read at 80 columns)."""
    if option is not None:
        if option < 20:
            raise HplanError(i18n.t("view.bad_width", lang, value=option))
        return option
    return columns() if sys.stdout.isatty() else 80


def color(common: Common) -> bool:
    """Colour on a terminal (--color, NO_COLOR), never in a file; pictures always."""
    if common.fmt in ("svg", "html"):
        return True
    if common.fmt != "text" or common.output not in (None, yamlio.STDIN):
        return False
    return options.use_color(common.color, sys.stdout.isatty())


def banner(loaded: Loaded) -> str | None:
    """The line above a view of a plan with errors, or None."""
    if not loaded.errors:
        return None
    key = "view.banner_one" if loaded.errors == 1 else "view.banner"
    return i18n.t(key, loaded.lang, count=loaded.errors, path=loaded.path)


def marking(plan: Plan) -> str | None:
    """The plan's classification marking, shown at the top of every view and export."""
    return plan.header.classification if plan.header else None


def emit(text: str, common: Common, loaded: Loaded) -> None:
    """Standard output, or `-o FILE`: a derived file is overwritten like a compiler's
    output, but a plan file never without --force (plan-format.md). The error banner
    also goes to standard error unless the text view on standard output shows it: a
    CISO who pipes CSV or writes a file must still learn that the plan has errors."""
    output, lang = common.output, loaded.lang
    notice = banner(loaded)
    if notice and not (output in (None, yamlio.STDIN) and common.fmt == "text"):
        print(notice, file=sys.stderr)
    if output is None or output == yamlio.STDIN:
        sys.stdout.write(text)
        return
    write(output, text, common.force, lang)


def emit_all(parts: list[tuple[Loaded, str]], common: Common, joined: str | None = None) -> None:
    """Several plans' views as one output: one after another (text, markdown), or a JSON
    array of the one-plan objects; or `joined`, the text of a view of them all. One
    plan is written exactly as `emit` writes it."""
    if len(parts) == 1 and joined is None:
        emit(parts[0][1], common, parts[0][0])
        return
    if not parts:
        return
    shown_here = common.output in (None, yamlio.STDIN) and common.fmt == "text"
    for loaded, _ in parts:
        notice = banner(loaded)
        if notice and not shown_here:
            print(notice, file=sys.stderr)
    if joined is None:
        texts = [text.rstrip("\n") for _, text in parts]
        if common.fmt == "json":
            joined = "[\n" + ",\n".join(texts) + "\n]\n"
        else:
            joined = "\n\n".join(texts) + "\n"
    if common.output is None or common.output == yamlio.STDIN:
        sys.stdout.write(joined)
    else:
        write(common.output, joined, common.force, parts[0][0].lang)


def refuse_existing(target: str, force: bool, lang: str, message: str) -> None:
    """A command that makes a new plan (rollover, migrate -o, import) never writes over
    an existing file, plan or not, without --force: exit 1, said with `message`."""
    if target != yamlio.STDIN and Path(target).exists() and not force:
        raise HplanError(i18n.t(message, lang, path=target), exit_code=EXIT_FINDINGS)


def write(output: str, text: str | bytes, force: bool, lang: str) -> None:
    """Write a derived file atomically; a plan file never without --force."""
    target = Path(output)
    if target.is_file() and options.is_plan_file(target) and not force:
        raise HplanError(i18n.t("cli.would_overwrite_plan", lang, path=output), exit_code=1)
    try:
        yamlio.atomic_write(output, text)
    except OSError as exc:
        raise HplanError(
            i18n.t("cli.cannot_write", lang, path=output, reason=exc.strerror or str(exc))
        ) from None


@dataclass
class Common:
    """The options every view takes."""

    plans: list[str]
    fmt: str = "text"
    output: str | None = None
    force: bool = False
    lang: str | None = None
    color: str = "auto"
    width: int | None = None


@dataclass
class FilterOptions:
    """The filters table and gantt share, as written on the command line."""

    status: list[str]
    responsible: list[str]
    goal: list[str]
    priority: list[str]
    start: str | None = None
    end: str | None = None

    def parse(self, lang: str) -> Filters:
        from handlingsplan import filters

        statuses, bad_status = filters.statuses(self.status)
        priorities, bad_priority = filters.priorities(self.priority)
        for option, bad in (("--status", bad_status), ("--priority", bad_priority)):
            if bad:
                raise HplanError(i18n.t("view.bad_word", lang, option=option, value=bad[0]))
        return filters.Filters(
            statuses=statuses,
            responsible=frozenset(n.casefold() for n in filters.split(self.responsible)),
            goals=frozenset(filters.split(self.goal)),
            priorities=priorities,
            start=parse_date(self.start, "--from", lang),
            end=parse_date(self.end, "--to", lang),
        )


def as_of(value: str | None, lang: str) -> dt.date:
    """The day of follow-up: --today, else today. The one reading that gantt's today
    line, status and report share (validate takes --today without a default)."""
    return parse_date(value, "--today", lang) or dt.date.today()


def parse_date(value: str | None, option: str, lang: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return iso_date(value)
    except ValueError:
        raise HplanError(i18n.t("view.bad_date", lang, option=option, value=value)) from None


def parse_period(
    value: str, lang: str, messages: str, separators: tuple[str, ...] = (":",)
) -> Span:
    """`--period START:END` (rollover), or with the first of `separators` the text holds
    (import takes `..` too); an error says `value` as typed, with `<messages>.bad_period`
    and `<messages>.period_backwards`."""
    separator = next((sep for sep in separators if sep in value), separators[-1])
    start, _sep, end = value.partition(separator)
    try:
        span = Span(iso_date(start), iso_date(end))
    except ValueError:
        raise HplanError(i18n.t(f"{messages}.bad_period", lang, value=value)) from None
    if span.end < span.start:
        raise HplanError(i18n.t(f"{messages}.period_backwards", lang, value=value))
    return span


def check_delimiter(value: str | None, lang: str) -> None:
    """--delimiter of a CSV export: one character that cannot end a row or a quote."""
    if value is not None and (len(value) != 1 or value in '"\r\n'):
        raise HplanError(i18n.t("table.bad_delimiter", lang, value=value))


def check_format(fmt: str, formats: tuple[str, ...], lang: str) -> None:
    if fmt not in formats:
        raise HplanError(i18n.t("cli.bad_format", lang, value=fmt, choices=", ".join(formats)))
