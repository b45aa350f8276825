"""The one place that reads (and writes) YAML.

Reading is one pass over PyYAML's node tree instead of `yaml.load`, because the safe
loaders lose or twist what users write (shared/notes): duplicate keys keep the last
value silently, `yes`/`no` become booleans, `0123` octal, `1:30` base 60, `8.10` the
float 8.1, and an alias bomb is only expanded later by whatever walks the result. Here:

* bytes are decoded by us (UTF-8, BOM allowed) so a Latin-1 file gets a line number;
* the document is composed by libyaml (CSafeLoader) when present; a cheap text test
  decides whether an event scan must first refuse anchors or nesting deep enough to
  hurt libyaml, and the conversion walk refuses any node it meets twice (an alias), so
  an alias bomb is refused before its expansion is walked, whatever the text test saw;
* nodes become Python values under YAML 1.2 core rules, and numbers remember how they
  were written (YInt/YFloat.raw), so a text field can take the scalar exactly as written;
* every problem is a Diagnostic with a position, never an exception.

The node tree is kept: source_map uses it to place every later diagnostic.
"""

from __future__ import annotations

import os
import re
import stat
import sys
import tempfile
from dataclasses import dataclass, field
from typing import Any

import yaml

from handlingsplan.diagnostics import Diagnostic, Loc, make

MAX_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 50
STDIN = "-"

_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_T = "tag:yaml.org,2002:"
_STR, _SEQ, _MAP = _T + "str", _T + "seq", _T + "map"
# The tag resolve() gives an untagged scalar, so that an explicit `!!str 12` (tag str)
# can still be told from a plain `12`.
UNTAGGED = _UNTAGGED = "tag:hplan,2026:untagged"


class Loader(_BaseLoader):  # type: ignore[misc]
    """libyaml's composer without YAML 1.1 tag resolution.

    PyYAML's resolver runs a regex chain in Python for every untagged scalar (a fifth
    of the load time of a large plan), only to guess YAML 1.1 types that scalar_value
    decides anew under YAML 1.2. Untagged nodes get the plain str/seq/map tags here;
    explicit tags are left as written, so unsafe ones are still refused.
    """

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        if kind is yaml.ScalarNode:
            return _UNTAGGED
        return _SEQ if kind is yaml.SequenceNode else _MAP


SAFE_TAGS = frozenset(
    [
        _T + name
        for name in ("str", "int", "float", "bool", "null", "timestamp", "value", "seq", "map")
    ]
    + [_UNTAGGED]
)
_NULLS = frozenset(("~", "null", "Null", "NULL"))
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_NUMBER_START = frozenset("0123456789+-.")
_INT = re.compile(r"[-+]?[0-9]+")
_INT_OTHER = re.compile(r"0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_SPECIAL_FLOATS = {".inf": float("inf"), "+.inf": float("inf"), "-.inf": float("-inf"),
                   ".nan": float("nan")}  # fmt: skip
# Cheap signs that the precise (event) scan is needed; see _needs_scan.
# Nesting this deep may crash or stall libyaml's composer (200,000 levels segfault it),
# so the event scan must see it first. Depths between MAX_DEPTH and this are refused
# precisely, and cheaply, by the conversion walk.
_SCAN_DEPTH = 100
_PURE_SCAN_MAX = 256 * 1024  # characters the pure-Python parser reads in about 0.3 s
# Block nesting of depth d puts some line's content at column d - 1 or beyond, after
# spaces and the indicators `-` and `?`; re finds the literal newline quickly.
_DEEP_BLOCK = re.compile(rf"(?:^|\n)[ \t?-]{{{_SCAN_DEPTH - 1},}}")
_BRACKETS = re.compile(r"[\[\]{}]")
_BEFORE_ANCHOR = frozenset(" \t\r\n\x85\u2028\u2029\ufeff[{,:?-")
_NOT_ANCHOR_NAME = frozenset(" \t\r\n\x85\u2028\u2029\ufeff,[]{}")


class YInt(int):
    """An int that remembers its text: `id: 012` must stay "012"."""

    raw: str

    def __new__(cls, value: int, raw: str) -> YInt:
        obj = super().__new__(cls, value)
        obj.raw = raw
        return obj


class YFloat(float):
    """A float that remembers its text: `controls: [8.10]` must stay "8.10"."""

    raw: str

    def __new__(cls, value: float, raw: str) -> YFloat:
        obj = super().__new__(cls, value)
        obj.raw = raw
        return obj


@dataclass
class Loaded:
    """What reading one file gave: the text, the node tree, the data, or diagnostics."""

    path: str
    text: str | None = None
    root: Any = None
    data: Any = None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.root is not None and not any(
            d.severity.name == "ERROR" for d in self.diagnostics
        )


def display_path(path: str) -> str:
    return "<stdin>" if path == STDIN else path


def _at(
    code: str, line: int, column: int, message_id: str | None = None, **args: Any
) -> Diagnostic:
    return make(code, (), message_id, **args).placed(line, column, line, column)


def read_bytes(path: str, max_bytes: int = MAX_BYTES) -> bytes | Diagnostic:
    """The file's bytes, or HP001/HP004. The size is checked before anything is read."""
    if path == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            return _at("HP004", 1, 1, "HP004.size", limit=max_bytes // (1024 * 1024))
        return data
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            return _at("HP001", 1, 1, "HP001.directory")
        if info.st_size > max_bytes:
            return _at("HP004", 1, 1, "HP004.size", limit=max_bytes // (1024 * 1024))
        with open(path, "rb") as handle:
            return handle.read(max_bytes + 1)
    except FileNotFoundError:
        return _at("HP001", 1, 1, "HP001.missing")
    except OSError as exc:
        return _at("HP001", 1, 1, "HP001.os", reason=exc.strerror or str(exc))


def decode(data: bytes) -> str | Diagnostic:
    """UTF-8 text (a BOM is dropped), or HP001 naming the line of the first bad byte.

    An unreadable file is placed at line 1, column 1 (plan-format.md); the message names
    the line and column (in characters) of the first byte that is not UTF-8.
    """
    if b"\x00" in data:
        return _at("HP001", 1, 1, "HP001.binary")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        where = {
            "line": data.count(b"\n", 0, exc.start) + 1,
            "column": len(data[line_start : exc.start].decode("utf-8-sig", errors="replace")) + 1,
        }
        byte = data[exc.start]
        if _looks_like_latin1(data):
            char = bytes([byte]).decode("cp1252", errors="replace")
            return _unreadable("HP001.latin1", byte=f"0x{byte:02X}", char=char, **where)
        return _unreadable("HP001.encoding", byte=f"0x{byte:02X}", **where)


def _looks_like_latin1(data: bytes) -> bool:
    """Latin-1/Windows-1252 text has lone high bytes that are letters there (å ä ö é).

    A file that also holds valid UTF-8 letters is UTF-8 with a bad byte, not Latin-1.
    """
    if any(ord(c) > 127 and c != "\ufffd" for c in data.decode("utf-8", errors="replace")):
        return False
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    high = [c for c in text if ord(c) > 127]
    return bool(high) and sum(c.isalpha() for c in high) * 2 >= len(high)


def _has_anchor(text: str) -> bool:
    """An `&name` where YAML reads an anchor (an alias needs one, so `*` need not be
    looked for). `R&D` or `a & b` in a note are not anchors."""
    at = text.find("&")
    while at != -1:
        before = text[at - 1] if at else "\n"
        after = text[at + 1 : at + 2]
        if before in _BEFORE_ANCHOR and after and after not in _NOT_ANCHOR_NAME:
            return True
        at = text.find("&", at + 1)
    return False


def _needs_scan(text: str) -> bool:
    """True when the text might hold anchors or nesting deep enough to hurt libyaml.

    The precise event scan costs a pass in Python, so it runs only when a cheap test says
    it could matter; a false alarm (an `&` inside a quoted note) only costs that pass.
    """
    if _has_anchor(text) or _DEEP_BLOCK.search(text):
        return True
    if text.count("[") + text.count("{") <= _SCAN_DEPTH:
        return False
    depth = 0
    for match in _BRACKETS.finditer(text):
        depth += 1 if match.group() in "[{" else -1
        if depth > _SCAN_DEPTH:
            return True
    return False


def _scan(text: str, loader_class: Any = None) -> Diagnostic | None:
    """Walk libyaml's events, refusing anchors, aliases and nesting past MAX_DEPTH early.

    Levels are counted as the conversion walk counts them: the root collection is level
    0, so the verdict and the place do not depend on whether this scan ran.
    """
    loader = (loader_class or Loader)(text)
    level = -1
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                return _mark("HP004", event.start_mark, "HP004.anchor")
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                level += 1
                if level > MAX_DEPTH:
                    return _mark("HP004", event.start_mark, "HP004.depth", limit=MAX_DEPTH)
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                level -= 1
    except yaml.MarkedYAMLError as exc:
        if _too_deep(exc) and loader_class is None:
            # libyaml hit its own limit (1000) while scanning ahead for a possible key, far
            # past ours. The pure parser has no limit and hands out events one at a time
            # (it looks ahead at most one line or 1024 characters), so it finds the node
            # that crosses ours, long before the 1000th.
            # It reads from the top, so only when the trouble starts early enough for it
            # to get there in well under a second (it stops as soon as it finds it).
            near = exc.problem_mark is not None and exc.problem_mark.index <= _PURE_SCAN_MAX
            found = _scan(text, yaml.SafeLoader) if near else None
            return found or _mark("HP004", exc.problem_mark, "HP004.depth", limit=MAX_DEPTH)
        return None  # compose() reports syntax errors with their position
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()
    return None


def _too_deep(exc: yaml.MarkedYAMLError) -> bool:
    return "maximum nesting depth" in str(exc.problem or exc.context or "")


def _mark(code: str, mark: Any, message_id: str | None = None, **args: Any) -> Diagnostic:
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    return _at(code, line, column, message_id, **args)


def compose(text: str) -> Any:
    """The single document's root node (None for an empty one), or a Diagnostic."""
    if _needs_scan(text):
        refused = _scan(text)
        if refused is not None:
            return refused
    loader = Loader(text)
    try:
        return loader.get_single_node()
    except yaml.reader.ReaderError as exc:  # a control character, named by its position
        return _reader_error(text, exc)
    except yaml.composer.ComposerError as exc:
        if "single document" in str(exc.context):
            return _mark("HP005", exc.problem_mark, "HP005.documents")
        return _yaml_error(exc, text)
    except yaml.MarkedYAMLError as exc:
        return _yaml_error(exc, text)
    except yaml.YAMLError as exc:  # unmarked (rare): still a diagnostic, never a traceback
        return _at("HP002", 1, 1, "HP002", problem=str(exc))
    except RecursionError:  # the pure-Python composer on deep input
        return _at("HP004", 1, 1, "HP004.depth", limit=MAX_DEPTH)
    finally:
        loader.dispose()


def _reader_error(text: str, exc: yaml.reader.ReaderError) -> Diagnostic:
    """HP001 at line 1, column 1, naming the first such character and where it stands
    (found in the text: libyaml's `position` counts bytes, not characters)."""
    index = text.find(chr(exc.character)) if isinstance(exc.character, int) else -1
    if index < 0:
        return _at("HP001", 1, 1, "HP001.control")
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    char = f"U+{ord(text[index]):04X}"
    return _unreadable("HP001.control_at", char=char, line=line, column=column)


def _unreadable(message_id: str, **args: Any) -> Diagnostic:
    """HP001 at line 1, column 1, with message arguments that may be `line` and `column`."""
    return make("HP001", (), message_id, extra=args).placed(1, 1, 1, 1)


# libyaml's words for the syntax errors people make, -> our message (in the reader's
# language) and whether to point where the construct began (an unclosed bracket or
# quote is clearer at its opening than where the parser gave up).
_SYNTAX = (
    ("found a tab character", "HP002.tab", False),
    ("mapping values are not allowed", "HP002.colon", False),
    ("did not find expected ',' or ']'", "HP002.bracket", True),
    ("did not find expected ',' or '}'", "HP002.brace", True),
    ("found unexpected end of stream", "HP002.quote", True),
    ("did not find expected key", "HP002.indent", False),
    ("did not find expected '-' indicator", "HP002.indent", False),
    ("could not find expected ':'", "HP002.missing_colon", False),
    ("found undefined alias", "HP004.anchor", False),
)


def _yaml_error(exc: yaml.MarkedYAMLError, text: str = "") -> Diagnostic:
    problem = exc.problem or exc.context or "invalid YAML"
    if _too_deep(exc):
        return _mark("HP004", exc.problem_mark, "HP004.depth", limit=MAX_DEPTH)
    if "special characters are not allowed" in problem or "control characters" in problem:
        return _mark("HP001", exc.problem_mark, "HP001.control")
    mark = exc.problem_mark or exc.context_mark
    if "cannot start any token" in problem and mark is not None:
        char = _char_at(text, mark)
        message_id = "HP002.tab" if char == "\t" else "HP002.char"
        return _mark("HP002", mark, message_id, problem=problem, char=char)
    for words, message_id, at_start in _SYNTAX:
        if words in problem:
            where = exc.context_mark if at_start and exc.context_mark is not None else mark
            return _mark(message_id[:5], where, message_id, problem=problem)
    return _mark("HP002", mark, "HP002", problem=problem)


def _char_at(text: str, mark: Any) -> str:
    lines = text.splitlines()
    if 0 <= mark.line < len(lines) and 0 <= mark.column < len(lines[mark.line]):
        return str(lines[mark.line][mark.column])
    return ""


class _Refused(Exception):
    """Stops the conversion at the first unsafe node (HP004): nothing past it is trusted."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message_id)
        self.diagnostic = diagnostic


class _Converter:
    """Node tree -> Python values, under YAML 1.2 core rules, collecting HP003."""

    def __init__(self) -> None:
        self.diagnostics: list[Diagnostic] = []
        # Collections already converted. An alias makes the composer hand out the same
        # node twice; the text scan for anchors is only a fast path, this is the guard:
        # a node seen again is refused before its expansion is walked.
        self.seen: set[int] = set()

    def convert(self, node: Any, depth: int, loc: Loc) -> Any:
        if node.tag not in SAFE_TAGS:
            raise _Refused(_mark("HP004", node.start_mark, "HP004.tag", tag=_short_tag(node.tag)))
        if isinstance(node, yaml.ScalarNode):
            return scalar_value(node)
        if depth > MAX_DEPTH:
            raise _Refused(_mark("HP004", node.start_mark, "HP004.depth", limit=MAX_DEPTH))
        if id(node) in self.seen:
            raise _Refused(_mark("HP004", node.start_mark, "HP004.anchor"))
        self.seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            return [self.convert(item, depth + 1, (*loc, i)) for i, item in enumerate(node.value)]
        return self.mapping(node, depth, loc)

    def mapping(self, node: Any, depth: int, loc: Loc) -> dict[str, Any]:
        out: dict[str, Any] = {}
        first: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = self.key(key_node)
            if key in first:
                earlier = first[key].start_mark.line + 1
                start, end = key_node.start_mark, key_node.end_mark
                found = make("HP003", (*loc, key), "HP003", key=key, first=earlier)
                self.diagnostics.append(
                    found.placed(start.line + 1, start.column + 1, end.line + 1, end.column + 1)
                )
                continue  # keep the first value; the error makes the user choose
            first[key] = key_node
            out[key] = self.convert(value_node, depth + 1, (*loc, key))
        return out

    def key(self, node: Any) -> str:
        if node.tag == _T + "merge" or (node.value == "<<" and not getattr(node, "style", None)):
            raise _Refused(_mark("HP004", node.start_mark, "HP004.merge"))
        if not isinstance(node, yaml.ScalarNode):
            raise _Refused(_mark("HP004", node.start_mark, "HP004.complex_key"))
        if node.tag not in SAFE_TAGS:
            raise _Refused(_mark("HP004", node.start_mark, "HP004.tag", tag=_short_tag(node.tag)))
        return str(node.value)


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_T) :] if tag.startswith(_T) else tag


def scalar_value(node: Any) -> Any:
    """A scalar under YAML 1.2 core rules; plain numbers keep their text (YInt/YFloat)."""
    value: str = node.value
    if node.style or node.tag == _STR:  # quoted, block, or tagged !!str: always text
        return value
    if not value or value in _NULLS:
        return None
    if value[0] in _NUMBER_START:
        return _number(value)
    return _BOOLS.get(value, value)


def _number(value: str) -> Any:
    try:
        if _INT.fullmatch(value):
            return YInt(int(value, 10), value)
        if _INT_OTHER.fullmatch(value):
            return YInt(int(value, 0), value)
    except ValueError:  # over Python's 4,300-digit limit: no plan means such a number
        return value
    if _FLOAT.fullmatch(value):
        return YFloat(float(value), value)
    special = _SPECIAL_FLOATS.get(value.lower())
    return YFloat(special, value) if special is not None else value


def to_python(root: Any) -> tuple[Any, list[Diagnostic]]:
    """Convert the tree; on an unsafe node return (None, [HP004]) and nothing else."""
    converter = _Converter()
    try:
        data = converter.convert(root, 0, ())
    except _Refused as refused:
        return None, [refused.diagnostic]
    return data, converter.diagnostics


def load(path: str, max_bytes: int = MAX_BYTES) -> Loaded:
    """Read, decode, compose and convert one file; every failure is a diagnostic."""
    loaded = Loaded(display_path(path))
    raw = read_bytes(path, max_bytes)
    text = decode(raw) if isinstance(raw, bytes) else raw
    if isinstance(text, Diagnostic):
        loaded.diagnostics.append(text)
        return loaded
    return parse(loaded, text)


def parse(loaded: Loaded, text: str) -> Loaded:
    """Compose and convert `text` into `loaded` (a file's text, or one hplan made)."""
    loaded.text = text
    root = compose(text)
    if isinstance(root, Diagnostic):
        loaded.diagnostics.append(root)
        return loaded
    if root is None:
        loaded.diagnostics.append(_at("HP005", 1, 1, "HP005.empty"))
        return loaded
    loaded.root = root
    loaded.data, problems = to_python(root)
    loaded.diagnostics.extend(problems)
    if loaded.data is None:
        loaded.root = None
        if not problems:  # a document that is only `---`, `~` or `null`
            loaded.diagnostics.append(_at("HP005", 1, 1, "HP005.empty"))
    return loaded


def atomic_write(path: str, data: str | bytes) -> None:
    """Write `data` to `path` atomically (text as UTF-8, bytes as they are: a workbook),
    keeping an existing file's permissions.

    A temporary file in the same folder is written, flushed and fsynced, given the old
    file's mode (mkstemp creates 0600), renamed over the target, and the folder fsynced,
    so a crash leaves either the old file or the new one, never half of either.
    """
    # Through a symbolic link, the file it names is replaced, not the link (a plans
    # repository may link `current.yaml` to this year's plan).
    path = os.path.realpath(path)
    folder = os.path.dirname(path)
    try:
        mode: int | None = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        mode = None
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".hplan-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    _fsync_folder(folder)


def _fsync_folder(folder: str) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not every platform can open a folder; the rename is still atomic
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
