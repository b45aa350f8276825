"""hplan.toml: found in the current folder or a parent; unknown or mistyped keys refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from handlingsplan import config
from handlingsplan.config import Config
from handlingsplan.errors import HplanError


def write(folder: Path, text: str) -> Path:
    path = folder / "hplan.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_gives_the_defaults(tmp_path: Path) -> None:
    assert config.load(tmp_path) == Config()


def test_all_settings(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
language = "sv"
select = ["HP2", "dependency-order"]
ignore = "HP401"
strict = true
plans = ["plans", "other/plan.yaml"]
""",
    )
    assert config.load(tmp_path) == Config(
        path=path,
        language="sv",
        select=["HP2", "dependency-order"],
        ignore=["HP401"],
        strict=True,
        plans=[os.path.relpath(tmp_path / "plans"), os.path.relpath(tmp_path / "other/plan.yaml")],
    )


def test_found_in_a_parent_and_plans_are_relative_to_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, 'plans = ["plans"]\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    loaded = config.load()
    assert loaded.path == tmp_path / "hplan.toml"
    # shown relative to where hplan runs, so CI annotations find the file in the repo
    assert loaded.plans == [os.path.join("..", "..", "plans")]


def test_the_nearest_file_wins(tmp_path: Path) -> None:
    write(tmp_path, 'language = "en"\n')
    (tmp_path / "sub").mkdir()
    near = write(tmp_path / "sub", 'language = "sv"\n')
    loaded = config.load(tmp_path / "sub")
    assert (loaded.path, loaded.language) == (near, "sv")


def test_a_folder_named_hplan_toml_is_not_a_config(tmp_path: Path) -> None:
    (tmp_path / "hplan.toml").mkdir()
    assert config.find(tmp_path) is None
    assert config.load(tmp_path) == Config()


def test_default_start_is_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "strict = true\n")
    monkeypatch.chdir(tmp_path)
    assert config.load().strict is True


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "langauge = 'sv'\n",
            "unknown setting langauge (known: ignore, language, plans, select, strict)",
        ),
        ("a = 1\nb = 2\n", "unknown setting a, b"),
        ("language = 'fi'\n", '`language` must be "sv" or "en"'),
        ("strict = 'yes'\n", "`strict` must be true or false"),
        ("select = [1, 2]\n", "`select` must be a list of strings"),
        ("ignore = {a = 1}\n", "`ignore` must be a list of strings"),
        ("plans = 3\n", "`plans` must be a list of strings"),
    ],
)
def test_bad_settings_are_refused(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(HplanError) as raised:
        config.load(tmp_path)
    assert raised.value.message.startswith(f"{path}: ")
    assert message in raised.value.message
    assert raised.value.exit_code == 2


def test_invalid_toml_is_refused_with_the_file_name(tmp_path: Path) -> None:
    path = write(tmp_path, "language = \n")
    with pytest.raises(HplanError) as raised:
        config.load(tmp_path)
    assert raised.value.message.startswith(f"{path}: ")


def test_invalid_utf8_is_refused(tmp_path: Path) -> None:
    (tmp_path / "hplan.toml").write_bytes('language = "sv" # Åtgärd\n'.encode("latin-1"))
    with pytest.raises(HplanError):
        config.load(tmp_path)
