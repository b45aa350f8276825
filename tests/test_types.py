"""types.iso_date: the one reading of a date typed on a command line or in a cell, and
the commands that read one with it: YYYY-MM-DD and nothing else."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from handlingsplan.types import iso_date

EXAMPLE = str(Path(__file__).resolve().parent.parent / "examples" / "action-plan-2027.yaml")


def test_an_iso_date_with_spaces_around_it() -> None:
    assert iso_date(" 2027-03-01 ") == dt.date(2027, 3, 1)


@pytest.mark.parametrize(
    "text", ["2027-W10-1", "20270301", "2027-3-1", "2027-02-30", "", "1/3/2027"]
)
def test_anything_else_is_no_date(text: str) -> None:
    # fromisoformat alone takes the week date 2027-W10-1 and 20270301 on Python 3.11
    with pytest.raises(ValueError):
        iso_date(text)


@pytest.mark.parametrize(
    ("args", "said"),
    [(("status", EXAMPLE, "--today", "2027-W10-1"), "--today: 2027-W10-1 is not a date"),
     (("rollover", EXAMPLE, "--dry-run", "--period", "2028-W01-1:2028-12-31"), "2028-W01-1:2028-12-31"),
     (("adopt", EXAMPLE, "--by", "KS", "--date", "2027-W01-1"), "2027-W01-1")],
)  # fmt: skip
def test_commands_refuse_a_week_date_on_the_command_line(
    hplan: Callable[..., Any], args: tuple[str, ...], said: str
) -> None:
    run = hplan(*args)
    assert run.code == 2 and said in run.err, run.err
