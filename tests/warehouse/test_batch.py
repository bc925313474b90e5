"""warehouse.batch: one transaction writes exactly what the one-call-per-row API writes, or nothing."""
from __future__ import annotations

import pytest

import warehouse
from tests.warehouse.helpers import gold_extraction, make_article, seed_text
from warehouse.batch import WriteBatch, write_batch
from warehouse.columns import arrow_schema, table_columns
from warehouse.session import WarehouseSession

STEMS = ("000_b14839577600d7b8", "003_f707674472ecf3bc", "004_03d31ed0a32cd011")
# Columns that differ by design between two warehouses (clock times, generated ids, HTTP validators).
VOLATILE = {"doc_id", "extracted_at", "recorded_at", "first_seen", "last_seen", "applied_at", "loaded_at",
            "etag", "last_modified"}


def snapshot(con) -> dict[str, list]:
    """Every table's rows (volatile columns left out), sorted: two warehouses compare equal or not."""
    columns: dict[str, list[str]] = {}
    for table, column in con.execute("SELECT table_name, column_name FROM information_schema.columns"
                                     " WHERE table_schema = 'main' ORDER BY table_name, ordinal_position").fetchall():
        if column not in VOLATILE:
            columns.setdefault(table, []).append(f'"{column}"')
    return {table: sorted(map(repr, con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()))
            for table, cols in columns.items()}  # names from the catalogue, not from input


def articles() -> list[dict]:
    return [make_article(seed_text(stem), url=f"https://cand.com.vn/{stem}.html") for stem in STEMS]


def changed(article: dict) -> dict:
    text = article["text"] + " Bài đã được cập nhật."
    return {**article, "text": text, "content_hash": article["content_hash"] + "-2"}


EVENTS = [("https://cand.com.vn/x.html", "http_error", 503), ("https://cand.com.vn/x.html", "http_error", 500),
          ("https://cand.com.vn/y.html", "timeout", None)]


def test_batch_writes_what_the_row_api_writes() -> None:
    one_by_one, batched = warehouse.connect(":memory:"), warehouse.connect(":memory:")
    first, *rest = articles()
    for con in (one_by_one, batched):  # a stored article that the batch then changes
        warehouse.store_article(con, first)
        warehouse.store_extraction(con, first["article_id"], gold_extraction(STEMS[0]), version="v1")
    batch = WriteBatch()
    for article, stem in zip([changed(first), *rest], STEMS, strict=True):
        warehouse.store_article(one_by_one, article)
        warehouse.store_extraction(one_by_one, article["article_id"], gold_extraction(stem), version="v2")
        batch.add_article(article, gold_extraction(stem), version="v2")
    for url, event, status in EVENTS:
        warehouse.log_crawl_event(one_by_one, url=url, outlet="cand", event=event, status_code=status)
        batch.add_event(url=url, outlet="cand", event=event, status_code=status)
    warehouse.record_duplicate(one_by_one, "https://cand.com.vn/amp/a.html", first["article_id"], "canonical")
    batch.add_duplicate("https://cand.com.vn/amp/a.html", first["article_id"], "canonical")
    write_batch(batched, batch)
    assert snapshot(batched) == snapshot(one_by_one)
    assert batched.execute("SELECT times FROM crawl_log WHERE event = 'http_error'").fetchall() == [(2,)]


def test_failed_batch_leaves_nothing_and_the_session_retries_apart() -> None:
    session = WarehouseSession(":memory:", batch_size=1000)
    con = session.acquire()
    good, other = articles()[:2]
    session.pending.add_article(good, gold_extraction(STEMS[0]), version="v1")
    session.pending.add_article(other)
    session.pending.add_event(url=good["url"], outlet="cand", event="Not An Event")  # violates a CHECK
    with pytest.raises(Exception):  # noqa: B017 - any DuckDB constraint error
        write_batch(con, session.pending)
    assert con.execute("SELECT count(*) FROM articles").fetchall() == [(0,)]
    assert session.flush() == 3  # whole batch fails; each article on its own succeeds, the bad row is lost
    assert con.execute("SELECT count(*) FROM articles").fetchall() == [(2,)]
    assert con.execute("SELECT count(*) FROM extractions").fetchall() == [(1,)]
    assert session.failed == 1
    session.release()


def test_in_batch_lookups_and_validators() -> None:
    batch, (first, second, _) = WriteBatch(), articles()
    batch.add_article({**first, "etag": '"v1"', "last_modified": "Tue, 30 May 2023 01:00:00 GMT"})
    assert batch.stored_hash(first["canonical_url"]) == first["content_hash"]
    assert batch.article_by_hash(first["content_hash"]) == first["article_id"]
    assert batch.article_by_hash(second["content_hash"]) is None and not batch.has_extraction(first["article_id"])
    batch.add_article(changed(first))  # the later version replaces the pending one
    assert batch.article_by_hash(first["content_hash"]) is None
    con = warehouse.connect(":memory:")
    write_batch(con, WriteBatch(articles={}, events=[]))  # empty: nothing to do
    batch.add_article({**second, "etag": '"e2"'})
    write_batch(con, batch)
    assert con.execute("SELECT etag, last_modified FROM articles ORDER BY etag").fetchall() == [
        ('"e2"', None), (None, None)]
    assert arrow_schema("articles").names == [c.name for c in table_columns("articles")]
