"""`hplan schema`: the JSON Schema of the plan format, for editors."""

from __future__ import annotations

import json
import sys

from handlingsplan.commands import EXIT_OK, view


def run(output: str | None, force: bool = False, lang: str = "en") -> int:
    from handlingsplan.jsonschema import plan_schema

    text = json.dumps(plan_schema(), ensure_ascii=False, indent=2) + "\n"
    if output is None:
        sys.stdout.write(text)
        return EXIT_OK
    view.write(output, text, force, lang)
    return EXIT_OK
