"""A spreadsheet's sheets as a plan's data, and every row error placed at its sheet, row
and column. Pure: sheetread gives the sheets, commands/import_ writes the plan.

Which sheet is which: by its title in either language (sheet.sheet_kind); a csv file is
the activities sheet, or the backlog when it has the backlog's Target column; in a workbook whose sheets have other titles (a method template's
`Blad1`), the first sheet with an activity header row is taken for the activities.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from handlingsplan import sheet, sheetcells, sheetplan, sheettable
from handlingsplan.sheetfindings import Finding, Place
from handlingsplan.sheetread import Sheet, column_letter

TABLES = ("gaps", "goals", "activities", "backlog")  # the order of a plan file
# Ids that must differ from each other: activities and backlog items share one space.
ID_SPACES = (("activities", "backlog"), ("goals",), ("gaps",))


@dataclass
class Imported:
    tables: dict[str, sheettable.Table] = field(default_factory=dict)
    header: sheetplan.Header | None = None  # the plan sheet, when the file has one
    findings: list[Finding] = field(default_factory=list)
    titles: list[str | None] = field(default_factory=list)  # the sheets, in file order
    lang: str | None = None  # the plan sheet's language, else the headers' language


def read(sheets: Sequence[Sheet], lang: str | None = None) -> Imported:
    """`lang` (from --lang) only names made ids (G1 or M1); words are read in both."""
    found = Imported(titles=[s.title for s in sheets])
    if not any(source.rows for source in sheets):
        found.findings.append(Finding.error(None, "import.empty"))
        return found
    kinds = _kinds(sheets, found)
    if "plan" in kinds:
        found.header = sheetplan.read(kinds["plan"][0])
        found.findings += found.header.findings
    found.lang = _language(found, kinds)
    for kind in TABLES:
        if kind in kinds:
            source, at = kinds[kind]
            prefix = "M" if kind == "goals" and (lang or found.lang) == "sv" else ""
            table = sheettable.read(source, kind, at, prefix or sheettable.MADE_IDS.get(kind, ""))
            found.tables[kind] = table
            found.findings += table.findings
    if not {"activities", "backlog"} & kinds.keys() and not any(
        f.message_id == "import.no_header" for f in found.findings
    ):
        found.findings.append(Finding.error(None, "import.no_activities"))
    _duplicates(found)
    return found


def _kinds(sheets: Sequence[Sheet], found: Imported) -> dict[str, tuple[Sheet, int]]:
    """Each kind's sheet and the position of its header row (0 for the plan sheet)."""
    kinds: dict[str, tuple[Sheet, int]] = {}
    for source in sheets:
        kind = _csv_kind(source) if source.title is None else sheet.sheet_kind(source.title)
        # `is not None`: a header in row 1 is at position 0, which is falsy.
        if (
            kind is None
            and "activities" not in kinds
            and _table_at(source, "activities") is not None
        ):
            kind = "activities"
        if kind is None or kind in kinds:
            found.findings.append(Finding.warn(Place(source.title, 0), "import.sheet_skipped"))
            continue
        at = 0 if kind == "plan" else _table_at(source, kind)
        if at is None:
            found.findings.append(_no_header(source, kind))
            continue
        kinds[kind] = (source, at)
    return kinds


def _csv_kind(source: Sheet) -> str:
    """A csv file is one sheet: the backlog when its header names the backlog's own
    column (Target, as `hplan table --backlog --format csv` writes it), else the
    activities."""
    at = _table_at(source, "backlog")
    if at is not None:
        known = sheet.names("backlog")
        keys = {known.get(sheet.header_key(sheetcells.as_text(c))) for c in source.rows[at].cells}
        if "target" in keys:
            return "backlog"
    return "activities"


def _table_at(source: Sheet, kind: str) -> int | None:
    return sheettable.header_row(source, kind)


def _no_header(source: Sheet, kind: str) -> Finding:
    names = sheettable.titles(kind, sheettable.KEY_COLUMN[kind])
    place = Place(source.title, 0)
    return Finding.error(place, "import.no_header", rows=sheettable.HEADER_ROWS, **names)


def _language(found: Imported, kinds: dict[str, tuple[Sheet, int]]) -> str | None:
    written = found.header.data.get("language") if found.header is not None else None
    if written in sheet.LANGUAGES:
        return str(written)
    votes = {lang: 0 for lang in sheet.LANGUAGES}
    for kind, (source, at) in kinds.items():
        if kind != "plan":
            cells = [sheet.header_key(sheetcells.as_text(c)) for c in source.rows[at].cells if c]
            for lang in sheet.LANGUAGES:
                votes[lang] += len(set(cells) & _titles(kind, lang))
    best = max(votes, key=lambda lang: votes[lang])
    return best if votes[best] > min(votes.values()) else None


def _titles(kind: str, lang: str) -> set[str]:
    """The headers only `lang` uses for `kind`'s columns (`Aktivitet`, not `Status`)."""
    other = "en" if lang == "sv" else "sv"
    own = {sheet.header_key(c.header(lang)) for c in sheet.FIELDS[kind]}
    return own - {sheet.header_key(c.header(other)) for c in sheet.FIELDS[kind]}


def _duplicates(found: Imported) -> None:
    """An id used twice: an error at the second, naming the first (sheet, cell)."""
    for space in ID_SPACES:
        seen: dict[str, str] = {}
        for kind in space:
            table = found.tables.get(kind)
            if table is None:
                continue
            column = table.columns.get("id", 0)
            for item, row in zip(table.items, table.rows, strict=True):
                ident = str(item.get("id", ""))
                cell = _ref(found, kind, column, row)
                if ident and ident in seen:
                    place = Place(table.title, row, column, table.headers.get(column, ""))
                    found.findings.append(Finding.error(place, "import.duplicate_id", id=ident,
                                                        first=seen[ident]))  # fmt: skip
                seen.setdefault(ident, cell)


def _ref(found: Imported, kind: str, column: int, row: int) -> str:
    title = found.tables[kind].title
    letter = column_letter(column) if column else ""
    return f"{title}!{letter}{row}" if title is not None else f"{letter}{row}"
