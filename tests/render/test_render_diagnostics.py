"""The diagnostic renderers: golden output per format, and the rules each format promises.

Golden files live in tests/golden/. After a deliberate change of the output, rewrite them
with `UPDATE_GOLDEN=1 pytest tests/render`, then read the diff before committing it.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from handlingsplan.codes import CODES
from handlingsplan.diagnostics import Diagnostic, make
from handlingsplan.render.diagnostics import (
    FORMATS,
    Report,
    Style,
    render,
    render_github,
    render_gitlab,
    render_json,
    render_sarif,
    render_text,
)

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
PLAN = (GOLDEN / "plan.yaml").read_text(encoding="utf-8")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def check_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"{path} is missing: run with UPDATE_GOLDEN=1 to create it"
    assert actual == path.read_text(encoding="utf-8")


@pytest.fixture
def golden_run(
    hplan: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[..., Any]:
    """Validate the golden plan as `plan.yaml` in a fresh current folder."""
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def run(*args: str) -> Any:
        return hplan("validate", "plan.yaml", "--color", "never", *args)

    return run


# --- golden files ------------------------------------------------------------------------


GOLDEN_CASES = [
    ("text", "plan.text.txt"),
    ("json", "plan.json"),
    ("github", "plan.github.txt"),
    ("sarif", "plan.sarif"),
    ("gitlab", "plan.gitlab.json"),
]


@pytest.mark.parametrize(("fmt", "name"), GOLDEN_CASES)
def test_golden_output(golden_run: Callable[..., Any], fmt: str, name: str) -> None:
    run = golden_run("--format", fmt, "--lang", "en")
    assert run.code == 1
    assert run.err == ""
    check_golden(name, run.out)


def test_golden_text_in_swedish(golden_run: Callable[..., Any]) -> None:
    run = golden_run("--lang", "sv")
    assert run.code == 1
    assert run.err == ""
    check_golden("plan.text.sv.txt", run.out)


def test_golden_covers_every_severity(golden_run: Callable[..., Any]) -> None:
    doc = json.loads(golden_run("--format", "json").out)
    severities = {d["severity"] for d in doc["files"][0]["diagnostics"]}
    assert severities == {"error", "warning", "info"}
    assert doc["summary"] == {"errors": 2, "warnings": 2, "infos": 1}


# --- JSON -----------------------------------------------------------------------------------

KEYS = ["code", "name", "severity", "line", "column", "end_line", "end_column", "where",
        "message", "hint"]  # fmt: skip


def test_json_shape(golden_run: Callable[..., Any]) -> None:
    doc = json.loads(golden_run("--format", "json").out)
    assert list(doc) == ["version", "files", "summary"]
    assert doc["version"] == 1
    assert [list(f) for f in doc["files"]] == [["path", "diagnostics"]]
    assert doc["files"][0]["path"] == "plan.yaml"
    for d in doc["files"][0]["diagnostics"]:
        assert list(d) == KEYS
        assert CODES[d["code"]].name == d["name"]
        assert d["line"] >= 1 and d["column"] >= 1
        assert (d["end_line"], d["end_column"]) >= (d["line"], d["column"])
        assert isinstance(d["message"], str) and d["message"]
        assert d["hint"] is None or isinstance(d["hint"], str)
    hp302 = next(d for d in doc["files"][0]["diagnostics"] if d["code"] == "HP302")
    assert hp302["where"] == "activities[1].depends_on[0]"
    span = [hp302[k] for k in ("line", "column", "end_line", "end_column")]
    assert span == [29, 18, 29, 20]


def test_json_with_no_file_and_no_findings() -> None:
    doc = json.loads(render_json([], Style()))
    assert doc == {"version": 1, "files": [], "summary": {"errors": 0, "warnings": 0, "infos": 0}}


def test_json_keeps_non_ascii_readable() -> None:
    d = placed(make("HP204", ("people",), "HP204", name="Åsa Öberg"))
    out = render_json([Report("planer/åtgärd.yaml", [d], [], "en")], Style())
    assert "Åsa Öberg" in out and "planer/åtgärd.yaml" in out


# --- GitHub ---------------------------------------------------------------------------------


def placed(d: Diagnostic, line: int = 2, column: int = 3) -> Diagnostic:
    return d.placed(line, column, line, column + 4)


def test_github_escapes_properties_and_data() -> None:
    d = placed(make("HP002", (), "HP002", problem="50% off\r\nnext, line: x"))
    out = render_github([Report("dir/a:b,c%.yaml", [d], [], "en")], Style())
    assert out == (
        "::error file=dir/a%3Ab%2Cc%25.yaml,line=2,col=3,endLine=2,endColumn=7,"
        "title=HP002 yaml-syntax::YAML syntax error: 50%25 off%0D%0Anext, line: x\n"
    )


def test_github_levels() -> None:
    found = [placed(make(code, ("plan",))) for code in ("HP503", "HP402", "HP101")]
    out = render_github([Report("p.yaml", found, [], "en")], Style())
    assert [line.split(" ", 1)[0] for line in out.splitlines()] == [
        "::notice", "::warning", "::error"
    ]  # fmt: skip


def test_github_one_line_per_diagnostic(golden_run: Callable[..., Any]) -> None:
    out = golden_run("--format", "github").out
    assert len(out.splitlines()) == 5
    assert all(
        re.match(r"::(error|warning|notice) file=plan\.yaml,line=\d+,", x) for x in out.splitlines()
    )


# --- SARIF ----------------------------------------------------------------------------------


def check_sarif(doc: dict[str, Any]) -> None:
    """The parts of SARIF 2.1.0 that GitHub code scanning needs."""
    assert doc["version"] == "2.1.0"
    assert doc["$schema"].endswith("sarif-2.1.0.json")
    assert len(doc["runs"]) == 1
    driver = doc["runs"][0]["tool"]["driver"]
    assert driver["name"] == "hplan"
    assert isinstance(driver["version"], str)
    rule_ids = [r["id"] for r in driver["rules"]]
    assert rule_ids == list(CODES)
    for rule in driver["rules"]:
        assert rule["defaultConfiguration"]["level"] in {"error", "warning", "note"}
    for result in doc["runs"][0]["results"]:
        assert result["ruleId"] in rule_ids
        assert result["level"] in {"error", "warning", "note"}
        assert isinstance(result["message"]["text"], str) and result["message"]["text"]
        [location] = result["locations"]
        physical = location["physicalLocation"]
        assert physical["artifactLocation"]["uri"]
        region = physical["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert region["endLine"] >= region["startLine"]


def test_sarif_structure(golden_run: Callable[..., Any]) -> None:
    doc = json.loads(golden_run("--format", "sarif").out)
    check_sarif(doc)
    results = doc["runs"][0]["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("HP503", "note"), ("HP402", "warning"), ("HP303", "warning"),
        ("HP302", "error"), ("HP102", "error"),
    ]  # fmt: skip
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results} == {
        "plan.yaml"
    }


def test_sarif_with_no_findings_still_lists_the_rules() -> None:
    doc = json.loads(render_sarif([Report("p.yaml", [], [], "en")], Style()))
    check_sarif(doc)
    assert doc["runs"][0]["results"] == []


# --- GitLab ---------------------------------------------------------------------------------


def test_gitlab_code_quality_shape(golden_run: Callable[..., Any]) -> None:
    issues = json.loads(golden_run("--format", "gitlab").out)
    assert isinstance(issues, list) and len(issues) == 5
    for issue in issues:
        assert set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert issue["location"]["path"] == "plan.yaml"
        assert issue["location"]["lines"]["begin"] >= 1
        assert re.fullmatch(r"[0-9a-f]{32}", issue["fingerprint"])
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    assert [i["severity"] for i in issues] == ["info", "minor", "minor", "major", "major"]


def test_gitlab_fingerprint_does_not_depend_on_the_line() -> None:
    d = make("HP402", ("goals", 1), who={"_kind": "goal", "_item": "M2"})
    first = json.loads(render_gitlab([Report("p.yaml", [placed(d, 10)], [], "en")], Style()))
    moved = json.loads(render_gitlab([Report("p.yaml", [placed(d, 40)], [], "en")], Style()))
    assert first[0]["fingerprint"] == moved[0]["fingerprint"]
    assert first[0]["location"]["lines"]["begin"] == 10


# --- text -----------------------------------------------------------------------------------


def test_text_quiet_prints_only_the_diagnostic_lines(golden_run: Callable[..., Any]) -> None:
    run = golden_run("-q")
    lines = run.out.splitlines()
    assert len(lines) == 5
    assert all(re.match(r"plan\.yaml:\d+:\d+: (error|warning|info) HP\d{3} ", x) for x in lines)


def test_text_colour_only_when_asked(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text(PLAN, encoding="utf-8")
    plain = render_text([_report(tmp_path)], Style(color=False))
    painted = render_text([_report(tmp_path)], Style(color=True))
    assert not ANSI.search(plain)
    assert "\x1b[1;31m" in painted and "\x1b[1;33m" in painted and "\x1b[1;34m" in painted
    assert ANSI.sub("", painted) == plain


def _report(tmp_path: Path) -> Report:
    from handlingsplan.pipeline import validate_path

    result = validate_path(str(tmp_path / "p.yaml"))
    return Report("p.yaml", result.diagnostics, result.lines, "en")


def test_text_excerpt_and_caret() -> None:
    d = make("HP102", ("plan", "title"), "HP102.hp_text", field="title", value="x")
    d = d.placed(2, 10, 2, 14)
    out = render_text([Report("p.yaml", [d], ["hplan: 1", "  title: [x]"], "en")], Style())
    assert out.splitlines()[1:3] == ["    2 |   title: [x]", "      |          ^^^"]


def test_text_caret_at_end_of_line_and_past_it() -> None:
    d = make("HP101", ("plan",), "HP101", field="x").placed(1, 9, 1, 9)
    out = render_text([Report("p.yaml", [d], ["hplan: 1"], "en")], Style(quiet=False))
    assert out.splitlines()[2] == "      |         ^"


def test_text_long_line_is_cut_around_the_column() -> None:
    source = "x: " + "a" * 500 + " TARGET " + "b" * 500
    column = source.index("TARGET") + 1
    d = make("HP102", ("x",), "HP102", field="x").placed(1, column, 1, column + 6)
    excerpt = render_text([Report("p.yaml", [d], [source], "en")], Style()).splitlines()[1:3]
    assert all(len(line) < 140 for line in excerpt)
    assert excerpt[0].startswith("    1 | …") and excerpt[0].endswith("…")
    assert excerpt[1].index("^^^^^^") == excerpt[0].index("TARGET")


def test_text_control_characters_never_reach_the_terminal() -> None:
    d = make("HP102", ("plan", "period", "start"), "HP102.hp_date", field="start",
             value="\x1b[2J").placed(1, 4, 1, 5)  # fmt: skip
    out = render_text([Report("a\x1b]0;x\x07.yaml", [d], ["x: \x07b"], "en")], Style())
    assert "\x1b" not in out and "\x07" not in out
    assert "`\\x1b[2J`" in out
    assert "a\\x1b]0;x\\x07.yaml:1:4:" in out
    assert out.splitlines()[1:3] == ["    1 | x: \ufffdb", "      |    ^"]


def test_text_summary_counts_and_plurals() -> None:
    one = [Report("a.yaml", [placed(make("HP101", ("plan",), field="x"))], [], "en")]
    assert render_text(one, Style()).splitlines()[-1] == "1 error, 0 warnings, 0 infos in 1 file"
    clean = [Report("a.yaml", [], [], "en"), Report("b.yaml", [], [], "en")]
    assert render_text(clean, Style()) == "2 files checked: no problems\n"
    assert render_text(clean, Style(quiet=True)) == ""


def test_text_hint_line() -> None:
    d = placed(make("HP503", ("plan",)))
    lines = render_text([Report("a.yaml", [d], [], "en")], Style()).splitlines()
    assert lines[1].startswith("      = hint: record the decision")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_every_code(fmt: str) -> None:
    """No message template may fail on the arguments its code is given (here: none)."""
    found = [placed(make(code, ("plan",))) for code in CODES]
    out = render(fmt, [Report("p.yaml", found, ["hplan: 1", "plan:"], "en")], Style(), "en")
    assert out
    for code in CODES:
        assert code in out


def test_text_hint_wraps_to_a_terminal_width_only() -> None:
    d = placed(make("HP102", ("x",), "HP102.hp_money", field="money", value="50%"))
    report = [Report("a.yaml", [d], [], "en")]
    piped = render_text(report, Style()).splitlines()
    assert len(piped) == 3 and len(piped[1]) > 60
    narrow = render_text(report, Style(width=50)).splitlines()
    hint_lines = narrow[1:-1]
    assert len(hint_lines) > 1
    assert hint_lines[0].startswith("      = hint: write a number")
    assert all(line.startswith(" " * 14) and line[14] != " " for line in hint_lines[1:])
    assert all(len(line) <= 50 for line in hint_lines)
    assert " ".join(x.strip() for x in hint_lines) == piped[1].strip()
    assert any("1 500 000" in line for line in hint_lines)  # a number is never split
    assert narrow[0] == piped[0]  # the diagnostic line itself is never wrapped


def test_gitlab_fingerprints_survive_language_and_lines_added_above(
    golden_run: Callable[..., Any], tmp_path: Path
) -> None:
    """GitLab matches findings across runs by fingerprint: switching --lang or adding a
    comment line at the top must not make every finding look new."""

    def prints(*args: str) -> list[str]:
        return sorted(
            i["fingerprint"] for i in json.loads(golden_run("--format", "gitlab", *args).out)
        )

    english = prints("--lang", "en")
    assert len(set(english)) == len(english)  # and two findings never share one
    assert prints("--lang", "sv") == english
    (tmp_path / "plan.yaml").write_text("# a comment added above\n" + PLAN, encoding="utf-8")
    assert prints("--lang", "en") == english
