"""Downloader middlewares: safe redirects (never off-site, never into private networks) and retry back-off."""
from __future__ import annotations

import ipaddress
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest

from crawler.urls import same_site


def is_private_host(host: str | None) -> bool:
    """True for localhost and literal loopback, private, link-local or reserved IP addresses.

    Host names are not resolved (no DNS from a redirect check); a name is judged by its allowed domain.
    """
    if not host:
        return False
    if host.lower() in ("localhost", "localhost.localdomain") or host.lower().endswith(".localhost"):
        return True
    try:
        addr = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved or addr.is_unspecified


def redirect_verdict(source: str, target: str, allowed: list[str] | tuple[str, ...]) -> str | None:
    """Why a redirect from source to target must not be followed (an event name), or None if it may."""
    target_host = urlsplit(target).hostname
    if urlsplit(target).scheme not in ("http", "https"):
        return "offsite_redirect"
    if allowed and not same_site(target, allowed):
        return "offsite_redirect"
    if is_private_host(target_host) and not is_private_host(urlsplit(source).hostname):
        return "private_redirect"
    return None


class SafeRedirectMiddleware:
    """Stops 3xx responses that loop, or lead outside the allowed domains or into private addresses."""

    def __init__(self, crawler: Any = None) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> SafeRedirectMiddleware:
        """Keep the crawler to reach the running spider's allowed domains."""
        return cls(crawler)

    def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
        """Raise IgnoreRequest('offsite_redirect: ...' / 'redirect_loop: ...') instead of following."""
        location = response.headers.get("Location")
        if not (300 <= response.status < 400 and location):
            return response
        target = urljoin(request.url, location.decode("latin-1"))
        if target == request.url or target in request.meta.get("redirect_urls", ()):
            raise IgnoreRequest(f"redirect_loop: {request.url} -> {target} was already visited in this chain")
        spider = spider or getattr(self.crawler, "spider", None)
        verdict = redirect_verdict(request.url, target, getattr(spider, "allowed_domains", None) or ())
        if verdict:
            raise IgnoreRequest(f"{verdict}: {request.url} -> {target} not followed")
        return response


class BackoffRetryMiddleware(RetryMiddleware):
    """RetryMiddleware that also slows the whole domain down: delay doubles per retry, Retry-After honoured."""

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.base = settings.getfloat("TINMINE_BACKOFF_BASE", 2.0)
        self.ceiling = settings.getfloat("TINMINE_BACKOFF_MAX") or settings.getfloat("AUTOTHROTTLE_MAX_DELAY", 60.0)
        self.crawler: Any = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> BackoffRetryMiddleware:
        """Keep the crawler to reach its download slots."""
        mw = cls(crawler.settings)
        mw.crawler = crawler
        return mw

    def _back_off(self, request: Any, response: Any | None) -> None:
        engine = getattr(self.crawler, "engine", None)
        if engine is None:
            return
        key = request.meta.get("download_slot") or urlsplit(request.url).hostname
        slot = engine.downloader.slots.get(key)
        if slot is None:
            return
        wait = max(slot.delay * 2, self.base)
        retry_after = response.headers.get("Retry-After") if response is not None else None
        if retry_after:
            wait = max(wait, _retry_after_seconds(retry_after.decode("latin-1")))
        slot.delay = min(wait, self.ceiling)
        self.crawler.stats.inc_value("tinmine/backoff")

    def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
        """Back off the domain on a retryable status, then retry as Scrapy does."""
        if response.status in self.retry_http_codes and not request.meta.get("dont_retry"):
            self._back_off(request, response)
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
            from datetime import datetime

            stamp = parsedate_to_datetime(value)
            return max(0.0, (stamp - datetime.now(stamp.tzinfo)).total_seconds())
        except (TypeError, ValueError):
            return 0.0
