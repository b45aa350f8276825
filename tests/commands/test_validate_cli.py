"""`hplan validate` as a user runs it: exit code and output asserted together."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from handlingsplan import __version__

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
HEAD = re.compile(r"^(?P<path>.+):(?P<line>\d+):(?P<col>\d+): (?P<sev>\w+) (?P<code>HP\d{3}) ")

DECISION = "  decision: {by: Styrelsen, date: 2026-12-01}\n"


def plan(
    *, decided: bool = True, warning: bool = False, error: bool = False, language: str = ""
) -> str:
    """A small plan: clean, or with an HP402 warning, an HP302 error, and/or the HP503 info."""
    text = (
        "hplan: 1\n"
        "plan:\n"
        "  title: Plan 2027\n"
        "  organisation: Exempel\n"
        "  period: {start: 2027-01-01, end: 2027-12-31}\n"
        + (f"  language: {language}\n" if language else "")
        + (DECISION if decided else "")
        + "goals:\n"
        "  - id: M1\n"
        "    title: Goal one\n"
        + ("  - id: M2\n    title: Goal without activity\n" if warning else "")
        + "activities:\n"
        "  - id: A1\n"
        "    name: First\n"
        "    goals: [M1]\n"
        "    priority: high\n"
        "    responsible: Per Ek\n"
        "    cost: {hours: 10}\n"
        "    start: 2027-02-01\n"
        "    end: 2027-03-31\n"
        "  - id: A2\n"
        "    name: Second\n"
        "    goals: [M1]\n"
        "    priority: medium\n"
        "    responsible: Per Ek\n"
        "    cost: {hours: 10}\n"
        f"    start: {'2027-03-15' if error else '2027-04-01'}\n"
        "    end: 2027-04-30\n"
        "    depends_on: [A1]\n"
    )
    return text


def codes(out: str) -> list[str]:
    return [m["code"] for m in map(HEAD.match, out.splitlines()) if m]


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in an empty folder, so no hplan.toml of the repository applies."""
    monkeypatch.chdir(tmp_path)


Hplan = Callable[..., Any]
Write = Callable[..., Path]


# --- exit codes ----------------------------------------------------------------------------


def test_examples_pass(hplan: Hplan) -> None:
    # Together: klf's `it:A2` and it's `klf:A5` are resolved, so no HP208.
    run = hplan("validate", str(EXAMPLES))
    assert (run.code, run.out, run.err) == (0, "3 files checked: no problems\n", "")


@pytest.mark.parametrize(
    ("name", "found"),
    [("action-plan-2027.yaml", []), ("handlingsplan-2027.yaml", ["HP208"]),
     ("it-2027.yaml", ["HP208"])],
)  # fmt: skip
def test_each_example_passes_strict(hplan: Hplan, name: str, found: list[str]) -> None:
    """Alone, a dependency on the other example plan is only noted (HP208, an info)."""
    run = hplan("validate", "--strict", "--lang", "en", str(EXAMPLES / name))
    assert run.code == 0, run.out
    assert codes(run.out) == found
    summary = "0 errors, 0 warnings, 1 info in 1 file" if found else "1 file checked: no problems"
    assert run.out.endswith(summary + "\n")


def test_clean_plan(hplan: Hplan, write_plan: Write) -> None:
    write_plan(plan())
    run = hplan("validate", "plan.yaml")
    assert (run.code, run.out, run.err) == (0, "1 file checked: no problems\n", "")


def test_errors_exit_1(hplan: Hplan, write_plan: Write) -> None:
    write_plan(plan(error=True))
    run = hplan("validate", "plan.yaml")
    assert run.code == 1
    assert codes(run.out) == ["HP302"]
    assert run.out.startswith("plan.yaml:27:18: error HP302 activity A2: starts 2027-03-15")
    assert run.out.endswith("1 error, 0 warnings, 0 infos in 1 file\n")


def test_warnings_alone_exit_0_but_1_with_strict(hplan: Hplan, write_plan: Write) -> None:
    write_plan(plan(warning=True))
    run = hplan("validate", "plan.yaml")
    assert (run.code, codes(run.out)) == (0, ["HP402"])
    assert "plan.yaml:10:5: warning HP402 goal M2" in run.out
    strict = hplan("validate", "--strict", "plan.yaml")
    assert (strict.code, strict.out) == (1, run.out)


def test_info_never_fails_even_with_strict(hplan: Hplan, write_plan: Write) -> None:
    write_plan(plan(decided=False))
    for args in (["plan.yaml"], ["--strict", "plan.yaml"]):
        run = hplan("validate", *args)
        assert (run.code, codes(run.out)) == (0, ["HP503"])
        assert run.out.endswith("0 errors, 0 warnings, 1 info in 1 file\n")


def test_missing_file(hplan: Hplan) -> None:
    run = hplan("validate", "nope.yaml")
    assert run.code == 1
    assert run.out.startswith("nope.yaml:1:1: error HP001 the file does not exist\n")


def test_several_files_are_all_reported(hplan: Hplan, write_plan: Write) -> None:
    write_plan(plan(error=True), "bad.yaml")
    write_plan(plan(warning=True), "warn.yaml")
    run = hplan("validate", "-q", "bad.yaml", "warn.yaml")
    assert run.code == 1
    assert [(m["path"], m["code"]) for m in map(HEAD.match, run.out.splitlines()) if m] == [
        ("bad.yaml", "HP302"), ("warn.yaml", "HP402")
    ]  # fmt: skip


# --- --select / --ignore ---------------------------------------------------------------------


@pytest.fixture
def everything(write_plan: Write) -> Path:
    return write_plan(plan(decided=False, warning=True, error=True))


def test_all_three_findings(hplan: Hplan, everything: Path) -> None:
    run = hplan("validate", "-q", "plan.yaml")
    assert (run.code, codes(run.out)) == (1, ["HP503", "HP402", "HP302"])


@pytest.mark.parametrize(
    ("args", "code", "found"),
    [
        (["--select", "HP302"], 1, ["HP302"]),
        (["--select", "hp3"], 1, ["HP302"]),
        (["--select", "dependency-order"], 1, ["HP302"]),
        (["--select", "HP4,draft"], 0, ["HP503", "HP402"]),
        (["--select", "HP402", "--select", "HP503"], 0, ["HP503", "HP402"]),
        (["--ignore", "HP302"], 0, ["HP503", "HP402"]),
        (["--ignore", "HP3", "--strict"], 1, ["HP503", "HP402"]),
        (["--ignore", "dependency-order,goal-without-activity", "--strict"], 0, ["HP503"]),
        (["--select", "HP3,HP4", "--ignore", "HP302"], 0, ["HP402"]),
    ],
)
def test_select_and_ignore(
    hplan: Hplan, everything: Path, args: list[str], code: int, found: list[str]
) -> None:
    run = hplan("validate", "-q", *args, "plan.yaml")
    assert (run.code, codes(run.out)) == (code, found)


@pytest.mark.parametrize("option", ["--select", "--ignore"])
@pytest.mark.parametrize("value", ["HP999", "no-such-check", "X1"])
def test_unknown_code_is_a_usage_error(
    hplan: Hplan, everything: Path, option: str, value: str
) -> None:
    run = hplan("validate", option, value, "plan.yaml")
    assert (run.code, run.out) == (2, "")
    assert run.err == f"hplan: {option}: unknown code {value}\n"


def test_bad_format_is_a_usage_error(hplan: Hplan, everything: Path) -> None:
    run = hplan("validate", "--format", "xml", "plan.yaml")
    assert (run.code, run.out) == (2, "")
    assert run.err == "hplan: unknown format xml; choose one of text, json, github, sarif, gitlab\n"


@pytest.mark.parametrize(
    ("option", "value", "choices"),
    [("--color", "purple", "auto, always, never"), ("--lang", "de", "sv, en")],
)
def test_bad_choice_is_a_usage_error(
    hplan: Hplan, everything: Path, option: str, value: str, choices: str
) -> None:
    run = hplan("validate", option, value, "plan.yaml")
    assert (run.code, run.out) == (2, "")
    assert run.err == f"hplan: {option}: unknown value {value}; choose one of {choices}\n"


def test_unknown_option_is_a_usage_error(hplan: Hplan) -> None:
    run = hplan("validate", "--frobnicate")
    assert (run.code, run.out) == (2, "")
    assert "--frobnicate" in run.err


# --- standard input and folders ---------------------------------------------------------------


def test_stdin(hplan: Hplan) -> None:
    run = hplan("validate", "-", stdin=plan(error=True).encode())
    assert run.code == 1
    assert run.out.startswith("<stdin>:27:18: error HP302 ")


def test_stdin_json_path(hplan: Hplan) -> None:
    import json

    run = hplan("validate", "-f", "json", "-", stdin=plan().encode())
    assert run.code == 0
    assert json.loads(run.out)["files"] == [{"path": "<stdin>", "diagnostics": []}]


def test_stdin_latin1(hplan: Hplan) -> None:
    run = hplan("validate", "-q", "-", stdin="hplan: 1\nplan:\n  title: Åtgärd\n".encode("latin-1"))
    assert run.code == 1
    assert run.out == (
        "<stdin>:1:1: error HP001 the file is not UTF-8: byte 0xC5 at line 3, column 10 "
        "looks like Latin-1/Windows-1252 ('Å')\n"
    )


def test_folder_checks_plans_and_skips_other_yaml(
    hplan: Hplan, tmp_path: Path, write_plan: Write
) -> None:
    (tmp_path / "plans" / "sub").mkdir(parents=True)
    (tmp_path / "plans" / ".hidden").mkdir()
    write_plan(plan(warning=True), "plans/a.yaml")
    write_plan(plan(error=True), "plans/sub/b.yml")
    write_plan(plan(error=True), "plans/.hidden/c.yaml")
    write_plan("name: CI\non: push\n", "plans/ci.yml")
    write_plan("tool:\n  hplan: 1  # not a top-level key\n", "plans/other.yaml")
    write_plan("hplan: 1\n", "plans/notes.txt")
    run = hplan("validate", "-q", "-v", "plans")
    assert run.code == 1
    found = [(m["path"], m["code"]) for m in map(HEAD.match, run.out.splitlines()) if m]
    assert found == [("plans/a.yaml", "HP402"), ("plans/sub/b.yml", "HP302")]
    skipped = "not a plan (no top-level `hplan:` key)"
    assert run.err == (
        f"skipped plans/ci.yml: {skipped}\nskipped plans/other.yaml: {skipped}\n"
        "checking plans/a.yaml\nchecking plans/sub/b.yml\n"
    )
    quiet = hplan("validate", "-q", "plans")  # without -v, other YAML passes silently
    assert (quiet.code, quiet.err) == (1, "")


def test_folder_without_plans_is_hp001(hplan: Hplan, tmp_path: Path, write_plan: Write) -> None:
    (tmp_path / "empty").mkdir()
    write_plan("name: CI\n", "empty/ci.yml")
    run = hplan("validate", "empty")
    assert run.code == 1
    assert run.out.startswith(
        "empty:1:1: error HP001 no plan files in this folder (YAML files with a top-level "
        "`hplan:` key)\n"
    )


def test_no_path_means_the_current_folder(hplan: Hplan, write_plan: Write) -> None:
    write_plan(plan(error=True))
    run = hplan("validate", "-q")
    assert (run.code, codes(run.out)) == (1, ["HP302"])
    assert run.out.startswith("plan.yaml:27:18:")


def test_only_plans_skips_a_named_non_plan_file(hplan: Hplan, write_plan: Write) -> None:
    write_plan(plan())
    write_plan("name: CI\non: push\n", "ci.yml")
    without = hplan("validate", "-q", "plan.yaml", "ci.yml")
    assert (without.code, codes(without.out)) == (1, ["HP005"])
    run = hplan("validate", "--only-plans", "plan.yaml", "ci.yml")
    assert (run.code, run.out, run.err) == (0, "1 file checked: no problems\n", "")
    verbose = hplan("validate", "--only-plans", "-v", "plan.yaml", "ci.yml")
    assert verbose.code == 0
    assert "skipped ci.yml: not a plan" in verbose.err
    assert "checking plan.yaml" in verbose.err


def test_only_plans_still_checks_a_broken_plan(hplan: Hplan, write_plan: Write) -> None:
    write_plan("hplan: 1\nplan: [\n")
    run = hplan("validate", "-q", "--only-plans", "plan.yaml")
    assert (run.code, codes(run.out)) == (1, ["HP002"])


# --- -q, -v ------------------------------------------------------------------------------------


def test_quiet_prints_only_diagnostic_lines(hplan: Hplan, everything: Path) -> None:
    run = hplan("validate", "-q", "plan.yaml")
    lines = run.out.splitlines()
    assert len(lines) == 3 and all(HEAD.match(x) for x in lines)
    assert run.err == ""
    clean = hplan("validate", "-q", str(EXAMPLES))
    assert (clean.code, clean.out) == (0, "")


def test_verbose_names_checked_files_on_stderr(hplan: Hplan, write_plan: Write) -> None:
    write_plan(plan())
    run = hplan("validate", "-v", "plan.yaml")
    assert (run.code, run.out, run.err) == (
        0,
        "1 file checked: no problems\n",
        "checking plan.yaml\n",
    )


def test_text_shows_source_and_hint(hplan: Hplan, everything: Path) -> None:
    run = hplan("validate", "--select", "HP302", "plan.yaml")
    assert run.out.splitlines()[1:4] == [
        "   28 |     depends_on: [A1]",
        "      |                  ^^",
        "      = hint: an activity may start only after each activity it depends on has ended; "
        "record a slip in forecast_end, not by moving the predecessor",
    ]


# --- colour -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [
        ([], {}, False),
        ([], {"FORCE_COLOR": "1"}, True),
        ([], {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False),
        ([], {"NO_COLOR": "", "FORCE_COLOR": "1"}, True),
        (["--color", "always"], {"NO_COLOR": "1"}, True),
        (["--color", "never"], {"FORCE_COLOR": "1"}, False),
        (["--color", "auto"], {}, False),
    ],
)
def test_colour(
    hplan: Hplan, everything: Path, args: list[str], env: dict[str, str], coloured: bool
) -> None:
    run = hplan("validate", *args, "plan.yaml", env=env)
    assert run.code == 1
    assert bool(ANSI.search(run.out)) is coloured
    assert codes(ANSI.sub("", run.out)) == ["HP503", "HP402", "HP302"]


@pytest.mark.parametrize("fmt", ["json", "github", "sarif", "gitlab"])
def test_machine_formats_never_carry_colour(hplan: Hplan, everything: Path, fmt: str) -> None:
    run = hplan("validate", "--color", "always", "-f", fmt, "plan.yaml", env={"FORCE_COLOR": "1"})
    assert run.code == 1
    assert "\x1b" not in run.out
    assert "HP302" in run.out


# --- language -------------------------------------------------------------------------------------


def test_lang_sv(hplan: Hplan, everything: Path) -> None:
    run = hplan("validate", "--lang", "sv", "plan.yaml")
    assert run.code == 1
    assert ": fel HP302 aktivitet A2: " in run.out
    assert ": varning HP402 mål M2: " in run.out
    assert run.out.endswith("1 fel, 1 varning, 1 info i 1 fil\n")


def test_plan_language_sets_the_output_language(hplan: Hplan, write_plan: Write) -> None:
    write_plan(plan(error=True, language="sv"))
    run = hplan("validate", "-q", "plan.yaml")
    assert run.code == 1
    assert ": fel HP302 " in run.out
    english = hplan("validate", "-q", "--lang", "en", "plan.yaml")
    assert ": error HP302 " in english.out


def test_lang_environment(hplan: Hplan, everything: Path) -> None:
    run = hplan("validate", "-q", "plan.yaml", env={"LANG": "sv_SE.UTF-8"})
    assert run.code == 1
    assert ": fel HP302 " in run.out


# --- hplan.toml -----------------------------------------------------------------------------------


def test_config_in_cwd_sets_language_ignore_and_strict(
    hplan: Hplan, tmp_path: Path, everything: Path
) -> None:
    (tmp_path / "hplan.toml").write_text('language = "sv"\nignore = ["HP302"]\nstrict = true\n')
    run = hplan("validate", "-q", "plan.yaml")
    assert (run.code, codes(run.out)) == (1, ["HP503", "HP402"])  # strict: the warning fails
    assert ": varning HP402 " in run.out


def test_command_line_wins_over_config(hplan: Hplan, tmp_path: Path, everything: Path) -> None:
    (tmp_path / "hplan.toml").write_text('language = "sv"\nignore = ["HP302"]\n')
    run = hplan("validate", "-q", "--lang", "en", "--ignore", "HP402", "plan.yaml")
    assert (run.code, codes(run.out)) == (1, ["HP503", "HP302"])
    assert ": error HP302 " in run.out


def test_config_in_a_parent_folder_with_plans(
    hplan: Hplan, tmp_path: Path, write_plan: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "plans").mkdir()
    (tmp_path / "work" / "deep").mkdir(parents=True)
    write_plan(plan(error=True), "plans/a.yaml")
    write_plan(plan(error=True), "elsewhere.yaml")
    (tmp_path / "hplan.toml").write_text('plans = ["plans"]\nselect = ["dependency-order"]\n')
    monkeypatch.chdir(tmp_path / "work" / "deep")
    run = hplan("validate", "-q")
    assert run.code == 1
    assert [(Path(m["path"]).name, m["code"]) for m in map(HEAD.match, run.out.splitlines()) if m] == [
        ("a.yaml", "HP302")
    ]  # fmt: skip


def test_config_unknown_key_is_a_usage_error(
    hplan: Hplan, tmp_path: Path, everything: Path
) -> None:
    (tmp_path / "hplan.toml").write_text("langauge = 'sv'\n")
    run = hplan("validate", "plan.yaml")
    assert (run.code, run.out) == (2, "")
    assert run.err.startswith("hplan: ")
    assert "unknown setting langauge" in run.err
    assert "hplan.toml" in run.err


def test_config_invalid_toml_is_a_usage_error(
    hplan: Hplan, tmp_path: Path, everything: Path
) -> None:
    (tmp_path / "hplan.toml").write_text("language = \n")
    run = hplan("validate", "plan.yaml")
    assert (run.code, run.out) == (2, "")
    assert "hplan.toml" in run.err


def test_config_unknown_code_is_a_usage_error(
    hplan: Hplan, tmp_path: Path, everything: Path
) -> None:
    (tmp_path / "hplan.toml").write_text('ignore = ["HP777"]\n')
    run = hplan("validate", "plan.yaml")
    toml = tmp_path / "hplan.toml"
    assert (run.code, run.out, run.err) == (2, "", f"hplan: {toml}: ignore: unknown code HP777\n")
    run = hplan("validate", "--ignore", "HP888", "plan.yaml")  # the command line wins
    assert (run.code, run.out, run.err) == (2, "", "hplan: --ignore: unknown code HP888\n")


# --- version, help, internal errors ------------------------------------------------------------------


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(hplan: Hplan, flag: str) -> None:
    run = hplan(flag)
    assert (run.code, run.out, run.err) == (0, f"hplan {__version__}\n", "")
    assert __version__ == "0.1.0"


def test_no_arguments_shows_help(hplan: Hplan) -> None:
    run = hplan()
    assert run.code == 2  # no command given: a wrong command line
    shown = run.out + run.err
    assert "Usage: hplan" in shown
    assert "validate" in shown and "explain" in shown


def test_help(hplan: Hplan) -> None:
    run = hplan("--help")
    assert run.code == 0
    assert run.out.startswith("Usage: hplan")
    assert "validate" in run.out
    sub = hplan("validate", "--help")
    assert sub.code == 0
    assert "--strict" in sub.out and "--only-plans" in sub.out


def test_internal_error_exits_3_without_traceback(
    hplan: Hplan, everything: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from handlingsplan.commands import validate as command

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(command, "validate_path", boom)
    run = hplan("validate", "plan.yaml")
    assert (run.code, run.out) == (3, "")
    assert "internal error" in run.err and "RuntimeError: boom" in run.err
    assert "report" in run.err
    assert "Traceback" not in run.err


def test_python_m_handlingsplan() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "handlingsplan", "--version"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stdout, done.stderr) == (0, f"hplan {__version__}\n", "")


def test_python_m_handlingsplan_validates_the_examples() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "handlingsplan", "validate", "--strict", str(EXAMPLES)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stdout) == (0, "3 files checked: no problems\n")


def test_a_plan_with_a_broken_header_is_answered_in_its_own_language(hplan: Hplan) -> None:
    text = b"hplan: 1\nplan:\n  language: sv\n  organisation: O\n  period: {start: 2027-01-01, end: 2027-12-31}\n"
    run = hplan("validate", "-q", "-", stdin=text)
    assert (run.code, run.out) == (1, "<stdin>:3:3: fel HP101 `plan.title` saknas\n")


def test_a_plan_with_a_syntax_error_is_answered_in_the_language_it_names(hplan: Hplan) -> None:
    run = hplan("validate", "-q", "-", stdin=b'hplan: 1\nplan:\n  language: sv\n  title: "Plan\n')
    assert (run.code, run.out) == (
        1,
        "<stdin>:4:10: fel HP002 syntaxfel i YAML: texten inom citattecken som börjar här "
        "saknar avslutande citattecken\n",
    )


def test_help_in_swedish(hplan: Hplan) -> None:
    run = hplan("validate", "--help", env={"LANG": "sv_SE.UTF-8"})
    assert run.code == 0
    assert run.out.startswith("Användning: hplan validate")
    assert "Visa den här hjälpen och avsluta." in run.out
    assert "Flaggor" in run.out and "Options" not in run.out
    english = hplan("validate", "--help", env={"LANG": "en_GB.UTF-8"})
    assert english.out.startswith("Usage: hplan validate")
    assert "Show this message and exit." in english.out
