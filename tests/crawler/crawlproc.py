"""Crawls for tests, each in its own process, forked from a warm server instead of started from scratch.

Twisted's reactor starts once per process, so every crawl needs a new process; starting Python and
importing Scrapy, pandas, DuckDB, datasketch and the extractors took ~2.5 s of CPU each time. A
multiprocessing forkserver (single-threaded, no reactor, no DuckDB opened) imports them once per test
session and forks a ready process per crawl. The child runs ``crawler.run.main`` with the arguments
``python -m crawler.run`` would get, its stdout and stderr going to files; it is a real OS process, so
it can be SIGKILLed (test_resume).
"""
from __future__ import annotations

import json
import multiprocessing
import os
import sys
from multiprocessing import forkserver
from pathlib import Path
from typing import Any

PRELOAD = ["crawler.run", "crawler.archive", "crawler.session", "crawler.dupefilter", "crawler.incremental", "crawler.logformatter",
           "crawler.middlewares", "crawler.progress", "pipelines.clean", "pipelines.dedup", "pipelines.extraction",
           "pipelines.relevance", "pipelines.store", "warehouse.batch", "extract", "tests.crawler.crawlproc",
           "tests.crawler.crawlwarm"]
_CTX = multiprocessing.get_context("forkserver")
_CTX.set_forkserver_preload(PRELOAD)


def _child(argv: list[str], out: str, err: str) -> None:
    for fd, path in ((1, out), (2, err)):
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(handle, fd)
        os.close(handle)
    from crawler.run import main

    code = main(argv)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)  # no interpreter teardown: nothing more to run in a forked crawl


def ensure_server() -> None:
    """Start the forkserver without a BLAS thread pool (numpy's would be idle threads in every fork)."""
    saved = os.environ.get("OPENBLAS_NUM_THREADS")
    os.environ["OPENBLAS_NUM_THREADS"] = "1"
    try:
        forkserver.ensure_running()
    finally:
        if saved is None:
            os.environ.pop("OPENBLAS_NUM_THREADS")
        else:
            os.environ["OPENBLAS_NUM_THREADS"] = saved


class Crawl:
    """A crawl running in a forked process: ``python -m crawler.run ARGS`` without the start-up cost."""

    def __init__(self, argv: list[str], logs: Path) -> None:
        logs.mkdir(parents=True, exist_ok=True)
        self.out, self.err = logs / "crawl.out", logs / "crawl.err"
        ensure_server()
        self.process = _CTX.Process(target=_child, args=(argv, str(self.out), str(self.err)))
        self.process.start()

    def kill(self) -> int | None:
        """SIGKILL it (no shutdown, no flush) and return its exit code (-9)."""
        self.process.kill()
        self.process.join(10)
        return self.process.exitcode

    def wait(self, timeout: float = 90) -> dict[str, Any]:
        """Wait for a ``--json`` crawl to end successfully; its stats (the last stdout line)."""
        self.process.join(timeout)
        if self.process.exitcode is None:
            self.process.kill()
            raise AssertionError(f"crawl still running after {timeout} s: {self.stderr()[-3000:]}")
        assert self.process.exitcode == 0, self.stderr()[-3000:]
        return json.loads(self.out.read_text(encoding="utf-8").strip().splitlines()[-1])

    def stderr(self) -> str:
        """What the crawl wrote to stderr so far."""
        return self.err.read_text(encoding="utf-8", errors="replace") if self.err.exists() else ""


def crawl_args(db: Path, *args: str) -> list[str]:
    """Arguments of a quiet crawl into db that prints its stats as JSON."""
    return [*args, "--db", str(db), "--json", "--quiet"]


def run_crawl(db: Path, *args: str, timeout: float = 90) -> dict[str, Any]:
    """One crawl in its own (forked) process; its stats."""
    return Crawl(crawl_args(db, *args), db.parent / f"logs-{db.stem}").wait(timeout)


def crawl_real_pages(tmp_path: Path, *args: str, timeout: float = 180) -> tuple[Path, dict[str, str]]:
    """Serve the real-page corpus from 127.0.0.1 and crawl it (extra crawl ``args``); (warehouse, page paths)."""
    from benchmarks.pages import build_site, load_corpus  # lazy: only the crawls of the corpus need it
    from crawler.server import serve

    paths = build_site(load_corpus(), tmp_path / "site")
    db = tmp_path / "pages.duckdb"
    with serve(tmp_path / "site", origins=("http://127.0.0.1",)) as base:
        run_crawl(db, base + "/", *args, timeout=timeout)
    return db, paths

