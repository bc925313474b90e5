"""`tinmine show` (issue 13): a stored article by id or URL, a legend, each extraction's value on hover,
and the text exactly as written (the lexicon view no longer runs words together)."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import tinmine.cli  # noqa: F401  (registers every command)
import warehouse
from tests.report_fixtures import SEED_ARTICLES, demo_db, seed_article  # noqa: F401  (fixture)
from tests.warehouse.helpers import seed_text
from tinmine.app import app
from warehouse.review import Mark, marked_html

runner = CliRunner()
STEM = "002_361dfef9dc19900e"


def shown_text(page: str) -> str:
    """The article text as the page shows it: the marked block without its tags."""
    block = re.search(r'<div class="text">(.*?)</div>', page, re.S).group(1)
    return html.unescape(re.sub(r"<[^>]+>", "", block))


def tips(page: str, kind: str) -> list[str]:
    return [html.unescape(t) for t in re.findall(rf'<mark class="k-{kind}" data-kind="{kind}" data-tip="([^"]*)"', page)]


def show(*args: str) -> str:
    result = runner.invoke(app, ["show", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture
def stored(demo_db):  # noqa: F811
    article, _ = seed_article(STEM)
    return demo_db, article


def test_a_stored_article_by_id_or_url(stored, tmp_path: Path) -> None:
    db, article = stored
    by_id, by_url = tmp_path / "id.html", tmp_path / "url.html"
    said = show(article["article_id"], "--db", str(db), "--out", str(by_id))
    show(article["url"], "--db", str(db), "--out", str(by_url))
    page = by_id.read_text(encoding="utf-8")
    assert said.startswith(f"wrote {by_id}: ") and "figure" in said
    assert by_url.read_text(encoding="utf-8") == page
    assert shown_text(page) == article["text"]  # every character, spacing and line breaks as stored
    assert article["title"] in page and article["url"] in page and "Báo Bắc Kạn" in page
    figure_tips = tips(page, "figure")
    assert any("value: 17,429 nhóm liên gia tự quản" in t and "indicator: " in t and "period: " in t
               for t in figure_tips), figure_tips
    legend = re.findall(r'checked data-kind="(\w+)">', page)
    assert legend == ["date", "figure", "model", "official", "place"]


def test_the_default_file_is_named_after_the_article(stored, tmp_path: Path, monkeypatch) -> None:
    db, article = stored
    monkeypatch.chdir(tmp_path)
    show(article["article_id"], "--db", str(db))
    assert (tmp_path / f"{article['article_id']}.show.html").is_file()


def test_officials_show_rank_and_titles(demo_db, tmp_path: Path) -> None:  # noqa: F811
    article, _ = seed_article("003_f707674472ecf3bc")
    out = tmp_path / "o.html"
    show(article["article_id"], "--db", str(demo_db), "--out", str(out))
    official = tips(out.read_text(encoding="utf-8"), "official")
    assert any("name: Tô Lâm" in t and "rank: Đại tướng" in t and "Bộ trưởng Bộ Công an" in t for t in official)


def test_lexicon_view_keeps_the_spacing(tmp_path: Path) -> None:
    text = seed_text(STEM)
    src = tmp_path / "a.txt"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "lex.html"
    show(str(src), "--lexicon", "--out", str(out))
    page = out.read_text(encoding="utf-8")
    assert shown_text(page) == text
    assert "nhómliên" not in shown_text(page)
    assert tips(page, "TITLE") or tips(page, "RANK")


def test_a_file_shows_the_values_it_would_store(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(seed_text(STEM), encoding="utf-8")
    show(str(src), "--reference-date", "2023-05-30")
    page = src.with_name("a.show.html").read_text(encoding="utf-8")
    assert any("value: 17,429 nhóm liên gia tự quản" in t for t in tips(page, "figure"))
    assert any("value: 2023-05-30" in t for t in tips(page, "date"))


@pytest.mark.parametrize("target, said", [
    ("0123456789abcdef", "no stored article with id or URL '0123456789abcdef'"),
    ("https://cand.com.vn/none.html", "no stored article with id or URL"),
    ("missing.txt", "missing.txt: no such file"),
])
def test_unknown_targets_are_one_line(demo_db, target: str, said: str) -> None:  # noqa: F811
    result = runner.invoke(app, ["show", target, "--db", str(demo_db)])
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert result.exit_code == 1 and len(lines) == 1 and said in lines[0], result.output


def test_overlapping_marks_keep_every_tip() -> None:
    text = "Đại tướng Tô Lâm, Bộ trưởng Bộ Công an"
    marks = [Mark(0, 38, "official", (("name", "Tô Lâm"),)), Mark(28, 38, "place", (("name", "Bộ Công an"),))]
    page = str(marked_html(text, marks))
    assert html.unescape(re.sub(r"<[^>]+>", "", page)) == text
    inner = re.search(r'<mark class="k-place"[^>]*data-tip="([^"]*)">Bộ Công an</mark>', page)
    assert inner and "name: Bộ Công an" in inner.group(1) and "name: Tô Lâm" in inner.group(1)


def test_demo_articles_are_all_found(demo_db) -> None:  # noqa: F811
    con = warehouse.connect(demo_db, read_only=True)
    ids = {r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()}
    con.close()
    assert ids == {seed_article(s)[0]["article_id"] for s in SEED_ARTICLES}
