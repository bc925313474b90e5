"""The CPU work of one fetched page, as a job a worker process runs (crawler.workers): read it, find its links.

The spider sends a :class:`PageJob` (the response's bytes and what the profile says about reading it) and
gets back a :class:`PageResult`: the page's reading (article fields, detection verdict) and its links,
already absolute. The response is rebuilt in the worker with the same Scrapy class and headers, so links
are found exactly as the spider found them on its own response (same decoding, same ``<base href>``).
"""
from __future__ import annotations

from dataclasses import dataclass

from scrapy.http import TextResponse

from crawler.errors import PageRejected
from crawler.frontier import page_links
from crawler.parse import Reading, Selectors, read_page
from crawler.text import content_hash

__all__ = ["FEED_LINKS", "PageJob", "PageResult", "read_response"]

FEED_LINKS = 'link[type="application/rss+xml"]::attr(href), link[type="application/atom+xml"]::attr(href)'


@dataclass(frozen=True)
class PageJob:
    """One response and how to read it."""

    url: str
    body: bytes
    content_type: bytes
    response_class: type[TextResponse]
    encoding: str | None  # the response's encoding as Scrapy decided it (the worker decodes the same way)
    selectors: Selectors
    min_chars: int
    read: bool  # False: the URL fails the profile's article pattern (only links are wanted)
    detect: bool  # True: the page must also pass article detection (profiles without an article pattern)
    pagination: str  # the profile's CSS selector of pagination links
    page_links: bool  # whether same-site links are wanted (the profile follows links, depth not reached)


@dataclass(frozen=True)
class PageResult:
    """What a worker read on a page."""

    reading: Reading | None  # None when not read (article pattern) or rejected
    rejected: tuple[str, str] | None  # (crawl-log event, reason) when the page cannot become text
    pagination: tuple[str, ...]
    feeds: tuple[str, ...]
    links: tuple[tuple[str, bool], ...]  # (absolute URL, found in the page's chrome)
    content_hash: str | None = None  # of the article text, when the page has one


def read_response(job: PageJob) -> PageResult:
    """Read a page (crawler.parse.read_page) and collect its pagination, feed and page links."""
    reading, rejected = None, None
    if job.read:
        try:
            reading = read_page(job.body, job.url, selectors=job.selectors, min_chars=job.min_chars,
                                content_type=job.content_type.decode("latin-1"), detect=job.detect)
        except PageRejected as exc:
            rejected = (exc.event, exc.reason)
    response = job.response_class(url=job.url, body=job.body, headers={b"Content-Type": job.content_type},
                                  encoding=job.encoding)
    pagination = tuple(response.urljoin(h) for h in response.css(job.pagination).xpath("@href").getall())
    feeds = tuple(response.urljoin(h) for h in response.css(FEED_LINKS).getall())
    links = tuple((response.urljoin(h), chrome) for h, chrome in page_links(response.selector.root)) \
        if job.page_links else ()
    fields = reading.fields if reading is not None else None
    return PageResult(reading, rejected, pagination, feeds, links, content_hash(fields.text) if fields else None)
