"""The view commands (`table`, `gantt`, `graph`) never end in an internal error.

Every plan text of the diagnostic case files (tests/cases/*.yaml, read as
tests/test_cases.py reads them) and every chart case (tests/cases/gantt/*.yaml) is run
through each command once, in a cheap format (text, csv, mermaid), at width 20 or 80;
format, width and the other options are sampled deterministically (rotated by the plan's
index), so that the plans together cover the matrix without each running all of it.

A plan either draws (exit 0) or is refused (exit 1, nothing on standard output).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

CASES = Path(__file__).resolve().parents[1] / "cases"

TABLE_MODES: list[list[str]] = [
    [],
    ["--backlog"],
    ["--goals"],
    ["--sort", "start"],
    ["--sort", "end"],
    ["--sort", "responsible"],
    ["--sort", "id"],
]
GANTT_OPTIONS: list[list[str]] = [
    [
        "--scale",
        scale,
        "--group-by",
        group,
        "--color-by",
        color_by,
    ]
    for scale in ("auto", "day", "week", "month", "quarter")
    for group in ("none", "goal", "responsible", "status")
    for color_by in ("priority", "status")
]
WIDTHS = ("20", "80")


def _plan_sources() -> list[Any]:
    """(files beside the plan, file name, plan bytes) of each case with a plan text."""
    params: list[Any] = []
    for path in sorted(CASES.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for spec in doc.get("cases") or []:
            if "plan" in spec:
                text = str(spec["plan"])
                for placeholder, replacement in (spec.get("substitute") or {}).items():
                    text = text.replace(placeholder, replacement)
                data = text.encode("utf-8")
            elif "plan_bytes_hex" in spec:
                data = bytes.fromhex("".join(str(spec["plan_bytes_hex"]).split()))
            else:  # generated inputs and missing paths: reading rules, not views
                continue
            files = {str(k): str(v) for k, v in (spec.get("files") or {}).items()}
            name = str(spec.get("filename", "plan.yaml"))
            params.append(pytest.param(files, name, data, id=f"{path.stem}::{spec['name']}"))
    for path in sorted((CASES / "gantt").glob("*.yaml")):
        params.append(pytest.param({}, "plan.yaml", path.read_bytes(), id=f"gantt/{path.stem}"))
    return params


PLANS = [
    pytest.param(index, *param.values, id=param.id) for index, param in enumerate(_plan_sources())
]


def _commands(index: int) -> list[list[str]]:
    """The runs for the plan at `index`: each command once, format, width and options rotated
    by the index, so that the plans together cover every combination of them."""
    width = WIDTHS[index % len(WIDTHS)]
    colour = ["--color", "always"] if index % 3 == 0 else []
    table_format = ("text", "csv")[index // 2 % 2]
    chart_format = ("text", "mermaid")[index // 2 % 2]
    today = ["--today", "2027-06-15"] if index % 5 < 3 else []
    gantt_options = GANTT_OPTIONS[index * 7 % len(GANTT_OPTIONS)]
    return [
        ["table", "--format", table_format, "--width", width, *TABLE_MODES[index % 7], *colour],
        ["gantt", "--format", chart_format, "--width", width, *gantt_options, *today, *colour],
        ["graph", "--format", chart_format, "--width", width, *colour],
    ]


@pytest.mark.parametrize(("index", "files", "name", "data"), PLANS)
def test_views_never_crash(
    hplan: Callable[..., Any],
    tmp_path: Path,
    index: int,
    files: dict[str, str],
    name: str,
    data: bytes,
) -> None:
    for other, content in files.items():
        (tmp_path / other).write_text(content, encoding="utf-8")
    plan = tmp_path / name
    plan.write_bytes(data)
    for command in _commands(index):
        args = [command[0], str(plan), *command[1:]]
        run = hplan(*args)
        shown = " ".join(args)
        assert "internal error" not in run.err, f"{shown}: {run.err}"
        assert run.code in (0, 1), f"{shown}: exit {run.code}: {run.err}"
        if run.code == 1:
            assert run.out == "", f"{shown}: refused, yet printed {run.out[:200]!r}"
