"""`hplan schema`: the JSON Schema of the plan format, for editors."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from handlingsplan import i18n, options, yamlio
from handlingsplan.commands import EXIT_OK
from handlingsplan.errors import HplanError


def run(output: str | None, force: bool = False, lang: str = "en") -> int:
    from handlingsplan.jsonschema import plan_schema

    text = json.dumps(plan_schema(), ensure_ascii=False, indent=2) + "\n"
    if output is None:
        sys.stdout.write(text)
        return EXIT_OK
    target = Path(output)
    if target.is_file() and options.is_plan_file(target) and not force:
        # A derived file may be overwritten; a plan never without --force.
        raise HplanError(i18n.t("cli.would_overwrite_plan", lang, path=output), exit_code=1)
    try:
        yamlio.atomic_write(output, text)
    except OSError as exc:
        raise HplanError(
            i18n.t("cli.cannot_write", lang, path=output, reason=exc.strerror or str(exc))
        ) from None
    return EXIT_OK
