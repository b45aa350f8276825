"""`hplan export`: a plan in a format other programs read. Today `ics` (calendars);
`xlsx` (spreadsheets) joins the closed set FORMATS later.

The plan is loaded as the views load it (view.load: one whose structure is broken is
refused with its diagnostics, exit 1; other errors are counted in a banner on standard
error) and written as they write: standard output, or `-o FILE`, a derived file
overwritten, a plan file never without --force.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from handlingsplan import i18n, planset
from handlingsplan.commands import EXIT_OK, view
from handlingsplan.config import Config
from handlingsplan.errors import HplanError

FORMATS = ("ics",)


@dataclass
class ExportOptions:
    common: view.Common


def run(opts: ExportOptions, config: Config) -> int:
    common = opts.common
    env_lang = i18n.choose(common.lang or config.language, None)
    view.check_format(common.fmt, FORMATS, env_lang)
    stamp = timestamp(os.environ.get("SOURCE_DATE_EPOCH"), env_lang)
    loaded = view.load(common, config)
    if isinstance(loaded, int):
        return loaded
    from handlingsplan.render import ics

    plan_id = planset.plan_id(loaded.plan, loaded.path) or "plan"
    text = ics.render(loaded.plan, ics.Spec(plan_id, loaded.lang, stamp))
    view.emit(text, common, loaded)
    return EXIT_OK


def timestamp(epoch: str | None, lang: str) -> dt.datetime:
    """DTSTAMP: SOURCE_DATE_EPOCH when set (reproducible builds' convention), else now;
    in UTC, to the second."""
    if epoch is None or epoch == "":
        return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    try:
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    except (ValueError, OverflowError, OSError):
        raise HplanError(i18n.t("export.bad_epoch", lang, value=epoch)) from None
