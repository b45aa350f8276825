"""Check Mermaid text with the real Mermaid engine: `node tests/mermaid/inspect.mjs`.

mermaid and jsdom are pinned in tests/mermaid/package.json and package-lock.json; the first
call of `ensure()` in a session runs `npm ci` there if tests/mermaid/node_modules is missing.
Without node/npm (or if `npm ci` fails) the calling test is skipped, except when the
environment variable CI is set (e.g. CI=true): then it fails, since CI must run these checks.

    ensure()                  # skip/fail as above; cheap after the first call
    inspect(text)             # -> dict, one diagram
    inspect_many([t1, t2])    # -> list[dict], one node start for all (about 1.1 s per start
                              #    with the mermaid import; each further diagram ~10 ms)

What the dicts hold is documented at the top of tests/mermaid/inspect.mjs. In short, a gantt
gives {"type": "gantt", "title", "dateFormat", "inclusiveEndDates", "tasks": [{"id", "task",
"section", "start", "end", "milestone", "classes", "raw": {...}}]}, a flowchart gives
{"type": "flowchart", "direction", "vertices", "edges", "classDefs"}, and text mermaid
rejects gives {"error": message}.

End dates, found empirically with mermaid 11.17.2 (pinned by test_mermaid_engine.py):
"end" is the date of mermaid's own endTime, which is EXCLUSIVE. `X : a1, 2027-02-01,
2027-05-31` gives start 2027-02-01, end 2027-05-31 (00:00), so the bar stops where May 31
begins and May 31 is not covered. With `inclusiveEndDates` mermaid adds one day to an
explicit end date: end becomes 2027-06-01 (the NEXT day), and the bar covers May 31. A
duration (`30d`, `1d`) is unaffected: start + duration either way, and a milestone with `0d`
has end == start. A task that is `after` an inclusive-end task starts on that next day.
So an exporter that means "last day = D" writes D with `inclusiveEndDates`, or D + 1 without.

Text, found empirically (see the escaping tests): mermaid turns `#58;` `#35;` `#59;` (any
`#name;` or `#123;`) into the characters `:` `#` `;` when the SVG is shown; "task"/"text"/
"title" in the results are that shown text. In a gantt task name a raw `:` is NOT safe: it
ends the name, and `Colon: here : a1, ...` silently becomes the task "Colon" with the id
"here : a1". A raw `;` or `#` survives on its own, but `#12;` (a `#`, a word, a `;`) is read
as an entity code, so escape all three. A gantt `title` line keeps raw `:` `#` `;` and also
decodes the escaped forms. A frontmatter `title:` is YAML (quote it) and is NOT decoded.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Any

import pytest

MERMAID_DIR = Path(__file__).resolve().parent.parent / "mermaid"
SCRIPT = MERMAID_DIR / "inspect.mjs"
NODE_MODULES = MERMAID_DIR / "node_modules"
TIMEOUT = 60  # seconds for one node run
NPM_CI_TIMEOUT = 600
MIN_NODE = (20, 19)  # jsdom 29 wants ^20.19 || ^22.13 || >=24

_lock = threading.Lock()
_checked: str | None = None  # "" when ready, else why not; None: not checked yet


def in_ci() -> bool:
    """CI is set to something other than an empty/false value (GitHub and GitLab set "true")."""
    return os.environ.get("CI", "").strip().lower() not in {"", "0", "false", "no"}


def _node_problem() -> str:
    """Why node/npm cannot be used here, or "" if they can."""
    node, npm = shutil.which("node"), shutil.which("npm")
    missing = [name for name, path in (("node", node), ("npm", npm)) if path is None]
    if missing:
        return f"{' and '.join(missing)} not found on PATH (the Mermaid checks need Node.js)"
    try:
        version = subprocess.run(
            ["node", "--version"], capture_output=True, text=True, timeout=TIMEOUT, check=True
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError) as exc:
        return f"`node --version` failed: {exc}"
    match = re.match(r"v(\d+)\.(\d+)", version)
    if match is None or (int(match[1]), int(match[2])) < MIN_NODE:
        return (
            f"node {version} is too old, the Mermaid checks need >= {'.'.join(map(str, MIN_NODE))}"
        )
    return ""


def _npm_ci() -> str:
    """Install the pinned packages into tests/mermaid/node_modules; "" on success."""
    try:
        done = subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund", "--silent"],
            cwd=MERMAID_DIR,
            capture_output=True,
            text=True,
            timeout=NPM_CI_TIMEOUT,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return f"`npm ci` in {MERMAID_DIR} failed: {exc}"
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip()[-2000:]
        return f"`npm ci` in {MERMAID_DIR} exited {done.returncode}: {tail}"
    return ""


def _installed() -> bool:
    return all((NODE_MODULES / name / "package.json").is_file() for name in ("mermaid", "jsdom"))


def _check() -> str:
    """Check node/npm and install the packages, once per session; "" when ready."""
    global _checked
    with _lock:
        if _checked is None:
            problem = _node_problem()
            if not problem and not _installed():
                problem = _npm_ci()
                if not problem and not _installed():
                    problem = f"`npm ci` left no mermaid/jsdom in {NODE_MODULES}"
            _checked = problem
        return _checked


def available() -> bool:
    """node/npm are usable and mermaid is installed (running `npm ci` first if needed)."""
    return _check() == ""


def ensure() -> None:
    """Skip the calling test if the Mermaid engine cannot run here; fail instead in CI."""
    problem = _check()
    if not problem:
        return
    if in_ci():
        pytest.fail(f"{problem}; node and npm are required in CI (CI is set)", pytrace=False)
    pytest.skip(problem)


def _run(stdin: str) -> Any:
    ensure()
    env = {**os.environ, "TZ": "UTC"}
    try:
        done = subprocess.run(
            ["node", str(SCRIPT)],
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            cwd=MERMAID_DIR,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired as exc:
        raise RuntimeError(f"node {SCRIPT.name} took more than {TIMEOUT} s") from exc
    try:
        return json.loads(done.stdout)
    except json.JSONDecodeError:
        raise RuntimeError(
            f"node {SCRIPT.name} exited {done.returncode} without JSON on stdout.\n"
            f"stdout: {done.stdout[-2000:]}\nstderr: {done.stderr[-4000:]}"
        ) from None


def inspect(text: str) -> dict[str, Any]:
    """What mermaid makes of one diagram; {"error": message} if mermaid rejects it."""
    if text.lstrip().startswith("["):
        # inspect.mjs would take it for a JSON batch; no Mermaid diagram starts with "[".
        return inspect_many([text])[0]
    result = _run(text)
    if not isinstance(result, dict):
        raise RuntimeError(f"expected a JSON object from {SCRIPT.name}, got {result!r}")
    return result


def inspect_many(texts: list[str]) -> list[dict[str, Any]]:
    """inspect() for each text, in one node run. Errors come back per item as {"error": ...}."""
    if not texts:
        return []
    result = _run(json.dumps(texts))
    if not isinstance(result, list) or len(result) != len(texts):
        raise RuntimeError(f"expected a JSON array of {len(texts)} results, got {result!r}")
    return result
