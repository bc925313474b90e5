"""One news spider driven by a site profile: robots.txt sitemaps, sitemaps, RSS, listings, links."""
from __future__ import annotations

import re
from collections.abc import AsyncIterator, Coroutine, Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.exceptions import CannotResolveHostError, DownloadCancelledError, IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.sitemap import sitemap_urls_from_robots
from twisted.internet.defer import CancelledError
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TCPTimedOutError, TimeoutError
from twisted.web._newclient import ResponseFailed

from crawler.config import DEFAULTS, settings_of
from crawler.counts import ERROR_EVENTS
from crawler.errors import PageRejected, Skipped
from crawler.frontier import PAGE_LINKS, PRIORITY, TRUSTED, ErrorCap, Recent
from crawler.items import ArticleItem
from crawler.netguard import blocked_reason
from crawler.pagework import PageJob, PageResult, Precomputed, read_response, text_jobs
from crawler.parse import Reading, read_page
from crawler.profiles import Profile, load_profile
from crawler.signals import crawl_event
from crawler.sitemap import BadSitemap, SitemapReader
from crawler.urls import canonicalize_url, same_site, strip_tracking
from crawler.workers import WorkerCrashed, WorkerPool, crawl_pool, run_job

SKIP_SCHEMES = re.compile(r"^(mailto|javascript|tel|data|ftp):", re.I)
REQUESTABLE_MEMO = 20_000  # links whose verdict NewsSpider.requestable remembers (then it starts afresh)
# Every way Scrapy reports a size limit: Content-Length over DOWNLOAD_MAXSIZE, a body growing past it,
# a compressed body decompressing past it (an IgnoreRequest from HttpCompressionMiddleware).
SIZE_LIMIT = re.compile(r"max ?size|DOWNLOAD_MAXSIZE|larger than download", re.I)


class NewsSpider(scrapy.Spider):
    """Crawl one outlet as its profile describes; yield ArticleItem for every article page."""

    name = "news"

    def __init__(self, profile: Profile | str = "generic", *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.profile = load_profile(profile) if isinstance(profile, str) else profile
        self.allowed_domains = list(self.profile.allowed_domains)
        self.error_cap = ErrorCap()
        self.pages_started = 0  # article pages requested (what --max-pages limits)
        self.pages_done = 0  # of those, fetched (each is stored or logged)
        self.max_pages = 0
        self.config = DEFAULTS  # from_crawler: the crawl's settings
        self.pool: WorkerPool | None = None  # from_crawler: the crawl's worker processes (None: read here)
        self.requestable_urls: dict[str, str | None] = {}  # link -> URL to request or None (requestable)

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> NewsSpider:
        """The spider with the page budget and the per-shape error cap from the settings."""
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.config = settings_of(crawler.settings)
        spider.max_pages = spider.config.max_pages
        spider.error_cap = ErrorCap(spider.config.error_cap)
        spider.pool = crawl_pool()
        # Page links are dropped early only when each reaches the dupefilter: they are made below the profile's
        # max_depth, so never dropped by the depth limit (a link dropped there could be found shallower later).
        depth_limit = crawler.settings.getint("DEPTH_LIMIT")
        spider.recent = Recent() if not depth_limit or spider.profile.max_depth <= depth_limit else None
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        """Entry points: robots.txt (for its Sitemap lines), sitemaps, feeds, listings, searches, start URLs."""
        entries = self.profile.entry_urls()
        if self.profile.base_url:
            yield scrapy.Request(urljoin(self.profile.base_url, "/robots.txt"), callback=self.parse_robots,
                                 errback=self.on_error, priority=PRIORITY["robots"], meta={"link": "robots"})
        callbacks = {"sitemap": self.parse_sitemap, "rss": self.parse_feed, "listing": self.parse,
                     "search": self.parse, "start": self.parse}
        for kind, urls in entries.items():
            for url in urls:
                meta = {"entry": kind, "link": "entry",
                        **({"download_maxsize": self.sitemap_maxsize()} if kind == "sitemap" else {})}
                yield scrapy.Request(url, callback=callbacks[kind], errback=self.on_error, priority=PRIORITY["entry"],
                                     meta=meta)

    # -- discovery -------------------------------------------------------------------------------

    def follow(self, url: str, callback: Any = None, link: str = "content", **meta: Any) -> scrapy.Request | None:
        """A request for a same-site, allowed, non-tracking URL whose shape is not capped, or None.

        ``link`` says where the URL was found (frontier.PRIORITY): it sets the priority, and links from
        pages (not from sitemaps, feeds or pagination) are dropped once their URL shape is capped.
        """
        url = self.requestable(url)
        if url is None:
            return None
        if link not in TRUSTED and self.error_cap.blocked(url):
            self.crawler.stats.inc_value("tinmine/capped")
            return None
        if link in PAGE_LINKS and self.recent is not None and self.recent.seen(url):
            return None
        return scrapy.Request(url, callback=callback or self.parse, errback=self.on_error, priority=PRIORITY[link],
                              meta={**meta, "link": link})

    def requestable(self, url: str) -> str | None:
        """The URL to request for a link (tracking parameters stripped), or None when the profile never requests
        it: another scheme, a denied pattern, another site.

        Most links of a page are the ones of the page before (menus, sections, related lists), about thirty a
        page, so the answer is remembered for the links met lately instead of parsed and matched again."""
        known = self.requestable_urls
        if url in known:
            return known[url]
        if len(known) >= REQUESTABLE_MEMO:
            known.clear()
        found = strip_tracking(url) if not SKIP_SCHEMES.match(url) else None
        if found is not None and (not found.startswith(("http://", "https://")) or self.profile.is_denied(found)
                                  or self.allowed_domains and not same_site(found, self.allowed_domains)):
            found = None
        known[url] = found
        return found

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        """Follow the Sitemap lines of robots.txt."""
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            if req := self.follow(url, self.parse_sitemap, link="entry", download_maxsize=self.sitemap_maxsize()):
                yield req

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        """Sitemap index -> sitemaps; urlset -> article (or page) requests, with lastmod in meta."""
        yield from self.sitemap_requests(response, SitemapReader(response.body, self.sitemap_maxsize()))

    def sitemap_maxsize(self) -> int:
        """Bytes of sitemap XML read (and downloaded) at most: TINMINE_SITEMAP_MAXSIZE."""
        return self.config.sitemap_maxsize

    def sitemap_requests(self, response: Response, sitemap: SitemapReader) -> Iterator[scrapy.Request]:
        """Stream a sitemap's entries into requests; a sitemap cut at the size limit keeps what was read."""
        try:
            for entry in sitemap:
                loc = entry.get("loc", "").strip()
                if sitemap.kind == "sitemapindex":
                    req = self.follow(loc, self.parse_sitemap, link="sitemap_index",
                                      download_maxsize=self.sitemap_maxsize())
                else:
                    req = self.follow(loc, self.parse, link="indexed", lastmod=entry.get("lastmod"))
                if req:
                    yield req
        except BadSitemap as exc:
            self.event(response.url, "bad_sitemap", response.status, str(exc))
            return
        if sitemap.truncated:
            self.event(response.url, "too_large", response.status,
                       f"sitemap over TINMINE_SITEMAP_MAXSIZE ({self.sitemap_maxsize()} bytes of XML): "
                       f"kept its first {sitemap.entries} entries")
        elif sitemap.broken:
            self.event(response.url, "truncated", response.status,
                       f"compressed sitemap cut short ({sitemap.broken}): kept its first {sitemap.entries} entries")

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        """RSS or Atom feed -> article requests."""
        links = response.xpath("//item/link/text() | //*[local-name()='entry']/*[local-name()='link']/@href")
        for link in links.getall():
            if req := self.follow(urljoin(response.url, link.strip()), self.parse, link="indexed"):
                yield req

    def parse(self, response: Response, **kwargs: Any) -> Iterator[ArticleItem | scrapy.Request] | Coroutine[
            Any, Any, list[ArticleItem | scrapy.Request]]:
        """Any HTML page: stored as an article or logged with the reason; pagination, feeds and links followed.

        In a crawl the page is read in a worker process (crawler.pagework) and the event loop only waits for
        the result (a coroutine); without a pool (tests, one-off use) it is read right here.
        """
        self.crawler.stats.inc_value("tinmine/pages")
        self.error_cap.record(response.url, ok=True)
        if not isinstance(response, TextResponse):
            self.event(response.url, "binary", response.status, f"non-text response {response.headers.get('Content-Type')}")
            return iter(())
        job = self.page_job(response)
        if self.pool is None:
            return self.results(response, job, read_response(job))
        return self._parse_in_worker(response, job)

    async def _parse_in_worker(self, response: TextResponse, job: PageJob) -> list[ArticleItem | scrapy.Request]:
        # a coroutine returning a list, not an async generator: Scrapy then hands the output to its
        # middlewares as a plain iterable, without an asyncio task per request
        try:
            page = await run_job(self.pool, read_response, job)
        except WorkerCrashed as exc:
            self.event(response.url, "worker_crash", response.status, str(exc))
            return []
        return list(self.results(response, job, page))

    def page_job(self, response: TextResponse) -> PageJob:
        """What a worker needs to read a response the way this profile says."""
        read = not self.profile.article_pattern or self.profile.is_article_url(response.url)
        follow = self.profile.follow_links and response.meta.get("depth", 0) < self.profile.max_depth
        return PageJob(url=response.url, body=response.body, content_type=response.headers.get("Content-Type") or b"",
                       response_class=type(response), encoding=response.encoding, selectors=self.profile.selectors,
                       min_chars=self.config.min_chars, read=read, detect=not self.profile.article_pattern,
                       pagination=self.profile.pagination, page_links=follow,
                       text_jobs=self.text_jobs() if read else ())

    def text_jobs(self) -> tuple[tuple[str, Any], ...]:
        """The work the crawl's pipelines asked to be done on an article's text where it is read."""
        crawler = getattr(self, "crawler", None)  # a spider made without a crawler (tests) has none
        return tuple(text_jobs(crawler).items()) if crawler is not None else ()

    def results(self, response: TextResponse, job: PageJob, page: PageResult) -> Iterator[
            ArticleItem | scrapy.Request]:
        """The article item (if the page is one) and the requests of a page's links."""
        reading = self.reading(response, page, job.read)
        if reading is not None and reading.rejection is None and reading.fields is not None:
            yield self.article(response, reading, page.content_hash, page.precomputed)
        yield from self.links(page, is_article=reading is not None and reading.rejection is None)

    @property
    def budget_spent(self) -> bool:
        """Whether --max-pages article pages have been requested (no further page request is made)."""
        return bool(self.max_pages) and self.pages_started >= self.max_pages

    def counts_against_budget(self, request: scrapy.Request) -> bool:
        """Whether a request is an article page of --max-pages: a page request whose URL matches the profile's
        article pattern (any page request for a profile without one); listings, sitemaps, feeds and robots.txt
        are not counted."""
        if getattr(request.callback, "__name__", "") != "parse":
            return False
        return not self.profile.article_pattern or self.profile.is_article_url(request.url)

    def count_page(self) -> None:
        """Count a fetched article page (frontier.FrontierMiddleware); close the crawl when the budget is spent."""
        self.pages_done += 1
        if self.max_pages and self.pages_done == self.max_pages:
            self.logger.info("page budget of %d pages spent: closing", self.max_pages)
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="max_pages"))

    def reading(self, response: TextResponse, page: PageResult, read: bool) -> Reading | None:
        """The page's reading; log why it is not an article (or cannot be read). None when it was not read."""
        if not read:
            self.event(response.url, "not_article", response.status, "URL does not match the profile's article_pattern")
            return None
        if page.rejected is not None:
            self.event(response.url, page.rejected[0], response.status, page.rejected[1])
            return None
        reading = page.reading
        if reading is not None and reading.rejection is not None:
            code = reading.rejection.split(":", 1)[0]
            self.crawler.stats.inc_value(f"tinmine/not_article/{code}")
            self.event(response.url, "not_article", response.status,
                       f"{reading.rejection} | {reading.features.describe()}")
        return reading

    def is_article(self, response: TextResponse) -> bool:
        """True when the profile's URL pattern says so, or (without one) the page reads as an article."""
        if self.profile.article_pattern:
            return self.profile.is_article_url(response.url)
        try:
            reading = read_page(response.body, response.url, selectors=self.profile.selectors,
                                min_chars=self.config.min_chars)
        except PageRejected:
            return False
        return reading.rejection is None

    def links(self, page: PageResult, is_article: bool = False) -> Iterator[scrapy.Request]:
        """Pagination first, then feeds, then (if the profile follows links) same-site links, content before chrome."""
        for url in page.pagination:
            if req := self.follow(url, self.parse, link="pagination"):
                yield req
        for url in page.feeds:
            if req := self.follow(url, self.parse_feed, link="feed"):
                yield req
        for url, chrome in page.links:
            link = "chrome" if chrome else "content" if not is_article or self.profile.is_article_url(url) else "related"
            if req := self.follow(url, self.parse, link=link):
                yield req

    # -- articles and events ---------------------------------------------------------------------

    def article(self, response: TextResponse, reading: Reading, text_hash: str | None = None,
                precomputed: Precomputed | None = None) -> ArticleItem:
        """The article item of a page read as an article (its text is clean: read_page cleaned it)."""
        fields = reading.fields
        public = self.profile.public_url
        warc_file, warc_offset = response.meta.get("warc", (None, None))
        return ArticleItem(url=public(response.url), canonical_url=canonicalize_url(public(fields.canonical_url)),
                           outlet=self.profile.outlet, text=fields.text, title=fields.title,
                           published_at=fields.published_at, author=fields.author, lang=fields.lang,
                           title_source=fields.title_source, published_source=fields.published_source,
                           author_source=fields.author_source,
                           status_code=response.status, warc_file=warc_file, warc_offset=warc_offset,
                           etag=_header(response, b"ETag"), last_modified=_header(response, b"Last-Modified"),
                           content_hash=text_hash or "", cleaned=True, precomputed=precomputed)

    def event(self, url: str, event: str, status_code: int | None = None, reason: str | None = None) -> None:
        """Log a crawl event (log line + crawl-log row through the store pipeline) and count it."""
        url = self.profile.public_url(url)
        self.logger.info("%s %s (%s): %s", event, url, status_code, reason)
        self.crawler.stats.inc_value(f"tinmine/event/{event}")
        if event in ERROR_EVENTS:
            self.crawler.stats.inc_value("tinmine/errors")
        self.crawler.signals.send_catch_log(crawl_event, url=url, outlet=self.profile.outlet, event=event,
                                            status_code=status_code, reason=reason)

    def on_error(self, failure: Any) -> None:
        """Errback: every failed request becomes one log line and one crawl-log row with a clear event."""
        request = failure.request
        url = (request.meta.get("redirect_urls") or [request.url])[0]  # the URL we asked for
        if failure.check(HttpError):
            status = failure.value.response.status
            self.event(url, "http_error", status, f"HTTP {status} after retries")
            self._cap(url, request)
            return
        event, reason = classify_failure(failure, request)
        if event in ("capped", "budget"):  # never fetched (its URL shape kept failing, or the budget is spent)
            self.crawler.stats.inc_value(f"tinmine/{event}")
            return
        self.event(url, event, None, reason)
        if event in ERROR_EVENTS:
            self._cap(url, request)

    def _cap(self, url: str, request: scrapy.Request) -> None:
        if shape := self.error_cap.record(url, ok=False):
            self.logger.info("%d consecutive errors on URL shape %s: its links found on pages are no longer "
                             "requested", self.error_cap.cap, shape)


def classify_failure(failure: Any, request: Any = None) -> tuple[str, str]:
    """(event, reason) of a non-HTTP failure: timeout, truncated, too_large, redirect_loop, offsite_redirect..."""
    message = str(failure.value) or failure.type.__name__
    if failure.check(Skipped):  # our own decisions carry their event
        return failure.value.event, message
    if failure.check(IgnoreRequest):  # Scrapy's
        if "max redirections" in message:
            return "redirect_loop", "too many redirects (loop?)"
        if SIZE_LIMIT.search(message):
            return "too_large", f"response larger than DOWNLOAD_MAXSIZE ({message})"
        return "ignored", message
    name = failure.type.__name__
    if failure.check(TimeoutError, TCPTimedOutError) or "Timeout" in name:
        return "timeout", f"download timed out ({message})"
    if failure.check(CancelledError, DownloadCancelledError) or SIZE_LIMIT.search(message):
        return "too_large", f"response larger than DOWNLOAD_MAXSIZE ({message})"
    if "DataLoss" in name or (failure.check(ResponseFailed) and "DataLoss" in repr(failure.value.reasons)):
        return "truncated", "connection closed before the announced Content-Length"
    if failure.check(DNSLookupError, CannotResolveHostError) and (
            why := blocked_reason(urlsplit(getattr(request, "url", "")).hostname)):
        return "private_address", why
    if failure.check(DNSLookupError, CannotResolveHostError, ConnectionRefusedError):
        return "connection", message
    return "error", f"{failure.type.__name__}: {message}"


def _header(response: Any, name: bytes) -> str | None:
    """A response header as text (validators are ASCII), or None."""
    value = response.headers.get(name)
    return value.decode("latin-1").strip() or None if value else None
