"""Time `hplan rollover` (and `--update` of an up-to-date draft) against `hplan validate`.

Rollover reads and validates the plan as validate does, makes the next plan, writes it as
text and validates that text before writing (the issue asks for that check): two
validations and a writer. The second validation alone adds about 1.0 (a little more: the
new file is block style and some 20% longer), so rollover is held to adding at most 2.0
times what one validation costs. `--update` of an up-to-date draft validates the plan and
the draft and writes nothing; with changes it also validates the edited draft. Whole
processes, alternated, medians, as in benchmarks/validate.py.

  python benchmarks/rollover.py [--sizes 1000] [--runs 7] [--hplan PATH] [--keep DIR]

Exit status: 0 measured; 1 a process exited non-zero; 2 hplan not found. A ratio over the
target prints OVER but does not fail: one noisy run should not break a build.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import genplan  # beside this file
from views import cli, median_ms

TARGET = 2.0  # (rollover - validate) / validate


def run(sizes: Sequence[int], runs: int, hplan: str, folder: Path) -> int:
    print(
        f"{'plan':>14} {'command':<16} {'validate ms':>12} {'command ms':>11} {'adds':>7} {'target':>7}"
    )
    for size in sizes:
        plan = folder / f"plan-{size}-2027.yaml"
        plan.write_text(genplan.plan_text(genplan.generate(size)), encoding="utf-8")
        draft = folder / f"plan-{size}-2028.yaml"
        made = subprocess.run([hplan, "rollover", "--force", str(plan), "-o", str(draft)],
                              capture_output=True, check=False)  # fmt: skip
        if made.returncode != 0:
            print(f"failed: rollover exit {made.returncode}", file=sys.stderr)
            return 1
        commands = {
            "rollover": [hplan, "rollover", "--dry-run", str(plan)],
            "rollover --update": [hplan, "rollover", str(plan), "--update", str(draft)],
        }
        for label, command in commands.items():
            try:
                check, took = median_ms([hplan, "validate", str(plan)], command, runs, folder)
            except RuntimeError as exc:
                print(f"failed: {exc}", file=sys.stderr)
                return 1
            adds = (took - check) / check
            verdict = "ok" if adds <= TARGET else "OVER"
            print(f"{size:>5} activities {label:<16} {check:>12.0f} {took:>11.0f} {adds:>6.0%} "
                  f"{TARGET:>6.0%} {verdict}")  # fmt: skip
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    return cli("Time hplan rollover against validate.", run, argv)


if __name__ == "__main__":
    sys.exit(main())
