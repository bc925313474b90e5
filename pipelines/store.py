"""Last stage: store articles, their mentions and the crawl log in the DuckDB warehouse."""
from __future__ import annotations

import logging
from typing import Any

from scrapy import signals

import warehouse
from crawler.items import ArticleItem
from crawler.signals import crawl_event
from pipelines.session import session_for

logger = logging.getLogger(__name__)


class StorePipeline:
    """Writes each article on its own (store_article, then store_extraction), and every crawl event.

    The warehouse commits each call, so a killed crawl keeps everything stored before the kill.
    """

    def __init__(self, session: Any, stats: Any = None) -> None:
        self.session, self.stats = session, stats
        self.con: Any = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        """Hook the crawl-event and item-dropped signals to the crawl log."""
        pipe = cls(session_for(crawler), crawler.stats)
        crawler.signals.connect(pipe.on_crawl_event, signal=crawl_event)
        crawler.signals.connect(pipe.on_item_dropped, signal=signals.item_dropped)
        return pipe

    def open_spider(self, spider: Any = None) -> None:
        """Open (or share) the warehouse connection."""
        self.con = self.session.acquire()

    def close_spider(self, spider: Any = None) -> None:
        """Release the warehouse connection."""
        self.session.release()
        self.con = None

    def _count(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"tinmine/{key}")

    def process_item(self, item: Any) -> Any:
        """Store the article (and its extraction, if any) and log 'stored' or 'offtopic'."""
        if not isinstance(item, ArticleItem):
            return item
        article_id = warehouse.store_article(self.con, item.record())
        if item.extraction is not None:
            warehouse.store_extraction(self.con, article_id, item.extraction, version=item.extractor_version)
        event = "stored" if item.status == "kept" else "offtopic"
        warehouse.log_crawl_event(self.con, url=item.url, outlet=item.outlet, event=event,
                                  status_code=item.status_code, reason=item.relevance_reason[:500])
        self._count("kept" if event == "stored" else "offtopic")
        return item

    def on_crawl_event(self, url: str, outlet: str, event: str, status_code: int | None = None,
                       reason: str | None = None, **_: Any) -> None:
        """Spider-side events (http_error, timeout, binary, encoding...) -> crawl log."""
        if self.con is not None:
            warehouse.log_crawl_event(self.con, url=url, outlet=outlet, event=event,
                                      status_code=status_code, reason=reason)

    def on_item_dropped(self, item: Any, response: Any, exception: Exception, spider: Any = None) -> None:
        """Dropped items -> crawl log with the stage's event name (duplicate, unchanged, too_short...)."""
        event = getattr(exception, "event", "dropped")
        self._count("duplicates" if event == "duplicate" else event)
        if self.con is not None and isinstance(item, ArticleItem):
            warehouse.log_crawl_event(self.con, url=item.url, outlet=item.outlet, event=event,
                                      status_code=item.status_code, reason=getattr(exception, "reason", str(exception)))
