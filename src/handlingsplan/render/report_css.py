"""The html report's stylesheet: one A4 document that reads well on screen and in print.

The classification marking must stand on every printed page. A `position: fixed`
element is repeated on every page by Chromium and Firefox; the report's body sits in a
one-cell layout table whose empty `thead` is repeated on every page too, which keeps
the room under the marking free, so text never runs under it. The marking and the page
number are also written in the page's bottom margin (`@page` margin boxes, where the
browser draws them). No font, image or script is fetched: system fonts only.

Tables never grow past the page (Chromium would shrink every page to fit them): cells
wrap between words, long free text (`prose` columns) may also break inside a word, and
report_html gives URL-like tokens break points. A table row is never split over two
pages, and a short table is kept whole.
"""

from __future__ import annotations

import re

from handlingsplan.i18n import t

STYLE = """
:root { color-scheme: light; }
html { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial,
  sans-serif; font-size: 10.5pt; line-height: 1.4; color: #1b1b1b; background: #fff;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 186mm; padding: 0 6mm 8mm; background: #fff; }
.marking { position: fixed; top: 0; left: 0; right: 0; z-index: 2; margin: 0;
  padding: 1.6mm 4mm; background: #fff; color: #9b1c1c; border-bottom: 0.5mm solid #9b1c1c;
  font-weight: 700; font-size: 9.5pt; line-height: 1.25; text-align: center; }
table.page { width: 100%; border-collapse: collapse; }
table.page > thead > tr > td { height: 14mm; padding: 0; }
table.page > tbody > tr > td { padding: 0; }
h1 { font-size: 17pt; line-height: 1.2; margin: 0 0 1mm; }
h2 { font-size: 12.5pt; margin: 6mm 0 2mm; padding-bottom: 0.8mm;
  border-bottom: 0.3mm solid #b9c2cc; break-after: avoid; page-break-after: avoid; }
p { margin: 1.5mm 0 2.5mm; }
p.lead { margin-top: 0; color: #45505c; }
p.note { font-size: 8.8pt; color: #55606b; }
p.banner { padding: 2mm 3mm; border-left: 1mm solid #b45309; background: #fff7ed; }
table.facts, table.data { width: 100%; border-collapse: collapse; margin: 1.5mm 0 2.5mm; }
table.facts th, table.facts td { padding: 0.8mm 2mm 0.8mm 0; text-align: left;
  vertical-align: top; overflow-wrap: break-word; }
table.facts th { width: 30%; font-weight: 600; color: #333; }
table.data { font-size: 9pt; }
table.data th, table.data td { padding: 0.9mm 1.5mm; border: 0.25mm solid #c9cfd6;
  text-align: left; vertical-align: top; overflow-wrap: break-word; }
table.data thead { display: table-header-group; }
table.data thead th { background: #e9eef3; font-weight: 600; }
table.data tbody tr:nth-child(even) { background: #f7f9fb; }
table.data tr, table.facts tr { break-inside: avoid; page-break-inside: avoid; }
table.data th { overflow-wrap: normal; }
table.data .num { text-align: right; white-space: nowrap; }
table.data .tight { white-space: nowrap; }
table.data td.prose { overflow-wrap: anywhere; }
table.data.narrow { width: auto; min-width: 50%; }
table.data.small { break-inside: avoid; page-break-inside: avoid; }
.state { display: inline-block; padding: 0 1.4mm; border-radius: 0.8mm; white-space: nowrap; }
.s-overdue { background: #fde2e1; color: #8a1c1c; }
.s-behind, .s-late_start, .s-delayed { background: #fef0c7; color: #774600; }
.s-paused { background: #f1e6fd; color: #5b2a86; }
.s-on_track, .s-done { background: #dcf5e3; color: #14532d; }
.s-not_started { background: #e2ebfb; color: #1e3a8a; }
.s-postponed, .s-cancelled, .s-backlog { background: #ececec; color: #444; }
figure.gantt { margin: 2mm 0; break-inside: avoid; page-break-inside: avoid; }
figure.gantt svg { display: block; width: 100%; height: auto; max-height: 230mm; }
section.plan + section.plan { break-before: page; page-break-before: always; }
@media screen {
  html { background: #eceff2; }
  body { margin: 6mm auto; box-shadow: 0 0 3mm rgba(0, 0, 0, 0.15); }
}
@media print { body { max-width: none; padding: 0; } }
"""


def css_string(text: str) -> str:
    """Text as a quoted CSS string: everything but letters and digits as a hex escape,
    so no marking can end the string, or the <style> element around it."""
    # An escape ends at the space after it, which CSS then drops: write one always.
    body = "".join(c if c.isalnum() else f"\\{ord(c):x} " for c in text)
    return f'"{body}"'


def page_rules(marking: str | None, lang: str) -> str:
    """A4 margins; the marking bottom left and "page 1 of 3" bottom right."""
    boxes = f"@bottom-right {{ content: {_counter(lang)}; {_BOX} }}"
    if marking:
        boxes += f" @bottom-left {{ content: {css_string(marking)}; color: #9b1c1c; {_BOX} }}"
    return f"@page {{ size: A4; margin: 10mm 12mm 13mm; {boxes} }}"


_BOX = "font-family: sans-serif; font-size: 8pt;"
_COUNTERS = {"\x00": "counter(page)", "\x01": "counter(pages)"}


def _counter(lang: str) -> str:
    """ "Page {page} of {pages}" in the language, as CSS: strings and page counters."""
    words = t("report.page", lang, page="\x00", pages="\x01")
    parts = re.split("([\x00\x01])", words)
    return " ".join(_COUNTERS.get(part) or css_string(part) for part in parts if part)
