"""Time hplan over many plans at once: 100 plans of 50 activities, with dependencies
across plans, in one folder (issue 5: a CISO oversees an organisation's plans together).

The plans are benchmarks/genplan.py's, each given an id (p000, p001, ...) and a parent
(a tree under p000), and about a fifth of each plan's activities wait for an activity of
one of the five plans before it that ends before they start: finish-to-start holds and no
cycle can form, so `hplan validate` passes with no findings and a timing measures the
whole happy path, cross-plan checks included. `validate-plain` times the same plans with
no dependency across plans, so the difference is what checking them together costs.

Whole processes, alternated (each command in turn, round after round) after one warm-up
round, medians reported: the method of benchmarks/validate.py. A command this hplan does
not have yet (`hplan status` is being written) is skipped with a message.

  python benchmarks/many.py [--plans 100] [--size 50] [--runs 7]
                            [--commands validate,validate-plain,status] [--hplan PATH] [--keep DIR]

Exit status: 0 measured; 1 a process exited non-zero; 2 hplan not found or a wrong option.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import genplan  # beside this file
from validate import find_hplan, run_once

TODAY = "2027-06-15"  # a fixed day of follow-up, so status does the same work every run
STATUS_TARGET = 1.5  # issue 5: status over the plans costs at most 1.5 x validate
LOOKBACK = 5  # a plan's activities may wait for the five plans before it
CROSS_SHARE = 0.2
# label -> (folder, hplan arguments before the folder)
COMMANDS = {
    "validate": ("cross", ["validate"]),
    "validate-plain": ("plain", ["validate"]),
    "status": ("cross", ["status", "--today", TODAY, "--color", "never"]),
}


def plan_id(number: int) -> str:
    return f"p{number:03d}"


def with_cross_deps(
    rng: random.Random, plan: genplan.Plan, earlier: Sequence[genplan.Plan], first: int
) -> genplan.Plan:
    """`plan` with some activities also waiting for an activity of an earlier plan (whose
    number starts at `first`) that ends before they start."""
    changed = []
    for activity in plan.activities:
        extra: tuple[str, ...] = ()
        if earlier and rng.random() < CROSS_SHARE:
            offset = rng.randrange(len(earlier))
            other = earlier[offset]
            fitting = [a for a in rng.sample(other.activities, 8) if a.end < activity.start]
            if fitting:
                extra = (f"{plan_id(first + offset)}:{fitting[0].id}",)
        changed.append(dataclasses.replace(activity, depends_on=activity.depends_on + extra))
    return dataclasses.replace(plan, activities=tuple(changed))


def text(plan: genplan.Plan, number: int) -> str:
    """The plan's file with its id and its parent in the tree (p001..p009 under p000,
    p010..p019 under p001, ...)."""
    head = f"  id: {plan_id(number)}\n"
    if number:
        head += f"  parent: {plan_id(number // 10)}\n"
    organisation = "  organisation: Benchmarkkommunen\n"
    return genplan.plan_text(plan).replace(organisation, organisation + head, 1)


def write_plans(folder: Path, count: int, size: int) -> None:
    """`count` plans of `size` activities in folder/cross (with dependencies across
    plans) and folder/plain (the same plans without them)."""
    rng = random.Random(f"many:{count}:{size}")  # a string seed is stable across versions
    plans = [genplan.generate(size, seed=2027 + n) for n in range(count)]
    for kind in ("cross", "plain"):
        (folder / kind).mkdir(parents=True, exist_ok=True)
    for number, plan in enumerate(plans):
        first = max(0, number - LOOKBACK)
        crossed = with_cross_deps(rng, plan, plans[first:number], first)
        name = f"{plan_id(number)}.yaml"
        (folder / "cross" / name).write_text(text(crossed, number), encoding="utf-8")
        (folder / "plain" / name).write_text(text(plan, number), encoding="utf-8")


def available(hplan: str, command: str) -> bool:
    done = subprocess.run([hplan, command, "--help"], capture_output=True, check=False)
    return done.returncode == 0


def chosen(hplan: str, labels: Sequence[str]) -> dict[str, list[str]]:
    """The commands to time, as whole command lines; those this hplan lacks are skipped."""
    out: dict[str, list[str]] = {}
    for label in labels:
        kind, args = COMMANDS[label]
        if available(hplan, args[0]):
            out[label] = [hplan, *args, kind]
        else:
            print(f"skipped {label}: this hplan has no `{args[0]}` command yet", file=sys.stderr)
    return out


def medians(commands: dict[str, list[str]], runs: int, cwd: Path) -> dict[str, float]:
    """Median ms of each command, alternated round by round; raises on a failing process."""
    times: dict[str, list[float]] = {label: [] for label in commands}
    for round_ in range(runs + 1):  # the first round warms the caches and is dropped
        for label, command in commands.items():
            seconds, code = run_once(command, cwd)
            if code != 0:
                raise RuntimeError(f"exit {code}: {' '.join(command)}")
            if round_:
                times[label].append(seconds)
    return {label: statistics.median(spent) * 1000 for label, spent in times.items()}


def report(figures: dict[str, float], count: int, size: int) -> None:
    base = figures.get("validate")
    print(f"{count} plans of {size} activities ({count * size} activities)")
    print(f"{'command':<16} {'median ms':>10} {'ms/plan':>8} {'x validate':>11}")
    for label, ms in figures.items():
        ratio = f"{ms / base:>10.2f}x" if base else f"{'-':>11}"
        print(f"{label:<16} {ms:>10.0f} {ms / count:>8.1f} {ratio}")
    if base and "status" in figures:
        verdict = "ok" if figures["status"] <= STATUS_TARGET * base else "OVER"
        print(f"status target: at most {STATUS_TARGET}x validate: {verdict}")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Time hplan over many plans at once.")
    parser.add_argument("--plans", type=int, default=100, help="number of plans (default 100)")
    parser.add_argument("--size", type=int, default=50, help="activities per plan (default 50)")
    parser.add_argument("--runs", type=int, default=7, help="timed runs per command")
    parser.add_argument("--commands", default="validate,validate-plain,status",
                        help=f"comma-separated, of {', '.join(COMMANDS)}")  # fmt: skip
    parser.add_argument("--hplan", help="hplan executable (default: next to this Python)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="write the plans to DIR")
    args = parser.parse_args(argv)
    args.commands = [c.strip() for c in args.commands.split(",") if c.strip()]
    unknown = [c for c in args.commands if c not in COMMANDS]
    if unknown or args.plans < 1 or args.size < 8:
        parser.error(f"choose commands of {', '.join(COMMANDS)}; --plans >= 1, --size >= 8")
    return args


def measure(args: argparse.Namespace, hplan: str, folder: Path) -> int:
    write_plans(folder, args.plans, args.size)
    commands = chosen(hplan, args.commands)
    try:
        figures = medians(commands, max(args.runs, 1), folder)
    except RuntimeError as exc:
        print(f"failed: {exc}", file=sys.stderr)
        return 1
    report(figures, args.plans, args.size)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    hplan = find_hplan(args.hplan)
    if hplan is None:
        print("hplan not found: install the project or pass --hplan", file=sys.stderr)
        return 2
    if args.keep is not None:
        return measure(args, hplan, args.keep)
    with tempfile.TemporaryDirectory() as folder:
        return measure(args, hplan, Path(folder))


if __name__ == "__main__":
    sys.exit(main())
