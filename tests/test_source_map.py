"""source_map: a key path (pydantic loc or a check's loc) placed on the YAML node tree."""

from __future__ import annotations

from typing import Any

import pytest

from handlingsplan import yamlio
from handlingsplan.diagnostics import Diagnostic, Loc
from handlingsplan.source_map import Span, locate

TEXT = """\
hplan: 1
plan:
  title: Plan
  period: {start: 2027-01-01, end: 2027-12-31}
activities:
  - id: A1
    name: First
    depends_on: [A0, it:A2]
  - id: A2
    name: >-
      folded
      text
"""


@pytest.fixture(scope="module")
def root() -> Any:
    node = yamlio.compose(TEXT)
    assert not isinstance(node, Diagnostic)
    return node


@pytest.mark.parametrize(
    ("loc", "span"),
    [
        (("hplan",), (1, 8, 1, 9)),
        (("plan", "title"), (3, 10, 3, 14)),
        (("plan", "period", "end"), (4, 36, 4, 46)),
        (("activities", 0, "depends_on", 1), (8, 22, 8, 27)),
        (("activities", 0, "depends_on"), (8, 17, 8, 28)),
        (("activities", 1, "id"), (9, 9, 9, 11)),
    ],
)
def test_locate_scalars_and_flow_collections(root: Any, loc: Loc, span: tuple[int, ...]) -> None:
    assert locate(root, loc) == Span(*span)


def test_block_collection_points_at_its_first_line_only(root: Any) -> None:
    assert locate(root, ("activities", 0)) == Span(6, 5, 6, 6)
    assert locate(root, ("plan",)) == Span(3, 3, 3, 4)


def test_multi_line_scalar_keeps_its_end(root: Any) -> None:
    span = locate(root, ("activities", 1, "name"))
    assert (span.line, span.column) == (10, 11)
    assert span.end_line > 10


def test_missing_field_lands_on_the_mapping_that_lacks_it(root: Any) -> None:
    assert locate(root, ("activities", 1, "priority")) == Span(9, 5, 9, 6)
    assert locate(root, ("plan", "organisation")) == Span(3, 3, 3, 4)


def test_index_out_of_range_stays_at_the_list(root: Any) -> None:
    assert locate(root, ("activities", 7, "id")) == locate(root, ("activities",))


def test_union_tags_are_stepped_over(root: Any) -> None:
    loc: Loc = ("activities", 0, "depends_on", "list[str]", 1)
    assert locate(root, loc) == locate(root, ("activities", 0, "depends_on", 1))


def test_a_string_index_into_a_list_does_not_match(root: Any) -> None:
    assert locate(root, ("activities", "0")) == locate(root, ("activities",))


def test_at_key_gives_the_key_position(root: Any) -> None:
    assert locate(root, ("plan", "title"), at_key=True) == Span(3, 3, 3, 8)
    assert locate(root, ("activities", 0, "name"), at_key=True) == Span(7, 5, 7, 9)


def test_at_key_inside_a_list_falls_back_to_the_item(root: Any) -> None:
    # a list item has no key of its own: the item itself is the place
    assert locate(root, ("activities", 0), at_key=True) == Span(6, 5, 6, 6)


def test_empty_loc_is_the_root(root: Any) -> None:
    assert locate(root, ()) == Span(1, 1, 1, 2)


def test_no_tree_gives_line_one() -> None:
    assert locate(None, ("plan", "title")) == Span(1, 1, 1, 1)
    assert locate(None, ("plan",), at_key=True) == Span(1, 1, 1, 1)


def test_numbers_as_keys_are_found_by_their_text() -> None:
    node = yamlio.compose("people:\n  012: {role: x}\n")
    assert locate(node, ("people", "012", "role")) == Span(2, 15, 2, 16)
