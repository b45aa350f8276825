"""hplan: information security action plans (handlingsplaner) as YAML, checked like code.

The package root stays import-light on purpose: the console script imports it before it
knows which command runs, and `hplan --version` must not pay for pydantic or networkx.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
FORMAT_VERSION = 1

if TYPE_CHECKING:
    from handlingsplan.model import Plan
    from handlingsplan.pipeline import FileResult

__all__ = ["FORMAT_VERSION", "__version__", "load_plan", "validate"]


def load_plan(path: str) -> Plan | None:
    """Read and schema-check one plan file; None when it has errors (see `validate`)."""
    from handlingsplan.pipeline import validate_path

    result = validate_path(path, semantic=False)
    return result.plan if not result.has_errors else None


def validate(path: str, **options: Any) -> FileResult:
    """Run every check on one plan file and return its diagnostics."""
    from handlingsplan.pipeline import validate_path

    return validate_path(path, **options)
