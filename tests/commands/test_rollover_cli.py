"""`hplan rollover` as a user runs it: exit code, output and the files on disk together."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from handlingsplan.pipeline import validate_path

ROOT = Path(__file__).resolve().parents[2]
SV_PLAN = ROOT / "examples" / "handlingsplan-2027.yaml"
GOLDEN = ROOT / "tests" / "golden" / "rollover"
EPOCH = {"SOURCE_DATE_EPOCH": "1795824000"}  # 2026-11-28, the day in the goldens

PLAN = """\
hplan: 1
plan:
  title: Handlingsplan 2027
  organisation: Exempel
  period: {start: 2027-01-01, end: 2027-12-31}
# a comment the new file cannot carry
activities:
  - id: A1
    name: Policy
    priority: high
    responsible: Maria
    start: 2027-01-01
    end: 2027-02-28
    status: done
    progress: 100
  - id: A2
    name: Utbildning
    priority: high
    responsible: Maria
    start: 2027-03-01
    end: 2027-06-30
    depends_on: [A1]
    status: in_progress
    progress: 50
    spent: {hours: 10}
    forecast_end: 2027-07-31
  - id: A3
    name: Övning
    priority: low
    responsible: Maria
    start: 2027-09-01
    end: 2027-09-30
    depends_on: [A2]
    status: postponed
  - id: A4
    name: Egen SOC
    priority: low
    responsible: Maria
    start: 2027-02-01
    end: 2027-03-31
    status: cancelled
  - id: A5
    name: Logghantering
    priority: medium
    responsible: Maria
    start: 2027-04-01
    end: 2027-05-31
    depends_on: [A4]
    status: paused
    progress: 0
"""


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan-2027.yaml"
    path.write_text(PLAN, encoding="utf-8")
    return path


Hplan = Callable[..., Any]


def _activities(path: Path) -> dict[str, Any]:
    result = validate_path(str(path))
    assert not result.has_errors, [d.code for d in result.diagnostics]
    assert result.plan is not None
    return {a.id: a for _i, a in result.plan.activities}


def test_writes_next_year_and_reports(hplan: Hplan, plan: Path) -> None:
    before = plan.read_bytes()
    run = hplan("rollover", str(plan))
    target = plan.with_name("plan-2028.yaml")
    assert run.code == 0, run.err
    assert f"Rollover: {plan}\n  → {target}\n" in run.out  # long paths: one a line
    assert "Period: 2027-01-01 – 2027-12-31 → 2028-01-01 – 2028-12-31" in run.out
    assert "Carried over (3)" in run.out and "Not carried (2)" in run.out
    assert plan.read_bytes() == before  # the input is never changed
    carried = _activities(target)
    assert list(carried) == ["A2", "A3", "A5"]
    a2 = carried["A2"]
    assert (a2.status, a2.progress, a2.spent, a2.forecast_end) == ("in_progress", 50, None, None)
    assert str(a2.start) == "2028-01-01" and str(a2.end) == "2028-03-01"  # half of 122 days
    assert a2.depends_on == []  # A1 is done: met
    assert carried["A3"].status == "planned" and carried["A3"].depends_on == ["A2"]
    assert [(c.period.isoformat(), c.id, c.status) for c in a2.carried_from] == [
        ("2027-01-01", "A2", "in_progress")
    ]


def test_report_names_dropped_and_warnings(hplan: Hplan, plan: Path) -> None:
    run = hplan("rollover", str(plan))
    assert run.code == 0
    assert "A1  (done) Policy" in run.out and "A4  (cancelled) Egen SOC" in run.out
    assert "A5 depended on A4, which is cancelled: the dependency is dropped." in run.out
    assert "The plan had 1 comment line; a new file cannot carry it." in run.out


def test_swedish_report(hplan: Hplan, plan: Path) -> None:
    run = hplan("rollover", "--lang", "sv", str(plan))
    assert run.code == 0
    assert "Förs över (3)" in run.out and "pågående 50 % → pågående 50 %" in run.out
    assert "uppskjuten → planerad" in run.out


def test_new_file_reads_like_a_written_one(hplan: Hplan, plan: Path) -> None:
    assert hplan("rollover", str(plan), env=EPOCH).code == 0
    text = plan.with_name("plan-2028.yaml").read_text(encoding="utf-8")
    assert text.startswith("# Made by hplan rollover from plan-2027.yaml on 2026-11-28.\n")
    assert "title: Handlingsplan 2028\n" in text
    assert "null" not in text and "[]" not in text and "{}" not in text
    assert "  period: {start: 2028-01-01, end: 2028-12-31}\n" in text
    assert "    status: planned\n" in text  # the words of the plan's language (en)
    assert "  id: plan\n" in text  # the series' id, which the file name gave


def test_name_without_a_year_gets_next(hplan: Hplan, tmp_path: Path) -> None:
    path = tmp_path / "klf.yaml"
    path.write_text(PLAN, encoding="utf-8")
    run = hplan("rollover", str(path))
    assert run.code == 0 and (tmp_path / "klf-next.yaml").is_file()
    assert "  id: klf\n" in (tmp_path / "klf-next.yaml").read_text(encoding="utf-8")


def test_existing_output_refused_then_forced(hplan: Hplan, plan: Path) -> None:
    target = plan.with_name("plan-2028.yaml")
    target.write_text("mine\n", encoding="utf-8")
    os.chmod(target, 0o640)
    run = hplan("rollover", str(plan))
    assert run.code == 1 and run.out == ""
    assert f"{target} exists; not overwritten (use --force" in run.err
    assert target.read_text(encoding="utf-8") == "mine\n"
    run = hplan("rollover", "--force", str(plan))
    assert run.code == 0 and "A2" in _activities(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the file's permissions kept


def test_never_writes_over_its_input_even_forced(hplan: Hplan, plan: Path) -> None:
    before = plan.read_bytes()
    run = hplan("rollover", str(plan), "-o", str(plan), "--force")
    assert run.code == 1 and "is the plan being rolled over" in run.err
    assert plan.read_bytes() == before


def test_plan_with_errors_refused_even_forced(hplan: Hplan, tmp_path: Path) -> None:
    path = tmp_path / "plan-2027.yaml"
    path.write_text(PLAN.replace("priority: low", "priority: lowest", 1), encoding="utf-8")
    run = hplan("rollover", "--force", str(path))
    assert run.code == 1 and run.out == ""
    assert "HP102" in run.err and "not rolled over: fix the errors above first" in run.err
    assert not (tmp_path / "plan-2028.yaml").exists()


def test_dry_run_prints_plan_and_report_writes_nothing(hplan: Hplan, plan: Path) -> None:
    run = hplan("rollover", "--dry-run", str(plan))
    assert run.code == 0
    assert run.out.startswith("# Made by hplan rollover") and "  - id: A2\n" in run.out
    assert "Carried over (3)" in run.err and "Dry run: nothing was written." in run.err
    assert sorted(p.name for p in plan.parent.iterdir()) == ["plan-2027.yaml"]


def test_json_report(hplan: Hplan, plan: Path) -> None:
    run = hplan("rollover", "--format", "json", str(plan))
    assert run.code == 0 and run.err == ""
    doc = json.loads(run.out)
    assert doc["written"] is True and doc["output"] == str(plan.with_name("plan-2028.yaml"))
    assert [c["id"] for c in doc["carried"]] == ["A2", "A3", "A5"]
    assert doc["carried"][0]["new"] == {"start": "2028-01-01", "end": "2028-03-01"}
    assert {"code": "cancelled_dependency", "id": "A5", "ref": "A4"} in doc["warnings"]
    assert doc["dropped"] == [
        {"id": "A1", "name": "Policy", "status": "done"},
        {"id": "A4", "name": "Egen SOC", "status": "cancelled"},
    ]
    assert doc["comments_not_carried"] == 1 and "plan_text" not in doc


def test_json_dry_run_carries_the_plan_text(hplan: Hplan, plan: Path) -> None:
    run = hplan("rollover", "--format", "json", "--dry-run", str(plan))
    doc = json.loads(run.out)
    assert run.code == 0 and doc["written"] is False
    assert doc["output"] == str(plan.with_name("plan-2028.yaml"))  # where it would go
    assert doc["plan_text"].startswith("# Made by hplan rollover")
    assert not plan.with_name("plan-2028.yaml").exists()


def test_period_option(hplan: Hplan, plan: Path) -> None:
    run = hplan("rollover", "--period", "2028-07-01:2029-06-30", str(plan), "-o", "-")
    assert run.code == 0
    assert "period: {start: 2028-07-01, end: 2029-06-30}" in run.out
    assert "start: 2029-03-01" in run.out  # A3 moved by 18 months: 2027-09 -> 2029-03
    assert "Period: 2027-01-01 – 2027-12-31 → 2028-07-01 – 2029-06-30" in run.err


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2028-01-01", "--period: 2028-01-01 is not START:END"),
        ("2028-01-01:2028-02-30", "is not START:END"),
        ("2028-12-31:2028-01-01", "ends before it starts"),
    ],
)
def test_bad_period(hplan: Hplan, plan: Path, value: str, message: str) -> None:
    run = hplan("rollover", "--period", value, str(plan))
    assert run.code == 2 and message in run.err and run.out == ""


def test_dates_start_puts_work_at_the_period_start(hplan: Hplan, plan: Path) -> None:
    run = hplan("rollover", "--dates", "start", str(plan), "-o", "-")
    assert run.code == 0
    # A5 (paused, no progress) from the start; A3 waits for A2 (ends 2028-03-01).
    assert "  - id: A5" in run.out
    carried = run.out.split("  - id: ")
    a3 = next(part for part in carried if part.startswith("A3"))
    a5 = next(part for part in carried if part.startswith("A5"))
    assert "start: 2028-03-02\n" in a3 and "end: 2028-03-31\n" in a3
    assert "start: 2028-01-01\n" in a5 and "end: 2028-03-01\n" in a5


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--dates", "later"], "--dates: unknown value later; choose one of shift, start"),
        (["--format", "csv"], "unknown format csv; choose one of text, json"),
        (["--lang", "de"], "--lang: unknown value de"),
        (["--update", "x.yaml", "-o", "y.yaml"], "cannot be combined with --output"),
    ],
)
def test_bad_options_exit_2_before_reading(
    hplan: Hplan, tmp_path: Path, args: list[str], message: str
) -> None:
    run = hplan("rollover", *args, str(tmp_path / "missing.yaml"))
    assert run.code == 2 and message in run.err and run.out == ""


def test_from_stdin_to_stdout(hplan: Hplan) -> None:
    run = hplan("rollover", "-", stdin=PLAN.encode())
    assert run.code == 0
    assert (
        "title: Handlingsplan 2028" in run.out and "Rollover: <stdin> → standard output" in run.err
    )


def test_pushed_past_the_end_is_named(hplan: Hplan, plan: Path) -> None:
    args = ["rollover", "--period", "2028-01-01:2028-06-30", str(plan)]
    run = hplan(*args, "--format", "json")
    doc = json.loads(run.out)
    assert run.code == 0  # A3 keeps its place, September, after a half-year period
    past = {"code": "past_end", "id": "A3", "end": "2028-09-30", "pushed": False}
    assert past in doc["warnings"]
    assert doc["carried"][1]["past_period_end"] is True
    run = hplan(*args, "--force")
    assert run.code == 0
    assert "A3 now ends 2028-09-30, after the period: that is its place one period" in run.out
    assert "! ends after the period: needs a decision" in run.out
    hp303 = [d for d in validate_path(str(plan.with_name("plan-2028.yaml"))).diagnostics
             if d.code == "HP303"]  # fmt: skip
    assert [(d.severity.name, dict(d.args)["_item"]) for d in hp303] == [("WARNING", "A3")]


def test_second_rollover_flags_hp406(hplan: Hplan, plan: Path) -> None:
    assert hplan("rollover", str(plan)).code == 0
    run = hplan("rollover", str(plan.with_name("plan-2028.yaml")))
    assert run.code == 0 and "A2 has been carried from 2 plans (HP406)" in run.out
    last = validate_path(str(plan.with_name("plan-2029.yaml")))
    assert [d.code for d in last.diagnostics if d.code == "HP406"] == ["HP406"] * 3
    assert not last.has_errors


def test_a_plan_it_makes_with_errors_is_a_bug_and_writes_nothing(
    hplan: Hplan, plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from handlingsplan import rollover

    real = rollover.roll

    def broken(*args: Any) -> Any:
        data, report = real(*args)
        data["activities"][0]["priority"] = "whenever"
        return data, report

    monkeypatch.setattr(rollover, "roll", broken)
    run = hplan("rollover", str(plan))
    assert run.code == 3 and "internal error (a bug in hplan" in run.err and "HP102" in run.err
    assert not plan.with_name("plan-2028.yaml").exists()


def test_help_is_translated(hplan: Hplan) -> None:
    run = hplan("rollover", "--help", env={"LANG": "sv_SE.UTF-8"})
    assert run.code == 0 and "Nästa periods plan" in run.out and "--dry-run" in run.out


def test_golden_swedish_example(
    hplan: Hplan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shipped example rolled over: the new file and the report, kept in
    tests/golden/rollover (UPDATE_GOLDEN=1 rewrites them after a deliberate change)."""
    (tmp_path / SV_PLAN.name).write_bytes(SV_PLAN.read_bytes())
    monkeypatch.chdir(tmp_path)
    run = hplan("rollover", SV_PLAN.name, env=EPOCH)
    assert run.code == 0, run.err
    made = (tmp_path / "handlingsplan-2028.yaml").read_text(encoding="utf-8")
    report = run.out
    _golden("handlingsplan-2028.yaml", made)
    _golden("report-sv.txt", report)


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs (UPDATE_GOLDEN=1)"
