"""No input makes a traceback: arbitrary bytes and mutated examples always give diagnostics.

Also the adversarial inputs of the issue (alias bomb, 30 MB, deep brackets, binary,
Latin-1): each ends with an HP0xx diagnostic and exit 1. Timing is never asserted here;
benchmarks/ measures it.
"""

from __future__ import annotations

import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handlingsplan.codes import CODES
from handlingsplan.pipeline import FileResult, validate_path
from handlingsplan.render.diagnostics import FORMATS
from handlingsplan.render.messages import hint, message

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "handlingsplan-2027.yaml"
EXAMPLE_LINES = EXAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)
FIXTURE_OK = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

Hplan = Callable[..., Any]


def check_result(result: FileResult) -> None:
    """What every result must satisfy, whatever the input."""
    assert isinstance(result.diagnostics, list)
    for d in result.diagnostics:
        assert d.code in CODES
        assert d.severity is CODES[d.code].severity
        assert d.line >= 1 and d.column >= 1, d
        assert (d.end_line, d.end_column) >= (d.line, d.column), d
        for lang in ("en", "sv"):
            assert message(d, lang)
            hint(d, lang)


def validate_bytes(folder: Path, data: bytes) -> FileResult:
    path = folder / "plan.yaml"
    path.write_bytes(data)
    return validate_path(str(path))


# --- arbitrary input -------------------------------------------------------------------------


@FIXTURE_OK
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(tmp_path: Path, data: bytes) -> None:
    check_result(validate_bytes(tmp_path, data))


YAMLISH = st.text(
    alphabet=st.sampled_from(list("hplan: 1\n -[]{},&*!|>'\"#?%@`~.0123456789AZaz\tåÅ\\")),
    max_size=400,
)


@FIXTURE_OK
@given(YAMLISH)
def test_arbitrary_yaml_like_text(tmp_path: Path, text: str) -> None:
    check_result(validate_bytes(tmp_path, ("hplan: 1\n" + text).encode()))


@FIXTURE_OK
@given(st.text(max_size=500))
def test_arbitrary_unicode_text(tmp_path: Path, text: str) -> None:
    check_result(validate_bytes(tmp_path, text.encode("utf-8", errors="surrogatepass")))


# --- mutated examples ------------------------------------------------------------------------

SCALARS = ["", "~", "[]", "{}", "-1", "2027-02-30", "yes", "8.10", "x:y", "A1", "0123",
           "1:30", ".inf", "null", "'", '"', "&a", "*a", "!!python/none", "- x", "{a: 1",
           "1 500 000 kr", "kritisk", "100000000000000000000000", "1e400", "Åtgärd"]  # fmt: skip


def _replace_scalar(line: str, new: str) -> str:
    head, colon, rest = line.partition(": ")
    if colon and rest.strip():
        return f"{head}: {new}\n"
    if line.lstrip().startswith("- "):
        indent = len(line) - len(line.lstrip())
        return " " * indent + f"- {new}\n"
    return line


@st.composite
def mutations(draw: st.DrawFn) -> list[str]:
    lines = list(EXAMPLE_LINES)
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "indent", "scalar"]))
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "indent":
            shift = draw(st.integers(-4, 4))
            stripped = lines[i].lstrip(" ")
            indent = max(0, len(lines[i]) - len(stripped) + shift)
            lines[i] = " " * indent + stripped
        else:
            new = draw(st.sampled_from(SCALARS) | st.text(max_size=20))
            lines[i] = _replace_scalar(lines[i], new.replace("\n", " "))
    return lines


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(mutations())
def test_mutated_example(tmp_path: Path, lines: list[str]) -> None:
    check_result(validate_bytes(tmp_path, "".join(lines).encode("utf-8", errors="surrogatepass")))


def _mutate(seed: int) -> str:
    """A deterministic mutation for the CLI runs below (hypothesis drives the rest)."""
    rng = random.Random(seed)
    lines = list(EXAMPLE_LINES)
    for _ in range(3):
        i = rng.randrange(len(lines))
        choice = rng.choice(["delete", "duplicate", "scalar", "indent"])
        if choice == "delete":
            del lines[i]
        elif choice == "duplicate":
            lines.insert(i, lines[i])
        elif choice == "indent":
            lines[i] = " " + lines[i]
        else:
            lines[i] = _replace_scalar(lines[i], rng.choice(SCALARS))
    return "".join(lines)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("fmt", FORMATS)
def test_mutated_example_through_the_cli(
    hplan: Hplan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int, fmt: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.yaml").write_text(_mutate(seed), encoding="utf-8")
    run = hplan("validate", "-f", fmt, "plan.yaml")
    assert run.code in (0, 1), run.err
    assert "Traceback" not in run.err and "internal error" not in run.err
    sv = hplan("validate", "-f", fmt, "--lang", "sv", "plan.yaml")
    assert sv.code == run.code


# --- the adversarial inputs of the issue ------------------------------------------------------


def alias_bomb(levels: int = 10) -> str:
    lines = ["hplan: 1", 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for n in range(1, levels):
        lines.append(f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def big_file(path: Path, megabytes: int = 30) -> None:
    item = "  - id: A{n}\n    name: Aktivitet nummer {n}\n    priority: high\n"
    with path.open("w", encoding="utf-8") as out:
        out.write("hplan: 1\nactivities:\n")
        n = 0
        while out.tell() < megabytes * 1024 * 1024:
            out.write("".join(item.format(n=n + k) for k in range(1000)))
            n += 1000


ADVERSARIAL: list[tuple[str, Callable[[Path], object], str, str]] = [
    ("alias-bomb", lambda p: p.write_text(alias_bomb()), "HP004", "anchors and aliases"),
    ("30mb", big_file, "HP004", "larger than the limit"),
    ("brackets-5000", lambda p: p.write_text("hplan: " + "[" * 5000 + "]" * 5000 + "\n"),
     "HP004", "nested deeper than"),
    ("braces-5000", lambda p: p.write_text("hplan: 1\nx: " + "{a: " * 5000 + "1" + "}" * 5000),
     "HP004", "nested deeper than"),
    ("block-5000", lambda p: p.write_text("hplan: 1\nx:\n" + "- " * 5000 + "x\n"),
     "HP004", "nested deeper than"),
    ("binary", lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
     "HP001", "not a text file"),
    ("latin-1", lambda p: p.write_bytes("hplan: 1\nplan:\n  title: Åtgärd\n".encode("latin-1")),
     "HP001", "Latin-1"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "make", "code", "words"), ADVERSARIAL, ids=[a[0] for a in ADVERSARIAL]
)
def test_adversarial_input(
    hplan: Hplan,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    make: Callable[[Path], object],
    code: str,
    words: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    make(tmp_path / "evil.yaml")
    run = hplan("validate", "evil.yaml")
    assert run.code == 1
    first = run.out.splitlines()[0]
    assert first.startswith("evil.yaml:") and f" error {code} " in first, first
    assert words in first
    assert run.out.endswith("1 error, 0 warnings, 0 infos in 1 file\n")
    for line in run.out.splitlines():
        assert len(line) < 300  # no wall of brackets or of expanded aliases


def test_latin1_names_line_3(hplan: Hplan, tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes("hplan: 1\nplan:\n  title: Åtgärd\n".encode("latin-1"))
    run = hplan("validate", "-q", str(path))
    assert run.code == 1
    assert run.out.startswith(
        f"{path}:1:1: error HP001 the file is not UTF-8: byte 0xC5 at line 3,"
    )


def test_alias_bomb_json_output_stays_small(hplan: Hplan, tmp_path: Path) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(alias_bomb())
    run = hplan("validate", "-f", "json", str(path))
    assert run.code == 1
    assert '"code": "HP004"' in run.out
    assert len(run.out) < 2000


@pytest.mark.parametrize("depth", [200_000])
def test_deep_brackets_do_not_crash_the_process(tmp_path: Path, depth: int) -> None:
    """libyaml's composer segfaults on this depth: the pre-scan must refuse it first.
    Run in a child process, so that a crash fails this test instead of killing pytest."""
    path = tmp_path / "deep.yaml"
    path.write_text("[" * depth + "]" * depth + "\n")
    done = subprocess.run(
        [sys.executable, "-m", "handlingsplan", "validate", "-q", str(path)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 1, (done.returncode, done.stderr[-500:])
    assert done.stdout.startswith(f"{path}:1:")
    assert " error HP004 " in done.stdout
    assert done.stderr == ""


def test_deep_block_nesting_does_not_crash_the_process(tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("".join(" " * i + f"k{i}:\n" for i in range(3000)))
    done = subprocess.run(
        [sys.executable, "-m", "handlingsplan", "validate", "-q", str(path)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 1, (done.returncode, done.stderr[-500:])
    assert " error HP004 " in done.stdout
