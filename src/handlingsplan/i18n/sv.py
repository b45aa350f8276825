"""Swedish messages: the same keys as en.py (a test keeps them equal)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
}
