"""The crawl's warehouse session (warehouse.session), as Scrapy components find it from their crawler."""
from __future__ import annotations

from typing import Any

from crawler.config import settings_of
from warehouse.session import WarehouseSession

# One session per warehouse path in this process: crawlers running side by side (several outlets in one
# crawl) share its connection and pending batch, so each sees the others' not-yet-committed articles.
_SESSIONS: dict[str, WarehouseSession] = {}


def session_for(crawler: Any) -> WarehouseSession:
    """The crawl's warehouse session (from TINMINE_DB; shared by every crawler of this process using it)."""
    return session_for_settings(crawler.settings)


def session_for_settings(settings: Any) -> WarehouseSession:
    """The warehouse session of TINMINE_DB (crawler.run opens it before the crawl starts fetching)."""
    config = settings_of(settings)
    session = _SESSIONS.get(config.db)
    if session is None:
        session = _SESSIONS[config.db] = WarehouseSession(
            config.db, config.store_batch_size, config.store_batch_seconds,
            memory_limit=config.db_memory_limit, threads=config.db_threads or None,
            checkpoint=config.db_checkpoint)
    return session
