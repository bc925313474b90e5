"""Downloader middlewares: safe redirects (never off-site, never into private networks) and retry back-off.

The back-off heals: a retryable failure doubles the domain's delay (Retry-After honoured), and every
successful response after it halves the delay again, down to what it was before the first failure.
"""
from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy.downloadermiddlewares.retry import RetryMiddleware

from crawler.config import settings_of
from crawler.errors import Skipped
from crawler.netguard import host_addresses, is_private_host, parse_host
from crawler.urls import same_site

__all__ = ["is_private_host", "redirect_verdict", "cross_port", "SafeRedirectMiddleware", "BackoffRetryMiddleware"]


DEFAULT_PORTS = {"http": 80, "https": 443}


def _port(url: str) -> int | None:
    parts = urlsplit(url)
    try:
        return parts.port or DEFAULT_PORTS.get(parts.scheme)
    except ValueError:
        return None


def cross_port(source: str, target: str) -> bool:
    """True when a redirect changes the port (other than http -> https on their default ports)."""
    src, dst = _port(source), _port(target)
    if src == dst:
        return False
    return not (src in DEFAULT_PORTS.values() and dst in DEFAULT_PORTS.values()
                and urlsplit(source).port is None and urlsplit(target).port is None)


def redirect_verdict(source: str, target: str, allowed: list[str] | tuple[str, ...],
                     private_ok: Collection[str] | None = None) -> str | None:
    """Why a redirect from source to target must not be followed (an event name), or None if it may.

    Off-site: another scheme than http(s), a host outside the allowed domains, or another port of the
    same host. Private: a target in a non-public address range, unless it is one the crawl started on
    (``private_ok``; by default the source's own address, which had to be allowed to be fetched).
    """
    target_host = urlsplit(target).hostname
    if urlsplit(target).scheme not in ("http", "https"):
        return "offsite_redirect"
    if allowed and not same_site(target, allowed):
        return "offsite_redirect"
    if cross_port(source, target):
        return "offsite_redirect"
    if is_private_host(target_host):
        if private_ok is None:
            source_host = urlsplit(source).hostname or ""
            private_ok = {str(a) for a in host_addresses(source_host)} if is_private_host(source_host) else set()
        target_addrs = {str(a) for a in host_addresses(target_host or "")}
        if not target_addrs or not target_addrs <= set(private_ok):
            return "private_redirect"
    return None


class SafeRedirectMiddleware:
    """Stops 3xx responses that loop, or lead outside the allowed domains or into private addresses."""

    def __init__(self, crawler: Any = None) -> None:
        self.crawler = crawler
        allowed = crawler.settings.getlist("TINMINE_PRIVATE_ALLOWED") if crawler is not None else ()
        self.private_ok = {str(a) for a in (parse_host(h) for h in allowed) if a is not None} or None

    @classmethod
    def from_crawler(cls, crawler: Any) -> SafeRedirectMiddleware:
        """Keep the crawler to reach the running spider's allowed domains."""
        return cls(crawler)

    def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
        """Raise Skipped (offsite_redirect, private_redirect, redirect_loop) instead of following."""
        location = response.headers.get("Location")
        if not (300 <= response.status < 400 and location):
            return response
        target = urljoin(request.url, location.decode("latin-1"))
        if target == request.url or target in request.meta.get("redirect_urls", ()):
            raise Skipped("redirect_loop", f"{request.url} -> {target} was already visited in this chain")
        spider = spider or getattr(self.crawler, "spider", None)
        verdict = redirect_verdict(request.url, target, getattr(spider, "allowed_domains", None) or (),
                                   self.private_ok)
        if verdict:
            raise Skipped(verdict, f"{request.url} -> {target} not followed")
        return response


class BackoffRetryMiddleware(RetryMiddleware):
    """RetryMiddleware that also slows the whole domain down, and lets it recover.

    A retryable failure doubles the domain's delay (at least TINMINE_BACKOFF_BASE, at most
    TINMINE_BACKOFF_MAX, Retry-After honoured); each successful response afterwards multiplies it by
    TINMINE_BACKOFF_DECAY (0.5) until it is back to the delay the domain had before the first failure.
    """

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        config = settings_of(settings)
        self.base = config.backoff_base
        self.ceiling = config.backoff_max or settings.getfloat("AUTOTHROTTLE_MAX_DELAY", 60.0)
        self.decay = min(max(config.backoff_decay, 0.0), 1.0)
        self.normal: dict[str, float] = {}  # slot key -> its delay before it backed off
        self.crawler: Any = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> BackoffRetryMiddleware:
        """Keep the crawler to reach its download slots."""
        mw = cls(crawler.settings)
        mw.crawler = crawler
        return mw

    def _slot(self, request: Any) -> tuple[str | None, Any]:
        engine = getattr(self.crawler, "engine", None)
        if engine is None:
            return None, None
        key = request.meta.get("download_slot") or urlsplit(request.url).hostname
        return key, engine.downloader.slots.get(key)

    def _back_off(self, request: Any, response: Any | None) -> None:
        key, slot = self._slot(request)
        if slot is None:
            return
        self.normal.setdefault(key, slot.delay)
        wait = max(slot.delay * 2, self.base)
        retry_after = response.headers.get("Retry-After") if response is not None else None
        if retry_after:
            wait = max(wait, _retry_after_seconds(retry_after.decode("latin-1")))
        slot.delay = min(wait, self.ceiling)
        self.crawler.stats.inc_value("tinmine/backoff")

    def _recover(self, request: Any) -> None:
        key, slot = self._slot(request)
        if slot is None or key not in self.normal:
            return
        normal = self.normal[key]
        slot.delay = max(normal, slot.delay * self.decay)
        if slot.delay - normal <= self.base / 8:  # close enough: back to normal
            slot.delay = normal
            del self.normal[key]
        self.crawler.stats.inc_value("tinmine/backoff_decay")

    def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
        """Back off the domain on a retryable status (then retry as Scrapy does); recover on a success."""
        if response.status in self.retry_http_codes and not request.meta.get("dont_retry"):
            self._back_off(request, response)
        elif response.status < 500:
            self._recover(request)
        return super().process_response(request, response)

    def process_exception(self, request: Any, exception: Exception, spider: Any = None) -> Any:
        """Back off on network errors too."""
        if isinstance(exception, self.exceptions_to_retry):
            self._back_off(request, None)
        return super().process_exception(request, exception)


def _retry_after_seconds(value: str) -> float:
    try:
        return float(value)
    except ValueError:
        try:
            stamp = parsedate_to_datetime(value)
            return max(0.0, (stamp - datetime.now(stamp.tzinfo)).total_seconds())
        except (TypeError, ValueError):
            return 0.0
