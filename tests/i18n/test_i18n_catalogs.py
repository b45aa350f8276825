"""The two message catalogs stay in step: same keys, same placeholders, all formattable;
every code is documented in both languages; and the language rule picks the right one."""

from __future__ import annotations

import string
from collections.abc import Mapping

import pytest

from handlingsplan import i18n
from handlingsplan.codes import CODES
from handlingsplan.commands.explain import documentation
from handlingsplan.i18n.en import MESSAGES as EN
from handlingsplan.i18n.sv import MESSAGES as SV

EXPLAIN = "explain."


def placeholders(template: str) -> set[str]:
    """The field names of a str.format template (`{{` escapes are not fields)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def dummy(template: str) -> dict[str, str]:
    return {name: f"<{name}>" for name in placeholders(template)}


def test_same_keys_apart_from_explanations() -> None:
    en_keys = set(EN)
    sv_keys = {key for key in SV if not key.startswith(EXPLAIN)}
    assert not any(key.startswith(EXPLAIN) for key in EN), "English docs come from docstrings"
    assert sorted(en_keys - sv_keys) == [], "keys without a Swedish translation"
    assert sorted(sv_keys - en_keys) == [], "Swedish keys that English does not have"


def test_every_code_has_a_swedish_explanation_and_nothing_else() -> None:
    explained = {key.removeprefix(EXPLAIN) for key in SV if key.startswith(EXPLAIN)}
    assert sorted(set(CODES) - explained) == []
    assert sorted(explained - set(CODES)) == []


@pytest.mark.parametrize("key", sorted(EN))
def test_placeholders_match(key: str) -> None:
    if key in SV:
        assert placeholders(SV[key]) == placeholders(EN[key])


@pytest.mark.parametrize(
    ("lang", "key"),
    [("en", key) for key in sorted(EN)] + [("sv", key) for key in sorted(SV)],
)
def test_templates_format(lang: str, key: str) -> None:
    template = (EN if lang == "en" else SV)[key]
    assert template.strip(), "empty message"
    if key.startswith(EXPLAIN):
        # Shown as is by `hplan explain`, never formatted: a brace would be printed raw.
        assert placeholders(template) == set()
        assert "{" not in template and "}" not in template
    else:
        template.format(**dummy(template))


@pytest.mark.parametrize("code", sorted(CODES))
def test_documentation_in_both_languages(code: str) -> None:
    english = documentation(code, "en")
    swedish = documentation(code, "sv")
    assert english.strip()
    assert swedish.strip()
    assert swedish != english
    assert not english.startswith(code), "the code and name are printed by explain itself"


def test_translated_message_is_used() -> None:
    assert i18n.t("count.errors", "sv", n=3) == "3 fel"
    assert i18n.t("subject.backlog", "sv", item="B1") == "backlogg-post B1"
    assert i18n.t("count.errors", "en", n=3) == "3 errors"


NO_ENV: Mapping[str, str] = {}
SWEDISH_ENV: Mapping[str, str] = {"LANG": "sv_SE.UTF-8"}
ENGLISH_ENV: Mapping[str, str] = {"LANG": "en_GB.UTF-8"}


@pytest.mark.parametrize(
    ("cli", "plan", "environ", "expected"),
    [
        # --lang wins over everything
        ("en", "sv", SWEDISH_ENV, "en"),
        ("sv", "en", ENGLISH_ENV, "sv"),
        ("sv", None, NO_ENV, "sv"),
        # then the plan's language
        (None, "sv", ENGLISH_ENV, "sv"),
        (None, "en", SWEDISH_ENV, "en"),
        # then LANG (and friends)
        (None, None, SWEDISH_ENV, "sv"),
        (None, None, {"LANG": "sv"}, "sv"),
        (None, None, {"LC_ALL": "sv_FI.UTF-8", "LANG": "en_US.UTF-8"}, "sv"),
        (None, None, ENGLISH_ENV, "en"),
        # else English; unknown values are skipped
        (None, None, NO_ENV, "en"),
        (None, None, {"LANG": "de_DE.UTF-8"}, "en"),
        (None, None, {"LANG": "C.UTF-8"}, "en"),
        ("fr", None, SWEDISH_ENV, "sv"),
        (None, "fi", SWEDISH_ENV, "sv"),
        ("fr", "fi", {"LANG": "POSIX"}, "en"),
    ],
)
def test_choose(
    cli: str | None, plan: str | None, environ: Mapping[str, str], expected: str
) -> None:
    assert i18n.choose(cli, plan, environ=environ) == expected
