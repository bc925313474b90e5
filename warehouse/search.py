"""Accent-insensitive ranked article search (BM25 in SQL over folded words), its index, and snippets."""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from extract.keys import fold_chars
from warehouse.db import execute, query
from warehouse.errors import QueryError
from warehouse.sql import registered, run_sql, statement_sql, transaction

__all__ = ["search", "search_result", "search_params", "reindex", "highlights", "trim_snippet", "STATUSES"]

# Rows per Arrow batch handed to DuckDB: one scan thread per batch, so folding runs on every core.
BATCH_ROWS = 2048
STATUSES = ("kept", "offtopic", "all")
WORD_RE = re.compile(r"[a-z0-9]+")


def search_params(q: str, limit: int = 20, *, status: str = "kept", outlets: Sequence[str] = (),
                  since: date | str | None = None, until: date | str | None = None) -> dict[str, Any]:
    """The named query's parameters for a search, checked (QueryError on an empty search or a bad status)."""
    if not q.strip():
        raise QueryError("empty search: give words or a phrase")
    if status not in STATUSES:
        raise QueryError(f"status {status!r}: choose one of {', '.join(STATUSES)}")
    return {"q": q, "limit": limit, "status": status, "outlets": ",".join(outlets) or None,
            "since": str(since) if since else None, "until": str(until) if until else None}


def search(con: duckdb.DuckDBPyConnection | str, q: str, limit: int = 20, **filters: Any) -> pd.DataFrame:
    """Articles matching ``q`` ('bảo vệ an ninh' or 'bao ve an ninh'), best first; kept articles unless
    ``status`` is 'offtopic' or 'all', optionally of some ``outlets`` and published ``since``/``until``."""
    return query("search", con, **search_params(q, limit, **filters))


def search_result(con: duckdb.DuckDBPyConnection, q: str, limit: int = 20, **filters: Any) -> Any:
    """The same as :func:`search`, as a DuckDB relation (types kept, read as Arrow)."""
    return execute("search", con, **search_params(q, limit, **filters))


def _words(q: str) -> list[str]:
    """The query's words as the index folds them (SQL: folded_words)."""
    return WORD_RE.findall(fold_chars(q))


def highlights(text: str, q: str) -> list[tuple[int, int]]:
    """Offsets in ``text`` of the query as a phrase, else of each of its words (whole words,
    accent-insensitive, folded as the index folds them)."""
    folded, words = fold_chars(text), _words(q)
    if not words:
        return []
    phrase = r"[^a-z0-9]+".join(map(re.escape, words))
    found = [(m.start(), m.end()) for m in re.finditer(rf"(?<![a-z0-9]){phrase}(?![a-z0-9])", folded)]
    if found or len(words) == 1:
        return found
    return sorted((m.start(), m.end()) for word in set(words)
                  for m in re.finditer(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])", folded))


def trim_snippet(snippet: str, starts_text: bool, ends_text: bool) -> str:
    """A snippet cut at whole words, with … where the text goes on; line breaks become spaces."""
    text = snippet
    if not starts_text:
        space = re.search(r"\s", text)
        if space:
            text = text[space.end():]
    if not ends_text:
        last = max(text.rfind(" "), text.rfind("\n"))
        if last > 0:
            text = text[:last]
    text = re.sub(r"[\r\n\t]", " ", text)
    return ("…" if not starts_text else "") + text + ("…" if not ends_text else "")


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
