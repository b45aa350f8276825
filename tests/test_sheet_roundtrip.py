"""Round trip: `hplan export --format xlsx` then `hplan import` gives back the same plan,
for every field a sheet holds (hypothesis, over tests/plan_strategies.py's valid plans);
and the activities of `hplan table --format csv` come back the same through a csv.

A generated plan is first cut down to what a spreadsheet can hold, which is exactly
what the docs list as lost (UNHELD and `sheet_text`): the property is that the import
loses nothing else. The two plans are compared as the model reads them (words in any
language or case are the same word, `80 tkr` is 80000), field by field.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from handlingsplan import writer, yamlio
from handlingsplan.commands import import_
from handlingsplan.config import Config
from handlingsplan.filters import Filters
from handlingsplan.pipeline import validate_text
from handlingsplan.render import table, table_export, xlsx
from handlingsplan.render.columns import FORMULA_START
from handlingsplan.sheetread import parse
from plan_strategies import plans

# What a sheet cannot hold (docs): these fields, every `x-` key, and comments.
UNHELD_ITEM = (
    "effort", "funding", "external", "procurement", "communication", "links",
    "forecast_end", "completed", "spent", "followups", "notes", "carried_from",
)  # fmt: skip
UNHELD_HEADER = ("followups", "decision", "revisions")
UNHELD_TOP = ("people",)
LISTS = ("goals", "controls", "gaps", "requirements", "resources", "depends_on", "checkpoints")
SECTIONS = ("gaps", "goals", "activities", "backlog")
# XML 1.0 cannot hold these, so a workbook cannot (render/xlsx.py drops them).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPLIT = re.compile(r"[,;\n]")
STAMP = dt.datetime(2026, 11, 28, tzinfo=dt.timezone.utc)
CHECKED = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def sheet_text(value: str) -> str:
    """A text as a cell gives it back: without control characters or surrounding spaces
    (an import strips them: a person's stray space is no part of a name), a carriage
    return made a line break (XML reads it so), and not starting with `'` (which an
    import drops before `=`, `+`, `-`, `@`, as `hplan table --format csv` writes it)."""
    text = _ILLEGAL.sub("", value.replace("\r\n", "\n").replace("\r", "\n")).strip()
    return "x" + text if text.startswith("'") and text[1:].startswith(FORMULA_START) else text


def held(data: dict[str, Any]) -> dict[str, Any]:
    """The plan cut down to what a sheet holds."""
    for key in UNHELD_TOP:
        data.pop(key, None)
    _cut(data["plan"], UNHELD_HEADER)
    for section in SECTIONS:
        for item in data.get(section) or []:
            _cut(item, UNHELD_ITEM)
            for key in list(item):
                item[key] = _held_value(key, item[key])
                if item[key] in (None, "", []):
                    del item[key]
    return data


def _cut(mapping: dict[str, Any], keys: tuple[str, ...]) -> None:
    for key in [k for k in mapping if k in keys or str(k).startswith("x-")]:
        del mapping[key]


def _held_value(key: str, value: Any) -> Any:
    """A list item may not hold a separator (`,` `;` a line break); a text, see above."""
    if key in LISTS and isinstance(value, list):
        parts = [_held_item(v) for v in value]
        return [part for part in parts if part != ""]
    if isinstance(value, str) and not isinstance(value, dt.date):
        return type(value)(sheet_text(value)) if type(value) is not str else sheet_text(value)
    if isinstance(value, dict):
        return {k: _held_value(k, v) for k, v in value.items()}
    return value


def _held_item(value: Any) -> Any:
    """A list item: a number as read (`012` keeps its text in the model)."""
    if type(value) is not str:
        return value
    return sheet_text(" ".join(_SPLIT.split(sheet_text(value))))


def canonical(text: str) -> dict[str, Any]:
    """A plan as the model reads it, field by field; a done activity without a progress
    is at 100 (what every view, the sheet included, shows)."""
    result = validate_text(text, "plan.yaml")
    assert not result.has_errors, [d.code for d in result.diagnostics]
    plan = result.plan
    assert plan is not None and plan.header is not None
    found: dict[str, Any] = {"plan": plan.header.model_dump(mode="json")}
    for section in SECTIONS:
        found[section] = [_item(item.model_dump(mode="json")) for _, item in getattr(plan, section)]
    return found


def _item(item: dict[str, Any]) -> dict[str, Any]:
    if item.get("status") == "done" and item.get("progress") is None:
        item["progress"] = 100.0
    return {k: v for k, v in item.items() if not k.startswith("x-")}


def _restricted(text: str) -> str | None:
    loaded = yamlio.parse(yamlio.Loaded("plan.yaml"), text)
    data = held(loaded.data)
    made = writer.dump(data)
    return None if validate_text(made, "plan.yaml").has_errors else made


def _imported(data: bytes, name: str, *options: str) -> str:
    opts = import_.ImportOptions(name, "plan.yaml", organisation=None, year=None)
    if options:
        opts.organisation, opts.year = options
    made = import_.make(opts, parse(data, name, "en"), Config(), "plan.yaml")
    errors = [f for f in made.findings if f.severity == "error"]
    assert not errors, [f.message("en") for f in errors]
    return made.text


@CHECKED
@given(plans(), st.sampled_from(["sv", "en"]))
def test_export_then_import_gives_back_the_same_plan(text: str, lang: str) -> None:
    restricted = _restricted(text)
    assume(restricted is not None)
    assert restricted is not None
    plan = validate_text(restricted, "plan.yaml").plan
    assert plan is not None
    workbook = xlsx.render(plan, xlsx.Spec(lang, "plan", STAMP, None))
    expected = canonical(restricted)
    # A plan without a language is exported in `lang`: its words come back in it, and
    # the imported plan says so (a plan's words are in the language it names).
    expected["plan"]["language"] = expected["plan"]["language"] or lang
    assert canonical(_imported(workbook, "plan.xlsx")) == expected


@CHECKED
@given(plans(), st.sampled_from(["sv", "en"]))
def test_table_csv_then_import_gives_back_the_same_activities(text: str, lang: str) -> None:
    restricted = _restricted(text)
    assume(restricted is not None)
    assert restricted is not None
    plan = validate_text(restricted, "plan.yaml").plan
    assert plan is not None and plan.header is not None
    spec = table.Spec("csv", lang, 0, False, "id", Filters(), "activities", marking="Intern")
    written = table_export.to_csv(plan, table.build(plan, spec), spec)
    back = canonical(_imported(written.encode("utf-8"), "plan.csv", "X", "2027"))
    assert _csv(back["activities"]) == _csv(canonical(restricted)["activities"])


def _csv(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """In the order of the ids (`--sort id` orders A10 after A9, as a person does), and
    with numbers to two decimals: what `hplan table --format csv` writes."""
    for item in items:
        for key, value in list(item.items()):
            if isinstance(value, float):
                item[key] = round(value, 2)
            elif isinstance(value, dict):
                item[key] = {
                    k: round(v, 2) if isinstance(v, float) else v for k, v in value.items()
                }
    return sorted(items, key=lambda item: str(item["id"]))
