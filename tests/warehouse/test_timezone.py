"""One time zone for every stored timestamp, whatever the machine's.

Regression (issue 11): `fetched_at` was Asia/Ho_Chi_Minh local time while `extracted_at` (and every other
DEFAULT current_localtimestamp()) was the machine's zone, UTC on servers: seven hours apart.
"""
from __future__ import annotations

import time
from datetime import timedelta

import pytest

import warehouse
from tests.warehouse.helpers import gold_extraction, make_article, seed_text
from warehouse.access import TIMEZONE, local_now
from warehouse.batch import WriteBatch, write_batch

pytestmark = pytest.mark.fault


@pytest.fixture(params=["UTC", "America/New_York", "Asia/Ho_Chi_Minh"])
def machine_zone(request, monkeypatch):
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def test_every_timestamp_is_in_one_zone(machine_zone: str, tmp_path) -> None:
    con = warehouse.connect(tmp_path / "w.duckdb")
    try:
        batch = WriteBatch()
        article = make_article(seed_text(), fetched_at=None)
        batch.add_article(article, gold_extraction(), version="t")
        batch.add_duplicate(article["url"] + "?amp=1", article["article_id"], "canonical")
        batch.add_event(url=article["url"], outlet="cand", event="stored")
        write_batch(con, batch)
        now = local_now()
        stamps = con.execute("""
            SELECT a.fetched_at, e.extracted_at, u.recorded_at, l.first_seen, l.last_seen,
                   (SELECT max(applied_at) FROM schema_migrations), (SELECT max(loaded_at) FROM reference_data)
            FROM articles a JOIN extractions e USING (article_id) JOIN article_urls u USING (article_id)
            JOIN crawl_log l ON l.url = a.url""").fetchall()[0]
    finally:
        con.close()
    for stamp in stamps:
        assert abs(stamp - now) < timedelta(minutes=2), (machine_zone, stamps, now)


def test_schema_says_which_zone() -> None:
    con = warehouse.connect(":memory:")
    try:
        comments = dict(con.execute(
            "SELECT table_name || '.' || column_name, comment FROM duckdb_columns() "
            "WHERE data_type = 'TIMESTAMP' AND NOT internal AND table_name IN (SELECT table_name FROM duckdb_tables())"
        ).fetchall())
    finally:
        con.close()
    assert comments and all(TIMEZONE in (c or "") for c in comments.values()), comments
