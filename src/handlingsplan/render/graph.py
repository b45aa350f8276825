"""`hplan graph`: the dependencies between a plan's activities, and on what lies outside it.

The graph is built once as plain data (graph_model), then drawn as text (graph_text), a
Mermaid flowchart or Graphviz dot (graph_export). Every format starts with the plan's
classification marking and, for a plan with errors, the banner that counts them.
"""

from __future__ import annotations

from dataclasses import dataclass

from handlingsplan.model import Plan
from handlingsplan.render.graph_export import dot, mermaid
from handlingsplan.render.graph_model import Edge, Model, Node, build
from handlingsplan.render.graph_text import render_text

__all__ = ["Edge", "Model", "Node", "Spec", "build", "render"]


@dataclass
class Spec:
    fmt: str  # text | mermaid | dot
    lang: str
    width: int  # columns, for text
    color: bool  # ANSI colour, for text
    marking: str | None  # the plan's classification, shown first
    banner: str | None  # the sentence counting the plan's errors, or None


def render(plan: Plan, spec: Spec) -> str:
    model = build(plan)
    if spec.fmt == "mermaid":
        return mermaid(model, spec)
    if spec.fmt == "dot":
        return dot(model, spec)
    return render_text(model, spec)
