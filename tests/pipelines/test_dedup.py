"""De-duplication against an in-memory warehouse: canonical, content hash, near-duplicate, unchanged.

Every case runs twice: committing each write at once (batch of 1) and with every write still pending in
one batch, where a copy must be caught against its original before either reaches the warehouse.
"""
from __future__ import annotations

from collections.abc import Iterator

import pytest

import warehouse
from crawler.errors import Rejected
from crawler.items import ArticleItem
from pipelines.clean import CleanPipeline
from pipelines.dedup import DedupPipeline
from pipelines.store import StorePipeline
from warehouse.session import WarehouseSession

BASE = "https://baomau.vn"
TEXT = " ".join(f"Câu số {i} nói về phong trào toàn dân bảo vệ an ninh Tổ quốc ở khu dân cư {i}." for i in range(40))


@pytest.fixture(params=[1, 1000], ids=["commit_each", "one_batch"])
def stages(request) -> Iterator[tuple[DedupPipeline, StorePipeline, WarehouseSession]]:
    session = WarehouseSession(":memory:", batch_size=request.param, batch_seconds=3600)
    dedup, store = DedupPipeline(session), StorePipeline(session)
    dedup.open_spider(), store.open_spider()
    yield dedup, store, session
    dedup.close_spider(), store.close_spider()


def article(path: str, text: str = TEXT, canonical: str | None = None) -> ArticleItem:
    item = ArticleItem(url=BASE + path, canonical_url=BASE + (canonical or path), outlet="mau", text=text,
                       status="offtopic")
    return CleanPipeline(min_chars=10).process_item(item)


def run(stages, item: ArticleItem) -> str:
    dedup, store, _ = stages
    try:
        store.process_item(dedup.process_item(item))
        return "stored"
    except Rejected as exc:
        return exc.event


def rows(session: WarehouseSession, sql: str) -> list[tuple]:
    session.flush()
    return warehouse.query(sql, session.con).values.tolist()


def test_duplicates_are_recorded_not_stored(stages) -> None:
    session = stages[2]
    assert run(stages, article("/a-1.html")) == "stored"
    assert run(stages, article("/amp/a-1.html", canonical="/a-1.html")) == "duplicate"
    assert run(stages, article("/ban-in/a-1.html")) == "duplicate"
    near = TEXT.replace("Câu số 3 ", "Câu thứ ba ") + " Nguồn: báo địa phương."
    assert run(stages, article("/b-2.html", text=near)) == "duplicate"
    assert run(stages, article("/a-1.html")) == "unchanged"
    assert rows(session, "SELECT count(*) FROM articles") == [[1]]
    reasons = dict(rows(session, "SELECT url, reason FROM article_urls"))
    assert reasons == {BASE + "/amp/a-1.html": "canonical", BASE + "/ban-in/a-1.html": "content_hash",
                       BASE + "/b-2.html": "near_duplicate"}
    similarity = rows(session, "SELECT similarity FROM article_urls WHERE reason = 'near_duplicate'")[0][0]
    assert 0.8 <= similarity < 1


def test_changed_article_is_updated(stages) -> None:
    assert run(stages, article("/a-1.html")) == "stored"
    other = " ".join(f"Nội dung mới hoàn toàn khác, đoạn {i} về giá vàng." for i in range(30))
    assert run(stages, article("/a-1.html", text=other)) == "stored"
    assert rows(stages[2], "SELECT count(*), any_value(text) = ? FROM articles".replace("?", "'x'")) == [[1, False]]


def test_alias_of_a_dropped_copy_points_at_the_stored_article(stages) -> None:
    """Regression (issue 11): an alias was recorded before its article was dropped as a content duplicate,
    leaving an article_urls row that pointed at an article never stored."""
    session = stages[2]
    assert run(stages, article("/ban-in/a-1.html")) == "stored"  # the copy arrives first this time
    assert run(stages, article("/amp/a-1.html", canonical="/a-1.html")) == "duplicate"
    assert run(stages, article("/a-1.html")) == "duplicate"
    reasons = {url: (reason, target) for url, target, reason in rows(session, "SELECT url, article_id, reason"
                                                                              " FROM article_urls")}
    copy = rows(session, "SELECT article_id FROM articles")[0][0]
    assert reasons[BASE + "/amp/a-1.html"] == ("content_hash", copy)
    assert reasons[BASE + "/a-1.html"] == ("content_hash", copy)
    assert rows(session, "SELECT count(*) FROM article_urls WHERE article_id NOT IN "
                         "(SELECT article_id FROM articles)") == [[0]]


def test_crawlers_of_one_warehouse_share_the_pending_batch(tmp_path) -> None:
    from scrapy.settings import Settings

    from crawler.session import session_for

    class Crawler:
        def __init__(self, db: str) -> None:
            self.settings = Settings({"TINMINE_DB": db})

    db = str(tmp_path / "w.duckdb")
    assert session_for(Crawler(db)) is session_for(Crawler(db))
    assert session_for(Crawler(db)) is not session_for(Crawler(str(tmp_path / "other.duckdb")))
    one, two = DedupPipeline(session_for(Crawler(db))), DedupPipeline(session_for(Crawler(db)))
    store = StorePipeline(one.session)
    for stage in (one, two, store):
        stage.open_spider()
    store.process_item(one.process_item(article("/a-1.html")))
    with pytest.raises(Rejected, match="content_hash"):  # another outlet's copy, before any commit
        two.process_item(article("/ban-in/a-1.html"))
    for stage in (one, two, store):
        stage.close_spider()


@pytest.mark.fault
def test_near_duplicate_needs_the_configured_threshold() -> None:
    """Regression (issue 11): a page was dropped as near_duplicate (similarity 0.62) with the threshold at 0.8;
    LSH candidates below the threshold (its false positives) were taken as duplicates."""
    near = TEXT.replace("Câu số 3 ", "Câu thứ ba ") + " Nguồn: báo địa phương."  # similarity ~0.94
    for threshold, expected in ((0.8, "duplicate"), (0.95, "stored")):
        session = WarehouseSession(":memory:", batch_size=1000, batch_seconds=3600)
        stages = DedupPipeline(session, threshold), StorePipeline(session)
        for stage in stages:
            stage.open_spider()
        assert run((*stages, session), article("/a-1.html")) == "stored"
        try:
            stages[0].process_item(article("/b-2.html", text=near))
            verdict = "stored"
        except Rejected as exc:
            verdict = exc.event
            assert f"threshold {threshold:.2f}" in exc.reason, exc.reason  # the log line says what was used
        assert verdict == expected, threshold
        for stage in stages:
            stage.close_spider()


@pytest.mark.fault
def test_lsh_false_positive_below_the_threshold_is_not_a_duplicate(stages, monkeypatch) -> None:
    dedup = stages[0]
    assert run(stages, article("/a-1.html")) == "stored"
    other = " ".join(f"Bản tin khác {i} về thời tiết và giá vàng trong nước." for i in range(30))
    first = rows(stages[2], "SELECT article_id FROM articles")[0][0]
    monkeypatch.setattr(dedup.index, "candidates", lambda signature: [(first, 0.62)])  # shares a band, 0.62 alike
    assert run(stages, article("/c-3.html", text=other)) == "stored"
