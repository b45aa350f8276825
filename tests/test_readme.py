"""The README is part of the product: its commands, sample plan and sample output are real.

UPDATE_README=1 rewrites the sample output blocks from what hplan prints now.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from handlingsplan.pipeline import validate_path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SAMPLE = "docs/sample/plan-with-mistakes.yaml"
EXAMPLE = "examples/handlingsplan-2027.yaml"
# marker -> (arguments shown in the README, exit code); --color never is added when run.
BLOCKS: dict[str, tuple[tuple[str, ...], int]] = {
    "sample-output": (("validate", SAMPLE), 1),
    "sample-output-sv": (("validate", "--lang", "sv", SAMPLE), 1),
    "table-sv": (("table", "--width", "100", EXAMPLE), 0),
    "gantt-sv": (("gantt", "--width", "100", "--today", "2027-09-15", EXAMPLE), 0),
    "mermaid-en": (("gantt", "--format", "mermaid", "examples/action-plan-2027.yaml"), 0),
    "rollover-sv": (("rollover", "--dry-run", EXAMPLE), 0),
    "status-sv": (("status", "--today", "2027-09-15", "--width", "90", EXAMPLE), 0),
    "controls-sv": (("controls", "--missing", "--width", "90", EXAMPLE), 0),
    "prioritise-sv": (("prioritise", "--width", "90", EXAMPLE), 0),
}
# Blocks that show standard error (the dry run's report; its standard output is the plan).
STDERR = {"rollover-sv"}


def _code_blocks(text: str) -> list[tuple[str, str]]:
    return re.findall(r"```(\w*)\n(.*?)```", text, flags=re.DOTALL)


def test_quick_start_is_exactly_two_commands() -> None:
    text = README.read_text("utf-8")
    section = text.split("## Quick start", 1)[1].split("##", 1)[0]
    lang, block = _code_blocks(section)[0]
    commands = [line for line in block.splitlines() if line.strip()]
    assert lang == "sh"
    assert len(commands) == 2
    assert "hplan validate examples/" in commands[0]
    assert "pytest" in commands[1] and "[test]" in commands[1]


def test_format_at_a_glance_is_a_valid_plan(tmp_path: Path) -> None:
    text = README.read_text("utf-8")
    section = text.split("## The format at a glance", 1)[1].split("\n## ", 1)[0]
    plan = next(body for lang, body in _code_blocks(section) if lang == "yaml")
    path = tmp_path / "glance.yaml"
    path.write_text(plan, encoding="utf-8")
    result = validate_path(str(path))
    assert [d.code for d in result.diagnostics] == []


@pytest.mark.parametrize("block", sorted(BLOCKS))
def test_sample_output_is_what_hplan_prints(
    block: str, hplan: Callable[..., object], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    args, code = BLOCKS[block]
    run = hplan(args[0], "--color", "never", *args[1:])
    assert run.code == code, run.err  # type: ignore[attr-defined]
    out = run.err if block in STDERR else run.out  # type: ignore[attr-defined]
    command = " ".join(("hplan", *args)) + (" >/dev/null" if block in STDERR else "")
    if block.startswith("mermaid"):  # GitHub draws this block: the output alone
        shown = f"```mermaid\n{out}```"
    else:
        shown = f"```console\n$ {command}\n{out}```"
    text = README.read_text("utf-8")
    pattern = re.compile(rf"(<!-- {block}:start -->\n)(.*?)(<!-- {block}:end -->)", re.DOTALL)
    match = pattern.search(text)
    assert match is not None, f"README lacks the {block} markers"
    if os.environ.get("UPDATE_README"):
        README.write_text(pattern.sub(lambda m: m[1] + shown + "\n" + m[3], text), "utf-8")
        return
    assert match[2].strip() == shown.strip()
