"""No spreadsheet makes `hplan import` fail with a traceback: any cells under any of the
headers it knows (and some it does not) give a plan or findings, never an exception
other than HplanError (a usage or file error, said as one line)."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handlingsplan import sheet, sheetread
from handlingsplan.commands import import_
from handlingsplan.config import Config
from handlingsplan.errors import HplanError
from handlingsplan.sheetread import Row, Share, Sheet

HEADERS = [*sorted({name for kind in sheet.SHEETS for name in sheet.names(kind)}), "Blad", ""]
TITLES = [*(sheet.sheet_title(k, lang) for k in sheet.SHEETS for lang in sheet.LANGUAGES), "Blad1"]
cell = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.sampled_from(["hög", "High", "2027-02-01", "1/3/2027", "80 tkr", "12,5", "40 %", "'=x", "A1",
                     "A1, A2", "M1", "=SUM(A1)", "2027-02-30", "-5", "1e400", "nan"]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-(10**20), 10**20),
    st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)),
    st.floats(0, 5).map(Share),
)  # fmt: skip
rows = st.lists(st.lists(cell, max_size=8).map(tuple), max_size=6)


@st.composite
def sheets(draw: st.DrawFn) -> list[Sheet]:
    found = []
    for title in draw(st.lists(st.sampled_from([None, *TITLES]), min_size=1, max_size=3)):
        header = tuple(draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8)))
        body = [header, *draw(rows)] if draw(st.booleans()) else draw(rows)
        found.append(Sheet(title, tuple(Row(n, r) for n, r in enumerate(body, start=1))))
    return found


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sheets(), st.sampled_from([None, "sv", "en"]))
def test_any_cells_give_a_plan_or_findings(found: list[Sheet], lang: str | None) -> None:
    opts = import_.ImportOptions("plan.xlsx", "plan.yaml", lang=lang, organisation="X", year="2027")
    try:
        made = import_.make(opts, found, Config(), "plan.yaml")
    except HplanError:
        return
    for finding in made.findings:
        assert finding.message("sv") and finding.message("en")


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode)),
       st.sampled_from(["plan.csv", "plan.xlsx"]))  # fmt: skip
def test_any_bytes_are_read_or_refused_in_one_line(data: bytes, name: str) -> None:
    try:
        found = sheetread.parse(data, name, "en")
    except HplanError as exc:
        assert "\n" not in exc.message and exc.exit_code == 1
        return
    opts = import_.ImportOptions(name, "plan.yaml", organisation="X", year="2027")
    import_.make(opts, found, Config(), "plan.yaml")
