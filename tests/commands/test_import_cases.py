"""Data-driven cases of `hplan import`: tests/cases/import/*.yaml.

A case file is a YAML document with `cases`, each a csv file as text (`csv`; `<tab>`
and `<nbsp>` stand for characters a case file cannot show) imported with `args` after
`hplan import plan.csv -o plan.yaml`, and:

* `exit`: the exit code (default 0);
* `err`: the findings on standard error, exactly, one line each, without the file name
  prefix `plan.csv: ` (the last line, the outcome, is left out), except the warnings
  HP401 (no goal) and HP408 (no cost) that most one-row plans have, unless the case
  says `quiet: false`;
* `plan`: lines the written plan holds (indented as written); `absent`: lines it lacks.

With a nonzero exit no plan file may exist.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

CASES = Path(__file__).resolve().parents[1] / "cases" / "import"
QUIET = ("HP401", "HP408")
SUBSTITUTE = {"<tab>": "\t", "<nbsp>": "\u00a0"}


def _cases() -> list[Any]:
    found = []
    for path in sorted(CASES.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]:
            found.append(pytest.param(case, id=f"{path.stem}: {case['name']}"))
    return found


@pytest.mark.parametrize("case", _cases())
def test_import_case(case: dict[str, Any], hplan: Callable[..., Any], tmp_path: Path,
                     monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    text = case["csv"]
    for mark, char in SUBSTITUTE.items():
        text = text.replace(mark, char)
    Path("plan.csv").write_text(text, encoding="utf-8")
    run = hplan("import", "plan.csv", "-o", "plan.yaml", *[str(a) for a in case.get("args", [])])
    assert run.code == case.get("exit", 0), run.err
    lines = [line.removeprefix("plan.csv: ") for line in run.err.splitlines()]
    if case.get("quiet", True):
        lines = [line for line in lines if not any(f" {c}: " in line for c in QUIET)]
    shown = lines[:-1] if run.code else lines
    assert shown == case.get("err", []), run.err
    if run.code:
        assert not Path("plan.yaml").exists()
        return
    written = Path("plan.yaml").read_text(encoding="utf-8").splitlines()
    for line in case.get("plan", []):
        assert line in written, "\n".join(written)
    for line in case.get("absent", []):
        assert line not in written
