"""The crawl frontier: indexes before content links before chrome, a cap on errors per URL shape, the page budget."""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import lxml.html
import pytest
import scrapy
from scrapy.http import HtmlResponse, TextResponse
from scrapy.utils.test import get_crawler

import warehouse
from crawler.frontier import PRIORITY, ErrorCap, Recent, in_chrome, path_pattern
from crawler.profiles import profile_for_url
from crawler.spiders.news import NewsSpider
from tests.crawler.crawlproc import crawl_real_pages
from tests.crawler.pagekit import listing

BASE = "http://127.0.0.1:8999"


@pytest.mark.parametrize("url, shape", [
    ("http://x.vn/thoi-su/cong-an-bat-giu-doi-tuong-123.html", "/S/N.html"),
    ("http://x.vn/thoi-su", "/S"),
    ("http://x.vn/the-gioi/", "/S/"),
    ("http://x.vn/tin-tuc/2024/03/14/bai-viet.htm", "/S/N/N/N/S.htm"),
    ("http://x.vn/Chinh-tri/ket-qua-i101/", "/S/N/"),
    ("http://x.vn/chuyen-muc/tin-1.html?page=2", "/S/N.html"),
    ("http://x.vn/", "/"),
])
def test_path_pattern(url: str, shape: str) -> None:
    assert path_pattern(url) == shape


def test_error_cap_counts_consecutive_errors_per_shape() -> None:
    cap = ErrorCap(3)
    for i in range(2):
        assert cap.record(f"http://x.vn/muc-{i}", ok=False) is None
    assert cap.record("http://x.vn/muc-7", ok=True) is None  # a success on the shape resets its run
    assert not cap.blocked("http://x.vn/muc-9")
    for i in range(3):
        shape = cap.record(f"http://x.vn/muc-{i}", ok=False)
    assert shape == "/N" and cap.blocked("http://x.vn/muc-99") and not cap.blocked("http://x.vn/a/b-1.html")


def test_chrome_links() -> None:
    tree = lxml.html.fromstring(listing())
    chrome = {a.get("href"): in_chrome(a) for a in tree.iter("a")}
    assert chrome["/thoi-su"] and chrome["/an-ninh-trat-tu"], "menu and breadcrumb links are chrome"
    assert chrome["/tin-0.html"] is False and chrome["/tin-7.html"] is False, "teasers in the main column are content"


def spider() -> NewsSpider:
    return NewsSpider.from_crawler(get_crawler(NewsSpider), profile=profile_for_url(f"{BASE}/"))


def test_link_priorities_put_indexes_before_content_before_chrome() -> None:
    sp = spider()
    requests = [r for r in sp.parse(HtmlResponse(url=f"{BASE}/an-ninh-trat-tu", body=listing().encode(),
                                                 encoding="utf-8", request=scrapy.Request(f"{BASE}/an-ninh-trat-tu")))
                if isinstance(r, scrapy.Request)]
    by_url = {r.url: r for r in requests}
    assert by_url[f"{BASE}/tin-0.html"].priority == PRIORITY["content"]
    assert by_url[f"{BASE}/thoi-su"].priority == PRIORITY["chrome"]
    sitemap = TextResponse(url=f"{BASE}/sitemap.xml", encoding="utf-8", body=(
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f'<url><loc>{BASE}/a-1.html</loc></url></urlset>').encode())
    (entry,) = sp.parse_sitemap(sitemap)
    assert entry.priority == PRIORITY["indexed"] > PRIORITY["content"] > PRIORITY["chrome"]


def test_capped_shapes_are_not_requested_from_page_links_but_sitemaps_still_are() -> None:
    sp = spider()
    for section in ("the-gioi", "van-hoa", "giao-duc", "suc-khoe", "video", "xa-hoi", "kinh-te", "phap-luat"):
        sp.error_cap.record(f"{BASE}/{section}", ok=False)  # dead menu links: 404 after 404 on shape /S
    assert sp.follow(f"{BASE}/thoi-su", link="chrome") is None
    assert sp.follow(f"{BASE}/thoi-su", link="indexed") is not None


def test_recent_urls_remember_a_bounded_window() -> None:
    recent = Recent(size=2)
    assert not recent.seen("a") and not recent.seen("b") and recent.seen("a")
    assert not recent.seen("c")  # "b" (least recent) falls out
    assert not recent.seen("b") and recent.seen("c")


def test_a_page_link_met_again_builds_no_request_but_index_links_still_reach_the_dupefilter() -> None:
    sp = spider()
    assert sp.follow(f"{BASE}/thoi-su", link="chrome") is not None
    assert sp.follow(f"{BASE}/thoi-su", link="content") is None  # the dupefilter would drop it anyway
    assert sp.follow(f"{BASE}/thoi-su", link="pagination") is not None
    assert sp.follow(f"{BASE}/thoi-su?page=2", link="pagination") is not None


def test_page_links_are_not_dropped_early_when_the_depth_limit_could_drop_them() -> None:
    deep = replace(profile_for_url(f"{BASE}/"), max_depth=9)
    sp = NewsSpider.from_crawler(get_crawler(NewsSpider, {"DEPTH_LIMIT": 6}), profile=deep)
    assert sp.recent is None
    assert sp.follow(f"{BASE}/thoi-su", link="chrome") is not None
    assert sp.follow(f"{BASE}/thoi-su", link="chrome") is not None


@pytest.mark.slow
def test_page_budget_counts_stored_or_logged_pages_and_sitemap_articles_come_first(tmp_path: Path) -> None:
    db, paths = crawl_real_pages(tmp_path, "--max-pages", "6", timeout=120)
    con = warehouse.connect(db, read_only=True)
    try:
        rows = con.execute("SELECT url, event FROM crawl_log").fetchall()
    finally:
        con.close()
    handled = {u.split("/", 3)[3] for u, e in rows if e not in ("http_error", "timeout", "connection", "capped")}
    corpus = {p.lstrip("/") for p in paths.values()}
    # The generic profile has no article pattern: every page request counts, and exactly 6 are made (each
    # stored or logged); the 404 of /sitemap_index.xml is not a page request.
    assert len(handled) == 6, handled
    assert handled <= corpus | {""}, f"pages other than the sitemap's were fetched first: {handled - corpus}"


@pytest.mark.slow
def test_max_pages_fetches_exactly_that_many_article_pages(tmp_path: Path) -> None:
    from crawler.server import serve
    from tests.crawler.crawlproc import run_crawl
    from tools.sites.sample_variants import generate_sample_variant

    generate_sample_variant(tmp_path / "site", 40)
    log: list[str] = []
    with serve(tmp_path / "site", log=log) as base:
        stats = run_crawl(tmp_path / "w.duckdb", f"sample@{base}/", "--max-pages", "3")
    articles = [p for p in log if re.search(r"-a\d+\.html$", p)]
    assert len(articles) == 3, log  # listings, sitemaps and robots.txt are not counted
    assert stats["kept"] + stats["offtopic"] + stats["duplicates"] + stats["unchanged"] == 3, stats


def test_max_pages_below_one_is_an_error(tmp_path: Path) -> None:
    from crawler.run import crawl
    from extract.errors import ConfigError

    for bad in (0, -2):
        with pytest.raises(ConfigError, match="--max-pages"):
            crawl(["sample"], tmp_path / "w.duckdb", max_pages=bad, progress=False)


def test_a_links_verdict_is_remembered_and_the_memo_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page's links are mostly the page before's: each is stripped and matched once, then remembered."""
    import crawler.spiders.news as news

    strip, parsed = news.strip_tracking, []
    monkeypatch.setattr(news, "strip_tracking", lambda url: parsed.append(url) or strip(url))
    monkeypatch.setattr(news, "REQUESTABLE_MEMO", 3)
    sp = spider()
    links = [f"{BASE}/thoi-su?utm_source=fb", "mailto:toa-soan@example.vn", "https://facebook.com/share",
             f"{BASE}/thoi-su?utm_source=fb"]
    assert [sp.requestable(u) for u in links] == [f"{BASE}/thoi-su", None, None, f"{BASE}/thoi-su"]
    assert parsed == [f"{BASE}/thoi-su?utm_source=fb", "https://facebook.com/share"]  # met again: not parsed again
    sp.requestable(f"{BASE}/kinh-te")
    assert len(sp.requestable_urls) <= 3
