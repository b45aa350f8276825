"""The JSON Schema (`hplan schema`) accepts exactly what hplan's loader accepts.

Each plan below is YAML read by hplan's own reader (YAML 1.2 core: `8.10` stays a number
the schema sees as a number, dates stay text) and turned into plain JSON, as an editor
would see it. The same file then goes through `validate_path(semantic=False)`: its verdict
(no HP0xx/HP1xx error) must be the schema's verdict.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from pydantic import TypeAdapter, ValidationError

from conftest import EXAMPLES, ROOT, Run
from handlingsplan import types, yamlio
from handlingsplan.diagnostics import Severity
from handlingsplan.jsonschema import plan_schema
from handlingsplan.pipeline import validate_path

BASE = """\
hplan: 1
plan:
  title: Handlingsplan 2027
  organisation: Exempelkommunen
  period: {start: 2027-01-01, end: 2027-12-31}
people:
  Per Ek: {role: IT-chef}
goals:
  - {id: M1, title: Alla har grundutbildning}
gaps:
  - {id: G-1, control: "6.3", severity: serious}
activities:
  - id: A1
    name: Grundutbildning
    goals: [M1]
    priority: high
    responsible: Per Ek
    start: 2027-02-01
    end: 2027-03-01
"""


def plan(*replace: tuple[str, str], add: str = "", top: str = "") -> str:
    """BASE with text replaced, lines added to activity A1 and lines put before it all."""
    text = BASE
    for old, new in replace:
        assert old in text, old
        text = text.replace(old, new, 1)
    return top + text + textwrap.indent(add, "    ")


REJECTED = {
    "unknown key in an activity": plan(add="owner: Per Ek\n"),
    "priority urgent": plan(("priority: high", "priority: urgent")),
    "month 13": plan(("start: 2027-02-01", "start: 2027-13-01")),
    "February 30": plan(("start: 2027-02-01", "start: 2027-02-30")),
    "February 29 in 2027": plan(("start: 2027-02-01", "start: 2027-02-29")),
    "date with one-digit month": plan(("start: 2027-02-01", "start: 2027-2-01")),
    "money lots": plan(add="cost: {money: lots}\n"),
    "negative money": plan(add="cost: {money: -5}\n"),
    "missing responsible": plan(("    responsible: Per Ek\n", "")),
    "responsible with no value": plan(("responsible: Per Ek", "responsible:")),
    "progress 150": plan(add="progress: 150\n"),
    "top-level unknown key": plan(top="owner: Maria Lind\n"),
    "newer minor version": plan(("hplan: 1", 'hplan: "1.1"')),
    "version 2": plan(("hplan: 1", "hplan: 2")),
    "no version": plan(("hplan: 1\n", "")),
    "plan missing title": plan(("  title: Handlingsplan 2027\n", "")),
    "id with a space": plan(("id: A1", 'id: "A 1"')),
    "negative number as id": plan(("id: A1", "id: -1")),
    "depends_on with a space": plan(add='depends_on: ["A 2"]\n'),
    "yes is not a boolean": plan(add="procurement: yes\n"),
    "lead_weeks not whole": plan(add="procurement: {lead_weeks: 16.5}\n"),
    "communication as a bare mapping": plan(add="communication: {audience: Alla}\n"),
    "external as nested list": plan(add="external: [[Beslut]]\n"),
    "external mapping without name": plan(add="external: [{date: 2027-03-01}]\n"),
    "boolean control": plan(add="controls: [true]\n"),
    "people as a list": plan(("  Per Ek: {role: IT-chef}\n", "  - Per Ek\n")),
    "activities as a mapping": plan(("activities:\n  - id: A1", "activities:\n  x:\n    id: A1")),
    "null in goals list": plan(("goals: [M1]", "goals: [null]")),
    "null effort hours": plan(add="effort: {Per Ek: null}\n"),
    "upper-case X- key": plan(add="X-note: mine\n"),
    "gap severity unknown": plan(("severity: serious", "severity: hög")),
    "contingency 1": plan(("  period:", "  contingency: 1\n  period:")),
    "top level a list": "- hplan: 1\n",
}

ACCEPTED = {
    "base": plan(),
    "Swedish words": plan(
        ("priority: high", "priority: hög"),
        ("severity: serious", "severity: allvarlig, status: accepterad"),
        add="status: pågående\nkind: åtgärd\n",
    ),
    "words in other case and spacing": plan(
        ("priority: high", "priority: High"), add='status: " In progress "\nkind: ÅTGÄRD\n'
    ),
    "Swedish money": plan(
        ("  period:", '  budget: {money: "1 500 000", hours: 400}\n  period:'),
        add='cost: {money: 80 tkr, running: "1,5 mnkr"}\nspent: {money: "2\u00a0500 kr"}\n',
    ),
    "control 8.10 as a number": plan(add="controls: [8.10, A.5.1, '6.3']\n"),
    "procurement ja": plan(add="procurement: ja\n"),
    "procurement Nej": plan(add="procurement: Nej\n"),
    "procurement true": plan(add="procurement: true\n"),
    "procurement lead weeks": plan(add="procurement: {lead_weeks: 16}\n"),
    "communication as text": plan(add="communication: Informeras på APT\n"),
    "communication as a list": plan(
        add="communication:\n  - Intranätet\n  - {audience: Chefer, when: 2027-01-20, what: Start}\n"
    ),
    "external as text and mapping": plan(
        add="external:\n  - Ny plattform upphandlad\n  - {name: Beslut, date: 2027-03-15}\n"
    ),
    "x- keys everywhere": plan(
        ("  title:", "  x-diarie: KS 2026/1\n  title:"),
        ("{role: IT-chef}", "{role: IT-chef, x-hplan-ignore: [HP304]}"),
        top="x-generated-by: hand\n",
        add="x-hplan-ignore: [HP303]\ncost: {money: 5, x-note: {any: [thing]}}\n",
    ),
    "version text 1.0": plan(("hplan: 1", 'hplan: "1.0"')),
    "version number 1.0": plan(("hplan: 1", "hplan: 1.0")),
    "optional fields with no value": plan(
        ("    goals: [M1]\n", "    goals:\n    status:\n    description:\n    cost:\n"),
        ("  Per Ek: {role: IT-chef}", "  Per Ek:"),
        add="procurement:\ncommunication:\n",
        top="backlog:\n",
    ),
    "ids written as numbers": plan(("{id: M1,", "{id: 12,"), ("goals: [M1]", "goals: [12]")),
    "leap day": plan(("end: 2027-03-01", "end: 2028-02-29")),
    "backlog item with id and name only": plan(top="backlog: [{id: B1, name: Senare}]\n"),
    "depends on another plan": plan(add="depends_on: [it:A2, A0]\n"),
}

# Where hplan's loader once accepted what the format and the schema refuse (found when
# the schema was written); the loader now refuses each, and the verdicts must agree.
LOADER_TOO_LENIENT = {
    "unknown key with no value": plan(add="owner:\n"),
    "person written as empty text": plan(("Per Ek: {role: IT-chef}", 'Per Ek: ""')),
    "person written as 0": plan(("Per Ek: {role: IT-chef}", "Per Ek: 0")),
    "lead_weeks as text": plan(add='procurement: {lead_weeks: "16"}\n'),
    "lead_weeks as boolean": plan(add="procurement: {lead_weeks: true}\n"),
    'the key " x"': plan(add='" x": {x-a: 1}\n'),
}


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return plan_schema()


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> Draft202012Validator:
    return Draft202012Validator(schema)


def as_json(path: Path) -> Any:
    """The file as hplan reads it, then as plain JSON (what an editor validates)."""
    loaded = yamlio.load(str(path))
    assert loaded.ok, loaded.diagnostics
    return json.loads(json.dumps(loaded.data))


def loader_accepts(path: Path) -> bool:
    """hplan's schema-stage verdict: no HP0xx or HP1xx error."""
    result = validate_path(str(path), semantic=False)
    return not any(
        d.severity is Severity.ERROR and d.code[:3] in ("HP0", "HP1") for d in result.diagnostics
    )


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_schema_is_a_valid_draft_2020_12_schema(schema: dict[str, Any]) -> None:
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == "hplan plan file (format 1)"


def test_schema_is_stable(schema: dict[str, Any]) -> None:
    assert json.dumps(plan_schema()) == json.dumps(schema)


def test_extras_field_is_not_in_the_schema(schema: dict[str, Any]) -> None:
    assert '" x"' not in json.dumps(schema)
    assert "oneOf" not in json.dumps(schema)


def test_every_mapping_forbids_unknown_keys_but_allows_x_keys(schema: dict[str, Any]) -> None:
    for name, definition in schema["$defs"].items():
        assert definition["additionalProperties"] is False, name
        assert definition["patternProperties"] == {"^x-": {}}, name
    assert schema["additionalProperties"] is False
    assert schema["patternProperties"] == {"^x-": {}}


def test_required_fields_stay_required(schema: dict[str, Any]) -> None:
    defs = schema["$defs"]
    assert set(defs["Activity"]["required"]) == {
        "id", "name", "priority", "responsible", "start", "end"
    }  # fmt: skip
    assert set(defs["BacklogItem"]["required"]) == {"id", "name"}
    assert set(defs["Header"]["required"]) == {"title", "organisation", "period"}
    assert set(defs["Gap"]["required"]) == {"id", "control", "severity"}
    assert set(schema["required"]) == {"hplan", "plan"}


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_examples_validate(validator: Draft202012Validator, path: Path) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(as_json(path))]
    assert errors == []


@pytest.mark.parametrize("name", REJECTED)
def test_schema_rejects(validator: Draft202012Validator, tmp_path: Path, name: str) -> None:
    assert not validator.is_valid(as_json(write(tmp_path, REJECTED[name])))


@pytest.mark.parametrize("name", ACCEPTED)
def test_schema_accepts(validator: Draft202012Validator, tmp_path: Path, name: str) -> None:
    data = as_json(write(tmp_path, ACCEPTED[name]))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
    assert errors == []


AGREEMENT = [
    *(pytest.param(text, id=f"rejected: {name}") for name, text in REJECTED.items()),
    *(pytest.param(text, id=f"accepted: {name}") for name, text in ACCEPTED.items()),
    *(pytest.param(t, id=f"once too lenient: {n}") for n, t in LOADER_TOO_LENIENT.items()),
]


@pytest.mark.parametrize("text", AGREEMENT)
def test_schema_verdict_is_the_loaders(
    validator: Draft202012Validator, tmp_path: Path, text: str
) -> None:
    path = write(tmp_path, text)
    assert validator.is_valid(as_json(path)) == loader_accepts(path)


# Field by field: the schema pydantic writes for each type (its WithJsonSchema) against
# the type's validator, over values a YAML 1.2 reader can give.
VALUES: list[Any] = [
    "", " ", "x", "A1", "A 1", "it:A2", "a:b:c", "-A", "_a", "8.10", 0, 1, 12, -1, 1.5, 0.99,
    100, 150, True, False, None, [], {}, ["a"], {"a": 1},
    "high", "High", " HÖG ", "hög", "in_progress", "in progress", "In-Progress", "in  progress",
    "inprogress", "canceled", "Åtgärd", "ja", "Nej", "yes", "true",
    "1 500 000", "1\u00a0500\u202f000", "80 tkr", "80TKR", "1,5 mnkr", "1.5 kr", " 42 ", "lots",
    "-5", "15 00", "1 5000", "0,15", "0.5", "099", "100,0", "100,5", "00", ",5", "16", "2027-01-01", "2027-13-01", "2027-02-29", "2028-02-29",
]  # fmt: skip
TYPES = [
    "Text", "Id", "Ref", "IsoDate", "Money", "Hours", "YesNo", "Priority", "Status", "Kind",
    "Severity", "GapStatus", "FundingStatus", "Language",
    "Percent", "Share", "WholeNumber",
]  # fmt: skip


@pytest.mark.parametrize("name", TYPES)
def test_field_schema_matches_field_validator(name: str) -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(getattr(types, name))
    check = Draft202012Validator(adapter.json_schema()).is_valid
    wrong = [v for v in VALUES if check(v) != _accepts(adapter, v)]
    assert wrong == []


def _accepts(adapter: TypeAdapter[Any], value: Any) -> bool:
    try:
        adapter.validate_python(value)
    except ValidationError:
        return False
    return True


def test_date_pattern_is_exactly_the_days_that_exist() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(types.IsoDate)
    check = Draft202012Validator(adapter.json_schema()).is_valid
    years = [0, 1, 4, 100, 400, 1900, 1999, 2000, 2024, 2027, 2028, 2100, 2400, 9996, 9999]
    texts = [f"{y:04d}-{m:02d}-{d:02d}" for y in years for m in range(14) for d in range(33)]
    texts += ["2027-01-01\n", "2027-1-01", "27-01-01", "2027-01-01T00:00", "2027/01/01"]
    wrong = [t for t in texts if check(t) != _accepts(adapter, t)]
    assert wrong == []


def test_cli_prints_the_schema(hplan: Callable[..., Run]) -> None:
    run = hplan("schema")
    assert run.code == 0
    assert json.loads(run.out) == plan_schema()


def test_cli_writes_the_schema_to_a_file(hplan: Callable[..., Run], tmp_path: Path) -> None:
    target = tmp_path / "plan.schema.json"
    run = hplan("schema", "-o", str(target))
    assert run.code == 0
    assert run.out == ""
    assert json.loads(target.read_text(encoding="utf-8")) == plan_schema()


def test_the_shipped_schema_file_is_current() -> None:
    """schema/hplan-plan-1.schema.json, which the examples name for editors, is what
    `hplan schema` prints; regenerate it with `hplan schema -o` when the format grows."""
    shipped = json.loads((ROOT / "schema" / "hplan-plan-1.schema.json").read_text("utf-8"))
    assert shipped == plan_schema()
