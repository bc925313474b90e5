"""Scrapy item pipelines: clean -> relevance -> dedup -> extract -> store (see crawler/settings.py)."""
from __future__ import annotations

from pipelines.session import Rejected, WarehouseSession, session_for

__all__ = ["Rejected", "WarehouseSession", "session_for"]
