"""`hplan history PLAN`: how each activity's end date moved and its status changed, read
from the file's git history through the git command line.

`git log --follow` in the file's folder names the commits (and the path in each, so a
renamed file is followed); each version is read with `git show REV:path`. Outside a
repository, or without git, a clear message and exit 1. A version that does not parse is
skipped with a note on standard error.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from handlingsplan import gitread, i18n
from handlingsplan.commands import EXIT_FINDINGS, EXIT_OK, view
from handlingsplan.config import Config
from handlingsplan.diagnostics import Severity
from handlingsplan.errors import HplanError
from handlingsplan.history import Version
from handlingsplan.pipeline import validate_text

FORMATS = ("text", "markdown", "json")


def commits(plan: str, lang: str) -> list[gitread.Commit]:
    """Every commit that touched `plan`, newest first, with the path in each."""
    folder = Path(os.path.abspath(os.path.expanduser(plan))).parent
    if not folder.is_dir():
        raise HplanError(i18n.t("history.no_folder", lang, path=plan), 1)
    probe = gitread.run(["rev-parse", "--show-toplevel"], folder, lang, "history")
    if probe.returncode != 0:
        raise HplanError(i18n.t("history.not_repository", lang, path=plan, folder=str(folder)), 1)
    try:
        return gitread.log(plan, lang, "history")
    except gitread.GitFailed as exc:
        raise HplanError(i18n.t("history.git_failed", lang, reason=str(exc)), 1) from None


def versions(plan: str, lang: str) -> tuple[list[Version], str | None]:
    """The plan's parsed versions, oldest first, and the newest one's language."""
    found = commits(plan, lang)
    if not found:
        raise HplanError(i18n.t("history.no_commits", lang, path=plan), 1)
    result: list[Version] = []
    newest: str | None = None
    for commit in found:
        data = gitread.show(plan, commit, lang, "history")
        parsed = None
        if data is not None:
            try:
                parsed = validate_text(data.decode("utf-8"), plan)
            except UnicodeDecodeError:
                parsed = None
        broken = parsed is None or any(
            d.severity is Severity.ERROR and view.structural(d) for d in parsed.diagnostics
        )
        if parsed is None or broken or parsed.plan is None or parsed.plan.header is None:
            said = i18n.t("history.skipped", lang, commit=commit.short, date=commit.date)
            print(said, file=sys.stderr)
            continue
        if newest is None:
            newest = parsed.language
        result.append(Version(commit.hash, commit.short, commit.date, parsed.plan))
    result.reverse()
    return result, newest


def run(plan: str, fmt: str, slip: int, language: str | None, config: Config) -> int:
    from handlingsplan.history import history
    from handlingsplan.render import history as render

    env_lang = i18n.choose(language or config.language, None)
    view.check_format(fmt, FORMATS, env_lang)
    if slip < 0:
        raise HplanError(i18n.t("history.bad_slip", env_lang, value=slip))
    found, newest = versions(plan, env_lang)
    if not found:
        print(i18n.t("history.nothing_parses", env_lang, path=plan), file=sys.stderr)
        return EXIT_FINDINGS
    lang = i18n.choose(language or config.language, newest)
    page = render.Page(plan, found, history(found), slip, lang)
    renderers = {"text": render.text, "markdown": render.markdown, "json": render.as_json}
    sys.stdout.write(renderers[fmt](page))
    return EXIT_OK
