"""Swedish messages of `hplan export` (merged into sv.py's MESSAGES; keys stay
identical to the other language's, which a test checks)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "help.export": (
        "Exportera en plan till en kalender (ics: en heldagshändelse per aktivitet, "
        "milstolpe, daterad kommunikation och kontrollpunkt) eller ett kalkylblad (xlsx: "
        "planen, dess aktiviteter, mål, backlogg och brister, ett blad vardera, med "
        "kolumnerna från hplan table --format csv).\n\n"
        "Exempel:\n\n"
        "  hplan export plan.yaml --format ics -o plan.ics\n\n"
        "  hplan export plan.yaml --format xlsx -o plan.xlsx\n\n"
        "  SOURCE_DATE_EPOCH=0 hplan export plan.yaml -f ics --lang sv > plan.ics"
    ),
    "help.export_format": "Utformatet: ics (kalender) eller xlsx (kalkylblad). Krävs.",
    "export.binary_terminal": (
        "{format} är en binär fil och skrivs inte till en terminal: "
        "använd -o FIL, eller styr om standard ut till en fil"
    ),
    # en brists status, som ett kalkylblad visar den
    "value.open": "öppen",
    "value.closed": "åtgärdad",
    "value.accepted": "accepterad",
    "help.force_export": "Skriv över utfilen även om den är en planfil.",
    "export.bad_epoch": "SOURCE_DATE_EPOCH ska vara ett helt antal sekunder, inte {value}",
    "export.name_marked": "{title} [{marking}]",
    "export.marking": "Märkning: {marking}",
    "export.milestone_summary": "Milstolpe: {summary}",
    "export.activity": "Aktivitet",
    "export.milestone": "Milstolpe",
    "export.communication": "Kommunikation",
    "export.checkpoint": "Uppföljning (kontrollpunkt)",
    "export.checkpoint_of": "Kontrollpunkt för uppföljning av {title}",
    "export.followup_note": "Uppföljning: {note}",
    "export.responsible": "Ansvarig: {name}",
    "export.status": "Status: {status}",
    "export.status_progress": "Status: {status}, {progress} %",
    "export.priority": "Prioritet: {priority}",
    "export.dates": "Planerad: {start} till {end}",
    "export.forecast": "Beräknat slut: {date}",
    "export.goal": "Mål: {goal}",
    "export.message_to": "Till {audience}: {what}",
    "export.message": "Kommunikation: {what}",
    "export.of_activity": "Aktivitet {id}: {name}",
    # the sheets of a spreadsheet (sheet.py: export and import)
    "sheet.plan": "Plan",
    "sheet.activities": "Aktiviteter",
    "sheet.goals": "Mål",
    "sheet.backlog": "Backlogg",
    "sheet.gaps": "Brister",
    "sheet.column.id": "Id",
    "sheet.column.title": "Mål",
    "sheet.column.description": "Beskrivning",
    "sheet.column.target": "Tas upp",
    "sheet.column.control": "Säkerhetsåtgärd",
    "sheet.column.severity": "Allvarlighet",
    "sheet.column.status": "Status",
    "sheet.column.accepted_by": "Accepterad av",
    "sheet.column.accepted_date": "Accepterad datum",
    "sheet.column.note": "Anteckning",
    "sheet.column.plan_title": "Titel",
    "sheet.column.organisation": "Organisation",
    "sheet.column.unit": "Enhet",
    "sheet.column.plan_id": "Plan-id",
    "sheet.column.parent": "Överordnad plan",
    "sheet.column.owner": "Samordnare",
    "sheet.column.language": "Språk",
    "sheet.column.classification": "Klassificering",
    "sheet.column.period_start": "Periodens start",
    "sheet.column.period_end": "Periodens slut",
    "sheet.column.currency": "Valuta",
    "sheet.column.hour_rate": "Timpris",
    "sheet.column.budget_money": "Budget pengar",
    "sheet.column.budget_hours": "Budget timmar",
    "sheet.column.contingency": "Reserv",
    "sheet.column.catalog": "Katalog",
    "sheet.column.catalog_titles": "Fil med rubriker",
    "sheet.column.checkpoints": "Uppföljningstillfällen",
}
