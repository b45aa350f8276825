"""The dependency graph: the pure model, each format's escaping and shapes, what Mermaid and
Graphviz make of it, and golden output for both examples.

Golden files live in tests/golden/views/graph.*. After a deliberate change of the output,
rewrite them with `UPDATE_GOLDEN=1 pytest tests/render/test_graph.py`, then read the diff.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import mermaid_engine
import pytest

from handlingsplan.model import Plan
from handlingsplan.pipeline import validate_path
from handlingsplan.render.graph import Spec, build, render
from handlingsplan.render.graph_model import SHORT, short

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
GOLDEN = ROOT / "tests" / "golden" / "views"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
SV_PLAN = EXAMPLES / "handlingsplan-2027.yaml"
EN_PLAN = EXAMPLES / "action-plan-2027.yaml"
NASTY = 'Möte: "beslut" #12; <b>fet</b> & `kod` \\ slut'

HEADER = """\
hplan: 1
plan:
  title: Plan 2027
  organisation: Exempel
  classification: Intern
  period: {start: 2027-01-01, end: 2027-12-31}
"""


def activity(ident: str, start: str, end: str, extra: str = "", name: str = "") -> str:
    return (
        f"  - id: {ident}\n    name: '{(name or 'Aktivitet ' + ident).replace(chr(39), chr(39) * 2)}'\n"
        f"    priority: high\n    responsible: X\n    start: {start}\n    end: {end}\n{extra}"
    )


def load(path: Path) -> Plan:
    result = validate_path(str(path))
    assert result.plan is not None
    return result.plan


@pytest.fixture
def plan_of(tmp_path: Path) -> Callable[[str], Plan]:
    def make(activities: str) -> Plan:
        path = tmp_path / "plan.yaml"
        path.write_text(HEADER + ("activities:\n" + activities if activities else ""), "utf-8")
        return load(path)

    return make


def spec(fmt: str, lang: str = "en", width: int = 100, **kw: Any) -> Spec:
    return Spec(fmt, lang, width, kw.get("color", False), kw.get("marking"), kw.get("banner"))


# --- the model -----------------------------------------------------------------------------


def test_model_of_the_swedish_example() -> None:
    model = build(load(SV_PLAN))
    acts = [n.ref for _, n in model.activities]
    assert acts[:5] == ["A1", "A13", "A5", "A6", "A2"]  # start order
    assert sorted(acts, key=lambda r: int(r[1:])) == [f"A{i}" for i in range(1, 16)]
    kinds = {n.ref: n.kind for n in model.nodes}
    assert kinds["it:A2"] == "plan"
    assert kinds["Förvaltningsrättens dom i överprövningsmålet"] == "event"
    assert ("A1", "A2") in model.pairs() and ("A13", "A15") in model.pairs()
    assert ("it:A2", "A5") in model.pairs()
    assert ("Länsstyrelsen bekräftar övningsledare", "A7") in model.pairs()
    assert [n.ref for n in model.nodes if n.critical] == ["A1", "A2", "A3", "A11"]
    assert {(s, t) for (s, t), e in zip(model.pairs(), model.edges, strict=True) if e.critical} == {
        ("A1", "A2"),
        ("A2", "A3"),
        ("A3", "A11"),
    }
    muted = {n.ref for n in model.nodes if n.muted}
    assert muted == {"A1", "A2", "A5", "A6", "A12", "A9", "A10"}


def test_every_dependency_is_an_edge_and_nothing_else(plan_of: Callable[[str], Plan]) -> None:
    plan = plan_of(
        activity("A1", "2027-01-01", "2027-01-31")
        + activity("A2", "2027-02-01", "2027-02-28", "    depends_on: [A1, A1, it:X.1]\n")
        + activity("A3", "2027-01-15", "2027-03-31", "    depends_on: [A1, other-plan:A1]\n")
    )
    model = build(plan)
    assert [n.ref for n in model.nodes] == ["A1", "A3", "A2", "other-plan:A1", "it:X.1"]
    assert model.pairs() == [("A1", "A3"), ("other-plan:A1", "A3"), ("A1", "A2"), ("it:X.1", "A2")]
    assert [n.ref for n in model.waits_for(2)] == ["A1", "it:X.1"]
    assert [n.ref for n in model.then(0)] == ["A3", "A2"]


def test_one_node_per_event_with_the_date_given(plan_of: Callable[[str], Plan]) -> None:
    plan = plan_of(
        activity("A1", "2027-01-01", "2027-01-31", "    external: [Beslut, Upphandling]\n")
        + activity(
            "A2",
            "2027-02-01",
            "2027-02-28",
            "    external: [{name: Beslut, date: 2027-01-20}, {name: Annat}]\n",
        )
    )
    model = build(plan)
    events = [(n.ref, n.end) for n in model.nodes if n.kind == "event"]
    assert events == [("Beslut", dt.date(2027, 1, 20)), ("Upphandling", None), ("Annat", None)]
    assert ("Beslut", "A1") in model.pairs() and ("Beslut", "A2") in model.pairs()


def test_critical_path_leaves_out_cancelled(plan_of: Callable[[str], Plan]) -> None:
    plan = plan_of(
        activity("A1", "2027-01-01", "2027-01-31", "    status: done\n")
        + activity("A2", "2027-02-01", "2027-06-30", "    depends_on: [A1]\n")
        + activity("A3", "2027-02-01", "2027-12-31", "    status: cancelled\n")
    )
    model = build(plan)
    assert [n.ref for n in model.nodes if n.critical] == ["A1", "A2"]
    assert [(n.ref, n.muted, n.noted) for n in model.nodes] == [
        ("A1", True, True),
        ("A2", False, False),
        ("A3", True, True),
    ]


def test_short_names() -> None:
    long = "Informationsklassning " * 10
    assert len(long) > 200
    assert short(long).endswith("…") and len(short(long)) <= SHORT
    assert short("Ett  kort\nnamn") == "Ett kort namn"
    assert short("x" * 200) == "x" * (SHORT - 1) + "…"


# --- formats --------------------------------------------------------------------------------


def test_empty_plan(plan_of: Callable[[str], Plan]) -> None:
    plan = plan_of("")
    assert render(plan, spec("text", marking="Intern")) == (
        "Intern\nDependencies: Plan 2027\n\nNo activities to show.\n"
    )
    assert render(plan, spec("mermaid")).endswith("%% Dependencies: Plan 2027\nflowchart LR\n")
    assert render(plan, spec("dot")).endswith('edge [color="#616161"];\n}\n')


def test_text_marks_critical_done_and_what_waits(plan_of: Callable[[str], Plan]) -> None:
    plan = plan_of(
        activity("A1", "2027-01-01", "2027-01-31", "    status: done\n")
        + activity("A2", "2027-02-01", "2027-02-01", "    depends_on: [A1, it:A9]\n")
        + activity(
            "A3", "2027-01-10", "2027-01-20", "    external: [{name: Dom, date: 2027-01-05}]\n"
        )
    )
    out = render(plan, spec("text", "sv", banner="1 fel i planen."))
    assert out.splitlines() == [
        "1 fel i planen.",
        "Beroenden: Plan 2027",
        "* på kritiska linjen (kedjan som avgör när planen blir klar)",
        "",
        "* A1 Aktivitet A1  2027-01-01 – 2027-01-31  (genomförd)",
        "     sedan: A2",
        "  A3 Aktivitet A3  2027-01-10 – 2027-01-20",
        "     väntar på händelse: Dom (2027-01-05)",
        "* A2 Aktivitet A2  2027-02-01",
        "     väntar på: A1 (slutar 2027-01-31, genomförd)",
        "     väntar på annan plan: it:A9",
    ]
    colour = render(plan, spec("text", "sv", color=True))
    assert "\x1b[" in colour and "\x1b[" not in out


def test_text_fits_40_columns() -> None:
    out = render(load(SV_PLAN), spec("text", "sv", width=40, marking="Konfidentiell " * 6))
    assert max(len(line) for line in out.splitlines()) <= 40
    assert "* A3  Klassa informationen i" in out


def test_mermaid_escapes_what_it_cannot_take(plan_of: Callable[[str], Plan]) -> None:
    plan = plan_of(
        activity("a.b-1", "2027-01-01", "2027-01-31", name=NASTY)
        + activity("end", "2027-02-01", "2027-02-01", "    depends_on: [a.b-1]\n")
    )
    out = render(plan, spec("mermaid", marking='Intern "A" #1'))
    assert out.startswith('---\ntitle: "Intern \\"A\\" #1 — Dependencies: Plan 2027"\n---\n')
    assert '%% Intern "A" #1\n' in out
    label = "a.b-1: Möte: #quot;beslut#quot; #35;12#59; #lt;b#gt;fet#lt;/b#gt; #amp; #96;kod#96; \\ slut"
    assert f'    n0["{label}<br/>2027-01-01 – 2027-01-31"]\n' in out
    assert '    n1["end: Aktivitet end<br/>2027-02-01"]\n' in out
    assert "    n0 ==> n1\n" in out and "    class n0,n1 crit\n" in out


def test_dot_escapes_quotes_and_backslashes(plan_of: Callable[[str], Plan]) -> None:
    plan = plan_of(activity("A1", "2027-01-01", "2027-01-31", "    external: [Dom]\n", name=NASTY))
    out = render(plan, spec("dot", marking='Intern "A" \\'))
    assert out.startswith('// Intern "A" \\\n// Dependencies: Plan 2027\ndigraph plan {\n')
    assert 'label="Intern \\"A\\" \\\\\\nDependencies: Plan 2027\\n' in out
    assert '  n0 [label="A1: Möte: \\"beslut\\" #12; <b>fet</b> & `kod` \\\\ slut\\n' in out
    assert '  n1 [label="Dom", shape=note' in out and "  n1 -> n0 [style=dashed];\n" in out


def test_a_200_character_name_is_cut_everywhere(plan_of: Callable[[str], Plan]) -> None:
    name = "Åtgärd " * 30
    plan = plan_of(activity("A1", "2027-01-01", "2027-01-31", name=name.strip()))
    for fmt in ("text", "mermaid", "dot"):
        out = render(plan, spec(fmt))
        assert "Åtgärd …" not in out and "Åtgärd…" in out
        assert name.strip() not in out


# --- the real engines -----------------------------------------------------------------------


def expected_flowchart(plan: Plan) -> tuple[set[str], set[tuple[str, str]], list[str]]:
    """(every id an activity, event or other plan shows, dependency edges by ref, the
    critical path), read from the plan itself rather than from the model."""
    from handlingsplan.graph import critical_path

    acts = [a for _, a in plan.activities]
    known = {a.id for a in acts}
    edges = {(p, a.id) for a in acts for p in a.depends_on if p in known or ":" in p}
    events = {e if isinstance(e, str) else e.name for a in acts for e in a.external}
    edges |= {(e if isinstance(e, str) else e.name, a.id) for a in acts for e in a.external}
    refs = known | events | {p for a in acts for p in a.depends_on if ":" in p}
    return refs, edges, critical_path(acts)


@pytest.mark.parametrize("path", [SV_PLAN, EN_PLAN], ids=["sv", "en"])
def test_mermaid_engine_reads_the_examples(path: Path) -> None:
    mermaid_engine.ensure()
    plan = load(path)
    model = build(plan)
    result = mermaid_engine.inspect(render(plan, spec("mermaid", marking="Intern")))
    assert "error" not in result, result.get("error")
    assert result["type"] == "flowchart" and result["direction"] == "LR"
    assert result["title"].startswith("Intern — ")
    refs, edges, chain = expected_flowchart(plan)
    by_id = {v["id"]: v for v in result["vertices"]}
    ref_of = {f"n{i}": node.ref for i, node in enumerate(model.nodes)}
    assert set(by_id) == set(ref_of) and set(ref_of.values()) == refs
    for vid, vertex in by_id.items():
        shown = ref_of[vid] if model.nodes[int(vid[1:])].kind != "event" else short(ref_of[vid])
        assert vertex["text"].startswith(shown), (vid, vertex["text"])
    assert {(ref_of[e["start"]], ref_of[e["end"]]) for e in result["edges"]} == edges
    assert len(result["edges"]) == len(edges)
    assert {ref_of[v] for v, vertex in by_id.items() if "crit" in vertex["classes"]} == set(chain)
    thick = {
        (ref_of[e["start"]], ref_of[e["end"]]) for e in result["edges"] if e["stroke"] == "thick"
    }
    assert thick == set(itertools.pairwise(chain))


def test_mermaid_engine_shows_escaped_text_as_written(plan_of: Callable[[str], Plan]) -> None:
    mermaid_engine.ensure()
    plan = plan_of(
        activity("a.b-1", "2027-01-01", "2027-01-31", "    external: ['Dom #3; \"x\"']\n", NASTY)
        + activity("end", "2027-02-01", "2027-02-01", "    depends_on: [a.b-1, it:A-2.x]\n")
    )
    result = mermaid_engine.inspect(render(plan, spec("mermaid")))
    assert "error" not in result, result.get("error")
    texts = [v["text"] for v in result["vertices"]]
    assert texts == [
        f"a.b-1: {NASTY}<br>2027-01-01 – 2027-01-31",
        "end: Aktivitet end<br>2027-02-01",
        'Dom #3; "x"',
        "it:A-2.x<br>(other plan)",
    ]
    assert [v["shape"] for v in result["vertices"]] == ["square", "square", "odd", "lean_right"]
    assert [e["stroke"] for e in result["edges"]] == ["dotted", "thick", "dotted"]


def test_mermaid_engine_takes_no_configuration_from_a_plan(
    plan_of: Callable[[str], Plan],
) -> None:
    mermaid_engine.ensure()
    directive = "%%{init: {'flowchart': {'curve': 'step'}}}%%"
    plan = plan_of(activity("A1", "2027-01-01", "2027-01-31", name=directive))
    text = render(plan, spec("mermaid", marking=directive))
    assert "%%{" not in text
    result = mermaid_engine.inspect(text)
    assert result["vertices"][0]["text"] == f"A1: {directive}<br>2027-01-01 – 2027-01-31"


def test_mermaid_engine_reads_an_empty_plan(plan_of: Callable[[str], Plan]) -> None:
    mermaid_engine.ensure()
    result = mermaid_engine.inspect(render(plan_of(""), spec("mermaid", marking="Intern")))
    assert result["type"] == "flowchart" and result["vertices"] == [] and result["edges"] == []


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz `dot` is not installed")
@pytest.mark.parametrize("path", [SV_PLAN, EN_PLAN, None], ids=["sv", "en", "nasty"])
def test_graphviz_reads_the_dot(path: Path | None, plan_of: Callable[[str], Plan]) -> None:
    if path is None:
        plan = plan_of(activity("A1", "2027-01-01", "2027-01-31", "    external: [x]\n", NASTY))
    else:
        plan = load(path)
    text = render(plan, spec("dot", marking='Intern "A" \\'))
    done = subprocess.run(["dot", "-Tplain"], input=text, capture_output=True, text=True)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    nodes = [line.split()[1] for line in done.stdout.splitlines() if line.startswith("node ")]
    assert nodes == [f"n{i}" for i in range(len(build(plan).nodes))]
    if path is None:
        assert re.search(r'"A1: Möte: \\"beslut\\" #12; <b>fet</b> & `kod` \\\\ slut', text)


# --- golden files ---------------------------------------------------------------------------

GOLDEN_CASES = [
    (SV_PLAN, "text", [], "graph.handlingsplan-2027.txt"),
    (SV_PLAN, "text", ["--lang", "en"], "graph.handlingsplan-2027.en.txt"),
    (SV_PLAN, "mermaid", [], "graph.handlingsplan-2027.mmd"),
    (SV_PLAN, "dot", [], "graph.handlingsplan-2027.dot"),
    (EN_PLAN, "text", [], "graph.action-plan-2027.txt"),
    (EN_PLAN, "mermaid", [], "graph.action-plan-2027.mmd"),
    (EN_PLAN, "dot", [], "graph.action-plan-2027.dot"),
]


@pytest.mark.parametrize(("path", "fmt", "extra", "name"), GOLDEN_CASES)
def test_golden_output(
    hplan: Callable[..., Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    path: Path,
    fmt: str,
    extra: list[str],
    name: str,
) -> None:
    monkeypatch.chdir(tmp_path)  # no hplan.toml from the working folder
    run = hplan("graph", str(path), "--format", fmt, "--width", "100", "--color", "never", *extra)
    assert (run.code, run.err) == (0, "")
    golden = GOLDEN / name
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(run.out, encoding="utf-8")
        return
    assert golden.exists(), f"{golden} is missing: run with UPDATE_GOLDEN=1 to create it"
    assert run.out == golden.read_text(encoding="utf-8")


# --- the plain layout writes what rich's grid writes ----------------------------------------


@pytest.mark.parametrize("width", [20, 31, 40, 57, 80, 100, 200])
def test_plain_text_is_what_rich_draws(
    width: int, plan_of: Callable[[str], Plan], monkeypatch: pytest.MonkeyPatch
) -> None:
    from handlingsplan.render import graph_text

    odd = plan_of(
        activity("A-very-long-identifier", "2027-01-04", "2027-02-01", name="x" * 200)
        + activity("A2", "2027-03-01", "2027-03-01",
                   "    depends_on: [A-very-long-identifier, it:B7]\n    status: done\n",
                   name=NASTY + " informationssäkerhetsarbetet" * 3)
        + activity("A3", "2027-04-01", "2027-06-01",
                   "    depends_on: [A2]\n    external: [" + "Beslut " * 20 + "]\n")
    )  # fmt: skip
    for plan in (load(SV_PLAN), load(EN_PLAN), odd):
        for lang in ("sv", "en"):
            plain = render(plan, spec("text", lang, width))
            with monkeypatch.context() as patch:
                patch.setattr(graph_text, "plain", lambda *args: None)
                drawn = render(plan, spec("text", lang, width))
            assert plain == drawn, (plan.header.title if plan.header else "", lang, width)
