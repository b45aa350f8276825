"""A diagnostic's words in one language: the message, its subject prefix and its hint."""

from __future__ import annotations

import re

from handlingsplan.codes import CODES
from handlingsplan.diagnostics import Diagnostic
from handlingsplan.i18n import has, t

# Arguments whose values are words of the format, shown in the reader's language.
_TRANSLATED = ("status", "severity")


_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


def amount(value: float, lang: str) -> str:
    """A whole amount with thousands grouped as the reader writes them: 1,500,000 in
    English, 1 500 000 in Swedish (a comma there would read as a decimal comma)."""
    grouped = f"{value:,.0f}"
    return grouped.replace(",", " ") if lang == "sv" else grouped


def _args(d: Diagnostic, lang: str) -> dict[str, object]:
    args: dict[str, object] = dict(d.args)
    for name in _TRANSLATED:
        value = args.get(name)
        if isinstance(value, str) and has(f"value.{value}", "en"):
            args[name] = t(f"value.{value}", lang)
    for name, value in args.items():
        if isinstance(value, float):
            args[name] = amount(value, lang)
    if isinstance(args.get("changes"), str):
        args["changes"] = changes(str(args["changes"]), lang)
    for name in ("months", "limit"):  # hours written by HP304: 20.4 h -> 20,4 h
        if lang == "sv" and isinstance(args.get(name), str):
            args[name] = _DECIMAL_POINT.sub(",", str(args[name]))
    return args


def changes(value: str, lang: str) -> str:
    """HP504's `kind=ids;kind=ids` (decidedgit.summary) in the reader's words."""
    parts = [part.split("=", 1) for part in value.split(";") if "=" in part]
    return "; ".join(t(f"HP504.change.{kind}", lang, ids=ids) for kind, ids in parts)


def message(d: Diagnostic, lang: str) -> str:
    """ "activity A2: `responsible` is missing", with the subject when there is one."""
    args = _args(d, lang)
    key = d.message_id if has(d.message_id, "en") else d.code
    text = t(key, lang, **args)
    kind, item = args.get("_kind"), args.get("_item")
    if isinstance(kind, str) and item is not None:
        text = f"{t('subject.' + kind, lang, item=item)}: {text}"
    return text


def hint(d: Diagnostic, lang: str) -> str | None:
    for key in (d.hint_id, f"hint.{d.message_id}"):
        if key and has(key, "en"):
            return t(key, lang, **_args(d, lang))
    return None


def name(d: Diagnostic) -> str:
    return CODES[d.code].name


def severity_word(d: Diagnostic, lang: str) -> str:
    return t(f"severity.{d.severity.label}", lang)
