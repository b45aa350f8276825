"""decidedgit: HP504 in a git repository names the commit that wrote the digest and what
changed since, as `hplan diff` would; outside git, or when git cannot tell, the plain
message stays. Exit status and output together, Swedish and English."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from handlingsplan import decidedgit, plandiff
from handlingsplan.pipeline import validate_text
from handlingsplan.render.messages import changes

Hplan = Callable[..., Any]
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

PLAN = """\
hplan: 1
plan:
  title: Handlingsplan 2027
  organisation: Exempelkommunen
  language: sv
  period: {start: 2027-01-01, end: 2027-12-31}
  budget: {money: 800 tkr}
goals:
  - {id: M1, title: Bättre kontinuitet}
activities:
  - id: A1
    name: Kontinuitetsplan
    goals: [M1]
    controls: [A.5.30]
    priority: hög
    responsible: Maria Lind
    start: 2027-02-01
    end: 2027-06-30
    cost: {money: 120000}
  - id: A2
    name: Övning
    goals: [M1]
    priority: medel
    responsible: Per Ek
    start: 2027-09-01
    end: 2027-09-30
"""


def git(folder: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "CISO", "GIT_AUTHOR_EMAIL": "c@example.org",
           "GIT_COMMITTER_NAME": "CISO", "GIT_COMMITTER_EMAIL": "c@example.org",
           "GIT_COMMITTER_DATE": "2026-12-15T10:00:00", "GIT_AUTHOR_DATE": "2026-12-15T10:00:00"}  # fmt: skip
    done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, env=env,
                          check=True, text=True)  # fmt: skip
    return done.stdout.strip()


def edit(path: Path, *pairs: tuple[str, str]) -> None:
    text = path.read_text("utf-8")
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new, 1)
    path.write_text(text, "utf-8")


@pytest.fixture
def adopted(tmp_path: Path, hplan: Hplan) -> tuple[Path, str]:
    """A plan adopted and committed in a new repository: (path, short commit)."""
    git(tmp_path, "init", "-q")
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, "utf-8")
    done = hplan("adopt", str(path), "--by", "Kommunstyrelsen", "--date", "2026-12-14")
    assert done.code == 0, done.err
    git(tmp_path, "add", "plan.yaml")
    git(tmp_path, "commit", "-q", "-m", "Fastställd")
    return path, git(tmp_path, "rev-parse", "--short", "HEAD")


@needs_git
def test_names_the_commit_and_the_changes_in_swedish(
    adopted: tuple[Path, str], hplan: Hplan, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, commit = adopted
    edit(path, ("end: 2027-06-30", "end: 2027-07-30"), ("responsible: Per Ek", "responsible: Eva"))
    git(path.parent, "commit", "-q", "-am", "Ändrat utan beslut")
    monkeypatch.chdir(path.parent)
    done = hplan("validate", "plan.yaml")
    assert done.code == 0  # a warning
    assert (f"varning HP504 det beslutade innehållet har ändrats efter beslutet 2026-12-14; "
            f"sedan {commit} (2026-12-15), committen som skrev kontrollsumman: "
            "datum flyttade A1 +30 d; ansvarig ändrad A2") in done.out  # fmt: skip
    assert f"se alla ändringar med: hplan diff {commit}:plan.yaml plan.yaml" in done.out


@needs_git
def test_in_english_with_uncommitted_changes_and_the_hint_command_works(
    adopted: tuple[Path, str], hplan: Hplan, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, commit = adopted
    edit(path, ("  - id: A2\n", "  - id: A3\n    name: Ny\n    priority: low\n    responsible: X\n"
                "    start: 2027-03-01\n    end: 2027-03-02\n  - id: A2\n"))  # fmt: skip
    monkeypatch.chdir(path.parent)
    done = hplan("validate", "plan.yaml", "--lang", "en")
    assert done.code == 0
    assert f"since {commit} (2026-12-15), the commit that wrote its digest: added A3" in done.out
    hint = f"hplan diff {commit}:plan.yaml plan.yaml"
    assert hint in done.out
    shown = hplan(*hint.split()[1:], "--lang", "en")
    assert shown.code == 0 and "+ A3 Ny" in shown.out


@needs_git
def test_a_moved_file_is_followed_and_the_hint_names_its_old_path(
    adopted: tuple[Path, str], hplan: Hplan, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, commit = adopted
    (path.parent / "2027").mkdir()
    git(path.parent, "mv", "plan.yaml", "2027/handlingsplan.yaml")
    git(path.parent, "commit", "-q", "-m", "Flyttad")
    moved = path.parent / "2027" / "handlingsplan.yaml"
    edit(moved, ("cost: {money: 120000}", "cost: {money: 150000}"))
    monkeypatch.chdir(moved.parent)
    done = hplan("validate", "handlingsplan.yaml", "--lang", "en")
    assert "the commit that wrote its digest: cost changed A1" in done.out
    assert f"hplan diff {commit}:../plan.yaml handlingsplan.yaml" in done.out


@needs_git
def test_a_digest_not_committed_yet_keeps_the_plain_message(tmp_path: Path, hplan: Hplan) -> None:
    git(tmp_path, "init", "-q")
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, "utf-8")
    git(tmp_path, "add", "plan.yaml")
    git(tmp_path, "commit", "-q", "-m", "Utkast")
    assert hplan("adopt", str(path), "--by", "KS", "--date", "2026-12-14").code == 0
    edit(path, ("end: 2027-06-30", "end: 2027-07-30"))
    done = hplan("validate", str(path), "--lang", "en")
    assert done.code == 0
    assert (
        "the decided content changed after the decision of 2026-12-14 (its digest no longer matches)"
        in done.out
    )
    assert "git log -p" in done.out and "the commit that wrote" not in done.out


def test_outside_git_or_without_git_the_plain_message_stays(
    tmp_path: Path, hplan: Hplan, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, "utf-8")
    assert hplan("adopt", str(path), "--by", "KS", "--date", "2026-12-14").code == 0
    edit(path, ("end: 2027-06-30", "end: 2027-07-30"))
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))  # no repository above
    outside = hplan("validate", str(path), "--lang", "en")
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))  # no git at all
    without = hplan("validate", str(path), "--lang", "en")
    for done in (outside, without):
        assert done.code == 0 and "Traceback" not in done.out + done.err
        assert (
            "(its digest no longer matches)" in done.out and "the commit that wrote" not in done.out
        )


def plan(*pairs: tuple[str, str]) -> Any:
    text = PLAN
    for old, new in pairs:
        text = text.replace(old, new, 1)
    result = validate_text(text, "plan.yaml")
    assert result.plan is not None
    return result.plan


def test_summary_lists_decided_changes_only_and_counts_beyond_five() -> None:
    old = plan()
    new = plan(("status: planned", ""), ("end: 2027-06-30", "end: 2027-06-20\n    status: done"),
               ("start: 2027-09-01\n    end: 2027-09-30", "start: 2027-09-11\n    end: 2027-10-10"),
               ("budget: {money: 800 tkr}", "budget: {money: 900 tkr}"))  # fmt: skip
    assert decidedgit.summary(plandiff.diff(old, new)) == "dates=A1 -10 d, A2 +10 d;budget="
    many = plandiff.PlanDiff([plandiff.Change("activity", "added", f"A{n}") for n in range(1, 9)])
    assert decidedgit.summary(many) == "added=A1, A2, A3, A4, A5 (+3)"
    status_only = plan(("end: 2027-06-30", "end: 2027-06-30\n    status: done"))
    assert decidedgit.summary(plandiff.diff(old, status_only)) == "other="


def test_changes_said_in_each_language() -> None:
    value = "added=A9;dates=A3 +33 d;budget=;other="
    assert changes(value, "en").startswith(
        "added A9; dates moved A3 +33 d; the budget changed; only fields"
    )
    assert changes(value, "sv").startswith(
        "tillagda A9; datum flyttade A3 +33 d; budgeten har ändrats; bara fält"
    )


def test_summary_of_the_gap_register_dependencies_and_requirements() -> None:
    cases = Path(__file__).resolve().parent / "cases" / "diff"
    old, new = (validate_text((cases / f"register-{n}.yaml").read_text("utf-8"), "p.yaml").plan
                for n in ("old", "new"))  # fmt: skip
    assert old is not None and new is not None
    said = changes(decidedgit.summary(plandiff.diff(old, new)), "en")
    assert said == ("added A3; gaps closed changed A1, A2; dependencies changed A2; "
                    "requirements changed A1; gaps added, removed or changed G-2, G-4, G-1")  # fmt: skip


@needs_git
def test_a_swedish_file_name_is_read_back_from_git(
    tmp_path: Path, hplan: Hplan, monkeypatch: pytest.MonkeyPatch
) -> None:
    # git quotes å and ä in paths it lists unless told not to; `git show` cannot read that
    git(tmp_path, "init", "-q")
    path = tmp_path / "åtgärdsplan.yaml"
    path.write_text(PLAN, "utf-8")
    assert hplan("adopt", str(path), "--by", "KS", "--date", "2026-12-14").code == 0
    git(tmp_path, "add", path.name)
    git(tmp_path, "commit", "-q", "-m", "Fastställd")
    edit(path, ("budget: {money: 800 tkr}", "budget: {money: 900 tkr}"))
    monkeypatch.chdir(tmp_path)
    done = hplan("validate", path.name, "--lang", "en")
    assert done.code == 0
    assert "the commit that wrote its digest: the budget changed" in done.out
    assert "åtgärdsplan.yaml åtgärdsplan.yaml" in done.out


def test_a_gap_closed_or_accepted_is_follow_up_not_a_decided_change() -> None:
    with_gap = PLAN.replace(
        "goals:\n", 'gaps:\n  - {id: G-1, control: "5.30", severity: serious}\ngoals:\n'
    )
    old = validate_text(with_gap, "p.yaml").plan
    accepted = with_gap.replace("severity: serious}", "severity: serious, status: closed}")
    described = accepted.replace("name: Övning", "name: Övning\n    description: Ny text")
    for text, said in ((accepted, "other="), (described, "other=")):
        new = validate_text(text, "p.yaml").plan
        assert old is not None and new is not None
        assert decidedgit.summary(plandiff.diff(old, new)) == said
    severer = with_gap.replace("severity: serious}", "severity: moderate}")
    new = validate_text(severer, "p.yaml").plan
    assert old is not None and new is not None
    assert decidedgit.summary(plandiff.diff(old, new)) == "gaps=G-1"


def test_paths_are_quoted_for_the_shell_only_when_they_must_be() -> None:
    assert decidedgit.shell_word("abc1234:2027/åtgärdsplan.yaml") == "abc1234:2027/åtgärdsplan.yaml"
    assert decidedgit.shell_word("mina planer/plan.yaml") == "'mina planer/plan.yaml'"
    assert decidedgit.shell_word("$(rm -rf x).yaml") == "'$(rm -rf x).yaml'"
