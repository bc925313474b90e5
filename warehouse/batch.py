"""Batched writes: many articles with their mentions, duplicate URLs and crawl-log rows in one transaction.

``store_article`` and ``store_extraction`` commit once per call, so a crawl that wrote each article on its
own paid about four commits per article. A crawl instead collects its writes in a :class:`WriteBatch` and
commits them with :func:`write_batch`. A batch lands whole or not at all: the warehouse stays the record
of what is stored, and a killed crawl loses only its un-committed batch, whose pages a resumed crawl
fetches again because they are not stored.

The batch also answers the de-duplication questions (stored hash of a canonical URL, article with a
content hash, recorded duplicate of a URL) for what it holds, so a copy arriving in the same batch as its
original is still caught.
"""
from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from warehouse.frames import mention_tables
from warehouse.sql import run_sql, statement_sql
from warehouse.store import _article_row

if TYPE_CHECKING:
    from extract.types import Extraction

__all__ = ["PendingArticle", "WriteBatch", "write_batch"]

# HTTP validators kept with an article for conditional re-fetches (schema 009_etag.sql).
VALIDATOR_KEYS = ("etag", "last_modified")
MENTION_ORDER = ("place_mentions", "dates", "models", "officials", "figures", "sentences")
ARTICLE_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("url", pa.string()), ("canonical_url", pa.string()), ("outlet", pa.string()),
    ("title", pa.string()), ("published_at", pa.timestamp("us")), ("author", pa.string()), ("text", pa.string()),
    ("content_hash", pa.string()), ("fetched_at", pa.timestamp("us")), ("lang", pa.string()),
    ("relevance", pa.float64()), ("relevance_reason", pa.string()), ("status", pa.string()),
    ("warc_file", pa.string()), ("warc_offset", pa.int64()), ("etag", pa.string()), ("last_modified", pa.string()),
    ("title_source", pa.string()), ("published_source", pa.string()), ("author_source", pa.string()),
])
DUPLICATE_SCHEMA = pa.schema([("url", pa.string()), ("article_id", pa.string()), ("reason", pa.string()),
                              ("similarity", pa.float64())])
EVENT_SCHEMA = pa.schema([("seq", pa.int64()), ("url", pa.string()), ("outlet", pa.string()), ("event", pa.string()),
                          ("status_code", pa.int32()), ("reason", pa.string())])


@dataclass
class PendingArticle:
    """An article row waiting for the batch commit, with its extraction (if any)."""

    row: dict[str, Any]
    extraction: Extraction | None = None
    version: str | None = None
    validators: dict[str, str | None] = field(default_factory=dict)


@dataclass
class WriteBatch:
    """Warehouse writes collected for one transaction, with in-batch de-duplication lookups."""

    articles: dict[str, PendingArticle] = field(default_factory=dict)
    duplicates: dict[str, dict[str, Any]] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)
    first_added: float | None = None
    _by_canonical: dict[str, str] = field(default_factory=dict)
    _by_hash: dict[str, str] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.articles) + len(self.duplicates) + len(self.events)

    def _touch(self) -> None:
        if self.first_added is None:
            self.first_added = time.monotonic()

    def age(self) -> float:
        """Seconds since the oldest pending write was added (0 when empty)."""
        return 0.0 if self.first_added is None else time.monotonic() - self.first_added

    def add_article(self, article: Mapping[str, Any], extraction: Extraction | None = None, *,
                    version: str | None = None) -> str:
        """Queue an article (validated now, as store_article would); a later copy of the same id replaces it."""
        row = _article_row(article)
        validators = {k: article.get(k) for k in VALIDATOR_KEYS if article.get(k)}
        self.articles.pop(row["article_id"], None)  # re-insert: the last version is written last
        self.articles[row["article_id"]] = PendingArticle(row, extraction, version, validators)
        self._by_canonical[row["canonical_url"]] = row["article_id"]
        self._by_hash.setdefault(row["content_hash"], row["article_id"])
        self._touch()
        return row["article_id"]

    def add_duplicate(self, url: str, article_id: str, reason: str, similarity: float | None = None) -> None:
        """Queue warehouse.record_duplicate(url, article_id, reason, similarity); the latest verdict wins."""
        self.duplicates[url] = {"url": url, "article_id": article_id, "reason": reason, "similarity": similarity}
        self._touch()

    def add_event(self, *, url: str, outlet: str, event: str, status_code: int | None = None,
                  reason: str | None = None) -> None:
        """Queue warehouse.log_crawl_event(...)."""
        self.events.append({"url": url, "outlet": outlet, "event": event, "status_code": status_code,
                            "reason": reason})
        self._touch()

    def stored_hash(self, canonical_url: str) -> str | None:
        """Content hash of the pending article with this canonical URL, or None."""
        article_id = self._by_canonical.get(canonical_url)
        pending = self.articles.get(article_id) if article_id else None
        return pending.row["content_hash"] if pending else None

    def article_by_hash(self, content_hash: str) -> str | None:
        """The first pending article with this content hash, or None."""
        article_id = self._by_hash.get(content_hash)
        pending = self.articles.get(article_id) if article_id else None
        return article_id if pending and pending.row["content_hash"] == content_hash else None

    def duplicate_of(self, url: str) -> str | None:
        """The article a pending duplicate record points this URL at, or None."""
        found = self.duplicates.get(url)
        return found["article_id"] if found else None

    def has_extraction(self, article_id: str) -> bool:
        """Whether the pending copy of an article carries its extraction."""
        pending = self.articles.get(article_id)
        return pending is not None and pending.extraction is not None

    def split(self) -> Iterator[WriteBatch]:
        """One batch per article, then one with every duplicate and event (to isolate a failing write)."""
        for pending in self.articles.values():
            yield WriteBatch(articles={pending.row["article_id"]: pending})
        if self.duplicates or self.events:
            yield WriteBatch(duplicates=dict(self.duplicates), events=list(self.events))


def write_batch(con: duckdb.DuckDBPyConnection, batch: WriteBatch) -> None:
    """Write every pending article (and its mentions), duplicate URL and crawl event in one transaction.

    The same rows as store_article, store_extraction, record_duplicate and log_crawl_event called in
    turn, written set-wise where the statements allow; on any error the whole batch is rolled back and
    the error raised.
    """
    if not len(batch):
        return
    names: list[str] = []  # registered inside the transaction, unregistered only after it ended

    def register(kind: str, table: pa.Table) -> None:
        names.append(f"incoming_{kind}")
        con.register(names[-1], table)

    con.execute("BEGIN TRANSACTION")
    try:
        _write_batch(con, batch, register)
    except BaseException:
        con.execute("ROLLBACK")
        raise
    else:
        con.execute("COMMIT")
    finally:
        for name in names:
            con.unregister(name)


def _write_batch(con: duckdb.DuckDBPyConnection, batch: WriteBatch, register: Any) -> None:
    old = {a: _first(run_sql(con, statement_sql("article_hash"), p.row).fetchall())
           for a, p in batch.articles.items()}
    new = [p for a, p in batch.articles.items() if old[a] is None]
    _write_articles(con, batch, old, new, register)
    tables = _mention_tables(batch)
    for kind, table in tables.items():
        register(kind, table)
    extracted = [(a, p.version) for a, p in batch.articles.items() if p.extraction is not None]
    for article_id, _ in extracted:
        if old[article_id] is not None:  # a new article has no mention rows yet (they reference it)
            run_sql(con, statement_sql("delete_mentions"), {"article_id": article_id})
    for kind in tables:
        run_sql(con, statement_sql(f"insert_{kind}"))
    if extracted:
        register("extractions", pa.table({"article_id": [a for a, _ in extracted],
                                          "version": [v or "" for _, v in extracted]}))
        run_sql(con, statement_sql("record_extractions"))
    if batch.duplicates:
        register("duplicates", pa.Table.from_pylist(list(batch.duplicates.values()), schema=DUPLICATE_SCHEMA))
        run_sql(con, statement_sql("record_duplicates"))
    if batch.events:
        events = [{"seq": i, **e} for i, e in enumerate(batch.events)]
        register("events", pa.Table.from_pylist(events, schema=EVENT_SCHEMA))
        run_sql(con, statement_sql("log_crawl_events"))


def _first(rows: list[tuple]) -> Any:
    return rows[0][0] if rows else None


def _write_articles(con: duckdb.DuckDBPyConnection, batch: WriteBatch, old: Mapping[str, str | None],
                    new: list[PendingArticle], register: Any) -> None:
    """store_article for each (new ones in one insert); an unchanged article keeps its stored row."""
    if new:
        register("articles", pa.Table.from_pylist([{**p.row, **p.validators} for p in new], schema=ARTICLE_SCHEMA))
        run_sql(con, statement_sql("insert_articles"))
    for article_id, item in batch.articles.items():
        row = item.row
        if old[article_id] != row["content_hash"]:
            if old[article_id] is not None:
                run_sql(con, statement_sql("delete_mentions"), row)
                run_sql(con, statement_sql("upsert_article"), row)
            run_sql(con, statement_sql("index_article"), row)
        if item.validators and old[article_id] is not None:
            params = {"article_id": article_id, **dict.fromkeys(VALIDATOR_KEYS), **item.validators}
            run_sql(con, statement_sql("record_validators"), params)


def _mention_tables(batch: WriteBatch) -> dict[str, pa.Table]:
    """The mention rows of every extracted article in the batch, one Arrow table per kind (non-empty only)."""
    parts: dict[str, list[pa.Table]] = {kind: [] for kind in MENTION_ORDER}
    for article_id, item in batch.articles.items():
        if item.extraction is None:
            continue
        tables = mention_tables(article_id, item.extraction, item.version or "")
        for kind in MENTION_ORDER:
            parts[kind].append(tables[kind])
    out = {kind: pa.concat_tables(tables) for kind, tables in parts.items() if tables}
    return {kind: table for kind, table in out.items() if table.num_rows}
