"""`hplan rollover`: next period's plan from this period's unfinished work, in one safe
step: the input is never changed, an existing output never overwritten without --force,
the new plan validated before it is written, and written atomically."""

from __future__ import annotations

import bisect
import datetime as dt
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from handlingsplan import i18n, yamlio
from handlingsplan.commands import EXIT_OK, planfile, view
from handlingsplan.commands.planfile import Source
from handlingsplan.config import Config
from handlingsplan.errors import HplanError
from handlingsplan.options import check_choice
from handlingsplan.planset import series_id
from handlingsplan.schedule import POLICIES, Span

FORMATS = ("text", "json")
_MODELINE = "# yaml-language-server:"


@dataclass
class RolloverOptions:
    plan: str
    output: str | None = None
    period: str | None = None
    dates: str = "shift"
    force: bool = False
    dry_run: bool = False
    fmt: str = "text"
    lang: str | None = None
    update: str | None = None
    color: str = "auto"


def run(opts: RolloverOptions, config: Config) -> int:
    lang = i18n.choose(opts.lang or config.language, None)
    _check(opts, lang)
    period = None if opts.period is None else view.parse_period(opts.period, lang, "rollover")
    source = planfile.read(opts.plan, opts.lang, config, "rollover.refused", opts.color)
    if isinstance(source, int):
        return source
    if opts.update is not None:
        from handlingsplan.commands.rollover_update import run as update

        return update(opts, source, period, config)
    return _rollover(opts, source, period, config)


def _check(opts: RolloverOptions, lang: str) -> None:
    """The command line, before any plan is read: a wrong option is exit 2."""
    view.check_format(opts.fmt, FORMATS, lang)
    check_choice(opts.dates, POLICIES, "--dates", lang)
    check_choice(opts.color, ("auto", "always", "never"), "--color", lang)
    if opts.update is not None and opts.output is not None:
        raise HplanError(i18n.t("rollover.update_or_output", lang))
    if opts.update is not None and opts.period is not None:
        raise HplanError(i18n.t("rollover.update_period", lang))
    if opts.update == yamlio.STDIN:
        raise HplanError(i18n.t("rollover.update_stdin", lang))


def _rollover(opts: RolloverOptions, source: Source, period: Span | None, config: Config) -> int:
    target = opts.output or default_output(source.given, source.result.plan, period)
    refuse_input(target, source.given, source.lang)
    data, report = roll(source, period, opts.dates, source.lang, series_id(source.given))
    _move_paths(data, source, target)
    text = plan_text(data, source, today(), target)
    made = planfile.made_ok(text, _checked_at(target, source), source.lang, "rollover.bug")
    if made is not None:
        return made
    comments = count_comments(source.loaded)
    return _finish(opts, source, target, text, report, comments)


def _finish(
    opts: RolloverOptions, source: Source, target: str, text: str, report: Any, comments: int
) -> int:
    from handlingsplan.render import rollover as render

    lang = source.lang
    to_stdout = opts.dry_run or target == yamlio.STDIN
    if not to_stdout:
        _write(target, text, opts.force, lang)
    if opts.fmt == "json":
        doc = render.as_json(report, source.path, target, comments, opts.dry_run)
        if to_stdout:
            doc["plan_text"] = text
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return EXIT_OK
    width = stream_width(sys.stderr if to_stdout else sys.stdout)
    lines = render.text(report, source.path, target, comments, opts.dry_run, lang, width)
    if to_stdout:
        sys.stdout.write(text)
        sys.stderr.write(lines)
    else:
        sys.stdout.write(lines)
    return EXIT_OK


def roll(
    source: Source, period: Span | None, dates: str, lang: str, plan_id: str | None = None
) -> tuple[dict[str, Any], Any]:
    """rollover.roll, refusing (exit 1) what the rules cannot place: a new period that
    does not come after this one, activities that wait for each other (a cycle whose
    HP202 the plan silenced), dates past the year 9999."""
    from handlingsplan import rollover, schedule

    plan = source.result.plan
    if period is not None and period.start <= plan.header.period.end:
        raise HplanError(i18n.t("rollover.period_not_after", lang), exit_code=1)
    try:
        return rollover.roll(
            source.loaded.data, plan, rollover.Options(period, dates, lang, plan_id)
        )
    except schedule.CycleError as exc:
        raise HplanError(
            i18n.t("rollover.cycle", lang, ids=", ".join(exc.ids)), exit_code=1
        ) from None
    except (OverflowError, ValueError):  # date arithmetic past the year 9999
        raise HplanError(i18n.t("rollover.out_of_range", lang), exit_code=1) from None


def stream_width(stream: Any) -> int:
    """The width of the terminal `stream` writes to, else 80 (a pipe, a file)."""
    try:
        return max(os.get_terminal_size(stream.fileno()).columns, 20) if stream.isatty() else 80
    except (OSError, ValueError, AttributeError):
        return 80


def today() -> dt.date:
    """The date written in the new file: SOURCE_DATE_EPOCH when set (reproducible
    builds' convention, so a file made twice is the same file), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
    return dt.date.today()


def default_output(path: str, plan: Any, period: Span | None) -> str:
    """The input's name with the old period's years replaced by the new one's
    (`handlingsplan-2027.yaml` -> `handlingsplan-2028.yaml`), else `<stem>-next.yaml`;
    in the same folder. From standard input: standard output."""
    if path == yamlio.STDIN:
        return yamlio.STDIN
    from handlingsplan import rollover, schedule

    old = Span(plan.header.period.start, plan.header.period.end)
    new = period or schedule.next_period(old)
    file = Path(path)
    stem = rollover.new_years(file.stem, old, new)
    if stem != file.stem:
        return str(file.with_name(stem + file.suffix))
    return str(file.with_name(file.stem + "-next" + file.suffix))


def refuse_input(
    target: str, source: str, lang: str, key: str = "rollover.output_is_input"
) -> None:
    """Never write over the plan rolled over, whatever --force says."""
    if target == yamlio.STDIN or source == yamlio.STDIN:
        return
    if os.path.abspath(target) == os.path.abspath(source) or _same_file(target, source):
        raise HplanError(i18n.t(key, lang, path=target), exit_code=1)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _folder(path: str) -> Path:
    """Where relative paths in a plan are read from: its folder (the current one for
    standard input)."""
    return Path.cwd() if path == yamlio.STDIN else Path(path).parent


def _move_paths(data: dict[str, Any], source: Source, target: str) -> None:
    """A catalogue or a titles file given as a path is relative to the plan's folder:
    keep it pointing at the same file when the new plan is written to another folder."""
    from handlingsplan import catalog

    header = data["plan"]
    for key in ("catalog", "catalog_titles"):
        name = header.get(key)
        if not isinstance(name, str) or name in catalog.EDITIONS or name == catalog.NONE:
            continue
        if os.path.isabs(os.path.expanduser(name)):
            continue
        where = _folder(source.given) / os.path.expanduser(name)
        header[key] = os.path.relpath(where, _target_folder(target, source.given))


def _target_folder(target: str, source: str) -> Path:
    """The folder the new plan's relative paths are read from: its own; for standard
    output, where it is read from is not known, so the source's (nothing moves)."""
    return _folder(source) if target == yamlio.STDIN else _folder(target)


def _checked_at(target: str, source: Source) -> str:
    """The path the made plan is validated as: its own, or for standard output the
    source's (where a relative catalogue path was kept pointing)."""
    if target != yamlio.STDIN:
        return target
    return source.given if source.given != yamlio.STDIN else "<stdout>"


def plan_text(data: dict[str, Any], source: Source, made_on: dt.date, target: str) -> str:
    """The new file: the schema modeline if the old one had it, then where it was made."""
    from handlingsplan import writer

    lang = source.lang
    made = i18n.t("rollover.made_from", lang, path=Path(source.path).name, date=made_on.isoformat())
    comments = [made, i18n.t("rollover.draft_note", lang)]
    text = writer.dump(data, comments)
    first = (source.loaded.text or "").split("\n", 1)[0].rstrip()
    if not first.startswith(_MODELINE):
        return text
    return _modeline(first, source.given, target) + "\n" + text


def _modeline(line: str, source: str, target: str) -> str:
    """`# yaml-language-server: $schema=../schema/x.json`, its relative path kept
    pointing at the same file from the new plan's folder."""
    match = re.search(r"\$schema=(\S+)", line)
    if match is None or "://" in match[1] or os.path.isabs(match[1]):
        return line
    schema = os.path.relpath(_folder(source) / match[1], _target_folder(target, source))
    return line[: match.start(1)] + Path(schema).as_posix() + line[match.end(1) :]


def _write(target: str, text: str, force: bool, lang: str) -> None:
    """An existing output is never overwritten without --force, plan or not."""
    view.refuse_existing(target, force, lang, "rollover.exists")
    view.write(target, text, True, lang)


def count_comments(loaded: yamlio.Loaded) -> int:
    """Comment lines in the input, which a new file cannot carry: lines with a `#` at
    their start or after a space, outside every scalar (a `#` in a note is text). The
    schema modeline is carried, so it does not count."""
    text = loaded.text or ""
    found = [m.start() for m in re.finditer(r"(?:^|(?<=[ \t]))#", text, re.MULTILINE)]
    if not found:
        return 0  # the common case for a generated plan: no walk over the tree needed
    spans = sorted(_scalar_spans(loaded.root))
    starts = [start for start, _end in spans]
    lines = set()
    for at in found:
        inside = bisect.bisect_right(starts, at) - 1
        if inside >= 0 and spans[inside][0] <= at < spans[inside][1]:
            continue
        lines.add(text.rfind("\n", 0, at))  # the line, named by where it starts
    if text.startswith(_MODELINE):
        lines.discard(-1)  # the first line: no line break before it
    return len(lines)


def _scalar_spans(root: Any) -> list[tuple[int, int]]:
    import yaml

    spans, stack = [], [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.ScalarNode):
            spans.append((node.start_mark.index, node.end_mark.index))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(n for pair in node.value for n in pair)
    return spans
