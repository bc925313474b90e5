"""Merging worker shards: new articles copied, the later copy of a changed article wins, loads are idempotent."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

import warehouse
from tests.warehouse.helpers import gold_extraction, make_article, seed_text, table_digests
from warehouse.merge import merge_shards

TABLES = ("articles", "extractions", "figures", "dates", "models", "officials", "place_mentions",
          "article_docs", "article_terms", "article_urls", "crawl_log", "sentences")
X_URL, Y_URL, Z_URL = "https://cand.com.vn/x.html", "https://cand.com.vn/y.html", "https://cand.com.vn/z.html"


def build_shard(path: Path, articles: list[tuple[dict, bool]], event: str = "stored") -> None:
    """A shard holding the given (article record, with gold extraction?) pairs, one duplicate URL, one log row."""
    con = warehouse.connect(path)
    try:
        for record, extracted in articles:
            warehouse.store_article(con, record)
            if extracted:
                warehouse.store_extraction(con, record["article_id"], gold_extraction(), version="test-1")
        warehouse.record_duplicate(con, articles[0][0]["url"] + "?amp", articles[0][0]["article_id"], "canonical")
        warehouse.log_crawl_event(con, url=articles[0][0]["url"], outlet="cand", event=event, status_code=200)
    finally:
        con.close()


def snapshot(db: Path) -> dict[str, list]:
    return table_digests(db, TABLES)


@pytest.fixture
def shards(tmp_path: Path) -> tuple[Path, Path]:
    text = seed_text()
    a, b = tmp_path / "shard-a.duckdb", tmp_path / "shard-b.duckdb"
    build_shard(a, [(make_article(text, url=X_URL), True),
                    (make_article(seed_text("000_b14839577600d7b8"), url=Y_URL, status="offtopic"), False)])
    changed = text + "\nCập nhật: số liệu mới."
    build_shard(b, [(make_article(changed, url=X_URL, fetched_at=datetime(2024, 2, 1)), True),
                    (make_article(seed_text("001_39de3e7a63915c1c"), url=Z_URL), False)])
    return a, b


def test_merge_copies_new_articles_and_keeps_the_later_copy(tmp_path: Path, shards: tuple[Path, Path]) -> None:
    db = tmp_path / "main.duckdb"
    first = merge_shards(db, list(shards))
    assert [(r.new, r.updated, r.mentions) for r in first] == [(2, 0, 1), (1, 1, 1)]
    con = warehouse.connect(db, read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchall() == [(3,)]
        text = con.execute("SELECT text FROM articles WHERE url = ?", [X_URL]).fetchall()[0][0]
        assert text.endswith("số liệu mới."), "the copy fetched later wins"
        figures = con.execute("SELECT count(*) FROM figures").fetchall()[0][0]
        assert figures == len(gold_extraction().figures), "mentions replaced, not added twice"
        assert con.execute("SELECT count(*) FROM article_docs").fetchall() == [(3,)]
    finally:
        con.close()


def test_merging_again_or_in_another_order_changes_nothing(tmp_path: Path, shards: tuple[Path, Path]) -> None:
    db, other = tmp_path / "main.duckdb", tmp_path / "other.duckdb"
    merge_shards(db, list(shards))
    merged = snapshot(db)
    assert [(r.new, r.updated, r.mentions) for r in merge_shards(db, list(shards))] == [(0, 0, 0)] * 2
    assert [(r.new, r.updated, r.mentions) for r in merge_shards(db, [shards[0]])] == [(0, 0, 0)]
    assert snapshot(db) == merged
    merge_shards(other, list(reversed(shards)))
    assert snapshot(other) == merged


def test_merge_refuses_a_missing_shard(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        merge_shards(tmp_path / "main.duckdb", [tmp_path / "nope.duckdb"])
