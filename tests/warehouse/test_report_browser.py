"""The report in headless Chromium (Debian's, driven by playwright): it loads offline, with no console
errors, its charts draw with proper tooltips, the filters (dates, outlets, province, status) redraw
the page, the figures table sorts, searches and links to the sentences, and the rows shown download
as CSV."""
from __future__ import annotations

import csv
import io
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
    page.wait_for_selector("body[data-ready]")
    return page, problems


@pytest.fixture(scope="module")
def report_file(demo_db, tmp_path_factory) -> Path:  # noqa: F811
    """The demo report, written once; every test opens it in a page of its own or shares ``report``'s."""
    return write_report(demo_db, tmp_path_factory.mktemp("report") / "report.html")


@pytest.fixture(scope="module")
def report(browser, report_file):
    """The demo report open in the browser: (page, problems)."""
    page, problems = open_page(browser, report_file)
    page.wait_for_selector("#chart-officials .main-svg")
    yield page, problems
    page.close()


def test_loads_offline_without_console_errors(report):
    page, problems = report
    assert page.title().startswith("Báo cáo tinmine")
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


def hover_text(page, selector: str) -> str:
    """The tooltip plotly shows over the first mark matching ``selector`` that is on screen."""
    page.locator(selector).first.scroll_into_view_if_needed()
    box = page.evaluate("""sel => { for (const m of document.querySelectorAll(sel)) {
            if (m.closest('.rangeslider-container')) { continue; }
            const b = m.getBoundingClientRect();
            if (b.width > 2 && b.height > 2 && b.left >= 0 && b.right <= window.innerWidth) {
                return { x: b.left + Math.min(b.width / 2, 8), y: b.top + b.height / 2 }; } } }""", selector)
    # Plotly listens on its drag layer above the marks: move the mouse there, near the mark's start (its
    # top right may lie under the mode bar).
    page.mouse.move(box["x"] - 3, box["y"])
    page.mouse.move(box["x"], box["y"])
    page.wait_for_selector(".hoverlayer .hovertext")
    return page.evaluate("() => Array.from(document.querySelectorAll('.hoverlayer .hovertext'))"
                         ".map(e => e.textContent).join(' | ')")


@pytest.mark.parametrize(("selector", "expected"), [
    ("#chart-officials .scatterlayer path.point", "Báo"),
    ("#chart-coverage .barlayer .bars path", "bài"),
    ("#chart-indicators .barlayer .bars path", "số liệu"),
])
def test_tooltips_are_sentences_not_plotting_labels(report, selector, expected):
    page, _ = report
    text = hover_text(page, selector)
    assert expected in text and "=" not in text and "customdata" not in text and "undefined" not in text, text
    page.mouse.move(0, 0)


def test_coverage_marks_the_campaign_milestones(report):
    page, _ = report
    names = page.evaluate("() => document.getElementById('chart-coverage').data.map(t => t.name)")
    assert "Mốc" in names
    milestone = page.evaluate("() => document.getElementById('chart-coverage').data.find(t => t.name === 'Mốc')")
    assert any(c.startswith("19/08/2013 · Ngày hội toàn dân bảo vệ ANTQ") for c in milestone["customdata"])
    # Monthly bars at any span (the demo spans 2013 to 2023): one bar per outlet and month.
    periods = page.evaluate("() => document.getElementById('chart-coverage').data.filter(t => t.type === 'bar')"
                            ".map(t => t.xperiod)")
    assert periods and set(periods) == {"M1"}


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
    """Cell texts of the figure table's rows, in display order."""
    return page.evaluate("""() => Array.from(document.querySelectorAll('#figure-table tbody tr'))
        .map(r => Array.from(r.cells).map(c => c.innerText))""")


def card(page, name: str) -> str:
    return page.inner_text(f"[data-card={name}] b")


def test_search_is_accent_insensitive(report):
    page, _ = report
    total = len(visible_rows(page))
    page.fill("#figure-search", "nguoi nghien")
    rows = visible_rows(page)
    assert 0 < len(rows) < total
    assert all("người nghiện" in " ".join(r).casefold() for r in rows), rows
    assert page.inner_text("#figure-count") == f"{len(rows)} / {total} số liệu"
    page.fill("#figure-search", "")
    assert len(visible_rows(page)) == total


def test_sort_by_value(report):
    page, _ = report
    header = page.locator("#figure-table th", has_text="Giá trị")
    header.click()
    header.click()  # second click: descending
    assert header.get_attribute("aria-sort") == "descending"
    assert visible_rows(page)[0][1].startswith("≈ 12.000.000")
    page.locator("#figure-table th", has_text="Chỉ tiêu").click()
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


def only_outlet(page, name: str) -> None:
    """Tick one outlet in the outlets menu, untick the others."""
    page.click("#filter-outlets summary")
    for box in page.locator("#filter-outlets input[name=outlet]").all():
        wanted = name in box.evaluate("b => b.parentElement.innerText")
        if box.is_checked() != wanted:
            box.click()
    page.click("#filter-outlets summary")


@pytest.fixture()
def fresh(browser, report_file):
    """The demo report in a new page, filters untouched: (page, problems)."""
    page, problems = open_page(browser, report_file)
    yield page, problems
    page.close()


def test_outlet_filter_redraws_everything(fresh):
    page, problems = fresh
    articles, figures = int(card(page, "articles")), len(visible_rows(page))
    only_outlet(page, "Báo Công an nhân dân")
    rows = visible_rows(page)
    assert 0 < len(rows) < figures and {r[4] for r in rows} == {"Báo Công an nhân dân"}
    assert int(card(page, "articles")) == 2 < articles and card(page, "outlets") == "1"
    assert page.inner_text("[data-card=outlets] span") == "báo"
    assert page.inner_text("#filter-outlets summary") == "1 báo"
    bars = page.evaluate("() => document.getElementById('chart-coverage').data.filter(t => t.type === 'bar')"
                         ".map(t => t.name)")
    assert bars == ["Báo Công an nhân dân"]
    hidden = page.evaluate("() => Array.from(document.querySelectorAll('article.source'))"
                           ".filter(a => a.offsetParent === null).map(a => a.querySelector('.meta').innerText)")
    assert hidden and all(not h.startswith("Báo Công an nhân dân") for h in hidden)
    page.click("#filter-reset")
    assert len(visible_rows(page)) == figures and int(card(page, "articles")) == articles
    assert problems == []


def test_date_range_filter(fresh):
    page, problems = fresh
    page.fill("#filter-from", "2023-01-01")
    page.dispatch_event("#filter-from", "change")
    days = [r[5] for r in visible_rows(page)]
    assert days and all(d.endswith("/2023") for d in days)
    assert int(card(page, "articles")) == 3
    page.fill("#filter-to", "2023-06-01")
    page.dispatch_event("#filter-to", "change")
    assert {r[5] for r in visible_rows(page)} == {"30/05/2023"}
    assert problems == []


def test_province_and_status_filters(fresh):
    page, problems = fresh
    total = len(visible_rows(page))
    page.select_option("#filter-province", label="Bắc Kạn")
    rows = visible_rows(page)
    assert 0 < len(rows) < total and int(card(page, "articles")) >= 1
    assert "Bắc Kạn" in {r[2] for r in rows}
    page.select_option("#filter-province", value="")
    page.locator("input[name=status][value='0']").uncheck()  # no status ticked: nothing passes
    assert card(page, "articles") == "0" and visible_rows(page) == []
    assert page.inner_text("#chart-coverage") == "Không có gì khớp bộ lọc."
    page.locator("input[name=status][value='0']").check()
    assert int(card(page, "articles")) == 5
    assert problems == []


def test_csv_download_holds_the_rows_shown(fresh):
    page, problems = fresh
    only_outlet(page, "Báo Bắc Kạn")
    page.fill("#figure-search", "mo hinh")
    shown = visible_rows(page)
    assert shown
    with page.expect_download() as info:
        page.click("#figure-download")
    download = info.value
    assert download.suggested_filename == "tinmine-so-lieu.csv"
    raw = Path(download.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM, for Excel
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(table) == len(shown)
    assert {r["Báo"] for r in table} == {"Báo Bắc Kạn"}
    assert [r["Nguyên văn"] for r in table] == [r[6] for r in shown]
    assert all(r["url"].startswith("https://baobackan.vn/") and r["sentence"] for r in table)
    assert all(r["Giá trị"] == "" or float(r["Giá trị"]) >= 0 for r in table)
    assert problems == []


def test_empty_report_is_small_and_has_no_errors(browser, tmp_path):
    empty = tmp_path / "empty.duckdb"
    warehouse.connect(empty).close()
    out = write_report(empty, tmp_path / "empty.html")
    assert out.stat().st_size < 60_000
    page, problems = open_page(browser, out)
    assert page.locator(".empty").count() >= 5
    assert problems == []
    page.close()
