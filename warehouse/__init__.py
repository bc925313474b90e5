"""The DuckDB warehouse: schema (numbered .sql migrations), loading, and named queries.

Schema lives in ``warehouse/schema/NNN_*.sql``, internal statements in
``warehouse/statements/``, named queries in ``warehouse/queries/``; Python
only runs them with parameters.  See docs/CONTRACTS.md for the API.
"""
from __future__ import annotations

from warehouse.db import connect, execute, migrate, query, query_description, query_names, query_params
from warehouse.search import search
from warehouse.store import (
    log_crawl_event,
    record_duplicate,
    store_article,
    store_extraction,
    stored_hash,
    transaction,
)

__all__ = [
    "connect",
    "execute",
    "log_crawl_event",
    "migrate",
    "query",
    "query_description",
    "query_names",
    "query_params",
    "record_duplicate",
    "search",
    "store_article",
    "store_extraction",
    "stored_hash",
    "transaction",
]
