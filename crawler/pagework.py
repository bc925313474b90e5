"""The CPU work of one fetched page, as a job a worker process runs (crawler.workers): read it, find its links.

The spider sends a :class:`PageJob` (the response's bytes and what the profile says about reading it) and
gets back a :class:`PageResult`: the page's reading (article fields, detection verdict) and its links,
already absolute. The response is rebuilt in the worker with the same Scrapy class and headers, so links
are found exactly as the spider found them on its own response (same decoding, same ``<base href>``).

The item pipelines may ask for work on an article's text to be done in the same job (:func:`text_jobs`:
its relevance score, its MinHash signature), so that the text does not travel to a worker and back once
more for each of them; they find the results on the item (:func:`precomputed`).
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy.http import TextResponse
from scrapy.utils.response import get_base_url

from crawler.errors import PageRejected
from crawler.frontier import page_links
from crawler.parse import Reading, Selectors, read_page
from crawler.text import content_hash

__all__ = ["FEED_LINKS", "PageJob", "PageResult", "Precomputed", "precomputed", "read_response", "text_jobs"]

logger = logging.getLogger(__name__)
TextJob = Callable[[str, "str | None"], Any]  # (article text, title) -> a result; picklable (a module's function)

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
    text_jobs: tuple[tuple[str, TextJob], ...] = ()  # run on the article's text and title (text_jobs)


@dataclass(frozen=True)
class Precomputed:
    """The results of a page's text jobs and the text and title they were computed on."""

    content_hash: str
    title: str | None
    results: dict[str, Any]


@dataclass(frozen=True)
class PageResult:
    """What a worker read on a page."""

    reading: Reading | None  # None when not read (article pattern) or rejected
    rejected: tuple[str, str] | None  # (crawl-log event, reason) when the page cannot become text
    pagination: tuple[str, ...]
    feeds: tuple[str, ...]
    links: tuple[tuple[str, bool], ...]  # (absolute URL, found in the page's chrome)
    content_hash: str | None = None  # of the article text, when the page has one
    precomputed: Precomputed | None = None  # the text jobs' results, when the page is an article


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
    join = _joiner(get_base_url(response))
    pagination = tuple(map(join, response.css(job.pagination).xpath("@href").getall()))
    feeds = tuple(map(join, response.css(FEED_LINKS).getall()))
    links = tuple((join(h), chrome) for h, chrome in page_links(response.selector.root)) if job.page_links else ()
    fields = reading.fields if reading is not None else None
    if fields is None:
        return PageResult(reading, rejected, pagination, feeds, links)
    text_hash = content_hash(fields.text)
    results: dict[str, Any] = {}
    for name, fn in job.text_jobs:
        try:
            results[name] = fn(fields.text, fields.title)
        except Exception:  # noqa: BLE001 - left out: the pipeline that asked computes it and meets the error itself
            logger.debug("text job %s failed on %s", name, job.url, exc_info=True)
    done = Precomputed(text_hash, fields.title, results) if job.text_jobs else None
    return PageResult(reading, rejected, pagination, feeds, links, text_hash, done)


def _joiner(base: str) -> Callable[[str], str]:
    """``response.urljoin`` of a page whose base URL (``<base href>`` or its URL) is ``base``: ``urljoin(base, href)``.

    The same links (menus, sections, related articles) come back on page after page: an href that is absolute
    or starts with '/' joins to the same URL on every page of the same scheme and host (only the base's
    scheme and host enter the result), so those joins are remembered across pages."""
    parts = urlsplit(base)
    root = f"{parts.scheme}://{parts.netloc}/"

    def join(href: str) -> str:
        if parts.scheme and href.startswith(("/", "http://", "https://")):
            return _site_join(root, href)
        return urljoin(base, href)
    return join


@lru_cache(maxsize=16384)
def _site_join(root: str, href: str) -> str:
    """``urljoin(root, href)`` for an href that is absolute or starts with '/', where any base of the same scheme
    and host gives the same URL (its path, query and fragment are not used)."""
    return urljoin(root, href)


def text_jobs(crawler: Any) -> dict[str, TextJob]:
    """The crawl's text jobs by name: a pipeline adds its own when it is made (``from_crawler``); the spider
    sends them with every page it reads."""
    jobs = getattr(crawler, "_tinmine_text_jobs", None)
    if jobs is None:
        jobs = {}
        crawler._tinmine_text_jobs = jobs
    return jobs


def precomputed(item: Any, name: str) -> Any:
    """The result of the text job ``name`` on this item's text and title, or None: not asked for, failed, or the
    text or title changed since (a pipeline before cleaned them)."""
    done: Precomputed | None = getattr(item, "precomputed", None)
    if done is None or done.content_hash != item.content_hash or done.title != item.title:
        return None
    return done.results.get(name)
