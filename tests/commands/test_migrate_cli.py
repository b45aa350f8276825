"""`hplan migrate` on the command line: exit status and output together, in Swedish and
English, text and json; where the plan goes (-o, --in-place, standard output, --dry-run)
and what is refused (an existing output, the input, another --to, a plan with errors)."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
OLD = ROOT / "tests" / "cases" / "migrate" / "handlingsplan-2027-iso2013.yaml"
NEW = ROOT / "examples" / "handlingsplan-2027.yaml"
Run = Any  # tests/conftest.py's Run(code, out, err)
Hplan = Callable[..., Run]


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    copy = tmp_path / "plan.yaml"
    shutil.copy(OLD, copy)
    return copy


def validate_ok(hplan: Hplan, path: Path) -> None:
    run = hplan("validate", str(path), "--lang", "en")
    assert run.code == 0 and "\n0 errors" in run.out, run.out


def flat(text: str) -> str:
    """The report with its lines joined (long paths are wrapped to the width)."""
    return " ".join(text.split())


def test_swedish_report_and_the_written_plan(hplan: Hplan, plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "migrated.yaml"
    run = hplan("migrate", str(plan), "-o", str(out))
    assert run.code == 0, run.err
    assert "plan.catalog: iso27001-2013 → iso27001-2022" in run.out
    assert "Aktivitet A1\n  A.5.1.1 → A.5.1\n  A.5.1.2 → A.5.1 (sammanslagen" in run.out
    assert "A.18.2.3 → A.8.8  DELAD i A.5.36, A.8.8: avgör om båda gäller" in run.out
    assert "Brist G-01\n  7.2.2 → 6.3" in run.out
    assert "Omskrivna id: 41, sammanslagna: 15, delade: 1." in run.out
    assert "11 nya åtgärder i 2022" in run.out and "5.7, 5.23, 5.30" in run.out
    assert flat(run.out).endswith(f"Skrivet till {out}.")
    assert run.err == ""
    assert plan.read_text("utf-8") == OLD.read_text("utf-8")  # the input is not touched
    validate_ok(hplan, out)


def test_english(hplan: Hplan, plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "migrated.yaml"
    run = hplan("migrate", str(plan), "-o", str(out), "--lang", "en")
    assert run.code == 0
    assert "Activity A15\n  A.18.2.1 → A.5.35\n" in run.out
    assert "SPLIT into A.5.36, A.8.8: decide whether both apply" in run.out
    assert "Gap G-02\n  A.16.1.1 → A.5.24" in run.out
    assert "Ids rewritten: 41, merged: 15, split: 1." in run.out
    assert out.is_file()


def test_json(hplan: Hplan, plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "migrated.yaml"
    run = hplan("migrate", str(plan), "-o", str(out), "--format", "json")
    assert run.code == 0
    doc = json.loads(run.out)
    assert doc["summary"] == {"rewritten": 41, "merged": 15, "split": 1}
    assert doc["catalog"] == {"from": "iso27001-2013", "to": "iso27001-2022"}
    assert doc["target"] == str(out) and "plan_text" not in doc
    split = [c for c in doc["changes"] if c["kind"] == "split"]
    assert split == [
        {"section": "activities", "id": "A15", "old": "A.18.2.3", "new": ["A.8.8"],
         "kind": "split", "maps_to": ["A.5.36", "A.8.8"]}
    ]  # fmt: skip
    assert len(doc["uncovered_new"]) == 11


def test_dry_run_writes_nothing(hplan: Hplan, plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "migrated.yaml"
    run = hplan("migrate", str(plan), "-o", str(out), "--dry-run", "--lang", "en")
    assert run.code == 0
    assert run.out.endswith("Dry run: nothing written.\n") and "Activity A1" in run.out
    assert not out.exists()
    assert plan.read_text("utf-8") == OLD.read_text("utf-8")


def test_without_output_the_plan_goes_to_standard_output(hplan: Hplan, plan: Path) -> None:
    run = hplan("migrate", str(plan), "--lang", "en")
    assert run.code == 0
    assert run.out.startswith("# yaml-language-server:") and "catalog: iso27001-2022" in run.out
    assert "Activity A1" in run.err and "standard output" in run.err
    json_run = hplan("migrate", str(plan), "--format", "json")
    assert json.loads(json_run.out)["plan_text"] == run.out


def test_in_place_keeps_permissions(hplan: Hplan, plan: Path) -> None:
    os.chmod(plan, 0o640)
    run = hplan("migrate", str(plan), "--in-place", "--lang", "en")
    assert run.code == 0
    assert f"Written to {plan}." in flat(run.out)
    assert oct(plan.stat().st_mode & 0o777) == oct(0o640)
    assert "catalog: iso27001-2022" in plan.read_text("utf-8")
    validate_ok(hplan, plan)
    again = hplan("migrate", str(plan), "--in-place", "--lang", "en")
    assert (again.code, again.out) == (
        0,
        f"{plan} already uses ISO/IEC 27001:2022 ids: nothing to do.\n",
    )


def test_an_existing_output_needs_force(hplan: Hplan, plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "migrated.yaml"
    out.write_text("mine\n")
    run = hplan("migrate", str(plan), "-o", str(out), "--lang", "en")
    assert (run.code, run.out) == (1, "")
    assert "already exists; use --force" in run.err and "Traceback" not in run.err
    assert out.read_text() == "mine\n"
    forced = hplan("migrate", str(plan), "-o", str(out), "--force", "--lang", "en")
    assert forced.code == 0 and "catalog: iso27001-2022" in out.read_text("utf-8")


def test_output_is_never_the_input(hplan: Hplan, plan: Path) -> None:
    run = hplan("migrate", str(plan), "-o", str(plan), "--force", "--lang", "en")
    assert run.code == 1 and "use --in-place" in run.err
    assert plan.read_text("utf-8") == OLD.read_text("utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--to", "iso27001-2013"],
            "--to iso27001-2013: migrate can only migrate to iso27001-2022",
        ),
        (["--in-place", "-o", "x.yaml"], "either -o/--output or --in-place"),
        (["--format", "csv"], "csv"),
    ],
)
def test_usage_errors_are_exit_2(hplan: Hplan, plan: Path, args: list[str], message: str) -> None:
    run = hplan("migrate", str(plan), *args, "--lang", "en")
    assert run.code == 2 and message in run.err and run.out == ""
    assert plan.read_text("utf-8") == OLD.read_text("utf-8")


def test_in_place_from_standard_input_is_exit_2(hplan: Hplan) -> None:
    run = hplan("migrate", "-", "--in-place", "--lang", "en", stdin=OLD.read_bytes())
    assert run.code == 2 and "standard input" in run.err


def test_standard_input_to_standard_output(hplan: Hplan) -> None:
    run = hplan("migrate", "-", "--lang", "en", stdin=OLD.read_bytes())
    assert run.code == 0 and "catalog: iso27001-2022" in run.out


def test_a_plan_on_2022_has_nothing_to_do(hplan: Hplan, tmp_path: Path) -> None:
    out = tmp_path / "x.yaml"
    run = hplan("migrate", str(NEW), "-o", str(out))
    assert run.code == 0
    said = "använder redan id enligt ISO/IEC 27001:2022: inget att göra."
    assert run.out == f"{NEW} {said}\n"
    assert not out.exists()
    doc = json.loads(hplan("migrate", str(NEW), "--format", "json").out)
    assert doc["changed"] is False


def test_a_plan_with_other_errors_is_refused(hplan: Hplan, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(OLD.read_text("utf-8").replace("priority: kritisk", "priority: urgent", 1))
    out = tmp_path / "out.yaml"
    run = hplan("migrate", str(bad), "-o", str(out), "--lang", "en")
    assert run.code == 1 and run.out == ""
    assert "HP1" in run.err and "not migrated; fix the errors above first" in run.err
    assert "error HP404" not in run.err
    assert not out.exists()


def test_a_mixed_plan_under_the_default_catalogue(hplan: Hplan, tmp_path: Path) -> None:
    """No `catalog:` and 2013 ids: the default is 2022, so the ids are HP404 errors,
    which migration fixes; no catalog line is added."""
    text = OLD.read_text("utf-8").replace("  catalog: iso27001-2013\n", "")
    mixed = tmp_path / "mixed.yaml"
    mixed.write_text(text)
    run = hplan("migrate", str(mixed), "--in-place", "--lang", "en")
    assert run.code == 0 and "plan.catalog" not in run.out
    assert "catalog:" not in mixed.read_text("utf-8")
    validate_ok(hplan, mixed)


def test_own_catalogue_is_refused(hplan: Hplan, tmp_path: Path) -> None:
    text = OLD.read_text("utf-8").replace("catalog: iso27001-2013", "catalog: none")
    other = tmp_path / "none.yaml"
    other.write_text(text)
    run = hplan("migrate", str(other), "--lang", "en")
    assert run.code == 1 and "The plan's catalogue is none" in run.err and run.out == ""


def test_help_in_swedish(hplan: Hplan) -> None:
    run = hplan("migrate", "--help", env={"LANG": "sv_SE.UTF-8"})
    assert run.code == 0 and "--in-place" in run.out and "Skriv om en plans" in run.out
