"""Reading a plan as it was in a git revision (`REV:path`), through the git command line.

`git show REV:./NAME` is run in the folder of the path (the nearest one that exists, so
a file since deleted is still found), so the path is read relative to where the user
stands, as in the working tree. Failures are HplanError (exit 1) with a message in the
user's language: git missing, not a repository, an unknown revision or path.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from handlingsplan import i18n
from handlingsplan.errors import HplanError

_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")
TIMEOUT = 60


@dataclass(frozen=True)
class Commit:
    """A commit that touched a file, and the file's path in it (from the top of the work
    tree: the file may have been moved since)."""

    hash: str
    short: str
    date: str  # the commit date, YYYY-MM-DD
    path: str


class GitFailed(Exception):
    """git ran and said no (not a repository, an unknown path): its first line."""


@dataclass(frozen=True)
class Revision:
    rev: str
    path: str


def split(side: str) -> Revision | None:
    """`REV:path` read from git, or None for a file. A side is a file when it exists as
    one (a name with a colon in it), is `-`, or looks like a Windows path (`C:\\x`,
    `C:/x`); otherwise the first colon separates the revision from the path."""
    if side == "-" or ":" not in side or _DRIVE.match(side) or Path(side).is_file():
        return None
    rev, path = side.split(":", 1)
    return Revision(rev, path)


def _folder(path: Path) -> Path:
    folder = path.parent
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    return folder


def run(
    args: list[str], folder: Path, lang: str, messages: str = "diff"
) -> subprocess.CompletedProcess[bytes]:
    """`git -C folder args...`, in the C locale and never prompting. git missing or
    failing to start is HplanError (exit 1), said with `<messages>.git_missing` and
    `<messages>.git_failed`: each command words it for what it was doing."""
    env = {**os.environ, "LC_ALL": "C", "GIT_TERMINAL_PROMPT": "0"}
    try:
        return subprocess.run(["git", "-C", str(folder), *args], capture_output=True,
                              env=env, timeout=TIMEOUT, check=False)  # fmt: skip
    except FileNotFoundError:
        raise HplanError(i18n.t(f"{messages}.git_missing", lang), exit_code=1) from None
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise HplanError(i18n.t(f"{messages}.git_failed", lang, reason=str(exc)), 1) from None


def locate(path: str) -> tuple[Path, str]:
    """The folder git is run in for `path` (the nearest existing one) and the path
    relative to it, with `/` as git wants on every system."""
    target = Path(os.path.abspath(os.path.expanduser(path or ".")))
    folder = _folder(target)
    return folder, os.path.relpath(target, folder).replace(os.sep, "/")


def read(revision: Revision, lang: str) -> str:
    """The text of `revision.path` in `revision.rev`, or HplanError (exit 1)."""
    folder, relative = locate(revision.path)
    shown = f"{revision.rev}:{revision.path}"
    probe = run(["rev-parse", "--git-dir"], folder, lang)
    if probe.returncode != 0:
        raise HplanError(i18n.t("diff.not_repository", lang, side=shown, folder=str(folder)), 1)
    done = run(["show", f"{revision.rev}:./{relative}"], folder, lang)
    if done.returncode != 0:
        reason = _reason(done.stderr)
        raise HplanError(i18n.t("diff.git_cannot_read", lang, side=shown, reason=reason), 1)
    try:
        return done.stdout.decode("utf-8")
    except UnicodeDecodeError:
        raise HplanError(i18n.t("diff.not_utf8", lang, side=shown), 1) from None


def _reason(stderr: bytes) -> str:
    """git's own message, first line, without `fatal: `."""
    lines = stderr.decode("utf-8", "replace").strip().splitlines()
    first = lines[0] if lines else ""
    return first.removeprefix("fatal: ").strip()


_MARK = "\0"  # starts each commit's record: no path can hold a NUL byte


def log(path: str, lang: str, messages: str, *options: str) -> list[Commit]:
    """The commits that touched `path`, newest first, followed across renames, with the
    path in each; `options` narrow them (`-S TEXT`). git missing is HplanError, git
    refusing GitFailed. Paths come unquoted (core.quotePath off): git would otherwise
    write `åtgärdsplan.yaml` as "\\303\\245tg...", which `git show` cannot read back."""
    folder, relative = locate(path)
    done = run(["-c", "core.quotePath=false", "log", "--follow", "--name-only",
                "--format=%x00%H %h %cs", *options, "--", relative], folder, lang, messages)  # fmt: skip
    if done.returncode != 0:
        raise GitFailed(_reason(done.stderr))
    found = []
    for record in done.stdout.decode("utf-8", "replace").split(_MARK)[1:]:
        lines = [line for line in record.splitlines() if line.strip()]
        head = lines[0].split() if lines else []
        if len(lines) >= 2 and len(head) == 3:
            found.append(Commit(head[0], head[1], head[2], lines[-1].strip()))
    return found


def show(path: str, commit: Commit, lang: str, messages: str) -> bytes | None:
    """The file as `commit` holds it (at `commit.path`), or None when git cannot show it."""
    # `REV:name` without `./` is read from the top of the tree, as `log` names it
    done = run(["show", f"{commit.hash}:{commit.path}"], locate(path)[0], lang, messages)
    return done.stdout if done.returncode == 0 else None
