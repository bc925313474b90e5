"""Writing to the warehouse: articles, their mentions, duplicate URLs and the crawl log."""
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from warehouse.access import local_now
from warehouse.frames import mention_tables
from warehouse.sql import registered, run_sql, statement_sql, transaction

if TYPE_CHECKING:
    from extract.types import Extraction

__all__ = [
    "store_article", "store_extraction", "insert_mentions", "record_duplicate", "log_crawl_event",
    "stored_hash", "transaction", "registered", "ARTICLE_KEYS", "SOURCE_KEYS",
]

ARTICLE_KEYS = (
    "article_id", "url", "canonical_url", "outlet", "title", "published_at", "author", "text",
    "content_hash", "fetched_at", "lang", "relevance", "relevance_reason", "status", "warc_file",
    "warc_offset",
)
# Where title, published_at and author came from (schema 013_article_sources.sql); optional in a record.
SOURCE_KEYS = ("title_source", "published_source", "author_source")
_REQUIRED = ("article_id", "url", "outlet", "text", "content_hash")
_DEFAULTS: dict[str, Any] = {"lang": "vi", "status": "kept"}


def _first(rows: list[tuple]) -> tuple | None:
    # fetchall, not fetchone: DuckDB 2 refuses new work while a result is unfinished.
    return rows[0] if rows else None


def _article_row(article: Mapping[str, Any]) -> dict[str, Any]:
    missing = [k for k in _REQUIRED if not article.get(k)]
    if missing:
        raise ValueError(f"article record lacks {missing}")
    row = {k: article.get(k, _DEFAULTS.get(k)) for k in ARTICLE_KEYS}
    row.update({k: article.get(k) for k in SOURCE_KEYS})
    row["canonical_url"] = row["canonical_url"] or row["url"]
    row["fetched_at"] = row["fetched_at"] or local_now()
    for key, default in _DEFAULTS.items():
        row[key] = row[key] or default
    return row


def store_article(con: duckdb.DuckDBPyConnection, article: Mapping[str, Any]) -> str:
    """Upsert an article by article_id; unchanged content is a no-op; returns the article_id.

    When the content hash changed, the old mention rows are dropped in the same
    transaction (their offsets point into the old text); the next
    store_extraction fills them again.
    """
    row = _article_row(article)
    old = _first(run_sql(con, statement_sql("article_hash"), row).fetchall())
    if old is not None and old[0] == row["content_hash"]:
        return row["article_id"]
    with transaction(con):
        if old is not None:
            run_sql(con, statement_sql("delete_mentions"), row)
        run_sql(con, statement_sql("upsert_article"), row)
        run_sql(con, statement_sql("index_article"), row)
    return row["article_id"]


def insert_mentions(con: duckdb.DuckDBPyConnection, tables: Mapping[str, pa.Table]) -> None:
    """Bulk-insert Arrow tables of mention rows (INSERT ... SELECT over registered tables, not row by row).

    Must run outside an open transaction that may fail (unregistering needs a live one);
    store_extraction registers first and opens its transaction inside.
    """
    with registered(con, {k: t for k, t in tables.items() if t.num_rows}) as names:
        for name in names:
            run_sql(con, statement_sql(f"insert_{name.removeprefix('incoming_')}"))


def store_extraction(
    con: duckdb.DuckDBPyConnection, article_id: str, extraction: Extraction, *, version: str
) -> None:
    """Replace an article's mention rows with ``extraction`` in one transaction."""
    found = _first(run_sql(con, statement_sql("article_text"), {"article_id": article_id}).fetchall())
    if found is None:
        raise KeyError(f"no stored article {article_id!r}; store_article first")
    tables = mention_tables(article_id, extraction, version)
    params = {"article_id": article_id, "version": version}
    nonempty = {k: t for k, t in tables.items() if t.num_rows}
    with registered(con, nonempty) as names, transaction(con):
        run_sql(con, statement_sql("delete_mentions"), params)
        for name in names:
            run_sql(con, statement_sql(f"insert_{name.removeprefix('incoming_')}"))
        run_sql(con, statement_sql("record_extraction"), params)


def record_duplicate(
    con: duckdb.DuckDBPyConnection, url: str, article_id: str, reason: str, similarity: float | None = None
) -> None:
    """Record a URL that duplicates a stored article (reason canonical, content_hash or near_duplicate).

    Raises KeyError when the article is not stored: a duplicate URL never points at nothing.
    """
    if _first(run_sql(con, statement_sql("article_hash"), {"article_id": article_id}).fetchall()) is None:
        raise KeyError(f"no stored article {article_id!r}; store_article first")
    params = {"url": url, "article_id": article_id, "reason": reason, "similarity": similarity}
    run_sql(con, statement_sql("record_duplicate"), params)


def log_crawl_event(
    con: duckdb.DuckDBPyConnection,
    *,
    url: str,
    outlet: str,
    event: str,
    status_code: int | None = None,
    reason: str | None = None,
) -> None:
    """Log a crawl event; the same (url, event) again updates its row instead of adding one."""
    params = {"url": url, "outlet": outlet, "event": event, "status_code": status_code, "reason": reason}
    run_sql(con, statement_sql("log_crawl_event"), params)


def stored_hash(con: duckdb.DuckDBPyConnection, canonical_url: str) -> str | None:
    """Content hash of the article stored under ``canonical_url``, or None."""
    found = _first(run_sql(con, statement_sql("stored_hash"), {"canonical_url": canonical_url}).fetchall())
    return found[0] if found else None
