"""The text of the starter plan per language (starter.py fills in the %TOKENS%).

Only the year goes into a comment; the user's own words go into values, where
writer.scalar quotes them. Plan words (priority, kind, status) are the plan's language's.
"""

from __future__ import annotations

_SV = """\
%MODELINE%
# Handlingsplan för informationssäkerhet, skapad med `hplan init` som ett utkast att fylla i.
#
# Handlingsplanen omsätter de kortsiktiga säkerhetsmålen och bristerna från gap-analysen
# i beslutade aktiviteter för en period, oftast ett år. Varje aktivitet har ett mål, de
# säkerhetsåtgärder den inför, en prioritet, kostnader och resurser, en ansvarig samt ett
# start- och ett slutdatum. Fyll i planen, kontrollera den med `hplan validate` och låt
# ledningen fastställa den (`hplan adopt`). Formatet beskrivs i docs/plan-format.md.
#
# Den första raden pekar ut planformatets JSON Schema, så att en editor med YAML-stöd kan
# föreslå och kontrollera fälten medan du skriver. Skapa schemafilen bredvid planen med
#   hplan schema -o %SCHEMA%
# eller ta bort raden. Rader som börjar med # är kommentarer och kan tas bort.

hplan: 1  # formatets version; ska stå kvar

plan:
  # Titeln och organisationen visas överst i varje rapport. `unit` anger den del av
  # organisationen som planen gäller, om det är en delplan.
%HEADER%
  language: sv  # sv eller en: språket i det hplan skriver om planen
  # Perioden som planen gäller, oftast ett kalenderår. Datum skrivs ÅÅÅÅ-MM-DD.
  period: {start: %YEAR%-01-01, end: %YEAR%-12-31}
  # Samordnaren av informationssäkerhetsarbetet (informationssäkerhetssamordnaren):
  # owner: Förnamn Efternamn
  # De resurser som ledningen har avsatt: pengar (i kronor, se currency) och arbetstimmar.
  # contingency är den andel av budgeten som reserveras för oförutsedda kostnader
  # (0.1 = tio procent).
  # budget: {money: 500000, hours: 1200}
  # contingency: 0.1
  # currency: SEK
  # Kontrollpunkter då planen följs upp och avrapporteras till ledningen:
  # checkpoints: [%YEAR%-04-30, %YEAR%-08-31, %YEAR%-11-30]
  # Katalogen som säkerhetsåtgärderna i `controls` hämtas ur (förval: iso27001-2022):
  # catalog: iso27001-2022
  # Beslutet: när ledningen har fastställt planen för `hplan adopt` in beslutet här, till
  # exempel decision: {by: Ledningsgruppen, date: %PREVIOUS%-12-14, reference: Dnr %PREVIOUS%/123}
  # Så länge beslutet saknas är planen ett utkast, och `hplan validate` påpekar det (HP503).

# Brister från gap-analysen kan föras in här, så att hplan kan kontrollera att varje
# betydande eller allvarlig brist har en aktivitet (annars HP407). Till exempel:
# gaps:
#   - id: G1
#     control: "6.3"
#     severity: betydande  # försumbar, måttlig, betydande eller allvarlig
#     note: Ingen återkommande utbildning i informationssäkerhet

# Årets mål för informationssäkerhetsarbetet, härledda ur de kortsiktiga säkerhetsmålen:
# vad som ska vara uppnått när perioden är slut. Varje mål bör ha minst en aktivitet
# (annars HP402).
goals:
  - id: M1
    title: Alla medarbetare har genomgått grundutbildning i informationssäkerhet

# Aktiviteterna är det som beslutas för perioden. De kommer ur gap-analysen: en aktivitet
# åtgärdar brister eller bygger upp det systematiska arbetet, och den bör bidra till minst
# ett av årets mål (annars HP401).
activities:
  - id: A1  # unikt i planen; beroenden och uppföljning hänvisar till det
    name: Grundutbildning i informationssäkerhet för alla medarbetare
    kind: åtgärd  # åtgärd (åtgärdar en brist) eller styrning (bygger upp arbetet)
    goals: [M1]  # de mål som aktiviteten bidrar till
    controls: ["6.3"]  # säkerhetsåtgärderna den inför (6.3: medvetenhet och utbildning)
    # gaps: [G1]  # de brister den åtgärdar, när bristerna finns i planen
    priority: hög  # kritisk, hög, medel eller låg
    responsible: Anna Andersson  # den som ansvarar för att aktiviteten genomförs
    # Kostnad och resurser: utan dem blir planen en önskelista (HP408). money är kronor och
    # hours arbetstimmar under perioden; running är den årliga driftkostnaden när åtgärden
    # väl är införd.
    cost: {money: 50000, hours: 80, running: 10000}
    resources: [HR-avdelningen, plattform för e-utbildning]
    # start och end (första och sista dagen) är den beslutade tidplanen. Om slutet skjuts
    # upp under året, skriv det nya datumet i forecast_end och låt end stå kvar.
    start: %YEAR%-02-01
    end: %YEAR%-05-31
    # Beroenden: aktiviteter som måste vara avslutade innan den här kan börja, till exempel
    # depends_on: [A2]. Beroenden utanför planen skrivs i external.
    status: planerad  # planerad, pågående, pausad, genomförd, uppskjuten eller avbruten
    progress: 0  # hur långt arbetet har kommit, i procent (0-100)

# Backloggen: det som behövs men inte ryms i den här perioden. Skriv upp det här i stället
# för att glömma det; det tas upp igen när nästa plan görs. Bara id och name krävs.
backlog:
  - id: B1
    name: Informationsklassning av samtliga verksamhetssystem
    target: %NEXT%  # när posten väntas tas upp
"""

_EN = """\
%MODELINE%
# Information security action plan, made by `hplan init` as a draft to fill in.
#
# The action plan turns the short-term security goals and the gaps found in the gap
# analysis into decided activities for a period, usually a year. Each activity has a goal,
# the security controls it implements, a priority, costs and resources, a responsible
# person, and a start and an end date. Fill the plan in, check it with `hplan validate`
# and have management adopt it (`hplan adopt`). The format is described in
# docs/plan-format.md.
#
# The first line names the JSON Schema of the plan format, so that an editor with YAML
# support can suggest and check the fields as you type. Write the schema file next to
# the plan with
#   hplan schema -o %SCHEMA%
# or delete the line. Lines that start with # are comments and may be deleted.

hplan: 1  # the format version; keep it

plan:
  # The title and the organisation head every report. `unit` names the part of the
  # organisation the plan covers, when it is a subordinate plan.
%HEADER%
  language: en  # sv or en: the language of what hplan writes about this plan
  # The period the plan covers, usually a calendar year. Dates are written YYYY-MM-DD.
  period: {start: %YEAR%-01-01, end: %YEAR%-12-31}
  # The coordinator of the information security work (the CISO):
  # owner: First Last
  # The resources management has allocated: money (in `currency`) and person-hours.
  # contingency is the share of the budget held back for unforeseen costs
  # (0.1 = ten per cent).
  # budget: {money: 500000, hours: 1200}
  # contingency: 0.1
  # currency: SEK
  # Checkpoints at which the plan is followed up and reported to management:
  # checkpoints: [%YEAR%-04-30, %YEAR%-08-31, %YEAR%-11-30]
  # The catalogue the security controls in `controls` come from (default: iso27001-2022):
  # catalog: iso27001-2022
  # The decision: once management has adopted the plan, `hplan adopt` records it here,
  # for example decision: {by: Management team, date: %PREVIOUS%-12-14, reference: Ref %PREVIOUS%/123}
  # Until then the plan is a draft, and `hplan validate` says so (HP503).

# Gaps from the gap analysis may be listed here, so that hplan can check that every
# significant or serious gap has an activity (otherwise HP407). For example:
# gaps:
#   - id: G1
#     control: "6.3"
#     severity: significant  # negligible, moderate, significant or serious
#     note: No recurring information security training

# This year's information security goals, derived from the short-term security goals:
# what is to be achieved by the end of the period. Each goal should have at least one
# activity (otherwise HP402).
goals:
  - id: M1
    title: Every employee has completed basic information security training

# The activities are what is decided for the period. They come from the gap analysis: an
# activity closes gaps or builds the systematic work, and it should serve at least one of
# this year's goals (otherwise HP401).
activities:
  - id: A1  # unique in the plan; dependencies and follow-up refer to it
    name: Basic information security training for all employees
    kind: measure  # measure (closes a gap) or governance (builds the systematic work)
    goals: [M1]  # the goals the activity serves
    controls: ["6.3"]  # the security controls it implements (6.3: awareness and training)
    # gaps: [G1]  # the gaps it closes, once the gaps are in the plan
    priority: high  # critical, high, medium or low
    responsible: Alex Smith  # who is accountable for carrying the activity out
    # Cost and resources: without them the plan is a wish list (HP408). money is in the
    # plan's currency and hours are person-hours in this period; running is the yearly
    # cost once it is in place.
    cost: {money: 50000, hours: 80, running: 10000}
    resources: [HR department, e-learning platform]
    # start and end (the first and the last day) are the decided schedule. If the end
    # slips during the year, write the new date in forecast_end and leave end as it is.
    start: %YEAR%-02-01
    end: %YEAR%-05-31
    # Dependencies: activities that must have ended before this one can start, for
    # example depends_on: [A2]. Dependencies outside the plan go in external.
    status: planned  # planned, in_progress, paused, done, postponed or cancelled
    progress: 0  # how far the work has come, in per cent (0-100)

# The backlog: what is needed but does not fit in this period. Write it down here rather
# than forget it; it is taken up again when the next plan is made. Only id and name are
# required.
backlog:
  - id: B1
    name: Classify every business information system
    target: %NEXT%  # when it is expected to be taken up
"""

BODY: dict[str, str] = {"sv": _SV, "en": _EN}
