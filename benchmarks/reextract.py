"""`python -m benchmarks reextract`: re-extraction articles/s with 1, 2 and N worker processes.

A synthetic archive (benchmarks.synthetic's template articles, about 2 KB each) is written to a DuckDB
warehouse once; ``tinmine reextract --workers W`` (pipelines.reextract) then runs over it for each W,
each run replacing the mentions of every kept article. The ratio of 2 workers over 1 is the last line.
"""
from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from benchmarks.synthetic import _provinces, article_table
from crawler.workers import default_workers
from pipelines.reextract import reextract
from warehouse.columns import upsert_sql
from warehouse.db import connect
from warehouse.sql import registered, run_sql, transaction

__all__ = ["ReextractRun", "build_archive", "run_bench"]


@dataclass(frozen=True)
class ReextractRun:
    """One re-extraction's measurements."""

    workers: int
    articles: int
    seconds: float
    failed: int

    @property
    def articles_per_s(self) -> float:
        """Articles re-extracted per second."""
        return self.articles / self.seconds if self.seconds else 0.0


def build_archive(path: Path, articles: int, seed: int = 7) -> int:
    """A warehouse of ``articles`` synthetic articles at ``path``; the number of kept ones."""
    table = article_table(np.random.default_rng(seed), articles, [name for _, name in _provinces()])
    con = connect(path)
    try:
        with registered(con, {"articles": table}), transaction(con):
            run_sql(con, upsert_sql("articles", "incoming_articles"))
        return con.execute("SELECT count(*) FROM articles WHERE status = 'kept'").fetchone()[0]
    finally:
        con.close()


def run_bench(articles: int = 1500, workers: list[int] | None = None,
              workdir: str | Path | None = None) -> tuple[int, list[ReextractRun]]:
    """Build the archive, re-extract it with each worker count; (kept articles, runs)."""
    counts = workers or sorted({1, 2, default_workers()})
    with tempfile.TemporaryDirectory(prefix="tinmine-reextract-") as tmp:
        db = Path(workdir or tmp) / "archive.duckdb"
        db.parent.mkdir(parents=True, exist_ok=True)
        db.unlink(missing_ok=True)
        kept = build_archive(db, articles)
        runs = []
        for n in counts:
            started = time.perf_counter()
            stats = reextract(db, workers=n)
            runs.append(ReextractRun(n, stats.articles, time.perf_counter() - started, stats.failed))
    return kept, runs
