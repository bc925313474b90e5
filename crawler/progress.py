"""Live crawl progress with rich: pages fetched, kept, rejected, errors and rate, one row per outlet."""
from __future__ import annotations

import time
from typing import Any, ClassVar

from rich.console import Console
from rich.live import Live
from rich.table import Table
from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet.task import LoopingCall

from crawler.config import settings_of

COLUMNS = ("outlet", "pages", "kept", "offtopic", "rejected", "errors", "pages/s", "state")


def progress_row(outlet: str, stats: dict[str, Any], seconds: float, state: str) -> tuple[str, ...]:
    """One display row from a crawler's Scrapy stats."""
    pages = stats.get("downloader/response_count", 0)
    rejected = sum(stats.get(f"tinmine/{k}", 0) for k in ("duplicates", "unchanged", "too_short", "language"))
    rejected += stats.get("tinmine/skipped", 0) + stats.get("tinmine/log/not_article", 0)
    rate = pages / seconds if seconds > 0 else 0.0
    return (outlet, str(pages), str(stats.get("tinmine/kept", 0)), str(stats.get("tinmine/offtopic", 0)),
            str(rejected), str(stats.get("tinmine/errors", 0)), f"{rate:.1f}", state)


def progress_table(rows: list[tuple[str, ...]]) -> Table:
    """The live table."""
    table = Table(title="tinmine crawl", expand=False)
    for col in COLUMNS:
        table.add_column(col, justify="left" if col in ("outlet", "state") else "right")
    for row in rows:
        table.add_row(*row)
    return table


class LiveProgress:
    """Scrapy extension (TINMINE_PROGRESS): one shared rich Live display for every crawler in the process."""

    live: ClassVar[Live | None] = None
    loop: ClassVar[LoopingCall | None] = None
    crawls: ClassVar[dict[str, list]] = {}

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> LiveProgress:
        """Enabled by the TINMINE_PROGRESS setting."""
        if not settings_of(crawler.settings).progress:
            raise NotConfigured("TINMINE_PROGRESS is off")
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Any) -> None:
        """Register this crawl and start the display with the first one."""
        outlet = getattr(getattr(spider, "profile", None), "outlet", spider.name)
        LiveProgress.crawls[str(id(self))] = [outlet, self.crawler.stats, time.monotonic(), "running"]
        if LiveProgress.live is None:
            LiveProgress.live = Live(progress_table([]), console=Console(stderr=True), refresh_per_second=4)
            LiveProgress.live.start()
            LiveProgress.loop = LoopingCall(LiveProgress.render)
            LiveProgress.loop.start(0.5)

    def spider_closed(self, spider: Any, reason: str = "finished") -> None:
        """Mark this crawl done; the last one stops the display."""
        LiveProgress.crawls[str(id(self))][3] = reason
        if all(c[3] != "running" for c in LiveProgress.crawls.values()) and LiveProgress.live is not None:
            LiveProgress.render()
            if LiveProgress.loop is not None and LiveProgress.loop.running:
                LiveProgress.loop.stop()
            LiveProgress.live.stop()
            LiveProgress.live = LiveProgress.loop = None
            LiveProgress.crawls = {}

    @staticmethod
    def render() -> None:
        """Redraw the table from the live stats."""
        now = time.monotonic()
        rows = [progress_row(o, s.get_stats(), now - t0, st) for o, s, t0, st in LiveProgress.crawls.values()]
        if LiveProgress.live is not None:
            LiveProgress.live.update(progress_table(rows))
