"""Swedish messages of `hplan history` (merged into sv.py's MESSAGES; keys stay
identical to the other language's, which a test checks)."""

from __future__ import annotations

# fmt: off
MESSAGES: dict[str, str] = {
    "help.history": "Visa för varje aktivitet hur slutdatumet flyttats och när statusen ändrats, commit för commit, ur planfilens historik i git. Aktiviteter vars slut sammanlagt glidit mer än --slip dagar visas först, markerade med !. Slutkod 0; 1 utanför ett git-förråd.",
    "help.history_plan": "Planfilen, i ett git-förråd.",
    "help.history_slip": "Markera aktiviteter vars slut sammanlagt glidit mer än så många dagar (standard 30).",
    "help.history_format": "Utdata: text (standard), markdown eller json.",
    "examples.history": "  hplan history plan.yaml\n  hplan history plan.yaml --slip 14 --format markdown",
    "history.title": "Slutdatum och status över tid: {path}",
    "history.versions": "{count} versioner i git, {first} – {last}.",
    "history.slipped": "Har sammanlagt glidit mer än {days} dagar: {ids}.",
    "history.none_slipped": "Ingen aktivitet har sammanlagt glidit mer än {days} dagar.",
    "history.no_changes": "Inget slutdatum har flyttats och ingen status ändrats.",
    "history.move": "{date} {commit}  slut {old} → {new} ({days})",
    "history.status": "{date} {commit}  status {old} → {new}",
    "history.total": "slut {first} → {last} sammanlagt ({days})",
    "history.end_kept": "slut {end} oförändrat",
    "history.skipped": "Hoppade över versionen från {date} ({commit}): den kan inte läsas som en plan.",
    "history.nothing_parses": "{path}: ingen version i git kan läsas som en plan.",
    "history.no_commits": "{path}: filen har ingen historik i git (inte incheckad än?).",
    "history.no_folder": "{path}: mappen finns inte.",
    "history.not_repository": "Kan inte läsa historiken för {path}: {folder} ligger inte i ett git-förråd.",
    "history.git_missing": "Kan inte läsa historiken ur git: kommandot git hittades inte. Installera git.",
    "history.git_failed": "Kan inte läsa historiken ur git: {reason}",
    "history.bad_slip": "--slip måste vara 0 dagar eller fler, inte {value}.",
}
# fmt: on
