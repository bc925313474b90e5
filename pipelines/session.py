"""One warehouse connection per crawl, shared by the pipelines that need it."""
from __future__ import annotations

from typing import Any

import duckdb
from scrapy.exceptions import DropItem

import warehouse


class Rejected(DropItem):
    """A dropped item with a crawl-log event name (duplicate, unchanged, too_short, language...)."""

    def __init__(self, event: str, reason: str) -> None:
        super().__init__(f"{event}: {reason}")
        self.event, self.reason = event, reason


class WarehouseSession:
    """Opens the DuckDB warehouse on first use and closes it when the last pipeline lets go."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.con: duckdb.DuckDBPyConnection | None = None
        self.users = 0

    def acquire(self) -> duckdb.DuckDBPyConnection:
        """The shared connection (opened and migrated on first call)."""
        if self.con is None:
            self.con = warehouse.connect(self.path)
        self.users += 1
        return self.con

    def release(self) -> None:
        """Give the connection back; the last user closes it."""
        self.users -= 1
        if self.users <= 0 and self.con is not None:
            self.con.close()
            self.con = None


def session_for(crawler: Any) -> WarehouseSession:
    """The crawl's warehouse session (created once per crawler from the TINMINE_DB setting)."""
    session = getattr(crawler, "_tinmine_session", None)
    if session is None:
        session = WarehouseSession(crawler.settings.get("TINMINE_DB", "tinmine.duckdb"))
        crawler._tinmine_session = session
    return session
