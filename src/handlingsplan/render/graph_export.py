"""`hplan graph` as Mermaid (`flowchart LR`) or Graphviz dot.

Nodes are named n0, n1, … in the model's order: plan ids may hold `.` and `-`, and an id
such as `end` is a Mermaid keyword, so the id is shown in the label, never used as one.
Activities are boxes, events outside the plan flags (Mermaid) or notes (dot), another
plan's activities dashed parallelograms (Mermaid) or dashed boxes (dot). Critical-path
nodes and edges are red and thick; done, postponed and cancelled activities grey.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from handlingsplan.i18n import t
from handlingsplan.render.graph_model import Model, Node, short
from handlingsplan.render.graph_text import dates

if TYPE_CHECKING:
    from handlingsplan.render.graph import Spec

RED = "#c62828"
GREY = "#9e9e9e"

# What Mermaid cannot take as itself in a quoted label: its own entity codes instead.
# `#` and `;` because `#word;` is read as a code; `<`, `>`, `&` because labels are HTML;
# `%` because Mermaid reads `%%{…}%%` anywhere in the text, comments too, as configuration.
_MERMAID = str.maketrans(
    {
        '"': "#quot;",
        "#": "#35;",
        ";": "#59;",
        "<": "#lt;",
        ">": "#gt;",
        "&": "#amp;",
        "`": "#96;",
        "%": "#37;",
    }
)
_SHAPES = {"activity": ('["', '"]'), "event": ('>"', '"]'), "plan": ('[/"', '"/]')}
_CLASSES = (
    ("done", f"fill:#eeeeee,stroke:{GREY},color:#616161"),
    ("dropped", f"fill:#f5f5f5,stroke:{GREY},color:#757575,stroke-dasharray: 4 3"),
    ("external", "fill:#fff8e1,stroke:#b28704"),
    ("other", "fill:#ffffff,stroke:#616161,stroke-dasharray: 5 5"),
    ("crit", f"stroke:{RED},stroke-width:3px"),
)


def one_line(text: str) -> str:
    return " ".join(text.split())


def lines(node: Node, lang: str) -> list[str]:
    """A node's label, line by line, unescaped."""
    if node.kind == "plan":
        return [node.ref, f"({t('graph.other_plan', lang)})"]
    if node.kind == "event":
        return [short(node.ref)] + ([str(node.end)] if node.end else [])
    label = [f"{node.ref}: {short(node.name)}", dates(node)]
    if node.noted:
        label.append(f"({t(f'value.{node.status}', lang)})")
    return label


def css_class(node: Node) -> str | None:
    if node.kind == "event":
        return "external"
    if node.kind == "plan":
        return "other"
    if node.muted:
        return "done" if node.status == "done" else "dropped"
    return None


def heading(model: Model, spec: Spec) -> list[str]:
    """The marking, the banner and the title: what stands at the top of an export."""
    found = [one_line(spec.marking)] if spec.marking else []
    if spec.banner:
        found.append(one_line(spec.banner))
    return [*found, one_line(t("graph.title", spec.lang, title=model.title))]


def mermaid(model: Model, spec: Spec) -> str:
    title = heading(model, spec)[-1]
    if spec.marking:
        title = f"{one_line(spec.marking)} — {title}"
    out = ["---", f"title: {_yaml_string(_inert(title))}", "---"]
    out += [f"%% {_inert(line)}" for line in heading(model, spec)]
    out.append("flowchart LR")
    for i, node in enumerate(model.nodes):
        label = "<br/>".join(line.translate(_MERMAID) for line in lines(node, spec.lang))
        opening, closing = _SHAPES[node.kind]
        out.append(f"    n{i}{opening}{label}{closing}")
    for edge in model.edges:
        arrow = "==>" if edge.critical else "-->"
        if model.nodes[edge.source].kind != "activity":
            arrow = "-.->"
        out.append(f"    n{edge.source} {arrow} n{edge.target}")
    return "\n".join(out + _mermaid_styles(model)) + "\n"


def _mermaid_styles(model: Model) -> list[str]:
    members: dict[str, list[str]] = {name: [] for name, _ in _CLASSES}
    for i, node in enumerate(model.nodes):
        for name in (css_class(node), "crit" if node.critical else None):
            if name:
                members[name].append(f"n{i}")
    out = [f"    classDef {name} {style}" for name, style in _CLASSES if members[name]]
    out += [f"    class {','.join(ids)} {name}" for name, ids in members.items() if ids]
    critical = [str(i) for i, edge in enumerate(model.edges) if edge.critical]
    if critical:
        out.append(f"    linkStyle {','.join(critical)} stroke:{RED},stroke-width:3px")
    return out


def _inert(text: str) -> str:
    """`%%` split to `% %` where entity codes cannot stand: Mermaid would take a `%%{…}%%`
    in the title or a comment for configuration."""
    return re.sub("%(?=%)", "% ", text)


def _yaml_string(text: str) -> str:
    """A YAML double-quoted scalar (the front matter is YAML, and not entity-decoded)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def dot_string(texts: list[str]) -> str:
    """A dot string of these lines (`\\n` between them), with `\\` and `"` escaped."""
    escaped = (one_line(text).replace("\\", "\\\\").replace('"', '\\"') for text in texts)
    return '"' + "\\n".join(escaped) + '"'


_DOT_KIND = {
    "event": 'shape=note, style=filled, fillcolor="#fff8e1", color="#b28704"',
    "plan": 'shape=box, style=dashed, color="#616161"',
}


def _dot_node(i: int, node: Node, lang: str) -> str:
    attrs = [f"label={dot_string(lines(node, lang))}"]
    if node.kind in _DOT_KIND:
        attrs.append(_DOT_KIND[node.kind])
    elif node.muted:
        dashed = "" if node.status == "done" else ",dashed"
        attrs.append(f'style="rounded,filled{dashed}", fillcolor="#eeeeee", fontcolor="#616161"')
    if node.critical:
        attrs.append(f'penwidth=2, color="{RED}"')
    return f"  n{i} [{', '.join(attrs)}];"


def dot(model: Model, spec: Spec) -> str:
    head = heading(model, spec)
    graph_label = dot_string([*head, t("graph.key", spec.lang)])
    out = [f"// {line}" for line in head]
    out += [
        "digraph plan {",
        f'  graph [rankdir=LR, labelloc=t, fontname="Helvetica", label={graph_label}];',
        '  node [shape=box, style=rounded, fontname="Helvetica"];',
        '  edge [color="#616161"];',
    ]
    out += [_dot_node(i, node, spec.lang) for i, node in enumerate(model.nodes)]
    for edge in model.edges:
        attrs = f' [penwidth=2, color="{RED}"]' if edge.critical else ""
        if model.nodes[edge.source].kind != "activity":
            attrs = " [style=dashed]"
        out.append(f"  n{edge.source} -> n{edge.target}{attrs};")
    return "\n".join([*out, "}"]) + "\n"
