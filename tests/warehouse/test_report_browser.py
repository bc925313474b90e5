"""The report in headless Chromium (Debian's, driven by playwright): it loads offline, with no console
errors, its charts draw, and the figures table sorts, filters and links to the sentences."""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import warehouse
from tests.report_fixtures import demo_db  # noqa: F401  (fixture)
from warehouse.report import write_report

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
if CHROMIUM is None:
    pytest.skip("no chromium on this machine (.ci/run installs Debian's chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (dev dependency) not installed")

CHARTS = ("chart-coverage", "chart-models", "chart-officials", "chart-indicators", "chart-places")


@pytest.fixture(scope="module")
def browser() -> Iterator:
    """Headless Debian chromium; playwright downloads no browser of its own."""
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield launched
        launched.close()


def open_page(browser, path: Path):
    """Open a report file; return the page and the console errors, page errors and requests it made."""
    page = browser.new_page(viewport={"width": 1300, "height": 900})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("request", lambda r: None if r.url.startswith(("file:", "data:", "blob:"))
            else problems.append(f"network request: {r.url}"))
    page.goto(path.as_uri(), wait_until="load")
    return page, problems


@pytest.fixture(scope="module")
def report(browser, demo_db, tmp_path_factory):  # noqa: F811
    """The demo report open in the browser: (page, problems)."""
    out = write_report(demo_db, tmp_path_factory.mktemp("report") / "report.html")
    page, problems = open_page(browser, out)
    page.wait_for_selector("#chart-officials .main-svg")
    yield page, problems
    page.close()


def test_loads_offline_without_console_errors(report):
    page, problems = report
    assert page.title().startswith("tinmine report")
    assert problems == []


@pytest.mark.parametrize("chart", CHARTS)
def test_chart_draws(report, chart):
    page, _ = report
    drawn = page.evaluate(
        """id => { const el = document.getElementById(id);
                   return { svg: el.querySelectorAll('svg.main-svg').length,
                            marks: el.querySelectorAll('.scatterlayer path.point, .barlayer .bars path').length,
                            height: el.getBoundingClientRect().height }; }""", chart)
    assert drawn["svg"] > 0 and drawn["marks"] > 0 and drawn["height"] > 200, drawn


def test_place_map_lists_the_outlet_province(report):
    """Seed 002 is stored under baobackan: its "toàn tỉnh" figures land on Bắc Kạn, on the map and the table."""
    page, _ = report
    places = page.evaluate("() => Array.from(document.querySelectorAll('#place-table tbody tr'))"
                           ".map(r => r.cells[0].innerText)")
    assert any(p.startswith("Bắc Kạn") for p in places), places
    points = page.evaluate("() => document.querySelectorAll('#chart-places .scatterlayer path.point').length")
    provinces = 63  # the grey outline; the bubbles of the shown indicator come on top
    assert points > provinces, points


def visible_rows(page) -> list[list[str]]:
    """Cell texts of the figure table rows not hidden by the filter, in display order."""
    return page.evaluate("""() => Array.from(document.querySelectorAll('#figure-table tbody tr'))
        .filter(r => !r.classList.contains('hidden')).map(r => Array.from(r.cells).map(c => c.innerText))""")


def test_filter_is_accent_insensitive(report):
    page, _ = report
    total = len(visible_rows(page))
    page.fill("#figure-search", "nguoi nghien")
    rows = visible_rows(page)
    assert 0 < len(rows) < total
    assert all("người nghiện" in " ".join(r) for r in rows)
    assert page.inner_text("#figure-count") == f"{len(rows)} of {total} figures"
    page.fill("#figure-search", "")
    assert len(visible_rows(page)) == total


def test_sort_by_value(report):
    page, _ = report
    header = page.locator("#figure-table th", has_text="Value")
    header.click()
    header.click()  # second click: descending
    assert header.get_attribute("aria-sort") == "descending"
    assert visible_rows(page)[0][1] == "≈ 12,000,000"
    page.locator("#figure-table th", has_text="Indicator").click()
    indicators = [r[0] for r in visible_rows(page)]
    assert indicators[0] <= indicators[-1]


def test_row_link_jumps_to_the_highlighted_sentence(report):
    page, _ = report
    link = page.locator("#figure-table tbody tr a").first
    target, written = link.get_attribute("href"), link.inner_text()
    link.click()
    assert page.evaluate("location.hash") == target
    mark = page.locator(target)
    assert mark.inner_text() == written
    assert mark.is_visible() and mark.evaluate("m => m.matches(':target')")
    assert mark.evaluate("m => m.getBoundingClientRect().top") >= 0


def test_empty_report_has_no_errors(browser, tmp_path):
    empty = tmp_path / "empty.duckdb"
    warehouse.connect(empty).close()
    page, problems = open_page(browser, write_report(empty, tmp_path / "empty.html"))
    assert page.locator(".empty").count() >= 5
    assert problems == []
    page.close()
