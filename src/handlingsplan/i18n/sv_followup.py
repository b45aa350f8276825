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
    # --- hplan status
    "help.status": "Var varje plan står en viss dag: varje aktivitets läge, avvikelser först, mål, pengar och timmar, nästa kontrollpunkt och vad som är nära.",
    "help.status_format": "Utdataformat: text eller json.",
    "help.status_today": "Uppföljningsdagen, ÅÅÅÅ-MM-DD (förval: i dag).",
    "help.tolerance": "Hur många procentenheter en pågående aktivitet får släpa efter den andel av tiden som gått innan den ligger efter (förval 15).",
    "help.horizon": "Antal dagar framåt att visa vad som börjar eller slutar (förval 30).",
    "help.report": "En rapport till ledningens genomgång om planerna (markdown eller en fristående html-fil).",
    "help.report_format": "Utdataformat: markdown eller html.",
    "help.plans": "Planfiler eller mappar med planfiler, eller - för standard in.",
    "metavar.plans": "PLAN...",
    "metavar.points": "ENHETER",
    "metavar.days": "DAGAR",
    "view.one_plan_format": "--format {format} rymmer en plan; ange en planfil, eller kör en gång per plan",
    "status.bad_tolerance": "--tolerance ska vara mellan 0 och 100 procentenheter, inte {value}",
    "status.bad_horizon": "--horizon ska vara mellan 0 och 3660 dagar, inte {value}",
    "status.as_of": "Läget den {date}",
    "status.day_of": "(dag {day} av {days})",
    "status.filtered": "Bara de aktiviteter som filtren behåller räknas.",
    "status.no_activities": "Inga aktiviteter att följa upp.",
    "status.states": "Läge: {states}",
    "status.done_no_hours": "Klart: {done} av {of} aktiviteter ({share})",
    "status.done": "Klart: {done} av {of} aktiviteter ({share}), {hours} av de planerade timmarna",
    "status.count.overdue": "{count} försenade",
    "status.count.behind": "{count} ligger efter",
    "status.count.late_start": "{count} sen start",
    "status.count.paused": "{count} pausade",
    "status.count.delayed": "{count} med senare prognos",
    "status.count.on_track": "{count} enligt plan",
    "status.count.not_started": "{count} ej påbörjade",
    "status.count.done": "{count} klara",
    "status.count.postponed": "{count} uppskjutna",
    "status.count.cancelled": "{count} avbrutna",
    "status.heading.overdue": "Försenade ({count})",
    "status.heading.behind": "Ligger efter ({count})",
    "status.heading.late_start": "Sen start ({count})",
    "status.heading.paused": "Pausade ({count})",
    "status.heading.delayed": "Senare prognos: väntas bli klara efter slutdatum ({count})",
    "status.heading.on_track": "Enligt plan ({count})",
    "status.heading.not_started": "Ej påbörjade ({count})",
    "status.heading.done": "Klara ({count})",
    "status.heading.postponed": "Uppskjutna ({count})",
    "status.heading.cancelled": "Avbrutna ({count})",
    "status.detail.overdue": "{days} dagar efter slutdatum {end}, {progress} klar",
    "status.detail.behind": "{progress} klar när {elapsed} av tiden har gått, slutar {end}",
    "status.detail.late_start": "skulle ha börjat {start} ({days} dagar sedan)",
    "status.detail.paused": "pausad vid {progress}, slutar {end}",
    "status.detail.delayed": "prognos {forecast} i stället för {end} (+{days} dagar), {progress} klar",
    "status.detail.on_track": "{progress} klar, {elapsed} av tiden har gått, slutar {end}",
    "status.detail.not_started": "börjar {start}, slutar {end}",
    "status.detail.postponed": "var planerad {start} – {end}",
    "status.detail.cancelled": "var planerad {start} – {end}",
    "status.detail.done_undated": "klar (inget datum i `completed`)",
    "status.detail.done_on_time": "klar {date}, på slutdatum",
    "status.detail.done_early": "klar {date}, {days} dagar före slutdatum {end}",
    "status.detail.done_late": "klar {date}, {days} dagar efter slutdatum {end}",
    "status.goals": "Mål",
    "status.money": "Pengar och timmar",
    "status.unit.money": "Pengar",
    "status.unit.hours": "Timmar",
    "status.planned": "planerat {amount}",
    "status.spent": "förbrukat {amount}",
    "status.budget": "budget {amount} ({available} utan reserven)",
    "status.checkpoint": "Nästa kontrollpunkt: {date} (om {days} dagar)",
    "status.no_checkpoint": "Ingen kontrollpunkt framöver i planen (plan.checkpoints).",
    "status.due": "Ska vara klart till dess: {items}",
    "status.horizon": "Inom {days} dagar",
    "status.starting": "Börjar: {items}",
    "status.ending": "Slutar: {items}",
    "status.none": "inget",
    "status.detail.milestone": "milstolpe {start}",
    "status.count.overdue.one": "{count} försenad",
    "status.count.paused.one": "{count} pausad",
    "status.count.not_started.one": "{count} ej påbörjad",
    "status.count.done.one": "{count} klar",
    "status.count.postponed.one": "{count} uppskjuten",
    "status.count.cancelled.one": "{count} avbruten",
    # --- the group view
    "group.title": "Gruppen: {count} planer den {date}",
    "group.rolled_up": "inklusive de {count} planer som hör under den",
    "group.states": "aktiviteter {activities} · klara {done} · försenade {overdue} · ligger efter {behind} · senare prognos {delayed}",
    "group.budget": "budget {amount}",
    "group.gaps": "Öppna allvarliga och betydande brister ({count})",
    "group.addressed": "åtgärdas",
    "group.unaddressed": "inget åtgärdar den",
    "group.uncovered": "Säkerhetsåtgärder i {catalog} som ingen plans aktivitet täcker ({count}): {ids}",
    "group.no_shared_catalog": "Planerna använder olika åtgärdskataloger, så det finns ingen gemensam lista över åtgärder att täcka.",
    "group.shared": "Säkerhetsåtgärder som flera planer täcker ({count}; information, inget fel):",
}
