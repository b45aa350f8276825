"""`hplan explain CODE|NAME`: the code's documentation, exit 0; an unknown code is exit 2."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import ROOT
from handlingsplan.codes import CODES

Hplan = Callable[..., Any]


def test_explain_code(hplan: Hplan) -> None:
    run = hplan("explain", "HP302")
    assert run.code == 0
    assert run.err == ""
    lines = run.out.splitlines()
    assert lines[0] == "HP302 dependency-order (error)"
    assert lines[1] == ""
    assert lines[2].startswith("An activity starts before")
    assert "Finish-to-start" in run.out


@pytest.mark.parametrize("value", ["dependency-order", "hp302", " HP302 "])
def test_explain_by_name_or_spelling(hplan: Hplan, value: str) -> None:
    run = hplan("explain", value)
    assert run.code == 0
    assert run.out == hplan("explain", "HP302").out


@pytest.mark.parametrize("code", list(CODES))
def test_every_code_is_documented(hplan: Hplan, code: str) -> None:
    run = hplan("explain", code)
    assert run.code == 0, run.err
    head, blank, *body = run.out.splitlines()
    assert head == f"{code} {CODES[code].name} ({CODES[code].severity.label})"
    assert blank == ""
    assert body and (body[0][:1].isupper() or body[0].startswith("`")), body
    assert len("\n".join(body)) > 40


def test_explain_info_severity(hplan: Hplan) -> None:
    run = hplan("explain", "draft")
    assert (run.code, run.out.splitlines()[0]) == (0, "HP503 draft (info)")


def test_explain_stage_code(hplan: Hplan) -> None:
    run = hplan("explain", "HP004")
    assert run.code == 0
    assert run.out.startswith("HP004 unsafe-input (error)\n\nThe input is over a safety limit")
    assert "anchors and aliases" in run.out


@pytest.mark.parametrize("value", ["HP999", "no-such-name", "HP"])
def test_explain_unknown_code(hplan: Hplan, value: str) -> None:
    run = hplan("explain", value)
    assert (run.code, run.out) == (2, "")
    first, second = run.err.splitlines()
    assert first == f"hplan: unknown code or name: {value}"
    assert second.startswith("known codes: HP001, HP002")
    assert "HP503" in second


def test_explain_without_code_lists_every_code(hplan: Hplan) -> None:
    run = hplan("explain")
    assert (run.code, run.err) == (0, "")
    lines = run.out.splitlines()
    assert len(lines) == len(CODES)
    assert lines[0].split() == ["HP001", "unreadable-file", "error"]
    assert "HP302  dependency-order" in run.out


def test_explain_all_is_the_shipped_codes_document(hplan: Hplan) -> None:
    """docs/codes.md is `hplan explain --all --lang en`: built from the docstrings."""
    run = hplan("explain", "--all", "--lang", "en")
    assert run.code == 0
    assert run.out == (ROOT / "docs" / "codes.md").read_text(encoding="utf-8")
    assert all(f"## {code} " in run.out for code in CODES)


def test_usage_errors_in_swedish(hplan: Hplan) -> None:
    env = {"LANG": "sv_SE.UTF-8"}
    run = hplan("validate", "--strct", env=env)
    assert (run.code, run.out) == (2, "")
    assert run.err == (
        "hplan validate: fel: okänd flagga: --strct (menade du --select, --strict?)\n"
        "Se 'hplan validate --help' för hjälp.\n"
    )
    run = hplan("explain", "--lang", env=env)
    assert (run.code, run.err.splitlines()[0]) == (
        2,
        "hplan explain: fel: --lang behöver ett värde",
    )
    run = hplan("nosuch", env=env)
    assert (run.code, run.err.splitlines()[0]) == (2, "hplan: fel: okänt kommando 'nosuch'.")


def test_explain_in_swedish(hplan: Hplan) -> None:
    run = hplan("explain", "HP302", "--lang", "sv")
    assert run.code == 0
    assert run.out.startswith("HP302 dependency-order (fel)\n\n")
    assert run.out != hplan("explain", "HP302").out


def test_explain_language_from_environment(hplan: Hplan) -> None:
    run = hplan("explain", "HP302", env={"LANG": "sv_SE.UTF-8"})
    assert run.code == 0
    assert run.out.splitlines()[0] == "HP302 dependency-order (fel)"
    english = hplan("explain", "HP302", "--lang", "en", env={"LANG": "sv_SE.UTF-8"})
    assert english.out.splitlines()[0] == "HP302 dependency-order (error)"


def test_explain_bad_lang(hplan: Hplan) -> None:
    run = hplan("explain", "HP302", "--lang", "fi")
    assert (run.code, run.out) == (2, "")
    assert run.err == "hplan: --lang: unknown value fi; choose one of sv, en\n"
