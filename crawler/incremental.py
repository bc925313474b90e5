"""Incremental and resumable crawling: the warehouse says what is stored, so unchanged pages are not refetched.

Sitemap ``lastmod`` no later than the stored fetch time skips the request outright; otherwise a stored
URL is requested conditionally (``If-None-Match`` with the ETag it was stored with, ``If-Modified-Since``
with its Last-Modified or our fetch time) and a 304 ends it. Nothing is kept in memory, so a crawl
killed with SIGKILL resumes from whatever the warehouse committed.
"""
from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any
from zoneinfo import ZoneInfo

from scrapy import signals

from crawler.errors import Skipped
from crawler.parse import to_local
from crawler.session import session_for
from crawler.urls import canonicalize_url
from warehouse.lookups import StoredFetch

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def parse_lastmod(value: str | None) -> datetime | None:
    """A sitemap <lastmod> (W3C datetime or date) as naive local time, or None."""
    if not value:
        return None
    try:
        return to_local(datetime.fromisoformat(value.strip().replace("Z", "+00:00")))
    except ValueError:
        return None


def _conditional(request: Any) -> bool:
    return b"If-Modified-Since" in request.headers or b"If-None-Match" in request.headers


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

    def last_stored(self, url: str, spider: Any) -> StoredFetch | None:
        """When the article behind a request URL was last stored (and its validators), if ever."""
        public = getattr(getattr(spider, "profile", None), "public_url", lambda u: u)(url)
        return self.session.last_fetch(canonicalize_url(public))

    def process_request(self, request: Any, spider: Any = None) -> None:
        """Skip when the sitemap says nothing changed since we stored it; else make the request conditional.

        The server's own validators go first (If-None-Match with its ETag, If-Modified-Since with its
        Last-Modified); without them, If-Modified-Since carries our fetch time.
        """
        if self.con is None or request.meta.get("dont_skip") or _conditional(request):
            return None
        stored = self.last_stored(request.url, spider or self.crawler.spider)
        if stored is None:
            return None
        lastmod = parse_lastmod(request.meta.get("lastmod"))
        if lastmod is not None and lastmod <= stored.seen:
            self.crawler.stats.inc_value("tinmine/skipped")
            raise Skipped("unchanged", f"sitemap lastmod {lastmod:%Y-%m-%d %H:%M} <= stored {stored.seen:%Y-%m-%d %H:%M}")
        if stored.etag:
            request.headers["If-None-Match"] = stored.etag
        since = stored.last_modified or format_datetime(stored.seen.replace(tzinfo=LOCAL_TZ).astimezone(UTC),
                                                        usegmt=True)
        request.headers["If-Modified-Since"] = since
        return None

    def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
        """A 304 Not Modified ends the request quietly."""
        if response.status == 304:
            self.crawler.stats.inc_value("tinmine/skipped")
            raise Skipped("unchanged", "304 Not Modified")
        return response
