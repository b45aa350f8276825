"""`hplan gantt` on the command line: every option, with its exit status and its output
together, and the golden charts in tests/golden/views/gantt.*.

Every test whose output depends on the day passes --today (the real date moves on).
After a deliberate change of the output, rewrite the golden files with
`UPDATE_GOLDEN=1 pytest tests/commands/test_gantt_cli.py` and read the diff.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLES = ROOT / "examples"
Run = Any  # tests/conftest.py's Run(code, out, err)
Hplan = Callable[..., Run]
SV = str(EXAMPLES / "handlingsplan-2027.yaml")
EN = str(EXAMPLES / "action-plan-2027.yaml")
CASES = ROOT / "tests" / "cases" / "gantt"
GOLDEN = ROOT / "tests" / "golden" / "views"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
TODAY = ("--today", "2027-09-15")
MARKING = "Konfidentiell enligt OSL 18 kap. 8 §"
SV_IDS = ["A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10", "A11", "A12", "A13",
          "A14", "A15"]  # fmt: skip


def gantt(hplan: Hplan, plan: str, *args: str, color: str = "never") -> Run:
    return hplan("gantt", plan, "--color", color, *args)


def row_ids(out: str) -> list[str]:
    """The ids of the rows, in order (a row: marker, id, name, ..., `│`)."""
    return [m[1] for m in re.finditer(r"^[* ] (\S+) .*│", out, re.MULTILINE)]


def row(out: str, key: str) -> str:
    found = [line for line in out.splitlines() if re.match(rf"[* ] {re.escape(key)} ", line)]
    assert len(found) == 1, (key, out)
    return found[0]


def bar_area(line: str) -> str:
    return line[line.index("│") + 1 : line.rindex("│")]


def widest(out: str) -> int:
    return max(len(line) for line in out.splitlines())


def check_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"{path} is missing: run with UPDATE_GOLDEN=1 to create it"
    assert actual == path.read_text(encoding="utf-8")


# --- golden charts -----------------------------------------------------------------------

GOLDEN_CASES = [
    ("gantt.handlingsplan-2027.txt", SV, ("--width", "100", *TODAY)),
    ("gantt.action-plan-2027.txt", EN, ("--width", "100", *TODAY)),
    ("gantt.handlingsplan-2027.goal.txt", SV, ("--width", "100", "--group-by", "goal", *TODAY)),
    ("gantt.handlingsplan-2027.w60-month.txt", SV,
     ("--width", "60", "--scale", "month", *TODAY)),
    ("gantt.handlingsplan-2027.mmd", SV, ("--format", "mermaid", *TODAY)),
    ("gantt.action-plan-2027.mmd", EN, ("--format", "mermaid", *TODAY)),
]  # fmt: skip


@pytest.mark.parametrize(("name", "plan", "args"), GOLDEN_CASES, ids=[c[0] for c in GOLDEN_CASES])
def test_golden(hplan: Hplan, name: str, plan: str, args: tuple[str, ...]) -> None:
    run = gantt(hplan, plan, *args)
    assert (run.code, run.err) == (0, "")
    check_golden(name, run.out)


# --- width and scale ---------------------------------------------------------------------


@pytest.mark.parametrize("width", [40, 60, 100, 140, 200])
def test_width_fixes_the_chart_width(hplan: Hplan, width: int) -> None:
    run = gantt(hplan, SV, "--width", str(width), *TODAY)
    assert run.code == 0 and run.err == ""
    assert widest(run.out) <= width
    assert row_ids(run.out) == ["A1", "A13", "A5", "A6", "A2", "A3", "A4", "A12", "A8", "A10",
                                "A9", "A14", "A7", "A11", "A15"]  # fmt: skip
    assert {len(bar_area(row(run.out, key))) for key in SV_IDS} == {
        len(bar_area(row(run.out, "A1")))
    }


def test_a_wider_chart_has_longer_bars(hplan: Hplan) -> None:
    narrow, wide = (
        gantt(hplan, SV, "--width", "60", *TODAY),
        gantt(hplan, SV, "--width", "160", *TODAY),
    )
    assert narrow.code == wide.code == 0
    assert len(bar_area(row(wide.out, "A4")).strip()) > 2 * len(
        bar_area(row(narrow.out, "A4")).strip()
    )


def test_piped_output_is_80_columns(hplan: Hplan) -> None:
    run = gantt(hplan, SV, *TODAY)
    assert run.code == 0
    assert widest(run.out) <= 80 and widest(run.out) >= 76


@pytest.mark.parametrize(("scale", "columns"),
                         [("day", 365), ("week", 53), ("month", 12), ("quarter", 4)])  # fmt: skip
def test_scale_gives_whole_columns_per_unit(hplan: Hplan, scale: str, columns: int) -> None:
    """2027 touches 53 ISO weeks (Jan 1-3 are in week 53 of 2026)."""
    run = gantt(hplan, SV, "--width", "60", "--scale", scale, *TODAY)
    assert run.code == 0 and run.err == ""
    area = len(bar_area(row(run.out, "A1")))
    assert area % columns == 0
    assert area >= columns
    if columns <= 53:
        assert widest(run.out) <= 60 or area == columns  # wider only at 1 column a unit


def test_scale_day_is_wider_than_the_terminal(hplan: Hplan) -> None:
    run = gantt(hplan, SV, "--width", "100", "--scale", "day", *TODAY)
    assert run.code == 0
    assert len(bar_area(row(run.out, "A1"))) == 365
    assert "jan" in run.out and "feb" in run.out and "dec" in run.out


def test_scale_auto_fills_the_width(hplan: Hplan) -> None:
    run = gantt(hplan, SV, "--width", "100", "--scale", "auto", *TODAY)
    assert run.code == 0
    assert run.out == gantt(hplan, SV, "--width", "100", *TODAY).out
    assert max(len(line) for line in run.out.splitlines() if "│" in line) <= 100


def test_scale_quarter_names_quarters(hplan: Hplan) -> None:
    run = gantt(hplan, SV, "--width", "120", "--scale", "quarter", *TODAY)
    assert run.code == 0
    assert run.code == 0
    assert all(f"kv{n}" in run.out for n in range(1, 5)) and "kv1 2027" not in run.out
    run = gantt(hplan, EN, "--width", "160", "--scale", "quarter", *TODAY)
    assert run.code == 0
    assert all(f"Q{n}" in run.out for n in range(1, 5))


def test_scale_quarter_names_the_year_when_the_period_spans_two(
    hplan: Hplan, write_plan: Callable[..., Path]
) -> None:
    text = Path(EN).read_text(encoding="utf-8").replace("end: 2027-12-31}", "end: 2028-06-30}")
    run = gantt(hplan, str(write_plan(text)), "--width", "160", "--scale", "quarter", *TODAY)
    assert run.code == 0
    assert "Q1 2027" in run.out and "Q1 2028" in run.out


# --- colour --------------------------------------------------------------------------------


@pytest.mark.parametrize("by", ["priority", "status"])
def test_color_by(hplan: Hplan, by: str) -> None:
    run = gantt(hplan, SV, "--width", "120", "--color-by", by, *TODAY, color="always")
    assert run.code == 0
    assert ANSI.search(run.out)
    plain = ANSI.sub("", run.out)
    words = ["kritisk", "hög", "medel", "låg"] if by == "priority" else [
        "planerad", "pågående", "pausad", "genomförd", "uppskjuten", "avbruten"]  # fmt: skip
    assert all(f"■ {word}" in plain for word in words)
    # without colour the characters carry the meaning alone: the same picture either way
    assert (
        gantt(hplan, SV, "--width", "120", "--color-by", by, *TODAY).out
        == gantt(hplan, SV, "--width", "120", *TODAY).out
    )


def test_color_by_changes_the_bar_colours(hplan: Hplan) -> None:
    by_priority = gantt(hplan, SV, "--width", "120", *TODAY, color="always")
    by_status = gantt(hplan, SV, "--width", "120", "--color-by", "status", *TODAY, color="always")
    assert by_priority.code == by_status.code == 0
    plain = ANSI.sub("", by_priority.out).splitlines()
    assert plain[:-1] == ANSI.sub("", by_status.out).splitlines()[:-1]  # all but the colours
    n = plain.index(row("\n".join(plain), "A1"))
    assert by_priority.out.splitlines()[n] != by_status.out.splitlines()[n]


def test_color_always_gives_ansi_and_never_none(hplan: Hplan) -> None:
    always = gantt(hplan, SV, "--width", "100", *TODAY, color="always")
    never = gantt(hplan, SV, "--width", "100", *TODAY, color="never")
    assert always.code == never.code == 0
    assert "\x1b[" in always.out and "\x1b[" not in never.out
    assert ANSI.sub("", always.out).splitlines()[:3] == never.out.splitlines()[:3]


def test_no_color_and_pipes_give_no_ansi(hplan: Hplan) -> None:
    piped = hplan("gantt", SV, "--width", "100", *TODAY)  # --color auto, not a terminal
    no_color = hplan("gantt", SV, "--width", "100", *TODAY, env={"NO_COLOR": "1"})
    assert piped.code == no_color.code == 0
    assert "\x1b[" not in piped.out and "\x1b[" not in no_color.out
    assert piped.out == no_color.out == gantt(hplan, SV, "--width", "100", *TODAY).out


def test_force_color_colours_a_pipe(hplan: Hplan) -> None:
    forced = hplan("gantt", SV, "--width", "100", *TODAY, env={"FORCE_COLOR": "1"})
    assert forced.code == 0 and "\x1b[" in forced.out
    plain = ANSI.sub("", forced.out).splitlines()
    assert plain[:-1] == gantt(hplan, SV, "--width", "100", *TODAY).out.splitlines()
    assert plain[-1] == "■ kritisk   ■ hög   ■ medel   ■ låg"  # what the colours mean


# --- grouping ------------------------------------------------------------------------------


def headings_of(out: str) -> list[str]:
    """The section headings: the lines below the title that are neither axis, row nor
    legend."""
    lines = out.splitlines()[1:]
    return [ln for ln in lines if not ln.startswith((" ", "*", "█", "┆", "◂")) and "│" not in ln]


@pytest.mark.parametrize(("by", "expected"), [
    ("none", []),
    ("goal", ["G2 Suppliers: security in every contract", "G1 Staff know the rules", "No goal"]),
    ("responsible", ["Adam", "bertil", "Cecilia", "Östen"]),
    ("status", ["planned", "in progress", "paused", "done", "postponed", "cancelled"]),
])  # fmt: skip
def test_group_by(hplan: Hplan, by: str, expected: list[str]) -> None:
    run = gantt(hplan, str(CASES / "groups.yaml"), "--width", "100", "--group-by", by, *TODAY)
    assert run.code == 0 and run.err == ""
    assert run.out.startswith("Grouping · 2027-01-01 – 2027-12-31\n")
    assert headings_of(run.out) == expected
    assert sorted(row_ids(run.out)) == ["A1", "A2", "A3", "A4", "A5", "A6", "A7"]


def test_group_by_in_swedish(hplan: Hplan) -> None:
    run = gantt(hplan, SV, "--width", "200", "--group-by", "status", *TODAY)
    assert run.code == 0
    lines = run.out.splitlines()
    assert [ln for ln in ["planerad", "pågående", "pausad", "genomförd", "uppskjuten", "avbruten"]
            if ln in lines] == ["planerad", "pågående", "pausad", "genomförd", "uppskjuten",
                                "avbruten"]  # fmt: skip
    goal = gantt(hplan, SV, "--width", "200", "--group-by", "goal", *TODAY)
    assert "M1 Alla medarbetare har genomgått grundutbildning i informationssäkerhet" in goal.out
    assert "Inget mål" not in goal.out  # every activity serves a goal


# --- today ---------------------------------------------------------------------------------


def test_today_inside_the_period(hplan: Hplan) -> None:
    run = gantt(hplan, SV, "--width", "100", "--today", "2027-09-15")
    assert run.code == 0
    assert "┆ i dag (2027-09-15)" in run.out.splitlines()[-1]
    assert "┆" in row(run.out, "A1")  # A1 ended in March: the line runs through its row


@pytest.mark.parametrize("day", ["2026-12-31", "2028-01-01", "2030-06-01"])
def test_today_outside_the_period(hplan: Hplan, day: str) -> None:
    run = gantt(hplan, SV, "--width", "100", "--today", day)
    assert run.code == 0
    assert "┆" not in run.out
    assert "i dag" not in run.out


# --- filters ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("args", "expected"), [
    (("--status", "pågående"), ["A13", "A3", "A4"]),
    (("--status", "in_progress"), ["A13", "A3", "A4"]),
    (("--status", "in progress,done"), ["A1", "A13", "A5", "A6", "A2", "A3", "A4", "A12"]),
    (("--priority", "hög"), ["A13", "A2", "A3", "A4", "A8", "A14"]),
    (("--priority", "critical"), ["A1", "A5", "A6"]),
    (("--responsible", "Per Ek"), ["A5", "A8", "A10", "A9"]),
    (("--responsible", "per ek", "--responsible", "Lina Holm"), ["A5", "A8", "A10", "A9", "A14", "A7"]),
    (("--goal", "M1"), ["A4"]),
    (("--goal", "M1,M2"), ["A13", "A5", "A6", "A4", "A8"]),
    (("--from", "2027-12-01"), ["A8", "A10", "A9", "A14", "A11", "A15"]),
    (("--to", "2027-01-31"), ["A1", "A13"]),
    (("--from", "2027-10-01", "--to", "2027-10-31", "--priority", "medel"), ["A10", "A7"]),
])  # fmt: skip
def test_filters(hplan: Hplan, args: tuple[str, ...], expected: list[str]) -> None:
    run = gantt(hplan, SV, "--width", "120", *args, *TODAY)
    assert run.code == 0 and run.err == ""
    assert row_ids(run.out) == expected


def test_a_filter_that_matches_nothing(hplan: Hplan) -> None:
    run = gantt(hplan, SV, "--responsible", "Ingen Alls", *TODAY)
    assert run.code == 0
    assert run.out.splitlines()[0] == MARKING
    assert run.out.splitlines()[-1] == "Inga aktiviteter att visa."


@pytest.mark.parametrize("args", [("--status", "late"), ("--priority", "urgent"),
                                  ("--from", "2027-02-30"), ("--to", "tomorrow")])  # fmt: skip
def test_bad_filter_values(hplan: Hplan, args: tuple[str, ...]) -> None:
    run = gantt(hplan, EN, *args, *TODAY)
    assert run.code == 2 and run.out == ""
    assert args[0] in run.err and args[1] in run.err


# --- formats and files -----------------------------------------------------------------------


def test_format_text_is_the_default(hplan: Hplan) -> None:
    run = gantt(hplan, SV, "--format", "text", "--width", "100", *TODAY)
    assert run.code == 0
    assert run.out == gantt(hplan, SV, "--width", "100", *TODAY).out


def test_format_mermaid(hplan: Hplan) -> None:
    run = gantt(hplan, SV, "--format", "mermaid", *TODAY)
    assert run.code == 0 and run.err == ""
    lines = run.out.splitlines()
    assert lines[:2] == [f"%% {MARKING}", "gantt"]
    assert f"    title {MARKING} · Handlingsplan för informationssäkerhet 2027" in lines
    assert "    dateFormat YYYY-MM-DD" in lines
    assert sum(line.startswith("    A") for line in lines) == 15
    assert "B1" not in run.out


@pytest.mark.parametrize("plan", [SV, EN])
def test_format_svg_fetches_nothing(hplan: Hplan, plan: str) -> None:
    run = gantt(hplan, plan, "--format", "svg", *TODAY)
    assert run.code == 0 and run.err == ""
    assert run.out.startswith("<svg")
    # Fonts must not be fetched: no url() but the SVG's own clip paths (`url(#...)`).
    assert re.findall(r"url\((?!#)", run.out) == []
    assert "http://" not in run.out.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in run.out.replace("https://www.textualize.io", "")
    assert "@import" not in run.out


def test_format_svg_and_html_show_the_marking(hplan: Hplan) -> None:
    svg = gantt(hplan, SV, "--format", "svg", *TODAY)
    assert svg.code == 0 and "Konfidentiell&#160;enligt&#160;OSL" in svg.out
    page = gantt(hplan, SV, "--format", "html", *TODAY)
    assert page.code == 0 and page.err == ""
    assert "<title>Handlingsplan för informationssäkerhet 2027</title>" in page.out
    body = page.out[page.out.index("<body") :]
    assert body.index(MARKING) < body.index("Handlingsplan för informationssäkerhet 2027 ·")
    assert "url(" not in page.out


def test_format_bad(hplan: Hplan) -> None:
    run = gantt(hplan, SV, "--format", "png")
    assert run.code == 2 and run.out == ""
    assert "png" in run.err and "mermaid" in run.err


def test_output_writes_a_file(hplan: Hplan, tmp_path: Path) -> None:
    target = tmp_path / "gantt.txt"
    run = gantt(hplan, SV, "--width", "100", "-o", str(target), *TODAY, color="always")
    assert run.code == 0 and run.out == "" and run.err == ""
    assert target.read_text(encoding="utf-8") == gantt(hplan, SV, "--width", "100", *TODAY).out
    mermaid = tmp_path / "gantt.mmd"
    assert gantt(hplan, SV, "--format", "mermaid", "--output", str(mermaid)).code == 0
    assert mermaid.read_text(encoding="utf-8").startswith(f"%% {MARKING}\ngantt\n")
    # a derived file is overwritten like a compiler's output
    again = gantt(hplan, EN, "--width", "100", "-o", str(target), *TODAY)
    assert again.code == 0
    assert target.read_text(encoding="utf-8").startswith("Information security action plan")


def test_output_never_overwrites_a_plan_without_force(hplan: Hplan, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    original = Path(SV).read_bytes()
    plan.write_bytes(original)
    refused = gantt(hplan, str(plan), "-o", str(plan), *TODAY)
    assert refused.code == 1 and refused.out == ""
    assert "--force" in refused.err
    assert plan.read_bytes() == original
    other = tmp_path / "other.yaml"
    other.write_bytes(Path(EN).read_bytes())
    refused = gantt(hplan, str(plan), "--format", "mermaid", "-o", str(other), *TODAY)
    assert refused.code == 1 and other.read_bytes() == Path(EN).read_bytes()
    forced = gantt(hplan, str(plan), "--format", "mermaid", "-o", str(other), "--force", *TODAY)
    assert forced.code == 0 and forced.out == ""
    assert other.read_text(encoding="utf-8").startswith(f"%% {MARKING}\ngantt\n")


# --- language --------------------------------------------------------------------------------


def test_lang_sv(hplan: Hplan) -> None:
    run = gantt(hplan, EN, "--lang", "sv", "--width", "200", *TODAY)
    assert run.code == 0
    axis = run.out.splitlines()[1]
    assert axis.split() == ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt",
                            "nov", "dec"]  # fmt: skip
    assert run.out.splitlines()[2].split()[0] == "vecka"
    assert (
        "█ utfört   ░ återstår   ◆ milstolpe   * kritiska linjen   ┆ i dag (2027-09-15)" in run.out
    )


def test_lang_en(hplan: Hplan) -> None:
    run = gantt(hplan, SV, "--lang", "en", "--width", "200", *TODAY)
    assert run.code == 0
    lines = run.out.splitlines()
    assert lines[2].split() == ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                                "Oct", "Nov", "Dec"]  # fmt: skip
    assert lines[3].split()[0] == "week"
    assert "(cancelled)" in row(run.out, "A10") and "(postponed)" in row(run.out, "A9")
    assert "done   ░ remaining" in run.out and "today (2027-09-15)" in run.out


def test_the_plans_language_by_default(hplan: Hplan) -> None:
    sv = gantt(hplan, SV, "--width", "200", *TODAY)
    en = gantt(hplan, EN, "--width", "200", *TODAY)
    assert sv.code == en.code == 0
    assert " maj " in sv.out and " okt " in sv.out and "vecka" in sv.out
    assert " May " in en.out and " Oct " in en.out and "week" in en.out


def test_lang_bad(hplan: Hplan) -> None:
    run = gantt(hplan, SV, "--lang", "de")
    assert run.code == 2 and run.out == "" and "--lang" in run.err


# --- marking, errors -------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "mermaid"])
def test_marking_comes_first(hplan: Hplan, fmt: str) -> None:
    run = gantt(hplan, SV, "--format", fmt, *TODAY)
    assert run.code == 0
    first = run.out.splitlines()[0]
    assert first == (MARKING if fmt == "text" else f"%% {MARKING}")
    clipped = gantt(hplan, str(CASES / "clipped.yaml"), "--format", fmt, *TODAY)
    assert clipped.out.splitlines()[0].endswith("INTERNAL: staff only")


def test_no_marking_line_without_a_classification(hplan: Hplan) -> None:
    run = gantt(hplan, EN, "--width", "100", *TODAY)
    assert run.code == 0
    assert (
        run.out.splitlines()[0] == "Information security action plan 2027 · 2027-01-01 – 2027-12-31"
    )


def test_backlog_items_are_never_drawn(hplan: Hplan) -> None:
    run = gantt(hplan, SV, "--width", "200", *TODAY)
    assert run.code == 0
    assert not re.search(r"\bB[123]\b", run.out)
    assert len(row_ids(run.out)) == 15


def test_clipped_activities_are_marked(hplan: Hplan) -> None:
    run = gantt(hplan, str(CASES / "clipped.yaml"), "--width", "100", *TODAY)
    assert run.code == 0 and run.err == ""
    assert bar_area(row(run.out, "E1")).startswith("◂")
    assert bar_area(row(run.out, "E2")).endswith("▸")
    assert bar_area(row(run.out, "E3")).strip(" ┆") == "◂"
    assert bar_area(row(run.out, "E4")).strip(" ┆") == "▸"
    assert "◂▸ outside the period" in run.out


@pytest.mark.parametrize("fmt", ["text", "mermaid", "svg"])
def test_structural_error_draws_nothing(hplan: Hplan, fmt: str) -> None:
    run = gantt(hplan, str(CASES / "broken.yaml"), "--format", fmt, *TODAY)
    assert run.code == 1
    assert run.out == ""
    assert "HP201" in run.err and "cannot be drawn" in run.err


def test_a_cycle_draws_nothing(hplan: Hplan, write_plan: Callable[[str], Path]) -> None:
    path = write_plan((CASES / "groups.yaml").read_text(encoding="utf-8").replace(
        "start: 2027-02-01, end: 2027-05-31,", "start: 2027-02-01, end: 2027-05-31, depends_on: [A7],"))  # fmt: skip
    run = gantt(hplan, str(path), *TODAY)
    assert run.code == 1 and run.out == "" and "HP202" in run.err


def test_a_yaml_error_draws_nothing(hplan: Hplan, write_plan: Callable[[str], Path]) -> None:
    run = gantt(hplan, str(write_plan("hplan: 1\nplan: [unclosed\n")), *TODAY)
    assert run.code == 1 and run.out == "" and "HP002" in run.err


def test_other_errors_are_drawn_under_a_banner(hplan: Hplan) -> None:
    run = gantt(hplan, str(CASES / "banner.yaml"), "--width", "100", *TODAY)
    assert run.code == 0
    lines = run.out.splitlines()
    assert lines[0] == "One typo · 2027-01-01 – 2027-12-31"
    assert lines[1].startswith("1 error in this plan: the view may be incomplete.")
    assert row_ids(run.out) == ["A1", "A2"]
    assert run.err == ""  # the text view shows the banner itself
    exported = gantt(hplan, str(CASES / "banner.yaml"), "--format", "mermaid", *TODAY)
    assert exported.code == 0 and exported.out.startswith("gantt\n")
    assert "1 error in this plan" in exported.err  # still told, on standard error


def test_banner_in_swedish(hplan: Hplan) -> None:
    run = gantt(hplan, str(CASES / "banner.yaml"), "--lang", "sv", "--width", "100", *TODAY)
    assert run.code == 0
    assert run.out.splitlines()[1].startswith("1 fel i planen")


@pytest.mark.parametrize(("args", "words"), [
    (("--scale", "year"), ("--scale", "year", "quarter")),
    (("--today", "2027-13-01"), ("--today", "2027-13-01")),
    (("--today", "15/9/2027"), ("--today", "15/9/2027")),
    (("--width", "5"), ("--width", "5")),
    (("--width", "19"), ("--width", "19")),
    (("--color-by", "owner"), ("--color-by", "owner", "status")),
    (("--group-by", "month"), ("--group-by", "month", "responsible")),
    (("--color", "sometimes"), ("--color", "sometimes")),
])  # fmt: skip
def test_bad_option_values(hplan: Hplan, args: tuple[str, ...], words: tuple[str, ...]) -> None:
    run = gantt(hplan, EN, *args)
    assert run.code == 2 and run.out == ""
    assert all(word in run.err for word in words), run.err


def test_width_20_is_the_narrowest(hplan: Hplan) -> None:
    run = gantt(hplan, SV, "--width", "20", *TODAY)
    assert run.code == 0
    assert widest(run.out) <= 20
    assert len(row_ids(run.out)) == 15


def test_a_terminal_gets_its_own_width(hplan: Hplan, monkeypatch: pytest.MonkeyPatch) -> None:
    from handlingsplan.commands import view

    monkeypatch.setattr(view, "columns", lambda: 130)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    run = gantt(hplan, SV, *TODAY)
    assert run.code == 0
    assert widest(run.out) == 130
    assert run.out == gantt(hplan, SV, "--width", "130", *TODAY).out


def test_today_defaults_to_the_real_date_inside_the_period(
    hplan: Hplan, write_plan: Callable[..., Path]
) -> None:
    today = dt.date.today()
    text = (CASES / "groups.yaml").read_text(encoding="utf-8")
    now = text.replace(
        "period: {start: 2027-01-01, end: 2027-12-31}",
        f"period: {{start: {today - dt.timedelta(days=200)}, end: {today + dt.timedelta(days=200)}}}",
    )
    run = gantt(hplan, str(write_plan(now, "now.yaml")), "--width", "100")
    assert run.code == 0
    assert f"┆ today ({today.isoformat()})" in run.out
    past = text.replace("2027-", "1990-")
    run = gantt(hplan, str(write_plan(past, "past.yaml")), "--width", "100")
    assert run.code == 0
    assert "┆" not in run.out and "today" not in run.out
