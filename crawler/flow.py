"""Backpressure and the global download limit: requests wait at the downloader's door, not in memory.

One :class:`Gate` per process, shared by every crawler in it (``tinmine crawl --all`` runs one per outlet):

* while the worker processes (crawler.workers) or the warehouse writer (warehouse.writer) are behind, no
  new download starts; a waiting request stays in its crawler's downloader, which then counts as full, so
  Scrapy's engine stops taking requests from its scheduler (on disk) instead of buffering pages in RAM;
* at most ``TINMINE_GLOBAL_CONCURRENCY`` downloads run at once over all crawlers, whatever each outlet's own
  politeness (one request at a time per domain, AutoThrottle, delays) allows.

:class:`FlowMiddleware` is the door: the last downloader middleware before the download handler.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred

from crawler.config import settings_of

__all__ = ["Gate", "FlowMiddleware", "gate"]


class Gate:
    """Downloads in progress, a limit on them, and conditions under which none may start."""

    def __init__(self) -> None:
        self.limit = 0  # 0: no global limit
        self.active = 0
        self.waiting: list[Deferred] = []
        self.holds: dict[str, Callable[[], bool]] = {}  # name -> "behind?" (workers, writer)

    def blocked(self) -> bool:
        """Whether a new download must wait now."""
        return bool(self.limit and self.active >= self.limit) or any(behind() for behind in self.holds.values())

    async def enter(self) -> None:
        """Wait until a download may start, and count it."""
        while self.blocked():
            door: Deferred = Deferred()
            self.waiting.append(door)
            await maybe_deferred_to_future(door)
        self.active += 1

    def leave(self) -> None:
        """A download ended."""
        self.active = max(0, self.active - 1)
        self.wake()

    def wake(self) -> None:
        """Let waiting downloads look again (whoever frees capacity calls this)."""
        if not self.waiting or self.blocked():
            return
        waiting, self.waiting = self.waiting, []
        for door in waiting:
            door.callback(None)


_GATE = Gate()


def gate() -> Gate:
    """The process's gate."""
    return _GATE


class FlowMiddleware:
    """Downloader middleware: a request waits at the gate before its download, and frees it after."""

    META = "tinmine_gate"

    def __init__(self, gate: Gate) -> None:
        self.gate = gate

    @classmethod
    def from_crawler(cls, crawler: Any) -> FlowMiddleware:
        """The process's gate; TINMINE_GLOBAL_CONCURRENCY sets its limit."""
        limit = settings_of(crawler.settings).global_concurrency
        if limit:
            _GATE.limit = limit
        return cls(_GATE)

    async def process_request(self, request: Any, spider: Any = None) -> None:
        """Wait for the gate (the request is already counted by its crawler's downloader meanwhile)."""
        await self.gate.enter()
        request.meta[self.META] = True

    def _leave(self, request: Any) -> None:
        if request.meta.pop(self.META, False):
            self.gate.leave()

    def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
        """The download ended."""
        self._leave(request)
        return response

    def process_exception(self, request: Any, exception: Exception, spider: Any = None) -> None:
        """The download failed."""
        self._leave(request)
