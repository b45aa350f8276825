"""Swedish messages of `hplan adopt` (merged into sv.py's MESSAGES; keys stay
identical to the other language's, which a test checks)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "help.adopt": (
        "Dokumentera att ledningen har fastställt planen: plan.decision (eller, med "
        "--revision, en beslutad justering i plan.revisions) med kontrollsumman för det "
        "beslutade innehållet, ändrat på plats så att kommentarer och layout finns kvar."
    ),
    "help.adopt_plan": "Planfilen som ändras på plats.",
    "help.adopt_by": "Organet som beslutade (Kommunstyrelsen, styrelsen).",
    "help.adopt_date": "Beslutsdatum, ÅÅÅÅ-MM-DD.",
    "help.adopt_reference": "Beslutets diarienummer eller paragraf (KS 2026/412).",
    "help.adopt_revision": "Lägg i stället till en beslutad justering i plan.revisions.",
    "help.adopt_note": "Vad revideringen ändrade (krävs med --revision).",
    "metavar.adopt_body": "ORGAN",
    "metavar.adopt_reference": "REF",
    "metavar.adopt_text": "TEXT",
    "adopt.adopted": "{path}: fastställd av {by} {date}; plan.decision skriven med kontrollsumma {digest}",
    "adopt.revised": "{path}: revidering av {by} {date} tillagd i plan.revisions med kontrollsumma {digest}",
    "adopt.refused": "{path}: inte fastställd: rätta felen först (inget skrevs)",
    "adopt.already": "{path} fastställdes redan {date}: dokumentera en senare beslutad ändring med --revision --note TEXT",
    "adopt.no_decision": "{path} har inget beslut än: fastställ den utan --revision först",
    "adopt.bad_date": "--date: {value!r} är inget datum (ÅÅÅÅ-MM-DD)",
    "adopt.empty_by": "--by: ange organet som beslutade",
    "adopt.note_without_revision": "--note hör till en revidering: lägg till --revision",
    "adopt.revision_needs_note": "--revision kräver --note TEXT som säger vad som ändrades",
    "adopt.stdin": "adopt ändrar en planfil på plats: ange en fil, inte -",
    "adopt.layout": "plan.revisions är skriven som flödeslista ([...]): skriv den som blocklista (- ...) och försök igen",
    "adopt.bug": "hplan adopt: den ändrade planen validerade inte eller fick en annan kontrollsumma (ett fel i hplan); inget skrevs",
    "HP504": "det beslutade innehållet har ändrats efter beslutet {date} (kontrollsumman stämmer inte längre)",
    "hint.HP504": "se vad som ändrats sedan den fastställda versionen (git log -p, eller hplan diff mellan den committen och nu); låt ändringen beslutas (hplan adopt --revision) eller ångra den",
    "HP504.since": "det beslutade innehållet har ändrats efter beslutet {date}; sedan {commit} ({day}), committen som skrev kontrollsumman: {changes}",
    "hint.HP504.since": "se alla ändringar med: hplan diff {old} {path}; låt ändringen beslutas (hplan adopt --revision) eller ångra den",
    "HP504.change.added": "tillagda {ids}",
    "HP504.change.from_backlog": "hämtade från backloggen {ids}",
    "HP504.change.removed": "borttagna {ids}",
    "HP504.change.to_backlog": "flyttade till backloggen {ids}",
    "HP504.change.dates": "datum flyttade {ids}",
    "HP504.change.cost": "kostnad ändrad {ids}",
    "HP504.change.responsible": "ansvarig ändrad {ids}",
    "HP504.change.priority": "prioritet ändrad {ids}",
    "HP504.change.name": "nytt namn {ids}",
    "HP504.change.goals": "mål ändrade {ids}",
    "HP504.change.controls": "säkerhetsåtgärder ändrade {ids}",
    "HP504.change.plan_goals": "mål tillagda eller borttagna {ids}",
    "HP504.change.activity_gaps": "brister som åtgärdas ändrade {ids}",
    "HP504.change.dependencies": "beroenden ändrade {ids}",
    "HP504.change.requirements": "krav ändrade {ids}",
    "HP504.change.gaps": "brister tillagda, borttagna eller ändrade {ids}",
    "HP504.change.backlog": "backlogg-poster tillagda eller borttagna {ids}",
    "HP504.change.budget": "budgeten har ändrats",
    "HP504.change.period": "perioden har ändrats",
    "HP504.change.other": "bara fält som hplan diff inte listar (till exempel beskrivningar, typ, arbetsinsats eller externa beroenden)",
    "explain.HP504": """Det beslutade innehållet har ändrats efter det senaste beslutet.

`hplan adopt` skriver en kontrollsumma (`digest: sha256-v1:…`) över det som ledningen
beslutade: aktiviteter, backlogg, mål, brister, budget och period, i en kanonisk form.
Stämmer planens innehåll inte längre med kontrollsumman i det senaste beslutet eller den
senaste revideringen som har en, har planen ändrats utan beslut. Uppföljning (status,
progress, forecast_end, completed, spent, followups, notes), kommentarer, indrag och
ordningen på nycklar påverkar inte kontrollsumman. Ligger planen i ett git-förråd
namnger meddelandet committen som skrev kontrollsumman och vad som ändrats sedan dess
(tillagda och borttagna aktiviteter, datum, kostnad, ansvarig, mål, säkerhetsåtgärder),
och tipset visar `hplan diff`-kommandot som visar allt. Åtgärd: se vad som ändrats sedan
den fastställda versionen (git log -p, eller hplan diff mellan den committen och nu); låt
ändringen beslutas (`hplan adopt --revision --note ...`) eller ångra den.""",
}
