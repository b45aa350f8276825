"""`hplan validate` over several plans: dependencies across plans, as a user sees them.
Exit code and output asserted together, in text and json. The rules themselves are data
in tests/cases/crossplan/ (tests/test_planset.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Hplan = Callable[..., Any]
# The column of the first `depends_on` entry in an activity written by `activity()`.
DEP = 72


def activity(id_: str, start: str, end: str, deps: str = "", extra: str = "") -> str:
    """One activity on one line, clean apart from what it is written to show."""
    return (f"  - {{id: {id_}, name: a, start: {start}, end: {end}, depends_on: [{deps}], "
            f"goals: [M1], priority: high, responsible: P, cost: {{hours: 1}}{extra}}}\n")  # fmt: skip


def plan(plan_id: str | None, *activities: str) -> str:
    """A decided plan with one goal: no finding but those its activities make. With an
    id, its first activity is on line 11, else on line 10."""
    return (
        "hplan: 1\nplan:\n  title: T\n  organisation: O\n"
        + (f"  id: {plan_id}\n" if plan_id else "")
        + "  period: {start: 2027-01-01, end: 2027-12-31}\n"
        "  decision: {by: KS, date: 2026-12-14}\n"
        "goals:\n  - {id: M1, title: G}\n"
        "activities:\n" + "".join(activities)
    )


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def write(files: dict[str, str]) -> None:
    for name, text in files.items():
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        Path(name).write_text(text, encoding="utf-8")


KLF_WAITS = plan("klf", activity("A1", "2027-03-01", "2027-03-31", "it:A2"))
IT = plan("it", activity("A2", "2027-02-01", "2027-02-26"))


def _json(run: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(run.out)
    return data


def _found(data: dict[str, Any]) -> dict[str, list[tuple[str, int, int]]]:
    return {f["path"]: [(d["code"], d["line"], d["column"]) for d in f["diagnostics"]]
            for f in data["files"]}  # fmt: skip


# --- resolved, or noted as not at hand


def test_a_folder_checks_its_plans_together(hplan: Hplan) -> None:
    write({"plans/klf.yaml": KLF_WAITS, "plans/it-2027.yaml": IT})
    run = hplan("validate", "--strict", "plans")
    assert (run.code, run.out, run.err) == (0, "2 files checked: no problems\n", "")


def test_a_plan_alone_notes_the_other_plan_hp208_and_passes_even_strict(hplan: Hplan) -> None:
    write({"klf.yaml": KLF_WAITS})
    run = hplan("validate", "--strict", "-q", "klf.yaml")
    assert (run.code, run.out) == (
        0,
        f"klf.yaml:11:{DEP}: info HP208 activity A1: `it:A2` is an activity of plan `it`, "
        "which is not checked with this one\n",
    )
    full = hplan("validate", "--color", "never", "klf.yaml")
    assert full.code == 0
    assert "= hint: check the plans together: give each file, or their folder" in full.out
    assert full.out.endswith("0 errors, 0 warnings, 1 info in 1 file\n")
    sv = hplan("validate", "-q", "--lang", "sv", "klf.yaml")
    assert (sv.code, sv.out) == (
        0,
        f"klf.yaml:11:{DEP}: info HP208 aktivitet A1: `it:A2` är en aktivitet i planen `it`, "
        "som inte kontrolleras tillsammans med den här\n",
    )


def test_hp208_in_json(hplan: Hplan) -> None:
    write({"klf.yaml": KLF_WAITS})
    data = _json(hplan("validate", "-f", "json", "klf.yaml"))
    [d] = data["files"][0]["diagnostics"]
    assert (d["code"], d["name"], d["severity"], d["line"], d["column"], d["where"]) == (
        "HP208", "other-plan-not-checked", "info", 11, DEP, "activities[0].depends_on[0]",
    )  # fmt: skip
    assert data["summary"] == {"errors": 0, "warnings": 0, "infos": 1}


def test_given_one_by_one_a_plan_not_given_is_hp208_but_in_a_folder_hp201(hplan: Hplan) -> None:
    klf = plan("klf", activity("A1", "2027-03-01", "2027-03-31", "hr:A2"))
    write({"plans/klf.yaml": klf, "plans/it.yaml": IT})
    by_name = hplan("validate", "-q", "plans/klf.yaml", "plans/it.yaml")
    assert (by_name.code, by_name.out) == (
        0,
        f"plans/klf.yaml:11:{DEP}: info HP208 activity A1: `hr:A2` is an activity of plan "
        "`hr`, which is not checked with this one\n",
    )
    folder = hplan("validate", "-q", "plans")
    assert (folder.code, folder.out) == (
        1,
        f"plans/klf.yaml:11:{DEP}: error HP201 activity A1: `depends_on` names `hr:A2`, but "
        "no plan checked together has the id `hr`\n",
    )


def test_hp201_unknown_activity_of_a_plan_at_hand(hplan: Hplan) -> None:
    klf = plan("klf", activity("A1", "2027-03-01", "2027-03-31", "it:a2"))
    write({"klf.yaml": klf, "it.yaml": IT})
    run = hplan("validate", "--color", "never", "klf.yaml", "it.yaml")
    assert run.code == 1
    assert run.out.startswith(
        f"klf.yaml:11:{DEP}: error HP201 activity A1: `depends_on` names `it:a2`, but plan "
        "`it` (it.yaml) has no activity `a2`\n"
    )
    assert "= hint: did you mean `it:A2`?" in run.out
    assert run.out.endswith("1 error, 0 warnings, 0 infos in 2 files\n")
    data = _json(hplan("validate", "-f", "json", "klf.yaml", "it.yaml"))
    assert _found(data) == {"klf.yaml": [("HP201", 11, DEP)], "it.yaml": []}
    assert data["files"][0]["diagnostics"][0]["hint"] == "did you mean `it:A2`?"


# --- hplan.toml `plans`: one changed file checked against the rest


def _config_set(klf: str) -> None:
    broken_it = plan("it", activity("A2", "2027-02-01", "2027-02-26"),
                     activity("A3", "2027-05-01", "2027-04-01"))  # fmt: skip  # HP301 in it.yaml
    write({"hplan.toml": 'plans = ["plans"]\n', "plans/klf.yaml": klf, "plans/it.yaml": broken_it})


def test_a_changed_file_is_checked_against_the_config_plans(hplan: Hplan) -> None:
    _config_set(KLF_WAITS)
    run = hplan("validate", "plans/klf.yaml")
    # Resolved against it.yaml, whose own error is not reported: it was not given.
    assert (run.code, run.out, run.err) == (0, "1 file checked: no problems\n", "")
    verbose = hplan("validate", "-v", "plans/klf.yaml")
    assert verbose.err == (
        "checking plans/klf.yaml\n"
        "reading plans/it.yaml for dependencies across plans (hplan.toml `plans`; not reported)\n"
    )
    whole = hplan("validate", "-q")
    assert (whole.code, whole.out) == (
        1,
        "plans/it.yaml:12:47: error HP301 activity A3: ends (2027-04-01) before it starts (2027-05-01)\n",
    )


def test_a_changed_file_naming_an_unknown_plan_of_the_config_set_is_hp201(hplan: Hplan) -> None:
    _config_set(plan("klf", activity("A1", "2027-03-01", "2027-03-31", "it:A2, hr:A1")))
    run = hplan("validate", "-q", "plans/klf.yaml")
    assert (run.code, run.out) == (
        1,
        f"plans/klf.yaml:11:{DEP + 7}: error HP201 activity A1: `depends_on` names `hr:A1`, "
        "but no plan checked together has the id `hr`\n",
    )


# --- cycles and order across plans


def test_hp202_cycle_across_two_plans_is_named_in_each(hplan: Hplan) -> None:
    write({
        "plans/klf.yaml": plan("klf", activity("A1", "2027-02-01", "2027-02-26", "it:A2")),
        "plans/it.yaml": plan("it", activity("A2", "2027-03-01", "2027-03-31", "klf:A1")),
    })  # fmt: skip
    run = hplan("validate", "-q", "plans")
    cycle = (
        "error HP202 dependency cycle across plans: it:A2 → klf:A1 → it:A2 (each waits for "
        "the next; `depends_on` at plans/it.yaml:11, plans/klf.yaml:11)\n"
    )
    assert (run.code, run.out) == (
        1, f"plans/it.yaml:11:{DEP}: {cycle}plans/klf.yaml:11:{DEP}: {cycle}",
    )  # fmt: skip


def test_hp202_cycle_across_three_plans_in_json(hplan: Hplan) -> None:
    write({
        "a.yaml": plan("a", activity("A1", "2027-02-01", "2027-02-26", "c:C1")),
        "b.yaml": plan("b", activity("B1", "2027-03-01", "2027-03-31", "a:A1")),
        "c.yaml": plan("c", activity("C1", "2027-04-01", "2027-04-30", "b:B1")),
    })  # fmt: skip
    run = hplan("validate", "-f", "json", "a.yaml", "b.yaml", "c.yaml")
    data = _json(run)
    assert run.code == 1
    assert _found(data) == {name: [("HP202", 11, DEP)] for name in ("a.yaml", "b.yaml", "c.yaml")}
    messages = {d["message"] for f in data["files"] for d in f["diagnostics"]}
    assert messages == {
        "dependency cycle across plans: a:A1 → c:C1 → b:B1 → a:A1 (each waits for the next; "
        "`depends_on` at a.yaml:11, c.yaml:11, b.yaml:11)"
    }
    assert data["summary"] == {"errors": 3, "warnings": 0, "infos": 0}


def test_hp302_across_plans_text_and_json(hplan: Hplan) -> None:
    write({"klf.yaml": plan("klf", activity("A1", "2027-02-26", "2027-03-31", "it:A2")),
           "it.yaml": IT})  # fmt: skip
    run = hplan("validate", "-q", "klf.yaml", "it.yaml")
    assert (run.code, run.out) == (
        1,
        f"klf.yaml:11:{DEP}: error HP302 activity A1: starts 2027-02-26, but `it:A2` ends 2027-02-26\n",
    )
    data = _json(hplan("validate", "-f", "json", "klf.yaml", "it.yaml"))
    assert _found(data) == {"klf.yaml": [("HP302", 11, DEP)], "it.yaml": []}
    assert data["files"][0]["diagnostics"][0]["where"] == "activities[0].depends_on[0]"


def test_twin_starting_the_day_a_milestone_of_the_other_plan_is_fine(hplan: Hplan) -> None:
    write({"klf.yaml": plan("klf", activity("A1", "2027-02-26", "2027-03-31", "it:M")),
           "it.yaml": plan("it", activity("M", "2027-02-26", "2027-02-26"))})  # fmt: skip
    run = hplan("validate", "--strict", "klf.yaml", "it.yaml")
    assert (run.code, run.out) == (0, "2 files checked: no problems\n")


def test_twin_a_cancelled_predecessor_of_the_other_plan_is_hp206_not_hp302(hplan: Hplan) -> None:
    write({"klf.yaml": plan("klf", activity("A1", "2027-02-26", "2027-03-31", "it:A2")),
           "it.yaml": plan("it", activity("A2", "2027-02-01", "2027-02-26", extra=", status: cancelled"),
                           activity("A3", "2027-03-01", "2027-03-31"))})  # fmt: skip
    run = hplan("validate", "-q", "klf.yaml", "it.yaml")
    assert (run.code, run.out) == (
        0, f"klf.yaml:11:{DEP}: warning HP206 activity A1: depends on `it:A2`, which is cancelled\n",
    )  # fmt: skip
    assert hplan("validate", "-q", "--strict", "klf.yaml", "it.yaml").code == 1


# --- ids, options


def test_two_plans_with_one_id_are_hp104_in_each(hplan: Hplan) -> None:
    write({"plans/a.yaml": plan("it", activity("A1", "2027-02-01", "2027-02-26")),
           "plans/b.yaml": plan("it", activity("A1", "2027-02-01", "2027-02-26"))})  # fmt: skip
    run = hplan("validate", "-q", "plans")
    assert (run.code, run.out) == (
        1,
        "plans/a.yaml:5:7: error HP104 plan id `it` is also the id of plans/b.yaml, for a "
        "period that overlaps this one\n"
        "plans/b.yaml:5:7: error HP104 plan id `it` is also the id of plans/a.yaml, for a "
        "period that overlaps this one\n",
    )


def test_select_and_ignore_apply_to_findings_across_plans(hplan: Hplan) -> None:
    write({"klf.yaml": plan("klf", activity("A1", "2027-02-26", "2027-03-31", "it:A2, hr:A1")),
           "it.yaml": IT})  # fmt: skip
    assert hplan("validate", "-q", "--ignore", "HP302", "klf.yaml", "it.yaml").code == 0
    only = hplan("validate", "-q", "--select", "other-plan-not-checked", "klf.yaml", "it.yaml")
    assert (only.code, only.out) == (
        0,
        f"klf.yaml:11:{DEP + 7}: info HP208 activity A1: `hr:A1` is an activity of plan `hr`, "
        "which is not checked with this one\n",
    )


def test_today_still_adds_the_follow_up_checks(hplan: Hplan) -> None:
    write({"klf.yaml": KLF_WAITS, "it.yaml": IT})
    run = hplan("validate", "-q", "--today", "2027-04-15", "klf.yaml", "it.yaml")
    assert run.code == 0
    assert [line.split(" ")[2] for line in run.out.splitlines()] == ["HP601", "HP601"]
