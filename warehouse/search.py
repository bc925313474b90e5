"""Accent-insensitive ranked article search (BM25 in SQL over folded words) and its index."""
from __future__ import annotations

import duckdb
import pandas as pd
import pyarrow as pa

from warehouse.db import query
from warehouse.sql import registered, run_sql, statement_sql, transaction

__all__ = ["search", "reindex"]

# Rows per Arrow batch handed to DuckDB: one scan thread per batch, so folding runs on every core.
BATCH_ROWS = 2048


def search(con: duckdb.DuckDBPyConnection | str, q: str, limit: int = 20) -> pd.DataFrame:
    """Articles matching ``q`` ('bảo vệ an ninh' or 'bao ve an ninh'), best first."""
    if not q.strip():
        raise ValueError("empty search")
    return query("search", con, q=q, limit=limit)


def _batched(con: duckdb.DuckDBPyConnection, sql: str) -> pa.Table:
    return pa.Table.from_batches(con.sql(sql).to_arrow_table().to_batches(max_chunksize=BATCH_ROWS))


def reindex(con: duckdb.DuckDBPyConnection) -> int:
    """Rebuild the search index of every article in one transaction (after a bulk load); return its size.

    Titles and texts go through Arrow in small batches so that DuckDB folds them in parallel;
    store_article keeps the index current for articles stored one at a time.
    """
    with transaction(con):
        sources = _batched(con, statement_sql("search_sources"))
        with registered(con, {"search_sources": sources}):
            docs = _batched(con, statement_sql("search_documents"))
        with registered(con, {"search_docs": docs}):
            run_sql(con, statement_sql("reindex_search"))
    return docs.num_rows
