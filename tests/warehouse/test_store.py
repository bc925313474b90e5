"""Storing articles and extractions: upserts, atomic replacement, provenance."""
from __future__ import annotations

import duckdb
import pytest

import warehouse
from tests.warehouse.helpers import gold_extraction, make_article, seed_text


def count(con, table: str) -> int:
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # table names are test constants


def test_connect_applies_each_migration_once(tmp_path):
    path = tmp_path / "w.duckdb"
    warehouse.connect(path).close()
    con = warehouse.connect(path)
    versions = [v for (v,) in con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()]
    assert versions == sorted(set(versions)) and versions[0] == 1
    assert warehouse.migrate(con) == []
    con.close()


def test_store_article_roundtrip(con):
    article = make_article(seed_text())
    assert warehouse.store_article(con, article) == article["article_id"]
    row = con.execute("SELECT outlet, status, text = ? FROM articles", [article["text"]]).fetchone()
    assert row == ("cand", "kept", True)
    assert warehouse.stored_hash(con, article["canonical_url"]) == article["content_hash"]
    assert warehouse.stored_hash(con, "https://elsewhere/") is None


def test_store_extraction_rows_point_into_text(stored):
    con, article = stored
    text = article["text"]
    for table in ("figures", "dates", "models", "officials"):
        rows = con.execute(f"SELECT start, \"end\", text, sentence, extractor_version FROM {table}").fetchall()
        assert rows, table
        for start, end, span, sentence, version in rows:
            assert text[start:end] == span
            assert sentence is not None and version == "test-1"
    fig = con.execute("SELECT value, unit, kind, approx FROM figures WHERE text = '135 tập thể'").fetchone()
    assert fig == (135.0, "tập thể", "count", False)
    titles = con.execute("SELECT titles FROM officials LIMIT 1").fetchone()[0]
    assert isinstance(titles, list)


def test_sentence_index_counts_sentences(stored):
    con, article = stored
    first = con.execute("SELECT sentence FROM dates WHERE text = 'Ngày 17/10'").fetchone()[0]
    rank = con.execute("SELECT sentence FROM officials WHERE name = 'Tô Lâm'").fetchone()[0]
    later = con.execute("SELECT min(sentence) FROM figures").fetchone()[0]
    assert (first, rank) == (1, 2)  # the title line is sentence 0
    assert later > rank


def test_same_article_twice_is_a_noop(stored):
    con, article = stored
    before = {t: count(con, t) for t in ("articles", "figures", "dates", "models", "officials")}
    warehouse.store_article(con, dict(article, fetched_at=article["fetched_at"].replace(year=2025)))
    after = {t: count(con, t) for t in before}
    assert after == before
    assert con.execute("SELECT year(fetched_at) FROM articles").fetchone()[0] == 2024


def test_changed_article_drops_stale_mentions_until_reextracted(stored):
    con, article = stored
    text = article["text"] + "\nThêm một đoạn."
    changed = make_article(text)
    warehouse.store_article(con, changed)
    assert count(con, "articles") == 1 and count(con, "figures") == 0
    warehouse.store_extraction(con, changed["article_id"], gold_extraction(), version="test-2")
    assert count(con, "figures") > 0
    assert con.execute("SELECT DISTINCT extractor_version FROM figures").fetchall() == [("test-2",)]


def test_reextraction_replaces_version(stored):
    con, article = stored
    n = count(con, "figures")
    warehouse.store_extraction(con, article["article_id"], gold_extraction(), version="test-2")
    assert count(con, "figures") == n
    versions = {v for t in ("figures", "dates", "models", "officials", "extractions")
                for (v,) in con.execute(f"SELECT DISTINCT extractor_version FROM {t}").fetchall()}
    assert versions == {"test-2"}


def test_failed_reextraction_keeps_old_rows(stored):
    con, article = stored
    before = con.execute("SELECT * FROM figures ORDER BY start").fetchall()
    good = gold_extraction()
    bad_official = type(good.officials[0])(0, 3, "Ngà", None, None, (), ())  # NULL name: NOT NULL fails
    broken = type(good)(good.dates, good.figures, good.models, (bad_official,))
    with pytest.raises(duckdb.ConstraintException):
        warehouse.store_extraction(con, article["article_id"], broken, version="test-bad")
    assert con.execute("SELECT * FROM figures ORDER BY start").fetchall() == before
    assert con.execute("SELECT extractor_version FROM extractions").fetchall() == [("test-1",)]


def test_store_extraction_needs_the_article(con):
    with pytest.raises(KeyError):
        warehouse.store_extraction(con, "0" * 16, gold_extraction(), version="v")


def test_duplicates_and_crawl_log_are_upserts(stored):
    con, article = stored
    for _ in range(2):
        warehouse.record_duplicate(con, "https://cand.com.vn/amp/a-1.html", article["article_id"], "canonical")
        warehouse.log_crawl_event(con, url=article["url"], outlet="cand", event="stored", status_code=200)
    assert count(con, "article_urls") == 1
    assert con.execute("SELECT times FROM crawl_log").fetchone()[0] == 2
    warehouse.log_crawl_event(con, url="https://cand.com.vn/x", outlet="cand", event="http_error",
                              status_code=404, reason="Not Found")
    assert count(con, "crawl_log") == 2
