"""The single consumer of write batches: one thread that commits them in order, one transaction each.

The crawl's event loop (or re-extraction's reader) fills a :class:`~warehouse.batch.WriteBatch` and hands
it over; the writer thread commits it with :func:`~warehouse.batch.write_batch` on the session's own
connection while the producer goes on (DuckDB runs without Python's global lock). Look-ups the producer
makes meanwhile use another cursor of the same database and the batches not yet committed
(``WarehouseSession.unwritten``). A full queue (``depth`` batches waiting) is the writer falling behind:
the producer is told (:meth:`BatchWriter.behind`) and slows down instead of piling batches up in memory.
"""
from __future__ import annotations

import logging
import queue
import threading
from collections import deque
from collections.abc import Callable

import duckdb

from warehouse.batch import WriteBatch, write_batch

__all__ = ["BatchWriter", "commit_batch"]

logger = logging.getLogger(__name__)
_STOP = object()


class BatchWriter:
    """A thread committing batches from a bounded queue into ``done`` (batch, writes lost), calling ``notify``
    (in the writer thread) after each: the owner takes them from ``done`` in its own thread."""

    def __init__(self, con: duckdb.DuckDBPyConnection, notify: Callable[[], None], *, depth: int = 2) -> None:
        self.con, self.notify = con, notify
        self.queue: queue.Queue = queue.Queue(maxsize=max(1, depth))
        self.done: deque[tuple[WriteBatch, int]] = deque()
        self.thread = threading.Thread(target=self._run, name="tinmine-writer", daemon=True)
        self.thread.start()

    def behind(self) -> bool:
        """Whether the queue is full: the producer should wait before adding more."""
        return self.queue.full()

    def put(self, batch: WriteBatch) -> None:
        """Queue a batch (blocks while the queue is full)."""
        if not self.thread.is_alive():
            raise RuntimeError("the warehouse writer has stopped")
        self.queue.put(batch)

    def join(self) -> None:
        """Wait until every queued batch is committed."""
        self.queue.join()

    def close(self) -> None:
        """Commit what is queued, then stop the thread."""
        if self.thread.is_alive():
            self.queue.put(_STOP)
            self.thread.join()

    def _run(self) -> None:
        while True:
            batch = self.queue.get()
            try:
                if batch is _STOP:
                    return
                self.done.append((batch, commit_batch(self.con, batch)))
                self.notify()
            except Exception:  # a bug in the callback must not stop the writer (and hang the producer)
                logger.exception("warehouse writer: unexpected error after a batch")
            finally:
                self.queue.task_done()


def commit_batch(con: duckdb.DuckDBPyConnection, batch: WriteBatch) -> int:
    """Write a batch; the number of writes lost. Should the batch fail (one bad row aborts the transaction),
    its writes are retried one article at a time so that only the failing article is lost, and that is logged."""
    try:
        write_batch(con, batch)
        return 0
    except Exception:
        logger.warning("batch of %d writes failed; retrying them one article at a time", len(batch), exc_info=True)
    failed = 0
    for part in batch.split():
        try:
            write_batch(con, part)
        except Exception:
            failed += len(part)
            logger.exception("could not store %s", ", ".join(
                p.row["url"] for p in part.articles.values()) or f"{len(part)} crawl-log rows")
    return failed
