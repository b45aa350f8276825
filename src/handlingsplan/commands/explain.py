"""`hplan explain HP302`: what a code means and how to fix it, from the check's docstring."""

from __future__ import annotations

import inspect

from handlingsplan import i18n
from handlingsplan.codes import CODES, NAMES, STAGE_DOCS
from handlingsplan.errors import HplanError


def documentation(code: str, lang: str) -> str:
    """The code's documentation in `lang`: Swedish from the catalog, English from the
    check's docstring (or STAGE_DOCS for the reading and schema codes)."""
    if lang != "en" and i18n.has(f"explain.{code}", lang):
        return i18n.t(f"explain.{code}", lang)
    if code in STAGE_DOCS:
        return STAGE_DOCS[code]
    from handlingsplan.checks import REGISTRY

    doc = inspect.getdoc(REGISTRY[code]) or ""
    doc = doc.split(":", 1)[1].strip() if doc.startswith(code) else doc
    return doc[:1].upper() + doc[1:]  # "HP302 name: an activity ..." starts a sentence here


def resolve(value: str) -> str | None:
    upper = value.strip().upper()
    if upper in CODES:
        return upper
    return NAMES.get(value.strip())


def listing(lang: str) -> str:
    """One line per code: what `hplan explain` with no code prints."""
    lines = [f"{code}  {info.name:<24} {i18n.t('severity.' + info.severity.label, lang)}"
             for code, info in CODES.items()]  # fmt: skip
    return "\n".join(lines) + "\n"


def everything(lang: str) -> str:
    """Every code's documentation as Markdown (`hplan explain --all`); docs/codes.md is
    this output, so the documentation is built from the docstrings and cannot drift."""
    parts = [f"# {i18n.t('codes.title', lang)}\n\n{i18n.t('codes.intro', lang)}\n"]
    for code, info in CODES.items():
        severity = i18n.t(f"severity.{info.severity.label}", lang)
        parts.append(f"## {code} {info.name} ({severity})\n\n{documentation(code, lang)}\n")
    return "\n".join(parts)


def run(value: str, lang: str) -> str:
    code = resolve(value)
    if code is None:
        known = ", ".join(CODES)
        raise HplanError(
            i18n.t("cli.unknown_code", lang, code=value)
            + "\n"
            + i18n.t("cli.known_codes", lang, codes=known)
        )
    info = CODES[code]
    severity = i18n.t(f"severity.{info.severity.label}", lang)
    return f"{code} {info.name} ({severity})\n\n{documentation(code, lang)}\n"
