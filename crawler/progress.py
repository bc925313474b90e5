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
from crawler.counts import COUNTS, counts_from_stats

COLUMNS = ("outlet", *COUNTS, "pages/s", "state")
PLAIN_EVERY = 10.0  # seconds between progress lines when the output is not a terminal


def progress_row(outlet: str, stats: dict[str, Any], seconds: float, state: str) -> tuple[str, ...]:
    """One display row from a crawler's Scrapy stats (counted as the summary counts them: crawler.counts)."""
    counts = counts_from_stats(stats)
    rate = counts["pages"] / seconds if seconds > 0 else 0.0
    return (outlet, *(str(counts[k]) for k in COUNTS), f"{rate:.1f}", state)


def progress_line(row: tuple[str, ...]) -> str:
    """A display row as one plain line (output that is not a terminal: logs, pipes)."""
    return f"{row[0]}: " + ", ".join(f"{c} {v}" for c, v in zip(COLUMNS[1:], row[1:], strict=True))


def progress_table(rows: list[tuple[str, ...]]) -> Table:
    """The live table."""
    table = Table(title="tinmine crawl", expand=False)
    for col in COLUMNS:
        table.add_column(col, justify="left" if col in ("outlet", "state") else "right")
    for row in rows:
        table.add_row(*row)
    return table


class LiveProgress:
    """Scrapy extension (TINMINE_PROGRESS): one shared display for every crawler in the process, one row per
    outlet. On a terminal a rich Live table redrawn in place; otherwise (a log file, a pipe, CI) plain lines,
    one per outlet every PLAIN_EVERY seconds and when it ends, never redrawn, never wrapped."""

    live: ClassVar[Live | None] = None
    plain: ClassVar[Console | None] = None
    loop: ClassVar[LoopingCall | None] = None
    crawls: ClassVar[dict[str, list]] = {}
    last_plain: ClassVar[float] = 0.0

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
        if LiveProgress.live is None and LiveProgress.plain is None:
            console = Console(stderr=True)
            if console.is_terminal:
                LiveProgress.live = Live(progress_table([]), console=console, refresh_per_second=4)
                LiveProgress.live.start()
            else:
                LiveProgress.plain, LiveProgress.last_plain = console, time.monotonic()
            LiveProgress.loop = LoopingCall(LiveProgress.render)
            LiveProgress.loop.start(0.5)

    def spider_closed(self, spider: Any, reason: str = "finished") -> None:
        """Mark this crawl done; the last one stops the display."""
        LiveProgress.crawls[str(id(self))][3] = reason
        if all(c[3] != "running" for c in LiveProgress.crawls.values()):
            LiveProgress.render(final=True)
            if LiveProgress.loop is not None and LiveProgress.loop.running:
                LiveProgress.loop.stop()
            if LiveProgress.live is not None:
                LiveProgress.live.stop()
            LiveProgress.live = LiveProgress.loop = LiveProgress.plain = None
            LiveProgress.crawls = {}

    @staticmethod
    def rows() -> list[tuple[str, ...]]:
        """One row per outlet from the live stats."""
        now = time.monotonic()
        return [progress_row(o, s.get_stats(), now - t0, st) for o, s, t0, st in LiveProgress.crawls.values()]

    @staticmethod
    def render(final: bool = False) -> None:
        """Redraw the table (terminal), or print the rows as lines every PLAIN_EVERY seconds and at the end."""
        if LiveProgress.live is not None:
            LiveProgress.live.update(progress_table(LiveProgress.rows()))
        elif LiveProgress.plain is not None and (final or time.monotonic() - LiveProgress.last_plain >= PLAIN_EVERY):
            LiveProgress.last_plain = time.monotonic()
            for row in LiveProgress.rows():
                LiveProgress.plain.print(progress_line(row), markup=False, highlight=False, soft_wrap=True)
