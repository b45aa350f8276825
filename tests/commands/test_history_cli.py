"""`hplan history`: exit code and output together, from a real git repository made here
(three commits that move an end date and change a status), in Swedish and English text,
markdown and json, with --slip, a version that does not parse, and outside a repository."""

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
BASE = (ROOT / "tests" / "cases" / "diff" / "old.yaml").read_text("utf-8")
A1 = "    end: 2027-05-31\n"

Hplan = Callable[..., Any]
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def commit(repo: Path, text: str, date: str) -> str:
    (repo / "plans" / "plan.yaml").write_text(text, "utf-8")
    stamp = f"{date}T10:00:00+00:00"
    env = {**os.environ, "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp,
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}  # fmt: skip

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True,
                              text=True, check=True)  # fmt: skip
        return done.stdout.strip()

    git("add", "plans/plan.yaml")
    git("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", date)
    return git("rev-parse", "--short=7", "HEAD")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[str]]:
    """plans/plan.yaml in three commits: A1's end moves 30 then 31 days, its status goes
    planned → in_progress → done; the user stands in plans/."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "plans").mkdir()
    shorts = [
        commit(tmp_path, BASE, "2027-01-10"),
        commit(
            tmp_path,
            BASE.replace(A1, "    end: 2027-06-30\n    status: in_progress\n"),
            "2027-02-10",
        ),
        commit(tmp_path, BASE.replace(A1, "    end: 2027-07-31\n    status: done\n"), "2027-03-10"),
    ]
    monkeypatch.chdir(tmp_path / "plans")
    return tmp_path, shorts


def test_swedish_text_shows_the_slip_history_and_marks_the_slipped(
    hplan: Hplan, repo: tuple[Path, list[str]]
) -> None:
    _, (_, second, third) = repo
    run = hplan("history", "plan.yaml")
    assert (run.code, run.err) == (0, "")
    assert run.out.splitlines() == [
        "Slutdatum och status över tid: plan.yaml",
        "3 versioner i git, 2027-01-10 – 2027-03-10.",
        "Har sammanlagt glidit mer än 30 dagar: A1.",
        "",
        "! A1 Grundutbildning: slut 2027-05-31 → 2027-07-31 sammanlagt (61 dagar senare)",
        f"    2027-02-10 {second}  slut 2027-05-31 → 2027-06-30 (30 dagar senare)",
        f"    2027-02-10 {second}  status planerad → pågående",
        f"    2027-03-10 {third}  slut 2027-06-30 → 2027-07-31 (31 dagar senare)",
        f"    2027-03-10 {third}  status pågående → genomförd",
    ]


def test_english_with_a_higher_slip_marks_nothing(
    hplan: Hplan, repo: tuple[Path, list[str]]
) -> None:
    _, (_, second, _) = repo
    run = hplan("history", "plan.yaml", "--lang", "en", "--slip", "61")
    assert (run.code, run.err) == (0, "")
    lines = run.out.splitlines()
    assert lines[2] == "No activity slipped more than 61 days in total."
    assert lines[4] == "  A1 Grundutbildning: end 2027-05-31 → 2027-07-31 in total (61 days later)"
    assert f"    2027-02-10 {second}  status planned → in progress" in lines


def test_markdown(hplan: Hplan, repo: tuple[Path, list[str]]) -> None:
    run = hplan("history", "plan.yaml", "--format", "markdown", "--lang", "en")
    assert (run.code, run.err) == (0, "")
    assert run.out.startswith("# End dates and status over time: plan.yaml\n")
    assert "## **!** A1 Grundutbildning\n" in run.out
    assert "\n- 2027-03-10 " in run.out


def test_json(hplan: Hplan, repo: tuple[Path, list[str]]) -> None:
    _, shorts = repo
    run = hplan("history", "plan.yaml", "-f", "json", "--slip", "10")
    assert (run.code, run.err) == (0, "")
    found = json.loads(run.out)
    assert [v["short"] for v in found["versions"]] == shorts
    assert found["slip"] == 10
    (a1,) = found["activities"]
    assert (a1["id"], a1["total_days"], a1["slipped"]) == ("A1", 61, True)
    assert [(m["date"], m["old"], m["new"], m["days"]) for m in a1["moves"]] == [
        ("2027-02-10", "2027-05-31", "2027-06-30", 30),
        ("2027-03-10", "2027-06-30", "2027-07-31", 31),
    ]
    assert [(s["old"], s["new"]) for s in a1["status"]] == [
        ("planned", "in_progress"), ("in_progress", "done")]  # fmt: skip


def test_a_version_that_does_not_parse_is_skipped_with_a_note(
    hplan: Hplan, repo: tuple[Path, list[str]]
) -> None:
    path, _ = repo
    broken = commit(path, "plan: [unclosed\n", "2027-04-10")
    run = hplan("history", "plan.yaml", "--lang", "en")
    assert run.code == 0
    assert (
        run.err == f"Skipped the version of 2027-04-10 ({broken}): it cannot be read as a plan.\n"
    )
    assert "3 versions in git, 2027-01-10 – 2027-03-10." in run.out


def test_outside_a_repository_a_clear_message_and_exit_1(
    hplan: Hplan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.yaml").write_text(BASE, "utf-8")
    run = hplan("history", "plan.yaml", "--lang", "en")
    assert (run.code, run.out) == (1, "")
    assert run.err == (
        f"hplan: Cannot read the history of plan.yaml: {tmp_path} is not in a git repository.\n"
    )


def test_a_file_never_committed_a_bad_format_and_a_negative_slip(
    hplan: Hplan, repo: tuple[Path, list[str]]
) -> None:
    run = hplan("history", "other.yaml", "--lang", "en")
    assert (run.code, run.out) == (1, "")
    assert "other.yaml: the file has no history in git" in run.err
    run = hplan("history", "plan.yaml", "--format", "csv", "--lang", "en")
    assert (run.code, run.out) == (2, "")
    assert run.err == "hplan: unknown format csv; choose one of text, markdown, json\n"
    run = hplan("history", "plan.yaml", "--slip", "-1", "--lang", "en")
    assert (run.code, run.out, run.err) == (
        2,
        "",
        "hplan: --slip must be 0 or more days, not -1.\n",
    )


def test_a_swedish_file_name_is_read_from_every_commit(
    hplan: Hplan, repo: tuple[Path, list[str]]
) -> None:
    # git lists å and ä quoted ("\303\245...") unless told not to, and git show cannot
    # read a quoted path back: every version was skipped
    root, (_, _, third) = repo
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    subprocess.run(["git", "mv", "plans/plan.yaml", "plans/åtgärdsplan.yaml"], cwd=root,
                   env=env, check=True)  # fmt: skip
    subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                    "commit", "-q", "-m", "flyttad"], cwd=root, env=env, check=True)  # fmt: skip
    run = hplan("history", "åtgärdsplan.yaml")
    assert (run.code, run.err) == (0, "")
    assert "4 versioner i git" in run.out
    assert f"    2027-03-10 {third}  slut 2027-06-30 → 2027-07-31 (31 dagar senare)" in run.out
