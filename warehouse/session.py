"""One warehouse connection per crawl, shared by the pipelines that need it, and its pending write batch.

Writes go through ``session.pending`` (a warehouse.batch.WriteBatch) and are committed together, every
``batch_size`` writes or ``batch_seconds`` seconds, when the spider idles and when the crawl closes. One
transaction per batch instead of about four commits per article is what makes a local crawl fast; a
SIGKILL loses at most the un-committed batch, which a resumed crawl fetches again (it is not stored).
"""
from __future__ import annotations

import logging
from collections.abc import Callable

import duckdb

from warehouse.batch import WriteBatch, write_batch
from warehouse.db import connect
from warehouse.neardup import NearDupIndex

logger = logging.getLogger(__name__)


class WarehouseSession:
    """Opens the DuckDB warehouse on first use, batches writes, and closes it when the last user lets go."""

    def __init__(self, path: str, batch_size: int = 100, batch_seconds: float = 2.0, *,
                 memory_limit: str | None = None, threads: int | None = None) -> None:
        self.path, self.batch_size, self.batch_seconds = path, max(1, batch_size), batch_seconds
        self.memory_limit, self.threads = memory_limit, threads  # DuckDB settings of the connection
        self.con: duckdb.DuckDBPyConnection | None = None
        self.users = 0
        self.pending = WriteBatch()
        self.failed = 0  # writes that could not be stored even on their own
        self.after_flush: list[Callable[[WriteBatch], None]] = []  # called with each committed batch
        self._near_dup: NearDupIndex | None = None

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
        self.users += 1
        return self.con

    def _configure(self, con: duckdb.DuckDBPyConnection) -> None:
        # DuckDB's buffer pool defaults to 80 % of RAM and keeps what it read or wrote cached: a long crawl's
        # RSS would grow with the warehouse. Bounded, it evicts clean pages (and spills, if ever needed).
        if self.memory_limit:
            con.execute(f"SET memory_limit = '{self.memory_limit}'")
        if self.threads:
            con.execute(f"SET threads = {int(self.threads)}")

    def release(self) -> None:
        """Give the connection back; the last user commits what is pending and closes it."""
        self.users -= 1
        if self.users <= 0 and self.con is not None:
            self.flush()
            self.con.close()
            self.con = None

    def due(self) -> bool:
        """Whether the pending batch is full or old enough to commit."""
        return len(self.pending) >= self.batch_size or (
            len(self.pending) > 0 and self.pending.age() >= self.batch_seconds)

    def flush_if_due(self) -> int:
        """Commit the pending batch if it is due; the number of writes committed."""
        return self.flush() if self.due() else 0

    def flush(self) -> int:
        """Commit every pending write in one transaction; the number of writes committed.

        Should the batch fail (one bad row aborts the transaction), its writes are retried one article
        at a time so that only the failing article is lost, and that is logged.
        """
        batch, self.pending = self.pending, WriteBatch()
        if not len(batch) or self.con is None:
            return 0
        try:
            write_batch(self.con, batch)
        except Exception:
            logger.warning("batch of %d writes failed; retrying them one article at a time", len(batch),
                           exc_info=True)
            self._write_apart(batch)
        for hook in self.after_flush:
            hook(batch)
        return len(batch)

    def _write_apart(self, batch: WriteBatch) -> None:
        if self.con is None:
            return
        for part in batch.split():
            try:
                write_batch(self.con, part)
            except Exception:
                self.failed += len(part)
                logger.exception("could not store %s", ", ".join(
                    p.row["url"] for p in part.articles.values()) or f"{len(part)} crawl-log rows")
