"""`hplan adopt` on the command line: exit status and output together, in Swedish and
English; the decision or revision written at its place with every other byte kept, the
digest matching the plan, and what is refused (errors, adopted twice, a revision of a
draft, a bad date)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from handlingsplan.digest import digest
from handlingsplan.pipeline import validate_text

Run = Any  # tests/conftest.py's Run(code, out, err)
Hplan = Callable[..., Run]

DRAFT = """\
# Handlingsplan för informationssäkerhet
hplan: 1
plan:
  title: Handlingsplan 2027   # titeln
  organisation: Exempelkommunen
  period: {start: 2027-01-01, end: 2027-12-31}
  budget:
    money: 800 tkr

# Mål
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
    status: planerad   # uppföljning
"""
HEAD, TAIL = DRAFT.split("\n# Mål\n")


def plan_digest(text: str) -> str:
    result = validate_text(text, "plan.yaml")
    assert result.plan is not None
    return digest(result.plan)


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.yaml"
    path.write_text(DRAFT, encoding="utf-8")
    path.chmod(0o640)
    return path


def test_adopt_writes_the_decision_and_keeps_every_other_byte(hplan: Hplan, plan: Path) -> None:
    run = hplan("adopt", str(plan), "--by", "Kommunstyrelsen", "--date", "2026-12-14",
                "--reference", "KS 2026/412", "--lang", "en")  # fmt: skip
    expected = plan_digest(DRAFT)
    assert run.code == 0, run.err
    assert run.out == (
        f"{plan}: adopted by Kommunstyrelsen on 2026-12-14; plan.decision written with "
        f"digest {expected}\n"
    )
    text = plan.read_text(encoding="utf-8")
    assert (
        text
        == HEAD
        + (
            "  decision:\n    by: Kommunstyrelsen\n    date: 2026-12-14\n"
            f'    reference: KS 2026/412\n    digest: "{expected}"\n'
        )
        + "\n# Mål\n"
        + TAIL
    )
    assert os.stat(plan).st_mode & 0o777 == 0o640
    check = hplan("validate", str(plan), "--lang", "en")
    assert check.code == 0 and "HP504" not in check.out and "HP503" not in check.out


def test_a_revision_is_appended_in_swedish(hplan: Hplan, plan: Path) -> None:
    assert hplan("adopt", str(plan), "--by", "KS", "--date", "2026-12-14").code == 0
    changed = plan.read_text(encoding="utf-8").replace("end: 2027-06-30", "end: 2027-09-30")
    plan.write_text(changed, encoding="utf-8")
    warned = hplan("validate", str(plan), "--lang", "sv")
    assert warned.code == 0 and "HP504" in warned.out and "beslutet 2026-12-14" in warned.out
    run = hplan("adopt", str(plan), "--by", "KS", "--date", "2027-05-10", "--revision",
                "--note", "A1: kontinuitetsplanen klar i september", "--lang", "sv")  # fmt: skip
    assert run.code == 0, run.err
    new = plan_digest(changed)
    assert run.out == (
        f"{plan}: revidering av KS 2027-05-10 tillagd i plan.revisions med kontrollsumma {new}\n"
    )
    text = plan.read_text(encoding="utf-8")
    assert text.startswith(changed.split("\n# Mål\n")[0] + "  revisions:\n    - by: KS\n")
    assert f'      note: "A1: kontinuitetsplanen klar i september"\n      digest: "{new}"\n' in text
    assert text.endswith("\n# Mål\n" + TAIL.replace("2027-06-30", "2027-09-30"))
    assert "HP504" not in hplan("validate", str(plan)).out


def test_a_flow_plan_mapping_gets_a_flow_decision(hplan: Hplan, tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(
        "hplan: 1\nplan: {title: T, organisation: O, period: {start: 2027-01-01, end: 2027-12-31}}\n",
        encoding="utf-8",
    )
    run = hplan("adopt", str(path), "--by", "KS", "--date", "2026-12-14", "--lang", "en")
    assert run.code == 0, run.err
    text = path.read_text(encoding="utf-8")
    assert text == (
        "hplan: 1\nplan: {title: T, organisation: O, period: {start: 2027-01-01, end: 2027-12-31}, "
        f'decision: {{by: KS, date: 2026-12-14, digest: "{plan_digest(text)}"}}}}\n'
    )
    assert hplan("validate", str(path)).code == 0


def test_adopting_twice_is_refused(hplan: Hplan, plan: Path) -> None:
    assert hplan("adopt", str(plan), "--by", "KS", "--date", "2026-12-14").code == 0
    before = plan.read_text(encoding="utf-8")
    run = hplan("adopt", str(plan), "--by", "KS", "--date", "2026-12-20", "--lang", "en")
    assert run.code == 1
    assert "already adopted on 2026-12-14" in run.err and "--revision" in run.err
    assert plan.read_text(encoding="utf-8") == before


def test_a_revision_of_a_draft_is_refused(hplan: Hplan, plan: Path) -> None:
    run = hplan("adopt", str(plan), "--by", "KS", "--date", "2026-12-14", "--revision",
                "--note", "x", "--lang", "sv")  # fmt: skip
    assert run.code == 1 and "har inget beslut än" in run.err
    assert plan.read_text(encoding="utf-8") == DRAFT


def test_a_plan_with_errors_is_refused(hplan: Hplan, plan: Path) -> None:
    plan.write_text(DRAFT.replace("priority: hög", "priority: jättehög"), encoding="utf-8")
    run = hplan("adopt", str(plan), "--by", "KS", "--date", "2026-12-14", "--lang", "en")
    assert run.code == 1
    assert "HP102" in run.err and "not adopted: fix the errors first" in run.err
    assert "decision" not in plan.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--date", "2026-13-01"], "'2026-13-01' is not a date"),
        (["--date", "14/12/2026"], "is not a date"),
        (["--date", "2026-12-14", "--note", "x"], "--note belongs to a revision"),
        (["--date", "2026-12-14", "--revision"], "--revision needs --note"),
    ],
)
def test_bad_options_are_exit_2(hplan: Hplan, plan: Path, args: list[str], message: str) -> None:
    run = hplan("adopt", str(plan), "--by", "KS", *args, "--lang", "en")
    assert run.code == 2 and message in run.err
    assert plan.read_text(encoding="utf-8") == DRAFT
