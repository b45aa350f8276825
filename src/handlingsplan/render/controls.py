"""`hplan controls` as text fitted to the terminal, CSV, markdown and JSON.

One line per control under its theme: the id, where it stands (this period, later, not
addressed), the activities and backlog items that name it with their status, and the
gaps on it with their severity. A summary line counts the three; `--missing` keeps the
controls with an open significant or serious gap and no activity this period.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from handlingsplan.coverage import Control, Coverage
from handlingsplan.i18n import has, t
from handlingsplan.render.rollover import wrap

PAD = "  "


@dataclass(frozen=True)
class Spec:
    fmt: str  # text | csv | markdown | json
    lang: str
    width: int = 80
    missing: bool = False
    title: str = ""
    marking: str | None = None
    banner: str | None = None
    delimiter: str | None = None
    color: bool = False  # on a terminal: the state in colour, a missing control in red


def shown(coverage: Coverage, spec: Spec) -> list[Control]:
    return coverage.missing() if spec.missing else coverage.controls


def render(coverage: Coverage, spec: Spec) -> str:
    writer = {"text": text, "csv": as_csv, "markdown": markdown, "json": as_json}[spec.fmt]
    return writer(coverage, spec)


def _work(control: Control, lang: str) -> str:
    parts = []
    for w in control.work:
        where = t("controls.backlog", lang) if w.backlog else t(f"value.{w.status}", lang)
        parts.append(f"{w.id} ({where})")
    return ", ".join(parts)


def _gaps(control: Control, lang: str) -> str:
    parts = []
    for g in control.gaps:
        words = [t(f"value.{g.severity}", lang)]
        if g.status != "open":
            words.append(t(f"controls.gap_{g.status}", lang))
        parts.append(f"{g.id} ({', '.join(words)})")
    return ", ".join(parts)


def _state(control: Control, lang: str) -> str:
    return t(f"controls.state.{control.state}", lang)


def _theme(name: str, lang: str) -> str:
    """Our own theme words, a 2013 clause, or a user's group name as written."""
    key = f"controls.theme.{name}"
    if has(key, lang):
        return t(key, lang)
    return t("controls.clause", lang, clause=name) if name[:2] == "A." else name


_COLOURS = {"period": "32", "later": "33"}


def _paint(control: Control, word: str, color: bool) -> str:
    code = "31" if control.missing else _COLOURS.get(control.state)
    return f"\x1b[{code}m{word}\x1b[0m" if color and code else word


# --- text ---------------------------------------------------------------------------------


def text(coverage: Coverage, spec: Spec) -> str:
    lines = [wrap(x, spec.width, rest="") for x in (spec.marking, spec.banner) if x]
    lines.append(wrap(t("controls.title", spec.lang, title=spec.title, catalog=coverage.catalog),
                      spec.width, rest=PAD))  # fmt: skip
    lines.append(wrap(_summary(coverage, spec.lang), spec.width, rest=PAD))
    controls = shown(coverage, spec)
    if spec.missing and not controls:
        lines += ["", t("controls.none_missing", spec.lang)]
    lines += _groups(controls, spec)
    if coverage.unknown and not spec.missing:
        lines += ["", wrap(t("controls.unknown", spec.lang), spec.width, rest="")]
        lines += [line for c in coverage.unknown for line in _line(c, spec)]
    return "\n".join(lines) + "\n"


def _summary(coverage: Coverage, lang: str) -> str:
    counts = coverage.counts()
    return t("controls.summary", lang, total=len(coverage.controls), period=counts["period"],
             later=counts["later"], none=counts["none"],
             missing=len(coverage.missing()))  # fmt: skip


def _groups(controls: list[Control], spec: Spec) -> Iterator[str]:
    current = None
    for control in controls:
        if control.theme != current:
            current = control.theme
            yield ""
            yield _theme(current, spec.lang)
        yield from _line(control, spec)


def _line(control: Control, spec: Spec) -> Iterator[str]:
    lang = spec.lang
    head = f"{PAD}{control.id:<8} {_paint(control, _state(control, lang), spec.color)}"
    yield head if not control.title else wrap(f"{head} · {control.title}", spec.width,
                                               rest=PAD + " " * 9)  # fmt: skip
    indent = PAD + " " * 9
    for label, value in (("controls.work", _work(control, lang)),
                         ("controls.gaps", _gaps(control, lang))):  # fmt: skip
        if value:
            yield wrap(f"{t(label, lang)}: {value}", spec.width, indent, indent + PAD)


# --- machine formats ------------------------------------------------------------------------


HEADERS = ("theme", "control", "title", "state", "work", "gaps")


def _row(control: Control, lang: str) -> list[str]:
    return [_theme(control.theme, lang), control.id, control.title or "", _state(control, lang),
            _work(control, lang), _gaps(control, lang)]  # fmt: skip


def as_csv(coverage: Coverage, spec: Spec) -> str:
    out = io.StringIO()
    delimiter = spec.delimiter or (";" if spec.lang == "sv" else ",")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([t(f"controls.column.{h}", spec.lang) for h in HEADERS])
    writer.writerows(_row(c, spec.lang) for c in shown(coverage, spec))
    return out.getvalue()


def _cell(value: str) -> str:
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ") or "–"


def markdown(coverage: Coverage, spec: Spec) -> str:
    lines = [f"**{_cell(spec.marking)}**", ""] if spec.marking else []
    lines += [f"## {_cell(t('controls.title', spec.lang, title=spec.title, catalog=coverage.catalog))}",
              "", _summary(coverage, spec.lang), ""]  # fmt: skip
    lines.append("| " + " | ".join(t(f"controls.column.{h}", spec.lang) for h in HEADERS) + " |")
    lines.append("| " + " | ".join("---" for _ in HEADERS) + " |")
    for control in shown(coverage, spec):
        lines.append("| " + " | ".join(_cell(v) for v in _row(control, spec.lang)) + " |")
    return "\n".join(lines) + "\n"


def as_json(coverage: Coverage, spec: Spec) -> str:
    body: dict[str, Any] = {
        "version": 1, "catalog": coverage.catalog, "counts": coverage.counts(),
        "missing": [c.id for c in coverage.missing()],
        "controls": [_data(c) for c in shown(coverage, spec)],
        "unknown": [_data(c) for c in coverage.unknown],
    }  # fmt: skip
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def _data(control: Control) -> dict[str, Any]:
    return {
        "id": control.id, "theme": control.theme, "title": control.title, "state": control.state,
        "missing": control.missing,
        "work": [{"id": w.id, "name": w.name, "status": w.status, "backlog": w.backlog}
                 for w in control.work],
        "gaps": [{"id": g.id, "severity": g.severity, "status": g.status} for g in control.gaps],
    }  # fmt: skip
