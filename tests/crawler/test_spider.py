"""NewsSpider callbacks over saved pages (HtmlResponse), no network."""
from __future__ import annotations

import scrapy
from scrapy.http import TextResponse
from scrapy.utils.test import get_crawler

from crawler.items import ArticleItem
from crawler.profiles import load_profile, rebase
from crawler.spiders.news import NewsSpider
from tests.crawler.testdata import ORIGIN, get_testdata, html_response

BASE = "http://127.0.0.1:8999"


def make_spider(profile_name: str = "sample") -> NewsSpider:
    crawler = get_crawler(NewsSpider, {"TINMINE_MIN_CHARS": 200})
    spider = NewsSpider.from_crawler(crawler, profile=rebase(load_profile(profile_name), BASE))
    return spider


def local(name: str) -> bytes:
    return get_testdata(name).replace(ORIGIN.encode(), BASE.encode())


def test_listing_yields_pagination_and_articles() -> None:
    spider = make_spider()
    response = html_response("", f"{BASE}/an-ninh-trat-tu/", body=local("sample_listing.html"))
    out = list(spider.parse(response))
    urls = {r.url for r in out if isinstance(r, scrapy.Request)}
    assert f"{BASE}/an-ninh-trat-tu/trang-2.html" in urls
    assert sum(u.endswith(".html") and "-a10" in u for u in urls) >= 4
    assert not any(isinstance(r, ArticleItem) for r in out)
    assert all(u.startswith(BASE) for u in urls), "never leaves the allowed domain"
    assert not any("/tim-kiem" in u for u in urls)


def test_article_page_yields_item_with_public_urls() -> None:
    spider = make_spider()
    path = "/an-ninh-trat-tu/day-manh-phong-trao-toan-dan-bao-ve-an-ninh-to-quoc-trong-tinh-hinh-moi-a1004.html"
    response = html_response("", BASE + path, body=local("sample_article.html"))
    items = [r for r in spider.parse(response) if isinstance(r, ArticleItem)]
    assert len(items) == 1
    item = items[0]
    assert item.url == ORIGIN + path and item.canonical_url == ORIGIN + path
    assert item.outlet == "sample" and item.author == "Phạm Linh" and len(item.article_id) == 16


def test_feed_and_sitemaps_on_local_origin() -> None:
    spider = make_spider()
    feed = TextResponse(url=f"{BASE}/rss/trang-chu.rss", body=local("sample_feed.rss"), encoding="utf-8")
    reqs = list(spider.parse_feed(feed))
    assert len(reqs) == 10 and all("utm_" not in r.url and r.url.startswith(BASE) for r in reqs)
    index = TextResponse(url=f"{BASE}/sitemap.xml", body=local("sample_sitemap_index.xml"), encoding="utf-8")
    assert [r.url for r in spider.parse_sitemap(index)] == [f"{BASE}/sitemaps/news.xml", f"{BASE}/sitemaps/categories.xml"]
    news = TextResponse(url=f"{BASE}/sitemaps/news.xml", body=local("sample_sitemap_news.xml"), encoding="utf-8")
    reqs = list(spider.parse_sitemap(news))
    assert len(reqs) == 18 and all(r.meta["lastmod"] for r in reqs)


def test_robots_sitemap_lines() -> None:
    spider = make_spider()
    robots = TextResponse(url=f"{BASE}/robots.txt", body=local("sample_robots.txt"), encoding="utf-8")
    assert [r.url for r in spider.parse_robots(robots)] == [f"{BASE}/sitemap.xml"]


def test_generic_profile_detects_articles_by_content() -> None:
    crawler = get_crawler(NewsSpider)
    from crawler.profiles import profile_for_url

    spider = NewsSpider.from_crawler(crawler, profile=profile_for_url(f"{ORIGIN}/"))
    article = html_response("sample_article.html", f"{ORIGIN}/some/page.html")
    listing = html_response("sample_listing.html", f"{ORIGIN}/an-ninh-trat-tu/")
    assert spider.is_article(article) and not spider.is_article(listing)
