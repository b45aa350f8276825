"""sheet.py: the header names an import recognises, and the sheets' titles."""

from __future__ import annotations

import pytest

from handlingsplan import sheet
from handlingsplan.render.columns import COLUMNS


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Aktivitet", "name"),
        ("Activity", "name"),
        ("Kostnad (kr)", "money"),
        ("  SLUTDATUM* ", "end"),
        ("Koppling till mål", "goals"),
        ("Säkerhetsåtgärder", "controls"),
        ("Beroende av", "depends_on"),
        ("Running/yr", "running"),
        ("Löpande/år", "running"),
        ("Åtgärd", "name"),
    ],
)
def test_activity_headers_in_either_language_and_the_methods_names(written: str, key: str) -> None:
    assert sheet.names("activities")[sheet.header_key(written)] == key


def test_every_activity_column_is_recognised_by_both_titles() -> None:
    names = sheet.names("activities")
    for column in COLUMNS:
        for lang in sheet.LANGUAGES:
            assert names[sheet.header_key(column.header(lang))] == column.key


def test_a_columns_own_title_wins_over_another_columns_alias() -> None:
    # "Mål" is the goal sheet's own title column, and an alias of activities' goals.
    assert sheet.names("goals")["mål"] == "title"
    assert sheet.names("activities")["mål"] == "goals"


@pytest.mark.parametrize(
    ("title", "kind"),
    [("Aktiviteter", "activities"), ("GOALS", "goals"), ("Backlogg", "backlog"), ("Brister", "gaps"),
     ("Blad1", None)],
)  # fmt: skip
def test_sheet_titles_in_either_language(title: str, kind: str | None) -> None:
    assert sheet.sheet_kind(title) == kind


def test_plan_title_and_goal_title_are_told_apart_in_swedish() -> None:
    assert sheet.names("plan")["titel"] == "plan_title"
    assert "mål" not in sheet.names("plan")


def test_names_that_would_misread_a_column_are_not_aliases() -> None:
    names = sheet.names("activities")
    assert "effort" not in names  # effort is who does the hours: not the hours column
    assert "åtgärder" not in names  # "actions" or "security measures": too vague to guess
