"""Time whole `hplan` processes against the bare Python work they cannot avoid.

Each comparison runs two complete processes, alternating (a, b, a, b, ...) after one
warm-up each, and prints the medians and their ratio. Ratios measured in one run are
what to compare: these machines are noisy (~10%, outliers 30-50%), and alternating
spreads any drift over both sides evenly.

  validate N activities  `hplan validate benchmark-N.yaml` vs  a CSafeLoader `yaml.load` of it
  --version              `hplan --version`             vs  `python -c "import typer"`
  example                `hplan validate <example>`    vs  `python -c "import yaml, pydantic,
                                                            networkx, rich.console"`

Usage: python benchmarks/validate.py [--quick] [--sizes 100,1000,5000] [--runs 7]
                                     [--hplan PATH] [--example PATH] [--keep DIR]

Exit status: 0 measured; 1 some process exited non-zero (the figures are then not
meaningful, and the first lines of its output are shown); 2 hplan not found or a wrong
command line. A ratio over its target prints OVER but does not fail the run: a single
noisy measurement should not break a build.

Standard library and PyYAML only, so it runs before or without the package installed.
"""

from __future__ import annotations

import argparse
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import genplan  # beside this file: run as `python benchmarks/validate.py`
import yaml

DEFAULT_SIZES = (100, 1_000, 5_000)
QUICK_SIZES = (100, 1_000)
DEFAULT_RUNS = 7
QUICK_RUNS = 3
TARGET_SIZE = 5_000  # the acceptance target concerns this size only
VALIDATE_TARGET = 1.3
VERSION_TARGET = 1.0
EXAMPLE_TARGET = 1.5
SHOWN_LINES = 15  # how much of a failing process's output to show
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "handlingsplan-2027.yaml"
LOAD_CODE = "import sys, yaml; yaml.load(open(sys.argv[1], 'rb'), Loader=yaml.CSafeLoader)"
IMPORTS_CODE = "import yaml, pydantic, networkx, rich.console"


@dataclass(frozen=True)
class Comparison:
    """Two whole commands to time against each other, and the ratio a/b to stay under."""

    label: str
    hplan: list[str]
    baseline: list[str]
    target: float | None


@dataclass
class Timings:
    """Wall times (seconds) and exit codes of one side of a comparison."""

    seconds: list[float] = field(default_factory=list)
    codes: list[int] = field(default_factory=list)

    @property
    def median_ms(self) -> float:
        return statistics.median(self.seconds) * 1000

    @property
    def failed(self) -> bool:
        return any(code != 0 for code in self.codes)


@dataclass(frozen=True)
class Options:
    """The command line, with --quick already resolved into sizes and runs."""

    sizes: tuple[int, ...]
    runs: int
    hplan: str | None
    example: Path
    keep: Path | None


def parse_sizes(text: str) -> tuple[int, ...]:
    """`100,1000,5000` (underscores allowed) -> (100, 1000, 5000); argparse reports errors."""
    try:
        sizes = tuple(int(part.strip().replace("_", "")) for part in text.split(","))
    except ValueError:
        message = f"not a comma-separated list of numbers: {text!r}"
        raise argparse.ArgumentTypeError(message) from None
    if any(size < 1 for size in sizes):
        raise argparse.ArgumentTypeError("every size must be at least 1")
    return sizes


def parse_args(argv: Sequence[str] | None) -> Options:
    """Read options; explicit --sizes/--runs win over the --quick defaults."""
    parser = argparse.ArgumentParser(description="Time hplan processes against bare Python.")
    add = parser.add_argument
    add("--sizes", type=parse_sizes, help="activities per plan (default 100,1000,5000)")
    add("--runs", type=int, help=f"timed runs per command (default {DEFAULT_RUNS})")
    add("--quick", action="store_true", help="smoke check: sizes 100,1000 and 3 runs")
    add("--hplan", help="hplan executable (default: next to this Python, else on PATH)")
    add("--example", type=Path, default=EXAMPLE, help=f"plan to validate (default {EXAMPLE})")
    add("--keep", type=Path, metavar="DIR", help="write the plans to DIR and keep them")
    args = parser.parse_args(argv)
    runs = args.runs if args.runs is not None else (QUICK_RUNS if args.quick else DEFAULT_RUNS)
    if runs < 1:
        parser.error("--runs must be at least 1")
    sizes = args.sizes or (QUICK_SIZES if args.quick else DEFAULT_SIZES)
    return Options(sizes=sizes, runs=runs, hplan=args.hplan, example=args.example, keep=args.keep)


def find_hplan(given: str | None) -> str | None:
    """The hplan to time: the one given, else the console script of this Python's
    environment (so both sides use the same interpreter), else the first on PATH."""
    if given is not None:
        found = shutil.which(given)
    else:
        beside = str(Path(sys.executable).parent)
        found = shutil.which("hplan", path=beside) or shutil.which("hplan")
    # Absolute, because the processes run in the plans' folder, not here.
    return os.path.abspath(found) if found else None


def run_once(command: Sequence[str], cwd: Path) -> tuple[float, int]:
    """Wall time of one whole process, output discarded so the terminal costs nothing."""
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start, done.returncode


def measure(comparison: Comparison, runs: int, cwd: Path) -> tuple[Timings, Timings]:
    """One warm-up each (fills the file cache), then `runs` alternating pairs."""
    run_once(comparison.hplan, cwd)
    run_once(comparison.baseline, cwd)
    a, b = Timings(), Timings()
    for _ in range(runs):
        for side, command in ((a, comparison.hplan), (b, comparison.baseline)):
            seconds, code = run_once(command, cwd)
            side.seconds.append(seconds)
            side.codes.append(code)
    return a, b


def first_lines(command: Sequence[str], cwd: Path) -> str:
    """Run once more, capturing output, to show why a command failed."""
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, errors="replace")
    lines = (done.stdout + done.stderr).splitlines()[:SHOWN_LINES]
    return "\n".join("    " + line for line in lines) or "    (no output)"


def failure_kind(name: str, command: Sequence[str]) -> str:
    """`hplan validate` on every size, or one baseline's code, fails for one cause."""
    return f"{name} {command[1] if name == 'hplan' else command[2]}"


def warn_failures(
    comparison: Comparison, a: Timings, b: Timings, cwd: Path, explained: set[str]
) -> bool:
    """Warn when a side exited non-zero (its time measured a failure); show the output
    of each kind of failure once, so a broken generator is visible without a flood."""
    failed = False
    sides = (("hplan", a, comparison.hplan), ("baseline", b, comparison.baseline))
    for name, side, command in sides:
        if not side.failed:
            continue
        failed = True
        codes = sorted(set(side.codes))
        shown = shlex.join(command)
        print(f"WARNING: {comparison.label}: {name} exited {codes}: {shown}", file=sys.stderr)
        if failure_kind(name, command) not in explained:
            explained.add(failure_kind(name, command))
            print(first_lines(command, cwd), file=sys.stderr)
    return failed


def verdict(ratio: float, target: float | None) -> str:
    """The target beside the ratio, so a reader sees at once whether it holds."""
    if target is None:
        return "-"
    return f"<= {target:.2f}x  {'ok' if ratio <= target else 'OVER'}"


def row(label: str, a_ms: str, b_ms: str, ratio: str, target: str) -> str:
    """One line of the results table; the header uses the same widths."""
    return f"{label:<28} {a_ms:>10} {b_ms:>12} {ratio:>7}   {target}"


def report(comparison: Comparison, a: Timings, b: Timings) -> str:
    """The table line of one measured comparison."""
    ratio = a.median_ms / b.median_ms
    return row(
        comparison.label,
        f"{a.median_ms:.1f}",
        f"{b.median_ms:.1f}",
        f"{ratio:.2f}x",
        verdict(ratio, comparison.target),
    )


def hplan_version(hplan: str) -> str:
    """What `hplan --version` prints, for the header; never fails the run."""
    done = subprocess.run([hplan, "--version"], capture_output=True, text=True, errors="replace")
    lines = (done.stdout + done.stderr).strip().splitlines()
    return lines[0] if lines else "(no output)"


def environment_lines(hplan: str) -> list[str]:
    """What a reader needs to compare figures across machines."""
    libyaml = "yes" if getattr(yaml, "__with_libyaml__", False) else "NO (the load baseline fails)"
    return [
        f"python   {platform.python_version()} ({sys.executable})",
        f"machine  {platform.platform()} {platform.machine()}, {os.cpu_count()} cpus",
        f"pyyaml   {yaml.__version__}, libyaml {libyaml}",
        f"hplan    {hplan_version(hplan)} ({hplan})",
    ]


def write_plans(sizes: Sequence[int], folder: Path) -> list[tuple[int, Path]]:
    """Generate each plan once into `folder`; the generator is deterministic."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[tuple[int, Path]] = []
    for size in sizes:
        path = folder / f"benchmark-{size}.yaml"
        path.write_text(genplan.plan_text(genplan.generate(size)), encoding="utf-8")
        written.append((size, path))
    return written


def comparisons(hplan: str, plans: Sequence[tuple[int, Path]], example: Path) -> list[Comparison]:
    """Everything to time, in the order printed."""
    python = sys.executable
    found = [
        Comparison(
            f"validate {size:,} activities",
            [hplan, "validate", str(path)],
            [python, "-c", LOAD_CODE, str(path)],
            VALIDATE_TARGET if size == TARGET_SIZE else None,
        )
        for size, path in plans
    ]
    typer = [python, "-c", "import typer"]
    version = [hplan, "--version"]
    found.append(Comparison("--version vs import typer", version, typer, VERSION_TARGET))
    if example.is_file():
        imports = [python, "-c", IMPORTS_CODE]
        validate = [hplan, "validate", str(example)]
        found.append(Comparison("example vs imports", validate, imports, EXAMPLE_TARGET))
    else:
        note = f"note: no example plan at {example}; skipping that comparison (see --example)"
        print(note, file=sys.stderr)
    return found


def run_all(options: Options, hplan: str, folder: Path) -> int:
    """Generate, measure and print; 1 when any process failed, else 0."""
    plans = write_plans(options.sizes, folder)
    print("\n".join(environment_lines(hplan)))
    print(f"plans    {folder}; {options.runs} alternating runs each after a warm-up; medians\n")
    print(row("case", "hplan ms", "baseline ms", "ratio", "target"), flush=True)
    status = 0
    explained: set[str] = set()
    for comparison in comparisons(hplan, plans, options.example.resolve()):
        a, b = measure(comparison, options.runs, folder)
        print(report(comparison, a, b), flush=True)
        if warn_failures(comparison, a, b, folder, explained):
            status = 1
    print(f'\nbaselines: validate N = python -c "{LOAD_CODE}" FILE')
    print(f'           example    = python -c "{IMPORTS_CODE}"')
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Find hplan (exit 2 with a clear message when absent), then run in a folder."""
    options = parse_args(argv)
    hplan = find_hplan(options.hplan)
    if hplan is None:
        where = options.hplan or f"{Path(sys.executable).parent} or on PATH"
        print(
            f"error: no executable hplan found ({where}). Install the package "
            "(pip install -e .) or pass --hplan PATH.",
            file=sys.stderr,
        )
        return 2
    try:
        if options.keep is not None:
            return run_all(options, hplan, options.keep.resolve())
        with tempfile.TemporaryDirectory(prefix="hplan-bench-") as folder:
            return run_all(options, hplan, Path(folder))
    except OSError as error:  # e.g. --hplan names a file the system cannot execute
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
