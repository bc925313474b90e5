"""A request dupefilter whose seen-set lives on disk (SQLite), so memory stays flat as a crawl grows.

Scrapy's RFPDupeFilter keeps every fingerprint in a Python set (~100 bytes each). This one keeps a
bounded LRU of recent fingerprints in memory and the full set in a SQLite file that is removed when
the crawl closes (what is already stored is the warehouse's business, see crawler.incremental).
"""
from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
from collections import OrderedDict
from pathlib import Path
from typing import Any

from scrapy.dupefilters import BaseDupeFilter

logger = logging.getLogger(__name__)


class DiskDupeFilter(BaseDupeFilter):
    """Filters repeated requests by fingerprint: recent ones from an LRU, the rest from SQLite."""

    def __init__(self, fingerprinter: Any, directory: str | Path | None = None, cache_size: int = 50_000) -> None:
        self.fingerprinter, self.cache_size = fingerprinter, cache_size
        fd, name = tempfile.mkstemp(prefix="tinmine-seen-", suffix=".sqlite", dir=directory)
        os.close(fd)
        self.path = Path(name)
        self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                              "CREATE TABLE seen (fp BLOB PRIMARY KEY) WITHOUT ROWID;")
        self.recent: OrderedDict[bytes, None] = OrderedDict()
        self.count = 0

    @classmethod
    def from_crawler(cls, crawler: Any) -> DiskDupeFilter:
        """Seen-set file in TINMINE_SEEN_DIR (default: the system temp folder)."""
        return cls(crawler.request_fingerprinter, crawler.settings.get("TINMINE_SEEN_DIR"),
                   crawler.settings.getint("TINMINE_SEEN_CACHE", 50_000))

    def request_seen(self, request: Any) -> bool:
        """True if this request's fingerprint was seen before in this crawl."""
        fp = self.fingerprinter.fingerprint(request)
        if fp in self.recent:
            self.recent.move_to_end(fp)
            return True
        cursor = self.db.execute("INSERT OR IGNORE INTO seen (fp) VALUES (?)", (fp,))
        self.recent[fp] = None
        if len(self.recent) > self.cache_size:
            self.recent.popitem(last=False)
        if cursor.rowcount == 0:
            return True
        self.count += 1
        return False

    def close(self, reason: str) -> None:
        """Drop the seen-set file."""
        self.db.close()
        self.path.unlink(missing_ok=True)
        logger.info("dupefilter: %d distinct requests", self.count)

    def log(self, request: Any, spider: Any) -> None:
        """Duplicates are routine (listing pages link the same articles); count, do not log."""
        spider.crawler.stats.inc_value("dupefilter/filtered")
