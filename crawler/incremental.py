"""Incremental and resumable crawling: the warehouse says what is stored, so unchanged pages are not refetched.

Sitemap ``lastmod`` no later than the stored fetch time skips the request outright; otherwise a stored
URL is requested with ``If-Modified-Since`` and a 304 ends it. Nothing is kept in memory, so a crawl
killed with SIGKILL resumes from whatever the warehouse committed.
"""
from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from scrapy import signals
from scrapy.exceptions import IgnoreRequest

import warehouse
from crawler.parse import to_local
from crawler.urls import canonicalize_url
from pipelines.session import session_for

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
SQL = Path(__file__).resolve().parent / "sql"


@cache
def sql(name: str) -> str:
    """Text of crawler/sql/NAME.sql."""
    return (SQL / f"{name}.sql").read_text(encoding="utf-8")


def parse_lastmod(value: str | None) -> datetime | None:
    """A sitemap <lastmod> (W3C datetime or date) as naive local time, or None."""
    if not value:
        return None
    try:
        return to_local(datetime.fromisoformat(value.strip().replace("Z", "+00:00")))
    except ValueError:
        return None


class IncrementalMiddleware:
    """Downloader middleware: skip or make conditional the requests for already-stored URLs."""

    def __init__(self, crawler: Any) -> None:
        self.crawler, self.session, self.con = crawler, session_for(crawler), None

    @classmethod
    def from_crawler(cls, crawler: Any) -> IncrementalMiddleware:
        """Opens the shared warehouse session with the spider."""
        mw = cls(crawler)
        crawler.signals.connect(mw.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        return mw

    def spider_opened(self, spider: Any) -> None:
        """Acquire the warehouse connection."""
        self.con = self.session.acquire()

    def spider_closed(self, spider: Any) -> None:
        """Release it."""
        self.session.release()
        self.con = None

    def last_stored(self, url: str, spider: Any) -> datetime | None:
        """When the article behind a request URL was last stored, if ever."""
        public = getattr(getattr(spider, "profile", None), "public_url", lambda u: u)(url)
        frame = warehouse.query(sql("last_fetch"), self.con, url=canonicalize_url(public))
        seen = None if frame.empty else frame.iloc[0, 0]
        return None if seen is None or str(seen) == "NaT" else seen.to_pydatetime()

    def process_request(self, request: Any, spider: Any = None) -> None:
        """Skip when the sitemap says nothing changed since we stored it; else ask If-Modified-Since."""
        if self.con is None or request.meta.get("dont_skip") or "If-Modified-Since" in request.headers:
            return None
        seen = self.last_stored(request.url, spider or self.crawler.spider)
        if seen is None:
            return None
        lastmod = parse_lastmod(request.meta.get("lastmod"))
        if lastmod is not None and lastmod <= seen:
            self.crawler.stats.inc_value("tinmine/skipped")
            raise IgnoreRequest(f"unchanged: sitemap lastmod {lastmod:%Y-%m-%d %H:%M} <= stored {seen:%Y-%m-%d %H:%M}")
        stamp = seen.replace(tzinfo=LOCAL_TZ).astimezone(UTC)
        request.headers["If-Modified-Since"] = format_datetime(stamp, usegmt=True)
        return None

    def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
        """A 304 Not Modified ends the request quietly."""
        if response.status == 304:
            self.crawler.stats.inc_value("tinmine/skipped")
            raise IgnoreRequest("unchanged: 304 Not Modified")
        return response
