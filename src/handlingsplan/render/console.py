"""Rich draws the views: to text (with or without colour) or, recorded, to SVG and HTML.

Imported only by the view commands: rich costs tens of milliseconds to import, which
`hplan validate` never pays.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Sequence
from typing import Any

from rich._export_format import CONSOLE_HTML_FORMAT, CONSOLE_SVG_FORMAT
from rich.console import Console

PICTURES = ("svg", "html")


class Verbatim(str):
    """Text already laid out (render/table_plain.py): written as it is, past rich."""


def console(width: int, color: bool, record: bool = False) -> Console:
    return Console(
        file=io.StringIO(),
        width=width,
        force_terminal=color or record,
        no_color=not (color or record),
        color_system="truecolor" if record else ("standard" if color else None),
        highlight=False,
        emoji=False,
        markup=False,
        record=record,
        legacy_windows=False,
        force_jupyter=False,
        force_interactive=False,
        _environ={},  # NO_COLOR, COLUMNS and TERM are decided by the caller, not rich
    )


def draw(parts: Sequence[Any], width: int, color: bool, fmt: str = "text", title: str = "") -> str:
    """The parts (rich renderables or plain text) one under the other, as `fmt`: text,
    svg or html. Pictures are drawn in colour whatever `color` says: they are documents."""
    out = console(width, color, record=fmt in PICTURES)
    for part in parts:
        if isinstance(part, Verbatim) and not out.record:
            out.file.write(part)
        else:
            out.print(part, overflow="ellipsis", crop=True)
    if fmt == "svg":
        return out.export_svg(title=title or "hplan", code_format=_SVG)
    if fmt == "html":
        return out.export_html(inline_styles=True, code_format=_html_format(title))
    text = out.file.getvalue()  # type: ignore[attr-defined]
    return "\n".join(line.rstrip() for line in text.split("\n"))


# Rich's SVG fetches its font from a CDN when opened. A plan's picture may be confidential
# and is opened on machines that should not call out: keep the local font and the
# monospace fallback, drop the URLs.
_SVG = re.sub(r',\s*url\("https?://[^"]*"\) format\("[^"]*"\)', "", CONSOLE_SVG_FORMAT)


def _html_format(title: str) -> str:
    """Rich's page with a <title>, so that a saved report is named in the browser."""
    escaped = html.escape(title or "hplan").replace("{", "{{").replace("}", "}}")
    return CONSOLE_HTML_FORMAT.replace("<head>\n", f"<head>\n<title>{escaped}</title>\n", 1)
