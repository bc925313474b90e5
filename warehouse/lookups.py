"""Named look-ups the crawl and re-extraction make in the warehouse (statement files in warehouse/statements/).

Callers outside the warehouse ask these functions, never its tables: the de-duplication stage, the
incremental re-crawl and re-extraction read what is stored through them.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import duckdb

from warehouse.sql import run_sql, statement_sql

__all__ = ["StoredFetch", "last_fetch", "duplicate_of", "stored_hash", "article_by_hash", "has_extraction",
           "article_url", "near_dup_candidates", "near_dup_signatures", "kept_articles"]


@dataclass(frozen=True)
class StoredFetch:
    """What the warehouse knows of a URL's article: when it was fetched, and the response's validators."""

    seen: datetime
    etag: str | None = None
    last_modified: str | None = None


def _one(con: duckdb.DuckDBPyConnection, name: str, **params: Any) -> Any:
    # fetchall, not fetchone: DuckDB 2 refuses new work while a result is unfinished.
    rows = run_sql(con, statement_sql(name), params).fetchall()
    return rows[0][0] if rows else None


def last_fetch(con: duckdb.DuckDBPyConnection, url: str) -> StoredFetch | None:
    """When the article behind a (canonical) URL was last fetched, and its ETag / Last-Modified; None if never."""
    rows = run_sql(con, statement_sql("last_fetch"), {"url": url}).fetchall()
    if not rows or rows[0][0] is None:
        return None
    seen, etag, last_modified = rows[0]
    return StoredFetch(seen, etag or None, last_modified or None)


def duplicate_of(con: duckdb.DuckDBPyConnection, url: str) -> str | None:
    """The article a URL was recorded as duplicating, if any."""
    return _one(con, "duplicate_of", url=url)


def stored_hash(con: duckdb.DuckDBPyConnection, canonical_url: str) -> str | None:
    """Content hash of the article stored under a canonical URL, if any."""
    return _one(con, "stored_hash", canonical_url=canonical_url)


def article_by_hash(con: duckdb.DuckDBPyConnection, content_hash: str) -> str | None:
    """The article stored with this content hash (the first fetched), if any."""
    return _one(con, "article_by_hash", content_hash=content_hash)


def has_extraction(con: duckdb.DuckDBPyConnection, article_id: str) -> bool:
    """Whether an article's mention rows are stored."""
    return bool(_one(con, "has_extraction", article_id=article_id))


def article_url(con: duckdb.DuckDBPyConnection, article_id: str) -> str | None:
    """The URL an article is stored under."""
    return _one(con, "article_url", article_id=article_id)


def near_dup_candidates(con: duckdb.DuckDBPyConnection, keys: list[int]) -> list[str]:
    """Stored articles sharing at least one LSH band key with ``keys``."""
    return [a for (a,) in run_sql(con, statement_sql("near_dup_candidates"), {"keys": keys}).fetchall()]


def near_dup_signatures(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[tuple[str, bytes]]:
    """(article_id, stored MinHash signature) of the given articles."""
    return run_sql(con, statement_sql("near_dup_signatures"), {"ids": ids}).fetchall()


def kept_articles(con: duckdb.DuckDBPyConnection) -> Iterator[dict[str, Any]]:
    """Every stored kept article as a record (its whole row) with ``place``, its outlet's province."""
    result = run_sql(con, statement_sql("reextract_articles"))
    names = [d[0] for d in result.description]
    while rows := result.fetchmany(500):  # a stream: an archive need not fit in memory
        for row in rows:
            yield dict(zip(names, row, strict=True))
