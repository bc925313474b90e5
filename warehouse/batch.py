"""The one write path: articles, their mentions, duplicate URLs and crawl-log rows, in one transaction.

A crawl collects its writes in a :class:`WriteBatch` and commits them with :func:`write_batch`;
``store_article``, ``store_extraction``, ``record_duplicate``, ``log_crawl_event`` (warehouse.store) and
re-extraction are the same writer with a batch of one. A batch lands whole or not at all: the warehouse
stays the record of what is stored, and a killed crawl loses only its un-committed batch, whose pages a
resumed crawl fetches again because they are not stored.

Rows are the tables' own columns, read from the migrated schema (warehouse.columns): no list of article
columns is kept here. The batch also answers the de-duplication questions (stored hash of a canonical URL,
article with a content hash, recorded duplicate of a URL) for what it holds, so a copy arriving in the
same batch as its original is still caught.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import duckdb
import pyarrow as pa

from extract.types import Extraction
from warehouse.access import local_now
from warehouse.columns import arrow_schema, defaults, delete_mentions_sql, project, required, upsert_sql
from warehouse.frames import mention_rows, rows_to_tables
from warehouse.sql import run_sql, statement_sql, transaction

__all__ = ["MentionRows", "NearDupRow", "PendingArticle", "WriteBatch", "write_batch", "article_row", "near_dup_table"]

MENTION_ORDER = ("place_mentions", "dates", "models", "officials", "figures", "sentences")
# Columns the writer fills when a record leaves them empty (the rest of the rules come from the schema).
FILLED = ("canonical_url", "fetched_at")
# HTTP validators: kept fresh even when a re-fetched article's content is unchanged (schema 009).
VALIDATORS = ("etag", "last_modified")

Register = Callable[[str, pa.Table], None]


def article_row(article: Mapping[str, Any]) -> dict[str, Any]:
    """An ``articles`` row from an article record (docs/CONTRACTS.md): every column; ValueError if one is missing.

    Keys that are no column are ignored; a missing canonical URL is the URL, a missing fetch time is now,
    an empty column with a literal DEFAULT in the schema gets it.
    """
    missing = [k for k in required("articles", FILLED) if not article.get(k)]
    if missing:
        raise ValueError(f"article record lacks {missing}")
    row = project("articles", article)
    row["canonical_url"] = row["canonical_url"] or row["url"]
    row["fetched_at"] = row["fetched_at"] or local_now()
    for key, default in defaults("articles").items():
        row[key] = row[key] or default
    return row


@dataclass(frozen=True)
class NearDupRow:
    """An article's near-duplicate index entry (warehouse.neardup): its MinHash signature and LSH band keys."""

    layout: str  # the LSH layout the band keys were cut for ("64:5x11")
    signature: bytes  # the MinHash values, little-endian uint64
    band_keys: tuple[int, ...]


@dataclass(frozen=True)
class MentionRows:
    """An extraction already turned into its mention rows (warehouse.frames.mention_rows), e.g. by the worker
    process that extracted it, so the writer only builds one Arrow table per kind for the whole batch."""

    rows: dict[str, list[dict[str, Any]]]


@dataclass
class PendingArticle:
    """An article row waiting for the batch commit, with its extraction and near-duplicate entry (if any)."""

    row: dict[str, Any]
    extraction: Extraction | MentionRows | None = None
    version: str | None = None
    near_dup: NearDupRow | None = None


@dataclass
class WriteBatch:
    """Warehouse writes collected for one transaction, with in-batch de-duplication lookups."""

    articles: dict[str, PendingArticle] = field(default_factory=dict)
    # extractions of articles stored earlier (store_extraction, re-extraction): article_id -> (extraction, version)
    extractions: dict[str, tuple[Extraction | MentionRows, str]] = field(default_factory=dict)
    duplicates: dict[str, dict[str, Any]] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)
    first_added: float | None = None
    _by_canonical: dict[str, str] = field(default_factory=dict)
    _by_hash: dict[str, str] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.articles) + len(self.extractions) + len(self.duplicates) + len(self.events)

    def _touch(self) -> None:
        if self.first_added is None:
            self.first_added = time.monotonic()

    def age(self) -> float:
        """Seconds since the oldest pending write was added (0 when empty)."""
        return 0.0 if self.first_added is None else time.monotonic() - self.first_added

    def add_article(self, article: Mapping[str, Any], extraction: Extraction | MentionRows | None = None, *,
                    version: str | None = None, near_dup: NearDupRow | None = None) -> str:
        """Queue an article (validated now); a later copy of the same id replaces it."""
        row = article_row(article)
        self.articles.pop(row["article_id"], None)  # re-insert: the last version is written last
        self.articles[row["article_id"]] = PendingArticle(row, extraction, version, near_dup)
        self._by_canonical[row["canonical_url"]] = row["article_id"]
        self._by_hash.setdefault(row["content_hash"], row["article_id"])
        self._touch()
        return row["article_id"]

    def add_extraction(self, article_id: str, extraction: Extraction | MentionRows, *, version: str) -> None:
        """Queue new mention rows for an article (stored, or pending in this batch), replacing its old ones."""
        self.extractions[article_id] = (extraction, version)
        self._touch()

    def add_duplicate(self, url: str, article_id: str, reason: str, similarity: float | None = None) -> None:
        """Queue a URL that duplicates an article (reason canonical, content_hash or near_duplicate); the latest wins."""
        self.duplicates[url] = {"url": url, "article_id": article_id, "reason": reason, "similarity": similarity}
        self._touch()

    def add_event(self, *, url: str, outlet: str, event: str, status_code: int | None = None,
                  reason: str | None = None) -> None:
        """Queue a crawl-log row."""
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
        """Whether the batch carries mention rows for an article."""
        pending = self.articles.get(article_id)
        return (pending is not None and pending.extraction is not None) or article_id in self.extractions

    def split(self) -> Iterator[WriteBatch]:
        """One batch per article (with its extraction), then one with every duplicate and event."""
        for pending in self.articles.values():
            article_id = pending.row["article_id"]
            extra = {article_id: self.extractions[article_id]} if article_id in self.extractions else {}
            yield WriteBatch(articles={article_id: pending}, extractions=extra)
        for article_id, extraction in self.extractions.items():
            if article_id not in self.articles:
                yield WriteBatch(extractions={article_id: extraction})
        if self.duplicates or self.events:
            yield WriteBatch(duplicates=dict(self.duplicates), events=list(self.events))


def write_batch(con: duckdb.DuckDBPyConnection, batch: WriteBatch) -> None:
    """Write every pending article (with its mentions, search rows and near-duplicate keys), extraction, duplicate
    URL and crawl event in one transaction.

    An article whose content hash is unchanged keeps its stored row (only its HTTP validators are
    refreshed); a new or changed one is written whole, a changed one losing its old mention rows.
    Mention rows of an article neither stored nor in the batch raise KeyError; a duplicate URL whose
    article is neither is left out. On any error the whole batch is rolled back and the error raised.
    """
    if not len(batch):
        return
    names: list[str] = []  # registered inside the transaction, unregistered only after it ended

    def register(kind: str, table: pa.Table) -> None:
        names.append(f"incoming_{kind}")
        con.register(names[-1], table)

    try:
        with transaction(con):
            _write_batch(con, batch, register)
    finally:
        for name in names:
            con.unregister(name)


def _write_batch(con: duckdb.DuckDBPyConnection, batch: WriteBatch, register: Register) -> None:
    old = _stored_hashes(con, batch, register)
    extracted: dict[str, tuple[Extraction | MentionRows, str]] = {
        a: (p.extraction, p.version or "") for a, p in batch.articles.items() if p.extraction is not None}
    extracted.update(batch.extractions)
    missing = [a for a in extracted if old[a] is None and a not in batch.articles]
    if missing:
        raise KeyError(f"no stored article {missing[0]!r}; store_article first")
    # stored articles whose mention rows go: changed ones (the offsets point into the old text) and re-extracted ones
    changed = {a for a, p in batch.articles.items() if old[a] not in (None, p.row["content_hash"])}
    cleared = [a for a in old if a in changed or (a in extracted and old[a] is not None)]
    if cleared:
        register("cleared", pa.table({"article_id": pa.array(cleared, pa.string())}))
        run_sql(con, delete_mentions_sql())
    _write_articles(con, batch, old, register)
    _write_mentions(con, extracted, register)
    if batch.duplicates:
        register("duplicates", pa.Table.from_pylist(list(batch.duplicates.values()), schema=_DUPLICATES))
        run_sql(con, statement_sql("record_duplicates"))
    if batch.events:
        events = [{"seq": i, **e} for i, e in enumerate(batch.events)]
        register("events", pa.Table.from_pylist(events, schema=_EVENTS))
        run_sql(con, statement_sql("log_crawl_events"))


# Shapes of the in-batch relations the statements read (a crawl event carries its arrival order).
_DUPLICATES = pa.schema([("url", pa.string()), ("article_id", pa.string()), ("reason", pa.string()),
                         ("similarity", pa.float64())])
_VALIDATORS = pa.schema([("article_id", pa.string()), ("etag", pa.string()), ("last_modified", pa.string())])
_EVENTS = pa.schema([("seq", pa.int64()), ("url", pa.string()), ("outlet", pa.string()), ("event", pa.string()),
                     ("status_code", pa.int32()), ("reason", pa.string())])


def _stored_hashes(con: duckdb.DuckDBPyConnection, batch: WriteBatch, register: Register) -> dict[str, str | None]:
    """Content hash stored for every article the batch writes or extracts (None: not stored)."""
    ids = list(dict.fromkeys([*batch.articles, *batch.extractions]))
    if not ids:
        return {}
    register("article_ids", pa.table({"article_id": pa.array(ids, pa.string())}))
    found = dict(run_sql(con, statement_sql("stored_hashes")).fetchall())
    return {a: found.get(a) for a in ids}


def _write_articles(con: duckdb.DuckDBPyConnection, batch: WriteBatch, old: Mapping[str, str | None],
                    register: Register) -> None:
    """New and changed articles written whole, with their search rows and near-duplicate keys (one statement
    each for the whole batch); an unchanged one keeps its row, its validators refreshed."""
    written = [p.row for a, p in batch.articles.items() if old[a] != p.row["content_hash"]]
    if written:
        register("articles", pa.Table.from_pylist(written, schema=arrow_schema("articles")))
        run_sql(con, upsert_sql("articles", "incoming_articles"))
        register("indexed", pa.table({"article_id": pa.array([r["article_id"] for r in written], pa.string())}))
        if any(old[r["article_id"]] is not None for r in written):  # only a stored article has search rows to drop
            run_sql(con, statement_sql("unindex_articles"))
        run_sql(con, statement_sql("index_articles"))
    refreshed = [{"article_id": a, **{k: p.row[k] for k in VALIDATORS}} for a, p in batch.articles.items()
                 if old[a] == p.row["content_hash"] and any(p.row[k] for k in VALIDATORS)]
    if refreshed:
        register("validators", pa.Table.from_pylist(refreshed, schema=_VALIDATORS))
        run_sql(con, statement_sql("record_validators_batch"))
    near_dup = {a: (p.row["content_hash"], p.near_dup) for a, p in batch.articles.items() if p.near_dup is not None}
    if near_dup:
        register("near_dup", near_dup_table(near_dup))
        run_sql(con, statement_sql("near_dup_insert"))


def near_dup_table(entries: Mapping[str, tuple[str, NearDupRow]]) -> pa.Table:
    """The relation near_dup_insert.sql reads, from article_id -> (content hash, entry)."""
    return pa.table({
        "article_id": pa.array(list(entries), pa.string()),
        "content_hash": pa.array([h for h, _ in entries.values()], pa.string()),
        "lsh": pa.array([e.layout for _, e in entries.values()], pa.string()),
        "signature": pa.array([e.signature for _, e in entries.values()], pa.binary()),
        "band_keys": pa.array([list(e.band_keys) for _, e in entries.values()], pa.list_(pa.int64())),
    })


def _write_mentions(con: duckdb.DuckDBPyConnection, extracted: Mapping[str, tuple[Extraction | MentionRows, str]],
                    register: Register) -> None:
    """Insert the mention rows of every extraction and record which extractor version made them."""
    for kind, table in _mention_tables(extracted).items():
        register(kind, table)
        run_sql(con, statement_sql(f"insert_{kind}"))
    if extracted:
        register("extractions", pa.table({"article_id": pa.array(list(extracted), pa.string()),
                                          "version": pa.array([v for _, v in extracted.values()], pa.string())}))
        run_sql(con, statement_sql("record_extractions"))


def _mention_tables(extracted: Mapping[str, tuple[Extraction | MentionRows, str]]) -> dict[str, pa.Table]:
    """The mention rows of every extraction, one Arrow table per kind (non-empty only), in insert order."""
    rows: dict[str, list[dict[str, Any]]] = {kind: [] for kind in MENTION_ORDER}
    for article_id, (extraction, version) in extracted.items():
        found = extraction.rows if isinstance(extraction, MentionRows) else mention_rows(article_id, extraction, version)
        for kind in MENTION_ORDER:
            rows[kind] += found.get(kind, [])
    tables = rows_to_tables(rows)
    return {kind: tables[kind] for kind in MENTION_ORDER if rows[kind]}
