"""Time `hplan table`, `gantt` and `graph` against `hplan validate` of the same plan.

A view loads and checks the plan as validate does, then draws it; what drawing adds is
view minus validate, and the target is that it adds no more than half of what validation
costs (issue 3). Whole processes, alternated (validate, view, validate, view, ...) after
one warm-up each, medians reported: the same method as benchmarks/validate.py.

  python benchmarks/views.py [--sizes 1000] [--runs 7] [--hplan PATH] [--keep DIR]

Exit status: 0 measured; 1 a process exited non-zero; 2 hplan not found. A ratio over
the target prints OVER but does not fail: one noisy run should not break a build.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import genplan  # beside this file
from validate import find_hplan, parse_sizes, run_once

TARGET = 0.5  # (view - validate) / validate
VIEWS = {
    "table": ["table", "--width", "120", "--color", "never"],
    "table csv": ["table", "--format", "csv"],
    "gantt": ["gantt", "--width", "120", "--color", "never", "--today", "2027-06-15"],
    "gantt mermaid": ["gantt", "--format", "mermaid"],
    "graph": ["graph", "--width", "120", "--color", "never"],
}


def median_ms(command: list[str], other: list[str], runs: int, cwd: Path) -> tuple[float, float]:
    """Medians (ms) of `command` and `other`, alternated; raises on a failing process."""
    times: tuple[list[float], list[float]] = ([], [])
    for i in range(runs + 1):  # the first round warms the caches and is dropped
        for side, cmd in enumerate((command, other)):
            seconds, code = run_once(cmd, cwd)
            if code != 0:
                raise RuntimeError(f"exit {code}: {' '.join(cmd)}")
            if i:
                times[side].append(seconds)
    return statistics.median(times[0]) * 1000, statistics.median(times[1]) * 1000


def run(sizes: Sequence[int], runs: int, hplan: str, folder: Path) -> int:
    print(f"{'plan':>14} {'view':<14} {'validate ms':>12} {'view ms':>9} {'adds':>7} {'target':>7}")
    for size in sizes:
        plan = folder / f"views-{size}.yaml"
        plan.write_text(genplan.plan_text(genplan.generate(size)), encoding="utf-8")
        for label, args in VIEWS.items():
            try:
                check, view = median_ms([hplan, "validate", str(plan)], [hplan, *args, str(plan)],
                                        runs, folder)  # fmt: skip
            except RuntimeError as exc:
                print(f"failed: {exc}", file=sys.stderr)
                return 1
            adds = (view - check) / check
            verdict = "ok" if adds <= TARGET else "OVER"
            print(f"{size:>5} activities {label:<14} {check:>12.0f} {view:>9.0f} {adds:>6.0%} "
                  f"{TARGET:>6.0%} {verdict}")  # fmt: skip
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    return cli("Time hplan's views against validate.", run, argv)


def cli(
    description: str,
    timed: Callable[[Sequence[int], int, str, Path], int],
    argv: Sequence[str] | None = None,
    sizes: tuple[int, ...] = (1_000,),
    runs: int = 7,
) -> int:
    """The command line these benchmarks share: sizes, runs, the hplan to time, and
    where the generated plans go; `sizes` and `runs` are the script's defaults."""
    parser = argparse.ArgumentParser(description=description)
    shown = ",".join(str(size) for size in sizes)
    parser.add_argument("--sizes", type=parse_sizes, default=sizes, help=f"default {shown}")
    parser.add_argument(
        "--runs", type=int, default=runs, help=f"timed runs per command (default {runs})"
    )
    parser.add_argument("--hplan", help="hplan executable (default: next to this Python)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="write the plans to DIR")
    args = parser.parse_args(argv)
    hplan = find_hplan(args.hplan)
    if hplan is None:
        print("hplan not found: install the project or pass --hplan", file=sys.stderr)
        return 2
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
        return timed(args.sizes, max(args.runs, 1), hplan, args.keep)
    with tempfile.TemporaryDirectory() as folder:
        return timed(args.sizes, max(args.runs, 1), hplan, Path(folder))


if __name__ == "__main__":
    sys.exit(main())
