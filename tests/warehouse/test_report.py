"""The HTML report: value formatting, sentence marking, the page built from the demo-like warehouse, the CLI."""
from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

import tinmine.cmd_report  # noqa: F401  (registers the command)
import warehouse
from tests.report_fixtures import demo_db  # noqa: F401  (fixture)
from tinmine.app import app
from warehouse.report import format_value, render_report, sentence_html

runner = CliRunner()


@pytest.mark.parametrize(("value", "approx", "shown"), [
    (54000.0, False, "54,000"),
    (7.39, False, "7.39"),
    (23.7, True, "≈ 23.7"),
    (12_000_000.0, True, "≈ 12,000,000"),
    (None, True, "many"),
    (float("nan"), False, "—"),
])
def test_format_value(value, approx, shown):
    assert format_value(value, approx) == shown


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
    links = re.findall(r'<a href="#(fig-[0-9a-f]+-\d+)"', html)
    assert len(links) == len(facts) > 0
    ids = set(re.findall(r'<(?:mark|span class="fig-anchor") id="([^"]+)"', html))
    assert set(links) <= ids
    assert {f"fig-{a}-{s}" for a, s in zip(facts["article_id"], facts["start"], strict=True)} == set(links)


def test_report_is_self_contained_with_four_charts(page):
    html, _ = page
    for chart in ("chart-coverage", "chart-models", "chart-officials", "chart-indicators"):
        assert f'id="{chart}"' in html
    assert not re.search(r'<(script|link|img)[^>]+(src|href)="(https?:)?//', html)
    assert "Plotly.newPlot" in html and len(html) > 1_000_000  # plotly.js inlined
    assert "Báo Công an nhân dân" in html  # outlet display names
    assert json.dumps("Tô Lâm")[1:-1] in html  # in the officials chart's JSON


def test_empty_warehouse_renders_placeholders():
    con = warehouse.connect(":memory:")
    try:
        html = render_report(con)
    finally:
        con.close()
    assert "No dated articles yet." in html and "No figures found yet." in html
    assert "Plotly.newPlot" not in html


def test_cli_writes_report(demo_db, tmp_path):  # noqa: F811
    out = tmp_path / "sub" / "report.html"
    result = runner.invoke(app, ["report", "--db", str(demo_db), "--out", str(out), "--max-figures", "5"])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert html.count('<a href="#fig-') == 5 and "Showing the 5 most recent." in html


def test_cli_missing_db_exits_1(tmp_path):
    result = runner.invoke(app, ["report", "--db", str(tmp_path / "none.duckdb"), "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 1
    assert not (tmp_path / "r.html").exists()
