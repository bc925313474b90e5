"""End to end: crawl the bundled sample site from 127.0.0.1 into a temporary DuckDB (in a forked process)."""
from __future__ import annotations

from pathlib import Path

import pytest

import warehouse
from crawler.archive import read_record
from pipelines.reextract import reextract
from tests.crawler.crawlproc import run_crawl

__all__ = ["run_crawl"]


@pytest.mark.slow
def test_sample_crawl_keeps_campaign_articles_and_records_duplicates(tmp_path: Path) -> None:
    db = tmp_path / "sample.duckdb"
    stats = run_crawl(db, "sample")
    assert stats["kept"] == 5 and stats["offtopic"] >= 10 and stats["errors"] == 0
    con = warehouse.connect(db)
    try:
        counts = dict(warehouse.query("SELECT status, count(*) FROM articles GROUP BY ALL", con).values.tolist())
        assert counts == {"kept": 5, "offtopic": 12}
        dup = warehouse.query("SELECT reason, count(*) FROM article_urls GROUP BY ALL", con).values.tolist()
        assert {r for r, _ in dup} >= {"content_hash", "near_duplicate"}
        # The AMP alias of a1001 is 'canonical' when a1001 is stored; when its copy /tin-tuc/...a1001 came
        # first, a1001 is a content duplicate and its alias points at the copy too (never at nothing).
        amp = warehouse.query("SELECT reason FROM article_urls WHERE url LIKE '%/amp/%a1001.html'", con)
        assert amp.reason.tolist() in (["canonical"], ["content_hash"])
        orphans = "SELECT count(*) FROM article_urls WHERE article_id NOT IN (SELECT article_id FROM articles)"
        assert warehouse.query(orphans, con).iloc[0, 0] == 0, "every duplicate URL points at a stored article"
        titles = warehouse.query("SELECT count(DISTINCT title) FROM articles WHERE status = 'kept'", con)
        assert titles.iloc[0, 0] == 5, "the duplicate is recorded, not stored twice"
        assert warehouse.query("SELECT count(*) FROM figures", con).iloc[0, 0] > 0
        assert warehouse.query("SELECT count(*) FROM articles WHERE published_at IS NULL", con).iloc[0, 0] == 0
    finally:
        con.close()
    check_archive_and_reextract(db)
    again = run_crawl(db, "sample")
    assert again["kept"] == 0 and again["offtopic"] == 0
    con = warehouse.connect(db, read_only=True)
    try:
        assert warehouse.query("SELECT count(*) FROM articles", con).iloc[0, 0] == 17
    finally:
        con.close()


def check_archive_and_reextract(db: Path) -> None:
    """Every article row points at its archived response; re-extraction works offline and is stable."""
    con = warehouse.connect(db, read_only=True)
    try:
        rows = warehouse.query("SELECT url, warc_file, warc_offset FROM articles", con)
        mentions = warehouse.query("SELECT count(*) FROM figures", con).iloc[0, 0]
    finally:
        con.close()
    assert rows.warc_file.notna().all() and rows.warc_offset.notna().all()
    for row in rows.itertuples():
        record = read_record(row.warc_file, int(row.warc_offset))
        assert record.status == 200 and record.payload_digest.startswith("sha1:")
        assert record.url.split("/", 3)[3] == row.url.split("/", 3)[3]
    stats = reextract(db, reparse=True)
    assert (stats.articles, stats.reparsed, stats.text_changed, stats.failed) == (5, 5, 0, 0)
    con = warehouse.connect(db, read_only=True)
    try:
        assert warehouse.query("SELECT count(*) FROM figures", con).iloc[0, 0] == mentions
    finally:
        con.close()
