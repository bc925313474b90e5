"""One news spider driven by a site profile: robots.txt sitemaps, sitemaps, RSS, listings, links."""
from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.exceptions import CannotResolveHostError, DownloadCancelledError, IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import sitemap_urls_from_robots
from twisted.internet.defer import CancelledError
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TCPTimedOutError, TimeoutError
from twisted.web._newclient import ResponseFailed

from crawler.encoding import PageRejected
from crawler.items import ArticleItem
from crawler.netguard import blocked_reason
from crawler.parse import parse_article
from crawler.profiles import Profile, load_profile
from crawler.signals import crawl_event
from crawler.sitemap import BadSitemap, SitemapReader
from crawler.urls import canonicalize_url, same_site, strip_tracking

ARTICLE_HINTS = ('meta[property="og:type"][content="article"]', 'meta[property="article:published_time"]',
                 'script[type="application/ld+json"]:contains("NewsArticle")')
FEED_LINKS = 'link[type="application/rss+xml"]::attr(href), link[type="application/atom+xml"]::attr(href)'
SKIP_SCHEMES = re.compile(r"^(mailto|javascript|tel|data|ftp):", re.I)
# Events that count as errors in the crawl stats (the rest are decisions: robots, no_article...).
ERROR_EVENTS = {"http_error", "timeout", "connection", "error", "binary", "encoding", "empty", "bad_sitemap",
                "too_large", "truncated", "offsite_redirect", "private_redirect", "private_address", "redirect_loop"}
KNOWN_IGNORES = {"unchanged", "offsite_redirect", "private_redirect", "private_address", "redirect_loop"}
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

    async def start(self) -> AsyncIterator[scrapy.Request]:
        """Entry points: robots.txt (for its Sitemap lines), sitemaps, feeds, listings, searches, start URLs."""
        entries = self.profile.entry_urls()
        if self.profile.base_url:
            yield scrapy.Request(urljoin(self.profile.base_url, "/robots.txt"), callback=self.parse_robots,
                                 errback=self.on_error, priority=30)
        callbacks = {"sitemap": self.parse_sitemap, "rss": self.parse_feed, "listing": self.parse,
                     "search": self.parse, "start": self.parse}
        for kind, urls in entries.items():
            for url in urls:
                meta = {"entry": kind, **({"download_maxsize": self.sitemap_maxsize()} if kind == "sitemap" else {})}
                yield scrapy.Request(url, callback=callbacks[kind], errback=self.on_error, priority=20, meta=meta)

    # -- discovery -------------------------------------------------------------------------------

    def follow(self, url: str, callback: Any = None, priority: int = 0, **meta: Any) -> scrapy.Request | None:
        """A request for a same-site, allowed, non-tracking URL, or None."""
        if SKIP_SCHEMES.match(url):
            return None
        url = strip_tracking(url)
        if not url.startswith(("http://", "https://")) or self.profile.is_denied(url):
            return None
        if self.allowed_domains and not same_site(url, self.allowed_domains):
            return None
        return scrapy.Request(url, callback=callback or self.parse, errback=self.on_error, priority=priority,
                              meta=meta)

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        """Follow the Sitemap lines of robots.txt."""
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            if req := self.follow(url, self.parse_sitemap, priority=20, download_maxsize=self.sitemap_maxsize()):
                yield req

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        """Sitemap index -> sitemaps; urlset -> article (or page) requests, with lastmod in meta."""
        yield from self.sitemap_requests(response, SitemapReader(response.body, self.sitemap_maxsize()))

    def sitemap_maxsize(self) -> int:
        """Bytes of sitemap XML read (and downloaded) at most: TINMINE_SITEMAP_MAXSIZE."""
        return self.settings.getint("TINMINE_SITEMAP_MAXSIZE", 64 * 1024 * 1024)

    def sitemap_requests(self, response: Response, sitemap: SitemapReader) -> Iterator[scrapy.Request]:
        """Stream a sitemap's entries into requests; a sitemap cut at the size limit keeps what was read."""
        try:
            for entry in sitemap:
                loc = entry.get("loc", "").strip()
                if sitemap.kind == "sitemapindex":
                    req = self.follow(loc, self.parse_sitemap, priority=15, download_maxsize=self.sitemap_maxsize())
                else:
                    req = self.follow(loc, self.parse, priority=10, lastmod=entry.get("lastmod"))
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
            if req := self.follow(urljoin(response.url, link.strip()), self.parse, priority=10):
                yield req

    def parse(self, response: Response, **kwargs: Any) -> Iterator[ArticleItem | scrapy.Request]:
        """Any HTML page: an article is parsed; pagination, feeds and same-site links are followed."""
        self.crawler.stats.inc_value("tinmine/pages")
        if not isinstance(response, TextResponse):
            if self.profile.is_article_url(response.url):
                self.event(response.url, "binary", response.status, f"non-text response {response.headers.get('Content-Type')}")
            return
        if self.is_article(response):
            if item := self.article(response):
                yield item
        yield from self.links(response)

    def is_article(self, response: TextResponse) -> bool:
        """True when the profile's URL pattern says so, or (without one) the page declares an article."""
        if self.profile.article_pattern:
            return self.profile.is_article_url(response.url)
        return any(response.css(hint) for hint in ARTICLE_HINTS)

    def links(self, response: TextResponse) -> Iterator[scrapy.Request]:
        """Pagination first, then feeds, then (if the profile follows links) every same-site link."""
        for href in response.css(self.profile.pagination).xpath("@href").getall():
            if req := self.follow(response.urljoin(href), self.parse, priority=15):
                yield req
        for href in response.css(FEED_LINKS).getall():
            if req := self.follow(response.urljoin(href), self.parse_feed, priority=12):
                yield req
        if not self.profile.follow_links or response.meta.get("depth", 0) >= self.profile.max_depth:
            return
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href.strip())
            prio = 5 if self.profile.is_article_url(url) else 0
            if req := self.follow(url, self.parse, priority=prio):
                yield req

    # -- articles and events ---------------------------------------------------------------------

    def article(self, response: TextResponse) -> ArticleItem | None:
        """Parse an article page into an item, or log why not."""
        try:
            fields = parse_article(response.body, response.url, selectors=self.profile.selectors,
                                   content_type=response.headers.get("Content-Type", b"").decode("latin-1"),
                                   min_chars=self.settings.getint("TINMINE_MIN_CHARS", 200))
        except PageRejected as exc:
            self.event(response.url, exc.event, response.status, exc.reason)
            return None
        if fields is None:
            self.event(response.url, "no_article", response.status, "no article body found")
            return None
        public = self.profile.public_url
        warc_file, warc_offset = response.meta.get("warc", (None, None))
        return ArticleItem(url=public(response.url), canonical_url=canonicalize_url(public(fields.canonical_url)),
                           outlet=self.profile.outlet, text=fields.text, title=fields.title,
                           published_at=fields.published_at, author=fields.author, lang=fields.lang,
                           status_code=response.status, warc_file=warc_file, warc_offset=warc_offset,
                           etag=_header(response, b"ETag"), last_modified=_header(response, b"Last-Modified"))

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
            return
        event, reason = classify_failure(failure, request)
        self.event(url, event, None, reason)


def classify_failure(failure: Any, request: Any = None) -> tuple[str, str]:
    """(event, reason) of a non-HTTP failure: timeout, truncated, too_large, redirect_loop, offsite_redirect..."""
    message = str(failure.value) or failure.type.__name__
    if failure.check(IgnoreRequest):
        prefix = message.split(":", 1)[0]
        if prefix in KNOWN_IGNORES:
            return prefix, message
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
    if failure.check(DNSLookupError, CannotResolveHostError) and (
            why := blocked_reason(urlsplit(getattr(request, "url", "")).hostname)):
        return "private_address", why
    if "DataLoss" in name or (failure.check(ResponseFailed) and "DataLoss" in repr(failure.value.reasons)):
        return "truncated", "connection closed before the announced Content-Length"
    if failure.check(DNSLookupError, CannotResolveHostError, ConnectionRefusedError):
        return "connection", message
    return "error", f"{failure.type.__name__}: {message}"


def _header(response: Any, name: bytes) -> str | None:
    """A response header as text (validators are ASCII), or None."""
    value = response.headers.get(name)
    return value.decode("latin-1").strip() or None if value else None
