"""The HTML report: value formatting, sentence marking, the page built from the demo-like warehouse (its
language, its data, what the newest crawl brought, its size), the CLI."""
from __future__ import annotations

import base64
import gzip
import json
import re
from datetime import datetime

import pytest
from typer.testing import CliRunner

import tinmine.cmd_report  # noqa: F401  (registers the command)
import warehouse
from tests.report_fixtures import demo_db  # noqa: F401  (fixture)
from tests.warehouse.helpers import make_article
from tinmine.app import app
from warehouse.report import format_value, render_report, sentence_html
from warehouse.report_data import decode_payload, format_period, milestones, plural, strings

runner = CliRunner()


@pytest.mark.parametrize(("value", "approx", "lang", "shown"), [
    (54000.0, False, "en", "54,000"),
    (7.39, False, "en", "7.39"),
    (23.7, True, "en", "≈ 23.7"),
    (12_000_000.0, True, "en", "≈ 12,000,000"),
    (None, True, "en", "many"),
    (float("nan"), False, "en", "—"),
    (54000.0, False, "vi", "54.000"),
    (7.39, False, "vi", "7,39"),
    (1234.5, True, "vi", "≈ 1.234,5"),
    (None, True, "vi", "nhiều"),
])
def test_format_value(value, approx, lang, shown):
    assert format_value(value, approx, lang) == shown


@pytest.mark.parametrize(("period", "lang", "shown"), [
    ("2013/2023", "vi", "2013–2023"), ("2023-08", "vi", "08/2023"), ("2023-06-09", "vi", "09/06/2023"),
    ("2023-06-09", "en", "2023-06-09"), (None, "vi", ""),
])
def test_format_period(period, lang, shown):
    assert format_period(period, lang) == shown


@pytest.mark.parametrize(("lang", "n", "shown"), [
    ("en", 1, "1 outlet"), ("en", 3, "3 outlets"), ("en", 0, "0 outlets"), ("vi", 1, "1 báo"), ("vi", 3, "3 báo"),
    ("vi", 12000, "12.000 báo"),
])
def test_plurals(lang, n, shown):
    assert plural(lang, "n_outlets", n) == shown


def test_both_languages_have_every_string():
    assert set(strings("vi")) == set(strings("en"))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_milestone_parses(lang):
    rows = milestones(lang)
    assert rows and all(re.fullmatch(r"(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", md) and 1945 <= since <= 2100 and label
                        for md, since, label in rows)


def test_sentence_html_marks_and_escapes():
    text = "Trước. Có 2 <tổ> và 3 hộ, 3 hộ dân. Sau."
    span = (7, 35)
    one, two = text.index("2 <tổ>"), text.index("3 hộ,")
    html = sentence_html(text, span, [(two, two + 4, "b"), (one, one + 6, "a"), (two, two + 4 + 1, "c")])
    assert html.startswith("Có ")
    assert '<mark id="a">2 &lt;tổ&gt;</mark>' in html
    assert '<mark id="b">3 hộ</mark>' in html
    assert '<span class="fig-anchor" id="c"></span>' in html  # overlapping mark keeps its anchor
    assert html.endswith("dân.")


@pytest.fixture(scope="module")
def page(demo_db):  # noqa: F811
    """The report of the demo-like warehouse, and the figure rows it was built from."""
    con = warehouse.connect(demo_db, read_only=True)
    try:
        facts = warehouse.query("SELECT article_id, start FROM figure_facts", con)
        return render_report(con, source="demo.duckdb"), facts
    finally:
        con.close()


def test_report_links_every_figure_to_its_highlighted_sentence(page):
    html, facts = page
    links = payload_of(html)["f"]["an"]  # the table's rows link to these anchors (the browser test clicks one)
    assert len(links) == len(facts) > 0
    ids = set(re.findall(r'<(?:mark|span class="fig-anchor") id="([^"]+)"', html))
    assert set(links) <= ids
    assert {f"fig-{a}-{s}" for a, s in zip(facts["article_id"], facts["start"], strict=True)} == set(links)


def payload_of(html: str) -> dict:
    return decode_payload(re.search(r'<script type="application/octet-stream" id="report-data">([^<]*)</script>',
                                    html).group(1))


def test_report_is_self_contained_vietnamese_with_its_data(page):
    html, facts = page
    for chart in ("chart-coverage", "chart-models", "chart-officials", "chart-indicators", "chart-places"):
        assert f'id="{chart}"' in html
    assert not re.search(r'<(script|link|img)[^>]+(src|href)="(https?:)?//', html)
    packed = re.findall(r'<script type="application/octet-stream" id="plotly-js">([^<]*)</script>', html)
    assert len(packed) == 1  # plotly.js inlined once, gzip'd: under half its 4.8 MB
    assert gzip.decompress(base64.b64decode(packed[0])).startswith(b"/**\n* plotly.js v")
    assert 1_000_000 < len(html.encode()) < 2_500_000
    assert '<html lang="vi">' in html and "Độ phủ theo tháng" in html and "Bảng số liệu" in html
    assert "Báo Công an nhân dân" in html  # outlet display names
    data = payload_of(html)
    assert "Tô Lâm" in data["o"]["names"]
    assert len(data["f"]["a"]) == len(facts)
    assert json.loads(json.dumps(data, allow_nan=False)) == data  # strict JSON: no NaN anywhere
    assert ["08-19", 2005, "Ngày hội toàn dân bảo vệ ANTQ (19/8)"] in data["milestones"]
    # The table's columns: indicator, value with its unit, place, period; no Unit column of its own.
    assert re.findall(r'<th data-col="(\w+)">', html) == ["ind", "n", "pl", "pe", "o", "d", "tx"]


def test_report_in_english(demo_db):  # noqa: F811
    con = warehouse.connect(demo_db, read_only=True)
    try:
        html = render_report(con, lang="en")
    finally:
        con.close()
    assert '<html lang="en">' in html and "Monthly coverage" in html
    assert "outlets</span>" in html and "1 outlets" not in html
    assert payload_of(html)["t"]["n_outlets"] == ["{n} outlet", "{n} outlets"]


def test_empty_warehouse_is_small_and_says_so():
    con = warehouse.connect(":memory:")
    try:
        html = render_report(con)
    finally:
        con.close()
    assert 'data-empty="Chưa có bài nào có ngày đăng."' in html and "Chưa có số liệu nào." in html
    assert 'id="plotly-js"' not in html and len(html.encode()) < 60_000  # no plotly.js: nothing to draw


def test_what_changed_since_the_crawl_before(tmp_path):
    """Articles fetched a day apart are two crawls: the newest brought one article and its official."""
    db = tmp_path / "two.duckdb"
    con = warehouse.connect(db)
    try:
        for n, fetched in enumerate((datetime(2024, 1, 2, 3, 4), datetime(2024, 1, 3, 9, 0))):
            article = make_article(f"Bài số {n}. Có 12 tổ an ninh nhân dân.", url=f"https://cand.com.vn/a-{n}.html",
                                   fetched_at=fetched)
            warehouse.store_article(con, article)
        html = render_report(con)
    finally:
        con.close()
    assert "Lần thu thập mới nhất (bắt đầu 03/01/2024 09:00), so với lần trước (kết thúc 02/01/2024 03:04):" in html
    assert re.search(r"<b>1</b>bài đúng chủ đề mới", html)


def test_cli_writes_report(demo_db, tmp_path):  # noqa: F811
    out = tmp_path / "sub" / "report.html"
    result = runner.invoke(app, ["report", "--db", str(demo_db), "--out", str(out), "--limit", "5"])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert len(payload_of(html)["f"]["a"]) == 5 and "Chỉ hiện 5 số liệu mới nhất." in html
    old = runner.invoke(app, ["report", "--db", str(demo_db), "--out", str(out), "--max-figures", "3", "--lang", "en"])
    assert old.exit_code == 0, old.output  # the old spelling, hidden from --help
    assert "Showing the 3 most recent figures." in out.read_text(encoding="utf-8")


def test_cli_unknown_language_is_one_line(demo_db, tmp_path):  # noqa: F811
    result = runner.invoke(app, ["report", "--db", str(demo_db), "--out", str(tmp_path / "r.html"), "--lang", "fr"])
    assert result.exit_code != 0 and not (tmp_path / "r.html").exists()
    assert result.output.strip().splitlines() == ["error: --lang 'fr': choose one of vi, en"]


def test_cli_missing_db_exits_1(tmp_path):
    result = runner.invoke(app, ["report", "--db", str(tmp_path / "none.duckdb"), "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 1
    assert not (tmp_path / "r.html").exists()
