"""A request dupefilter whose seen-set lives on disk (SQLite), so memory stays flat as a crawl grows.

Scrapy's RFPDupeFilter keeps every fingerprint in a Python set (~100 bytes each). This one keeps a
bounded LRU of recent fingerprints in memory and the full set in a SQLite file beside the warehouse
(``NAME.duckdb.seen-*.sqlite``), removed when the crawl closes; a killed crawl's file is removed when
the next crawl of that warehouse starts (:func:`remove_stale`, while it holds the warehouse's lock).
What is already stored is the warehouse's business, see crawler.incremental.
"""
from __future__ import annotations

import glob
import logging
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from scrapy.dupefilters import BaseDupeFilter

from crawler.config import settings_of
from crawler.frontier import Recent

logger = logging.getLogger(__name__)
SUFFIX = ".sqlite"


def seen_location(db: str | os.PathLike | None, directory: str | os.PathLike | None = None) -> tuple[str | None, str]:
    """(folder, file-name prefix) of a crawl's seen-set: beside the warehouse, named after it."""
    if not db or str(db) == ":memory:":
        return (str(directory) if directory else None), "tinmine-seen-"
    db = Path(db)
    return str(directory or db.resolve().parent), f"{db.name}.seen-"


def remove_stale(db: str | os.PathLike | None, directory: str | os.PathLike | None = None) -> list[Path]:
    """Delete seen-set files a killed crawl of this warehouse left; call while holding its lock."""
    folder, prefix = seen_location(db, directory)
    if not db or str(db) == ":memory:" or folder is None:
        return []
    removed = []
    for path in Path(folder).glob(f"{glob.escape(prefix)}*{SUFFIX}"):
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed



class DiskDupeFilter(BaseDupeFilter):
    """Filters repeated requests by fingerprint: recent ones from an LRU, the rest from SQLite."""

    def __init__(self, fingerprinter: Any, directory: str | Path | None = None, cache_size: int = 50_000,
                 prefix: str = "tinmine-seen-") -> None:
        self.fingerprinter = fingerprinter
        fd, name = tempfile.mkstemp(prefix=prefix, suffix=SUFFIX, dir=directory)
        os.close(fd)
        self.path = Path(name)
        self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                              "CREATE TABLE seen (fp BLOB PRIMARY KEY) WITHOUT ROWID;")
        self.recent = Recent(cache_size)
        self.count = 0

    @classmethod
    def from_crawler(cls, crawler: Any) -> DiskDupeFilter:
        """Seen-set file beside the warehouse (TINMINE_DB), or in TINMINE_SEEN_DIR if set."""
        config = settings_of(crawler.settings)
        directory, prefix = seen_location(config.db, config.seen_dir)
        return cls(crawler.request_fingerprinter, directory, config.seen_cache, prefix)

    def request_seen(self, request: Any) -> bool:
        """True if this request's fingerprint was seen before in this crawl."""
        fp = self.fingerprinter.fingerprint(request)
        if self.recent.seen(fp):
            return True
        cursor = self.db.execute("INSERT OR IGNORE INTO seen (fp) VALUES (?)", (fp,))
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
