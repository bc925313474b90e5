"""Every column of every table round-trips: through the write path, a crawl, re-extraction and `load`.

The columns come from the migrated schema (warehouse.columns), not from a list kept here, so a migration
that adds a column is covered the day it lands. Regressions of issue 12: `load` kept the old ETag and
Last-Modified of an article it replaced, and `store_article` dropped them.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

import warehouse
from tests.warehouse.helpers import gold_extraction, make_article, seed_text
from warehouse.batch import WriteBatch, write_batch
from warehouse.columns import table_columns, tables
from warehouse.merge import merge_shards

SAMPLE_VALUES = {"VARCHAR": "x", "TIMESTAMP": datetime(2024, 3, 4, 5, 6, 7), "DOUBLE": 0.5, "BIGINT": 7}
# Tables a load does not copy row for row: the near-duplicate index is a cache a crawl rebuilds, reference
# tables are filled from data files, and the migration and reference bookkeeping is the warehouse's own.
NOT_MERGED = {"near_dup_signatures", "near_dup_bands", "schema_migrations", "reference_data"}
# Columns set by the clock of the process that writes them.
CLOCK = {"extracted_at", "recorded_at", "first_seen", "last_seen", "applied_at", "loaded_at"}


def full_article(text: str, tag: str, **extra) -> dict:
    """An article record with every column of `articles` set, each to a value of its own (``tag`` varies them)."""
    record = make_article(text, **extra)
    for column in table_columns("articles"):
        if record.get(column.name) is None:
            value = SAMPLE_VALUES[column.type]
            record[column.name] = f"{column.name}-{tag}" if isinstance(value, str) else value
    return record


def stored_row(con, article_id: str) -> dict:
    frame = warehouse.query("SELECT * FROM articles WHERE article_id = $id", con, id=article_id)
    assert len(frame) == 1
    return {k: (None if v is None or str(v) in ("NaT", "nan") else v) for k, v in frame.iloc[0].to_dict().items()}


def same(row: dict, record: dict) -> dict:
    """The columns whose stored value differs from the record's (empty: every column round-tripped)."""
    return {k: (v, record.get(k)) for k, v in row.items() if v != record.get(k)}


def test_every_article_column_is_in_the_record_under_test() -> None:
    record = full_article(seed_text(), "a")
    assert all(record[c.name] is not None for c in table_columns("articles"))


@pytest.mark.parametrize("path", ["store_article", "write_batch"])
def test_every_article_column_round_trips_through_the_write_path(path: str) -> None:
    """Regression (issue 12): store_article dropped etag and last_modified; write_batch kept them."""
    con = warehouse.connect(":memory:")
    first = full_article(seed_text(), "a")
    changed = full_article(seed_text() + " Cập nhật.", "b", fetched_at=datetime(2025, 1, 1))
    for record in (first, changed):
        if path == "store_article":
            warehouse.store_article(con, record)
        else:
            batch = WriteBatch()
            batch.add_article(record, gold_extraction(), version="v1")
            write_batch(con, batch)
        assert same(stored_row(con, record["article_id"]), record) == {}
    con.close()


def test_an_unchanged_article_keeps_its_row_but_takes_new_validators() -> None:
    con = warehouse.connect(":memory:")
    first = full_article(seed_text(), "a")
    warehouse.store_article(con, first)
    again = {**first, "fetched_at": datetime(2026, 1, 1), "etag": '"e2"', "last_modified": None, "title": "other"}
    warehouse.store_article(con, again)
    assert same(stored_row(con, first["article_id"]), first) == {
        "etag": ('"e2"', "etag-a"), "last_modified": (None, "last_modified-a")}
    con.close()


def test_load_replaces_an_article_with_every_column_of_the_later_copy(tmp_path: Path) -> None:
    """Regression (issue 12): `tinmine load` replaced an article's text but kept its old ETag and Last-Modified."""
    db, shard = tmp_path / "w.duckdb", tmp_path / "shard-w1.duckdb"
    old = full_article(seed_text(), "old", fetched_at=datetime(2024, 1, 1))
    new = full_article(seed_text() + " Bài đã được cập nhật.", "new", fetched_at=datetime(2024, 6, 1))
    for path, record in ((db, old), (shard, new)):
        con = warehouse.connect(path)
        warehouse.store_article(con, record)
        warehouse.store_extraction(con, record["article_id"], gold_extraction(), version="v1")
        con.close()
    merge_shards(db, [shard])
    con = warehouse.connect(db, read_only=True)
    assert same(stored_row(con, new["article_id"]), new) == {}
    con.close()


def table_rows(con, table: str) -> list[tuple]:
    names = [f'"{c.name}"' for c in table_columns(table) if c.name not in CLOCK]
    return sorted(map(repr, con.execute(f"SELECT {', '.join(names)} FROM {table}").fetchall()))  # catalogue names


def all_rows(path: Path) -> dict[str, list]:
    con = warehouse.connect(path, read_only=True)
    try:
        return {t: table_rows(con, t) for t in tables() if t not in NOT_MERGED}
    finally:
        con.close()


def empty_columns(path: Path) -> dict[str, list[str]]:
    """Per table with rows, the columns that are NULL in every row."""
    con = warehouse.connect(path, read_only=True)
    out = {}
    try:
        for table in tables():
            cols = [c.name for c in table_columns(table)]
            counted = ", ".join(f'count("{c}")' for c in cols)
            counts = con.execute(f"SELECT count(*), {counted} FROM {table}").fetchall()[0]  # catalogue names
            if counts[0]:
                out[table] = [c for c, n in zip(cols, counts[1:], strict=True) if n == 0]
    finally:
        con.close()
    return out


@pytest.mark.slow
def test_every_column_round_trips_through_crawl_reextraction_and_load(tmp_path: Path) -> None:
    from pipelines.reextract import reextract
    from tests.crawler.crawlproc import run_crawl

    shard = tmp_path / "shard-sample.duckdb"
    run_crawl(shard, "sample")
    # crawl: every article column is filled for some article (the sample pages have every field), and the
    # tables a crawl writes have no column it never fills, apart from facts the sample articles do not state
    empty = empty_columns(shard)
    assert empty["articles"] == []
    for table in ("extractions", "article_urls", "crawl_log", "dates", "models", "sentences"):
        assert empty[table] == [], table
    # re-extraction by the same extractor rewrites the same rows
    before = all_rows(shard)
    stats = reextract(shard)
    assert stats.failed == 0 and stats.articles == 5
    assert all_rows(shard) == before
    # load: into an empty warehouse, every row of every table arrives whole
    db = tmp_path / "w.duckdb"
    merge_shards(db, [shard])
    loaded = all_rows(db)
    assert {t: len(r) for t, r in loaded.items()} == {t: len(r) for t, r in before.items()}
    assert loaded == before
