"""A pool of worker processes for the CPU work of a crawl or a re-extraction (parsing, relevance, MinHash
signatures, extraction), so the crawl's event loop only downloads, archives and schedules.

Workers are forked from the parent when the pool starts (before the warehouse is opened), so they share
its loaded modules and lexicons; each runs one job at a time: a module-level function and its arguments,
sent by pickle over a pipe. Jobs are handed out in the order they were submitted and their results come
back in the order they complete. A busy worker is sent its next job ahead (when the job is small enough to wait
in the pipe's buffer), so that it starts it as soon as it is done instead of waiting until the parent, itself
busy, has read the result and sent another: with the workers and the parent sharing the cores, workers used to
sit idle a fifth of a crawl that way.

Two ways to drive it: inside a Twisted reactor, :meth:`WorkerPool.submit` returns a Deferred and the
pipes are watched by the reactor (no thread); outside one, :meth:`WorkerPool.map_unordered` feeds a
bounded window of jobs and yields results as they come (re-extraction).

A worker that dies (a crash in C code, the OOM killer, ``kill -9``) loses nothing: the job it held is run
once more on a fresh worker (the one sent ahead, which it never started, is simply sent again); if that one dies
too, the job fails with :class:`WorkerCrashed`, which the caller logs. An exception raised by the job itself is not a crash: it is returned as :class:`JobFailed`.
"""
from __future__ import annotations

import ctypes
import gc
import logging
import multiprocessing
import os
import signal
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.reduction import ForkingPickler
from typing import Any

from scrapy.utils.defer import maybe_deferred_to_future

from extract import extract_all
from extract.errors import TinmineError
from extract.pos import pos_tag

__all__ = ["JobFailed", "WorkerCrashed", "WorkerPool", "crawl_pool", "default_workers", "run_job", "use_pool",
           "preload_extractors"]

logger = logging.getLogger(__name__)
_CONTEXT = multiprocessing.get_context("fork")
PR_SET_PDEATHSIG = 1
# The largest job sent to a worker still busy with another: it waits in the pipe (a socket pair, ~200 KB of buffer
# on Linux), so its send never blocks the event loop; a bigger one waits in the queue for an idle worker.
AHEAD_BYTES = 64 * 1024


class WorkerCrashed(TinmineError):
    """The worker running a job died, twice (the job was retried once on a fresh worker)."""


class JobFailed(TinmineError):
    """A job raised an exception in its worker (the worker's traceback is the message)."""


def default_workers() -> int:
    """One worker per core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def preload_extractors() -> None:
    """Load the extractors' data (lexicons, gazetteer, taggers) here, before the workers are forked from this
    process: they then share it instead of each loading its own copy on its first job. underthesea's POS tagger
    too (about 0.5 s a process): only some sentences reach it, so it is loaded by tagging one."""
    extract_all("Ngày 30/5/2023, Công an tỉnh Hòa Bình có 1.411 nhóm liên gia tự quản.")
    pos_tag("Công an tỉnh kiểm tra 12 cơ sở.")


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when its parent dies (a SIGKILLed crawl leaves no orphans)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the pipe's EOF still ends the worker
        pass


def _serve(conn: Connection, siblings: list[Connection]) -> None:
    """A worker's loop: receive (job id, function, args), send back (job id, ok, result or error text)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it closes our pipe
    _die_with_parent()
    for other in siblings:  # the parent's ends of the other workers' pipes, copied by fork: holding them
        other.close()       # open would keep those workers from seeing EOF when the parent dies
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):  # the parent is gone or closed the pool
            return
        if message is None:
            return
        job_id, fn, args = message
        try:
            reply = (job_id, True, fn(*args))
        except BaseException as exc:  # noqa: BLE001 - whatever the job raised goes back to the parent
            reply = (job_id, False, f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}")
        try:
            conn.send(reply)
        except Exception as exc:  # an unpicklable result: say so instead of dying
            conn.send((job_id, False, f"result could not be sent back: {exc}"))


@dataclass
class _Job:
    id: int
    fn: Callable[..., Any]
    args: tuple
    done: Callable[[bool, Any], None]  # (ok, result or exception)
    attempts: int = 0
    message: Any = None  # the pickled (id, fn, args), once made


@dataclass
class _Worker:
    process: Any
    conn: Connection
    jobs: deque[_Job] = field(default_factory=deque)  # sent and not answered: the one it runs, then the one ahead
    reader: Any = None  # the reactor's read descriptor, when driven by a reactor


class WorkerPool:
    """``size`` forked worker processes; ``retries`` more attempts for a job whose worker died; ``ahead`` jobs sent to
    a busy worker beyond the one it runs (0: a worker gets a job only when idle)."""

    def __init__(self, size: int | None = None, *, retries: int = 1, backlog: int | None = None,
                 ahead: int = 1) -> None:
        self.size = max(1, size or default_workers())
        self.retries = retries
        self.ahead = ahead
        self.limit = backlog or 4 * self.size  # jobs queued or running before the pool says it is behind
        self.workers: list[_Worker] = []
        self.queue: deque[_Job] = deque()
        self.reactor: Any = None
        self.crashes = 0
        self.on_done: list[Callable[[], None]] = []  # called after each job (backpressure: crawler.flow)
        self._next_id = 0
        self._closed = False

    # -- life cycle ------------------------------------------------------------------------------

    def start(self) -> WorkerPool:
        """Fork the workers (call before opening databases or starting threads you do not want copied)."""
        gc.collect()
        gc.freeze()  # objects of the parent stay in shared pages instead of being copied on first touch
        try:
            self.workers = []
            for _ in range(self.size):
                self.workers.append(self._spawn())
        finally:
            gc.unfreeze()
        return self

    def _spawn(self) -> _Worker:
        parent, child = _CONTEXT.Pipe(duplex=True)
        siblings = [w.conn for w in self.workers if not w.conn.closed]
        process = _CONTEXT.Process(target=_serve, args=(child, siblings), name="tinmine-worker", daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent)
        if self.reactor is not None:
            self._watch(worker)
        return worker

    def close(self) -> None:
        """Stop the workers (jobs still queued fail)."""
        if self._closed:
            return
        self._closed = True
        for job in list(self.queue):
            job.done(False, WorkerCrashed("the worker pool was closed before the job ran"))
        self.queue.clear()
        for worker in self.workers:
            self._unwatch(worker)
            try:
                worker.conn.send(None)
            except OSError:
                pass
            worker.conn.close()
        for worker in self.workers:
            worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
        self.workers = []

    def __enter__(self) -> WorkerPool:
        return self.start() if not self.workers else self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- state -----------------------------------------------------------------------------------

    @property
    def backlog(self) -> int:
        """Jobs waiting or running."""
        return len(self.queue) + sum(len(w.jobs) for w in self.workers)

    def behind(self) -> bool:
        """Whether more jobs are waiting or running than the pool should hold (the caller should slow down)."""
        return self.backlog >= self.limit

    # -- jobs ------------------------------------------------------------------------------------

    def _add(self, fn: Callable[..., Any], args: tuple, done: Callable[[bool, Any], None]) -> None:
        if self._closed:
            raise RuntimeError("the worker pool is closed")
        self._next_id += 1
        self.queue.append(_Job(self._next_id, fn, args, done))
        self._dispatch()

    def _dispatch(self) -> None:
        """Hand out the queue's jobs in order: to idle workers first, then one ahead to each busy one."""
        for held in range(1 + self.ahead):
            for worker in self.workers:
                while self.queue and len(worker.jobs) == held:
                    job = self.queue[0]
                    if job.message is None:
                        try:
                            job.message = ForkingPickler.dumps((job.id, job.fn, job.args))
                        except Exception as exc:  # the job's arguments cannot be pickled: a bug, not a crash
                            self.queue.popleft()
                            job.done(False, JobFailed(f"job arguments could not be sent: {exc}"))
                            continue
                    if held and len(job.message) > AHEAD_BYTES:  # too big to wait in the pipe: for an idle worker
                        return
                    self.queue.popleft()
                    worker.jobs.append(job)
                    job.attempts += 1
                    try:
                        worker.conn.send_bytes(job.message)
                    except (OSError, EOFError):
                        self._died(worker)
                        return  # _died dispatched again
            if not self.queue:
                return

    def _receive(self, worker: _Worker) -> None:
        """A worker's pipe is readable: its result, or its death."""
        try:
            job_id, ok, payload = worker.conn.recv()
        except (EOFError, OSError):
            self._died(worker)
            return
        if worker.jobs and worker.jobs[0].id == job_id:
            job = worker.jobs.popleft()
            job.message = None
            job.done(ok, payload if ok else JobFailed(payload))
        self._dispatch()
        for listener in self.on_done:
            listener()

    def _died(self, worker: _Worker) -> None:
        """Replace a dead worker; its job runs again on a fresh one, or fails once it has been retried. The job sent
        ahead, never started (a worker runs its jobs in order), goes back to the front of the queue as it was."""
        self.crashes += 1
        self._unwatch(worker)
        worker.conn.close()
        worker.process.join(timeout=1)
        code = worker.process.exitcode
        jobs, worker.jobs = list(worker.jobs), deque()
        index = self.workers.index(worker)
        if self._closed:
            return
        self.workers[index] = self._spawn()
        job = jobs[0] if jobs else None
        for waiting in reversed(jobs[1:]):
            waiting.attempts -= 1
            self.queue.appendleft(waiting)
        if job is not None:
            if job.attempts <= self.retries:
                logger.warning("a worker died (exit code %s) running %s; running it again", code, _name(job.fn))
                self.queue.appendleft(job)
            else:
                job.done(False, WorkerCrashed(f"the worker running {_name(job.fn)} died twice (exit code {code})"))
        self._dispatch()

    # -- driven by a reactor ---------------------------------------------------------------------

    def attach(self, reactor: Any) -> WorkerPool:
        """Watch the workers' pipes with a Twisted reactor (until it shuts down); from now on use :meth:`submit`."""
        self.reactor = reactor
        for worker in self.workers:
            self._watch(worker)
        reactor.addSystemEventTrigger("before", "shutdown", self.detach)
        return self

    def detach(self) -> None:
        """Stop watching the pipes (the reactor is shutting down; it would report them lost)."""
        for worker in self.workers:
            self._unwatch(worker)
        self.reactor = None

    def _watch(self, worker: _Worker) -> None:
        worker.reader = _Reader(self, worker)
        self.reactor.addReader(worker.reader)

    def _unwatch(self, worker: _Worker) -> None:
        if self.reactor is not None and worker.reader is not None:
            self.reactor.removeReader(worker.reader)
            worker.reader = None

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run ``fn(*args)`` in a worker; a Deferred of its result (JobFailed, WorkerCrashed on failure)."""
        from twisted.internet.defer import Deferred  # lazy: only a reactor-driven pool needs Twisted
        deferred: Deferred = Deferred()

        def done(ok: bool, value: Any) -> None:
            if ok:
                deferred.callback(value)
            else:
                deferred.errback(value)

        self._add(fn, args, done)
        return deferred

    # -- driven by the caller --------------------------------------------------------------------

    def map_unordered(self, fn: Callable[..., Any], jobs: Iterable[tuple], *, window: int | None = None
                      ) -> Iterator[tuple[tuple, bool, Any]]:
        """Run ``fn(*args)`` for every args of ``jobs``, at most ``window`` at a time (the rest are not read
        yet); yield (args, ok, result or exception) as each completes."""
        window = window or self.limit
        results: deque[tuple[tuple, bool, Any]] = deque()
        pending = 0
        source = iter(jobs)
        exhausted = False
        while True:
            while not exhausted and pending < window:
                try:
                    args = next(source)
                except StopIteration:
                    exhausted = True
                    break
                pending += 1
                self._add(fn, args, lambda ok, value, args=args: results.append((args, ok, value)))
            while results:
                pending -= 1
                yield results.popleft()
            if exhausted and pending == 0:
                return
            self._poll()

    def _poll(self, timeout: float | None = 1.0) -> None:
        busy = {w.conn: w for w in self.workers if w.jobs}
        for conn in wait(list(busy), timeout):
            self._receive(busy[conn])  # type: ignore[index]


class _Reader:
    """The reactor's view of one worker's pipe."""

    def __init__(self, pool: WorkerPool, worker: _Worker) -> None:
        self.pool, self.worker = pool, worker

    def fileno(self) -> int:
        return self.worker.conn.fileno()

    def doRead(self) -> None:  # noqa: N802 - Twisted's IReadDescriptor
        self.pool._receive(self.worker)

    def connectionLost(self, reason: Any) -> None:  # noqa: N802
        if self.worker in self.pool.workers and not self.pool._closed and not self.worker.process.is_alive():
            self.pool._died(self.worker)

    def logPrefix(self) -> str:  # noqa: N802
        return "tinmine-worker"


def _name(fn: Callable[..., Any]) -> str:
    return f"{getattr(fn, '__module__', '?')}.{getattr(fn, '__qualname__', repr(fn))}"


# -- the crawl's pool ------------------------------------------------------------------------------

_POOL: WorkerPool | None = None


def use_pool(pool: WorkerPool | None) -> None:
    """Make ``pool`` the one the crawl's components submit their jobs to (None: they run jobs inline)."""
    global _POOL
    _POOL = pool


def crawl_pool() -> WorkerPool | None:
    """The pool of the crawl running in this process, if any."""
    return _POOL


async def run_job(pool: WorkerPool | None, fn: Callable[..., Any], *args: Any) -> Any:
    """``fn(*args)`` in a worker of ``pool`` (awaited), or right here without one (tests, one-off use)."""
    if pool is None:
        return fn(*args)
    return await maybe_deferred_to_future(pool.submit(fn, *args))
