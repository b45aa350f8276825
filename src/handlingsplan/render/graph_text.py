"""`hplan graph` as text: each activity with what it waits for and what waits for it.

    * A3  Klassa informationen i verksamhetskritiska system  2027-04-05 – 2027-10-29
          väntar på: A2 (slutar 2027-03-24, genomförd)
          sedan: A11, A15

The leading `*` marks the critical path (bold red in colour); done, postponed and
cancelled activities are dimmed in colour and say their status in words either way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text

from handlingsplan.i18n import t
from handlingsplan.render import console
from handlingsplan.render.graph_model import Model, Node, short

if TYPE_CHECKING:
    from handlingsplan.render.graph import Spec


def dates(node: Node) -> str:
    """`start – end`, or the one day of a milestone."""
    if node.start is None or node.end is None or node.start == node.end:
        return str(node.end or node.start or "")
    return f"{node.start} – {node.end}"


def headlines(node: Node, lang: str, room: int) -> list[str]:
    """Short name, dates and (for done, paused, postponed, cancelled) the status in words:
    on one line when it fits in `room` columns, else the dates on a line of their own."""
    when = dates(node)
    if node.noted:
        when += f"  ({t(f'value.{node.status}', lang)})"
    line = f"{short(node.name)}  {when}"
    return [line] if cell_len(line) <= room else [short(node.name), when]


def waits_for(node: Node, lang: str) -> str:
    if node.kind == "event":
        if node.end is None:
            return t("graph.waits_for_event", lang, name=node.ref)
        return t("graph.waits_for_event_date", lang, name=node.ref, date=node.end)
    if node.kind == "plan":
        return t("graph.waits_for_plan", lang, ref=node.ref)
    if node.noted:
        status = t(f"value.{node.status}", lang)
        return t("graph.waits_for_status", lang, ref=node.ref, date=node.end, status=status)
    return t("graph.waits_for", lang, ref=node.ref, date=node.end)


def entries(model: Model, lang: str, width: int) -> list[tuple[Node, list[str]]]:
    """Each activity with its lines: name and dates, what it waits for, what follows."""
    id_width = max(len(node.ref) for _, node in model.activities)
    found = []
    for index, node in model.activities:
        lines = headlines(node, lang, width - id_width - 3)
        lines += [waits_for(n, lang) for n in model.waits_for(index)]
        after = [n.ref for n in model.then(index)]
        if after:
            lines.append(t("graph.then", lang, refs=", ".join(after)))
        found.append((node, lines))
    return found


def grid(model: Model, lang: str, width: int) -> Table:
    """Marker, id, and the activity's lines in a column of their own, so that they wrap
    under the name, not under the id."""
    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold")
    for node, (first, *rest) in entries(model, lang, width):
        dim = "dim" if node.muted else ""
        marker = styled("*", f"{dim} bold red") if node.critical else styled(" ", "")
        ident = styled(node.ref, f"{dim} bold" if node.critical else dim)
        table.add_row(marker, ident, styled(first, dim))
        for line in rest:
            table.add_row("", "", styled(line, dim))
    return table


def plain(model: Model, lang: str, width: int) -> str | None:
    """The same lines as `grid` draws without colour, laid out here (rich's Table costs
    half a millisecond a row); None when the width leaves the text too little room."""
    from handlingsplan.render.table_plain import wrapped

    id_width = max(len(node.ref) for _, node in model.activities)
    room = width - id_width - 3
    if room < 10:
        return None
    out = []
    for node, lines in entries(model, lang, width):
        marker = "*" if node.critical else " "
        for n, line in enumerate(part for text in lines for part in wrapped(text, room)):
            lead = f"{marker} {node.ref.ljust(id_width)} " if n == 0 else " " * (id_width + 3)
            out.append((lead + line).rstrip())
    return "\n".join(out) + "\n"


def styled(text: str, style: str) -> Text:
    """Text whose style covers its characters only: the padding rich adds stays plain, so
    no line ends in styled spaces."""
    return Text.assemble((text, style.strip()))


def header(model: Model, spec: Spec) -> list[Text]:
    """The marking, the banner, the title and, when there is a critical path, its legend."""
    parts: list[Text] = []
    if spec.marking:
        parts.append(Text(" ".join(spec.marking.split()), style="bold"))
    if spec.banner:
        parts.append(Text(spec.banner, style="bold yellow"))
    parts.append(Text(t("graph.title", spec.lang, title=model.title), style="bold"))
    if any(node.critical for node in model.nodes):
        legend = Text(t("graph.legend", spec.lang))
        legend.stylize("bold red", 0, 1)  # the `*` as it stands before each activity
        parts.append(legend)
    return parts


def render_text(model: Model, spec: Spec) -> str:
    parts: list[Text | Table | str] = [*header(model, spec), Text("")]
    laid_out = None if spec.color or not model.activities else plain(model, spec.lang, spec.width)
    if not model.activities:
        parts.append(Text(t("view.no_activities", spec.lang)))
    elif laid_out is not None:
        parts.append(console.Verbatim(laid_out))
    else:
        parts.append(grid(model, spec.lang, spec.width))
    return console.draw(parts, spec.width, spec.color)
