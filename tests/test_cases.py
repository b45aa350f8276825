"""Data-driven diagnostic cases: tests/cases/HPxxx.yaml (one file per code) and
tests/cases/reading-rules.yaml.

A case file is a YAML document (not a plan): `code` and a list of `cases`. Each case
gives the plan as text (`plan`), as raw bytes (`plan_bytes_hex`), from a generator
(`plan_generate`), or names a `path` that is `missing` or a `directory`; and says which
diagnostics of the file's code must appear (`expect`, exactly: no more, no fewer). A case
with `expect: []` is a twin: the code must be silent. Optional keys:

* `others: {HP206: [...], HP302: []}`: the same exact check for other codes;
* `codes: [HP503]`: the sorted codes of *all* diagnostics, exactly;
* `check: [{path: activities.0.1.controls, equals: ["8.10"]}]`: values of the parsed
  Plan (FileResult.plan), reached by attribute, key or index one dotted part at a time;
* `filename`: the name of the plan file (default plan.yaml);
* `files: {name: text}`: other files written beside the plan (a catalogue of ids);
* `substitute: {"<nbsp>": "\\u00a0"}`: replacements in `plan`, for characters that cannot
  be seen in a case file;
* `xfail: reason`: a known bug outside the files this suite may fix (strict);
* `today: 2027-06-01`: the day of follow-up, as `validate --today` gives it (HP6xx).

Each expected diagnostic is `{line, column}` plus optional `end_line`, `end_column`,
`where`, and `message_contains`, `message_lacks` and `hint_contains` (a string or a list
of strings, looked for in the English message or hint).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from handlingsplan.codes import CODES
from handlingsplan.diagnostics import Diagnostic
from handlingsplan.pipeline import FileResult, validate_path
from handlingsplan.render.messages import hint, message

CASES = Path(__file__).resolve().parent / "cases"
PLAN_SOURCES = ("plan", "plan_bytes_hex", "plan_generate", "path")
CASE_KEYS = {
    "name",
    "expect",
    "others",
    "codes",
    "check",
    "filename",
    "files",
    "substitute",
    "xfail",
    "today",
    *PLAN_SOURCES,
}
EXPECT_KEYS = {
    "line",
    "column",
    "end_line",
    "end_column",
    "where",
    "message_contains",
    "message_lacks",
    "hint_contains",
}
MINIMAL_PLAN = (
    "hplan: 1\n"
    "plan:\n"
    "  title: Handlingsplan 2027\n"
    "  organisation: Exempelkommunen\n"
    "  period: {start: 2027-01-01, end: 2027-12-31}\n"
)


@dataclass(frozen=True)
class Case:
    file: str
    code: str | None
    spec: dict[str, Any]

    @property
    def name(self) -> str:
        return str(self.spec["name"])

    @property
    def id(self) -> str:
        return f"{self.file}::{self.name}"

    @property
    def triggers(self) -> bool:
        return bool(self.spec.get("expect"))


def load_case_files() -> dict[str, dict[str, Any]]:
    files: dict[str, dict[str, Any]] = {}
    for path in sorted(CASES.glob("*.yaml")):
        with path.open(encoding="utf-8") as handle:
            files[path.stem] = yaml.safe_load(handle)
    return files


def all_cases() -> list[Case]:
    found = []
    for stem, doc in load_case_files().items():
        for spec in doc.get("cases") or []:
            found.append(Case(stem, doc.get("code"), spec))
    return found


def _params() -> list[Any]:
    params = []
    for case in all_cases():
        marks = []
        if case.spec.get("xfail"):
            marks.append(pytest.mark.xfail(reason=str(case.spec["xfail"]), strict=True))
        params.append(pytest.param(case, id=case.id, marks=marks))
    return params


# --- producing the file under test


def _generate(spec: dict[str, Any]) -> bytes:
    """Inputs too large or too regular to write out in a case file."""
    kind = spec["kind"]
    if kind == "big":  # a valid plan padded with a comment to `bytes` bytes
        head = MINIMAL_PLAN.encode()
        size = int(spec["bytes"])
        return head + b"# " + b"x" * max(0, size - len(head) - 3) + b"\n"
    if kind == "deep":  # `x-deep:` holding `depth` nested flow lists, under a valid plan
        depth = int(spec["depth"])
        return (MINIMAL_PLAN + "x-deep: " + "[" * depth + "]" * depth + "\n").encode()
    if kind == "deep_block":  # the same nesting as block mappings, one level a line
        depth = int(spec["depth"])
        lines = [f"{'  ' * i}k{i}:" for i in range(depth)]
        return (MINIMAL_PLAN + "x-deep:\n" + "\n".join("  " + ln for ln in lines) + " 1\n").encode()
    if kind == "alias_bomb":  # billion laughs: `levels` levels of 9 aliases each
        out = [MINIMAL_PLAN.rstrip("\n"), 'x-a0: &a0 "lol"']
        for level in range(1, int(spec["levels"]) + 1):
            refs = ", ".join([f"*a{level - 1}"] * 9)
            out.append(f"x-a{level}: &a{level} [{refs}]")
        return ("\n".join(out) + "\n").encode()
    raise ValueError(f"unknown generator {kind!r}")


def produce(case: Case, tmp_path: Path) -> Path:
    spec = case.spec
    for name, content in (spec.get("files") or {}).items():
        (tmp_path / name).write_text(str(content), encoding="utf-8")
    target = tmp_path / str(spec.get("filename", "plan.yaml"))
    sources = [key for key in PLAN_SOURCES if key in spec]
    assert len(sources) == 1, f"{case.id}: give exactly one of {PLAN_SOURCES}"
    source = sources[0]
    if source == "path":
        if spec["path"] == "directory":
            target.mkdir()
        else:
            assert spec["path"] == "missing", f"{case.id}: path is missing or directory"
        return target
    if source == "plan":
        text = str(spec["plan"])
        for placeholder, replacement in (spec.get("substitute") or {}).items():
            assert placeholder in text, f"{case.id}: {placeholder!r} is not in the plan"
            text = text.replace(placeholder, replacement)
        data = text.encode("utf-8")
    elif source == "plan_bytes_hex":
        data = bytes.fromhex("".join(str(spec["plan_bytes_hex"]).split()))
    else:
        data = _generate(spec["plan_generate"])
    target.write_bytes(data)
    return target


# --- comparing


def _position(d: Diagnostic) -> tuple[int, int]:
    return (d.line, d.column)


def _expected_position(e: dict[str, Any]) -> tuple[int, int]:
    return (int(e["line"]), int(e["column"]))


def _found_order(d: Diagnostic) -> tuple[int, int, str]:
    return (d.line, d.column, d.where)


def _expected_order(e: dict[str, Any]) -> tuple[int, int, str]:
    return (*_expected_position(e), str(e.get("where", "")))


def assert_code(result: FileResult, code: str, expected: list[dict[str, Any]], label: str) -> None:
    for e in expected:
        unknown = set(e) - EXPECT_KEYS
        assert not unknown, f"{label}: unknown keys {unknown} in an expectation"
    found = sorted((d for d in result.diagnostics if d.code == code), key=_found_order)
    want = sorted(expected, key=_expected_order)
    shown = [f"{d.line}:{d.column} {d.where} {message(d, 'en')}" for d in found]
    assert [_position(d) for d in found] == [_expected_position(e) for e in want], (
        f"{label}: {code} diagnostics differ; found: {shown}"
    )
    for d, e in zip(found, want, strict=True):
        text = message(d, "en")
        for fragment in _as_list(e.get("message_contains")):
            assert fragment in text, f"{label}: {code} message {text!r} lacks {fragment!r}"
        for fragment in _as_list(e.get("message_lacks")):
            assert fragment not in text, f"{label}: {code} message {text!r} has {fragment!r}"
        hint_text = hint(d, "en") or ""
        for fragment in _as_list(e.get("hint_contains")):
            assert fragment in hint_text, f"{label}: {code} hint {hint_text!r} lacks {fragment!r}"
        if "end_line" in e:
            assert d.end_line == e["end_line"], f"{label}: {code} end_line {d.end_line}"
        if "end_column" in e:
            assert d.end_column == e["end_column"], f"{label}: {code} end_column {d.end_column}"
        if "where" in e:
            assert d.where == e["where"], f"{label}: {code} where {d.where!r}"


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def reach(value: Any, path: str) -> Any:
    """`activities.0.1.controls` -> plan.activities[0][1].controls."""
    for part in path.split("."):
        if isinstance(value, (list, tuple)):
            value = value[int(part)]
        elif isinstance(value, dict):
            value = value[part]
        else:
            value = getattr(value, part)
    return value


def _plain(value: Any) -> Any:
    """Values as YAML would write them, so `equals:` can be compared with ==."""
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


# --- the tests


@pytest.mark.parametrize("case", _params())
def test_case(case: Case, tmp_path: Path) -> None:
    unknown = set(case.spec) - CASE_KEYS
    assert not unknown, f"{case.id}: unknown keys {unknown}"
    path = produce(case, tmp_path)
    result = validate_path(str(path), today=case.spec.get("today"))
    if case.code is not None:
        assert "expect" in case.spec, f"{case.id}: `expect` is required"
        assert_code(result, case.code, case.spec["expect"] or [], case.id)
    else:  # reading-rules: a case of no one code says what the whole file gets
        assert "codes" in case.spec, f"{case.id}: `codes` is required"
    for code, expected in (case.spec.get("others") or {}).items():
        assert code in CODES, f"{case.id}: unknown code {code}"
        assert_code(result, code, expected or [], case.id)
    if "codes" in case.spec:
        found = sorted(d.code for d in result.diagnostics)
        shown = [f"{d.code} {d.line}:{d.column} {message(d, 'en')}" for d in result.diagnostics]
        assert found == sorted(case.spec["codes"]), f"{case.id}: diagnostics {shown}"
    for check in case.spec.get("check") or []:
        assert result.plan is not None, f"{case.id}: no plan was built"
        actual = _plain(reach(result.plan, check["path"]))
        assert actual == check["equals"], f"{case.id}: {check['path']} is {actual!r}"
        assert type(actual) is type(check["equals"]), (
            f"{case.id}: {check['path']} is a {type(actual).__name__}"
        )


def test_every_code_has_a_case_file_with_trigger_and_twin() -> None:
    files = load_case_files()
    cases = all_cases()
    for code in CODES:
        assert code in files, f"tests/cases/{code}.yaml is missing"
        assert files[code].get("code") == code, f"{code}.yaml says code {files[code].get('code')}"
        mine = [c for c in cases if c.file == code and not c.spec.get("xfail")]
        assert any(c.triggers for c in mine), f"{code}: no case triggers it"
        assert any("expect" in c.spec and not c.triggers for c in mine), f"{code}: no silent twin"


def test_case_names_are_unique_and_files_name_known_codes() -> None:
    cases = all_cases()
    ids = [c.id for c in cases]
    assert len(ids) == len(set(ids)), "two cases in one file share a name"
    for stem, doc in load_case_files().items():
        code = doc.get("code")
        assert code is None or (code in CODES and stem == code), f"{stem}.yaml: code {code}"
    assert "reading-rules" in load_case_files()


def test_generators_make_what_they_say() -> None:
    """The generators are part of the test: check they produce the inputs they claim."""
    big = _generate({"kind": "big", "bytes": 1000})
    assert len(big) == 1000
    deep = _generate({"kind": "deep", "depth": 3}).decode()
    assert deep.endswith("x-deep: [[[]]]\n")
    bomb = yaml.compose(_generate({"kind": "alias_bomb", "levels": 2}).decode())
    assert bomb is not None
