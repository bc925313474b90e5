"""What a crawl decides about a page, request or item, as typed exceptions carrying their crawl-log event.

Each has ``event`` (the crawl-log event name) and ``reason``; ``str()`` is ``"event: reason"``, the
line the crawl log keeps. They derive from extract.errors.TinmineError (see tinmine/errors.py).
"""
from __future__ import annotations

from scrapy.exceptions import DropItem, IgnoreRequest

from extract.errors import TinmineError

__all__ = ["CrawlDecision", "PageRejected", "Skipped", "Rejected"]


class CrawlDecision(TinmineError):
    """A page, request or item the crawl does not store, with the crawl-log event that says why."""

    def __init__(self, event: str, reason: str) -> None:
        super().__init__(f"{event}: {reason}")
        self.event, self.reason = event, reason


class PageRejected(CrawlDecision, ValueError):
    """A page that cannot become article text (empty, binary, undecodable, no article text)."""


class Skipped(CrawlDecision, IgnoreRequest):
    """A request not made, or ended early, on purpose: unchanged, budget, capped, redirect_loop,
    offsite_redirect, private_redirect, private_address."""


class Rejected(CrawlDecision, DropItem):
    """An item a pipeline drops: duplicate, unchanged, too_short, language."""
