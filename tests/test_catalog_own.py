"""A user's own YAML catalogue (catalog/own.py): its three forms and what is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from handlingsplan import catalog


def load(tmp_path: Path, text: str) -> catalog.Catalog:
    path = tmp_path / "own.yaml"
    path.write_text(text, encoding="utf-8")
    return catalog.from_file(path, "own.yaml")


def test_a_list_with_and_without_titles(tmp_path: Path) -> None:
    c = load(tmp_path, "- K-1\n- {id: K-2, title: Loggning}\n- 8.10\n")
    assert c.order == ("K-1", "K-2", "8.10")  # 8.10 stays as written, not 8.1
    assert c.titles == {"K-2": "Loggning"} and c.groups == {}
    assert "K-2" in c and "A.8.10" in c


def test_ids_with_titles(tmp_path: Path) -> None:
    c = load(tmp_path, "K-1: Policy\nK-2:\n")
    assert (c.order, c.titles) == (("K-1", "K-2"), {"K-1": "Policy"})


def test_groups(tmp_path: Path) -> None:
    c = load(tmp_path, "Styrning: [K-1, {id: K-2, title: T}]\nTeknik:\n  - K-3\n")
    assert c.order == ("K-1", "K-2", "K-3")
    assert c.groups == {"K-1": "Styrning", "K-2": "Styrning", "K-3": "Teknik"}


@pytest.mark.parametrize(
    "text",
    ["just text\n", "- K-1\n- K-1\n", "[]\n", "- [nested]\n", "- true\n", "a: [\n",
     "- &a K-1\n- *a\n"],
)  # fmt: skip
def test_refused(tmp_path: Path, text: str) -> None:
    with pytest.raises(ValueError):
        load(tmp_path, text)


def test_a_plain_id_list_is_still_read_as_lines(tmp_path: Path) -> None:
    path = tmp_path / "ids.txt"
    path.write_text("K-1 # a comment\n\nK-2\n", encoding="utf-8")
    assert catalog.from_file(path).order == ("K-1", "K-2")
