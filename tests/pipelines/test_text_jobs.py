"""Text jobs (crawler.pagework.text_jobs): relevance and the MinHash signature are computed in the worker
that reads the page, and the pipelines take them from the item instead of sending the text out again."""
from __future__ import annotations

from dataclasses import replace

from scrapy.utils.test import get_crawler

from crawler.items import ArticleItem
from crawler.pagework import precomputed, text_jobs
from crawler.profiles import load_profile, rebase
from crawler.spiders.news import NewsSpider
from pipelines.dedup import DedupPipeline, signature
from pipelines.relevance import RelevancePipeline, score_text
from tests.crawler.testdata import ORIGIN, get_testdata, html_response

BASE = "http://127.0.0.1:8999"
PATH = "/an-ninh-trat-tu/day-manh-phong-trao-toan-dan-bao-ve-an-ninh-to-quoc-trong-tinh-hinh-moi-a1004.html"


class NoPool:
    """A worker pool that must not be used: the work was done where the page was read."""

    def submit(self, *args: object) -> None:
        raise AssertionError("sent to a worker again")


def article_item(crawler) -> ArticleItem:
    spider = NewsSpider.from_crawler(crawler, profile=rebase(load_profile("sample"), BASE))
    body = get_testdata("sample_article.html").replace(ORIGIN.encode(), BASE.encode())
    (item,) = [r for r in spider.parse(html_response("", BASE + PATH, body=body)) if isinstance(r, ArticleItem)]
    return item


def test_the_page_job_computes_what_the_pipelines_asked_for() -> None:
    crawler = get_crawler(NewsSpider, {"TINMINE_MIN_CHARS": 200})
    relevance = RelevancePipeline.from_crawler(crawler)
    assert set(text_jobs(crawler)) == {"relevance"}
    item = article_item(crawler)
    assert precomputed(item, "relevance") == score_text(None, item.text, item.title)
    assert precomputed(item, "signature") is None  # nobody asked
    relevance.pool = NoPool()
    judged = relevance.process_item(item)
    assert judged is item and item.status == "kept" and (item.relevance, item.relevance_reason) == \
        score_text(None, item.text, item.title)
    assert "precomputed" not in item.record()  # not a warehouse column


def test_a_result_is_not_used_for_another_text_or_title() -> None:
    crawler = get_crawler(NewsSpider, {"TINMINE_MIN_CHARS": 200})
    RelevancePipeline.from_crawler(crawler)
    text_jobs(crawler)["signature"] = lambda text, title: signature(text)
    item = article_item(crawler)
    assert (precomputed(item, "signature") == signature(item.text)).all()
    retitled = replace(item, title=f"{item.title} ")  # a pipeline before this one changed it
    assert precomputed(retitled, "relevance") is None and precomputed(retitled, "signature") is None
    edited = replace(item, text=item.text + " Thêm.", content_hash="")
    assert precomputed(edited, "signature") is None


def test_a_failed_text_job_is_left_to_the_pipeline() -> None:
    crawler = get_crawler(NewsSpider, {"TINMINE_MIN_CHARS": 200})
    text_jobs(crawler)["relevance"] = lambda text, title: 1 / 0
    item = article_item(crawler)
    assert item.precomputed is not None and precomputed(item, "relevance") is None
    pipeline = RelevancePipeline.from_crawler(crawler)  # no pool: scores it here
    pipeline.process_item(item)
    assert (item.relevance, item.relevance_reason) == score_text(None, item.text, item.title)


def test_dedup_asks_for_the_signature() -> None:
    crawler = get_crawler(NewsSpider, {"TINMINE_MIN_CHARS": 200})
    DedupPipeline.from_crawler(crawler)
    item = article_item(crawler)
    assert (precomputed(item, "signature") == signature(item.text)).all()
