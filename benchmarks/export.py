"""Time `hplan export --format xlsx` (and ics) against `hplan validate` of the same plan.

An export loads and checks the plan as validate does, then writes it; what writing adds
is export minus validate. A workbook is written by openpyxl cell by cell, so this is the
export to watch on a large plan (5,000 activities by default). Whole processes,
alternated after one warm-up each, medians reported: the method of benchmarks/views.py.

  python benchmarks/export.py [--sizes 5000] [--runs 5] [--hplan PATH] [--keep DIR]

Exit status: 0 measured; 1 a process exited non-zero; 2 hplan not found.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import genplan  # beside this file
from views import cli, median_ms

EXPORTS = {
    "xlsx": ["export", "--format", "xlsx", "-o", "export.xlsx"],
    "ics": ["export", "--format", "ics", "-o", "export.ics"],
}


def run(sizes: Sequence[int], runs: int, hplan: str, folder: Path) -> int:
    print(f"{'plan':>16} {'export':<7} {'validate ms':>12} {'export ms':>10} {'adds ms':>8}")
    for size in sizes:
        plan = folder / f"export-{size}.yaml"
        plan.write_text(genplan.plan_text(genplan.generate(size)), encoding="utf-8")
        for label, args in EXPORTS.items():
            check_cmd = [hplan, "validate", str(plan)]
            try:
                check, export = median_ms(check_cmd, [hplan, *args, str(plan)], runs, folder)
            except RuntimeError as exc:
                print(f"failed: {exc}", file=sys.stderr)
                return 1
            print(f"{size:>5} activities {label:<7} {check:>12.0f} {export:>10.0f} "
                  f"{export - check:>8.0f}")  # fmt: skip
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    return cli("Time hplan export (xlsx, ics) against validate.", run, argv, sizes=(5_000,), runs=5)


if __name__ == "__main__":
    sys.exit(main())
