"""The board pack as a person sees it: opened in headless Chromium, DOM checked, screenshot saved.

CI installs Debian's chromium; on a machine without it these tests are skipped (set
BOARDROOM_REQUIRE_BROWSER=1 to make a missing browser a failure, as CI does).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from boardroom.report import board_pack
from browser import Browser, find_chromium
from conftest import REPO

CHROMIUM = find_chromium()
if CHROMIUM is None and os.environ.get("BOARDROOM_REQUIRE_BROWSER") == "1":
    raise RuntimeError("BOARDROOM_REQUIRE_BROWSER=1 but no Chromium is installed")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")

SCREENSHOTS = REPO / "build" / "test-output"
SECRET_OUTCOME = "Members to consider the confidential findings about child A"
SECRET_LEAD = "Jane Doe, Independent Reviewer"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert CHROMIUM is not None
    with Browser(CHROMIUM) as b:
        yield b


@pytest.fixture
def packs(example_copy: Path, tmp_path: Path) -> tuple[Path, Path]:
    with (example_copy / "agenda.csv").open("a", encoding="utf-8") as handle:
        handle.write(f'11,Serious case review,Decision,"{SECRET_OUTCOME}","{SECRET_LEAD}",47-52,II,2,no\n')
    private = tmp_path / "pack.html"
    public = tmp_path / "public.html"
    board_pack(example_copy, out=private)
    board_pack(example_copy, out=public, public=True)
    return private, public


def test_example_pack_renders_cleanly(browser: Browser, tmp_path: Path) -> None:
    out = tmp_path / "example-pack.html"
    board_pack(out=out)
    report = browser.open(out.as_uri())
    assert report.exceptions == []
    assert report.console_errors == []
    external = [u for u in report.requests if not u.startswith(("file:", "data:", "about:"))]
    assert external == [], "the pack must be self-contained"
    sections = browser.evaluate("Array.from(document.querySelectorAll('main section h2')).map(h => h.textContent)")
    assert sections[:4] == ["Agenda", "Attendance", "Minutes of the previous meeting", "Action log"]
    assert "Indicators" in sections and sections[-1] == "Forward plan"
    assert any(title.startswith("Action plan: RAG position") for title in sections)
    rows = browser.evaluate("document.querySelectorAll('#agenda tbody tr').length")
    assert rows == 11
    headers = browser.evaluate("Array.from(document.querySelectorAll('thead th')).map(t => t.scope)")
    assert set(headers) == {"col"}, "every column header says it is one"
    owners = browser.evaluate("document.querySelector('#action-log').innerText")
    assert "Rebecca Huddleston (RH)" in owners and "Sheila Minchin (SM)" in owners
    burnley = browser.evaluate(
        "(() => { const row = Array.from(document.querySelectorAll('.indicator-table tbody tr'))"
        ".find(r => r.querySelector('th').textContent === 'Burnley');"
        " const cell = row.querySelectorAll('td')[8];"
        " return [cell.textContent, getComputedStyle(cell).backgroundColor]; })()"
    )
    assert burnley == ["6.9Worse", "rgb(192, 0, 0)"]
    charts = browser.evaluate(
        "Array.from(document.querySelectorAll('#indicators svg[role=img]'))"
        ".map(s => [s.getAttribute('aria-label'), s.getBoundingClientRect().width > 300])"
    )
    assert [visible for _, visible in charts] == [True, True], "the trend chart and the funnel plot are drawn"
    assert charts[0][0].startswith("Lancashire infant mortality")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shot = browser.screenshot(SCREENSHOTS / "example-pack.png")
    assert shot.stat().st_size > 20_000


def test_public_pack_shows_nothing_private(browser: Browser, packs: tuple[Path, Path]) -> None:
    private, public = packs
    browser.open(private.as_uri())
    private_text = browser.evaluate("document.documentElement.outerHTML")
    assert SECRET_OUTCOME in private_text and "Jane Doe" in private_text

    report = browser.open(public.as_uri())
    assert report.console_errors == [] and report.exceptions == []
    text = browser.evaluate("document.body.innerText")
    html = browser.evaluate("document.documentElement.outerHTML")
    for secret in (SECRET_OUTCOME, "Jane Doe", "Independent Reviewer", "47–52"):
        assert secret not in text and secret not in html
    exempt = browser.evaluate("document.querySelector('#item-11').innerText")
    assert "Serious case review" not in exempt and "Not for publication" in exempt
    assert "paragraph 2 of Schedule 12A" in exempt
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.screenshot(SCREENSHOTS / "public-pack.png")


def test_pack_prints_to_pdf(browser: Browser, tmp_path: Path) -> None:
    out = tmp_path / "pack.html"
    board_pack(out=out)
    browser.open(out.as_uri())
    pdf = browser.print_pdf(tmp_path / "pack.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_printed_pack_is_a4_with_page_numbers_and_no_clipped_table(tmp_path: Path) -> None:
    """The PDF `boardroom pack --pdf` prints, read back: A4 pages, "Page N of M" on each, the
    running header, and every column of Table 1 on the page."""
    import shutil
    import subprocess
    import sys

    if shutil.which("pdfinfo") is None or shutil.which("pdftotext") is None:
        if os.environ.get("BOARDROOM_REQUIRE_BROWSER") == "1":
            pytest.fail("poppler-utils (pdfinfo, pdftotext) are needed to read the printed pack back")
        pytest.skip("poppler-utils is not installed")
    html, pdf = tmp_path / "pack.html", tmp_path / "pack.pdf"
    subprocess.run(
        [sys.executable, "-m", "boardroom", "pack", "--public", "--out", str(html), "--pdf", str(pdf)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert "(A4)" in info, info
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    for page in range(1, pages + 1):
        assert f"Page {page} of {pages}" in text
    assert text.count("Thursday 10 December 2015 — Public") >= pages, "a running header on every page"
    assert "2010-12" in text and "% change" in text
    table = text[text.index("Table 1") :]
    assert "2009-11 to" in table[:3000], "the last column of Table 1 is printed"


def test_wide_tables_fit_a_1280_pixel_screen(browser: Browser, tmp_path: Path) -> None:
    out = tmp_path / "example-pack.html"
    board_pack(out=out)
    browser.open(out.as_uri())
    overflowing = browser.evaluate(
        "Array.from(document.querySelectorAll('table')).filter(t => t.scrollWidth > t.parentElement.clientWidth + 1)"
        ".map(t => t.querySelector('caption') ? t.querySelector('caption').textContent : t.className)"
    )
    assert overflowing == []
    assert browser.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    contents = browser.evaluate("Array.from(document.querySelectorAll('nav.contents a')).map(a => a.getAttribute('href'))")
    assert contents[0] == "#agenda" and len(contents) >= 6
    for anchor in contents:
        assert browser.evaluate(f"document.querySelector('{anchor}') !== null"), anchor
    items = browser.evaluate("Array.from(document.querySelectorAll('ul.minuted-list li')).map(li => li.textContent)")
    assert "All families part of CAF process" in items, "the minutes' bulleted list stays a list"
