"""`hplan report`: a management-review report (ledningens genomgång) of one plan or
several, as markdown or as one self-contained html file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from handlingsplan import followup, i18n
from handlingsplan.commands import view
from handlingsplan.commands.status import check_settings
from handlingsplan.config import Config

if TYPE_CHECKING:
    from handlingsplan.render.report_model import Document

FORMATS = ("markdown", "html")


@dataclass
class ReportOptions:
    common: view.Common
    today: str | None = None
    tolerance: float = followup.TOLERANCE


def run(opts: ReportOptions, config: Config) -> int:
    common = opts.common
    env_lang = i18n.choose(common.lang or config.language, None)
    # The command line is checked before any plan is read: a wrong option is exit 2
    # whatever the plans hold.
    view.check_format(common.fmt, FORMATS, env_lang)
    check_settings(opts.tolerance, None, env_lang)
    today = view.as_of(opts.today, env_lang)
    every, code = view.load_all(common, config)
    if not every:
        return code
    from handlingsplan.render import report_build
    from handlingsplan.render.report_model import Document

    sections = [
        report_build.section(loaded.plan, loaded.lang, today, opts.tolerance, view.banner(loaded))
        for loaded in every
    ]
    if len(every) > 1:  # the group first: what management asks about several plans
        from handlingsplan.commands.status import group_of
        from handlingsplan.render import report_group

        group = group_of(every, today, opts.tolerance)
        sections.insert(0, report_group.section(group, every[0].lang))
    text = _render(Document(sections), common.fmt)
    # One document for them all; each plan's error banner still reaches standard error.
    view.emit_all([(loaded, "") for loaded in every], common, joined=text)
    return code


def _render(doc: Document, fmt: str) -> str:
    from handlingsplan.render import report_html, report_markdown

    return report_html.render(doc) if fmt == "html" else report_markdown.render(doc)
