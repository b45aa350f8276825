"""Swedish messages of the plans commands (merged into sv.py's MESSAGES; keys stay
identical to the other language's, which a test checks)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # HP208: ett beroende av en annan plan som inte finns till hands.
    "HP208": "`{ref}` är en aktivitet i planen `{plan}`, som inte kontrolleras tillsammans med den här",
    "hint.HP208": "kontrollera planerna tillsammans: ange varje fil eller deras mapp, eller lista dem i `plans` i hplan.toml",
    "HP208.period": "`{ref}` är en aktivitet i planen `{plan}`, som här bara kontrolleras för andra perioder ({paths})",
    "hint.HP208.period": "kontrollera den tillsammans med planen `{plan}` för den här perioden",
    "HP208.ambiguous": "`{ref}` kan avse en aktivitet i vilken som helst av {count} planer med id:t `{plan}` ({paths}), så beroendet kontrolleras inte",
    "hint.HP208.ambiguous": "ge varje plan ett eget `plan.id`",
    "HP208.unreadable": "`{ref}` är en aktivitet i planen `{plan}` ({path}), som har fel som gör att den inte kan läsas",
    "hint.HP208.unreadable": "rätta felen i {path} och kontrollera igen",
    # Befintliga koder, mellan planer.
    "HP201.plan": "`depends_on` anger `{ref}`, men ingen av planerna som kontrolleras tillsammans har id:t `{plan}`",
    "hint.HP201.plan": "en plans id är dess `plan.id`, annars filnamnet utan filändelse och årtal; rätta id:t eller kontrollera även den planen",
    "HP201.activity": "`depends_on` anger `{ref}`, men planen `{plan}` ({path}) har ingen aktivitet `{activity}`",
    "hint.HP201.activity": "rätta stavningen eller ta bort beroendet",
    "HP202.plans": "cirkulärt beroende mellan planer: {cycle} (var och en väntar på nästa; `depends_on` på {places})",
    "hint.HP202.plans": "ingen aktivitet i cirkeln kan någonsin starta: ta bort eller vänd på ett av beroendena",
    "HP104.plan_id": "plan-id:t `{plan}` är också id för {paths}, för en period som överlappar den här",
    "hint.HP104.plan_id": "ge varje plan ett eget `plan.id`: `{plan}:A1` måste avse en enda plan",
    # hplan validate -v
    "plans.context": "läser {path} för beroenden mellan planer (`plans` i hplan.toml; rapporteras inte)",
    "explain.HP208": """`depends_on` anger en aktivitet i en annan plan som inte finns till hands.

`it:A2` avser aktivitet A2 i planen vars id är `it` (dess `plan.id`, annars filnamnet
utan filändelse och årtal). Beroendet kan bara kontrolleras när den planen kontrolleras
i samma körning: ange båda filerna eller deras mapp, eller lista planerna i `plans` i
hplan.toml (då kontrolleras även en enstaka fil mot de andra). När planerna kontrolleras
tillsammans är en plan eller aktivitet som saknas HP201, ett cirkulärt beroende mellan
planer HP202 och en aktivitet som börjar för tidigt HP302. Detta är information, aldrig
ett fel, inte ens med --strict.""",
}
