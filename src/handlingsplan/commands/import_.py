"""`hplan import FILE.xlsx|FILE.csv -o PLAN`: a spreadsheet back to a plan, in one safe
step: every row error shown with its sheet, row and column and nothing written while
there is one; the made plan validated as `hplan validate` would before it is written,
and written atomically; the input never changed; an existing file never overwritten
without --force (a plan or not: an import makes a new plan, like rollover)."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from handlingsplan import i18n, sheetfindings, sheetimport, sheetplace, sheetread, yamlio
from handlingsplan.commands import EXIT_FINDINGS, EXIT_OK, view
from handlingsplan.commands.import_header import header
from handlingsplan.config import Config
from handlingsplan.errors import HplanError
from handlingsplan.options import check_choice
from handlingsplan.sheetfindings import ERROR, WARNING, Finding
from handlingsplan.sheetread import Sheet

FORMATS = ("text", "json")
SUFFIXES = (".xlsx", ".xlsm", ".csv")


@dataclass
class ImportOptions:
    file: str
    output: str | None
    force: bool = False
    lang: str | None = None
    organisation: str | None = None
    year: str | None = None
    period: str | None = None
    title: str | None = None
    fmt: str = "text"


def run(opts: ImportOptions, config: Config, ui: str = "en") -> int:
    """`ui` is the command line's language, for what is said before the plan's is known."""
    target = _check(opts, ui)
    # --lang is the language of every message (its help says so), these early ones too;
    # the plan's own language is known only once the file is read.
    said = opts.lang or ui
    made = make(opts, sheetread.read(opts.file, said), config, target)
    if sheetfindings.count(made.findings, ERROR):
        _report(opts, made.findings, made.lang, None, "")
        return EXIT_FINDINGS
    if target != yamlio.STDIN:
        _write(target, made.text, opts.force, made.lang)
    elif opts.fmt != "json":  # JSON carries the plan itself: one document on the output
        sys.stdout.write(made.text)
    _report(opts, made.findings, made.lang, made.data, made.text)
    return EXIT_OK


@dataclass
class Made:
    """A plan made from a spreadsheet: its text, and what was found making it."""

    text: str
    data: dict[str, Any]
    findings: list[Finding]
    lang: str


def make(opts: ImportOptions, sheets: Sequence[Sheet], config: Config, target: str) -> Made:
    """The plan's text and every finding, placed and in order; no files (the round-trip
    tests call it with a workbook made in memory)."""
    found = sheetimport.read(sheets, opts.lang)
    lang = i18n.choose(opts.lang, found.lang or config.language)
    data = sheetplace.to_data(found, header(opts, found, lang), lang)
    text = _text(data, opts.file, lang)
    checked = sheetplace.placed(_validate(text, target), found, lang)
    return Made(text, data, sheetfindings.ordered(found.findings + checked, found.titles), lang)


def _check(opts: ImportOptions, ui: str) -> str:
    """The command line, before the file is read: a wrong option is exit 2, an output
    that exists (without --force) or is the input exit 1."""
    from handlingsplan.commands.rollover import refuse_input

    check_choice(opts.lang, ("sv", "en", None), "--lang", ui)  # a wrong --lang: in ui's
    lang = opts.lang or ui
    view.check_format(opts.fmt, FORMATS, lang)
    if not opts.output:
        raise HplanError(i18n.t("import.no_output", lang))
    if not opts.file.lower().endswith(SUFFIXES):
        raise HplanError(i18n.t("import.bad_suffix", lang, path=opts.file))
    refuse_input(opts.output, opts.file, lang, "import.output_is_input")
    view.refuse_existing(opts.output, opts.force, lang, "import.exists")
    return opts.output


def _write(target: str, text: str, force: bool, lang: str) -> None:
    view.refuse_existing(target, force, lang, "import.exists")  # may exist since the check
    view.write(target, text, True, lang)


def _text(data: dict[str, Any], source: str, lang: str) -> str:
    from handlingsplan import writer
    from handlingsplan.commands.rollover import today

    made = i18n.t("import.made_from", lang, path=Path(source).name, date=today().isoformat())
    return writer.dump(data, [made, i18n.t("import.draft_note", lang)])


def _validate(text: str, target: str) -> list[Any]:
    """What `hplan validate` would say of the made plan, read as if it were `target`
    (a catalogue path in it is read from target's folder)."""
    from handlingsplan.pipeline import validate_text

    return list(validate_text(text, "<stdout>" if target == yamlio.STDIN else target).diagnostics)


def _report(opts: ImportOptions, findings: list[Finding], lang: str, data: Any, text: str) -> None:
    """Findings and the outcome: JSON on standard output; text on standard error, and
    the outcome line where the plan is not (standard output when it went to a file)."""
    if opts.fmt == "json":
        doc = _json(opts, findings, lang, data)
        if data is not None and opts.output == yamlio.STDIN:
            doc["plan_text"] = text
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return
    for finding in findings:
        print(sheetfindings.line(finding, opts.file, lang), file=sys.stderr)
    if data is None:
        print(_summary(findings, lang, "import.nothing_written"), file=sys.stderr)
        return
    out = sys.stderr if opts.output == yamlio.STDIN else sys.stdout
    print(_written(opts, data, lang), file=out)


def _summary(findings: list[Finding], lang: str, key: str) -> str:
    errors = sheetfindings.count(findings, ERROR)
    warnings = sheetfindings.count(findings, WARNING)
    from handlingsplan.render.diagnostics import plural  # validate's summary words

    return i18n.t(key, lang, errors=plural("error", errors, lang),
                  warnings=plural("warning", warnings, lang))  # fmt: skip


def _holds(kind: str, n: int, lang: str) -> str:
    """`1 goal`, `2 goals`."""
    key = f"import.count.{kind}"
    return i18n.t(f"{key}.one", lang) if n == 1 else i18n.t(key, lang, n=n)


def _written(opts: ImportOptions, data: dict[str, Any], lang: str) -> str:
    """`Wrote plan.yaml: 5 activities, 2 goals, 1 backlog item.` (what it holds), or
    `Wrote the plan to standard output: ...`."""
    counts = [
        (kind, len(data.get(kind, []))) for kind in ("activities", "goals", "backlog", "gaps")
    ]
    said = ", ".join(_holds(kind, n, lang) for kind, n in counts if n or kind == "activities")
    if opts.output == yamlio.STDIN:  # `Wrote -:` names no file a user can find
        return i18n.t("import.written_stdout", lang, counts=said)
    return i18n.t("import.written", lang, path=str(opts.output), counts=said)


def _json(opts: ImportOptions, findings: list[Finding], lang: str, data: Any) -> dict[str, Any]:
    return {
        "version": 1, "input": opts.file, "output": opts.output, "written": data is not None,
        "findings": [sheetfindings.as_dict(f, lang) for f in findings],
        "summary": {"errors": sheetfindings.count(findings, ERROR),
                    "warnings": sheetfindings.count(findings, WARNING)},
    }  # fmt: skip
