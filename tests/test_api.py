"""The small public API: handlingsplan.load_plan and handlingsplan.validate."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import handlingsplan
from handlingsplan.diagnostics import Severity

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ENGLISH = str(EXAMPLES / "action-plan-2027.yaml")
SWEDISH = str(EXAMPLES / "handlingsplan-2027.yaml")


def test_version() -> None:
    assert handlingsplan.__version__ == "0.1.0"
    assert handlingsplan.FORMAT_VERSION == 1
    assert set(handlingsplan.__all__) >= {"load_plan", "validate", "__version__"}


def test_load_plan_on_an_example() -> None:
    plan = handlingsplan.load_plan(ENGLISH)
    assert plan is not None
    assert plan.header is not None
    assert plan.header.title == "Information security action plan 2027"
    assert plan.header.language == "en"
    assert [(i, a.id) for i, a in plan.activities] == list(
        enumerate(["A1", "A2", "A3", "A4", "A5"])
    )
    assert [g.id for _, g in plan.goals] == ["G1", "G2"]
    assert [b.id for _, b in plan.backlog] == ["B1"]
    _, a2 = plan.activities[1]
    assert a2.controls == ["6.3"]
    assert str(a2.start) == "2027-03-01"


def test_load_plan_on_the_swedish_example() -> None:
    plan = handlingsplan.load_plan(SWEDISH)
    assert plan is not None and plan.header is not None
    assert plan.header.language == "sv"
    assert len(plan.activities) >= 5


def test_validate_an_example() -> None:
    result = handlingsplan.validate(ENGLISH)
    assert result.path == ENGLISH
    assert result.diagnostics == []
    assert not result.has_errors
    assert result.plan is not None
    assert result.language == "en"
    assert result.lines[1].startswith("# Information security action plan 2027")


def test_validate_reports_findings_as_values(tmp_path: Path) -> None:
    text = Path(ENGLISH).read_text(encoding="utf-8")
    text = text.replace(
        "start: 2027-03-01          # after the policy is adopted", "start: 2027-02-01"
    )
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    result = handlingsplan.validate(str(path))
    assert [(d.code, d.severity, d.where) for d in result.diagnostics] == [
        ("HP302", Severity.ERROR, "activities[1].depends_on[0]")
    ]
    assert result.has_errors
    assert handlingsplan.load_plan(str(path)) is not None  # the schema is fine


def test_validate_without_semantic_checks(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(
        Path(ENGLISH).read_text(encoding="utf-8").replace("  decision:\n", "  x-decision:\n"),
        encoding="utf-8",
    )
    assert [d.code for d in handlingsplan.validate(str(path)).diagnostics] == ["HP503"]
    assert handlingsplan.validate(str(path), semantic=False).diagnostics == []


def test_load_plan_returns_none_on_errors(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("hplan: 1\nplan: {title: x}\n", encoding="utf-8")
    assert handlingsplan.load_plan(str(path)) is None
    assert handlingsplan.load_plan(str(tmp_path / "missing.yaml")) is None
    result = handlingsplan.validate(str(tmp_path / "missing.yaml"))
    assert [d.code for d in result.diagnostics] == ["HP001"]
    assert result.plan is None


def test_importing_the_package_stays_light() -> None:
    code = (
        "import sys, handlingsplan; "
        "heavy = {'pydantic', 'typer', 'networkx', 'rich', 'yaml'} & set(sys.modules); "
        "print(sorted(heavy))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout == "[]\n"


def test_validate_can_be_called_twice_in_a_fresh_interpreter() -> None:
    code = (
        "import sys, handlingsplan\n"
        f"handlingsplan.validate({ENGLISH!r})\n"
        "try:\n"
        f"    handlingsplan.validate({ENGLISH!r})\n"
        "except TypeError:\n"
        "    sys.exit(7)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], timeout=60, check=False)
    if done.returncode == 7:
        raise TypeError("the second call of handlingsplan.validate failed")
    assert done.returncode == 0


def test_load_plan_on_a_broken_plan_is_none(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("hplan: 1\nplan: {title: x}\n", encoding="utf-8")
    assert handlingsplan.load_plan(str(path)) is None
    assert handlingsplan.load_plan(str(tmp_path / "missing.yaml")) is None
