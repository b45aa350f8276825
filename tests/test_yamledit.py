"""yamledit: edits at node positions that leave the rest of the file as written."""

from __future__ import annotations

import copy
import datetime
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EXAMPLES
from handlingsplan import yamlio
from handlingsplan.yamledit import Editor, _content_end, _last_line, lookup

EXAMPLE = EXAMPLES / "handlingsplan-2027.yaml"
Path = tuple[Any, ...]


def compose(text: str, loader: Any = None) -> Any:
    """The root node of `text`, which must be valid YAML."""
    root = yamlio.compose(text) if loader is None else yaml.compose(text, Loader=loader)
    assert isinstance(root, yaml.Node), root
    return root


def node_at(root: Any, path: Path) -> Any:
    """The node at `path`: keys of mappings and indexes of sequences."""
    node = root
    for part in path:
        if isinstance(part, int):
            node = node.value[part]
        else:
            found = lookup(node, part)
            assert found is not None, part
            node = found[1]
    return node


def edit(text: str, *ops: tuple[Any, ...], loader: Any = None) -> str:
    """Apply ops `(method, path, *args)` in one Editor; the result must parse."""
    root = compose(text, loader)
    editor = Editor(text, root)
    for method, path, *args in ops:
        getattr(editor, method)(node_at(root, path), *args)
    out = editor.result()
    compose(out)
    return out


def load(text: str) -> Any:
    """The data of `text` (libyaml when present: the example is loaded many times)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def comment_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.lstrip().startswith("#")]


# -- lookup and the measure of a node ---------------------------------------------------


def test_lookup_gives_key_and_value_nodes_or_none() -> None:
    root = compose("a: 1\nb: [x]\n")
    found = lookup(root, "b")
    assert found is not None
    assert (found[0].value, found[1].value[0].value) == ("b", "x")
    assert lookup(root, "c") is None


LAST_LINE = """\
a: plain   # comment
b: >-
  folded
  text

# after b
c:
  - x
  - y: {p: 1}   # flow ends exact

  # between
d: "quoted
  twice"
e:
f:
  g: |+
    kept

h: [1,
  2]
"""


@pytest.mark.parametrize(
    ("path", "line"),
    [
        (("a",), 0),
        (("b",), 3),  # the block scalar's end mark lies past the blank line
        (("c",), 8),  # the sequence's end mark lies past the comment
        (("c", 1), 8),
        (("d",), 12),
        (("e",), 13),  # empty: where the key is
        (("f",), 16),
        (("h",), 19),
    ],
)
def test_last_line(path: Path, line: int) -> None:
    assert _last_line(LAST_LINE, node_at(compose(LAST_LINE), path)) == line


def test_content_end_of_block_scalar_is_its_last_text() -> None:
    text = "a: |\r\n  x\r\n  y  \r\n\r\nb: 1\r\n"
    end = _content_end(text, node_at(compose(text), ("a",)))
    assert text[:end].endswith("y  ")


@pytest.mark.parametrize("loader", [None, yaml.SafeLoader], ids=["libyaml", "pure"])
def test_positions_count_characters_with_either_parser(loader: Any) -> None:
    # Letters outside ASCII (and outside the BMP) before the edited node: byte offsets
    # would land in the wrong place.
    text = "note: åäö 😀 ÿ€\nstatus: planned  # ø\n"
    out = edit(text, ("set_value", (), "status", "done"), loader=loader)
    assert out == "note: åäö 😀 ÿ€\nstatus: done  # ø\n"


def test_text_with_bom_is_refused() -> None:
    with pytest.raises(ValueError, match="BOM"):
        Editor("\ufeffa: 1\n", compose("a: 1\n"))


# -- set_value ----------------------------------------------------------------------------

SET_CASES = {
    "plain keeps comment": ("a: 1   # c\nb: 2\n", [(), "a", "5"], "a: 5   # c\nb: 2\n"),
    "quoted": ('a: "x y"\nb: 2\n', [(), "a", "'z'"], "a: 'z'\nb: 2\n"),
    "flow list": ("d: [A3, A13]  # why\n", [(), "d", "[A1]"], "d: [A1]  # why\n"),
    "flow to scalar": ("c: {hours: 5}\n", [(), "c", "7"], "c: 7\n"),
    "folded": (
        "note: >-\n  long\n  text\n\n# c\nb: 1\n",
        [(), "note", "short"],
        "note: short\n\n# c\nb: 1\n",
    ),
    "literal at end without newline": ("a: 1\nb: |\n  x\n  y", [(), "b", "z"], "a: 1\nb: z"),
    "block mapping": (
        "cost:   # c\n  money: 1\n  hours: 2  # h\n\nb: 1\n",
        [(), "cost", "5"],
        "cost: 5   # c\n\nb: 1\n",
    ),
    "block sequence": (
        "d:\n  - A1\n  - A2\n# keep\ne: 1\n",
        [(), "d", "[A3]"],
        "d: [A3]\n# keep\ne: 1\n",
    ),
    "block sequence of an item": (
        "- deps:  # d\n    - a\n  name: X\n",
        [(0,), "deps", "[b]"],
        "- deps: [b]  # d\n  name: X\n",
    ),
    "empty": ("a:\nb: 1\n", [(), "a", "x"], "a: x\nb: 1\n"),
    "empty with comment": ("a:   # c\nb: 1\n", [(), "a", "x"], "a: x   # c\nb: 1\n"),
    "plain on next line": ("a:\n  long\n  text\nb: 1\n", [(), "a", "x"], "a:\n  x\nb: 1\n"),
    "flow mapping value": ("f: {a: 1, b: 2}\n", [("f",), "b", "3"], "f: {a: 1, b: 3}\n"),
    "flow mapping empty value": ("f: {a: , b: 2}\n", [("f",), "a", "3"], "f: {a: 3, b: 2}\n"),
    "flow mapping bare key": ("f: {a, b: 2}\n", [("f",), "a", "3"], "f: {a: 3, b: 2}\n"),
    "new at end of item": (
        "items:\n  - id: A1\n    name: X  # n\n\n  - id: A2\n",
        [("items", 0), "progress", "5"],
        "items:\n  - id: A1\n    name: X  # n\n    progress: 5\n\n  - id: A2\n",
    ),
    "new after a key": (
        "a: 1\nb:\n  - x\n  - y   # y\n\n# c\nc: 3\n",
        [(), "z", "0", "b"],
        "a: 1\nb:\n  - x\n  - y   # y\nz: 0\n\n# c\nc: 3\n",
    ),
    "new after an absent key": ("a: 1\nb: 2\n", [(), "z", "0", "q"], "a: 1\nb: 2\nz: 0\n"),
    "new after a folded value": (
        "- id: A1\n  note: >-\n    x\n\n- id: A2\n",
        [(0,), "status", "done"],
        "- id: A1\n  note: >-\n    x\n  status: done\n\n- id: A2\n",
    ),
    "new, four spaces": (
        "plan:\n    title: T\n    budget:\n        money: 1\n",
        [("plan",), "owner", "M"],
        "plan:\n    title: T\n    budget:\n        money: 1\n    owner: M\n",
    ),
    "new, no final newline": ("a: 1\nb: 2", [(), "c", "3"], "a: 1\nb: 2\nc: 3"),
    "new, CRLF": ("a: 1\r\nb: 2\r\n", [(), "c", "3", "a"], "a: 1\r\nc: 3\r\nb: 2\r\n"),
    "new in flow mapping": (
        "- {date: 2027-04-30, note: N}  # c\n",
        [(0,), "progress", "5"],
        "- {date: 2027-04-30, note: N, progress: 5}  # c\n",
    ),
    "new in flow mapping after": (
        "- {date: 2027-04-30, note: N}\n",
        [(0,), "progress", "5", "date"],
        "- {date: 2027-04-30, progress: 5, note: N}\n",
    ),
    "new in empty flow mapping": ("c: {}\n", [("c",), "hours", "5"], "c: {hours: 5}\n"),
    "new in flow mapping with trailing comma": (
        "c: {\n  a: 1,\n}\n",
        [("c",), "b", "2"],
        "c: {\n  a: 1, b: 2,\n}\n",
    ),
}


@pytest.mark.parametrize(("text", "args", "expected"), SET_CASES.values(), ids=SET_CASES.keys())
def test_set_value(text: str, args: list[Any], expected: str) -> None:
    assert edit(text, ("set_value", *args)) == expected


def test_set_value_refuses_more_than_one_line() -> None:
    editor = Editor("a: 1\n", compose("a: 1\n"))
    with pytest.raises(ValueError, match="one line"):
        editor.set_value(compose("a: 1\n"), "a", "x\ny")


# -- remove_key ---------------------------------------------------------------------------

REMOVE_KEY_CASES = {
    "line with comment": ("a: 1\nb: 2  # c\nc: 3\n", [(), "b"], "a: 1\nc: 3\n"),
    "block value, comment after stays": (
        "a: 1\nb:\n  x: 1\n  y: [1,\n    2]  # y\n# keep\nc: 3\n",
        [(), "b"],
        "a: 1\n# keep\nc: 3\n",
    ),
    "indentless sequence value": ("a:\n- x\n- y\nb: 1\n", [(), "a"], "b: 1\n"),
    "folded value": ("x: 0\na: >-\n  t\n  u\n\nb: 1\n", [(), "a"], "x: 0\n\nb: 1\n"),
    "first key of an item": (
        "- id: A1  # id\n  name: X\n- id: A2\n",
        [(0,), "id"],
        "- name: X\n- id: A2\n",
    ),
    "first key, comment line next": (
        "- id: A1\n  # about name\n  name: X\n",
        [(0,), "id"],
        "- # about name\n  name: X\n",
    ),
    "only key of an item": ("- id: A1  # c\n", [(0,), "id"], "- {}  # c\n"),
    "only key of a block mapping": ("a:\n  b: 1\nc: 2\n", [("a",), "b"], "a:\n  {}\nc: 2\n"),
    "last line, no final newline": ("a: 1\nb: 2", [(), "b"], "a: 1"),
    "last line, CRLF, no final newline": ("a: 1\r\nb: 2", [(), "b"], "a: 1"),
    "flow middle": ("f: {a: 1, b: 2, c: 3}\n", [("f",), "b"], "f: {a: 1, c: 3}\n"),
    "flow first": ("f: {a: 1, b: 2, c: 3}\n", [("f",), "a"], "f: {b: 2, c: 3}\n"),
    "flow last": ("f: {a: 1, b: 2, c: 3}\n", [("f",), "c"], "f: {a: 1, b: 2}\n"),
    "flow only": ("f: {a: 1}  # c\n", [("f",), "a"], "f: {}  # c\n"),
    "absent": ("a: 1  # c\n", [(), "z"], "a: 1  # c\n"),
}


@pytest.mark.parametrize(
    ("text", "args", "expected"), REMOVE_KEY_CASES.values(), ids=REMOVE_KEY_CASES.keys()
)
def test_remove_key(text: str, args: list[Any], expected: str) -> None:
    assert edit(text, ("remove_key", *args)) == expected


# -- remove_item --------------------------------------------------------------------------

SPACED = """\
items:
  # first section
  - id: A1
    x: 1

  - id: A2
    note: >-
      two
      lines

  # second section
  - id: A3
    x: 3

# after
z: 1
"""

REMOVE_ITEM_CASES = {
    "flow first": ("d: [A3, A13]\n", [("d",), 0], "d: [A13]\n"),
    "flow last": ("d: [A3, A13]\n", [("d",), 1], "d: [A3]\n"),
    "flow middle": ("d: [a, 'b', c]\n", [("d",), 1], "d: [a, c]\n"),
    "flow only": ("d: [A3]  # c\n", [("d",), 0], "d: []  # c\n"),
    "flow of mappings": ("f: [{a: 1}, {b: 2}]\n", [("f",), 0], "f: [{b: 2}]\n"),
    "block first, comment before it stays": (
        SPACED,
        [("items",), 0],
        SPACED.replace("  - id: A1\n    x: 1\n", ""),
    ),
    "block middle, one blank line stays": (
        SPACED,
        [("items",), 1],
        SPACED.replace("  - id: A2\n    note: >-\n      two\n      lines\n\n", ""),
    ),
    "block last": (SPACED, [("items",), 2], SPACED.replace("  - id: A3\n    x: 3\n", "")),
    "block at end of file": (
        "a:\n- x\n\n- y  # y\n",
        [("a",), 1],
        "a:\n- x\n",
    ),
    "block at end of file, no final newline": ("a:\n  - x\n  - y", [("a",), 1], "a:\n  - x"),
    "block only": ("a:\n  - x  # c\nb: 1\n", [("a",), 0], "a:\n  []\nb: 1\n"),
    "nested first": ("- - a\n  - b\n- c\n", [(0,), 0], "- - b\n- c\n"),
    "CRLF": (
        "a:\r\n  - x\r\n\r\n  - y\r\n\r\n  - z\r\n",
        [("a",), 1],
        "a:\r\n  - x\r\n\r\n  - z\r\n",
    ),
}


@pytest.mark.parametrize(
    ("text", "args", "expected"), REMOVE_ITEM_CASES.values(), ids=REMOVE_ITEM_CASES.keys()
)
def test_remove_item(text: str, args: list[Any], expected: str) -> None:
    assert edit(text, ("remove_item", *args)) == expected


@pytest.mark.parametrize("index", [-1, 2])
def test_remove_item_out_of_range(index: int) -> None:
    root = compose("a: [x, y]\n")
    with pytest.raises(ValueError, match="no item"):
        Editor("a: [x, y]\n", root).remove_item(node_at(root, ("a",)), index)


# -- append_item --------------------------------------------------------------------------

NEW = "id: A9\nname: New\ngoals: [M1]\nfollowups:\n  - {date: 2027-04-30}\n"
NEW_LINES = ["id: A9", "name: New", "goals: [M1]", "followups:", "  - {date: 2027-04-30}"]


def item(indent: str, step: int = 2, newline: str = "\n") -> str:
    """NEW as an item at `indent`, `step` columns from the dash to the text."""
    first, *rest = NEW_LINES
    lines = [f"{indent}-{' ' * (step - 1)}{first}"] + [indent + " " * step + x for x in rest]
    return "".join(line + newline for line in lines)


APPEND_CASES = {
    "separated by blank lines": (
        "a:\n  - id: A1\n\n  - id: A2  # c\n\n# after\nb: 1\n",
        "a:\n  - id: A1\n\n  - id: A2  # c\n\n" + item("  ") + "\n# after\nb: 1\n",
    ),
    "not separated": (
        "a:\n  - id: A1\n  - x: 1\nb: 1\n",
        "a:\n  - id: A1\n  - x: 1\n" + item("  ") + "b: 1\n",
    ),
    "one item": ("a:\n  - id: A1\n\nb: 1\n", "a:\n  - id: A1\n" + item("  ") + "\nb: 1\n"),
    "indentless": ("a:\n- id: A1\n- id: A2\n", "a:\n- id: A1\n- id: A2\n" + item("")),
    "four spaces": (
        "a:\n    -   id: A1\n        b: |\n            t\n\n",
        "a:\n    -   id: A1\n        b: |\n            t\n" + item("    ", 4) + "\n",
    ),
    "no final newline": (
        "a:\n  - x: 1\n  - y: 2",
        "a:\n  - x: 1\n  - y: 2\n" + item("  ").rstrip("\n"),
    ),
    "CRLF": ("a:\r\n  - x: 1\r\n", "a:\r\n  - x: 1\r\n" + item("  ", newline="\r\n")),
}


@pytest.mark.parametrize(("text", "expected"), APPEND_CASES.values(), ids=APPEND_CASES.keys())
def test_append_item(text: str, expected: str) -> None:
    out = edit(text, ("append_item", ("a",), NEW))
    assert out == expected
    assert load(out)["a"][-1] == load(NEW)


def test_append_item_refuses_a_flow_sequence() -> None:
    root = compose("a: [x]\n")
    with pytest.raises(ValueError, match="block sequence"):
        Editor("a: [x]\n", root).append_item(node_at(root, ("a",)), "y")


# -- append_top_level ---------------------------------------------------------------------

BLOCK = "- id: A1\n  name: X\n"

TOP_CASES = {
    "after a blank line": ("a: 1\n", "a: 1\n\nactivities:\n  - id: A1\n    name: X\n"),
    "file ends with a blank line": (
        "a: 1\n\n",
        "a: 1\n\nactivities:\n  - id: A1\n    name: X\n",
    ),
    "no final newline": ("a: 1", "a: 1\n\nactivities:\n  - id: A1\n    name: X"),
    "indentless sequences": (
        "g:\n- id: G1\n",
        "g:\n- id: G1\n\nactivities:\n- id: A1\n  name: X\n",
    ),
    "four spaces": (
        "p:\n    t: 1\n",
        "p:\n    t: 1\n\nactivities:\n    - id: A1\n      name: X\n",
    ),
    "CRLF": ("a: 1\r\n", "a: 1\r\n\r\nactivities:\r\n  - id: A1\r\n    name: X\r\n"),
}


@pytest.mark.parametrize(("text", "expected"), TOP_CASES.values(), ids=TOP_CASES.keys())
def test_append_top_level(text: str, expected: str) -> None:
    assert edit(text, ("append_top_level", (), "activities", BLOCK)) == expected


def test_append_top_level_mapping_in_a_file_of_indentless_sequences() -> None:
    out = edit("g:\n- id: G1\n", ("append_top_level", (), "plan", "title: T\n"))
    assert out == "g:\n- id: G1\n\nplan:\n  title: T\n"


def test_append_top_level_refuses_an_existing_key() -> None:
    root = compose("a: 1\n")
    with pytest.raises(ValueError, match="'a'"):
        Editor("a: 1\n", root).append_top_level(root, "a", "x: 1\n")


# -- several edits, one result ------------------------------------------------------------

PLAN = """\
# head
activities:
  - id: A1
    status: planned   # s1
    progress: 0

  - id: A2
    status: planned
    depends_on: [A1, A3]

  # third
  - id: A3
    status: planned
    progress: 10
"""


def test_edits_compose() -> None:
    out = edit(
        PLAN,
        ("set_value", ("activities", 0), "status", "done"),
        ("set_value", ("activities", 0), "progress", "100"),
        ("set_value", ("activities", 1), "progress", "5", "status"),
        ("remove_item", ("activities", 1, "depends_on"), 0),
        ("remove_item", ("activities",), 2),
        ("append_item", ("activities",), "id: A4\nstatus: planned\n"),
        ("append_item", ("activities",), "id: A5\n"),
    )
    assert out == (
        "# head\nactivities:\n  - id: A1\n    status: done   # s1\n    progress: 100\n\n"
        "  - id: A2\n    status: planned\n    progress: 5\n    depends_on: [A3]\n\n"
        "  # third\n\n  - id: A4\n    status: planned\n\n  - id: A5\n"
    )


COMPOSE_CASES = {
    "every flow item": (
        "d: [A3, A13, A14]  # c\n",
        [("remove_item", ("d",), 0), ("remove_item", ("d",), 2), ("remove_item", ("d",), 1)],
        "d: []  # c\n",
    ),
    "every flow key, then new ones": (
        "f: {a: 1, b: 2}\n",
        [
            ("remove_key", ("f",), "a"),
            ("remove_key", ("f",), "b"),
            ("set_value", ("f",), "x", "1"),
            ("set_value", ("f",), "y", "2"),
        ],
        "f: {x: 1, y: 2}\n",
    ),
    "flow key removed, new one after it": (
        "f: {a: 1, b: 2}\n",
        [("remove_key", ("f",), "a"), ("set_value", ("f",), "c", "3", "a")],
        "f: {c: 3, b: 2}\n",
    ),
    "flow runs": (
        "d: [a, b, c, d, e]\n",
        [("remove_item", ("d",), i) for i in (0, 1, 3, 4)],
        "d: [c]\n",
    ),
    "every block item, comments stay": (
        "a:\n  # one\n  - x\n\n  # two\n  - y\n\nb: 1\n",
        [("remove_item", ("a",), 1), ("remove_item", ("a",), 0)],
        "a:\n  # one\n  []\n\n  # two\n\nb: 1\n",
    ),
    "every item of an indentless sequence": (
        "a:\n- x\n- y\nb: 1\n",
        [("remove_item", ("a",), 0), ("remove_item", ("a",), 1)],
        "a:\n  []\nb: 1\n",
    ),
    "every item, then a new one": (
        "a:\n  - x\n\n  - y\n\nb: 1\n",
        [("remove_item", ("a",), 0), ("remove_item", ("a",), 1), ("append_item", ("a",), "z")],
        "a:\n\n  - z\n\nb: 1\n",
    ),
    "every item, no final newline": (
        "a:\n  - x\n  - y",
        [("remove_item", ("a",), 0), ("remove_item", ("a",), 1)],
        "a:\n  []",
    ),
    "every block key": (
        "a:\n  b: 1\n  c:\n    - d\nz: 1\n",
        [("remove_key", ("a",), "c"), ("remove_key", ("a",), "b")],
        "a:\n  {}\nz: 1\n",
    ),
    "first keys of an item": (
        "- id: A1\n  name: X\n  kind: y\n",
        [("remove_key", (0,), "name"), ("remove_key", (0,), "id")],
        "- kind: y\n",
    ),
    "first key of an item, new key after it": (
        "- id: A1\n  name: X\n",
        [("remove_key", (0,), "id"), ("set_value", (0,), "ref", "B1", "id")],
        "- ref: B1\n  name: X\n",
    ),
    "every key of an item, new ones": (
        "- id: A1\n  name: X\n- id: A2\n",
        [
            ("remove_key", (0,), "id"),
            ("remove_key", (0,), "name"),
            ("set_value", (0,), "a", "1"),
            ("set_value", (0,), "b", "2"),
        ],
        "- a: 1\n  b: 2\n- id: A2\n",
    ),
    "key of the last item before an appended item": (
        "a:\n  - id: A1\n",
        [("append_item", ("a",), "id: A2"), ("set_value", ("a", 0), "x", "1")],
        "a:\n  - id: A1\n    x: 1\n  - id: A2\n",
    ),
    "same new key twice": (
        "a: 1\n",
        [("set_value", (), "b", "2"), ("set_value", (), "b", "3")],
        "a: 1\nb: 3\n",
    ),
    "new root key before a new top-level block": (
        "a: 1\n",
        [("append_top_level", (), "c", "- x\n"), ("set_value", (), "b", "2")],
        "a: 1\nb: 2\n\nc:\n  - x\n",
    ),
    "remove twice": ("a: [x, y]\n", [("remove_item", ("a",), 0)] * 2, "a: [y]\n"),
}


@pytest.mark.parametrize(
    ("text", "ops", "expected"), COMPOSE_CASES.values(), ids=COMPOSE_CASES.keys()
)
def test_edits_compose_within_one_collection(
    text: str, ops: list[tuple[Any, ...]], expected: str
) -> None:
    assert edit(text, *ops) == expected


def test_result_can_be_asked_twice() -> None:
    root = compose(PLAN)
    editor = Editor(PLAN, root)
    editor.remove_item(node_at(root, ("activities",)), 1)
    assert editor.result() == editor.result()


def test_insertions_at_one_place_keep_their_order() -> None:
    out = edit("a: 1\n", ("set_value", (), "b", "2"), ("set_value", (), "c", "3"))
    assert out == "a: 1\nb: 2\nc: 3\n"


def test_overlapping_edits_are_refused() -> None:
    root = compose(PLAN)
    editor = Editor(PLAN, root)
    editor.remove_item(node_at(root, ("activities",)), 0)
    editor.set_value(node_at(root, ("activities", 0)), "status", "done")
    with pytest.raises(ValueError, match="overlaps"):
        editor.result()


def test_no_edits_gives_the_text() -> None:
    assert Editor(PLAN, compose(PLAN)).result() == PLAN


# -- the real example ---------------------------------------------------------------------


def activity_index(root: Any, activity_id: str) -> int:
    for index, item in enumerate(node_at(root, ("activities",)).value):
        if node_at(item, ("id",)).value == activity_id:
            return index
    raise AssertionError(activity_id)


@pytest.mark.parametrize("loader", [None, yaml.SafeLoader], ids=["libyaml", "pure"])
def test_example_plan(loader: Any) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    root = compose(text, loader)
    a = {key: activity_index(root, key) for key in ("A7", "A8", "A10", "A15")}
    editor = Editor(text, root)
    activities = node_at(root, ("activities",))
    a8 = node_at(activities, (a["A8"],))
    editor.set_value(a8, "status", "in_progress")
    editor.set_value(a8, "progress", "40")
    editor.set_value(node_at(activities, (a["A7"],)), "progress", "0", "status")
    editor.remove_item(activities, a["A10"])
    editor.remove_item(node_at(activities, (a["A15"], "depends_on")), 0)
    editor.append_item(activities, "id: A16\nname: Ny aktivitet\ngoals: [M4]\nstart: 2027-09-01\n")
    out = editor.result()

    expected = copy.deepcopy(load(text))
    acts = expected["activities"]
    acts[a["A8"]].update(status="in_progress", progress=40)
    acts[a["A7"]]["progress"] = 0
    acts[a["A15"]]["depends_on"] = ["A13"]
    del acts[a["A10"]]
    start = datetime.date(2027, 9, 1)
    acts.append({"id": "A16", "name": "Ny aktivitet", "goals": ["M4"], "start": start})
    assert load(out) == expected
    assert comment_lines(out) == comment_lines(text)  # A10 held none
    assert "    status: planerad\n    progress: 0\n\n  - id: A8\n" in out
    assert "    depends_on: [A13]\n" in out
    assert out.count("\n\n\n") == text.count("\n\n\n")


def test_example_every_activity_can_be_removed() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    root = compose(text)
    activities = node_at(root, ("activities",))
    data = load(text)
    for index in range(len(activities.value)):
        editor = Editor(text, root)
        editor.remove_item(activities, index)
        out = editor.result()
        expected = copy.deepcopy(data)
        del expected["activities"][index]
        assert load(out) == expected
        assert comment_lines(out) == comment_lines(text)
        assert "\n\n\n" not in out


def test_example_every_key_of_an_activity_can_be_set_and_removed() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    root = compose(text)
    a3 = node_at(root, ("activities", activity_index(root, "A3")))
    data = load(text)
    where = data["activities"].index(next(x for x in data["activities"] if x["id"] == "A3"))
    for key_node, _ in a3.value:
        key = key_node.value
        for method, args in (("remove_key", ()), ("set_value", ("x",))):
            editor = Editor(text, root)
            getattr(editor, method)(a3, key, *args)
            expected = copy.deepcopy(data)
            if args:
                expected["activities"][where][key] = "x"
            else:
                del expected["activities"][where][key]
            out = editor.result()
            assert load(out) == expected, (method, key)
            assert set(comment_lines(text)) - set(comment_lines(out)) == set()


@settings(max_examples=40, deadline=None)
@given(
    removed=st.sets(st.integers(0, 14)),  # the example has 15 activities
    updated=st.sets(st.integers(0, 14)),
    appended=st.integers(0, 2),
)
def test_example_many_edits_in_one_editor(
    removed: set[int], updated: set[int], appended: int
) -> None:
    """Any mix of removals, updates and appends lands exactly, and no comment outside
    the removed activities (the example's activities hold none) or blank line is lost."""
    text = EXAMPLE.read_text(encoding="utf-8")
    root = compose(text)
    activities = node_at(root, ("activities",))
    assert len(activities.value) == 15
    updated -= removed  # an activity both updated and removed would be an overlap
    editor = Editor(text, root)
    for index in updated:
        editor.set_value(activities.value[index], "status", "done")
        editor.set_value(activities.value[index], "progress", "100", "status")
    for index in removed:
        editor.remove_item(activities, index)
    for number in range(appended):
        editor.append_item(activities, f"id: N{number}\nname: New {number}\n")
    out = editor.result()

    expected = load(text)
    acts = expected["activities"]
    for index in updated:
        acts[index].update(status="done", progress=100)
    acts[:] = [act for index, act in enumerate(acts) if index not in removed]
    acts += [{"id": f"N{n}", "name": f"New {n}"} for n in range(appended)]
    assert load(out) == expected
    assert comment_lines(out) == comment_lines(text)
    assert "\n\n\n" not in out


def test_example_every_activity_replaced() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    root = compose(text)
    activities = node_at(root, ("activities",))
    editor = Editor(text, root)
    for index in range(len(activities.value)):
        editor.remove_item(activities, index)
    editor.append_item(activities, "id: N1\nname: Ny\n")
    out = editor.result()
    expected = load(text)
    expected["activities"] = [{"id": "N1", "name": "Ny"}]
    assert load(out) == expected
    assert comment_lines(out) == comment_lines(text)
    assert "\n\n\n" not in out


# -- set_item -----------------------------------------------------------------------------

SET_ITEM_CASES: dict[str, tuple[str, list[Any], str]] = {
    "flow, one": (
        'a: [A.9.2.1, "7.2.2"]  # c\n',
        [("a",), 1, ['"6.3"']],
        'a: [A.9.2.1, "6.3"]  # c\n',
    ),
    "flow, two": ("a: [x, y]\n", [("a",), 0, ['"5.36"', '"8.8"']], 'a: ["5.36", "8.8", y]\n'),
    "block, one, comment kept": (
        "a:\n  - x   # c\n  - y\n",
        [("a",), 0, ["z"]],
        "a:\n  - z   # c\n  - y\n",
    ),
    "block, two": (
        "a:\n  -   x\n  - y\n",
        [("a",), 0, ["p", "q"]],
        "a:\n  -   p\n  -   q\n  - y\n",
    ),
    "CRLF": ("a:\r\n- x\r\n", [("a",), 0, ["p", "q"]], "a:\r\n- p\r\n- q\r\n"),
}


@pytest.mark.parametrize(
    ("text", "args", "expected"), SET_ITEM_CASES.values(), ids=SET_ITEM_CASES.keys()
)
def test_set_item(text: str, args: list[Any], expected: str) -> None:
    assert edit(text, ("set_item", *args)) == expected


def test_set_item_beside_a_removal() -> None:
    out = edit("a: [x, y, z]\n", ("set_item", ("a",), 0, ["p"]), ("remove_item", ("a",), 1))
    assert out == "a: [p, z]\n"


@pytest.mark.parametrize(
    ("text", "index", "values"),
    [
        ("a: [x]\n", 1, ["p"]),
        ("a: [[x]]\n", 0, ["p"]),
        ("a: [x]\n", 0, []),
        ("a: [x]\n", 0, ["p\nq"]),
    ],
)
def test_set_item_refuses(text: str, index: int, values: list[str]) -> None:
    root = compose(text)
    with pytest.raises(ValueError):
        Editor(text, root).set_item(node_at(root, ("a",)), index, values)


ADD_BLOCK_CASES = {
    "after the last entry, indented as the other blocks": (
        "plan:\n    title: T  # t\n    period:\n        start: 1\n# after\nnext: 1\n",
        [("plan",), "decision", "by: KS\ndate: 2026-12-14"],
        "plan:\n    title: T  # t\n    period:\n        start: 1\n"
        "    decision:\n        by: KS\n        date: 2026-12-14\n# after\nnext: 1\n",
    ),
    "a list, two columns in when nothing shows the step": (
        "plan:\n  title: T\n",
        [("plan",), "revisions", "- by: KS\n  note: x"],
        "plan:\n  title: T\n  revisions:\n    - by: KS\n      note: x\n",
    ),
}


@pytest.mark.parametrize(
    ("text", "args", "expected"), ADD_BLOCK_CASES.values(), ids=ADD_BLOCK_CASES.keys()
)
def test_add_block_entry(text: str, args: list[Any], expected: str) -> None:
    assert edit(text, ("add_block_entry", *args)) == expected


def test_add_block_entry_refuses_a_flow_mapping_or_a_present_key() -> None:
    for text in ("plan: {title: T}\n", "plan:\n  decision: {}\n"):
        root = compose(text)
        with pytest.raises(ValueError):
            Editor(text, root).add_block_entry(node_at(root, ("plan",)), "decision", "by: KS")
