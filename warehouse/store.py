"""Writing one thing at a time: each call is the batch writer (warehouse.batch) with a batch of one."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import duckdb

from extract.types import Extraction
from warehouse.batch import WriteBatch, write_batch
from warehouse.lookups import stored_hash
from warehouse.sql import run_sql, statement_sql, transaction

__all__ = ["store_article", "store_extraction", "record_duplicate", "log_crawl_event", "stored_hash", "transaction"]


def _first(rows: list[tuple]) -> tuple | None:
    # fetchall, not fetchone: DuckDB 2 refuses new work while a result is unfinished.
    return rows[0] if rows else None


def store_article(con: duckdb.DuckDBPyConnection, article: Mapping[str, Any]) -> str:
    """Upsert an article by article_id; unchanged content keeps the stored row; returns the article_id.

    When the content hash changed, the old mention rows are dropped in the same transaction (their
    offsets point into the old text); the next store_extraction fills them again.
    """
    batch = WriteBatch()
    article_id = batch.add_article(article)
    write_batch(con, batch)
    return article_id


def store_extraction(con: duckdb.DuckDBPyConnection, article_id: str, extraction: Extraction, *,
                     version: str) -> None:
    """Replace an article's mention rows with ``extraction`` in one transaction (KeyError if it is not stored)."""
    batch = WriteBatch()
    batch.add_extraction(article_id, extraction, version=version)
    write_batch(con, batch)


def record_duplicate(con: duckdb.DuckDBPyConnection, url: str, article_id: str, reason: str,
                     similarity: float | None = None) -> None:
    """Record a URL that duplicates a stored article (reason canonical, content_hash or near_duplicate).

    Raises KeyError when the article is not stored: a duplicate URL never points at nothing.
    """
    if _first(run_sql(con, statement_sql("article_hash"), {"article_id": article_id}).fetchall()) is None:
        raise KeyError(f"no stored article {article_id!r}; store_article first")
    batch = WriteBatch()
    batch.add_duplicate(url, article_id, reason, similarity)
    write_batch(con, batch)


def log_crawl_event(con: duckdb.DuckDBPyConnection, *, url: str, outlet: str, event: str,
                    status_code: int | None = None, reason: str | None = None) -> None:
    """Log a crawl event; the same (url, event) again updates its row instead of adding one."""
    batch = WriteBatch()
    batch.add_event(url=url, outlet=outlet, event=event, status_code=status_code, reason=reason)
    write_batch(con, batch)
