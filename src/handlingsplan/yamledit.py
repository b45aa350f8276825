"""Edits to an existing YAML file as text, at the positions of its nodes.

Dumping a changed tree anew would drop the user's comments, blank lines, quoting and
flow/block choices. Here every edit replaces only the span of what it changes, so the
rest of the file stays exactly as written: the one place that edits a plan in place
(rollover --update, migrate, adopt).

Edits are spans (start, end, replacement) of the original text, so the node positions
of one tree stay valid however many edits are made; `Editor.result` joins them at the
end. Removals and additions inside one collection are kept per collection until then,
because neighbours decide each other's spans (which comma goes, whether `[]` is left).

Positions are string indices: PyYAML's mark.index counts characters (not bytes) for str
input, with libyaml and with the pure-Python parser alike, except that libyaml does not
count a leading BOM; yamlio.decode drops it, and the Editor refuses text that still has
one. Lines are split at "\\n"; inserted lines take the file's own line ending, and a
file without a final line break stays without one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

_BLANKS = " \t\r\n"
# What may stand between two block sequence items before the next `-`: blanks, line
# breaks and whole comments.
_GAP = re.compile(r"(?:[ \t\r\n]|#[^\n]*)*")
_SPACE = re.compile(r"[ \t\r\n]*")
_BLOCK_SCALAR = ("|", ">")


def lookup(mapping: yaml.MappingNode, key: str) -> tuple[yaml.Node, yaml.Node] | None:
    """(key node, value node) of `key` in a mapping node, or None."""
    index = _entry_index(mapping, key)
    return None if index is None else _pair(mapping, index)


def _entry_index(mapping: yaml.MappingNode, key: str) -> int | None:
    for index, (key_node, _) in enumerate(mapping.value):
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            return index
    return None


def _pair(mapping: yaml.MappingNode, index: int) -> tuple[yaml.Node, yaml.Node]:
    key_node, value_node = mapping.value[index]
    return key_node, value_node


def _is_flow(node: yaml.Node) -> bool:
    # The pure parser leaves flow_style None on block collections, libyaml sets False.
    return isinstance(node, yaml.CollectionNode) and node.flow_style is True


def _is_empty(node: yaml.Node) -> bool:
    """`key:` or `-` with nothing after: PyYAML puts the empty scalar right after the
    indicator (libyaml after a following space in flow context), start == end."""
    return isinstance(node, yaml.ScalarNode) and not node.style and node.value == ""


def _content_end(text: str, node: yaml.Node) -> int:
    """Index just past the node's own text, before any trailing comment or blank line.

    PyYAML ends a block collection at the next token, past trailing comments and blank
    lines, and a block scalar past its trailing blank lines. Other scalars and flow
    collections end exactly, so a block collection ends where its last descendant does,
    and a block scalar at the end of its last line that is not blank.
    """
    if isinstance(node, yaml.ScalarNode):
        if node.style not in _BLOCK_SCALAR:
            return int(node.end_mark.index)
        start = node.start_mark.index
        return _line_end(text, start + len(text[start : node.end_mark.index].rstrip(_BLANKS)))
    if _is_flow(node) or not node.value:
        return int(node.end_mark.index)
    last: Any = node.value[-1]
    return _content_end(text, last[1] if isinstance(node, yaml.MappingNode) else last)


def _last_line(text: str, node: yaml.Node) -> int:
    """The 0-based line of the node's last content (its marks' numbering)."""
    return text.count("\n", 0, _content_end(text, node))


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def _line_end(text: str, index: int) -> int:
    """Index of the line break (`\\r\\n` or `\\n`) ending the line that holds `index`."""
    end = text.find("\n", index)
    if end < 0:
        return len(text)
    return end - 1 if end > 0 and text[end - 1] == "\r" else end


def _next_line(text: str, index: int) -> int:
    """Start of the line after the one that holds `index`, or the end of the text."""
    end = text.find("\n", index)
    return len(text) if end < 0 else end + 1


def _is_blank_line(text: str, start: int) -> bool:
    return not text[start : _line_end(text, start)].strip()


def _dash_after(text: str, index: int) -> int:
    """The `-` of the block sequence item that follows an item ending at `index`."""
    dash = _GAP.match(text, index)
    if dash is None or text[dash.end() : dash.end() + 1] != "-":
        raise ValueError(f"no '-' of a block sequence item after index {index}")
    return dash.end()


def _block_lines(block: str) -> list[str]:
    lines = block.replace("\r\n", "\n").rstrip("\n").split("\n")
    if lines == [""]:
        raise ValueError("empty block")
    return lines


def _runs(indexes: set[int]) -> list[tuple[int, int]]:
    """The indexes as runs of consecutive ones, (first, last) in order."""
    runs: list[list[int]] = []
    for index in sorted(indexes):
        if runs and runs[-1][1] == index - 1:
            runs[-1][1] = index
        else:
            runs.append([index, index])
    return [(first, last) for first, last in runs]


# (start, end, rank, replacement) on the original text. Among insertions at one place a
# lower rank goes first: a key added to the last activity (rank -4) lands before an
# activity appended after it (rank -2), whichever call came first.
_Edit = tuple[int, int, int, str]


def _apply(text: str, edits: list[_Edit]) -> str:
    """Join the untouched pieces and the replacements in order of position: what applying
    the edits last first would give, in one pass. The sort is stable, so insertions at one
    place with one rank keep the order in which they were made."""
    pieces: list[str] = []
    done = 0
    for start, end, _, replacement in sorted(edits, key=lambda edit: edit[:3]):
        if start < done:  # an insertion at the edge of a replaced span is no overlap
            raise ValueError(f"edit {start}:{end} overlaps an edit ending at {done}")
        pieces += [text[done:start], replacement]
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


@dataclass
class _Added:
    """A new entry or item, placed after the one at `anchor` (-1: there is none)."""

    anchor: int
    lines: list[str]  # block: whole lines, indented; flow: the one entry
    key: str | None = None


@dataclass
class _Changes:
    """What happens to one collection's entries. Removals and additions are worked out
    together in result(), because neighbours decide each other's spans: removing both
    items of `[A3, A13]` one by one would otherwise delete the comma twice."""

    node: yaml.CollectionNode
    removed: set[int] = field(default_factory=set)
    added: list[_Added] = field(default_factory=list)


class Editor:
    """Edits to `text` (whose node tree is `root`), joined by `result`."""

    def __init__(self, text: str, root: yaml.Node) -> None:
        if text.startswith("\ufeff"):
            raise ValueError("text starts with a BOM: libyaml's marks would be off by one")
        self.text = text
        self.root = root
        first = text.find("\n")
        self.newline = "\r\n" if first > 0 and text[first - 1] == "\r" else "\n"
        self._edits: list[_Edit] = []
        # By node identity: the caller keeps the tree alive while it edits.
        self._changes: dict[int, _Changes] = {}

    def set_value(
        self, mapping: yaml.MappingNode, key: str, value: str, after: str | None = None
    ) -> None:
        """Give `key` the value `value` (YAML text on one line), in place or as a new entry.

        An existing value's span is replaced; a trailing comment after it stays. A value
        that starts on a later line than its key (a block collection) is replaced through
        the end of its last line, so that `key: value` is followed by the rest of the file;
        a comment on the key's line is kept. A new entry goes after the entry `after`
        (when present) or after the last one; setting the same new key again replaces it.
        """
        if "\n" in value or "\r" in value:
            raise ValueError("value must be one line")
        found = lookup(mapping, key)
        if found is not None:
            self._replace_value(*found, value)
            return
        anchor = _entry_index(mapping, after) if after is not None else None
        entry = f"{key}: {value}"
        indent = "" if _is_flow(mapping) else " " * mapping.start_mark.column
        last = len(mapping.value) - 1
        self._add(mapping, _Added(last if anchor is None else anchor, [indent + entry], key))

    def add_block_entry(self, mapping: yaml.MappingNode, key: str, block: str) -> None:
        """Add the new entry `key` holding the block collection `block` (YAML without
        indentation) after the last entry of a block mapping, indented under its key as
        the mapping indents its other block values (2 when it has none)."""
        if _is_flow(mapping) or lookup(mapping, key) is not None:
            raise ValueError(f"cannot add {key!r} as a block entry")
        lines = _block_lines(block)
        column = mapping.start_mark.column
        nested = [v for _, v in mapping.value if isinstance(v, yaml.CollectionNode)]
        deeper = [v.start_mark.column - column for v in nested if not _is_flow(v)]
        step = next((d for d in deeper if d > 0), 2)
        indent, inner = " " * column, " " * (column + step)
        body = [indent + key + ":"] + [inner + line if line.strip() else "" for line in lines]
        self._add(mapping, _Added(len(mapping.value) - 1, body, key))

    def remove_key(self, mapping: yaml.MappingNode, key: str) -> None:
        """Remove the entry `key`: its whole lines in a block mapping (key line through
        the last line of its value), the entry and one comma in a flow mapping. A
        mapping left with no entries becomes `{}`. Absent key: no-op."""
        index = _entry_index(mapping, key)
        if index is not None:
            self._changes_of(mapping).removed.add(index)

    def remove_item(self, sequence: yaml.SequenceNode, index: int) -> None:
        """Remove one item: in a block sequence its `-` line through its last content line
        (comments and blank lines after it stay with what follows), in a flow sequence the
        item and one comma. A sequence left with no items becomes `[]`."""
        if not 0 <= index < len(sequence.value):
            raise ValueError(f"no item {index} in a sequence of {len(sequence.value)}")
        self._changes_of(sequence).removed.add(index)

    def set_item(self, sequence: yaml.SequenceNode, index: int, values: list[str]) -> None:
        """Replace the scalar item `index` by one or more scalars (YAML text, one line
        each), in place: further ones follow it as items of their own (`, b` in a flow
        sequence, a `- b` line at the same indentation in a block one). A comment after
        the item stays on its line, behind the last new item of a flow sequence and the
        first of a block one."""
        item = sequence.value[index] if 0 <= index < len(sequence.value) else None
        if not isinstance(item, yaml.ScalarNode) or _is_empty(item) or not values:
            raise ValueError(f"item {index} is not a scalar that can be replaced")
        if any("\n" in value or "\r" in value for value in values):
            raise ValueError("values must be one line each")
        if _is_flow(sequence):
            joined = ", ".join(values)
        else:
            dash = self._span(sequence, index)[0]
            pad = (
                self.newline
                + " " * self._column(dash)
                + "-"
                + " " * (item.start_mark.index - dash - 1)
            )
            joined = values[0] + "".join(pad + value for value in values[1:])
        self._edits.append((item.start_mark.index, _content_end(self.text, item), 0, joined))

    def append_item(self, sequence: yaml.SequenceNode, block: str) -> None:
        """Add `block` (an item's YAML without dash or indentation) after the last item of
        a block sequence, laid out as the existing items are."""
        if _is_flow(sequence) or not sequence.value:
            raise ValueError("append_item needs a block sequence")
        dash = sequence.start_mark.index
        indent = " " * (dash - _line_start(self.text, dash))
        step = self._item_offset(sequence, dash)
        lines = _block_lines(block)
        body = [indent + "-" + " " * (step - 1) + lines[0]]
        body += [indent + " " * step + line if line.strip() else "" for line in lines[1:]]
        if self._separated(sequence):
            body.insert(0, "")
        self._add(sequence, _Added(len(sequence.value) - 1, body))

    def set_block(self, root: yaml.MappingNode, key: str, block: str) -> None:
        """Give the top-level `key`, now empty (`key:`, `key: []` or `key: {}`), the block
        collection `block` (YAML without indentation), indented as the file indents its
        other top-level collections. A comment on the key's line stays there."""
        found = lookup(root, key)
        if found is None or not (_is_empty(found[1]) or _is_empty_flow(found[1])):
            raise ValueError(f"{key!r} is not an empty top-level value")
        colon = self._colon(found[0])
        end = _line_end(self.text, colon)
        rest = self.text[colon + 1 : end]
        comment = rest[rest.index("#") :].rstrip() if "#" in rest else ""
        lines = _block_lines(block)
        indent = " " * self._child_indent(root, lines[0].startswith("-"))
        body = "".join(self.newline + (indent + line if line.strip() else "") for line in lines)
        self._edits.append((colon + 1, end, 0, (" " + comment if comment else "") + body))

    def append_top_level(self, root: yaml.MappingNode, key: str, block: str) -> None:
        """Add `key:` and `block` (YAML without indentation) at the end of the file, after
        a blank line, indented as the file indents its other top-level collections."""
        if _is_flow(root) or lookup(root, key) is not None:
            raise ValueError(f"cannot append top-level key {key!r}")
        lines = _block_lines(block)
        indent = " " * self._child_indent(root, lines[0] == "-" or lines[0].startswith("- "))
        body = [f"{key}:"] + [indent + line if line.strip() else "" for line in lines]
        text, nl = self.text, self.newline
        end = _document_end(text, _content_end(text, root))
        if end < len(text):  # before a `...` or `---` that ends the document
            self._edits.append((end, end, 1, "".join(line + nl for line in ["", *body, ""])))
            return
        if not text.endswith("\n"):  # keep the file without a final line break
            self._edits.append((end, end, 1, nl + nl + nl.join(body)))
            return
        lead = "" if _is_blank_line(text, _line_start(text, end - 1)) else nl
        self._edits.append((end, end, 1, lead + "".join(line + nl for line in body)))

    def result(self) -> str:
        """The edited text; ValueError if two edits overlap (such as setting a value in
        an activity that is also removed)."""
        edits = list(self._edits)
        for changes in self._changes.values():
            if _is_flow(changes.node):
                edits += self._flow_edits(changes)
            else:
                edits += self._block_edits(changes)
        out = _apply(self.text, edits)
        if not self.text.endswith("\n") and out.endswith("\n"):
            # Removing the last line took its line break along; the file had none.
            out = out[: -len(self.newline)] if out.endswith(self.newline) else out[:-1]
        return out

    # -- set_value ---------------------------------------------------------------------

    def _replace_value(self, key: yaml.Node, node: yaml.Node, value: str) -> None:
        start = node.start_mark.index
        if _is_empty(node):
            self._edits.append((start, start, 0, self._empty_filler(key, start) + value))
        elif not isinstance(node, yaml.CollectionNode) or _is_flow(node):
            self._edits.append((start, _content_end(self.text, node), 0, value))
        else:  # a block collection, always on the lines after its key
            colon = self._colon(key)
            end = _line_end(self.text, _content_end(self.text, node))
            rest = self.text[colon + 1 : _line_end(self.text, colon)]
            comment = rest if rest.strip().startswith("#") else ""
            self._edits.append((colon + 1, end, 0, " " + value + comment))

    def _empty_filler(self, key: yaml.Node, at: int) -> str:
        """What goes between an empty value's position and the new value: `{a}` has no
        colon yet, `a:` needs a space."""
        if at <= key.end_mark.index:
            return ": "
        return "" if self.text[at - 1] in " \t" else " "

    def _colon(self, key: yaml.Node) -> int:
        colon = key.end_mark.index
        while self.text[colon : colon + 1] in (" ", "\t"):
            colon += 1
        if self.text[colon : colon + 1] != ":":
            raise ValueError(f"no ':' after the key at index {key.start_mark.index}")
        return colon

    # -- collections -------------------------------------------------------------------

    def _changes_of(self, node: yaml.CollectionNode) -> _Changes:
        changes = self._changes.get(id(node))
        if changes is None:
            changes = self._changes[id(node)] = _Changes(node)
        return changes

    def _add(self, node: yaml.CollectionNode, added: _Added) -> None:
        changes = self._changes_of(node)
        if added.key is not None:
            changes.added = [other for other in changes.added if other.key != added.key]
        changes.added.append(added)

    def _span(self, node: yaml.CollectionNode, index: int) -> tuple[int, int]:
        """(start, content end) of entry or item `index`; a block item starts at its `-`.

        Only the neighbours of an edit are measured, so that removing many items of a
        long block sequence stays linear.
        """
        if isinstance(node, yaml.MappingNode):
            key, value = _pair(node, index)
            return key.start_mark.index, _content_end(self.text, value)
        item: yaml.Node = node.value[index]
        end = _content_end(self.text, item)
        if _is_flow(node):
            return item.start_mark.index, end
        if index == 0:  # a block sequence starts at its first `-`
            return node.start_mark.index, end
        return _dash_after(self.text, _content_end(self.text, node.value[index - 1])), end

    # -- flow collections --------------------------------------------------------------

    def _flow_edits(self, changes: _Changes) -> list[_Edit]:
        spans = [self._span(changes.node, i) for i in range(len(changes.node.value))]
        edits = [_flow_removal(spans, first, last) for first, last in _runs(changes.removed)]
        kept = [i for i in range(len(spans)) if i not in changes.removed]
        # Where new entries go when none is kept: in place of the first, or before `}`.
        empty = spans[0][0] if spans else changes.node.end_mark.index - 1
        for number, added in enumerate(changes.added):
            edits.append(_flow_addition(spans, kept, added, empty, number == 0))
        return edits

    # -- block collections -------------------------------------------------------------

    def _block_edits(self, changes: _Changes) -> list[_Edit]:
        node, added = changes.node, list(changes.added)
        runs = _runs(changes.removed)
        edits: list[_Edit] = []
        shared = self._shares_line(node)
        if shared and runs and runs[0][0] == 0:
            edits += self._shared_run(node, runs.pop(0)[1], added)
        for first, last in runs:
            edits += [self._line_removal(node, index) for index in range(first, last + 1)]
        if len(changes.removed) == len(node.value) and not shared and not added:
            edits.append(self._empty_marker(node, min(edit[0] for edit in edits)))
        rank = -self._column(self._span(node, 0)[0])
        for new in added:
            edits.append(self._lines_after(self._span(node, new.anchor)[1], new.lines, rank))
        return edits

    def _shares_line(self, node: yaml.CollectionNode) -> bool:
        """Whether the first entry shares its line with what holds it (`- id: A1`)."""
        start = self._span(node, 0)[0]
        return bool(self.text[_line_start(self.text, start) : start].strip())

    def _shared_run(self, node: yaml.CollectionNode, last: int, added: list[_Added]) -> list[_Edit]:
        """Remove entries 0..last when the first shares its line (`- id: A1`): what
        follows moves up onto that line, so that the `-` keeps its value. New entries
        anchored in the run take the place of the first one (and leave `added`)."""
        start, end = self._span(node, 0)
        indent = self._column(start)
        if last == len(node.value) - 1:  # all go: a new entry, or `{}`/`[]`, stays there
            text = self._unindent(added.pop(0).lines, indent) if added else _marker(node)
            rest = [self._line_removal(node, index) for index in range(1, last + 1)]
            return [(start, end, 0, text), *rest]
        moved = [new for new in added if new.anchor <= last]
        added[:] = [new for new in added if new.anchor > last]
        end = self._span(node, last)[1]
        following = _SPACE.match(self.text, _next_line(self.text, end))
        pad = self.newline + " " * indent
        text = "".join(self._unindent(new.lines, indent) + pad for new in moved)
        return [(start, following.end() if following else end, 0, text)]

    def _line_removal(self, node: yaml.CollectionNode, index: int) -> _Edit:
        """The whole lines of entry `index`, through its last content line. Blank lines
        before it go too when blank lines (or the end of the file) follow, so that two
        runs of blank lines do not meet."""
        start, end = self._span(node, index)
        text = self.text
        first, stop = _line_start(text, start), _next_line(text, end)
        if stop == len(text) or _is_blank_line(text, stop):
            while first > 0 and _is_blank_line(text, _line_start(text, first - 1)):
                first = _line_start(text, first - 1)
        return (first, stop, 0, "")

    def _empty_marker(self, node: yaml.CollectionNode, at: int) -> _Edit:
        """A line `{}`/`[]` for a collection that lost every entry, so that its key holds
        an empty collection rather than null. An indentless sequence (`key:\n- a`) has
        its `-` at its key's column; `[]` there would be read as a key, so it goes deeper."""
        start = self._span(node, 0)[0]
        column, above = self._column(start), self._indent_above(start)
        indent = column if column > above else above + 2
        return (at, at, 0, " " * indent + _marker(node) + self.newline)

    def _lines_after(self, after: int, lines: list[str], rank: int) -> _Edit:
        """Insert whole lines after the line that holds index `after`."""
        at, nl = _next_line(self.text, after), self.newline
        if at == len(self.text) and not self.text.endswith("\n"):
            return (at, at, rank, "".join(nl + line for line in lines))
        return (at, at, rank, "".join(line + nl for line in lines))

    # -- layout ------------------------------------------------------------------------

    def _column(self, index: int) -> int:
        return index - _line_start(self.text, index)

    def _indent_above(self, index: int) -> int:
        """Indentation of the nearest line above `index` with content (-1: none)."""
        end = _line_start(self.text, index)
        while end > 0:
            start = _line_start(self.text, end - 1)
            line = self.text[start:end]
            if line.strip() and not line.lstrip().startswith("#"):
                return len(line) - len(line.lstrip(" "))
            end = start
        return -1

    def _unindent(self, lines: list[str], indent: int) -> str:
        """A new entry's lines as text that starts where an entry at `indent` started."""
        while not lines[0].strip():
            lines = lines[1:]
        return self.newline.join([lines[0][indent:], *lines[1:]])

    def _item_offset(self, sequence: yaml.SequenceNode, dash: int) -> int:
        """Columns from `-` to the item's text (`- id` 2, `-   id` 4), as the first item."""
        item_start = sequence.value[0].start_mark.index
        if "\n" in self.text[dash:item_start] or item_start <= dash:
            return 2
        return int(item_start - dash)

    def _separated(self, sequence: yaml.SequenceNode) -> bool:
        """Whether a blank line stands between the last two items."""
        count = len(sequence.value)
        if count < 2:
            return False
        previous_end = self._span(sequence, count - 2)[1]
        dash = self._span(sequence, count - 1)[0]
        gap = self.text[_next_line(self.text, previous_end) : _line_start(self.text, dash)]
        return any(not line.strip() for line in gap.splitlines())

    def _child_indent(self, root: yaml.MappingNode, sequence: bool) -> int:
        """How far the file indents a block value under a top-level key: the first such
        value of the same kind decides (a sequence may be written `key:\n- item`), then
        any other, then 2."""
        base = root.start_mark.column
        blocks = [value for _, value in root.value if not isinstance(value, yaml.ScalarNode)]
        blocks = [value for value in blocks if not _is_flow(value)]
        for value in blocks:
            if isinstance(value, yaml.SequenceNode) == sequence:
                return int(value.start_mark.column - base)
        for value in blocks:
            if value.start_mark.column > base:
                return int(value.start_mark.column - base)
        return 2


def _is_empty_flow(node: yaml.Node) -> bool:
    return _is_flow(node) and not node.value


_DOCUMENT_MARKER = re.compile(r"^(?:\.\.\.|---)(?:[ \t].*)?$", re.MULTILINE)


def _document_end(text: str, after: int) -> int:
    """The start of a `...` or `---` line after the root's content, or the text's end."""
    marker = _DOCUMENT_MARKER.search(text, _next_line(text, after))
    return marker.start() if marker is not None else len(text)


def _marker(node: yaml.CollectionNode) -> str:
    return "{}" if isinstance(node, yaml.MappingNode) else "[]"


def _flow_removal(spans: list[tuple[int, int]], first: int, last: int) -> _Edit:
    """Entries first..last of a flow collection with the comma after them (before them,
    at the end); all of them leave `{}`/`[]`."""
    if last + 1 < len(spans):
        return (spans[first][0], spans[last + 1][0], 0, "")
    if first > 0:
        return (spans[first - 1][1], spans[last][1], 0, "")
    return (spans[0][0], spans[-1][1], 0, "")


def _flow_addition(
    spans: list[tuple[int, int]], kept: list[int], added: _Added, empty: int, first: bool
) -> _Edit:
    """A new flow entry: after the last kept entry up to its anchor (after the value
    rather than before `}`, so that `{a: 1,}` stays valid), else before the first kept
    one, else at `empty` where there are none."""
    entry = added.lines[0]
    before = [index for index in kept if index <= added.anchor]
    if before:
        at = spans[before[-1]][1]
        return (at, at, 0, ", " + entry)
    if kept:
        at = spans[kept[0]][0]
        return (at, at, 0, entry + ", ")
    return (empty, empty, 0, entry if first else ", " + entry)
