"""Merging warehouse shards (one per distributed crawl worker) into the main warehouse, idempotently.

Each shard is attached read-only and merged in one transaction (warehouse/merge_sql/, in order):
articles new to the warehouse are copied; an article stored with other content is replaced when the
shard fetched it later; mention rows are replaced per article when the shard holds a newer
extraction of the same text; duplicate URLs and the crawl log are upserted. Loading the same
shards again changes nothing.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse.access import claim
from warehouse.columns import copy_mentions_sql, delete_mentions_sql, upsert_sql
from warehouse.db import connect
from warehouse.migrations import SCHEMA_DIR
from warehouse.sql import run_sql, sql_text, transaction

TEMP_TABLES = ("merge_incoming", "merge_mentions", "incoming_cleared")
# The shard's articles that replace or join the warehouse's, every column as the schema has it.
ARTICLES = "(SELECT * FROM shard.articles WHERE article_id IN (SELECT article_id FROM merge_incoming))"

__all__ = ["ShardMerge", "merge_shard", "merge_shards"]


@dataclass(frozen=True)
class ShardMerge:
    """What merging one shard changed."""

    shard: str
    new: int
    updated: int
    mentions: int


def _latest_version() -> int:
    return max(int(p.name[:3]) for p in SCHEMA_DIR.glob("[0-9][0-9][0-9]_*.sql"))


def _shard_version(path: Path) -> int:
    con = connect(path, read_only=True)  # refuses a file that is not a tinmine warehouse
    try:
        return con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchall()[0][0]
    finally:
        con.close()


def _ensure_migrated(path: Path) -> None:
    """Bring an older shard to the current schema (columns must match for INSERT ... BY NAME)."""
    if _shard_version(path) < _latest_version():
        connect(path).close()


def merge_shard(con: duckdb.DuckDBPyConnection, shard: str | os.PathLike) -> ShardMerge:
    """Merge one shard file into the warehouse open on ``con``, in one transaction."""
    path = Path(shard)
    if not path.is_file():
        raise FileNotFoundError(f"no shard at {path}")
    _ensure_migrated(path)
    run_sql(con, "ATTACH $path AS shard (READ_ONLY)", {"path": str(path)})
    try:
        with transaction(con):
            run_sql(con, sql_text("merge_sql", "01_select"))
            new, updated, mentions = run_sql(con, sql_text("merge_sql", "05_counts")).fetchall()[0]
            run_sql(con, delete_mentions_sql())
            run_sql(con, sql_text("merge_sql", "02_clear"))
            run_sql(con, upsert_sql("articles", ARTICLES))
            run_sql(con, sql_text("merge_sql", "03_insert"))
            run_sql(con, copy_mentions_sql("shard", "merge_mentions"))
            run_sql(con, sql_text("merge_sql", "04_links"))
            for table in TEMP_TABLES:
                con.execute(f"DROP TABLE {table}")  # fixed names, not input
    finally:
        con.execute("DETACH shard")
    return ShardMerge(str(path), new, updated, mentions)


def merge_shards(db: str | os.PathLike, shards: list[str | os.PathLike]) -> list[ShardMerge]:
    """Merge shard files into the warehouse at ``db`` (created if missing), one after another."""
    own = Path(db).resolve()
    con = connect(db)
    try:
        with claim(db, "tinmine load"):  # whoever finds the warehouse busy is told who holds it
            return [merge_shard(con, s) for s in shards if Path(s).resolve() != own]
    finally:
        con.close()
