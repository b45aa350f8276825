"""English messages of the plans commands (merged into en.py's MESSAGES; keys stay
identical to the other language's, which a test checks)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {}
