"""`hplan graph` as a user runs it: exit code and output asserted together."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SV_PLAN = str(ROOT / "examples" / "handlingsplan-2027.yaml")
EN_PLAN = str(ROOT / "examples" / "action-plan-2027.yaml")
ANSI = re.compile(r"\x1b\[[0-9;]*m")

SMALL = """\
hplan: 1
plan:
  title: Plan 2027
  organisation: Exempel
  classification: Intern
  period: {{start: 2027-01-01, end: 2027-12-31}}
activities:
  - id: A1
    name: Policy
    priority: high
    responsible: X
    controls: ["{control}"]
    start: 2027-01-01
    end: 2027-01-31
    depends_on: [{a1_depends}]
  - id: A2
    name: Utbildning
    priority: high
    responsible: X
    start: 2027-02-01
    end: 2027-02-28
    depends_on: [A1]
"""


@pytest.fixture(autouse=True)
def _fresh_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no hplan.toml from the working folder


def small(control: str = "5.1", a1_depends: str = "") -> str:
    return SMALL.format(control=control, a1_depends=a1_depends)


@pytest.mark.parametrize(
    ("fmt", "start"),
    [
        ("text", "Konfidentiell enligt OSL 18 kap. 8 §\nBeroenden: Handlingsplan"),
        ("mermaid", '---\ntitle: "Konfidentiell enligt OSL 18 kap. 8 § — Beroenden:'),
        ("dot", "// Konfidentiell enligt OSL 18 kap. 8 §\n// Beroenden: Handlingsplan"),
    ],
)
def test_each_format_starts_with_the_marking(
    hplan: Callable[..., Any], fmt: str, start: str
) -> None:
    run = hplan("graph", SV_PLAN, "--format", fmt)
    assert (run.code, run.err) == (0, "")
    assert run.out.startswith(start)
    assert ("flowchart LR\n" in run.out) == (fmt == "mermaid")
    assert ("digraph plan {\n" in run.out) == (fmt == "dot")


def test_unknown_format_is_a_usage_error(hplan: Callable[..., Any]) -> None:
    run = hplan("graph", SV_PLAN, "--format", "svg")
    assert run.code == 2
    assert run.out == ""
    assert "unknown format svg; choose one of text, mermaid, dot" in run.err


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("sv", ["väntar på: A1 (slutar 2027-03-19, genomförd)", "sedan: A3, A4", "annan plan"]),
        ("en", ["waits for: A1 (ends 2027-03-19, done)", "then: A3, A4", "other plan: it:A2"]),
    ],
)
def test_language(hplan: Callable[..., Any], lang: str, words: list[str]) -> None:
    run = hplan("graph", SV_PLAN, "--lang", lang)
    assert (run.code, run.err) == (0, "")
    for word in words:
        assert word in run.out


def test_english_plan_speaks_english_unless_told(hplan: Callable[..., Any]) -> None:
    run = hplan("graph", EN_PLAN)
    assert (run.code, run.err) == (0, "")
    assert "* A2 Security awareness training for all staff  2027-03-01 – 2027-06-30\n" in run.out
    assert "     waits for: A1 (ends 2027-02-26)\n" in run.out
    swedish = hplan("graph", EN_PLAN, "--lang", "sv", "--format", "mermaid")
    assert (swedish.code, swedish.err) == (0, "")
    assert "%% Beroenden: Information security action plan 2027\n" in swedish.out


def test_output_file(hplan: Callable[..., Any], tmp_path: Path) -> None:
    target = tmp_path / "graf.mmd"
    target.write_text("an old export\n", encoding="utf-8")
    run = hplan("graph", SV_PLAN, "-f", "mermaid", "-o", str(target), "--color", "always")
    assert (run.code, run.out, run.err) == (0, "", "")
    written = target.read_text(encoding="utf-8")
    assert written.startswith("---\ntitle: ") and "flowchart LR\n" in written


def test_output_file_text_has_no_colour(hplan: Callable[..., Any], tmp_path: Path) -> None:
    target = tmp_path / "graf.txt"
    run = hplan("graph", SV_PLAN, "-o", str(target), "--color", "always")
    assert (run.code, run.out, run.err) == (0, "", "")
    written = target.read_text(encoding="utf-8")
    assert "\x1b[" not in written and "* A3  Klassa informationen" in written


def test_output_never_overwrites_a_plan_without_force(
    hplan: Callable[..., Any], tmp_path: Path
) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(small(), encoding="utf-8")
    run = hplan("graph", str(plan), "-o", str(plan))
    assert run.code == 1
    assert run.out == ""
    assert "is a plan file; not overwritten (use --force to overwrite it)" in run.err
    assert plan.read_text(encoding="utf-8") == small()
    forced = hplan("graph", str(plan), "-o", str(plan), "--force", "-f", "dot")
    assert (forced.code, forced.out, forced.err) == (0, "", "")
    assert plan.read_text(encoding="utf-8").startswith("// Intern\n")


def test_width_40(hplan: Callable[..., Any]) -> None:
    run = hplan("graph", SV_PLAN, "--width", "40", "--color", "never")
    assert (run.code, run.err) == (0, "")
    lines = run.out.splitlines()
    assert max(len(line) for line in lines) <= 40
    assert "* A3  Klassa informationen i" in lines
    assert "      2027-04-05 – 2027-10-29" in lines


def test_width_below_20_is_refused(hplan: Callable[..., Any]) -> None:
    run = hplan("graph", SV_PLAN, "--width", "10")
    assert run.code == 2
    assert run.out == ""
    assert "för smalt" in run.err or "too narrow" in run.err


def test_color_always_and_never(hplan: Callable[..., Any]) -> None:
    always = hplan("graph", SV_PLAN, "--color", "always", "--width", "100")
    never = hplan("graph", SV_PLAN, "--color", "never", "--width", "100")
    assert (always.code, always.err, never.code, never.err) == (0, "", 0, "")
    assert "\x1b[" in always.out and "\x1b[" not in never.out
    assert "\x1b[1;31m*" in always.out  # the critical path, bold red
    assert ANSI.sub("", always.out) == never.out


def test_no_color_env_wins_over_auto(hplan: Callable[..., Any]) -> None:
    run = hplan("graph", SV_PLAN, env={"NO_COLOR": "1", "FORCE_COLOR": "1"})
    assert (run.code, run.err) == (0, "")
    assert "\x1b[" not in run.out


def test_a_dependency_cycle_cannot_be_drawn(hplan: Callable[..., Any], tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(small(a1_depends="A2"), encoding="utf-8")
    for fmt in ("text", "mermaid", "dot"):
        run = hplan("graph", str(plan), "-f", fmt, "--lang", "en")
        assert run.code == 1
        assert run.out == ""
        assert "HP202" in run.err
        assert "the plan cannot be drawn until the errors above are fixed" in run.err


def test_other_errors_are_drawn_under_a_banner(hplan: Callable[..., Any], tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(small(control="9.99"), encoding="utf-8")
    banner = f"1 error in this plan: the view may be incomplete. `hplan validate {plan}` shows it."
    text = hplan("graph", str(plan), "--lang", "en", "--width", "200")
    assert (text.code, text.err) == (0, "")
    assert text.out.startswith(f"Intern\n{banner}\nDependencies: Plan 2027\n")
    # An export also tells standard error: its reader may never open the file.
    mermaid = hplan("graph", str(plan), "--lang", "en", "-f", "mermaid")
    assert (mermaid.code, mermaid.err) == (0, banner + "\n")
    assert f"%% Intern\n%% {banner}\n" in mermaid.out
    dot = hplan("graph", str(plan), "--lang", "en", "-f", "dot")
    assert (dot.code, dot.err) == (0, banner + "\n")
    assert dot.out.startswith(f"// Intern\n// {banner}\n")
    assert f'label="Intern\\n{banner}\\n' in dot.out


def test_plan_from_standard_input(hplan: Callable[..., Any]) -> None:
    run = hplan("graph", "-", "-f", "dot", stdin=small().encode())
    assert (run.code, run.err) == (0, "")
    assert '  n0 -> n1 [penwidth=2, color="#c62828"];\n' in run.out
