"""planset: which files belong together, plan ids, and the checks across plans.

The cross-plan cases are data: tests/cases/crossplan/*.yaml. Each file holds `cases`,
each a set of plan files and what each must get:

    - name: what the case shows
      files: {klf.yaml: "<plan text>", it.yaml: "<plan text>"}   # written to a folder
      context: [hr.yaml]      # optional: read only as context (hplan.toml `plans`)
      complete: true          # optional: the files are the whole set (a folder, `plans`)
      expect:                 # per file: exactly these cross-plan diagnostics
        klf.yaml: [{code: HP201, line: 8, column: 104, message_contains: "..."}]
        it.yaml: []

A file in `files` may sit in a subfolder (`a/it.yaml`). Only the codes a cross-plan check
can give (CROSS) are compared, each file's exactly; a file left out of `expect` must get
none of them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from handlingsplan import planset
from handlingsplan.config import Config
from handlingsplan.diagnostics import Diagnostic
from handlingsplan.pipeline import FileResult, validate_path
from handlingsplan.render.messages import hint, message

CASES = Path(__file__).resolve().parent / "cases" / "crossplan"
CROSS = {"HP104", "HP201", "HP202", "HP205", "HP206", "HP208", "HP302"}
CASE_KEYS = {"name", "files", "context", "complete", "expect"}
EXPECT_KEYS = {"code", "line", "column", "message_contains", "hint_contains"}


def _cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.yaml")):
        for spec in yaml.safe_load(path.read_text("utf-8"))["cases"]:
            params.append(pytest.param(spec, id=f"{path.stem}::{spec['name']}"))
    return params


def _write(files: dict[str, str], folder: Path) -> None:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")


def check(spec: dict[str, Any], folder: Path) -> dict[str, list[Diagnostic]]:
    """The files checked as validate checks them: each alone, then together."""
    _write(spec["files"], folder)
    context = spec.get("context") or []
    given = [name for name in spec["files"] if name not in context]
    results = [validate_path(str(folder / name)) for name in given]
    others = [validate_path(str(folder / name), semantic=False) for name in context]
    planset.check_together([*results, *others], bool(spec.get("complete")))
    return {name: r.diagnostics for name, r in zip(given, results, strict=True)}


def _shown(found: list[Diagnostic]) -> list[str]:
    return [f"{d.code} {d.line}:{d.column} {message(d, 'en')}" for d in found]


@pytest.mark.parametrize("spec", _cases())
def test_crossplan_case(spec: dict[str, Any], tmp_path: Path) -> None:
    assert set(spec) <= CASE_KEYS, f"unknown keys {set(spec) - CASE_KEYS}"
    found = check(spec, tmp_path)
    expect = spec.get("expect") or {}
    assert set(expect) <= set(found), "expectations for files that are not checked"
    for name, diagnostics in found.items():
        got = sorted((d for d in diagnostics if d.code in CROSS), key=Diagnostic.sort_key)
        want = sorted(expect.get(name) or [], key=lambda e: (e["line"], e["column"], e["code"]))
        assert [(d.code, d.line, d.column) for d in got] == [
            (e["code"], e["line"], e["column"]) for e in want
        ], f"{name}: {_shown(got)}"
        for d, e in zip(got, want, strict=True):
            assert set(e) <= EXPECT_KEYS, f"unknown keys {set(e) - EXPECT_KEYS}"
            for fragment in _listed(e.get("message_contains")):
                assert fragment in message(d, "en"), f"{name}: {message(d, 'en')!r}"
            for fragment in _listed(e.get("hint_contains")):
                assert fragment in (hint(d, "en") or ""), f"{name}: {hint(d, 'en')!r}"


def _listed(value: Any) -> list[str]:
    return (
        []
        if value is None
        else [str(v) for v in value]
        if isinstance(value, list)
        else [str(value)]
    )


def test_there_are_cases() -> None:
    assert len(_cases()) >= 20


# --- which files belong together

PLAN = "hplan: 1\nplan:\n  title: T\n  organisation: O\n  period: {start: 2027-01-01, end: 2027-12-31}\n"


def test_targets_expand_folders_skip_other_yaml_and_name_each_file_once(tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "b.yaml").write_text(PLAN)
    (tmp_path / "plans" / "a.yml").write_text(PLAN)
    (tmp_path / "plans" / "other.yaml").write_text("x: 1\n")
    (tmp_path / "empty").mkdir()
    skipped: list[Path] = []
    found = planset.targets(
        [str(tmp_path / "plans"), str(tmp_path / "plans" / "b.yaml"), str(tmp_path / "empty")],
        Config(),
        skipped=skipped.append,
    )
    assert [(Path(p).name, d.code if d else None) for p, d in found] == [
        ("a.yml", None),
        ("b.yaml", None),  # given again by name: checked once, or it would be two plans `b`
        ("empty", "HP001"),
    ]
    assert skipped == [tmp_path / "plans" / "other.yaml"]


def test_targets_only_plans_skips_yaml_that_is_no_plan(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(PLAN)
    (tmp_path / "ci.yaml").write_text("on: push\n")
    names = [str(tmp_path / "a.yaml"), str(tmp_path / "ci.yaml")]
    assert [p for p, _ in planset.targets(names, Config(), only_plans=True)] == names[:1]
    assert [p for p, _ in planset.targets(names, Config())] == names  # HP005 will say why


def test_targets_without_paths_take_the_config_plans(tmp_path: Path) -> None:
    (tmp_path / "x.yaml").write_text(PLAN)
    config = Config(path=tmp_path / "hplan.toml", plans=[str(tmp_path)])
    assert planset.targets([], config) == [(str(tmp_path / "x.yaml"), None)]


def test_standard_input_is_never_merged(tmp_path: Path) -> None:
    assert planset.targets(["-", "-"], Config()) == [("-", None), ("-", None)]


def test_complete_sets(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(PLAN)
    assert planset.complete([], Config())  # the current folder
    assert planset.complete([str(tmp_path)], Config())
    assert not planset.complete([str(tmp_path / "a.yaml")], Config())
    assert not planset.complete(["-"], Config())
    assert planset.complete([str(tmp_path / "a.yaml")], Config(plans=[str(tmp_path)]))


def test_context_files_are_the_other_plans_of_the_config(tmp_path: Path) -> None:
    for name in ("a.yaml", "b.yaml", "c.yaml"):
        (tmp_path / name).write_text(PLAN)
    (tmp_path / "notes.yaml").write_text("x: 1\n")
    config = Config(plans=[str(tmp_path), str(tmp_path / "c.yaml"), str(tmp_path / "gone.yaml")])
    found = planset.targets([str(tmp_path / "b.yaml")], config)
    assert planset.context_files(found, config) == [
        str(tmp_path / "a.yaml"),
        str(tmp_path / "c.yaml"),
    ]
    assert planset.context_files(found, Config()) == []


# --- plan ids


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("klf-2027.yaml", "klf"),
        ("2027_it.yml", "it"),
        ("plan-2026-27.yaml", "plan"),
        ("it.yaml", "it"),
        ("2027.yaml", None),
        ("-", None),
    ],
)
def test_series_id_is_the_file_name_without_suffix_and_year(
    name: str, expected: str | None
) -> None:
    assert planset.series_id(name) == expected


def _result(tmp_path: Path, name: str, text: str) -> FileResult:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return validate_path(str(tmp_path / name))


def test_plan_id_prefers_plan_id_then_the_file_name(tmp_path: Path) -> None:
    named = _result(tmp_path, "klf-2027.yaml", PLAN.replace("  period", "  id: kommun\n  period"))
    unnamed = _result(tmp_path, "it-2027.yaml", PLAN)
    assert planset.plan_id(named, named.path) == "kommun"
    assert planset.plan_id(named.plan, named.path) == "kommun"
    assert planset.plan_id(unnamed, unnamed.path) == "it"
    assert planset.plan_id(None, "hr-2027.yaml") == "hr"


def test_a_broken_header_keeps_the_id_written_there(tmp_path: Path) -> None:
    broken = _result(tmp_path, "x-2027.yaml", "hplan: 1\nplan:\n  id: it\n  title: T\n")
    assert broken.plan is not None and broken.plan.header is None  # organisation, period missing
    assert planset.plan_id(broken, broken.path) == "it"
    bad = _result(tmp_path, "y-2027.yaml", "hplan: 1\nplan:\n  id: it lab\n")
    assert planset.plan_id(bad, bad.path) is None  # not an id: no plan can name it


def test_check_together_of_nothing_or_unreadable_files_does_not_fail(tmp_path: Path) -> None:
    planset.check_together([], True)
    broken = _result(tmp_path, "it.yaml", "hplan: 1\nplan: [\n")
    planset.check_together([broken, FileResult("-")], True)
    assert [d.code for d in broken.diagnostics] == ["HP002"]
