"""Swedish messages of `hplan controls` (merged into sv.py's MESSAGES; keys stay
identical to the other language's, which a test checks)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "help.controls": "Vilka säkerhetsåtgärder i planens katalog som dess aktiviteter och backlogg täcker, per tema, med bristerna på var och en.",
    "help.controls_format": "Utdataformat: text, csv, markdown eller json.",
    "help.titles": "En YAML-mappning från åtgärds-id till rubrik (ert licensierade exemplar av standarden); förval: plan.catalog_titles.",
    "help.controls_missing": "Bara säkerhetsåtgärder med en öppen betydande eller allvarlig brist och ingen aktivitet denna period.",
    "controls.no_catalog": "{path}: planen har ingen åtgärdskatalog att täcka (plan.catalog är none, eller dess id-lista kan inte läsas: hplan validate säger vilket)",
    "controls.title": "Säkerhetsåtgärder: {title} ({catalog})",
    "controls.summary": "{total} säkerhetsåtgärder: {period} åtgärdas denna period, {later} bara senare (backlogg eller uppskjutna), {none} åtgärdas inte; {missing} med en öppen betydande eller allvarlig brist utan aktivitet",
    "controls.none_missing": "Ingen säkerhetsåtgärd har en öppen betydande eller allvarlig brist utan aktivitet denna period.",
    "controls.unknown": "Anges i planen men finns inte i dess katalog (se HP403)",
    "controls.backlog": "backlogg",
    "controls.gap_closed": "åtgärdad",
    "controls.gap_accepted": "accepterad",
    "controls.state.period": "denna period",
    "controls.state.later": "senare",
    "controls.state.none": "åtgärdas inte",
    "controls.theme.organisational": "Organisatoriska säkerhetsåtgärder (5)",
    "controls.theme.people": "Personella säkerhetsåtgärder (6)",
    "controls.theme.physical": "Fysiska säkerhetsåtgärder (7)",
    "controls.theme.technological": "Tekniska säkerhetsåtgärder (8)",
    "controls.theme.other": "Säkerhetsåtgärder",
    "controls.theme.unknown": "Finns inte i katalogen",
    "controls.clause": "Avsnitt {clause}",
    "controls.work": "arbete",
    "controls.gaps": "brister",
    "controls.column.theme": "Tema",
    "controls.column.control": "Åtgärd",
    "controls.column.title": "Rubrik",
    "controls.column.state": "Läge",
    "controls.column.work": "Aktiviteter och backlogg",
    "controls.column.gaps": "Brister",
    "HP102.catalog_titles": "filen med åtgärdsrubriker `{path}` kan inte läsas som en YAML-mappning från åtgärds-id till rubrik",
    "hint.HP102.catalog_titles": 'skriv en YAML-mappning som `"5.15": Åtkomststyrning`, i en fil bredvid planen',
}
