"""`hplan diff`: exit code and output together, text in Swedish and English, markdown,
json, `REV:path` from a real git repository made here, outside a repository, an unknown
revision, and sides that cannot be read."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "cases" / "diff"
OLD = "old.yaml"
NEW = "new.yaml"
NB = "\u00a0"

Hplan = Callable[..., Any]
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture(autouse=True)
def in_cases(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sides are named as a user names them, relative to the folder they stand in."""
    monkeypatch.chdir(CASES)


def test_swedish_text_lists_every_change_and_exits_0(hplan: Hplan) -> None:
    run = hplan("diff", OLD, NEW, "--width", "200")
    assert (run.code, run.err) == (0, "")
    lines = run.out.splitlines()
    assert lines[0] == f"Ändringar i planen: {OLD} → {NEW}"
    assert lines[1] == f"{OLD} är versionen fastställd av KS 2026-12-14 (KS 2026/412)."
    assert lines[2].startswith("I korthet: Aktiviteter: 1 tillagda, 1 borttagna, 1 ändrade")
    assert "Beslut och budget" in lines and "Aktiviteter" in lines
    assert "  Revidering fastställd av KS 2027-05-10 (KS 2027/88): A1 flyttas" in lines
    assert f"  Budget (pengar) 1{NB}000{NB}000 kr → 1{NB}200{NB}000 kr" in lines
    assert "  ~ A1 Grundutbildning för alla" in lines
    assert "    slut 2027-05-31 → 2027-06-30 (30 dagar senare)" in lines
    assert "    start 2027-02-01 → 2027-02-02 (1 dag senare)" in lines
    assert "    ansvarig Per Ek → Maria Lind" in lines
    assert "    prioritet hög → kritisk" in lines
    assert "    säkerhetsåtgärder +8.15, −5.1" in lines
    assert "  ↓ A2 Loggning (flyttad till backlog)" in lines
    assert "  − A4 Kontinuitetsplan (borttagen)" in lines
    assert f"    Per Ek, 2027-03-01–2027-06-30, låg, 50{NB}000 kr, 30 h" in lines
    assert "  + B3 Säkerhetsövning" in lines


def test_english_text_fitted_to_the_width(hplan: Hplan) -> None:
    run = hplan("diff", OLD, NEW, "--lang", "en", "--width", "40")
    assert (run.code, run.err) == (0, "")
    assert "    end 2027-05-31 → 2027-06-30 (30" in run.out
    assert "  ~ A1 Grundutbildning för alla" in run.out
    assert "  ↑ B1 Klassning av system (taken up fr…" in run.out
    assert all(len(line) <= 40 for line in run.out.splitlines()[2:])


def test_no_differences_is_said_and_exits_0(hplan: Hplan) -> None:
    run = hplan("diff", OLD, OLD, "--lang", "en")
    assert (run.code, run.err) == (0, "")
    assert run.out.splitlines()[-1] == f"No differences: {OLD} decides the same as {OLD}."


def test_markdown(hplan: Hplan) -> None:
    run = hplan("diff", OLD, NEW, "--format", "markdown", "--lang", "en")
    assert (run.code, run.err) == (0, "")
    lines = run.out.splitlines()
    assert lines[0] == f"# Changes in the plan: {OLD} → {NEW}"
    assert "## Activities" in lines and "## Backlog" in lines
    assert "- ~ **A1** Grundutbildning för alla" in lines
    assert "  - end 2027-05-31 → 2027-06-30 (30 days later)" in lines
    assert "- \\+ **A6** Ny loggplattform" in lines


def test_json_carried_into_the_next_year(hplan: Hplan) -> None:
    run = hplan("diff", OLD, "next-year.yaml", "--format", "json")
    assert (run.code, run.err) == (0, "")
    found = json.loads(run.out)
    assert found["same"] is False
    carried = [c for c in found["changes"] if c["kind"] == "carried"]
    assert carried == [
        {"section": "activity", "kind": "carried", "id": "A1", "name": "Grundutbildning",
         "old": "A1"},
        {"section": "activity", "kind": "carried", "id": "A7", "name": "Kontinuitetsplan",
         "old": "A4"},
    ]  # fmt: skip
    decision = next(c for c in found["changes"] if c.get("field") == "decision")
    assert decision == {"section": "plan", "kind": "removed", "field": "decision",
                        "old": {"by": "KS", "date": "2026-12-14",
                                "reference": "KS 2026/412"}}  # fmt: skip


def test_json_changed_fields(hplan: Hplan) -> None:
    run = hplan("diff", OLD, NEW, "-f", "json")
    assert run.code == 0
    end = next(c for c in json.loads(run.out)["changes"] if c.get("field") == "end")
    assert end == {"section": "activity", "kind": "changed", "id": "A1",
                   "name": "Grundutbildning för alla", "field": "end", "old": "2027-05-31",
                   "new": "2027-06-30", "days": 30}  # fmt: skip


def test_gap_register_dependencies_and_requirements_in_each_language(hplan: Hplan) -> None:
    sv = hplan("diff", "register-old.yaml", "register-new.yaml")
    assert sv.code == 0
    assert (
        "I korthet: Aktiviteter: 1 tillagda, 2 ändrade; Brister: 1 tillagda, 1 borttagna,\n  2 ändrade."
        in sv.out
    )
    for line in ("    krav +GDPR art. 32", "    beroende av +A3, −A1", "    brister −G-2",
                 "Brister\n  − G-2 8.13 (borttagen)", "    allvarlighet betydande → allvarlig",
                 "    status öppen → accepterad", "  + G-4 8.7 (måttlig)"):  # fmt: skip
        assert line in sv.out, line
    en = hplan("diff", "register-old.yaml", "register-new.yaml", "--lang", "en", "-f", "json")
    assert en.code == 0
    found = json.loads(en.out)["changes"]
    assert {"section": "gap", "kind": "changed", "id": "G-3", "name": "6.3", "field": "status",
            "old": "open", "new": "accepted"} in found  # fmt: skip
    assert {"section": "activity", "kind": "changed", "id": "A2", "name": "Övning",
            "field": "depends_on", "added": ["A3"], "removed": ["A1"]} in found  # fmt: skip


def test_output_file(hplan: Hplan, tmp_path: Path) -> None:
    out = tmp_path / "diff.md"
    run = hplan("diff", OLD, NEW, "-f", "markdown", "-o", str(out))
    assert (run.code, run.out, run.err) == (0, "", "")
    assert out.read_text(encoding="utf-8").startswith("# Ändringar i planen:")


def test_broken_side_diagnostics_on_stderr_exit_1(hplan: Hplan) -> None:
    broken = "broken.yaml"
    run = hplan("diff", OLD, broken, "--lang", "en")
    assert (run.code, run.out) == (1, "")
    assert "HP101" in run.err
    assert f"{broken}: cannot be compared until the errors above are fixed." in run.err


def test_missing_file_exit_1(hplan: Hplan, tmp_path: Path) -> None:
    run = hplan("diff", str(tmp_path / "none.yaml"), NEW, "--lang", "en")
    assert (run.code, run.out) == (1, "")
    assert "HP001" in run.err


def test_bad_format_is_a_usage_error(hplan: Hplan) -> None:
    run = hplan("diff", OLD, NEW, "--format", "csv")
    assert run.code == 2 and run.out == ""


def git(folder: Path, *args: str, date: str = "2027-01-10T12:00:00+00:00") -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date,
           "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}  # fmt: skip
    subprocess.run(["git", "-C", str(folder), *args], check=True, env=env,
                   capture_output=True)  # fmt: skip


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with plan.yaml committed twice (old, then new), in a subfolder."""
    folder = tmp_path / "repo"
    (folder / "plans").mkdir(parents=True)
    git(folder, "init", "-q")
    plan = folder / "plans" / "plan.yaml"
    shutil.copy(CASES / OLD, plan)
    git(folder, "add", "plans/plan.yaml")
    git(folder, "commit", "-q", "-m", "adopted")
    shutil.copy(CASES / NEW, plan)
    git(folder, "commit", "-q", "-am", "changed", date="2027-05-12T12:00:00+00:00")
    monkeypatch.chdir(folder / "plans")
    return folder


@needs_git
def test_revision_against_the_working_tree(hplan: Hplan, repo: Path) -> None:
    run = hplan("diff", "HEAD~1:plan.yaml", "plan.yaml", "--lang", "en", "--width", "200")
    assert (run.code, run.err) == (0, "")
    lines = run.out.splitlines()
    assert lines[0] == "Changes in the plan: HEAD~1:plan.yaml → plan.yaml"
    assert "    end 2027-05-31 → 2027-06-30 (30 days later)" in lines
    same = hplan("diff", "HEAD:plan.yaml", "plan.yaml", "--lang", "en")
    assert (same.code, same.err) == (0, "")
    assert "No differences" in same.out


@needs_git
def test_two_revisions_from_another_folder(hplan: Hplan, repo: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.chdir(repo)
    run = hplan("diff", "HEAD~1:plans/plan.yaml", "HEAD:plans/plan.yaml", "-f", "json")
    assert (run.code, run.err) == (0, "")
    assert json.loads(run.out)["old"] == "HEAD~1:plans/plan.yaml"


@needs_git
def test_unknown_revision_exit_1(hplan: Hplan, repo: Path) -> None:
    run = hplan("diff", "nosuchrev:plan.yaml", "plan.yaml", "--lang", "en")
    assert (run.code, run.out) == (1, "")
    assert run.err.startswith("Cannot read nosuchrev:plan.yaml from git: ")
    assert "Traceback" not in run.err
    missing = hplan("diff", "HEAD:other.yaml", "plan.yaml", "--lang", "sv")
    assert (missing.code, missing.out) == (1, "")
    assert missing.err.startswith("Kan inte läsa HEAD:other.yaml ur git: ")


@needs_git
def test_outside_a_repository_exit_1(hplan: Hplan, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    shutil.copy(CASES / NEW, tmp_path / "plan.yaml")
    run = hplan("diff", "HEAD:plan.yaml", "plan.yaml", "--lang", "en")
    assert (run.code, run.out) == (1, "")
    assert run.err == (f"Cannot read HEAD:plan.yaml: {tmp_path} is not in a git repository. "
                       "Compare two files instead.\n")  # fmt: skip


def test_git_missing_exit_1(hplan: Hplan, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    run = hplan("diff", "HEAD:plan.yaml", NEW, "--lang", "en")
    assert (run.code, run.out) == (1, "")
    assert run.err.startswith("Cannot read a version from git: the git command was not found.")


def test_a_file_with_a_colon_in_its_name_is_a_file(hplan: Hplan, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    shutil.copy(CASES / OLD, tmp_path / "v1:plan.yaml")
    run = hplan("diff", "v1:plan.yaml", str(CASES / NEW), "-f", "json")
    assert run.code == 0 and json.loads(run.out)["old"] == "v1:plan.yaml"


def test_sides_split() -> None:
    from handlingsplan.gitread import Revision, split

    assert split("HEAD~3:plan.yaml") == Revision("HEAD~3", "plan.yaml")
    assert split("C:\\plans\\plan.yaml") is None
    assert split("C:/plans/plan.yaml") is None
    assert split("plan.yaml") is None
    assert split("-") is None
