"""Swedish messages: the same keys as en.py (a test keeps them equal), plus `explain.HPxxx`,
the Swedish documentation of each code (the English comes from the checks' docstrings)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- subjects: the prefix of a message about one item
    "subject.activity": "aktivitet {item}",
    "subject.backlog": "backlogg-post {item}",
    "subject.goal": "mål {item}",
    "subject.gap": "brist {item}",
    "subject.person": "{item}",
    # --- values shown inside messages
    "value.planned": "planerad",
    "value.in_progress": "pågående",
    "value.paused": "pausad",
    "value.done": "genomförd",
    "value.postponed": "uppskjuten",
    "value.cancelled": "avbruten",
    "value.negligible": "försumbar",
    "value.moderate": "måttlig",
    "value.significant": "betydande",
    "value.serious": "allvarlig",
    # --- severities
    "severity.error": "fel",
    "severity.warning": "varning",
    "severity.info": "info",
    # --- HP0xx reading
    "HP001.missing": "filen finns inte",
    "HP001.directory": "det här är en mapp, inte en planfil",
    "HP001.os": "filen kan inte läsas: {reason}",
    "HP001.binary": "det här är inte en textfil (den innehåller NUL-byte)",
    "HP001.latin1": "filen är inte UTF-8: byte {byte} på rad {line}, kolumn {column} ser ut att vara Latin-1/Windows-1252 (”{char}”)",
    "hint.HP001.latin1": "spara filen som UTF-8 (i de flesta redigerare: Spara som, Kodning: UTF-8)",
    "HP001.encoding": "filen är inte UTF-8: byte {byte} på rad {line}, kolumn {column} kan inte läsas",
    "hint.HP001.encoding": "spara filen som UTF-8",
    "HP001.control_at": "filen innehåller styrtecken, som en textfil inte kan innehålla: det första, {char}, på rad {line}, kolumn {column}",
    "hint.HP001.control_at": "ta bort tecknet; en redigerare kan visa det som en ruta eller inte alls",
    "HP001.no_plans": "inga planfiler i den här mappen (YAML-filer med nyckeln `hplan:` på översta nivån)",
    "HP001.control": "filen innehåller styrtecken som inte får förekomma i en textfil",
    "HP002": "syntaxfel i YAML: {problem}",
    "hint.HP002": "felet sitter ofta i slutet av raden ovanför: kontrollera indrag (mellanslag, inte tabbar), kolon och citattecken",
    "HP002.tab": "syntaxfel i YAML: en tabb används för indrag; YAML använder bara mellanslag för indrag",
    "hint.HP002.tab": "byt tabben mot mellanslag (de flesta redigerare kan visa tabbar och byta ut dem)",
    "HP002.char": "syntaxfel i YAML: `{char}` kan inte inleda ett värde",
    "hint.HP002.char": "sätt värdet inom citattecken",
    "HP002.colon": "syntaxfel i YAML: kolon och mellanslag inuti ett värde, eller en rad med för stort indrag",
    "hint.HP002.colon": 'sätt text som innehåller ": " inom citattecken (name: "Utbildning: steg 1"), och låt nycklarna i en mappning börja i samma kolumn',
    "HP002.bracket": "syntaxfel i YAML: listan som börjar här avslutas inte med ]",
    "HP002.brace": "syntaxfel i YAML: mappningen som börjar här avslutas inte med }}",
    "hint.HP002.brace": 'inom {{...}} skiljer kommatecken poster åt och ": " inleder en: sätt citattecken runt text med något av dem ("1,5 mnkr", "Utbildning: steg 1")',
    "HP002.quote": "syntaxfel i YAML: texten inom citattecken som börjar här saknar avslutande citattecken",
    "HP002.indent": "syntaxfel i YAML: raden har inte samma indrag som raderna ovanför",
    "hint.HP002.indent": "nycklarna i en mappning, och strecken i en lista, måste börja i samma kolumn",
    "HP002.missing_colon": "syntaxfel i YAML: här väntades `nyckel: värde` (ett kolon följt av ett mellanslag)",
    "HP003": "`{key}` förekommer två gånger i den här mappningen (första gången på rad {first})",
    "hint.HP003": "YAML behåller bara en av dem; slå ihop dem eller byt namn på den ena",
    "HP004.size": "filen är större än gränsen på {limit} MiB",
    "HP004.anchor": "ankare och alias (&namn, *namn) är inte tillåtna i en plan",
    "hint.HP004.anchor": "skriv ut värdena i sin helhet",
    "HP004.merge": "sammanslagningsnycklar (<<) är inte tillåtna i en plan",
    "HP004.depth": "datat är nästlat i mer än {limit} nivåer",
    "HP004.tag": "YAML-taggen {tag} är inte tillåten (bara vanliga YAML-värden)",
    "HP004.complex_key": "en nyckel måste vara ett enkelt värde, inte en lista eller mappning",
    "HP005.empty": "filen är tom: en plan börjar med `hplan: 1`",
    "HP005.documents": "filen innehåller flera YAML-dokument; en plan är ett enda dokument",
    "hint.HP005.documents": "ta bort raden `---` eller dela upp filen",
    "HP005.not_mapping": "den översta nivån måste vara en mappning som börjar med `hplan: 1`",
    "HP005.no_version": "`hplan:` saknas: en planfil börjar med `hplan: 1`",
    "HP005.version": "`hplan: {version}` är ingen formatversion som den här versionen av hplan kan läsa (den läser 1)",
    "HP005.newer": "planen är skriven för en nyare version av hplan (format {version}); uppgradera hplan",
    # --- HP1xx schema
    "HP101": "`{field}` saknas",
    "HP101.many": "{fields} saknas",
    "HP102": "`{field}` har ett ogiltigt värde",
    "HP102.mapping_expected": "här ska det stå en mappning (rader med nyckel: värde)",
    "HP102.list_expected": "här ska det stå en lista (rader med `- post` eller [a, b])",
    "HP102.list_type": "`{field}` måste vara en lista, inom hakparentes även för ett enda värde: [{value}]",
    "HP102.dict_type": "`{field}` måste vara en mappning (nyckel: värde)",
    "HP102.model_type": "`{field}` måste vara en mappning (nyckel: värde)",
    "HP102.model_attributes_type": "`{field}` måste vara en mappning (nyckel: värde)",
    "HP102.hp_text": "`{field}` måste vara text, inte `{value}`",
    "HP102.string_type": "`{field}` måste vara text",
    "HP102.hp_date": "`{field}`: `{value}` är inget datum på formen ÅÅÅÅ-MM-DD",
    "HP102.hp_date_missing_day": "`{field}`: {value} finns inte i kalendern",
    "HP102.hp_money": "`{field}`: `{value}` är inget belopp",
    "hint.HP102.hp_money": 'skriv ett tal, eller som 1 500 000, 80 tkr eller 1,5 mnkr (inom {{...}} behövs citattecken runt text med kommatecken: "1,5 mnkr")',
    "HP102.hp_money_dots": "`{field}`: `{value}` är tvetydigt: punkt och tre siffror kan vara tusental eller decimaler",
    "hint.HP102.hp_money_dots": "skriv tusental med mellanslag (150 000) eller utan (150000) och decimaler med kommatecken (1,5 mnkr)",
    "HP102.hp_negative": "`{field}` får inte vara mindre än noll ({value})",
    "HP102.hp_number": "`{field}` måste vara ett tal, inte `{value}`",
    "HP102.hp_whole": "`{field}` måste vara ett heltal, inte `{value}`",
    "HP102.hp_enum": "`{field}`: `{value}` är inte ett av de tillåtna värdena {allowed_sv} (på engelska: {allowed})",
    "HP102.hp_bool": "`{field}` måste vara true eller false (ja eller nej), inte `{value}`",
    "HP102.bool_type": "`{field}` måste vara true eller false",
    "HP102.bool_parsing": "`{field}` måste vara true eller false",
    "HP102.int_type": "`{field}` måste vara ett heltal",
    "HP102.int_parsing": "`{field}` måste vara ett heltal",
    "HP102.int_from_float": "`{field}` måste vara ett heltal",
    "HP102.float_type": "`{field}` måste vara ett tal",
    "HP102.float_parsing": "`{field}` måste vara ett tal",
    "HP102.greater_than_equal": "`{field}` måste vara minst {ge}",
    "HP102.greater_than": "`{field}` måste vara större än {gt}",
    "HP102.less_than_equal": "`{field}` får vara högst {le}",
    "HP102.less_than": "`{field}` måste vara mindre än {lt}",
    "hint.HP102.less_than": 'en andel skrivs som decimaltal eller procent under 100: 0,15 eller "15 %"',
    "HP102.catalog": "kontrollkatalogen `{catalog}` är varken iso27001-2022, iso27001-2013, none eller en läsbar fil med id:n",
    "HP102.ignore_list": "`x-hplan-ignore` måste vara en lista med koder, t.ex. [HP303]",
    "HP102.ignore_code": "`x-hplan-ignore`: `{entry}` är ingen kod eller namn på en kontroll",
    "hint.HP102.ignore_code": "skriv en kod (HP303), en grupp (HP3) eller ett namn (outside-period); `hplan explain` visar dem",
    "HP103": "okänt fält `{key}`",
    "hint.HP103": "kända fält här: {known}; nycklar som börjar med x- är fria för eget bruk",
    "HP103.comma": "okänt fält `{key}`: ett decimalkommatecken inom {{...}} avslutar värdet",
    "hint.HP103.comma": 'sätt citattecken runt ett belopp med kommatecken: {{money: "1,5 mnkr"}}',
    "HP103.suggest": "okänt fält `{key}`: menade du `{suggestion}`?",
    "HP104.duplicate": "id:t används redan på rad {line}",
    "HP104.hp_id": "`{value}` är inget giltigt id",
    "hint.HP104.hp_id": "ett id börjar med en bokstav eller siffra och innehåller bara bokstäverna A–Z (inte å, ä, ö), siffror, '.', '_' och '-' (inga mellanslag eller kolon)",
    "HP104.hp_ref": "`{value}` är ingen giltig referens",
    "hint.HP104.hp_ref": "skriv ett aktivitets-id (A3), eller plan-id:aktivitets-id (it:A2) för en aktivitet i en annan plan",
    # --- HP2xx references
    "hint.suggest": "menade du `{suggestion}`?",
    "HP201": "`depends_on` anger `{ref}`, som inte är någon aktivitet i den här planen",
    "hint.HP201": "för en aktivitet i en annan plan, skriv plan-id:{ref}",
    "HP202": "cirkulärt beroende: {cycle} (var och en väntar på nästa; `depends_on` på raderna {lines})",
    "hint.HP202": "ingen aktivitet i cirkeln kan någonsin starta: ta bort eller vänd på ett av beroendena",
    "HP202.self": "är beroende av sig själv",
    "hint.HP202.self": "ta bort aktivitetens eget id ur `depends_on`",
    "HP203": "målet `{ref}` finns inte i `goals`",
    "hint.HP203": "lägg till målet i `goals` eller rätta id:t",
    "HP204": "`{name}` finns inte i `people`",
    "hint.HP204": "namnen måste stämma exakt med personerna i `people`; lägg till personen eller rätta stavningen",
    "HP205": "är beroende av backlogg-posten `{ref}`, som inte genomförs den här perioden",
    "hint.HP205": "ta in {ref} i planen som en aktivitet, eller ta bort beroendet",
    "HP206": "är beroende av `{ref}`, som är avbruten",
    "hint.HP206": "ta bort beroendet, eller gör aktiviteten beroende av det som ersätter den avbrutna",
    "HP207": "bristen `{ref}` finns inte i bristregistret `gaps`",
    "hint.HP207": "lägg till bristen i `gaps` eller rätta id:t",
    # --- HP3xx dates and people
    "HP301": "slutar ({end}) innan den börjar ({start})",
    "HP301.period": "planperioden slutar ({end}) innan den börjar ({start})",
    "HP302": "börjar {start}, men `{ref}` slutar {pred_end}",
    "hint.HP302": "en aktivitet får börja först när varje aktivitet den är beroende av har avslutats; en försening anges i `forecast_end`, inte genom att flytta den föregående aktiviteten",
    "HP303.start": "börjar {date}, före planperiodens början ({limit})",
    "hint.HP303.start": "låt den börja inom perioden; arbete före perioden hör till föregående plan",
    "HP303.end": "slutar {date}, efter planperiodens slut ({limit})",
    "hint.HP303.end": "avsluta den inom perioden, eller dela upp den och planera resten till nästa period",
    "HP304": "planerade timmar överstiger {limit} h per månad ({months})",
    "hint.HP304": "flytta eller fördela arbete, eller höj `hours_per_month`",
    # --- HP4xx goals and method
    "HP401": "bidrar inte till något årligt mål",
    "hint.HP401": "ange i `goals` vilka mål den bidrar till",
    "HP402": "ingen aktivitet under perioden arbetar mot målet",
    "hint.HP402": "lägg till en aktivitet som anger målet i `goals`, eller flytta målet till en senare plan",
    "HP403": "`{control}` är ingen kontroll i {catalog}",
    "hint.HP403": "kontrollera id:t mot katalogen; id skrivs 5.15 eller A.5.15, ett per listpost",
    "hint.HP403.several": "skriv ett kontroll-id per listpost: [A.5.15, A.5.16]",
    "HP404.to2022": "`{control}` är ett id från ISO/IEC 27001:2013; i 2022 års utgåva är det {mapped}",
    "hint.HP404.to2022": "använd id:t från 2022, eller ange plan.catalog: iso27001-2013 om hela planen använder id:n från 2013",
    "HP404.to2013": "`{control}` är ett id från ISO/IEC 27001:2022; i 2013 års utgåva är det {mapped}",
    "HP404.new2022": "`{control}` är en kontroll i ISO/IEC 27001:2022 som saknar motsvarighet i 2013 års utgåva",
    "HP405.status": "uppfyller ett lagkrav men är {status}",
    "HP405.backlog": "uppfyller ett lagkrav men finns bara i backloggen",
    "hint.HP405.status": "arbete som uppfyller lagkrav måste genomföras oavsett mognadsnivå",
    "HP406": "har förts över från {times} tidigare planer",
    "hint.HP406": "fatta beslut om den: resurser, ny avgränsning eller att den avbryts",
    "HP407": "öppen {severity} brist utan aktivitet eller backlogg-post",
    "hint.HP407": "planera en aktivitet som anger bristen i `gaps`, eller dokumentera en riskacceptans",
    "HP408": "har varken kostnad eller resurser",
    "hint.HP408": "ange `cost` (pengar, timmar), `effort` eller `resources`: metoden varnar för handlingsplaner som blir önskelistor",
    # --- HP5xx plan
    "HP501.money": "planerade kostnader, {planned} {currency}, överstiger budgeten minus reserven ({limit} av {budget} {currency})",
    "hint.HP501.money": "stryk eller skjut upp aktiviteter, eller begär en större budget av ledningen",
    "hint.HP501.hours": "stryk eller skjut upp aktiviteter, eller begär fler timmar av ledningen",
    "HP501.hours": "planerade timmar, {planned} h, överstiger budgeten minus reserven ({limit} av {budget} h)",
    "HP502": "status {status} stämmer inte med `progress` {progress}",
    "hint.HP502": "genomförd innebär progress 100; planerad innebär progress 0",
    "HP503": "planen saknar `decision`: den är ett utkast",
    "hint.HP503": "dokumentera beslutet i plan.decision (by, date, reference) när ledningen har fastställt planen",
    # --- renderers and command line
    "summary.clean": "{files} har kontrollerats: inga problem",
    "summary": "{errors}, {warnings}, {infos} i {files}",
    "count.errors": "{n} fel",
    "count.error": "1 fel",
    "count.warnings": "{n} varningar",
    "count.warning": "1 varning",
    "count.infos": "{n} info",
    "count.info": "1 info",
    "count.files": "{n} filer",
    "count.file": "1 fil",
    "hint.label": "tips",
    "cli.skipped": "hoppade över {path}: inte en plan (ingen nyckel `hplan:` på översta nivån)",
    "cli.checking": "kontrollerar {path}",
    "cli.unknown_code": "okänd kod eller okänt namn: {code}",
    "cli.known_codes": "kända koder: {codes}",
    "cli.bad_codes": "{option}: okänd kod {code}",
    "cli.bad_format": "okänt format {value}; välj ett av {choices}",
    "cli.bad_choice": "{option}: okänt värde {value}; välj ett av {choices}",
    "config.unreadable": "ingen läsbar TOML-fil: {detail}",
    "config.strings": "`{key}` måste vara en lista med textsträngar",
    "config.unknown": "okänd inställning {keys} (kända: {known})",
    "config.language": '`language` måste vara "sv" eller "en"',
    "config.strict": "`strict` måste vara true eller false",
    "cli.internal_error": "hplan: internt fel (ett fel i hplan, inte i din plan): {error}\nRapportera det gärna tillsammans med kommandot och planen som orsakade felet.",
    "metavar.paths": "PLAN",
    "metavar.format": "FORMAT",
    "metavar.codes": "KODER",
    "metavar.when": "NÄR",
    "metavar.lang": "SPRÅK",
    "metavar.code": "KOD",
    "metavar.file": "FIL",
    "examples.heading": "Exempel:",
    "examples.validate": "  hplan validate examples/\n  hplan validate --today 2027-09-15 --format github plans/",
    "examples.explain": "  hplan explain HP302\n  hplan explain --all --lang sv",
    "examples.schema": "  hplan schema -o hplan.schema.json",
    "examples.table": "  hplan table examples/handlingsplan-2027.yaml\n  hplan table --goals --format csv -o mal.csv plan.yaml",
    "examples.gantt": "  hplan gantt --group-by goal examples/handlingsplan-2027.yaml\n  hplan gantt --format mermaid plan.yaml",
    "examples.graph": "  hplan graph examples/handlingsplan-2027.yaml\n  hplan graph --format dot plan.yaml | dot -Tsvg -o beroenden.svg",
    "examples.rollover": "  hplan rollover --dry-run examples/handlingsplan-2027.yaml\n  hplan rollover handlingsplan-2027.yaml --update handlingsplan-2028.yaml",
    "examples.status": '  hplan status --today 2027-09-15 examples/handlingsplan-2027.yaml\n  hplan status --responsible "Per Ek" plans/',
    "examples.report": "  hplan report --today 2027-09-15 -o genomgang.md examples/handlingsplan-2027.yaml\n  hplan report --format html -o genomgang.html plans/",
    "examples.controls": "  hplan controls --missing examples/handlingsplan-2027.yaml\n  hplan controls --format csv -o atgarder.csv plan.yaml",
    "examples.migrate": "  hplan migrate --dry-run plan-2013.yaml\n  hplan migrate --in-place plan-2013.yaml",
    "examples.prioritise": '  hplan prioritise examples/handlingsplan-2027.yaml\n  hplan prioritise --budget "2 mnkr" --format markdown plan.yaml',
    "examples.adopt": '  hplan adopt handlingsplan-2027.yaml --by Kommunstyrelsen --date 2026-12-14 --reference "KS 2026/412"\n  hplan adopt handlingsplan-2027.yaml --by KS --date 2027-05-10 --revision --note "A8 flyttas"',
    "examples.export": "  hplan export examples/handlingsplan-2027.yaml --format ics -o plan.ics\n  hplan export examples/handlingsplan-2027.yaml --format xlsx -o handlingsplan-2027.xlsx",
    "examples.diff": "  hplan diff HEAD~3:plan.yaml plan.yaml\n  hplan diff --format markdown handlingsplan-2027.yaml handlingsplan-2028.yaml",
    "typer.Usage: ": "Användning: ",
    "typer.Install completion for the current shell.": "Installera komplettering för det aktuella skalet.",
    "typer.Show completion for the current shell, to copy it or customize the installation.": "Visa kompletteringen för det aktuella skalet, för att kopiera den eller anpassa installationen.",
    "typer.Install completion for the specified shell.": "Installera komplettering för det angivna skalet.",
    "typer.Show completion for the specified shell, to copy it or customize the installation.": "Visa kompletteringen för det angivna skalet, för att kopiera den eller anpassa installationen.",
    "typer.Show this message and exit.": "Visa den här hjälpen och avsluta.",
    "typer.Arguments": "Argument",
    "typer.Options": "Flaggor",
    "typer.Commands": "Kommandon",
    "typer.default: {default}": "förval: {default}",
    "typer.required": "krävs",
    "typer.Aborted!": "Avbrutet!",
    "cli.would_overwrite_plan": "{path} är en planfil och skrivs inte över (använd --force för att skriva över den)",
    "cli.cannot_write": "kan inte skriva {path}: {reason}",
    "help.force": "Skriv över utfilen även om den är en planfil.",
    "cli.usage_error": "fel",
    "cli.try_help": "Se '{command} --help' för hjälp.",
    "cli.no_such_option": "okänd flagga: {option}",
    "cli.did_you_mean": "(menade du {options}?)",
    "cli.missing_parameter": "argumentet {name} saknas",
    "cli.needs_value": "{option} behöver ett värde",
    "typer.No such command {name!r}.": "okänt kommando {name!r}.",
    "typer.Missing command.": "kommando saknas.",
    "help.app": "Handlingsplaner för informationssäkerhet i YAML, kontrollerade som kod.",
    "help.validate": "Kontrollera planfiler och rapportera varje problem med fil:rad:kolumn och en stabil kod.",
    "help.explain": "Visa vad en diagnoskod betyder och hur problemet åtgärdas.",
    "help.schema": "Skriv ut planformatets JSON Schema (för redigerare).",
    "help.paths": "Planfiler, mappar med planfiler eller - för standard in (stdin). Förval: den aktuella mappen.",
    "help.format": "Utdataformat: text, json, github, sarif eller gitlab.",
    "help.strict": "Räkna varningar som fel (info räknas aldrig).",
    "help.select": "Rapportera bara dessa koder eller namn (kommaseparerade; HP3 väljer HP3xx).",
    "help.ignore": "Rapportera inte dessa koder eller namn (kommaseparerade).",
    "help.color": "Färg: auto (bara i en terminal), always eller never.",
    "help.quiet": "Skriv bara ut diagnoserna: inga källrader, tips eller sammanfattning.",
    "help.verbose": "Visa också vilka filer som kontrollerades och vilka som hoppades över.",
    "help.lang": "Språk för utdata: sv eller en (förval: planens språk, annars LANG).",
    "help.lang_explain": "Språk: sv eller en (förval: enligt LANG).",
    "help.explain_all": "Skriv ut dokumentationen för alla koder, som Markdown.",
    "codes.title": "Diagnoskoder",
    "codes.intro": "Det som `hplan validate` rapporterar, vad varje fynd betyder och hur det åtgärdas. Skapad av `hplan explain --all` från kontrollernas egen dokumentation.",
    "help.only_plans": "Hoppa över namngivna YAML-filer som inte är planer (för pre-commit).",
    "help.version": "Visa versionen och avsluta.",
    "help.code": "En kod (HP302) eller ett namn (dependency-order).",
    "help.output": "Skriv till den här filen i stället för till standard ut (stdout).",
    # --- `hplan explain`: the documentation of each code (English: the checks' docstrings
    # and codes.STAGE_DOCS). Shown as is, never formatted: no placeholders here.
    "explain.HP001": """Filen kan inte läsas: den saknas, är en mapp eller är inte UTF-8-text.

hplan läser planer som UTF-8 (en byte order mark, BOM, går bra). För en fil som har
sparats som Latin-1 eller Windows-1252, som äldre redigerare i Windows gör, anges raden
med den första byte som inte är UTF-8. Lösning: spara filen som UTF-8.""",
    "explain.HP002": """Filen är inte giltig YAML.

De vanliga misstagen får egna meddelanden: en tabb i indraget, kolon och mellanslag
inuti ett värde utan citattecken, ett citattecken, en hakparentes eller en klammer som
aldrig stängs (visas där den öppnas) och en rad vars indrag inte stämmer med raderna
runt omkring. Annars är positionen där YAML-tolken gav upp, och det är ofta strax efter
det egentliga felet: titta också på raden ovanför.""",
    "explain.HP003": """Samma nyckel förekommer två gånger i samma mappning.

YAML-läsare behåller i tysthet det sista värdet och kastar bort det som skrevs först.
Båda raderna anges. Lösning: slå ihop de två posterna eller byt namn på den ena.""",
    "explain.HP004": """Indata överskrider en säkerhetsgräns eller använder en YAML-funktion som
en plan inte får använda.

Det som avvisas: filer över storleksgränsen (16 MiB), nästling djupare än djupgränsen,
ankare och alias (`&a`, `*a`, `<<`) och taggar utanför YAML:s grundtyper, till exempel
`!!python/object`. En plan behöver inget av detta, och det är just så skadliga YAML-filer
tömmer minnet eller kör kod. Lösning: skriv ut värdena i sin helhet.""",
    "explain.HP005": """Filen är inte en hplan-plan som den här versionen förstår.

En plan är ett enda YAML-dokument vars översta nivå är en mappning som börjar med
`hplan: 1`. Här rapporteras tomma filer, flera dokument i samma fil, en saknad
`hplan:`-nyckel och formatversioner som är nyare än den här versionen av hplan känner
till. Lösning: lägg till `hplan: 1` eller uppgradera hplan.""",
    "explain.HP101": """Ett obligatoriskt fält saknas (eller är skrivet som null).

Obligatoriska fält: `hplan`, `plan.title`, `plan.organisation`, `plan.period`; för en
aktivitet `id`, `name`, `priority`, `responsible`, `start`, `end`; för en backlogg-post
`id` och `name`; för ett mål `id` och `title`; för en brist `id`, `control` och
`severity`. Diagnosen pekar på den mappning som saknar fältet.""",
    "explain.HP102": """Ett värde har fel typ eller är inte ett av de tillåtna värdena.

Meddelandet säger vad som förväntades: ett datum på formen ÅÅÅÅ-MM-DD som finns i
kalendern, ett tal, ett av ett fast antal ord (på engelska eller svenska), ett belopp
som ett tal eller skrivet på svenskt sätt (`1 500 000`, `80 tkr`, `1,5 mnkr`) eller en
procentsats från 0 till 100.""",
    "explain.HP103": """Ett okänt fält: oftast ett stavfel. Meddelandet föreslår det närmaste
kända fältet. Nycklar som börjar med `x-` är fria för eget bruk och rapporteras aldrig.""",
    "explain.HP104": """Ett id används två gånger eller följer inte reglerna för id.

Aktiviteter och backlogg-poster delar en gemensam uppsättning id:n (en backlogg-post tas
in i en senare plan under sitt id); mål och brister har var sin. Ett id ska matcha
`[A-Za-z0-9][A-Za-z0-9._-]*`: inga mellanslag, inga kolon och inga å, ä eller ö (kolonet
skiljer ett plan-id från ett aktivitets-id i `depends_on`). Det är den senare dubbletten
som rapporteras, och meddelandet anger raden för den första. Lösning: ge den ena ett nytt
id.""",
    "explain.HP201": """`depends_on` anger något som inte är en aktivitet i den här planen.

Id:t är varken en aktivitet eller en backlogg-post (beroende av en backlogg-post är
HP205). En aktivitet i en annan plan anges som `plan-id:aktivitet`. Lösning: rätta
stavningen eller ta bort beroendet.""",
    "explain.HP202": """Aktiviteter väntar på varandra i en cirkel.

Ingen aktivitet i cirkeln kan någonsin starta. Meddelandet anger hela cirkeln i ordning
och raden för varje post i `depends_on` som bildar den; diagnosen pekar på en av dem.
Lösning: ta bort eller vänd på det beroende som är fel.""",
    "explain.HP203": """`goals` anger ett mål som inte finns i planens lista `goals`.

Lösning: rätta id:t eller lägg till målet i `goals`.""",
    "explain.HP204": """`responsible` eller ett namn i `effort` finns inte i `people`.

Kontrolleras bara när planen har en förteckning över personer, `people`. Namnen måste
stämma exakt, även mellanslag och stora och små bokstäver. Lösning: rätta stavningen
eller lägg till personen i `people`.""",
    "explain.HP205": """En aktivitet väntar på en backlogg-post.

Backlogg-poster genomförs inte under den här perioden, så en aktivitet som är beroende
av en sådan kan aldrig starta. Lösning: ta in backlogg-posten i planen som en aktivitet,
eller ta bort beroendet.""",
    "explain.HP206": """En aktivitet väntar på en avbruten aktivitet.

En avbruten aktivitet blir aldrig klar, så antingen är beroendet inaktuellt eller så
behöver den beroende aktiviteten planeras om. Lösning: ta bort beroendet eller ersätt
det.""",
    "explain.HP207": """`gaps` anger en brist som inte finns i bristregistret.

Kontrolleras bara när planen har ett bristregister, `gaps`. Lösning: rätta id:t eller
lägg till bristen.""",
    "explain.HP301": """`end` ligger före `start`.

Båda datumen ingår i aktiviteten, så en aktivitet som pågår en dag har start == end (en
milstolpe). Lösning: rätta det datum som är fel.""",
    "explain.HP302": """En aktivitet börjar innan en aktivitet som den väntar på har avslutats.

Slut–start: en aktivitet får börja tidigast dagen efter att varje föregående aktivitet
har avslutats; efter en milstolpe (start == end) går det bra att börja samma dag. En
föregående aktivitet som är avbruten ger i stället HP206. Lösning: flytta starten, eller
ange den verkliga ordningen i `depends_on`.""",
    "explain.HP303": """En aktivitet börjar före eller slutar efter planperioden.

Det som ledningen beslutar om gäller bara perioden. Arbete som fortsätter efter den hör
delvis hemma i nästa periods handlingsplan: avsluta det inom perioden eller dela upp det.
Backlogg-poster kontrolleras inte.""",
    "explain.HP304": """En persons planerade timmar överstiger `hours_per_month` någon månad.

Varje aktivitets timmar fördelas på personerna i dess `effort` (annars går hela
`cost.hours` till den ansvarige), sprids jämnt över aktivitetens vardagar och summeras
per kalendermånad; avbrutna och uppskjutna aktiviteter räknas inte. Diagnosen pekar på
personen och anger de månader då gränsen överskrids. Lösning: flytta arbete, fördela det
på fler eller ge personen mer tid.""",
    "explain.HP401": """En aktivitet bidrar inte till något av planens årliga mål.

Enligt metoden härleds aktiviteterna ur gapanalysen och målen; en aktivitet som inte
bidrar till något mål är svår att försvara när planen ska fastställas. Lösning: ange i
`goals` vilka mål den bidrar till. Avbrutna aktiviteter kontrolleras inte.""",
    "explain.HP402": """Ingen aktivitet under den här perioden arbetar mot ett mål.

Bara aktiviteter som inte är avbrutna eller uppskjutna räknas. Ett mål som ingen arbetar
mot kommer inte att nås: lägg till en aktivitet eller flytta målet till en senare plan.""",
    "explain.HP403": """Ett kontroll-id som inte finns i planens katalog.

Katalogen anges i `plan.catalog`: iso27001-2022 (förval), iso27001-2013, none (ingen
kontroll av id:n) eller sökvägen till en fil med id:n, ett per rad. Id:n skrivs med
eller utan `A.` (som i ISO/IEC 27001 bilaga A). Ett id från den andra utgåvan av
standarden ger i stället HP404. Lösning: rätta id:t.""",
    "explain.HP404": """Ett kontroll-id från den andra utgåvan av ISO/IEC 27001.

I en plan enligt 2022 års utgåva är ”7.2.2” ett id från 2013: meddelandet anger dess id
i 2022 (6.3), eller båda efterföljarna när en kontroll från 2013 har delats upp
(A.18.2.3 -> 5.36 och 8.8). I en plan enligt 2013 års utgåva anges ett id från 2022
tillsammans med dess föregångare i 2013.""",
    "explain.HP405": """Arbete som uppfyller ett lagkrav blir inte gjort.

Aktiviteter som uppfyller lagkrav eller andra externa krav (`requirements`) måste
genomföras oavsett hur mogen organisationen är. Rapporteras när en sådan aktivitet är
uppskjuten eller avbruten, eller bara finns i backloggen. Lösning: planera in den under
den här perioden, eller dokumentera varför inte med `x-hplan-ignore: [HP405]` och en
kommentar.""",
    "explain.HP406": """En aktivitet har förts över från två eller fler tidigare planer.

Arbete som skjuts upp år efter år behöver ett beslut: resurser, en ny avgränsning eller
att det avbryts. Historiken finns i `carried_from`.""",
    "explain.HP407": """En öppen betydande eller allvarlig brist saknar aktivitet.

En brist är omhändertagen när en aktivitet som inte är avbruten, eller en backlogg-post,
anger den i `gaps`. Stängda brister och brister vars risk har accepterats rapporteras
inte. Lösning: planera en aktivitet, lägg en post i backloggen eller dokumentera en
riskacceptans.""",
    "explain.HP408": """En aktivitet har varken kostnad eller resurser.

Metoden varnar för en handlingsplan som blir en önskelista: varje aktivitet bör ange vad
den kostar (`cost` i pengar eller timmar, eller `effort`) eller vad den behöver
(`resources`). Avbrutna aktiviteter kontrolleras inte.""",
    "explain.HP501": """Den planerade kostnaden överstiger budgeten minus reserven.

Pengar och timmar för aktiviteter som inte är avbrutna eller uppskjutna summeras och
jämförs med `plan.budget` minus andelen `contingency` (samma andel gäller för timmar).
Löpande kostnader (`running`) är årliga kostnader efter perioden och räknas inte.
Lösning: stryk eller skjut upp aktiviteter, eller begär en större budget.""",
    "explain.HP502": """Status och `progress` stämmer inte överens.

En aktivitet med status `done` (genomförd) bör ha `progress` 100 (eller inget värde),
och en med status `planned` (planerad) `progress` 0 (eller inget värde). Lösning:
uppdatera det av de två som är inaktuellt.""",
    "explain.HP503": """Planen saknar `decision`: den är ett utkast.

En handlingsplan är fastställd när ledningen har beslutat om den; dokumentera beslutet i
`plan.decision` (by, date, reference). Detta är information, aldrig ett fel, inte ens med
--strict.""",
    # --- views: shared by table, gantt and graph
    "value.critical": "kritisk",
    "value.high": "hög",
    "value.medium": "medel",
    "value.low": "låg",
    "value.measure": "åtgärd",
    "value.governance": "styrning",
    "unit.percent": "{value} %",
    "column.id": "Id",
    "column.name": "Aktivitet",
    "column.description": "Beskrivning",
    "column.kind": "Typ",
    "column.goals": "Mål",
    "column.controls": "Säkerhetsåtgärder",
    "column.gaps": "Brister",
    "column.requirements": "Krav",
    "column.priority": "Prioritet",
    "column.money": "Kostnad",
    "column.hours": "Timmar",
    "column.running": "Löpande/år",
    "column.resources": "Resurser",
    "column.responsible": "Ansvarig",
    "column.start": "Start",
    "column.end": "Slut",
    "column.depends_on": "Beroende av",
    "column.status": "Status",
    "column.progress": "Utfört",
    "view.cannot_draw": "{path}: planen kan inte visas förrän felen ovan är rättade",
    "view.banner_one": "1 fel i planen: vyn kan vara ofullständig. `hplan validate {path}` visar felet.",
    "view.banner": "{count} fel i planen: vyn kan vara ofullständig. `hplan validate {path}` visar dem.",
    "view.bad_width": "--width: {value} är för smalt (minst 20 kolumner)",
    "view.bad_word": "{option}: okänt värde {value}",
    "view.bad_date": "{option}: {value} är inget datum (ÅÅÅÅ-MM-DD)",
    "view.no_activities": "Inga aktiviteter att visa.",
    "help.plan": "Planfilen, eller - för standard in.",
    "help.width": "Bredd i kolumner (standard: terminalens, eller 80 när utdata skickas vidare).",
    "help.filter_status": "Bara aktiviteter med denna status (upprepa eller skilj med komma).",
    "help.filter_responsible": "Bara aktiviteter som denna person är ansvarig för.",
    "help.filter_goal": "Bara aktiviteter som bidrar till detta mål.",
    "help.filter_priority": "Bara aktiviteter med denna prioritet.",
    "help.filter_from": "Bara aktiviteter som slutar denna dag eller senare (ÅÅÅÅ-MM-DD).",
    "help.filter_to": "Bara aktiviteter som börjar denna dag eller tidigare (ÅÅÅÅ-MM-DD).",
    "help.force_view": "Skriv över utfilen även om den är en planfil.",
    "metavar.plan": "PLAN",
    "metavar.n": "N",
    "metavar.date": "DATUM",
    "metavar.status": "STATUS",
    "metavar.name": "NAMN",
    "metavar.goal": "MÅL",
    "metavar.priority": "PRIORITET",
    # --- views: command line
    "help.table": "Aktiviteterna i prioritetsordning, med allt som är beslutat om var och en.",
    "help.table_format": "Utdataformat: text, csv, markdown, json, svg eller html.",
    "help.sort": "Ordning: priority (standard: kritisk först, lagkrav först), start, end, responsible eller id.",
    "help.backlog": "Visa backloggen i stället för aktiviteterna.",
    "help.goals": "Visa varje mål med dess aktiviteter, deras kostnad och målets utförandegrad.",
    "help.delimiter": "Avgränsare i CSV (standard: ; på svenska, , på engelska).",
    "help.gantt": "Ett Gantt-schema över planperioden: när varje aktivitet pågår och vad som väntar på vad.",
    "help.gantt_format": "Utdataformat: text, mermaid, svg eller html.",
    "help.scale": "Tidsskala: auto, day (dag), week (vecka), month (månad) eller quarter (kvartal).",
    "help.color_by": "Färga staplarna efter priority (prioritet) eller status.",
    "help.group_by": "Avsnitt efter goal (mål), responsible (ansvarig) eller status, eller none (inga).",
    "help.today": "Rita dagens linje vid detta datum (standard: i dag, när dagen ligger i perioden).",
    "help.graph": "Beroendegrafen: vad varje aktivitet väntar på och vad som väntar på den.",
    "help.graph_format": "Utdataformat: text, mermaid eller dot.",
    "metavar.sort": "ORDNING",
    "metavar.char": "TECKEN",
    "metavar.scale": "SKALA",
    "metavar.color_by": "EFTER",
    "metavar.group_by": "EFTER",
    "table.backlog_or_goals": "--backlog och --goals är två olika listor: välj en",
    "table.bad_delimiter": "--delimiter: {value!r} kan inte skilja fält i CSV (ett tecken, inte citattecken eller radbrytning)",
    # --- table
    "table.period": "Period {start} – {end}",
    "table.adopted": "fastställd {date} av {by}",
    "table.draft": "utkast, inte fastställd",
    "table.column.target": "Tas upp",
    "table.column.title": "Mål",
    "table.column.activities": "Aktiviteter",
    "table.total": "Summa utom avbrutna och uppskjutna",
    "table.total_shown": "Summa för de visade aktiviteterna utom avbrutna och uppskjutna",
    "table.whole_plan": "Hela planen utom avbrutna och uppskjutna",
    "table.budget": "Budget",
    "table.available": "Budget minus reserven på {share}",
    "table.remaining": "Återstår",
    "table.overrun": "Budgeten överskrids med",
    "table.running": "Löpande kostnader när allt är infört: {amount} per år, som inte räknas mot budgeten",
    "table.amount": "{value} {currency}",
    "table.hours": "{value} h",
    "table.sek": "kr",
    "table.hidden": "Visas inte vid denna bredd: {columns} (en större --width visar dem).",
    "table.no_goal": "Bidrar inte till något av planens mål",
    "table.no_goals": "Planen har inga mål.",
    "table.empty_backlog": "Backloggen är tom.",
    "table.no_match.activities": "Inga aktiviteter matchar filtren.",
    "table.no_match.backlog": "Inga poster i backloggen matchar filtren.",
    "table.no_match.goals": "Inga mål matchar filtren.",
    # --- gantt
    "gantt.section": "Aktiviteter",
    "gantt.week": "vecka",
    "gantt.quarter_short": "kv{n}",
    "gantt.quarter": "kv{n} {year}",
    "gantt.no_goal": "Inget mål",
    "gantt.legend_done": "utfört",
    "gantt.legend_open": "återstår",
    "gantt.legend_milestone": "milstolpe",
    "gantt.legend_critical": "kritiska linjen",
    "gantt.legend_today": "i dag ({date})",
    "gantt.legend_clipped": "utanför perioden",
    "month.1": "jan",
    "month.2": "feb",
    "month.3": "mar",
    "month.4": "apr",
    "month.5": "maj",
    "month.6": "jun",
    "month.7": "jul",
    "month.8": "aug",
    "month.9": "sep",
    "month.10": "okt",
    "month.11": "nov",
    "month.12": "dec",
    # --- graph
    "graph.title": "Beroenden: {title}",
    "graph.legend": "* på kritiska linjen (kedjan som avgör när planen blir klar)",
    "graph.waits_for": "väntar på: {ref} (slutar {date})",
    "graph.waits_for_status": "väntar på: {ref} (slutar {date}, {status})",
    "graph.waits_for_event": "väntar på händelse: {name}",
    "graph.waits_for_event_date": "väntar på händelse: {name} ({date})",
    "graph.waits_for_plan": "väntar på annan plan: {ref}",
    "graph.then": "sedan: {refs}",
    "graph.other_plan": "annan plan",
    "graph.key": "Rött: kritiska linjen. Grått: genomförd, uppskjuten eller avbruten.",
    # --- rollover
    "help.rollover": "Nästa periods plan av den här periodens ej avslutade aktiviteter (ett utkast att justera och låta fastställa).",
    "help.rollover_output": "Den nya planfilen (förval: namnet med det nya året, annars NAMN-next.yaml; - för standard ut).",
    "help.period": "Den nya perioden som START:SLUT (förval: lika lång, från dagen efter att den här slutar).",
    "help.dates": "Nya datum: shift (samma plats en period senare) eller start (allt från periodens början).",
    "help.force_rollover": "Skriv över en befintlig utfil.",
    "help.dry_run": "Skriv ut rapporten och den nya planen; skriv ingen fil.",
    "help.rollover_format": "Rapportens format: text eller json.",
    "help.update": "Uppdatera ett befintligt utkast till nästa plan i stället för att skriva en ny.",
    "metavar.period": "START:SLUT",
    "metavar.dates": "PRINCIP",
    "rollover.update_or_output": "--update ändrar utkastet som anges; det går inte att kombinera med --output",
    "rollover.bad_period": "--period: {value} är inte START:SLUT med datum som ÅÅÅÅ-MM-DD",
    "rollover.period_backwards": "--period: {value} slutar innan den börjar",
    "rollover.refused": "{path}: inte överförd: rätta felen ovan först",
    "rollover.output_is_input": "{path} är planen som förs över; rollover ändrar aldrig sin indata (välj en annan fil med -o)",
    "rollover.exists": "{path} finns redan; inte överskriven (använd --force för att skriva över den, eller -o för en annan fil)",
    "rollover.bug": "hplan rollover: internt fel (ett fel i hplan, inte i din plan): planen som gjordes har felen ovan. Ingenting skrevs. Rapportera det gärna med planen som orsakade det.",
    "rollover.made_from": "Gjord av hplan rollover från {path} den {date}.",
    "rollover.draft_note": "Ett utkast: se över datum, prioriteringar, mål och budget; ledningen fastställer planen (plan.decision).",
    "rollover.title": "Överföring: {source} → {target}",
    "rollover.stdout": "standard ut",
    "rollover.periods": "Period: {old} → {new}",
    "rollover.carried_heading": "Förs över ({count})",
    "rollover.nothing_carried": "Ingenting: ingen aktivitet är oavslutad.",
    "rollover.shift": "{days} dagar",
    "rollover.shift_one": "{days} dag",
    "rollover.times": "överförd från {times} planer",
    "rollover.past_end_short": "slutar efter perioden: kräver ett beslut",
    "rollover.dropped_heading": "Förs inte över ({count})",
    "rollover.warnings_heading": "Att ta ställning till ({count})",
    "rollover.warn.cancelled_dependency": "{id} väntade på {ref}, som är avbruten: beroendet tas bort. Kontrollera att {id} fortfarande kan genomföras utan den.",
    "rollover.warn.past_end": "{id} slutar nu {end}, efter perioden: där hamnar den en period senare. Besluta om ett nytt slutdatum, mindre omfattning eller nästa period.",
    "rollover.warn.repeated": "{id} har förts över från {times} planer (HP406): en fråga för ledningens genomgång.",
    "rollover.warn.gap_done": "Brist {id} är fortfarande öppen, men {by}, som åtgärdade den, är genomförd och ingen överförd aktivitet anger den. Markera den som åtgärdad (status: åtgärdad) om den är borta, eller planera nytt arbete för den.",
    "rollover.period_not_after": "--period: den nya perioden måste börja efter att den här planens period har slutat",
    "rollover.cycle": "inte överförd: {ids} väntar på varandra (ett beroendekretslopp, HP202, tystat i planen), så de saknar ordning att föras över i; lös upp kretsloppet först",
    "rollover.out_of_range": "inte överförd: ett datum skulle hamna efter år 9999; korta de aktiviteter eller den period som når så långt",
    "rollover.update_stdin": "--update behöver utkastets fil (den ändras på plats), inte -",
    "rollover.draft_not_after": "{path}: inte uppdaterad: dess period kommer inte efter den här planens, så den är inget utkast till nästa plan",
    "rollover.draft_adopted": "{path}: inte uppdaterad: den har ett beslut (den är fastställd, inget utkast); ändringar i en fastställd plan beslutas som revideringar (använd --force för att ändå uppdatera den)",
    "rollover.flow_section": "utkastet skriver `{section}` som en flödeslista ([...]); skriv den som en blocklista (en `- `-post per rad) så att poster kan läggas till",
    "rollover.warn.past_end_pushed": "{id} slutar nu {end}, efter perioden: föregångarna skjuter dit den. Besluta om mer resurser, mindre omfattning eller nästa period.",
    "rollover.warn.comments": "Planen hade {count} kommentarsrader; en ny fil kan inte ta med dem. Kopiera för hand det som fortfarande gäller.",
    "rollover.warn.comments_one": "Planen hade 1 kommentarsrad; en ny fil kan inte ta med den. Kopiera den för hand om den fortfarande gäller.",
    "rollover.goals_left": "Mål som inte förs över (ingen överförd aktivitet eller backlogg-post tjänar dem): {ids}",
    "rollover.gaps_left": "Åtgärdade brister som inte förs över: {ids}",
    "rollover.dry_run": "Provkörning: ingenting skrevs.",
    "rollover.written": "Skriven: {path}.",
    "rollover.next_steps": "Nästa steg: justera planen (hplan table, hplan gantt), kontrollera den med hplan validate och låt den fastställas.",
    "rollover.update_period": "--period kan inte användas med --update: utkastets egen period behålls",
    "rollover.update_conflict": "{path}: inte uppdaterad: byt först id på aktiviteterna ovan i utkastet (eller i den här planen)",
    "rollover.id_taken": "{id} är inte avslutad i den här planen och ska föras över, men utkastet har redan en annan aktivitet eller backlogg-post med id {id}",
    "rollover.draft_refused": "{path}: inte uppdaterad: utkastet har felen ovan; rätta dem först",
    "rollover.update_is_input": "{path} är planen som förs över, inte ett utkast till nästa",
    "rollover.update_title": "Uppdatering av utkastet {draft} från {source}",
    "rollover.up_to_date": "Aktuellt: ingenting att ändra.",
    "rollover.update.added": "Tillagda ({count}): inte avslutade här, ännu inte i utkastet",
    "rollover.update.removed": "Borttagna ({count}): har sedan genomförts eller avbrutits här",
    "rollover.update.refreshed": "Uppdaterade ({count}): status och färdiggrad från den här planen",
    "rollover.update.dependency": "Borttagna beroenden ({count})",
    "rollover.update.dropped_ref": "väntar inte längre på {ref} (borttagen ur utkastet)",
    "rollover.update_written": "Allt annat i den är som du skrev det.",
}


# The catalogs of later commands live beside this one, one file per family, so that
# work on one family never edits another's lines; a key may be defined only once.
def _merge() -> None:
    from handlingsplan.i18n import (
        sv_adopt,
        sv_controls,
        sv_diff,
        sv_export,
        sv_followup,
        sv_history,
        sv_import,
        sv_init,
        sv_migrate,
        sv_plans,
        sv_prioritise,
        sv_report,
    )

    parts = (sv_followup, sv_plans, sv_report, sv_controls, sv_migrate, sv_prioritise,
             sv_init, sv_adopt, sv_diff, sv_export, sv_history,
             sv_import)  # fmt: skip
    for part in parts:
        twice = MESSAGES.keys() & part.MESSAGES.keys()
        assert not twice, f"message ids defined twice: {sorted(twice)}"
        MESSAGES.update(part.MESSAGES)


_merge()
