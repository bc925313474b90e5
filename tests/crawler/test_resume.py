"""Kill a crawl with SIGKILL mid-way, restart it, and check nothing was lost or stored twice.

Writes are committed in batches (small ones here, so that some land before the kill): the kill loses the
un-committed batch, and the restart must fetch exactly those articles again.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest

import warehouse
from crawler.server import serve
from tests.crawler.crawlproc import Crawl, crawl_args
from tools.sites.sample_variants import generate_sample_variant

N_ARTICLES = 30  # 20 on topic; killed after 15 article fetches, several batches committed by then

pytestmark = pytest.mark.fault


def crawl(base: str, db: Path, logs: Path) -> Crawl:
    return Crawl(crawl_args(db, f"sample@{base}/", "--set", "TINMINE_STORE_BATCH_SIZE=6"), logs)


@pytest.mark.slow
def test_sigkill_then_resume_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    site, db = tmp_path / "site", tmp_path / "resume.duckdb"
    generate_sample_variant(site, N_ARTICLES)
    log: list[str] = []
    with serve(site, log=log, delay=0.02) as base:
        first = crawl(base, db, tmp_path / "first")
        deadline = time.monotonic() + 60
        # half the articles fetched and at least one batch committed (pages are processed in worker
        # processes, so what is fetched runs ahead of what is committed)
        while (sum("ban-tin-so-" in p for p in log) < N_ARTICLES // 2 or "committed a batch" not in first.stderr()) \
                and time.monotonic() < deadline:
            time.sleep(0.02)
        assert first.kill() == -9  # SIGKILL: no shutdown, no flush
        con = warehouse.connect(db)
        stored_before = warehouse.query("SELECT count(*) FROM articles", con).iloc[0, 0]
        con.close()
        assert 0 < stored_before < N_ARTICLES, "killed mid-way"
        log.clear()
        stats = crawl(base, db, tmp_path / "second").wait(120)
    new = N_ARTICLES - stored_before
    # An article's row, mentions and log row share one transaction: no half-stored article to redo.
    assert stats["kept"] + stats["offtopic"] == new, stats
    assert stats["unchanged"] >= stored_before, "the restart recognised what was already stored"
    assert stats["errors"] == 0
    con = warehouse.connect(db, read_only=True)
    try:
        total, distinct = warehouse.query("SELECT count(*), count(DISTINCT canonical_url) FROM articles", con).iloc[0]
        assert total == distinct == N_ARTICLES
        kept, extracted = warehouse.query(
            "SELECT count(*), count(e.article_id) FROM articles a LEFT JOIN extractions e USING (article_id)"
            " WHERE a.status = 'kept'", con).iloc[0]
        assert kept == extracted == N_ARTICLES * 2 // 3
    finally:
        con.close()
