"""Swedish messages of `hplan init` (merged into sv.py's MESSAGES; keys stay
identical to the other language's, which a test checks)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "help.init": "Skriv en startplan att fylla i: ett giltigt utkast vars kommentarer förklarar varje del av formatet, med ett exempel på mål, aktivitet och backloggpost. Skriver aldrig över en fil.",
    "help.init_file": "Planfilen som ska skrivas, eller - för standard ut. Förval: handlingsplan-ÅR.yaml (action-plan-ÅR.yaml på engelska).",
    "help.init_organisation": "Organisationen som planen gäller.",
    "help.init_year": "Året som planen gäller, 2000-2100. Förval: nästa år (planen tas fram på hösten).",
    "help.init_unit": "Den del av organisationen som planen gäller, för en delplan.",
    "help.init_lang": "Språket i planen och dess kommentarer: sv eller en (förval: hplan.toml, annars LANG, annars en).",
    "metavar.year": "ÅR",
    "examples.init": "  hplan init --organisation Exempelkommunen\n  hplan init --lang sv --organisation Exempelkommunen --year 2028 --unit IT-avdelningen it-2028.yaml",
    "init.exists": "{path} finns redan; hplan init skriver aldrig över en fil (ange ett annat filnamn, eller - för standard ut)",
    "init.bad_year": "--year {value!r} är inte ett år från {first} till {last}",
    "init.no_organisation": "--organisation får inte vara tom",
    "init.written": "Skrev {path}: ett utkast till plan för {year}. Fyll i den och kontrollera den sedan med: {command}",
    "init.bug": "hplan gjorde en startplan som inte validerar och skrev ingenting: det är ett fel i hplan; rapportera det gärna med kommandoraden du använde.",
}
