"""`hplan rollover` on the plans people really write: the corners a review found, each
asserted with the exit code, what is said and what is (or is not) on disk."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from handlingsplan.pipeline import validate_path

Hplan = Callable[..., Any]

HEAD = """\
hplan: 1
plan: {{title: {title}, organisation: Kommun, period: {{start: {start}, end: {end}}}}}
"""


def _plan(folder: Path, name: str, body: str, title: str = "Plan 2027",
          start: str = "2027-01-01", end: str = "2027-12-31") -> Path:  # fmt: skip
    path = folder / name
    path.write_text(HEAD.format(title=title, start=start, end=end) + body, encoding="utf-8")
    assert not validate_path(str(path)).has_errors, name
    return path


def _activity(id: str, start: str, end: str, extra: str = "") -> str:
    return (f"  - {{id: {id}, name: Arbete {id}, priority: high, responsible: Per Ek, "
            f"start: {start}, end: {end}{extra}}}\n")  # fmt: skip


def _dates(path: Path) -> dict[str, tuple[str, str]]:
    result = validate_path(str(path))
    assert not result.has_errors, [(d.code, d.line) for d in result.diagnostics]
    assert result.plan is not None
    return {a.id: (str(a.start), str(a.end)) for _i, a in result.plan.activities}


def test_a_person_with_nothing_known_is_kept(hplan: Hplan, tmp_path: Path) -> None:
    body = "people:\n  Per Ek:\nactivities:\n" + _activity("A1", "2027-03-01", "2027-03-31")
    plan = _plan(tmp_path, "p-2027.yaml", body)
    run = hplan("rollover", str(plan))
    assert run.code == 0, run.err
    assert "  Per Ek: {}\n" in plan.with_name("p-2028.yaml").read_text(encoding="utf-8")


def test_shift_keeps_start_and_end_in_their_places(hplan: Hplan, tmp_path: Path) -> None:
    body = "activities:\n" + "".join(
        [
            _activity("A1", "2028-01-01", "2028-12-31"),  # the whole (leap) year
            _activity("A2", "2028-02-01", "2028-02-29"),  # February
            _activity("A3", "2028-02-29", "2028-03-31"),
        ]
    )
    plan = _plan(tmp_path, "p-2028.yaml", body, "Plan 2028", "2028-01-01", "2028-12-31")
    run = hplan("rollover", str(plan))
    assert run.code == 0 and "after the period" not in run.out
    assert _dates(plan.with_name("p-2029.yaml")) == {
        "A1": ("2029-01-01", "2029-12-31"),
        "A2": ("2029-02-01", "2029-02-28"),
        "A3": ("2029-02-28", "2029-03-31"),
    }


def test_start_policy_keeps_the_length_in_days(hplan: Hplan, tmp_path: Path) -> None:
    body = "activities:\n" + _activity("A1", "2028-02-01", "2028-02-29")
    plan = _plan(tmp_path, "p-2028.yaml", body, "Plan 2028", "2028-01-01", "2028-12-31")
    assert hplan("rollover", "--dates", "start", str(plan)).code == 0
    assert _dates(plan.with_name("p-2029.yaml")) == {"A1": ("2029-01-01", "2029-01-29")}


@pytest.mark.parametrize(
    ("body", "args", "message"),
    [
        ("activities:\n" + _activity("A1", "2027-03-01", "9999-12-31"), [],
         "a date would fall after the year 9999"),
        ("activities:\n" + _activity("A1", "2027-03-01", "2027-03-31", ", depends_on: [A2], "
                                     "x-hplan-ignore: [HP202, HP302]")
         + _activity("A2", "2027-04-01", "2027-04-30", ", depends_on: [A1], "
                     "x-hplan-ignore: [HP202, HP302]"), [],
         "A1, A2 wait for each other (a dependency cycle, HP202, silenced in the plan)"),
        ("activities:\n" + _activity("A1", "2027-03-01", "2027-03-31"),
         ["--period", "2027-06-01:2028-05-31"], "must start after this plan's period ends"),
    ],
)  # fmt: skip
def test_what_cannot_be_placed_is_refused(
    hplan: Hplan, tmp_path: Path, body: str, args: list[str], message: str
) -> None:
    plan = _plan(tmp_path, "p-2027.yaml", body)
    run = hplan("rollover", *args, str(plan))
    assert run.code == 1 and message in run.err and run.out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p-2027.yaml"]


def test_only_the_old_years_move_in_titles_and_names(hplan: Hplan, tmp_path: Path) -> None:
    body = "activities:\n" + _activity("A1", "2027-09-01", "2027-09-30")
    title = "Handlingsplan 2027/28 enligt strategi 2025–2030"
    plan = _plan(tmp_path, "hp-2027-2028.yaml", body, title, "2027-07-01", "2028-06-30")
    run = hplan("rollover", str(plan))
    made = plan.with_name("hp-2028-2029.yaml")
    assert run.code == 0 and made.is_file()
    text = made.read_text(encoding="utf-8")
    assert "title: Handlingsplan 2028/29 enligt strategi 2025–2030\n" in text
    assert "  id: hp\n" in text  # the series, without its years


def test_split_year_short_form(hplan: Hplan, tmp_path: Path) -> None:
    body = "activities:\n" + _activity("A1", "2027-09-01", "2027-09-30")
    plan = _plan(tmp_path, "hp-2027_28.yaml", body, "Plan", "2027-07-01", "2028-06-30")
    assert hplan("rollover", str(plan)).code == 0
    assert "  id: hp\n" in (tmp_path / "hp-2028_29.yaml").read_text(encoding="utf-8")


def test_relative_paths_follow_the_new_file(hplan: Hplan, tmp_path: Path) -> None:
    (tmp_path / "ids.txt").write_text("5.1\n", encoding="utf-8")
    body = "activities:\n" + _activity("A1", "2027-03-01", "2027-03-31", ', controls: ["5.1"]')
    text = (
        "# yaml-language-server: $schema=schema.json\n"
        + HEAD.format(title="Plan 2027", start="2027-01-01", end="2027-12-31").replace(
            "period:", "catalog: ids.txt, period:"
        )
        + body
    )
    plan = tmp_path / "p-2027.yaml"
    plan.write_text(text, encoding="utf-8")
    (tmp_path / "out").mkdir()
    run = hplan("rollover", str(plan), "-o", str(tmp_path / "out" / "p.yaml"))
    assert run.code == 0, run.err
    made = (tmp_path / "out" / "p.yaml").read_text(encoding="utf-8")
    assert made.startswith("# yaml-language-server: $schema=../schema.json\n")
    assert "  catalog: ../ids.txt\n" in made
    assert "comment" not in run.out  # the modeline is carried, not lost
    run = hplan("rollover", str(plan), "-o", "-")  # validated from the plan's own folder
    assert run.code == 0 and "catalog: ids.txt" in run.out


def test_x_keys_are_kept_as_written(hplan: Hplan, tmp_path: Path) -> None:
    body = ('activities:\n  - id: A1\n    name: Ett\n    priority: high\n    responsible: P\n'
            '    start: 2027-03-01\n    end: 2027-03-31\n    x-kod: "0o17"\n    x-ref: "1e3"\n'
            '    x-datum: "2027-02-30"\n    x-tom: []\n    x-null:\n    x-map: {}\n')  # fmt: skip
    plan = _plan(tmp_path, "p-2027.yaml", body)
    assert hplan("rollover", str(plan)).code == 0
    result = validate_path(str(plan.with_name("p-2028.yaml")))
    assert result.plan is not None
    extras = result.plan.activities[0][1].extras
    assert extras == {"x-kod": "0o17", "x-ref": "1e3", "x-datum": "2027-02-30",
                      "x-tom": [], "x-null": None, "x-map": {}}  # fmt: skip


def test_writing_through_a_link_keeps_the_link(hplan: Hplan, tmp_path: Path) -> None:
    plan = _plan(tmp_path, "p-2027.yaml", "activities:\n" + _activity("A1", "2027-03-01", "2027-03-31"))  # fmt: skip
    real = tmp_path / "real.yaml"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "current.yaml"
    link.symlink_to(real)
    assert hplan("rollover", "--force", str(plan), "-o", str(link)).code == 0
    assert link.is_symlink() and "  - id: A1\n" in real.read_text(encoding="utf-8")


def test_report_fits_a_narrow_terminal() -> None:
    from handlingsplan import rollover, yamlio
    from handlingsplan.pipeline import validate_loaded
    from handlingsplan.render.rollover import text

    path = str(Path(__file__).resolve().parents[2] / "examples" / "handlingsplan-2027.yaml")
    loaded = yamlio.load(path)
    plan = validate_loaded(loaded, Path(path).parent).plan
    assert plan is not None
    _data, report = rollover.roll(loaded.data, plan, rollover.Options())
    for lang in ("sv", "en"):
        shown = text(report, "plan-2027.yaml", "plan-2028.yaml", 33, False, lang, 40)
        assert max(len(line) for line in shown.splitlines()) <= 40, shown


def test_update_refusals(hplan: Hplan, tmp_path: Path) -> None:
    plan = _plan(tmp_path, "p-2027.yaml", "activities:\n" + _activity("A1", "2027-03-01", "2027-03-31"))  # fmt: skip
    assert hplan("rollover", str(plan)).code == 0
    draft = tmp_path / "p-2028.yaml"
    run = hplan("rollover", str(plan), "--update", "-")
    assert run.code == 2 and "--update needs the draft's file" in run.err
    text = draft.read_text(encoding="utf-8")
    draft.write_text(text.replace("  period:", "  decision: {by: KS, date: 2027-12-10}\n  period:"),
                     encoding="utf-8")  # fmt: skip
    run = hplan("rollover", str(plan), "--update", str(draft))
    assert run.code == 1 and "it has a decision (it is adopted, not a draft)" in run.err
    assert hplan("rollover", "--force", str(plan), "--update", str(draft)).code == 0
    early = _plan(tmp_path, "early.yaml", "activities: []\n")
    run = hplan("rollover", str(plan), "--update", str(early))
    assert run.code == 1 and "its period does not come after this plan's" in run.err


SOURCE = "people:\n  Per Ek: {role: IT}\ngoals:\n  - {id: M1, title: Mål}\nactivities:\n"
SOURCE += _activity("A1", "2027-03-01", "2027-03-31", ", goals: [M1]")


@pytest.mark.parametrize(
    "section",
    ["activities: []   # inga än\n", "activities:\n", "", "activities: []\n...\n"],
)
def test_update_fills_an_empty_or_absent_section(
    hplan: Hplan, tmp_path: Path, section: str
) -> None:
    plan = _plan(tmp_path, "p-2027.yaml", SOURCE)
    body = "people: {Per Ek: {role: IT}}\ngoals: []\n" + section
    head = HEAD.format(title="Plan 2028", start="2028-01-01", end="2028-12-31")
    draft = tmp_path / "p-2028.yaml"
    draft.write_text(head + body, encoding="utf-8")
    run = hplan("rollover", str(plan), "--update", str(draft))
    assert run.code == 0, run.err
    assert _dates(draft) == {"A1": ("2028-03-01", "2028-03-31")}
    if "#" in section:
        assert "activities: # inga än\n" in draft.read_text(encoding="utf-8")


def test_update_does_not_rewrite_a_flow_list(hplan: Hplan, tmp_path: Path) -> None:
    plan = _plan(tmp_path, "p-2027.yaml", SOURCE)
    head = HEAD.format(title="Plan 2028", start="2028-01-01", end="2028-12-31")
    draft = tmp_path / "p-2028.yaml"
    body = ("goals: [{id: M1, title: Mål}]\nactivities: [{id: N1, name: Egen, priority: low, "
            "responsible: X, start: 2028-02-01, end: 2028-02-02}]\n")  # fmt: skip
    draft.write_text(head + body, encoding="utf-8")
    before = draft.read_bytes()
    run = hplan("rollover", str(plan), "--update", str(draft))
    assert run.code == 1 and "writes `activities` as a flow list" in run.err
    assert draft.read_bytes() == before


def test_update_adds_a_person_the_plan_keeps_no_register_of(hplan: Hplan, tmp_path: Path) -> None:
    plan = _plan(tmp_path, "p-2027.yaml", "activities:\n" + _activity("A1", "2027-03-01", "2027-03-31"))  # fmt: skip
    head = HEAD.format(title="Plan 2028", start="2028-01-01", end="2028-12-31")
    draft = tmp_path / "p-2028.yaml"
    draft.write_text(head + "people:\n  Eva: {role: CISO}\nactivities: []\n", encoding="utf-8")
    run = hplan("rollover", str(plan), "--update", str(draft))
    assert run.code == 0, run.err
    assert "  Per Ek: {}\n" in draft.read_text(encoding="utf-8")


def _pair(hplan: Hplan, tmp_path: Path) -> tuple[Path, Path]:
    body = "activities:\n" + _activity("A1", "2027-03-01", "2027-03-31", ", status: paused")
    body += _activity("A2", "2027-05-01", "2027-05-31")
    plan = _plan(tmp_path, "p-2027.yaml", body)
    assert hplan("rollover", str(plan)).code == 0
    return plan, tmp_path / "p-2028.yaml"


def test_update_handles_a_split_activity(hplan: Hplan, tmp_path: Path) -> None:
    plan, draft = _pair(hplan, tmp_path)
    text = draft.read_text(encoding="utf-8")
    start = text.index("  - id: A2")
    block = text[start:]
    draft.write_text(text[:start] + block.replace("id: A2\n", "id: A2a\n", 1) + "\n"
                     + block.replace("id: A2\n", "id: A2b\n", 1), encoding="utf-8")  # fmt: skip
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("end: 2027-05-31}", "end: 2027-05-31, status: done}"), "utf-8")
    run = hplan("rollover", str(plan), "--update", str(draft))
    assert run.code == 0, run.err
    assert "Removed (2)" in run.out
    assert list(_dates(draft)) == ["A1"]


def test_update_respects_an_activity_moved_to_the_backlog(hplan: Hplan, tmp_path: Path) -> None:
    plan, draft = _pair(hplan, tmp_path)
    text = draft.read_text(encoding="utf-8")
    start = text.index("  - id: A2")
    draft.write_text(text[:start] + "\nbacklog:\n" + text[start:], encoding="utf-8")
    before = draft.read_bytes()
    run = hplan("rollover", str(plan), "--update", str(draft))
    assert run.code == 0 and "Up to date" in run.out
    assert draft.read_bytes() == before


def test_update_reports_a_history_only_refresh(hplan: Hplan, tmp_path: Path) -> None:
    plan, draft = _pair(hplan, tmp_path)
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace(", status: paused}", ", status: postponed}"), "utf-8")
    run = hplan("rollover", str(plan), "--update", str(draft))
    assert run.code == 0
    assert "A1  paused → postponed: Arbete A1" in run.out
    assert "{period: 2027-01-01, id: A1, status: postponed, progress: 0}" in draft.read_text(
        encoding="utf-8"
    )


def test_update_json_conflict_and_counts(hplan: Hplan, tmp_path: Path) -> None:
    plan, draft = _pair(hplan, tmp_path)
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace(", status: paused}", ", status: in_progress, progress: 30}"),
                    "utf-8")  # fmt: skip
    run = hplan("rollover", str(plan), "--update", str(draft), "--format", "json")
    doc = json.loads(run.out)
    assert run.code == 0 and doc["written"] is True
    assert doc["changes"] == [{"kind": "refreshed", "id": "A1", "name": "Arbete A1",
                               "before": "planned", "after": "in progress 30 %"}]  # fmt: skip
    assert os.path.getsize(draft) > 0


def test_update_keeps_crlf_and_a_bom(hplan: Hplan, tmp_path: Path) -> None:
    plan, draft = _pair(hplan, tmp_path)
    text = draft.read_text(encoding="utf-8").replace("\n", "\r\n")
    draft.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("end: 2027-05-31}", "end: 2027-05-31, status: done}"), "utf-8")
    assert hplan("rollover", str(plan), "--update", str(draft)).code == 0
    data = draft.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf# Made by hplan") and b"\n" not in data.replace(
        b"\r\n", b""
    )
    assert list(_dates(draft)) == ["A1"]
