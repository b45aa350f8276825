"""Swedish messages of `hplan migrate` (merged into sv.py's MESSAGES; keys stay
identical to the other language's, which a test checks)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "help.migrate": (
        "Skriv om en plans åtgärds-id från ISO/IEC 27001:2013 till 2022 med kommentarer "
        "och layout kvar. Utan -o eller --in-place skrivs den migrerade planen till standard ut."
    ),
    "metavar.migrate_catalog": "KATALOG",
    "help.migrate_to": "Katalogen att migrera till: iso27001-2022.",
    "help.migrate_output": "Skriv den migrerade planen till den här filen (aldrig indatafilen).",
    "help.in_place": "Skriv om själva planfilen (atomärt, med behörigheterna kvar).",
    "help.force_migrate": "Skriv över en befintlig utdatafil.",
    "help.migrate_dry_run": "Visa vad som skulle ändras; skriv ingenting.",
    "help.migrate_format": "Rapportens format: text eller json.",
    "migrate.bad_to": "--to {value}: migrate kan bara migrera till {allowed}.",
    "migrate.output_or_in_place": "Ange antingen -o/--output eller --in-place, inte båda.",
    "migrate.in_place_stdin": "--in-place kräver en planfil, inte standard in.",
    "migrate.own_catalog": (
        "Planens katalog är {catalog}: migrate översätter bara mellan utgåvorna av "
        "ISO/IEC 27001, inte till eller från en annan katalog."
    ),
    "migrate.refused": "{path}: inte migrerad; rätta felen ovan först (migreringen rättar bara HP404).",
    "migrate.bug": "Den migrerade planen har fel, så ingenting skrevs. Det är ett fel i hplan; rapportera det gärna.",
    "migrate.output_is_input": "{path} är själva planen: använd --in-place för att skriva om den.",
    "migrate.exists": "{path} finns redan; använd --force för att skriva över den.",
    "migrate.nothing": "{path} använder redan id enligt ISO/IEC 27001:2022: inget att göra.",
    "migrate.title": "{source}: åtgärds-id migrerade från ISO/IEC 27001:2013 till 2022",
    "migrate.catalog": "plan.catalog: {old} → iso27001-2022",
    "migrate.activity": "Aktivitet {id}",
    "migrate.backlog": "Backloggpost {id}",
    "migrate.gap": "Brist {id}",
    "migrate.line": "{old} → {new}",
    "migrate.line_merged": "{old} → {new} (sammanslagen: borttagen, anges en gång)",
    "migrate.split": "DELAD i {targets}: avgör om båda gäller",
    "migrate.split_gap": "DELAD i {targets}: en brist anger en åtgärd, den första behålls; avgör",
    "migrate.summary": "Omskrivna id: {rewritten}, sammanslagna: {merged}, delade: {split}.",
    "migrate.decide": "Ett delat id kräver ditt beslut: behåll de åtgärder som gäller, ta bort den andra.",
    "migrate.uncovered": "{n} nya åtgärder i 2022 (utan motsvarighet i 2013) som ingen aktivitet täcker: {ids}",
    "migrate.dry_run": "Provkörning: ingenting skrevs.",
    "migrate.to_stdout": "Den migrerade planen skrevs till standard ut.",
    "migrate.written": "Skrivet till {target}.",
}
