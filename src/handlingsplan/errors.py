"""The one exception type for failures of the environment or of the command line.

Findings in a plan are never exceptions: they are Diagnostic values. HplanError is for
what stops a command from running at all (an unreadable hplan.toml, a bad option value),
and cli.py is the one place that catches it.
"""

from __future__ import annotations


class HplanError(Exception):
    """A usage or environment failure; `message` is already in the user's language."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code
