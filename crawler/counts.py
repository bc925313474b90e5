"""A crawl's counts, from one source: the crawl-log rows it wrote (event -> rows), plus pages fetched.

The live progress table (crawler.progress), the end-of-crawl summary (crawler.run.CrawlStats) and the
warehouse (``crawl_log``) all count through :func:`crawl_counts`, so they agree:

* kept: ``stored`` rows (articles stored and extracted); offtopic: ``offtopic`` rows (stored, not extracted);
* duplicates: ``duplicate`` rows (a URL recorded in ``article_urls`` instead of being stored again);
* unchanged: ``unchanged`` rows (stored before with the same content, or skipped by sitemap date or 304);
* errors: the events in :data:`ERROR_EVENTS` (HTTP errors, timeouts, bad bodies, a worker crash...);
* rejected: every other row (not an article, too short, not Vietnamese, robots.txt, a redirect refused...).
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["COUNTS", "ERROR_EVENTS", "crawl_counts", "counts_from_stats", "logged_from_stats"]

# Events that count as errors (the rest are decisions: not_article, robots, duplicate...).
ERROR_EVENTS = frozenset({"http_error", "timeout", "connection", "error", "binary", "encoding", "empty",
                          "bad_sitemap", "too_large", "truncated", "offsite_redirect", "private_redirect",
                          "private_address", "redirect_loop", "worker_crash"})
COUNTS = ("pages", "kept", "offtopic", "duplicates", "unchanged", "rejected", "errors")
_NAMED = {"stored": "kept", "offtopic": "offtopic", "duplicate": "duplicates", "unchanged": "unchanged"}


def crawl_counts(logged: Mapping[str, int], pages: int = 0) -> dict[str, int]:
    """The counts of a crawl from its crawl-log rows by event (and the pages it fetched)."""
    counts = dict.fromkeys(COUNTS, 0)
    counts["pages"] = pages
    for event, n in logged.items():
        key = _NAMED.get(event) or ("errors" if event in ERROR_EVENTS else "rejected")
        counts[key] += n
    return counts


def logged_from_stats(stats: Mapping[str, Any]) -> dict[str, int]:
    """Crawl-log rows by event, from a crawler's Scrapy stats (the store pipeline counts each row it queues)."""
    return {k[len("tinmine/log/"):]: v for k, v in stats.items() if k.startswith("tinmine/log/")}


def counts_from_stats(stats: Mapping[str, Any]) -> dict[str, int]:
    """:func:`crawl_counts` of a running crawler (its Scrapy stats)."""
    return crawl_counts(logged_from_stats(stats), stats.get("downloader/response_count", 0))
