"""Last stage: store articles, their mentions and the crawl log in the DuckDB warehouse, in batches."""
from __future__ import annotations

import asyncio
import logging
from typing import Any

import duckdb
from scrapy import signals
from scrapy.statscollectors import StatsCollector
from twisted.internet import task

from crawler.counts import ERROR_EVENTS
from crawler.items import ArticleItem
from crawler.session import session_for
from crawler.signals import crawl_event
from warehouse.session import WarehouseSession

logger = logging.getLogger(__name__)
WAIT = 0.02  # seconds between looks at a writer that is behind


class StorePipeline:
    """Queues each article (row, mentions, crawl-log row) and every crawl event in the session's batch.

    The batch is committed in one transaction every TINMINE_STORE_BATCH_SIZE writes or
    TINMINE_STORE_BATCH_SECONDS seconds, whenever the spider idles, and when it closes: all writes of an
    article land together, and a killed crawl loses at most the un-committed batch (not stored, so a
    resumed crawl fetches it again).
    """

    def __init__(self, session: WarehouseSession, stats: StatsCollector | None = None) -> None:
        self.session, self.stats = session, stats
        self.con: duckdb.DuckDBPyConnection | None = None
        self.periodic = False  # set by from_crawler: a crawl runs the reactor that drives the timer
        self.timer: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        """Hook the crawl-event and item-dropped signals to the crawl log, and spider_idle to a commit."""
        pipe = cls(session_for(crawler), crawler.stats)
        pipe.periodic = True
        crawler.signals.connect(pipe.on_crawl_event, signal=crawl_event)
        crawler.signals.connect(pipe.on_item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(pipe.on_idle, signal=signals.spider_idle)
        return pipe

    def open_spider(self, spider: Any = None) -> None:
        """Open (or share) the warehouse connection; check every half batch period whether to commit."""
        self.con = self.session.acquire()
        if self.periodic and self.session.batch_seconds > 0:
            self.timer = task.LoopingCall(self.session.flush_if_due)
            self.timer.start(self.session.batch_seconds / 2, now=False)

    def close_spider(self, spider: Any = None) -> None:
        """Commit what is pending and release the warehouse connection."""
        if self.timer is not None and self.timer.running:
            self.timer.stop()
        self.flush()
        self.session.release()
        self.con = None

    def flush(self) -> None:
        """Commit the pending batch now."""
        self._count("committed", self.session.flush())

    def on_idle(self, spider: Any = None) -> None:
        """Nothing left to fetch for now: commit, so the warehouse is current while the crawl waits."""
        self._count("committed", self.session.flush(wait=False))

    def _count(self, key: str, n: int = 1) -> None:
        if self.stats is not None and n:
            self.stats.inc_value(f"tinmine/{key}", n)

    def _log(self, **row: Any) -> None:
        """Queue one crawl-log row and count it under its event (the crawl summary's counts per reason)."""
        self.session.pending.add_event(**row)
        self._count(f"log/{row['event']}")
        if row["event"] in ERROR_EVENTS and self.stats is not None:  # the end of the crawl shows two per kind
            examples = self.stats.get_value("tinmine/error_examples") or {}
            urls = examples.setdefault(row["event"], [])
            if len(urls) < 2:
                urls.append(row["url"])
            self.stats.set_value("tinmine/error_examples", examples)

    def process_item(self, item: Any) -> Any:
        """Queue the article (its extraction and near-duplicate entry, if any) with its 'stored' or 'offtopic'
        crawl-log row; while the warehouse writer is behind, wait first (a coroutine is returned)."""
        if not isinstance(item, ArticleItem):
            return item
        if self.session.behind():
            return self._queued_later(item)
        return self.queue(item)

    async def _queued_later(self, item: ArticleItem) -> ArticleItem:
        while self.session.behind():
            await asyncio.sleep(WAIT)
        return self.queue(item)

    def queue(self, item: ArticleItem) -> ArticleItem:
        """Add the article and its crawl-log rows to the pending batch; commit if due."""
        try:
            self.session.pending.add_article(item.record(), item.extraction, version=item.extractor_version,
                                             near_dup=item.near_dup)
        finally:
            self.session.unclaim(item.article_id, item.url)
        event = "stored" if item.status == "kept" else "offtopic"
        self._log(url=item.url, outlet=item.outlet, event=event, status_code=item.status_code,
                  reason=f"relevance {item.relevance:.2f}: {item.relevance_reason}"[:500])
        if item.extraction_error:
            self._log(url=item.url, outlet=item.outlet, event="worker_crash", status_code=item.status_code,
                      reason=f"extraction: {item.extraction_error}"[:500])
        self._count("kept" if event == "stored" else "offtopic")
        self._count("committed", self.session.flush_if_due())
        return item

    def on_crawl_event(self, url: str, outlet: str, event: str, status_code: int | None = None,
                       reason: str | None = None, **_: Any) -> None:
        """Spider-side events (not_article, http_error, timeout, binary, encoding...) -> crawl log."""
        if self.con is not None:
            self._log(url=url, outlet=outlet, event=event, status_code=status_code, reason=reason)

    def on_item_dropped(self, item: Any, response: Any, exception: Exception, spider: Any = None) -> None:
        """Dropped items -> crawl log with the stage's event name (duplicate, unchanged, too_short...)."""
        if isinstance(item, ArticleItem):
            self.session.unclaim(item.article_id, item.url)
        event = getattr(exception, "event", "dropped")
        self._count("duplicates" if event == "duplicate" else event)
        if self.con is not None and isinstance(item, ArticleItem):
            self._log(url=item.url, outlet=item.outlet, event=event, status_code=item.status_code,
                      reason=getattr(exception, "reason", str(exception)))
