"""Place a key path (a pydantic `loc` or a check's loc) on the YAML node tree.

The walk follows mapping keys and sequence indexes and stops at the first part that does
not match, reporting at the deepest node reached: a missing field lands on the mapping
that lacks it, and the tags pydantic adds for union members are stepped over.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import yaml

from handlingsplan.diagnostics import Loc


class Span(NamedTuple):
    line: int
    column: int
    end_line: int
    end_column: int


def _span(node: Any) -> Span:
    start, end = node.start_mark, node.end_mark
    if end.line > start.line and isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
        # A block collection ends on a later line; point at its first line only.
        return Span(start.line + 1, start.column + 1, start.line + 1, start.column + 1)
    return Span(start.line + 1, start.column + 1, end.line + 1, end.column + 1)


def _child(node: Any, part: str | int) -> tuple[Any, Any] | None:
    """(key node, value node) for `part` in `node`, or None when it is not there."""
    if isinstance(node, yaml.MappingNode):
        wanted = str(part)
        for key_node, value_node in node.value:
            if key_node.value == wanted:
                return key_node, value_node
        return None
    if (
        isinstance(node, yaml.SequenceNode)
        and isinstance(part, int)
        and 0 <= part < len(node.value)
    ):
        return None, node.value[part]
    return None


def locate(root: Any, loc: Loc, at_key: bool = False) -> Span:
    """The span of the node at `loc` (or of its key, with `at_key`); line 1 if no tree."""
    if root is None:
        return Span(1, 1, 1, 1)
    node, key_node = root, None
    for part in loc:
        found = _child(node, part)
        if found is None:
            continue  # missing field, or a union tag: stay at the deepest node reached
        key_node, node = found
    if at_key and key_node is not None:
        return _span(key_node)
    return _span(node)


def key_span(root: Any, loc: Loc) -> Span:
    """The key's position for the last part of `loc` (unknown and duplicate keys)."""
    return locate(root, loc, at_key=True)
