"""The one i18n layer: every word hplan shows a user comes from here, in Swedish or English.

Catalogs are plain dicts (en.py, sv.py) of message id -> str.format template. A missing
Swedish entry falls back to English rather than failing, and a test keeps the two
catalogs' keys identical so that the fallback never happens in a release.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

LANGUAGES = ("sv", "en")
DEFAULT = "en"


def catalog(lang: str) -> Mapping[str, str]:
    # Imported on demand: a run in one language never loads the other catalog.
    if lang == "sv":
        from handlingsplan.i18n.sv import MESSAGES as SV

        sv: Mapping[str, str] = SV
        return sv
    from handlingsplan.i18n.en import MESSAGES as EN

    en: Mapping[str, str] = EN
    return en


def t(key: str, lang: str = DEFAULT, /, **kwargs: Any) -> str:
    """The message `key` in `lang`, formatted with `kwargs`."""
    template = catalog(lang).get(key)
    if template is None:
        template = catalog(DEFAULT).get(key, key)
    try:
        return template.format(**kwargs)  # always: `{{` in a template is a literal brace
    except (KeyError, IndexError, ValueError):
        # A wrong placeholder is a bug, but a message must still reach the user.
        return template


def has(key: str, lang: str) -> bool:
    return key in catalog(lang)


def language_from_env(environ: Mapping[str, str] | None = None) -> str | None:
    """sv or en from LC_ALL / LC_MESSAGES / LANG (`sv_SE.UTF-8` -> sv), else None."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            code = value.split("_")[0].split(".")[0].lower()
            return code if code in LANGUAGES else None
    return None


def choose(cli: str | None, plan: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The language rule: --lang, else the plan's `language`, else LANG, else English."""
    for candidate in (cli, plan, language_from_env(environ)):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT
