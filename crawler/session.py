"""The crawl's warehouse session (warehouse.session), as Scrapy components find it from their crawler."""
from __future__ import annotations

from typing import Any

from warehouse.session import WarehouseSession

# One session per warehouse path in this process: crawlers running side by side (several outlets in one
# crawl) share its connection and pending batch, so each sees the others' not-yet-committed articles.
_SESSIONS: dict[str, WarehouseSession] = {}


def session_for(crawler: Any) -> WarehouseSession:
    """The crawl's warehouse session (from TINMINE_DB; shared by every crawler of this process using it)."""
    return session_for_settings(crawler.settings)


def session_for_settings(settings: Any) -> WarehouseSession:
    """The warehouse session of TINMINE_DB (crawler.run opens it before the crawl starts fetching)."""
    path = settings.get("TINMINE_DB", "tinmine.duckdb")
    session = _SESSIONS.get(path)
    if session is None:
        session = _SESSIONS[path] = WarehouseSession(
            path, settings.getint("TINMINE_STORE_BATCH_SIZE", 100), settings.getfloat("TINMINE_STORE_BATCH_SECONDS", 2.0),
            memory_limit=settings.get("TINMINE_DB_MEMORY_LIMIT"), threads=settings.getint("TINMINE_DB_THREADS") or None)
    return session
