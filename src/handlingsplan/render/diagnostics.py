"""Diagnostics as text, json, github, sarif and gitlab: a closed set, one function each.

Machine formats carry no markup and share one dict per diagnostic (`to_dict`); the text
format is for people, with the source line, a caret under the node and the hint.
"""

from __future__ import annotations

import hashlib
import json
import re
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from handlingsplan import __version__
from handlingsplan.codes import CODES
from handlingsplan.diagnostics import Counts, Diagnostic, Severity, count
from handlingsplan.i18n import t
from handlingsplan.render.messages import hint, message, name, severity_word

FORMATS = ("text", "json", "github", "sarif", "gitlab")


@dataclass
class Report:
    """What a validate run hands to a renderer: one entry per file, in order."""

    path: str
    diagnostics: Sequence[Diagnostic]
    lines: Sequence[str]
    lang: str


@dataclass
class Style:
    color: bool = False
    quiet: bool = False
    width: int = 0  # a terminal's width: hints are wrapped to it; 0 (piped) never wraps

    def paint(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.color else text


_SEVERITY_COLOUR = {Severity.ERROR: "1;31", Severity.WARNING: "1;33", Severity.INFO: "1;34"}


def to_dict(d: Diagnostic, lang: str) -> dict[str, Any]:
    return {
        "code": d.code, "name": name(d), "severity": d.severity.label,
        "line": d.line, "column": d.column, "end_line": d.end_line, "end_column": d.end_column,
        "where": d.where, "message": message(d, lang), "hint": hint(d, lang),
    }  # fmt: skip


def total(reports: Sequence[Report]) -> Counts:
    return count(d for r in reports for d in r.diagnostics)


def render_json(reports: Sequence[Report], style: Style) -> str:
    counts = total(reports)
    files = [{"path": r.path, "diagnostics": [to_dict(d, r.lang) for d in r.diagnostics]}
             for r in reports]  # fmt: skip
    summary = {"errors": counts.errors, "warnings": counts.warnings, "infos": counts.infos}
    return (
        json.dumps({"version": 1, "files": files, "summary": summary}, ensure_ascii=False, indent=1)
        + "\n"
    )


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


_GH_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render_github(reports: Sequence[Report], style: Style) -> str:
    out = []
    for r in reports:
        for d in r.diagnostics:
            props = (f"file={_gh_property(r.path)},line={d.line},col={d.column},"
                     f"endLine={d.end_line},endColumn={d.end_column},"
                     f"title={_gh_property(f'{d.code} {name(d)}')}")  # fmt: skip
            out.append(f"::{_GH_LEVEL[d.severity]} {props}::{_gh_data(message(d, r.lang))}\n")
    return "".join(out)


_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render_sarif(reports: Sequence[Report], style: Style) -> str:
    rules = [{"id": code, "name": info.name, "shortDescription": {"text": info.name},
              "defaultConfiguration": {"level": _SARIF_LEVEL[info.severity]}}
             for code, info in CODES.items()]  # fmt: skip
    results = [
        {"ruleId": d.code, "level": _SARIF_LEVEL[d.severity], "message": {"text": message(d, r.lang)},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": r.path},
                        "region": {"startLine": d.line, "startColumn": d.column,
                                   "endLine": d.end_line, "endColumn": d.end_column}}}]}
        for r in reports for d in r.diagnostics
    ]  # fmt: skip
    run = {"tool": {"driver": {"name": "hplan", "version": __version__, "rules": rules}},
           "results": results}  # fmt: skip
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [run],
    }
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


# Message arguments that move when lines are added above, which a fingerprint must not,
# and figures that change with every edit of a cost (HP501, HP304): the finding is the same.
_UNSTABLE_ARGS = frozenset({"line", "lines", "first", "planned", "limit", "budget", "months"})


def _fingerprint(path: str, d: Diagnostic) -> str:
    """What identifies a finding across runs: not the language, not line numbers and not
    the item's position in its list (the item's id is in the arguments instead)."""
    stable = sorted((k, str(v)) for k, v in d.args if k not in _UNSTABLE_ARGS)
    where = [p for p in d.loc if not isinstance(p, int)]
    return f"{path}:{d.code}:{d.message_id}:{where}:{stable}"


_GITLAB_SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def render_gitlab(reports: Sequence[Report], style: Style) -> str:
    issues = []
    for r in reports:
        for d in r.diagnostics:
            text = message(d, r.lang)
            key = _fingerprint(r.path, d).encode()
            issues.append({"description": f"{d.code} {text}", "check_name": f"{d.code} {name(d)}",
                           "fingerprint": hashlib.sha256(key).hexdigest()[:32],
                           "severity": _GITLAB_SEVERITY[d.severity],
                           "location": {"path": r.path, "lines": {"begin": d.line}}})  # fmt: skip
    return json.dumps(issues, ensure_ascii=False, indent=1) + "\n"


# Control characters (ESC above all) reach a message through a quoted "\e" in the plan or
# a file name; printed raw they would drive the reader's terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")


def _visible(text: str) -> str:
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


_EXCERPT_MAX = 120  # a longer source line is cut to this many characters around the column


def _window(source: str, column: int) -> tuple[str, int]:
    """The line, or about _EXCERPT_MAX characters of it around `column`, marked with …."""
    if len(source) <= _EXCERPT_MAX:
        return source, column
    start = max(0, min(column - 1 - _EXCERPT_MAX // 3, len(source) - _EXCERPT_MAX))
    prefix = "…" if start else ""
    suffix = "…" if start + _EXCERPT_MAX < len(source) else ""
    return prefix + source[start : start + _EXCERPT_MAX] + suffix, column - start + len(prefix)


def _excerpt(d: Diagnostic, lines: Sequence[str], style: Style) -> list[str]:
    if not 0 < d.line <= len(lines) or d.code == "HP001":  # unreadable: no source to show
        return []
    source, column = _window(lines[d.line - 1].expandtabs(1), d.column)
    source = _CONTROL.sub("\ufffd", source)  # one character for one: the caret stays aligned
    width = max(d.end_column - d.column, 1) if d.end_line == d.line else 1
    width = min(width, max(len(source) - column + 1, 1))
    gutter = f"{d.line:>5} | "
    caret = " " * (len(gutter) - 2) + "| " + " " * (column - 1) + "^" * width
    return [style.paint(gutter, "2") + source, style.paint(caret, _SEVERITY_COLOUR[d.severity])]


def text_diagnostic(d: Diagnostic, report: Report, style: Style) -> list[str]:
    head = (f"{style.paint(f'{_visible(report.path)}:{d.line}:{d.column}:', '1')} "
            f"{style.paint(severity_word(d, report.lang), _SEVERITY_COLOUR[d.severity])} "
            f"{style.paint(d.code, '2')} {_visible(message(d, report.lang))}")  # fmt: skip
    if style.quiet:
        return [head]
    out = [head, *_excerpt(d, report.lines, style)]
    tip = hint(d, report.lang)
    if tip:
        out.extend(_hint_lines(_visible(tip), t("hint.label", report.lang), style))
    return out


def _hint_lines(tip: str, label: str, style: Style) -> list[str]:
    """`      = hint: ...`, wrapped under its own first word on a terminal."""
    indent = len(f"      = {label}: ")
    first = f"      = {style.paint(label, '1;36')}: "
    if not style.width or indent + len(tip) <= style.width:
        return [first + tip]
    glued = _DIGIT_SPACE.sub("\ue000", tip)  # never break 1 500 000 across lines
    lines = textwrap.wrap(glued, max(style.width - indent, 30), break_on_hyphens=False)
    lines = [line.replace("\ue000", " ") for line in lines] or [""]
    return [first + lines[0], *(" " * indent + line for line in lines[1:])]


_DIGIT_SPACE = re.compile(r"(?<=\d) (?=\d)")


def plural(kind: str, n: int, lang: str) -> str:
    """`1 warning`, `2 warnings` (kind: error, warning, info, file)."""
    return t(f"count.{kind}", lang) if n == 1 else t(f"count.{kind}s", lang, n=n)


def summary_line(reports: Sequence[Report], lang: str) -> str:
    counts = total(reports)
    files = plural("file", len(reports), lang)
    if not (counts.errors or counts.warnings or counts.infos):
        return t("summary.clean", lang, files=files)
    return t("summary", lang, errors=plural("error", counts.errors, lang),
             warnings=plural("warning", counts.warnings, lang),
             infos=plural("info", counts.infos, lang), files=files)  # fmt: skip


def render_text(reports: Sequence[Report], style: Style, lang: str = "en") -> str:
    out: list[str] = []
    for r in reports:
        for d in r.diagnostics:
            out.extend(text_diagnostic(d, r, style))
    if not style.quiet:
        out.append(summary_line(reports, lang))
    return "\n".join(out) + "\n" if out else ""


RENDERERS: dict[str, Callable[[Sequence[Report], Style], str]] = {
    "json": render_json,
    "github": render_github,
    "sarif": render_sarif,
    "gitlab": render_gitlab,
}


def render(fmt: str, reports: Sequence[Report], style: Style, lang: str) -> str:
    if fmt == "text":
        return render_text(reports, style, lang)
    return RENDERERS[fmt](reports, style)
