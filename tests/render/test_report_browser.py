"""The html report in a real browser: Debian's headless chromium prints the Swedish
example's report to PDF and takes a screenshot, and the tests assert on what rendered.

- PDF (read back with poppler's pdftotext): A4 pages, the classification marking at
  the top of every page and the page number at its foot, the key figures of every
  section, the Gantt chart's own text (the inline SVG drew), and no word past the
  page's right edge (tables do not overflow).
- Screenshot: a PNG of the window's size that is not blank.

Chromium runs with no network (every host name resolves to nothing) and a throwaway
profile. The tests are skipped, saying why, only where chromium (or pdftotext for the
PDF) is not installed; `.ci/run` installs both from Debian's packages.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from handlingsplan import load_plan
from handlingsplan.render import report_build, report_html
from handlingsplan.render.report_model import Document

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLE = ROOT / "examples" / "handlingsplan-2027.yaml"
MARKING = "Konfidentiell enligt OSL 18 kap. 8 §"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PDFTOTEXT = shutil.which("pdftotext")
A4 = (595.0, 842.0)  # points
WINDOW = (1000, 1400)

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium is not installed, so the html report is not checked in a browser "
    "(apt-get install -y --no-install-recommends chromium poppler-utils; .ci/run does)",
)


URL = "https://eur-lex.europa.eu/legal-content/SV/TXT/?uri=CELEX:32022L2555&from=EN#d1e32-80-1"
# A second plan under the same marking whose text is as long as users write it: a URL as
# a requirement and in a note, long compound words, a long name. Nothing may overflow.
LONG = f"""\
hplan: 1
plan:
  title: Informationssäkerhetssamordningsförvaltningens handlingsplan
  organisation: Exempelkommunen
  classification: "{MARKING}"
  period: {{start: 2027-01-01, end: 2027-12-31}}
activities:
  - id: A1-informationssakerhetsklassningsprojektet
    name: {"Översyn av verksamhetssystemens behörighetsadministrationsrutiner " * 4}
    requirements: ["{URL}"]
    priority: high
    responsible: Informationssäkerhetssamordnaren Maria Lind-Karlsson
    start: 2027-02-01
    end: 2027-11-30
    status: in_progress
    progress: 5
    followups: [{{date: 2027-08-31, note: "Se {URL} och {URL}"}}]
"""


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example's report as `hplan report --format html --today 2027-09-15` writes it,
    and a plan of long text after it (report_build and report_html, as the command)."""
    folder = tmp_path_factory.mktemp("report")
    (folder / "long.yaml").write_text(LONG, encoding="utf-8")
    sections = []
    for path in (EXAMPLE, folder / "long.yaml"):
        plan = load_plan(str(path))
        assert plan is not None, path
        sections.append(report_build.section(plan, "sv", dt.date(2027, 9, 15), 15.0))
    out = folder / "report.html"
    out.write_text(report_html.render(Document(sections)), encoding="utf-8")
    return out


def chromium(page: Path, *args: str) -> None:
    assert CHROMIUM is not None
    profile = page.parent / "profile"
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-extensions", "--hide-scrollbars", f"--user-data-dir={profile}",
               "--host-resolver-rules=MAP * ~NOTFOUND", *args, page.as_uri()]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.fixture(scope="module")
def pdf(page: Path) -> Path:
    out = page.parent / "report.pdf"
    chromium(page, "--no-pdf-header-footer", f"--print-to-pdf={out}")
    assert out.stat().st_size > 10_000
    return out


def pages(pdf: Path) -> list[str]:
    if PDFTOTEXT is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF's text is not read")
    done = subprocess.run([PDFTOTEXT, "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True, timeout=60)  # fmt: skip
    return [text for text in done.stdout.split("\f") if text.strip()]


def flat(text: str) -> str:
    """One line, single spaces (no-break spaces too): how a reader scans the page."""
    return " ".join(text.replace("\u00a0", " ").split())


def test_marking_heads_every_printed_page_and_pages_are_numbered(pdf: Path) -> None:
    found = pages(pdf)
    assert len(found) >= 3  # the example fills several A4 pages
    for n, text in enumerate(found, start=1):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert lines[0] == MARKING, (n, lines[:3])
        assert f"Sida {n} av {len(found)}" in flat(text), n


def test_every_section_and_its_key_figures_rendered(pdf: Path) -> None:
    text = flat(" ".join(pages(pdf)))
    for expected in (
        "Handlingsplan för informationssäkerhet 2027",
        "Fastställd av Kommunstyrelsen den 2026-12-14 (KS 2026/412)",
        "5 av 13 aktiviteter (38 %), 32 % av de planerade timmarna",
        "3 (1 ligger efter, 1 pausad, 1 med senare prognos)",
        "55 % klar när 78 % av tiden har gått",
        "2 145 000 kr",
        "582 700 kr",
        "3 060 000 kr",
        "Aktiviteter som förts över från tidigare planer",
        "Säkerhetsskyddslagen",
        "Kontinuitetsplaner för verksamhetskritiska IT-tjänster",
        "kritiska linjen",  # the legend of the Gantt SVG: the chart itself drew
        "Informationssäkerhetssamordningsförvaltningens handlingsplan",
    ):
        assert expected in text, expected


def test_pages_are_a4_and_nothing_runs_past_the_right_edge(pdf: Path) -> None:
    if PDFTOTEXT is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF's layout is not read")
    done = subprocess.run([PDFTOTEXT, "-bbox", str(pdf), "-"], capture_output=True, text=True,
                          check=True, timeout=60)  # fmt: skip
    sizes = re.findall(r'<page width="([\d.]+)" height="([\d.]+)"', done.stdout)
    assert sizes and all(abs(float(w) - A4[0]) < 2 and abs(float(h) - A4[1]) < 2 for w, h in sizes)
    right = max(float(x) for x in re.findall(r'xMax="([\d.]+)"', done.stdout))
    assert right < A4[0] - 20  # inside the page's margin
    # Chromium shrinks a whole document to fit its widest part: the marking (9.5 pt,
    # a box 11.05 pt high) would then be smaller on every page.
    heads = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Konfidentiell<', done.stdout)
    tops = [float(y1) - float(y0) for y0, y1 in heads if float(y0) < 60]
    assert len(tops) == len(sizes)
    assert min(tops) > 10.95, tops


def test_screenshot_is_a_picture_of_the_page(page: Path) -> None:
    out = page.parent / "screen.png"
    chromium(page, f"--window-size={WINDOW[0]},{WINDOW[1]}", f"--screenshot={out}")
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == WINDOW
    pixels = zlib.decompress(b"".join(_chunks(data, b"IDAT")))
    # Not blank: a page of text, tables and a chart has many shades, not one colour.
    assert len(set(pixels)) > 64
    assert pixels.count(pixels[0]) < 0.95 * len(pixels)


def _chunks(data: bytes, kind: bytes) -> list[bytes]:
    found, at = [], 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        if data[at + 4 : at + 8] == kind:
            found.append(data[at + 8 : at + 8 + length])
        at += 12 + length
    return found
