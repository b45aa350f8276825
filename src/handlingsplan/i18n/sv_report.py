"""Swedish messages of the report commands (merged into sv.py's MESSAGES; keys stay
identical to the other language's, which a test checks)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {}
