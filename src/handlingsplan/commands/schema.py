"""`hplan schema`: the JSON Schema of the plan format, for editors."""

from __future__ import annotations

import json
import sys

from handlingsplan.commands import EXIT_OK


def run(output: str | None) -> int:
    from handlingsplan.jsonschema import plan_schema

    text = json.dumps(plan_schema(), ensure_ascii=False, indent=2) + "\n"
    if output is None:
        sys.stdout.write(text)
    else:
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(text)
    return EXIT_OK
