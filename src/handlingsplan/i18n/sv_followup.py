"""Swedish messages of the follow-up commands (status, validate --today), merged into
sv.py's MESSAGES; keys stay identical to the English ones, which a test checks."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "help.validate_today": "uppföljningsdagen (ÅÅÅÅ-MM-DD): rapportera också försenade och sena aktiviteter (HP601–HP604)",
    # --- HP6xx uppföljning en given dag
    "HP601": "skulle vara klar {date} men är inte klar ({days} dagar försenad den {today})",
    "HP601.one": "skulle vara klar {date} men är inte klar (1 dag försenad den {today})",
    "hint.HP601": "för in vad som hänt: status klar med `completed`, ett nytt `forecast_end`, eller ett beslut att skjuta upp eller avbryta den",
    "HP602": "skulle börja {date} men är fortfarande planerad ({days} dagar sen)",
    "HP602.one": "skulle börja {date} men är fortfarande planerad (1 dag sen)",
    "hint.HP602": "sätt status pågående om arbetet har börjat, eller kom överens om en ny start med dem som fastställde planen",
    "HP603": "är klar till {progress} % när {elapsed} % av tiden har gått",
    "hint.HP603": "uppdatera `progress`, eller för in det väntade slutet i `forecast_end`",
    "HP604": "väntas bli klar {date}, efter planperiodens slut ({limit})",
    "hint.HP604": "en större avvikelse: ta upp den med ledningen (resurser, avgränsning, eller för över resten till nästa period)",
    "explain.HP601": """En aktivitet skulle ha varit klar men är inte klar.

Rapporteras bara med `--today`. Slutdatumet är `end`, eller `forecast_end` när den är
senare. Avbrutna och uppskjutna aktiviteter rapporteras inte. Lösning: för in vad som
hänt: status klar med `completed`, ett nytt `forecast_end`, eller ett beslut att skjuta
upp eller avbryta aktiviteten.""",
    "explain.HP602": """En aktivitets startdatum har passerats men den är fortfarande planerad.

Rapporteras bara med `--today`. Lösning: sätt status pågående (med hur långt den kommit)
om arbetet har börjat, eller kom överens om en ny start med dem som fastställde planen.""",
    "explain.HP603": """En pågående aktivitet ligger efter: hur långt den kommit släpar efter den
andel av tiden som gått med mer än 15 procentenheter.

Rapporteras bara med `--today`. Andelen tid är den del av start..end som ligger före
uppföljningsdagen; saknas `progress` räknas den som 0. Lösning: uppdatera `progress`,
eller för in det väntade slutet i `forecast_end`.""",
    "explain.HP604": """En aktivitet som inte är klar väntas bli klar efter planperiodens slut.

Rapporteras bara med `--today`. Arbetet blir inte klart inom den period som ledningen
beslutade om: en större avvikelse att rapportera. Lösning: ta upp den med ledningen: mer
resurser, en snävare avgränsning, eller att resten förs över till nästa periods plan.""",
}
