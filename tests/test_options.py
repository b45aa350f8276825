"""options: code selection, the colour rule and finding plan files in a folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from handlingsplan.codes import CODES
from handlingsplan.options import is_plan_file, parse_codes, plan_files, use_color


@pytest.mark.parametrize(
    ("values", "chosen"),
    [
        (["HP302"], {"HP302"}),
        (["hp302"], {"HP302"}),
        (["dependency-order"], {"HP302"}),
        (["HP30"], {"HP301", "HP302", "HP303", "HP304"}),
        (["HP3"], {"HP301", "HP302", "HP303", "HP304"}),
        (["HP302, HP401", "draft"], {"HP302", "HP401", "HP503"}),
        (["HP302,,"], {"HP302"}),
        ([" HP5 "], {"HP501", "HP502", "HP503", "HP504"}),
    ],
)
def test_parse_codes(values: list[str], chosen: set[str]) -> None:
    assert parse_codes(values) == (chosen, [])


def test_hp_alone_selects_everything() -> None:
    assert parse_codes(["HP"]) == (set(CODES), [])


def test_every_name_parses_to_its_code() -> None:
    for code, info in CODES.items():
        assert parse_codes([info.name]) == ({code}, [])


@pytest.mark.parametrize(
    ("values", "unknown"),
    [
        (["HP999"], ["HP999"]),
        (["HP7"], ["HP7"]),
        (["Dependency-Order"], ["Dependency-Order"]),
        (["302"], ["302"]),
        (["HP302,bogus,HP1000"], ["bogus", "HP1000"]),
    ],
)
def test_parse_codes_unknown(values: list[str], unknown: list[str]) -> None:
    assert parse_codes(values)[1] == unknown


def test_parse_codes_empty() -> None:
    assert parse_codes([]) == (set(), [])
    assert parse_codes([""]) == (set(), [])


@pytest.mark.parametrize(
    ("choice", "tty", "env", "expected"),
    [
        ("auto", True, {}, True),
        ("auto", False, {}, False),
        ("auto", True, {"NO_COLOR": "1"}, False),
        ("auto", True, {"NO_COLOR": ""}, True),
        ("auto", False, {"FORCE_COLOR": "1"}, True),
        ("auto", False, {"FORCE_COLOR": ""}, False),
        ("auto", False, {"FORCE_COLOR": "1", "NO_COLOR": "x"}, False),
        ("always", False, {"NO_COLOR": "1"}, True),
        ("never", True, {"FORCE_COLOR": "1"}, False),
    ],
)
def test_use_color(choice: str, tty: bool, env: dict[str, str], expected: bool) -> None:
    assert use_color(choice, tty, env) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hplan: 1\n", True),
        ("# a comment\n\nhplan: 1\nplan: {}\n", True),
        ("hplan : 1\n", True),
        ("\ufeffhplan: 1\n", True),  # Windows editors write a BOM
        ('"hplan": 1\n', True),
        ("'hplan' : 1\n", True),
        ("\"hplan': 1\n", False),
        ("tool:\n  hplan: 1\n", False),
        ("hplans: 1\n", False),
        ("name: CI\n", False),
        ("", False),
    ],
)
def test_is_plan_file(tmp_path: Path, text: str, expected: bool) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    assert is_plan_file(path) is expected


def test_is_plan_file_missing_or_folder(tmp_path: Path) -> None:
    assert is_plan_file(tmp_path / "nope.yaml") is False
    assert is_plan_file(tmp_path) is False


def test_plan_files_sorted_recursive_skipping_tool_and_hidden_folders(tmp_path: Path) -> None:
    for name in ("b.yaml", "a.yml", "sub/c.yaml", ".git/d.yaml", ".venv/e.yaml",
                 "node_modules/f.yaml", ".hidden/g.yaml", "venv/h.yaml", "sub/deeper/i.yaml"):  # fmt: skip
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("hplan: 1\n")
    (tmp_path / "ci.yaml").write_text("on: push\n")
    (tmp_path / "plan.txt").write_text("hplan: 1\n")
    found = [p.relative_to(tmp_path).as_posix() for p in plan_files(tmp_path)]
    assert found == ["a.yml", "b.yaml", "sub/c.yaml", "sub/deeper/i.yaml"]
