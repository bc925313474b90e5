"""One warehouse session per crawl: the connection, the pending write batch, its writer and the look-ups.

Writes go through ``session.pending`` (a warehouse.batch.WriteBatch) and are committed together, every
``batch_size`` writes or ``batch_seconds`` seconds, when the spider idles and when the crawl closes. One
transaction per batch instead of about four commits per article is what makes a local crawl fast; a
SIGKILL loses at most the un-committed batches, which a resumed crawl fetches again (they are not stored).

A crawl starts the session's writer (:meth:`WarehouseSession.start_writer`): batches are then committed
by one thread (warehouse.writer) while the crawl goes on, and the crawl's look-ups read through a second
cursor. Without it (tests, one-off scripts) a flush writes at once in the caller's thread.

Every question the crawl asks (was this URL stored, is this content stored, is this a recorded duplicate)
is answered here, newest first: articles that passed de-duplication and are still being extracted
(``claim``), the pending batch, the batches handed to the writer, then the warehouse, where a key the
session knows is absent (warehouse.known) costs no SQL.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

import duckdb

from warehouse import lookups
from warehouse.batch import WriteBatch
from warehouse.db import connect, memory_size
from warehouse.known import KnownKeys
from warehouse.lookups import StoredFetch
from warehouse.neardup import NearDupIndex
from warehouse.sql import statement_sql
from warehouse.writer import BatchWriter, commit_batch

logger = logging.getLogger(__name__)

__all__ = ["WarehouseSession"]


class WarehouseSession:
    """Opens the DuckDB warehouse on first use, batches writes, and closes it when the last user lets go."""

    def __init__(self, path: str, batch_size: int = 100, batch_seconds: float = 2.0, *,
                 memory_limit: str | None = None, threads: int | None = None, checkpoint: str | None = None) -> None:
        self.path, self.batch_size, self.batch_seconds = path, max(1, batch_size), batch_seconds
        # DuckDB settings of the connection
        self.memory_limit, self.threads, self.checkpoint = memory_limit, threads, checkpoint
        self.con: duckdb.DuckDBPyConnection | None = None
        self.users = 0
        self.pending = WriteBatch()
        self.unwritten: tuple[WriteBatch, ...] = ()  # handed to the writer, not committed yet (oldest first)
        self.failed = 0  # writes that could not be stored even on their own
        self.after_flush: list[Callable[[WriteBatch], None]] = []  # called with each committed batch
        self.known: dict[str, KnownKeys] = {}
        self.writer: BatchWriter | None = None
        self._reader: duckdb.DuckDBPyConnection | None = None
        self._claims: dict[str, tuple[str, str, str | None]] = {}  # article_id -> (canonical URL, hash, owner)
        self._claimed_urls: dict[str, str] = {}
        self._claimed_hashes: dict[str, str] = {}
        self._near_dup: NearDupIndex | None = None

    # -- connection ------------------------------------------------------------------------------

    def near_dup_index(self, threshold: float) -> NearDupIndex:
        """The near-duplicate index of this session (one per session: its crawlers see each other's articles)."""
        if self._near_dup is None:
            self._near_dup = NearDupIndex(self, threshold)
        return self._near_dup

    def acquire(self) -> duckdb.DuckDBPyConnection:
        """The shared connection (opened and migrated on first call)."""
        if self.con is None:
            self.con = connect(self.path)
            self._configure(self.con)
            self.known = {kind: KnownKeys().load(self.con, statement_sql(f"known_{kind}"))
                          for kind in ("urls", "hashes", "bands")}
        self.users += 1
        return self.con

    def _configure(self, con: duckdb.DuckDBPyConnection) -> None:
        # DuckDB's buffer pool defaults to 80 % of RAM and keeps what it read or wrote cached: a long crawl's
        # RSS would grow with the warehouse. Bounded, it evicts clean pages (and spills, if ever needed).
        if self.memory_limit:
            con.execute(f"SET memory_limit = '{memory_size(self.memory_limit)}'")
        if self.threads:
            con.execute(f"SET threads = {int(self.threads)}")
        if self.checkpoint:  # DuckDB's 16 MB default checkpoints every few batches of a crawl: 6-11 % of its CPU
            con.execute(f"SET checkpoint_threshold = '{memory_size(self.checkpoint)}'")

    @property
    def reader(self) -> duckdb.DuckDBPyConnection:
        """The connection look-ups use: a cursor of its own while the writer thread holds the main one."""
        if self.con is None:
            raise RuntimeError("the warehouse session holds no connection")
        if self.writer is None:
            return self.con
        if self._reader is None:
            self._reader = self.con.cursor()
        return self._reader

    def start_writer(self, call_in_owner: Callable[[Callable[[], None]], None], depth: int = 2) -> None:
        """Commit batches in a writer thread from now on; ``call_in_owner`` runs a function in the thread that
        owns the session (the crawl's reactor: ``reactor.callFromThread``), where committed batches are settled."""
        if self.writer is None and self.con is not None:
            self.writer = BatchWriter(self.con, lambda: call_in_owner(self._settle), depth=depth)

    def release(self) -> None:
        """Give the connection back; the last user commits what is pending and closes it."""
        self.users -= 1
        if self.users <= 0 and self.con is not None:
            self.flush()
            if self.writer is not None:
                self.writer.close()
                self._settle()
                self.writer = None
            if self._reader is not None:
                self._reader.close()
                self._reader = None
            self.con.close()
            self.con = None

    # -- writing ---------------------------------------------------------------------------------

    def due(self) -> bool:
        """Whether the pending batch is full or old enough to commit."""
        return len(self.pending) >= self.batch_size or (
            len(self.pending) > 0 and self.pending.age() >= self.batch_seconds)

    def behind(self) -> bool:
        """Whether the writer has a full queue (the crawl should wait before adding more)."""
        return self.writer is not None and self.writer.behind()

    def flush_if_due(self) -> int:
        """Commit (or hand to the writer) the pending batch if it is due; the number of writes."""
        return self.flush(wait=False) if self.due() else 0

    def flush(self, wait: bool = True) -> int:
        """Commit every pending write in one transaction; the number of writes committed (or handed over).

        With a writer, the batch goes to its queue and ``wait`` waits until everything queued is committed.
        """
        batch, self.pending = self.pending, WriteBatch()
        if self.con is None:
            return 0
        if len(batch) and self.writer is not None:
            self.unwritten = (*self.unwritten, batch)
            self.writer.put(batch)
        elif len(batch):
            self._committed(batch, commit_batch(self.con, batch))
        if wait and self.writer is not None:
            self.writer.join()
            self._settle()
        return len(batch)

    def _settle(self) -> None:
        """Take the batches the writer committed (in the thread that owns the session)."""
        while self.writer is not None and self.writer.done:
            self._committed(*self.writer.done.popleft())

    def _committed(self, batch: WriteBatch, failed: int) -> None:
        """A batch is in the warehouse: remember its keys, drop it from the unwritten ones, run the hooks."""
        self.unwritten = tuple(b for b in self.unwritten if b is not batch)
        self.failed += failed
        logger.info("warehouse: committed a batch of %d writes (%d articles)", len(batch), len(batch.articles))
        if self.known:
            rows = [p.row for p in batch.articles.values()]
            self.known["urls"].add([r["url"] for r in rows] + [r["canonical_url"] for r in rows] + list(batch.duplicates))
            self.known["hashes"].add(r["content_hash"] for r in rows)
            self.known["bands"].add(k for p in batch.articles.values() if p.near_dup for k in p.near_dup.band_keys)
        for hook in self.after_flush:
            hook(batch)

    # -- articles in flight ----------------------------------------------------------------------

    def claim(self, article_id: str, canonical_url: str, content_hash: str, owner: str | None = None) -> None:
        """An article passed de-duplication and will be stored: later copies must find it meanwhile.

        ``owner`` (the URL it was fetched from) is who may take the claim back: a copy of the same article
        (its AMP alias) dropped meanwhile does not."""
        self._claims[article_id] = (canonical_url, content_hash, owner)
        self._claimed_urls[canonical_url] = article_id
        self._claimed_hashes.setdefault(content_hash, article_id)

    def unclaim(self, article_id: str, owner: str | None = None) -> None:
        """The article is in the pending batch now (or was dropped); only its owner's claim is taken back."""
        found = self._claims.get(article_id)
        if found is None or (owner is not None and found[2] is not None and found[2] != owner):
            return
        del self._claims[article_id]
        if self._claimed_urls.get(found[0]) == article_id:
            del self._claimed_urls[found[0]]
        if self._claimed_hashes.get(found[1]) == article_id:
            del self._claimed_hashes[found[1]]

    def _batches(self) -> Iterator[WriteBatch]:
        """Writes not yet in the warehouse, newest first."""
        yield self.pending
        yield from reversed(self.unwritten)

    def _stored(self, kind: str, key: str | int) -> bool:
        """Whether the warehouse may hold the key (False: certainly not)."""
        known = self.known.get(kind)
        return known is None or key in known

    # -- look-ups --------------------------------------------------------------------------------

    def duplicate_of(self, url: str) -> str | None:
        """The article a URL is recorded (or queued) as duplicating, if any."""
        for batch in self._batches():
            if (found := batch.duplicate_of(url)) is not None:
                return found
        return lookups.duplicate_of(self.reader, url) if self._stored("urls", url) else None

    def stored_hash(self, canonical_url: str) -> str | None:
        """Content hash of the article under a canonical URL, stored, queued or claimed; None if none."""
        if (claimed := self._claimed_urls.get(canonical_url)) is not None:
            return self._claims[claimed][1]
        for batch in self._batches():
            if (found := batch.stored_hash(canonical_url)) is not None:
                return found
        return lookups.stored_hash(self.reader, canonical_url) if self._stored("urls", canonical_url) else None

    def article_by_hash(self, content_hash: str) -> str | None:
        """An article with this content hash, stored, queued or claimed (the first fetched), if any."""
        if (claimed := self._claimed_hashes.get(content_hash)) is not None:
            return claimed
        for batch in self._batches():
            if (found := batch.article_by_hash(content_hash)) is not None:
                return found
        return lookups.article_by_hash(self.reader, content_hash) if self._stored("hashes", content_hash) else None

    def has_extraction(self, article_id: str) -> bool:
        """Whether an article's mention rows are stored, queued, or on their way (claimed)."""
        return article_id in self._claims or any(b.has_extraction(article_id) for b in self._batches()) or \
            lookups.has_extraction(self.reader, article_id)

    def article_url(self, article_id: str) -> str | None:
        """The URL an article is stored (or queued) under."""
        for batch in self._batches():
            if (pending := batch.articles.get(article_id)) is not None:
                return pending.row["url"]
        return lookups.article_url(self.reader, article_id)

    def last_fetch(self, url: str) -> StoredFetch | None:
        """When the article behind a (canonical) URL was last stored, and its validators; None if never."""
        return lookups.last_fetch(self.reader, url) if self._stored("urls", url) else None

    def band_candidates(self, keys: list[int]) -> list[str]:
        """Stored articles sharing an LSH band key with ``keys`` (none asked in SQL when no key is known)."""
        if not any(self._stored("bands", k) for k in keys):
            return []
        return lookups.near_dup_candidates(self.reader, keys)

    def stats(self) -> dict[str, Any]:
        """Sizes of what the session holds in memory (tests of flat memory read them)."""
        return {"pending": len(self.pending), "unwritten": len(self.unwritten), "claims": len(self._claims),
                "known": {k: len(v) for k, v in self.known.items()}}
