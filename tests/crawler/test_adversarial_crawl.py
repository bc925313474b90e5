"""docs/RELIABILITY.md section 1: a crawled page of 60 KB of numbers does not stop the crawl's downloads.

Pages are read and extracted in worker processes (crawler.workers), so the event loop keeps fetching
while the costly page is extracted: the test server's request log shows no gap over 2 s.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest

import warehouse
from crawler.server import serve
from tests.crawler.crawlproc import run_crawl
from tools.sites.sample_variants import generate_sample_variant

N_ARTICLES, MAX_GAP = 60, 2.0
NUMBERS = "1, " * 20_000  # 60 KB


class TimedLog(list):
    """The server's request log, each path with the time it was requested."""

    def append(self, path: str) -> None:  # type: ignore[override]
        super().append((time.monotonic(), path))


@pytest.mark.fault
@pytest.mark.slow
def test_a_60kb_page_of_numbers_does_not_stop_downloads(tmp_path: Path) -> None:
    site, db = tmp_path / "site", tmp_path / "w.duckdb"
    articles = generate_sample_variant(site, N_ARTICLES)
    hostile = next(a for a in articles[1:] if a.section == "an-ninh-trat-tu")  # on topic: it is extracted
    page = site / hostile.path.lstrip("/")
    html = page.read_text(encoding="utf-8")
    page.write_text(html.replace("</p>", f" {NUMBERS}</p>", 1), encoding="utf-8")
    log = TimedLog()
    with serve(site, log=log, delay=0.02) as base:
        stats = run_crawl(db, f"sample@{base}/", timeout=180)
    assert stats["kept"] + stats["offtopic"] == N_ARTICLES and stats["errors"] == 0
    times = [t for t, _ in log]
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert hostile.path in [p for _, p in log]
    assert max(gaps) <= MAX_GAP, f"downloads stopped for {max(gaps):.1f} s"
    con = warehouse.connect(db, read_only=True)
    try:
        (length, extracted), = con.execute(
            "SELECT length(text), (SELECT count(*) FROM extractions e WHERE e.article_id = a.article_id) "
            "FROM articles a WHERE url LIKE ?", [f"%{hostile.path}"]).fetchall()
    finally:
        con.close()
    assert length > 60_000 and extracted == 1  # stored whole and extracted
