"""Time `hplan import` of a workbook (`hplan export --format xlsx`) and of a csv file
(`hplan table --format csv`) against `hplan validate` of the plan they came from.

An import reads the sheet, makes the plan, validates it as validate does and writes it;
what reading the spreadsheet adds is import minus validate. Whole processes, alternated
after one warm-up each, medians reported: the method of benchmarks/views.py.

  python benchmarks/import_sheet.py [--sizes 5000] [--runs 5] [--hplan PATH] [--keep DIR]

Exit status: 0 measured; 1 a process exited non-zero; 2 hplan not found.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import genplan  # beside this file
from views import cli, median_ms

HEADER = ["--organisation", "Exempelkommunen", "--year", "2027"]


def _sheets(hplan: str, plan: Path, folder: Path) -> dict[str, list[str]]:
    """The spreadsheets of `plan`, and the import command of each."""
    made = {
        "xlsx": ([hplan, "export", "--format", "xlsx", "--force", "-o", "plan.xlsx", str(plan)],
                 ["plan.xlsx"]),
        "csv": ([hplan, "table", "--format", "csv", "--force", "-o", "plan.csv", str(plan)],
                ["plan.csv", *HEADER]),
    }  # fmt: skip
    imports = {}
    for label, (write, read) in made.items():
        subprocess.run(write, cwd=folder, check=True, capture_output=True)
        imports[label] = [hplan, "import", *read, "--force", "-o", f"back-{label}.yaml"]
    return imports


def run(sizes: Sequence[int], runs: int, hplan: str, folder: Path) -> int:
    print(f"{'plan':>16} {'sheet':<6} {'validate ms':>12} {'import ms':>10} {'adds ms':>8}")
    for size in sizes:
        plan = folder / f"import-{size}.yaml"
        plan.write_text(genplan.plan_text(genplan.generate(size)), encoding="utf-8")
        try:
            imports = _sheets(hplan, plan, folder)
            for label, command in imports.items():
                check, done = median_ms([hplan, "validate", str(plan)], command, runs, folder)
                print(f"{size:>5} activities {label:<6} {check:>12.0f} {done:>10.0f} "
                      f"{done - check:>8.0f}")  # fmt: skip
        except (RuntimeError, subprocess.CalledProcessError) as exc:
            print(f"failed: {exc}", file=sys.stderr)
            return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    return cli("Time hplan import (xlsx, csv) against validate.", run, argv, sizes=(5_000,), runs=5)


if __name__ == "__main__":
    sys.exit(main())
