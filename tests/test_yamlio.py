"""yamlio: YAML 1.2 scalars, refusals (HP001-HP005) as diagnostics, and the atomic write."""

from __future__ import annotations

import math
import os
import stat
from pathlib import Path
from typing import Any

import pytest
import yaml

from handlingsplan import yamlio
from handlingsplan.diagnostics import Diagnostic
from handlingsplan.yamlio import YFloat, YInt


def data_of(text: str) -> Any:
    """The converted value of `text`, which must load without any diagnostic."""
    root = yamlio.compose(text)
    assert not isinstance(root, Diagnostic), root
    data, problems = yamlio.to_python(root)
    assert problems == []
    return data


def load_text(tmp_path: Path, text: str | bytes, name: str = "plan.yaml") -> yamlio.Loaded:
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return yamlio.load(str(path))


def only(loaded: yamlio.Loaded) -> Diagnostic:
    assert len(loaded.diagnostics) == 1, loaded.diagnostics
    return loaded.diagnostics[0]


def en(d: Diagnostic) -> str:
    from handlingsplan.render.messages import message

    return message(d, "en")


# --- YAML 1.2 core scalars -------------------------------------------------------------


@pytest.mark.parametrize("word", ["yes", "no", "on", "off", "Yes", "NO", "On", "OFF", "y", "n"])
def test_yaml11_booleans_are_text(word: str) -> None:
    value = data_of(f"v: {word}")["v"]
    assert value == word
    assert type(value) is str


def test_yaml11_boolean_words_as_keys_stay_text() -> None:
    assert data_of("on: 1\nno: 2") == {"on": 1, "no": 2}


@pytest.mark.parametrize(("text", "expected"), [("true", True), ("False", False), ("TRUE", True)])
def test_core_booleans(text: str, expected: bool) -> None:
    assert data_of(f"v: {text}")["v"] is expected


def test_leading_zero_is_decimal_and_keeps_its_text() -> None:
    value = data_of("v: 0123")["v"]
    assert isinstance(value, YInt)
    assert value == 123
    assert value.raw == "0123"


def test_other_integers_keep_their_text() -> None:
    data = data_of("a: 012\nb: -5\nc: 0o17\nd: 0x1F\ne: +7")
    assert (data["a"], data["a"].raw) == (12, "012")
    assert data["b"] == -5
    assert (data["c"], data["c"].raw) == (15, "0o17")
    assert (data["d"], data["d"].raw) == (31, "0x1F")
    assert (data["e"], data["e"].raw) == (7, "+7")


def test_no_base60() -> None:
    value = data_of("v: 1:30")["v"]
    assert value == "1:30"
    assert type(value) is str


def test_float_keeps_its_text() -> None:
    value = data_of("controls: [8.10, 5.1]")["controls"]
    assert isinstance(value[0], YFloat)
    assert value[0] == pytest.approx(8.1)
    assert value[0].raw == "8.10"
    assert value[1].raw == "5.1"


def test_exponent_float() -> None:
    value = data_of("v: 1e3")["v"]
    assert isinstance(value, YFloat)
    assert (value, value.raw) == (1000.0, "1e3")


@pytest.mark.parametrize("text", ["v: ~", "v: null", "v: Null", "v: NULL", "v:", "v: "])
def test_nulls(text: str) -> None:
    assert data_of(text) == {"v": None}


@pytest.mark.parametrize("text", ['"0123"', "'8.10'", '"1"', '"true"', '"~"', '"yes"'])
def test_quoted_scalars_are_text(text: str) -> None:
    value = data_of(f"v: {text}")["v"]
    assert type(value) is str
    assert value == text[1:-1]


def test_block_scalar_is_text() -> None:
    assert data_of("v: |\n  123\n")["v"] == "123\n"


def test_infinity_and_nan() -> None:
    data = data_of("a: .inf\nb: -.Inf\nc: +.INF\nd: .nan")
    assert data["a"] == math.inf and data["a"].raw == ".inf"
    assert data["b"] == -math.inf
    assert data["c"] == math.inf
    assert math.isnan(data["d"])


def test_dates_and_odd_numbers_stay_text() -> None:
    data = data_of("a: 2027-02-30\nb: 2027-01-01\nc: 1.2.3\nd: -x\ne: 1 500 000")
    assert data == {"a": "2027-02-30", "b": "2027-01-01", "c": "1.2.3", "d": "-x", "e": "1 500 000"}
    assert all(type(v) is str for v in data.values())


def test_keys_are_text_as_written() -> None:
    assert list(data_of("1: a\n8.10: b\n012: c")) == ["1", "8.10", "012"]


# --- HP003 duplicate keys ----------------------------------------------------------------


def test_duplicate_key_points_at_the_later_key_and_names_the_earlier_line(tmp_path: Path) -> None:
    loaded = load_text(tmp_path, "hplan: 1\nplan:\n  title: a\n  owner: x\n  title: b\n")
    d = only(loaded)
    assert d.code == "HP003"
    assert (d.line, d.column, d.end_line, d.end_column) == (5, 3, 5, 8)
    assert d.where == "plan.title"
    assert en(d) == "`title` appears twice in this mapping (first at line 3)"
    assert loaded.data["plan"]["title"] == "a"  # the first value is kept


def test_duplicate_keys_in_a_flow_mapping_and_at_top_level(tmp_path: Path) -> None:
    loaded = load_text(tmp_path, "hplan: 1\nx: {a: 1, a: 2}\nhplan: 1\n")
    found = sorted((d.code, d.line, d.column) for d in loaded.diagnostics)
    assert found == [("HP003", 2, 11), ("HP003", 3, 1)]


def test_the_same_key_in_different_mappings_is_fine() -> None:
    assert data_of("a: {id: 1}\nb: {id: 2}") == {"a": {"id": 1}, "b": {"id": 2}}


# --- HP004 anchors, aliases, merge keys and tags ------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("hplan: 1\na: &x 1\nb: *x\n", 2, 4),
        ("hplan: 1\nbase: &b {a: 1}\nx:\n  <<: *b\n", 2, 7),
    ],
)
def test_anchors_and_aliases_are_refused(tmp_path: Path, text: str, line: int, column: int) -> None:
    loaded = load_text(tmp_path, text)
    d = only(loaded)
    assert (d.code, d.message_id, d.line, d.column) == ("HP004", "HP004.anchor", line, column)
    assert loaded.data is None and loaded.root is None and not loaded.ok


def test_an_alias_with_no_anchor_is_refused_as_an_alias(tmp_path: Path) -> None:
    d = only(load_text(tmp_path, "hplan: 1\nb: *x\n"))
    assert (d.code, d.message_id, d.line, d.column) == ("HP004", "HP004.anchor", 2, 4)


def test_merge_key_without_alias_is_refused(tmp_path: Path) -> None:
    d = only(load_text(tmp_path, "hplan: 1\nx:\n  <<: {a: 1}\n"))
    assert (d.code, d.message_id, d.line, d.column) == ("HP004", "HP004.merge", 3, 3)
    assert en(d) == "merge keys (<<) are not allowed in a plan"


def test_python_tag_is_refused_and_never_executed(tmp_path: Path) -> None:
    marker = tmp_path / "PWNED"
    text = f'hplan: 1\nx: !!python/object/apply:os.system ["touch {marker}"]\n'
    loaded = load_text(tmp_path, text)
    d = only(loaded)
    assert (d.code, d.message_id, d.line, d.column) == ("HP004", "HP004.tag", 2, 4)
    assert "!!python/object/apply:os.system" in en(d)
    assert not marker.exists()
    assert loaded.data is None


@pytest.mark.parametrize(
    ("text", "tag"),
    [("x: !custom 3", "!custom"), ("x: !!binary aGk=", "!!binary"), ("x: !!set {a: ~}", "!!set")],
)
def test_tags_outside_the_core_types_are_refused(tmp_path: Path, text: str, tag: str) -> None:
    d = only(load_text(tmp_path, "hplan: 1\n" + text + "\n"))
    assert (d.code, d.line, d.column) == ("HP004", 2, 4)
    assert en(d) == f"the YAML tag {tag} is not allowed (only plain YAML values)"


def test_core_tags_are_accepted() -> None:
    data = data_of("a: !!str x\nb: !!int 7\nc: !!map {k: v}\nd: !!seq [1]\ne: !!str 012")
    assert data == {"a": "x", "b": 7, "c": {"k": "v"}, "d": [1], "e": "012"}
    assert type(data["e"]) is str  # an explicit !!str is text, not a number kept as written


def test_tagged_key_is_refused(tmp_path: Path) -> None:
    d = only(load_text(tmp_path, "hplan: 1\n!custom k: 1\n"))
    assert (d.code, d.message_id, d.line) == ("HP004", "HP004.tag", 2)


def test_complex_key_is_refused(tmp_path: Path) -> None:
    d = only(load_text(tmp_path, "hplan: 1\n? [a, b]\n: 1\n"))
    assert (d.code, d.message_id, d.line) == ("HP004", "HP004.complex_key", 2)


def test_nesting_past_the_limit_is_refused(tmp_path: Path) -> None:
    deep = "hplan: " + "[" * 60 + "]" * 60 + "\n"
    d = only(load_text(tmp_path, deep))
    assert (d.code, d.message_id, d.line) == ("HP004", "HP004.depth", 1)
    assert en(d) == f"the data is nested deeper than {yamlio.MAX_DEPTH} levels"


@pytest.mark.parametrize("depth", [51, 101, 2000, 200_000])
def test_nesting_is_refused_at_the_first_node_past_the_limit(tmp_path: Path, depth: int) -> None:
    """The root mapping is level 0; the 51st `[` is refused, whichever pass finds it."""
    d = only(load_text(tmp_path, "x-deep: " + "[" * depth + "]" * depth + "\n"))
    assert (d.code, d.message_id, d.line, d.column) == ("HP004", "HP004.depth", 1, 8 + 51)


@pytest.mark.parametrize("pad", [0, 200])
def test_fifty_levels_are_fine_whether_or_not_the_scan_runs(tmp_path: Path, pad: int) -> None:
    noise = "x-wide: [" + ", ".join(["[]"] * pad) + "]\n"  # many brackets, shallow
    text = noise + "x-deep: " + "[" * 50 + "]" * 50 + "\n"
    assert load_text(tmp_path, text).diagnostics == []


@pytest.mark.parametrize("depth", [50, 51])
def test_block_nesting_counts_like_flow_nesting(tmp_path: Path, depth: int) -> None:
    text = "x-deep:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(depth)) + "\n"
    found = load_text(tmp_path, text).diagnostics
    if depth == 50:
        assert found == []
    else:
        assert [(d.code, d.line, d.column) for d in found] == [("HP004", 52, 103)]  # k50


def test_nesting_within_the_limit_is_fine() -> None:
    depth = yamlio.MAX_DEPTH - 2
    data = data_of("v: " + "[" * depth + "1" + "]" * depth)["v"]
    for _ in range(depth - 1):
        data = data[0]
    assert data == [1]


def test_brackets_inside_quotes_do_not_count_as_nesting() -> None:
    text = 'note: "' + "[" * 300 + '"'
    assert data_of(text) == {"note": "[" * 300}


def test_ampersand_and_star_in_text_are_not_anchors() -> None:
    assert data_of("a: R&D\nb: 5 * 3\nc: '*x'") == {"a": "R&D", "b": "5 * 3", "c": "*x"}


# --- HP005 documents ----------------------------------------------------------------------


def test_several_documents(tmp_path: Path) -> None:
    d = only(load_text(tmp_path, "hplan: 1\n---\nhplan: 1\n"))
    assert (d.code, d.message_id, d.line, d.column) == ("HP005", "HP005.documents", 2, 1)


def test_one_document_with_markers_is_fine(tmp_path: Path) -> None:
    loaded = load_text(tmp_path, "---\nhplan: 1\n...\n")
    assert loaded.diagnostics == [] and loaded.data == {"hplan": 1}


@pytest.mark.parametrize("text", ["", "\n\n", "# only\n# comments\n", "---\n", "~\n", "null\n"])
def test_empty_file(tmp_path: Path, text: str) -> None:
    d = only(load_text(tmp_path, text))
    assert (d.code, d.message_id, d.line, d.column) == ("HP005", "HP005.empty", 1, 1)


# --- HP001 / HP002 reading ------------------------------------------------------------------


def test_bom_is_accepted(tmp_path: Path) -> None:
    loaded = load_text(tmp_path, "\ufeffhplan: 1\nplan: {title: Åtgärd}\n".encode())
    assert loaded.diagnostics == []
    assert loaded.data == {"hplan": 1, "plan": {"title": "Åtgärd"}}
    assert loaded.text is not None and not loaded.text.startswith("\ufeff")


def test_latin1_file_names_the_line_and_the_encoding(tmp_path: Path) -> None:
    text = "hplan: 1\nplan:\n  title: Åtgärd\n"
    d = only(load_text(tmp_path, text.encode("latin-1")))
    # an unreadable file is placed at 1:1 (plan-format.md); the message names the place
    assert (d.code, d.message_id, d.line, d.column) == ("HP001", "HP001.latin1", 1, 1)
    assert en(d) == (
        "the file is not UTF-8: byte 0xC5 at line 3, column 10 looks like "
        "Latin-1/Windows-1252 ('Å')"
    )


def test_windows_1252_file_is_recognised(tmp_path: Path) -> None:
    d = only(load_text(tmp_path, "hplan: 1\nnote: “Åtgärd” för allt\n".encode("cp1252")))
    assert (d.code, d.message_id, d.line, d.column) == ("HP001", "HP001.latin1", 1, 1)
    assert "at line 2, column 7" in en(d) and "('“')" in en(d)


def test_other_bad_utf8_is_named_by_byte(tmp_path: Path) -> None:
    d = only(load_text(tmp_path, b"hplan: 1\nx: \x81\x81\x81\x8d\n"))
    assert (d.code, d.message_id, d.line, d.column) == ("HP001", "HP001.encoding", 1, 1)
    assert en(d) == "the file is not UTF-8: byte 0x81 at line 2, column 4 cannot be read"


def test_a_bad_byte_in_utf8_text_is_not_called_latin1(tmp_path: Path) -> None:
    d = only(load_text(tmp_path, "hplan: 1\nx: åäö ".encode() + b"\xff\n"))
    assert (d.code, d.message_id) == ("HP001", "HP001.encoding")
    assert "at line 2, column 8" in en(d)  # columns count characters, not bytes


def test_binary_file(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"
    d = only(load_text(tmp_path, png, "picture.yaml"))
    assert (d.code, d.message_id, d.line, d.column) == ("HP001", "HP001.binary", 1, 1)


@pytest.mark.parametrize("char", ["\x07", "\x1b", "\x7f"])
def test_control_characters_are_named_by_line_and_column(tmp_path: Path, char: str) -> None:
    # libyaml counts the position in bytes; the Å before it must not shift the column
    d = only(load_text(tmp_path, f"hplan: 1\nx: Åå{char}b\n"))
    assert (d.code, d.message_id, d.line, d.column) == ("HP001", "HP001.control_at", 1, 1)
    assert en(d) == (
        "the file contains control characters, which a text file cannot hold: "
        f"the first, U+{ord(char):04X}, at line 2, column 6"
    )


def test_missing_file(tmp_path: Path) -> None:
    loaded = yamlio.load(str(tmp_path / "nope.yaml"))
    d = only(loaded)
    assert (d.code, d.message_id, d.line, d.column) == ("HP001", "HP001.missing", 1, 1)
    assert loaded.path == str(tmp_path / "nope.yaml")


def test_directory(tmp_path: Path) -> None:
    d = only(yamlio.load(str(tmp_path)))
    assert (d.code, d.message_id, d.line, d.column) == ("HP001", "HP001.directory", 1, 1)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.yaml"
    path.write_text("hplan: 1\n")
    path.chmod(0)
    d = only(yamlio.load(str(path)))
    assert (d.code, d.message_id) == ("HP001", "HP001.os")


def test_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("hplan: 1\n" + "x" * 200)
    d = only(yamlio.load(str(path), max_bytes=100))
    assert (d.code, d.message_id, d.line, d.column) == ("HP004", "HP004.size", 1, 1)


def test_syntax_error_has_a_position(tmp_path: Path) -> None:
    d = only(load_text(tmp_path, "hplan: 1\nplan:\n  title: [a, b\n"))
    assert d.code == "HP002"
    assert d.line >= 3
    assert en(d).startswith("YAML syntax error: ")


def test_tab_indentation_is_a_syntax_error(tmp_path: Path) -> None:
    d = only(load_text(tmp_path, "hplan: 1\nplan:\n\ttitle: x\n"))
    assert (d.code, d.line) == ("HP002", 3)


def test_stdin_path_is_shown_as_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    stdin = io.TextIOWrapper(io.BytesIO(b"hplan: 1\n"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    loaded = yamlio.load("-")
    assert (loaded.path, loaded.data, loaded.diagnostics) == ("<stdin>", {"hplan": 1}, [])


def test_a_good_file_keeps_its_tree_and_text(tmp_path: Path) -> None:
    loaded = load_text(tmp_path, "hplan: 1\nplan: {title: x}\n")
    assert loaded.ok
    assert isinstance(loaded.root, yaml.MappingNode)
    assert loaded.text == "hplan: 1\nplan: {title: x}\n"


# --- atomic write ---------------------------------------------------------------------------


def test_atomic_write_keeps_permissions_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text("old\n")
    target.chmod(0o640)
    yamlio.atomic_write(str(target), "hplan: 1\ntitle: Åtgärd\n")
    assert target.read_text(encoding="utf-8") == "hplan: 1\ntitle: Åtgärd\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml"]


def test_atomic_write_new_file_follows_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        yamlio.atomic_write(str(tmp_path / "new.yaml"), "x\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.yaml").stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["new.yaml"]


def test_atomic_write_keeps_newlines_as_given(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    yamlio.atomic_write(str(target), "a\r\nb\n")
    assert target.read_bytes() == b"a\r\nb\n"


def test_atomic_write_writes_bytes_as_they_are(tmp_path: Path) -> None:
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    yamlio.atomic_write(str(target), b"PK\x03\x04\r\n\xff")
    assert target.read_bytes() == b"PK\x03\x04\r\n\xff"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_failed_atomic_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text("old\n")

    def boom(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        yamlio.atomic_write(str(target), "new\n")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.yaml"]
