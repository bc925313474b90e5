"""Memory stays flat as a crawl grows: the near-duplicate index lives in the warehouse, DuckDB is bounded.

Asserts the mechanisms, not timings: during a crawl of a generated site the in-RAM near-duplicate state
never holds more than the un-committed batches' signatures, DuckDB's buffer pool stays under its memory_limit,
and every stored article ends up indexed on disk (so a later crawl finds its copies without a rebuild).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from scrapy import signals

import warehouse
from benchmarks.site import generate_bench_site, serve_site
from crawler.errors import Rejected
from crawler.items import ArticleItem
from pipelines.clean import CleanPipeline
from pipelines.dedup import DedupPipeline
from pipelines.store import StorePipeline
from tests.crawler.crawlproc import run_crawl
from warehouse.session import WarehouseSession

PAGES, EVERY, BATCH, LIMIT = 300, 50, 25, 64_000_000  # LIMIT: bytes of "64MB"
# DuckDB holds its buffer pool to memory_limit but may go past it by a block or two while it evicts (its docs:
# "this limit only applies to the buffer manager"); a CI run measured 64,192,432 bytes, 0.3% over. The check is
# that the pool is held to the limit it was given, so it allows 5% for that overshoot and no more.
SLACK = 1.05
IN_RAM = 4 * BATCH + 16


class MemorySampler:
    """Extension: every EVERY responses, the near-duplicate index's RAM state and DuckDB's memory."""

    def __init__(self, crawler: Any) -> None:
        self.crawler, self.pages, self.samples = crawler, 0, []
        self.out = crawler.settings.get("TINMINE_MEMCHECK_OUT")
        crawler.signals.connect(self.response, signal=signals.response_received)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Any) -> MemorySampler:
        return cls(crawler)

    def response(self, **_: Any) -> None:
        self.pages += 1
        if self.pages % EVERY:
            return
        dedup = next(p for p in self.crawler.engine.scraper.itemproc.middlewares if isinstance(p, DedupPipeline))
        con = dedup.session.reader  # the main connection belongs to the writer thread during a crawl
        self.samples.append({
            "pages": self.pages, "pending": len(dedup.index.pending), "pending_keys": len(dedup.index.pending_keys),
            "duckdb_bytes": con.execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory()").fetchone()[0],
            "limit": con.execute("SELECT current_setting('memory_limit')").fetchone()[0],
            "indexed": con.execute("SELECT count(*) FROM near_dup_signatures").fetchone()[0]})

    def closed(self, spider: Any, reason: str) -> None:
        Path(self.out).write_text(json.dumps(self.samples))


@pytest.mark.slow
def test_crawl_keeps_near_dup_index_on_disk_and_duckdb_bounded(tmp_path: Path) -> None:
    manifest = generate_bench_site(tmp_path / "site", articles=PAGES)
    db, out = tmp_path / "w.duckdb", tmp_path / "samples.json"
    extensions = {"crawler.archive.WarcArchive": 500, f"{__name__}.MemorySampler": 900}
    sets = {"EXTENSIONS": json.dumps(extensions), "TINMINE_MEMCHECK_OUT": str(out), "CONCURRENT_REQUESTS": "16",
            "CONCURRENT_REQUESTS_PER_DOMAIN": "16", "TINMINE_STORE_BATCH_SIZE": str(BATCH),
            "TINMINE_DB_MEMORY_LIMIT": "64MB"}
    with serve_site(tmp_path / "site") as (base, _):
        stats = run_crawl(db, f"sample@{base}/", *(a for k, v in sets.items() for a in ("--set", f"{k}={v}")))
    assert stats["kept"] + stats["offtopic"] == PAGES == sum(manifest[k] for k in ("on_topic", "off_topic"))
    samples = json.loads(out.read_text())
    assert len(samples) >= PAGES // EVERY
    for sample in samples:
        # only signatures of un-committed articles are in RAM: the pending batch, the writer's queue (depth 2)
        # and the batch it is writing, and the articles between de-duplication and the store (<= 16 downloads)
        assert sample["pending"] <= IN_RAM, sample
        assert sample["pending_keys"] <= IN_RAM * 5, sample
        assert sample["limit"] == "61.0 MiB", sample  # TINMINE_DB_MEMORY_LIMIT reached the connection
        assert sample["duckdb_bytes"] < LIMIT * SLACK, sample
    # written to the warehouse as it goes: what is not indexed yet is in RAM (<= IN_RAM, above) or in flight in
    # the worker pool and the downloader (the flow gate bounds those), never the whole crawl; a machine under load
    # lags by more than a batch or two, so the bound is the mechanism's, not a share of the pages
    assert all(sample["indexed"] >= sample["pages"] - 2 * IN_RAM for sample in samples), samples
    assert samples[len(samples) // 2]["indexed"] > 0
    con = warehouse.connect(db, read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM near_dup_signatures").fetchall() == [(PAGES,)]
        assert con.execute("SELECT count(DISTINCT article_id) FROM near_dup_bands").fetchall() == [(PAGES,)]
    finally:
        con.close()


TEXT = " ".join(f"Câu số {i} nói về phong trào toàn dân bảo vệ an ninh Tổ quốc ở khu dân cư {i}." for i in range(40))


def _article(path: str, text: str) -> ArticleItem:
    item = ArticleItem(url="https://baomau.vn" + path, canonical_url="https://baomau.vn" + path, outlet="mau",
                       text=text, status="offtopic")
    return CleanPipeline(min_chars=10).process_item(item)


def test_restarted_crawl_backfills_the_index_and_finds_copies(tmp_path: Path) -> None:
    db = str(tmp_path / "w.duckdb")
    session = WarehouseSession(db, batch_size=1)
    store = StorePipeline(session)
    store.open_spider()
    store.process_item(_article("/a-1.html", TEXT))  # stored without going through de-duplication
    store.close_spider()
    session = WarehouseSession(db, batch_size=1000, batch_seconds=3600)
    dedup = DedupPipeline(session)
    dedup.open_spider()  # indexes the stored article it finds without a signature
    assert not dedup.index.pending
    near = TEXT.replace("Câu số 3 ", "Câu thứ ba ") + " Nguồn: báo địa phương."
    with pytest.raises(Rejected, match="near_duplicate"):
        dedup.process_item(_article("/b-2.html", near))
    dedup.close_spider()
