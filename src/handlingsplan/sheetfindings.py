"""What `hplan import` found in a spreadsheet, placed as a spreadsheet user looks for it:
the sheet, the row, the column (`Aktiviteter!E7 (Start)`), and said in the user's
language only when it is shown. Pure values and their text and JSON forms.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from handlingsplan import i18n, words
from handlingsplan.sheetread import column_letter

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Place:
    sheet: str | None  # the sheet's title as written; None in a csv file
    row: int  # 0: the sheet (or the file) as a whole
    column: int = 0  # 0: the whole row
    label: str = ""  # the column's header as written, or the row's item id

    def cell(self, lang: str) -> str:
        """`Aktiviteter!E7`, `E7` in a csv, `Aktiviteter row 7` for a whole row."""
        sheet = f"{self.sheet}!" if self.sheet is not None and self.row else ""
        if self.column and self.row:
            where = f"{sheet}{column_letter(self.column)}{self.row}"
        elif self.row:
            where = i18n.t("import.place_row", lang, sheet=self.sheet or "", row=self.row).strip()
        else:
            where = self.sheet or ""
        return f"{where} ({self.label})" if self.label and where else where or self.label


@dataclass(frozen=True)
class Finding:
    severity: str
    place: Place | None
    message_id: str
    args: tuple[tuple[str, Any], ...] = ()
    code: str = ""  # a validation code (HP302) for what validating the made plan found
    said: str = ""  # a validation message, already in the plan's language

    @classmethod
    def error(cls, place: Place | None, message_id: str, **args: Any) -> Finding:
        return cls(ERROR, place, message_id, tuple(args.items()))

    @classmethod
    def warn(cls, place: Place | None, message_id: str, **args: Any) -> Finding:
        return cls(WARNING, place, message_id, tuple(args.items()))

    @classmethod
    def bad(cls, place: Place, bad: Any) -> Finding:
        """A cell sheetcells could not read (a sheetcells.Bad)."""
        return cls.error(place, bad.message_id, value=bad.value, words=bad.words, meant=bad.meant)

    def message(self, lang: str) -> str:
        args = dict(self.args)
        if args.get("words"):  # the format's words, said in the reader's language
            args["words"] = ", ".join(words.word(w, lang) for w in str(args["words"]).split(", "))
            args["meant"] = words.word(str(args.get("meant", "")), lang)
        if f"column_{lang}" in args:  # a column's title, in the reader's language
            args["column"] = args[f"column_{lang}"]
        return self.said or i18n.t(self.message_id, lang, **args)


def ordered(findings: Iterable[Finding], titles: Sequence[str | None]) -> list[Finding]:
    """By sheet (in the workbook's order), row and column: as the user walks the file."""

    def key(finding: Finding) -> tuple[int, int, int]:
        place = finding.place
        if place is None:
            return (-1, 0, 0)
        sheet = titles.index(place.sheet) if place.sheet in titles else len(titles)
        return (sheet, place.row, place.column)

    return sorted(findings, key=key)


def line(finding: Finding, path: str, lang: str) -> str:
    """`plan.xlsx: Aktiviteter!E7 (Start): error: "2027-13-01" is not a date (YYYY-MM-DD)`."""
    where = finding.place.cell(lang) if finding.place is not None else ""
    severity = i18n.t(f"severity.{finding.severity}", lang)
    code = f" {finding.code}" if finding.code else ""
    prefix = f"{path}: {where}: " if where else f"{path}: "
    return f"{prefix}{severity}{code}: {finding.message(lang)}"


def as_dict(finding: Finding, lang: str) -> dict[str, Any]:
    place = finding.place or Place(None, 0)
    return {
        "severity": finding.severity, "code": finding.code or None, "sheet": place.sheet,
        "row": place.row or None, "column": column_letter(place.column) or None,
        "label": place.label or None, "message": finding.message(lang),
    }  # fmt: skip


def count(findings: Iterable[Finding], severity: str) -> int:
    return sum(1 for finding in findings if finding.severity == severity)
