"""`hplan export`: a plan in a format other programs read: `ics` (calendars) and
`xlsx` (spreadsheets).

The plan is loaded as the views load it (view.load: one whose structure is broken is
refused with its diagnostics, exit 1; other errors are counted in a banner on standard
error) and written as they write: standard output, or `-o FILE`, a derived file
overwritten, a plan file never without --force. A workbook is binary: it goes to
standard output only when that is not a terminal (a pipe, a redirect), and is refused
before the plan is read otherwise (exit 2), since bytes on a terminal help nobody.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from dataclasses import dataclass

from handlingsplan import i18n, planset, yamlio
from handlingsplan.commands import EXIT_OK, view
from handlingsplan.config import Config
from handlingsplan.errors import HplanError

FORMATS = ("ics", "xlsx")
BINARY = ("xlsx",)


@dataclass
class ExportOptions:
    common: view.Common


def run(opts: ExportOptions, config: Config) -> int:
    common = opts.common
    env_lang = i18n.choose(common.lang or config.language, None)
    view.check_format(common.fmt, FORMATS, env_lang)
    stamp = timestamp(os.environ.get("SOURCE_DATE_EPOCH"), env_lang)
    if common.fmt in BINARY and _to_stdout(common) and sys.stdout.isatty():
        raise HplanError(i18n.t("export.binary_terminal", env_lang, format=common.fmt))
    loaded = view.load(common, config)
    if isinstance(loaded, int):
        return loaded
    plan_id = planset.plan_id(loaded.plan, loaded.path) or "plan"
    if common.fmt == "xlsx":
        emit_bytes(_workbook(loaded, plan_id, stamp), common, loaded)
        return EXIT_OK
    from handlingsplan.render import ics

    text = ics.render(loaded.plan, ics.Spec(plan_id, loaded.lang, stamp))
    view.emit(text, common, loaded)
    return EXIT_OK


def _workbook(loaded: view.Loaded, plan_id: str, stamp: dt.datetime) -> bytes:
    # Imported here: openpyxl takes a while to load, and only this format needs it.
    from handlingsplan.render import xlsx

    spec = xlsx.Spec(loaded.lang, plan_id, stamp, view.marking(loaded.plan))
    return xlsx.render(loaded.plan, spec)


def _to_stdout(common: view.Common) -> bool:
    return common.output is None or common.output == yamlio.STDIN


def emit_bytes(data: bytes, common: view.Common, loaded: view.Loaded) -> None:
    """As view.emit, for a binary file: the error banner on standard error, the bytes
    on standard output (checked not to be a terminal) or in `-o FILE`."""
    notice = view.banner(loaded)
    if notice:
        print(notice, file=sys.stderr)
    if _to_stdout(common):
        sys.stdout.flush()  # text written before must not land inside the bytes
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    assert common.output is not None
    view.write(common.output, data, common.force, loaded.lang)


def timestamp(epoch: str | None, lang: str) -> dt.datetime:
    """DTSTAMP: SOURCE_DATE_EPOCH when set (reproducible builds' convention), else now;
    in UTC, to the second."""
    if epoch is None or epoch == "":
        return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    try:
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    except (ValueError, OverflowError, OSError):
        raise HplanError(i18n.t("export.bad_epoch", lang, value=epoch)) from None
